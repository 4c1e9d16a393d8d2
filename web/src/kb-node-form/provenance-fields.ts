/**
 * The provenance fields the node and relationship forms share: provenance, rule and confidence
 * when inferred, reference when external, source rows; their state, the fields, the keys they show
 * and the part of the mutation's input they make.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { CONFIDENCES, PROVENANCES, type Source } from '../api/edit.js';
import type { LabelKey } from '../i18n/dictionary.js';
import { t } from '../i18n/i18n.js';
import { fieldId, type FieldProblems } from './field-problems.js';

export interface ProvenanceState {
  provenance: string;
  rule: string;
  confidence: string;
  reference: string;
  sources: Source[];
}

export const emptySource = (): Source => ({ document: '', section: '', quote: '' });

/** A new record's provenance fields: stated, with one empty source row to fill. */
export const newProvenance = (): ProvenanceState => ({ provenance: 'stated', rule: '', confidence: '', reference: '', sources: [emptySource()] });

/** Field keys the provenance fields show (for the summary of the others). */
export function provenanceKeys(s: ProvenanceState): string[] {
  return [
    'provenance',
    'rule',
    'confidence',
    'reference',
    'sources',
    ...s.sources.flatMap((_, i) => [`sources[${i}]`, `sources[${i}].document`, `sources[${i}].section`, `sources[${i}].quote`]),
  ];
}

/** The provenance fields; `update` receives the changed part. */
export function provenanceFields(s: ProvenanceState, byField: FieldProblems, update: (patch: Partial<ProvenanceState>) => void): TemplateResult {
  const setSource = (i: number, k: keyof Source, v: string) => update({ sources: s.sources.map((x, j) => (j === i ? { ...x, [k]: v } : x)) });
  const text = (key: string, label: LabelKey, value: string, on: (v: string) => void) => html`<div class="field">
    <label for=${fieldId(key)}>${t(label)}</label>
    <input id=${fieldId(key)} .value=${value} aria-invalid=${byField.invalid(key)} aria-describedby=${byField.describedBy(key)} @input=${(e: Event) => on((e.target as HTMLInputElement).value)} />
    ${byField.error(key)}
  </div>`;
  return html`<fieldset class="provenance">
    <legend>${t('edit.provenanceLegend')}</legend>
    <div class="field">
      <label for=${fieldId('provenance')}>${t('edit.provenance')}</label>
      <select id=${fieldId('provenance')} aria-invalid=${byField.invalid('provenance')} aria-describedby=${byField.describedBy('provenance')} @change=${(e: Event) => update({ provenance: (e.target as HTMLSelectElement).value })}>
        ${PROVENANCES.map((p) => html`<option value=${p} .selected=${p === s.provenance}>${t(`provenance.${p}` as LabelKey)} (${p})</option>`)}
      </select>
      <p class="hint">${t(`edit.provenanceHint.${s.provenance}` as LabelKey)}</p>
      ${byField.error('provenance')}
    </div>
    ${
      s.provenance === 'inferred'
        ? html`${text('rule', 'edit.rule', s.rule, (v) => update({ rule: v }))}
          <div class="field">
            <label for=${fieldId('confidence')}>${t('edit.confidence')}</label>
            <select id=${fieldId('confidence')} aria-invalid=${byField.invalid('confidence')} aria-describedby=${byField.describedBy('confidence')} @change=${(e: Event) => update({ confidence: (e.target as HTMLSelectElement).value })}>
              <option value="" .selected=${!s.confidence}>${t('edit.choose')}</option>
              ${CONFIDENCES.map((c) => html`<option value=${c} .selected=${c === s.confidence}>${t(`edit.confidence.${c}` as LabelKey)}</option>`)}
            </select>
            ${byField.error('confidence')}
          </div>`
        : nothing
    }
    ${s.provenance === 'external' ? text('reference', 'edit.reference', s.reference, (v) => update({ reference: v })) : nothing}
    <div class="sources">
      <p class="sources-title">${t('edit.sources')}</p>
      ${byField.error('sources')}
      ${s.sources.map(
        (src, i) => html`<div class="source-row" role="group" aria-label=${t('edit.sourceN', { n: i + 1 })}>
          ${byField.error(`sources[${i}]`)}
          <div class="source-grid">
            ${text(`sources[${i}].document`, 'edit.source.document', src.document, (v) => setSource(i, 'document', v))}
            ${text(`sources[${i}].section`, 'edit.source.section', src.section, (v) => setSource(i, 'section', v))}
          </div>
          <div class="field">
            <label for=${fieldId(`sources[${i}].quote`)}>${t('edit.source.quote')}</label>
            <textarea
              id=${fieldId(`sources[${i}].quote`)}
              rows="2"
              maxlength="400"
              .value=${src.quote}
              aria-invalid=${byField.invalid(`sources[${i}].quote`)}
              aria-describedby=${byField.describedBy(`sources[${i}].quote`)}
              @input=${(e: Event) => setSource(i, 'quote', (e.target as HTMLTextAreaElement).value)}
            ></textarea>
            ${byField.error(`sources[${i}].quote`)}
          </div>
          <button type="button" class="secondary" @click=${() => update({ sources: s.sources.filter((_, j) => j !== i) })}>${t('edit.removeSource', { n: i + 1 })}</button>
        </div>`,
      )}
      <button type="button" class="secondary" @click=${() => update({ sources: [...s.sources, emptySource()] })}>${t('edit.addSource')}</button>
    </div>
  </fieldset>`;
}

const blank = (s: Source) => !s.document.trim() && !s.section.trim() && !s.quote.trim();

/**
 * The provenance part of a mutation's input. Blank source rows are dropped; on update, fields that
 * no longer apply are sent as null so the server removes them (a null in a patch removes).
 */
export function provenancePayload(s: ProvenanceState, update: boolean): Record<string, unknown> {
  const sources = s.sources.filter((x) => !blank(x)).map((x) => ({ document: x.document.trim(), section: x.section.trim(), quote: x.quote.trim() }));
  const out: Record<string, unknown> = { provenance: s.provenance };
  if (sources.length) out.sources = sources;
  else if (update) out.sources = null;
  if (s.provenance === 'inferred') {
    if (s.rule.trim()) out.rule = s.rule.trim();
    if (s.confidence) out.confidence = s.confidence;
  } else if (update) {
    out.rule = null;
    out.confidence = null;
  }
  if (s.provenance === 'external') {
    // The API does not return a stored reference, so an empty field on update keeps it.
    if (s.reference.trim()) out.reference = s.reference.trim();
  } else if (update) out.reference = null;
  return out;
}
