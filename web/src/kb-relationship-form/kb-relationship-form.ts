import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Problem } from '../api/client.js';
import {
  kindOfId,
  REL_COMMON_PROPS,
  RELATIONSHIPS,
  relationshipTypesFor,
  type PropSpec,
  type RelationshipKey,
  type RelSpec,
  type Source,
} from '../api/edit.js';
import type { LabelKey } from '../i18n/dictionary.js';
import { LanguageController, pick, t } from '../i18n/i18n.js';
import '../kb-search/kb-search.js';
import { FieldProblems, fieldId } from '../kb-node-form/field-problems.js';
import { emptySource, newProvenance, provenanceFields, provenanceKeys, provenancePayload, type ProvenanceState } from '../kb-node-form/provenance-fields.js';
import { formStyles } from '../kb-node-form/form-support.js';

/** A relationship as the form edits it. */
export interface RelationshipValue {
  from: string;
  type: string;
  to: string;
  /** Props of the relationship (status, note, via…), as stored. */
  props: Record<string, string>;
  provenance: string;
  rule: string | null;
  confidence: string | null;
  sources: Source[];
}

export interface RelationshipSubmitDetail {
  mode: 'create' | 'update';
  /** The relationship's identity (for update and delete). */
  key: RelationshipKey;
  /** createRelationship's input (create) or updateRelationship's patch (update). */
  input: Record<string, unknown>;
}

/**
 * `<kb-relationship-form>`: create or edit a relationship. The two ends are ids, typed or found
 * with `<kb-search>`; the type select offers the relationship types the model allows between the
 * two ends' kinds; the type's props follow (status for INCLUDES, via for exchanges, note), then
 * the provenance and its sources. Server problems come back through `problems`, each shown next
 * to its field (the rest in a summary with role="alert").
 *
 * @property value - the relationship to edit (update), or a partial one (`from`…) to prefill a new one; null for an empty form.
 * @property mode - `create` or `update` (update keeps the two ends and the type fixed).
 * @property problems - problems the server reported for the last submit (`ApiError.problems`).
 * @property busy - a submit is in flight.
 * @property acceptedProps - relationship props the API's input accepts (others are shown as not yet accepted).
 * @property names - known names of node ids, to show next to the ids.
 * @fires kb-relationship-submit - `{ mode, key, input }`: createRelationship's input, or updateRelationship's patch.
 * @fires kb-relationship-delete - `{ key }` when deleting the relationship being edited.
 */
@customElement('kb-relationship-form')
export class KbRelationshipForm extends LitElement {
  static override styles = [
    formStyles,
    css`
      .chosen { font-size: 0.85rem; color: #222; margin: 0; }
      .danger { background: #fff; color: #8a0010; border-color: #8a0010; }
    `,
  ];

  @property({ attribute: false }) value: Partial<RelationshipValue> | null = null;
  @property() mode: 'create' | 'update' = 'create';
  @property({ attribute: false }) problems: Problem[] = [];
  @property({ type: Boolean }) busy = false;
  @property({ attribute: false }) acceptedProps: string[] = ['status', 'note'];
  @property({ attribute: false }) names: Record<string, string> = {};

