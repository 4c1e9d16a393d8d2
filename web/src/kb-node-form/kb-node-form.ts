import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Problem } from '../api/client.js';
import { COMMON_PROPS, KINDS, RELATIONSHIPS, type EditableNode, type KindSpec, type PropSpec } from '../api/edit.js';
import { searchOfKinds, type NodeSummary } from '../api/queries.js';
import type { LabelKey } from '../i18n/dictionary.js';
import { getLang, LanguageController, pick, t } from '../i18n/i18n.js';
import { kindLabel } from '../i18n/labels.js';
import { PROVINCES_2025 } from '../graph/vn-provinces.js';
import { checkNodeInput, slugFromName } from './checks.js';
import '../kb-search/kb-search.js';
import { FieldProblems, fieldId } from './field-problems.js';
import { emptySource, newProvenance, provenanceFields, provenanceKeys, provenancePayload, type ProvenanceState } from './provenance-fields.js';
import { formStyles } from './form-support.js';

export interface NodeSubmitDetail {
  mode: 'create' | 'update';
  id: string;
  /** createNode's input (create) or updateNode's patch (update). */
  input: Record<string, unknown>;
  /** On create: relationships to add with the node (owner, layer, architecture), from the pick-lists. */
  links: { type: string; from: string; to: string; status?: string }[];
}

/** Whether a kind may be the start of a relationship type (the model's `from`). */
const canStart = (type: string, kind: string) => !!RELATIONSHIPS.find((r) => r.type === type)?.from.includes(kind);

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
 * then the provenance and its sources. The id is proposed from the name (editable); the province
 * is chosen from a list; a new system can be given its owning agency (searched), its layer and its
 * architecture version from lists, saved as relationships with it. Before sending, the form checks
 * the server's rules in the browser (checks.ts) and shows problems at their fields without sending;
 * the server's own located problems come back through `problems` the same way (the rest in a
 * summary with role="alert").
 *
 * @property value - the node to edit (update), or null to create one.
 * @property problems - problems the server reported for the last submit (`ApiError.problems`).
 * @property busy - a submit is in flight (the submit button is disabled).
 * @property kinds - the kinds offered (default: every kind of the model).
 * @property provinces - province names the graph already uses (the 34 provinces are always offered).
 * @property layers - architecture layers to offer (IN_LAYER); empty: no layer list.
 * @property architectures - architecture versions to offer (INCLUDES); empty: no version list.
 * @property searchAgencies - finds agencies for the owner picker (defaults to the API search).
 * @fires kb-node-submit - `{ mode, id, input }`: createNode's input, or updateNode's patch.
 */
@customElement('kb-node-form')
export class KbNodeForm extends LitElement {
  static override styles = formStyles;

  @property({ attribute: false }) value: EditableNode | null = null;
  @property({ attribute: false }) problems: Problem[] = [];
  @property({ type: Boolean }) busy = false;
  @property({ attribute: false }) kinds: readonly KindSpec[] = KINDS;
  @property({ attribute: false }) provinces: string[] = [];
  @property({ attribute: false }) layers: NodeSummary[] = [];
  @property({ attribute: false }) architectures: NodeSummary[] = [];
  @property({ attribute: false }) searchAgencies = searchOfKinds(['Agency', 'AgencyGroup']);

  /** Problems found in the browser before sending (the server's come in `problems`). */
  @state() private local: Problem[] = [];
  @state() private idTouched = false;
  @state() private owner: { id: string; name: string } | null = null;
  @state() private layer = '';
  @state() private architecture = '';
  @state() private inclusion = 'existing';

