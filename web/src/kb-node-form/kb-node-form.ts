import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Problem } from '../api/client.js';
import { COMMON_PROPS, KINDS, type EditableNode, type KindSpec, type PropSpec } from '../api/edit.js';
import type { LabelKey } from '../i18n/dictionary.js';
import { LanguageController, pick, t } from '../i18n/i18n.js';
import {
  describedBy,
  emptySource,
  fieldError,
  fieldId,
  formStyles,
  invalid,
  problemSummary,
  problemsByField,
  provenanceFields,
  provenanceKeys,
  provenancePayload,
  type ProvenanceState,
} from './form-support.js';

export interface NodeSubmitDetail {
  mode: 'create' | 'update';
  id: string;
  /** createNode's input (create) or updateNode's patch (update). */
  input: Record<string, unknown>;
}

/** Common fields the form shows, in order (id and kind are handled apart). */
const COMMON_FIELDS = ['name', 'nameEn', 'abbreviations', 'aliases', 'province', 'description'] as const;

const listText = (v: unknown) => (Array.isArray(v) ? v.join(', ') : '');
const toList = (s: string) =>
  s
    .split(/[,;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * `<kb-node-form>`: create or edit a node. The kind select offers the model's kinds; the kind's own
 * properties follow (a select for a closed list of values, a number field for whole numbers),
 * then the provenance and its sources. The form does not validate by itself: the server does, and
 * its located problems come back through `problems`, each shown next to its field (the rest in a
 * summary with role="alert").
 *
 * @property value - the node to edit (update), or null to create one.
 * @property problems - problems the server reported for the last submit (`ApiError.problems`).
 * @property busy - a submit is in flight (the submit button is disabled).
 * @property kinds - the kinds offered (default: every kind of the model).
 * @fires kb-node-submit - `{ mode, id, input }`: createNode's input, or updateNode's patch.
 */
@customElement('kb-node-form')
export class KbNodeForm extends LitElement {
  static override styles = formStyles;

  @property({ attribute: false }) value: EditableNode | null = null;
  @property({ attribute: false }) problems: Problem[] = [];
  @property({ type: Boolean }) busy = false;
  @property({ attribute: false }) kinds: readonly KindSpec[] = KINDS;

  @state() private kind = '';
  @state() private idText = '';
  @state() private common: Record<string, string> = {};
  @state() private props: Record<string, string | boolean> = {};
  @state() private prov: ProvenanceState = { provenance: 'stated', rule: '', confidence: '', reference: '', sources: [emptySource()] };
  readonly i18n = new LanguageController(this);

  private get mode(): 'create' | 'update' {
    return this.value ? 'update' : 'create';
  }

  private get spec(): KindSpec | undefined {
    return this.kinds.find((k) => k.name === this.kind);
  }

  /** The kind's own properties (the model lists a few common ones too; those are shown once). */
  private ownProps(): [string, PropSpec][] {
    return Object.entries(this.spec?.props ?? {}).filter(([k]) => !(k in COMMON_PROPS));
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('value')) this.reset();
  }

  /** Fills the fields from `value` (or empties them for a new node). */
  reset() {
    const v = this.value;
    this.kind = v?.kind ?? '';
    this.idText = v?.id ?? '';
    this.common = {
      name: v?.name ?? '',
      nameEn: v?.nameEn ?? '',
      abbreviations: listText(v?.abbreviations),
      aliases: listText(v?.aliases),
      province: v?.province ?? '',
      description: v?.description ?? '',
    };
    this.props = Object.fromEntries(Object.entries(v?.properties ?? {}).map(([k, x]) => [k, typeof x === 'boolean' ? x : String(x)]));
    this.prov = {
      provenance: v?.provenance ?? 'stated',
      rule: v?.rule ?? '',
      confidence: v?.confidence ?? '',
      reference: '',
      sources: v ? v.sources.map((s) => ({ ...s })) : [emptySource()],
    };
  }

  private setKind(kind: string) {
    const before = this.spec;
    this.kind = kind;
    const after = this.spec;
    // Keep the slug typed so far, under the new kind's prefix.
    if (after) {
      const slug = before && this.idText.startsWith(`${before.idPrefix}:`) ? this.idText.slice(before.idPrefix.length + 1) : this.idText.includes(':') ? this.idText.slice(this.idText.indexOf(':') + 1) : this.idText;
      this.idText = `${after.idPrefix}:${slug}`;
    }
    const own = new Set(Object.keys(after?.props ?? {}));
    this.props = Object.fromEntries(Object.entries(this.props).filter(([k]) => own.has(k)));
  }

  override render() {
    const byField = problemsByField(this.problems);
    const shown = new Set<string>(['id', 'kind', ...COMMON_FIELDS, ...this.ownProps().map(([k]) => k), ...provenanceKeys(this.prov)]);
    const update = this.mode === 'update';
    return html`<form novalidate @submit=${this.submit} aria-busy=${this.busy ? 'true' : 'false'}>
      ${problemSummary(this.problems, shown)}
      <div class="cols">
        <div class="col">${this.identityFields(byField, update)} ${this.kindFields(byField)}</div>
        ${provenanceFields(this.prov, byField, (p) => (this.prov = { ...this.prov, ...p }))}
      </div>
      <div class="actions">
        <button type="submit" ?disabled=${this.busy}>${update ? t('edit.save') : t('edit.create')}</button>
        ${this.busy ? html`<span role="status">${t('edit.saving')}</span>` : nothing}
      </div>
    </form>`;
  }

  private identityFields(byField: Map<string, Problem[]>, update: boolean): TemplateResult {
    return html`<fieldset>
      <legend>${t('edit.identity')}</legend>
      <div class="grid">
        <div class="field">
          <label for=${fieldId('kind')}>${t('edit.kind')} <span class="req" aria-hidden="true">*</span></label>
          <select id=${fieldId('kind')} aria-required="true" ?disabled=${update} aria-invalid=${invalid(byField, 'kind')} aria-describedby=${describedBy(byField, 'kind') ?? nothing} @change=${(e: Event) => this.setKind((e.target as HTMLSelectElement).value)}>
            <option value="" .selected=${!this.kind}>${t('edit.choose')}</option>
            ${this.kinds.map((k) => html`<option value=${k.name} .selected=${k.name === this.kind}>${t(`kind.${k.name}` as LabelKey)} (${k.name})</option>`)}
          </select>
          ${update ? html`<p class="hint">${t('edit.kindFixed')}</p>` : nothing} ${fieldError(byField, 'kind')}
        </div>
        <div class="field">
          <label for=${fieldId('id')}>${t('edit.id')} <span class="req" aria-hidden="true">*</span></label>
          <input
            id=${fieldId('id')}
            aria-required="true"
            autocomplete="off"
            spellcheck="false"
            ?readonly=${update}
            .value=${this.idText}
            placeholder=${this.spec ? `${this.spec.idPrefix}:…` : ''}
            aria-invalid=${invalid(byField, 'id')}
            aria-describedby=${describedBy(byField, 'id') ?? (this.spec ? 'id-hint' : nothing)}
            @input=${(e: Event) => (this.idText = (e.target as HTMLInputElement).value)}
          />
          ${this.spec && !update ? html`<p class="hint" id="id-hint">${t('edit.idHint', { prefix: this.spec.idPrefix })}</p>` : nothing} ${fieldError(byField, 'id')}
        </div>
      </div>
      <div class="grid">${COMMON_FIELDS.map((k) => this.commonField(k, byField))}</div>
    </fieldset>`;
  }

  private kindFields(byField: Map<string, Problem[]>): TemplateResult | typeof nothing {
    if (!this.spec || !this.ownProps().length) return nothing;
    return html`<fieldset>
      <legend>${t('edit.kindProps', { kind: t(`kind.${this.spec.name}` as LabelKey) })}</legend>
      <div class="grid">${this.ownProps().map(([k, spec]) => this.propField(k, spec, byField))}</div>
    </fieldset>`;
  }

  private commonField(key: (typeof COMMON_FIELDS)[number], byField: Map<string, Problem[]>): TemplateResult {
    const id = fieldId(key);
    const list = key === 'abbreviations' || key === 'aliases';
    const label = html`<label for=${id}>${t(`edit.field.${key}` as LabelKey)}${key === 'name' ? html` <span class="req" aria-hidden="true">*</span>` : nothing}</label>`;
    const on = (e: Event) => (this.common = { ...this.common, [key]: (e.target as HTMLInputElement).value });
    return html`<div class="field">
      ${label}
      ${key === 'description'
        ? html`<textarea id=${id} rows="2" .value=${this.common[key] ?? ''} aria-invalid=${invalid(byField, key)} aria-describedby=${describedBy(byField, key) ?? nothing} @input=${on}></textarea>`
        : html`<input
            id=${id}
            .value=${this.common[key] ?? ''}
            aria-required=${key === 'name' ? 'true' : nothing}
            aria-invalid=${invalid(byField, key)}
            aria-describedby=${describedBy(byField, key) ?? (list ? `${id}-hint` : nothing)}
            @input=${on}
          />`}
      ${list ? html`<p class="hint" id="${id}-hint">${t('edit.listHint')}</p>` : nothing} ${fieldError(byField, key)}
    </div>`;
  }

  private propField(key: string, spec: PropSpec, byField: Map<string, Problem[]>): TemplateResult {
    const id = fieldId(key);
    const value = this.props[key];
    const label = html`<label for=${id}>${this.propLabel(key)}${spec.required ? html` <span class="req" aria-hidden="true">*</span>` : nothing}</label>`;
    const set = (v: string | boolean) => (this.props = { ...this.props, [key]: v });
    const aria = { invalid: invalid(byField, key), describedBy: describedBy(byField, key) ?? `${id}-hint` };
    let control: TemplateResult;
    if (spec.type === 'boolean') {
      control = html`<input type="checkbox" id=${id} .checked=${value === true} aria-invalid=${aria.invalid} aria-describedby=${aria.describedBy} @change=${(e: Event) => set((e.target as HTMLInputElement).checked)} />`;
    } else if (spec.values) {
      control = html`<select id=${id} aria-required=${spec.required ? 'true' : 'false'} aria-invalid=${aria.invalid} aria-describedby=${aria.describedBy} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
        <option value="" .selected=${!value}>${t('edit.choose')}</option>
        ${spec.values.map((v) => html`<option value=${v} .selected=${v === value}>${this.valueLabel(v)}</option>`)}
      </select>`;
    } else if (key === 'text' || key === 'checks' || key === 'summaryEn') {
      control = html`<textarea id=${id} rows="2" .value=${String(value ?? '')} aria-required=${spec.required ? 'true' : 'false'} aria-invalid=${aria.invalid} aria-describedby=${aria.describedBy} @input=${(e: Event) => set((e.target as HTMLTextAreaElement).value)}></textarea>`;
    } else {
      control = html`<input
        id=${id}
        type=${spec.type === 'int' ? 'number' : 'text'}
        step=${spec.type === 'int' ? '1' : nothing}
        .value=${String(value ?? '')}
        aria-required=${spec.required ? 'true' : 'false'}
        aria-invalid=${aria.invalid}
        aria-describedby=${aria.describedBy}
        @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
      />`;
    }
    return html`<div class="field">
      ${label} ${control}
      <p class="hint" id="${id}-hint">${pick(spec.descriptionVi, spec.description)}</p>
      ${fieldError(byField, key)}
    </div>`;
  }

  private propLabel(key: string): string {
    const k = `edit.prop.${key}` as LabelKey;
    const text = t(k);
    return text === k ? key : `${text} (${key})`;
  }

  private valueLabel(v: string): string {
    const k = `edit.value.${v}` as LabelKey;
    const text = t(k);
    return text === k ? v : `${text} (${v})`;
  }

  /** The mutation's input or patch from the fields. */
  payload(): NodeSubmitDetail {
    const update = this.mode === 'update';
    const input: Record<string, unknown> = {};
    if (!update) {
      input.id = this.idText.trim();
      input.kind = this.kind;
    }
    for (const k of COMMON_FIELDS) {
      const raw = this.common[k] ?? '';
      const v = k === 'abbreviations' || k === 'aliases' ? toList(raw) : raw.trim();
      const empty = Array.isArray(v) ? v.length === 0 : v === '';
      // name is always sent, so an emptied name is refused by the server rather than kept.
      if (k === 'name') input.name = v;
      else if (!empty) input[k] = v;
      else if (update) input[k] = Array.isArray(v) ? [] : null;
    }
    const properties: Record<string, unknown> = {};
    for (const [k, spec] of this.ownProps()) {
      const raw = this.props[k];
      if (spec.type === 'boolean') {
        if (raw !== undefined) properties[k] = raw === true;
        continue;
      }
      const text = typeof raw === 'string' ? raw.trim() : '';
      if (!text) {
        if (update) properties[k] = null;
        continue;
      }
      // A number that is not whole is sent as typed, so the server's message says what is wrong.
      properties[k] = spec.type === 'int' && /^-?\d+$/.test(text) ? Number(text) : text;
    }
    if (Object.keys(properties).length) input.properties = properties;
    Object.assign(input, provenancePayload(this.prov, update));
    return { mode: this.mode, id: update ? this.value!.id : this.idText.trim(), input };
  }

  private submit(e: Event) {
    e.preventDefault();
    if (this.busy) return;
    this.dispatchEvent(new CustomEvent<NodeSubmitDetail>('kb-node-submit', { detail: this.payload(), bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-node-form': KbNodeForm;
  }
}