  @state() private from = '';
  @state() private to = '';
  @state() private type = '';
  @state() private props: Record<string, string> = {};
  @state() private prov: ProvenanceState = newProvenance();
  @state() private picked: Record<string, string> = {};
  @state() private confirmDelete = false;
  readonly i18n = new LanguageController(this);

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('value')) this.reset();
  }

  reset() {
    const v = this.value;
    this.from = v?.from ?? '';
    this.to = v?.to ?? '';
    this.type = v?.type ?? '';
    this.props = { ...(v?.props ?? {}) };
    this.prov = {
      provenance: v?.provenance ?? 'stated',
      rule: v?.rule ?? '',
      confidence: v?.confidence ?? '',
      reference: '',
      sources: v?.sources?.length ? v.sources.map((s) => ({ document: s.document, section: s.section, quote: s.quote })) : [emptySource()],
    };
    this.confirmDelete = false;
  }

  private get spec(): RelSpec | undefined {
    return RELATIONSHIPS.find((r) => r.type === this.type);
  }

  /** The type's props then the props every relationship has. */
  private propSpecs(): [string, PropSpec][] {
    return [...Object.entries(this.spec?.props ?? {}), ...Object.entries(REL_COMMON_PROPS)];
  }

  /** Types allowed between the two ends' kinds (all when an end is not known yet), the current one kept. */
  private types(): RelSpec[] {
    const list = relationshipTypesFor(kindOfId(this.from)?.name, kindOfId(this.to)?.name);
    const current = this.spec;
    return current && !list.includes(current) ? [current, ...list] : list;
  }

  override render() {
    const byField = new FieldProblems(this.problems);
    const update = this.mode === 'update';
    const shown = new Set(['from', 'to', 'type', ...this.propSpecs().map(([k]) => k), ...provenanceKeys(this.prov)]);
    return html`<form novalidate @submit=${this.submit} aria-busy=${this.busy ? 'true' : 'false'}>
      ${byField.summary(shown)}
      <div class="cols">
        <fieldset>
          <legend>${t('edit.relationship')}</legend>
          <div class="grid">${this.endField('from', byField, update)} ${this.typeField(byField, update)} ${this.endField('to', byField, update)}</div>
          ${this.spec ? html`<div class="grid">${this.propSpecs().map(([k, spec]) => this.propField(k, spec, byField))}</div>` : nothing}
        </fieldset>
        ${provenanceFields(this.prov, byField, (p) => (this.prov = { ...this.prov, ...p }))}
      </div>
      <div class="actions">
        <button type="submit" ?disabled=${this.busy}>${update ? t('edit.save') : t('edit.createRelationship')}</button>
        ${
          update
            ? this.confirmDelete
              ? html`<button type="button" class="danger" @click=${this.delete}>${t('edit.confirmDelete')}</button>
                <button type="button" class="secondary" @click=${() => (this.confirmDelete = false)}>${t('edit.cancel')}</button>`
              : html`<button type="button" class="danger" @click=${() => (this.confirmDelete = true)}>${t('edit.deleteRelationship')}</button>`
            : nothing
        }
        ${this.busy ? html`<span role="status">${t('edit.saving')}</span>` : nothing}
      </div>
    </form>`;
  }

  private typeField(byField: FieldProblems, fixed: boolean): TemplateResult {
    const types = this.types();
    return html`<div class="field">
      <label for=${fieldId('type')}>${t('edit.relType')} <span class="req" aria-hidden="true">*</span></label>
      <select id=${fieldId('type')} aria-required="true" ?disabled=${fixed} aria-invalid=${byField.invalid('type')} aria-describedby=${byField.describedBy('type', 'type-hint')} @change=${(e: Event) => (this.type = (e.target as HTMLSelectElement).value)}>
        <option value="" .selected=${!this.type}>${t('edit.choose')}</option>
        ${types.map((r) => html`<option value=${r.type} .selected=${r.type === this.type}>${r.type}</option>`)}
      </select>
      <p class="hint" id="type-hint">${this.spec ? `${pick(this.spec.descriptionVi, this.spec.description)} (${this.spec.from.join(', ')} → ${this.spec.to.join(', ')})` : t('edit.relTypeHint', { n: types.length })}</p>
      ${byField.error('type')}
    </div>`;
  }

  private endField(end: 'from' | 'to', byField: FieldProblems, fixed: boolean): TemplateResult {
    const id = fieldId(end);
    const value = end === 'from' ? this.from : this.to;
    const name = this.picked[value] ?? this.names[value];
    const kind = kindOfId(value);
    const set = (v: string) => (end === 'from' ? (this.from = v) : (this.to = v));
    return html`<div class="field">
      <label for=${id}>${t(end === 'from' ? 'edit.from' : 'edit.to')} <span class="req" aria-hidden="true">*</span></label>
      <input
        id=${id}
        aria-required="true"
        autocomplete="off"
        spellcheck="false"
        ?readonly=${fixed}
        .value=${value}
        placeholder="component:…"
        aria-invalid=${byField.invalid(end)}
        aria-describedby=${byField.describedBy(end, `${id}-chosen`)}
        @input=${(e: Event) => set((e.target as HTMLInputElement).value.trim())}
      />
      <p class="chosen" id="${id}-chosen">${value ? `${name ?? ''}${kind ? ` · ${t(`kind.${kind.name}` as LabelKey)}` : ''}` : t('edit.endHint')}</p>
      ${
        fixed
          ? nothing
          : html`<div role="group" aria-label=${t(end === 'from' ? 'edit.findFrom' : 'edit.findTo')}>
            <kb-search
              class=${`find-${end}`}
              @kb-search-select=${(e: CustomEvent<{ id: string; name: string }>) => {
                e.stopPropagation();
                this.picked = { ...this.picked, [e.detail.id]: e.detail.name };
                set(e.detail.id);
              }}
            ></kb-search>
          </div>`
      }
      ${byField.error(end)}
    </div>`;
  }

  private propField(key: string, spec: PropSpec, byField: FieldProblems): TemplateResult {
    const id = fieldId(key);
    const accepted = this.acceptedProps.includes(key);
    const value = this.props[key] ?? '';
    const set = (v: string) => (this.props = { ...this.props, [key]: v });
    const label = html`<label for=${id}>${this.propLabel(key)}${spec.required ? html` <span class="req" aria-hidden="true">*</span>` : nothing}</label>`;
    const hintId = `${id}-hint`;
    const control = spec.values
      ? html`<select id=${id} ?disabled=${!accepted} aria-required=${spec.required ? 'true' : 'false'} aria-invalid=${byField.invalid(key)} aria-describedby=${byField.describedBy(key, hintId)} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
          <option value="" .selected=${!value}>${t('edit.choose')}</option>
          ${spec.values.map((v) => html`<option value=${v} .selected=${v === value}>${this.valueLabel(v)}</option>`)}
        </select>`
      : html`<input id=${id} ?disabled=${!accepted} .value=${value} aria-required=${spec.required ? 'true' : 'false'} aria-invalid=${byField.invalid(key)} aria-describedby=${byField.describedBy(key, hintId)} @input=${(e: Event) => set((e.target as HTMLInputElement).value)} />`;
    return html`<div class="field">
      ${label} ${control}
      <p class="hint" id=${hintId}>${accepted ? pick(spec.descriptionVi, spec.description) : t('edit.propNotAccepted', { prop: key })}</p>
      ${byField.error(key)}
    </div>`;
  }

  private propLabel(key: string): string {
    const k = `edit.relProp.${key}` as LabelKey;
    const text = t(k);
    return text === k ? key : `${text} (${key})`;
  }

  private valueLabel(v: string): string {
    const k = `architecture.status.${v}` as LabelKey;
    const text = t(k);
    return text === k ? v : `${text} (${v})`;
  }

  /** The mutation's input or patch from the fields. */
  payload(): RelationshipSubmitDetail {
    const update = this.mode === 'update';
    const key = { from: this.from.trim(), type: this.type, to: this.to.trim() };
    const input: Record<string, unknown> = update ? {} : { ...key };
    for (const [k] of this.propSpecs()) {
      if (!this.acceptedProps.includes(k)) continue;
      const v = (this.props[k] ?? '').trim();
      if (v) input[k] = v;
      else if (update) input[k] = null;
    }
    Object.assign(input, provenancePayload(this.prov, update));
    return { mode: this.mode, key, input };
  }

  private submit(e: Event) {
    e.preventDefault();
    if (this.busy) return;
    this.dispatchEvent(new CustomEvent<RelationshipSubmitDetail>('kb-relationship-submit', { detail: this.payload(), bubbles: true, composed: true }));
  }

  private delete() {
    this.confirmDelete = false;
    const { key } = this.payload();
    this.dispatchEvent(new CustomEvent<{ key: RelationshipKey }>('kb-relationship-delete', { detail: { key }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-relationship-form': KbRelationshipForm;
  }
}