  @state() private kind = '';
  @state() private idText = '';
  @state() private common: Record<string, string> = {};
  @state() private props: Record<string, string | boolean> = {};
  @state() private prov: ProvenanceState = newProvenance();
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
    // New problems from the server replace the browser's own.
    if (changed.has('problems') && this.problems.length) this.local = [];
  }

  /** Fills the fields from `value` (or empties them for a new node). */
  reset() {
    const v = this.value;
    this.local = [];
    this.idTouched = !!v;
    this.owner = null;
    this.layer = '';
    this.architecture = '';
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
      const slug =
        before && this.idText.startsWith(`${before.idPrefix}:`)
          ? this.idText.slice(before.idPrefix.length + 1)
          : this.idText.includes(':')
            ? this.idText.slice(this.idText.indexOf(':') + 1)
            : this.idText;
      this.idText = `${after.idPrefix}:${slug}`;
    }
    const own = new Set(Object.keys(after?.props ?? {}));
    this.props = Object.fromEntries(Object.entries(this.props).filter(([k]) => own.has(k)));
  }

  override render() {
    const shownProblems = this.local.length ? this.local : this.problems;
    const byField = new FieldProblems(shownProblems);
    const shown = new Set<string>(['id', 'kind', ...COMMON_FIELDS, ...this.ownProps().map(([k]) => k), ...provenanceKeys(this.prov)]);
    const update = this.mode === 'update';
    return html`<form novalidate @submit=${this.submit} aria-busy=${this.busy ? 'true' : 'false'}>
      ${this.local.length ? html`<p class="summary" role="alert" data-local>${t('edit.checkFirst')}</p>` : nothing}
      ${byField.summary(shown)}
      <div class="cols">
        <div class="col">${this.identityFields(byField, update)} ${this.kindFields(byField)} ${update ? nothing : this.linkFields()}</div>
        ${provenanceFields(this.prov, byField, (p) => (this.prov = { ...this.prov, ...p }))}
      </div>
      <div class="actions">
        <button type="submit" ?disabled=${this.busy}>${update ? t('edit.save') : t('edit.create')}</button>
        ${this.busy ? html`<span role="status">${t('edit.saving')}</span>` : nothing}
      </div>
    </form>`;
  }

  private identityFields(byField: FieldProblems, update: boolean): TemplateResult {
    return html`<fieldset>
      <legend>${t('edit.identity')}</legend>
      <div class="grid">
        <div class="field">
          <label for=${fieldId('kind')}>${t('edit.kind')} <span class="req" aria-hidden="true">*</span></label>
          <select id=${fieldId('kind')} aria-required="true" ?disabled=${update} aria-invalid=${byField.invalid('kind')} aria-describedby=${byField.describedBy('kind')} @change=${(e: Event) => this.setKind((e.target as HTMLSelectElement).value)}>
            <option value="" .selected=${!this.kind}>${t('edit.choose')}</option>
            ${this.kinds.map((k) => html`<option value=${k.name} .selected=${k.name === this.kind}>${kindLabel(k.name)}</option>`)}
          </select>
          ${update ? html`<p class="hint">${t('edit.kindFixed')}</p>` : nothing} ${byField.error('kind')}
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
            aria-invalid=${byField.invalid('id')}
            aria-describedby=${byField.describedBy('id', this.spec ? 'id-hint' : nothing)}
            @input=${(e: Event) => {
              this.idText = (e.target as HTMLInputElement).value;
              this.idTouched = true;
            }}
          />
          ${this.spec && !update ? html`<p class="hint" id="id-hint">${t('edit.idHint', { prefix: this.spec.idPrefix })} ${this.idTouched ? '' : t('edit.idAuto')}</p>` : nothing} ${byField.error('id')}
        </div>
      </div>
      <div class="grid">${COMMON_FIELDS.map((k) => this.commonField(k, byField))}</div>
    </fieldset>`;
  }

  private kindFields(byField: FieldProblems): TemplateResult | typeof nothing {
    if (!this.spec || !this.ownProps().length) return nothing;
    return html`<fieldset>
      <legend>${t('edit.kindProps', { kind: kindLabel(this.spec.name) })}</legend>
      <div class="grid">${this.ownProps().map(([k, spec]) => this.propField(k, spec, byField))}</div>
    </fieldset>`;
  }

  private commonField(key: (typeof COMMON_FIELDS)[number], byField: FieldProblems): TemplateResult {
    const id = fieldId(key);
    const list = key === 'abbreviations' || key === 'aliases';
    const label = html`<label for=${id}>${t(`edit.field.${key}` as LabelKey)}${key === 'name' ? html` <span class="req" aria-hidden="true">*</span>` : nothing}</label>`;
    const on = (e: Event) => {
      const value = (e.target as HTMLInputElement).value;
      this.common = { ...this.common, [key]: value };
      if (key === 'name' && this.mode === 'create' && !this.idTouched) this.proposeId(value);
    };
    if (key === 'province') return this.provinceField(byField);
    return html`<div class="field">
      ${label}
      ${
        key === 'description'
          ? html`<textarea id=${id} rows="2" .value=${this.common[key] ?? ''} aria-invalid=${byField.invalid(key)} aria-describedby=${byField.describedBy(key)} @input=${on}></textarea>`
          : html`<input
            id=${id}
            .value=${this.common[key] ?? ''}
            aria-required=${key === 'name' ? 'true' : nothing}
            aria-invalid=${byField.invalid(key)}
            aria-describedby=${byField.describedBy(key, list ? `${id}-hint` : nothing)}
            @input=${on}
          />`
      }
      ${list ? html`<p class="hint" id="${id}-hint">${t('edit.listHint')}</p>` : nothing} ${byField.error(key)}
    </div>`;
  }

  /** The id from the name, under the kind's prefix, until the user edits the id. */
  private proposeId(name: string) {
    const slug = slugFromName(name);
    this.idText = this.spec ? `${this.spec.idPrefix}:${slug}` : slug;
  }

  /** The province from a list: the 34 provinces, those the graph uses, and the value held. */
  private provinceField(byField: FieldProblems): TemplateResult {
    const id = fieldId('province');
    const current = this.common.province ?? '';
    const names = [...new Set([...PROVINCES_2025.map((p) => p.name), ...this.provinces, ...(current ? [current] : [])])].sort((a, b) =>
      a.localeCompare(b, 'vi'),
    );
    return html`<div class="field">
      <label for=${id}>${t('edit.field.province')}</label>
      <select id=${id} aria-invalid=${byField.invalid('province')} aria-describedby=${byField.describedBy('province')} @change=${(e: Event) => (this.common = { ...this.common, province: (e.target as HTMLSelectElement).value })}>
        <option value="" .selected=${!current}>${t('edit.pick.none')} (${t('search.national')})</option>
        ${names.map((n) => html`<option value=${n} .selected=${n === current}>${n}</option>`)}
      </select>
      ${byField.error('province')}
    </div>`;
  }

  /** On create: owner (searched), layer and architecture version, for kinds that take them. */
  private linkFields(): TemplateResult | typeof nothing {
    const kind = this.kind;
    if (!kind) return nothing;
    const owner = canStart('OWNED_BY', kind);
    const layer = canStart('IN_LAYER', kind) && this.layers.length > 0;
    const arch = !!RELATIONSHIPS.find((r) => r.type === 'INCLUDES')?.to.includes(kind) && this.architectures.length > 0;
    if (!owner && !layer && !arch) return nothing;
    return html`<fieldset class="links">
      <legend>${t('edit.linksHint')}</legend>
      <div class="grid">
        ${
          owner
            ? html`<div class="field">
              <label for="f-owner">${t('edit.field.owner')}</label>
              <kb-search
                id="f-owner"
                .search=${this.searchAgencies}
                @kb-search-select=${(e: CustomEvent<{ id: string; name: string }>) => {
                  e.stopPropagation();
                  this.owner = { id: e.detail.id, name: e.detail.name };
                }}
                @kb-search-all=${(e: Event) => e.stopPropagation()}
              ></kb-search>
              ${this.owner ? html`<p class="hint" data-owner=${this.owner.id}>${this.owner.name} <button type="button" class="secondary" @click=${() => (this.owner = null)}>${t('edit.pick.none')}</button></p>` : nothing}
            </div>`
            : nothing
        }
        ${layer ? nodePicker('f-layer', 'edit.field.layer', this.layers, this.layer, (id) => (this.layer = id)) : nothing}
        ${
          arch
            ? nodePicker(
                'f-architecture',
                'edit.field.architecture',
                this.architectures,
                this.architecture,
                (id) => (this.architecture = id),
                this.architecture
                  ? html`<select aria-label=${t('edit.field.inclusionStatus')} @change=${(e: Event) => (this.inclusion = (e.target as HTMLSelectElement).value)}>
                      ${(RELATIONSHIPS.find((r) => r.type === 'INCLUDES')?.props?.status?.values ?? ['existing']).map((v) => html`<option value=${v} .selected=${v === this.inclusion}>${this.valueLabel(v)}</option>`)}
                    </select>`
                  : nothing,
              )
            : nothing
        }
      </div>
      <p class="hint">${t('edit.linkSource')}</p>
    </fieldset>`;
  }

  private propField(key: string, spec: PropSpec, byField: FieldProblems): TemplateResult {
    const id = fieldId(key);
    const value = this.props[key];
    const label = html`<label for=${id}>${this.propLabel(key)}${spec.required ? html` <span class="req" aria-hidden="true">*</span>` : nothing}</label>`;
    const set = (v: string | boolean) => (this.props = { ...this.props, [key]: v });
    const aria = { invalid: byField.invalid(key), describedBy: byField.describedBy(key, `${id}-hint`) };
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
      ${byField.error(key)}
    </div>`;
  }

  // Vietnamese labels alone (the codes are what the API and import files use; English shows them).
  private propLabel(key: string): string {
    const k = `edit.prop.${key}` as LabelKey;
    const text = t(k);
    return text === k ? key : getLang() === 'vi' ? text : `${text} (${key})`;
  }

  private valueLabel(v: string): string {
    const k = `edit.value.${v}` as LabelKey;
    const text = t(k);
    return text === k ? v : getLang() === 'vi' ? text : `${text} (${v})`;
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
    const id = update ? this.value!.id : this.idText.trim();
    const links: NodeSubmitDetail['links'] = [];
    if (!update) {
      if (this.owner && canStart('OWNED_BY', this.kind)) links.push({ type: 'OWNED_BY', from: id, to: this.owner.id });
      if (this.layer && canStart('IN_LAYER', this.kind)) links.push({ type: 'IN_LAYER', from: id, to: this.layer });
      if (this.architecture) links.push({ type: 'INCLUDES', from: this.architecture, to: id, status: this.inclusion });
    }
    return { mode: this.mode, id, input, links };
  }

  private submit(e: Event) {
    e.preventDefault();
    if (this.busy) return;
    const detail = this.payload();
    // The server's rules, checked here first: nothing is sent while a field is wrong.
    this.local = checkNodeInput(detail.mode, detail.input, this.value);
    if (this.local.length) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    this.dispatchEvent(new CustomEvent<NodeSubmitDetail>('kb-node-submit', { detail, bubbles: true, composed: true }));
  }
}

/** A labelled list to pick one node from, or none (`''`); `more` follows the list (a further choice about the one picked). */
function nodePicker(
  id: string,
  label: LabelKey,
  nodes: readonly NodeSummary[],
  chosen: string,
  pick: (id: string) => void,
  more: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${t(label)}</label>
    <select id=${id} @change=${(e: Event) => pick((e.target as HTMLSelectElement).value)}>
      <option value="" .selected=${!chosen}>${t('edit.pick.none')}</option>
      ${nodes.map((n) => html`<option value=${n.id} .selected=${n.id === chosen}>${n.name}</option>`)}
    </select>
    ${more}
  </div>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-node-form': KbNodeForm;
  }
}
