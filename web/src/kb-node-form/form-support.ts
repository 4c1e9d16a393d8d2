/**
 * What the node and relationship forms share: the provenance fields (provenance, rule and
 * confidence when inferred, reference when external, source rows), the mapping of the server's
 * located problems (`input.name`, `patch.properties.level`, `input.sources[0].quote`) to form
 * fields, and the forms' styles.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../api/client.js';
import { CONFIDENCES, PROVENANCES, type Source } from '../api/edit.js';
import type { LabelKey } from '../i18n/dictionary.js';
import { getLang, t } from '../i18n/i18n.js';

/** The form field a problem is about: `input.`/`patch.`/`properties.` dropped. */
export function problemKey(where: string): string {
  return where.replace(/^(input|patch|key)(\.|$)/, '').replace(/^properties\./, '');
}

/**
 * The server's validation messages are English (model/validate.ts); the common ones are shown in
 * Vietnamese when the UI is, the rest as sent.
 */
const KNOWN_MESSAGES: [RegExp, LabelKey][] = [
  [/^is required( for \w+| on \w+)?$/, 'edit.problem.required'],
  [/^a stated fact needs at least one source/, 'edit.problem.statedNeedsSource'],
  [/^an inferred fact names the rule/, 'edit.problem.inferredNeedsRule'],
  [/^an external fact names its reference/, 'edit.problem.externalNeedsReference'],
  [/^must be one of (?<values>.+)$/, 'edit.problem.oneOf'],
  [/^must be "(?<pattern>[^"]+)" with no spaces$/, 'edit.problem.idPattern'],
  [/^must be a whole number$/, 'edit.problem.wholeNumber'],
  [/^already exists$/, 'edit.problem.exists'],
  [/^no node has this id$/, 'edit.problem.noNode'],
  [/^(?<type>\w+) cannot start at a (?<kind>\w+); it starts at (?<allowed>.+)$/, 'edit.problem.cannotStart'],
  [/^(?<type>\w+) cannot end at a (?<kind>\w+); it ends at (?<allowed>.+)$/, 'edit.problem.cannotEnd'],
];

/** A problem's message in the UI's language: the server's own Vietnamese, a known message translated, or as sent. */
export function problemMessage(p: Problem): string {
  if (getLang() !== 'vi') return p.message;
  const vi = (p as Problem & { messageVi?: string }).messageVi;
  if (vi) return vi;
  for (const [re, key] of KNOWN_MESSAGES) {
    const m = re.exec(p.message);
    if (m) return t(key, { ...(m.groups ?? {}) });
  }
  return p.message;
}

/** A DOM id for a field key (`sources[0].quote` → `f-sources-0-quote`). */
export const fieldId = (key: string) => `f-${key.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/-+$/, '')}`;
export const errorId = (key: string) => `${fieldId(key)}-error`;

/**
 * The server's (or the browser's) located problems of one form, by field key ('' for the record as
 * a whole), and what a field shows of them: `aria-invalid`, `aria-describedby` pointing at the
 * error text, the error text under the field, and a summary (role="alert") of the problems no
 * field shows.
 */
export class FieldProblems {
  private readonly byKey = new Map<string, Problem[]>();

  constructor(readonly problems: readonly Problem[]) {
    for (const p of problems) {
      const k = problemKey(p.where);
      this.byKey.set(k, [...(this.byKey.get(k) ?? []), p]);
    }
  }

  /** The field's `aria-invalid`. */
  invalid(key: string): 'true' | 'false' {
    return this.byKey.get(key)?.length ? 'true' : 'false';
  }

  /** The field's `aria-describedby`: its error text when it has problems, else `otherwise` (its hint, say). */
  describedBy<T extends string | typeof nothing = typeof nothing>(key: string, otherwise: T = nothing as T): string | T {
    return this.byKey.get(key)?.length ? errorId(key) : otherwise;
  }

  /** Error text under a field, or nothing. */
  error(key: string): TemplateResult | typeof nothing {
    const list = this.byKey.get(key);
    if (!list?.length) return nothing;
    return html`<p class="field-error" id=${errorId(key)}>${list.map((p) => problemMessage(p)).join('; ')}</p>`;
  }

  /** The summary of the problems no field shows (role="alert"); `shownKeys`: the fields on show. */
  summary(shownKeys: Set<string>): TemplateResult | typeof nothing {
    const rest = this.problems.filter((p) => !shownKeys.has(problemKey(p.where)));
    if (!rest.length) return nothing;
    return html`<div class="summary" role="alert">
      <p>${t('edit.problems')}</p>
      <ul>
        ${rest.map((p) => html`<li><code>${p.where}</code>: ${problemMessage(p)}</li>`)}
      </ul>
    </div>`;
  }
}

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

export const formStyles = css`
  :host { display: block; }
  form { display: grid; gap: 0.6rem; max-width: 84rem; }
  /* min-width: 0 down the tree, so on a phone fields shrink to the screen instead of widening the page. */
  fieldset { border: 1px solid #bbb; border-radius: 4px; padding: 0.5rem 0.75rem 0.75rem; margin: 0; display: grid; gap: 0.5rem; min-width: 0; }
  legend { font-weight: 600; padding: 0 0.25rem; }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(14rem, 100%), 1fr)); gap: 0.5rem 1rem; }
  .field { display: flex; flex-direction: column; gap: 0.15rem; min-width: 0; }
  label { font-size: 0.9rem; font-weight: 500; }
  .req { color: #8a0010; }
  input, select, textarea, button { font: inherit; }
  input, select, textarea { padding: 0.3rem 0.4rem; border: 1px solid #555; border-radius: 3px; background: #fff; color: #111; max-width: 100%; min-width: 0; box-sizing: border-box; }
  input[aria-invalid='true'], select[aria-invalid='true'], textarea[aria-invalid='true'] { border: 2px solid #b00020; }
  textarea { resize: vertical; }
  input:disabled, select:disabled, input[readonly] { background: #eeeeee; color: #333; }
  .hint { margin: 0; font-size: 0.8rem; color: #333; }
  .field-error { margin: 0; font-size: 0.85rem; color: #8a0010; font-weight: 500; }
  .field-error::before { content: '⚠ '; }
  .cols { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 0.75rem; align-items: start; }
  .col { display: grid; gap: 0.6rem; }
  @media (max-width: 1000px) { .cols { grid-template-columns: minmax(0, 1fr); } }
  .source-row { border-left: 3px solid #999; padding-left: 0.5rem; display: grid; gap: 0.35rem; justify-items: stretch; }
  .source-row > button { justify-self: start; }
  .source-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(12rem, 100%), 1fr)); gap: 0.5rem; }
  .sources { display: grid; gap: 0.5rem; justify-items: start; }
  .sources > .source-row { justify-self: stretch; }
  .sources-title { margin: 0; font-weight: 500; font-size: 0.9rem; }
  .summary { border: 1px solid #b00020; background: #fdecee; color: #7a0016; padding: 0.5rem 0.75rem; border-radius: 4px; }
  .summary p { margin: 0 0 0.25rem; font-weight: 600; }
  .summary ul { margin: 0; padding-left: 1.25rem; }
  .actions { display: flex; gap: 0.5rem; align-items: center; }
  button { padding: 0.35rem 0.9rem; border-radius: 4px; border: 1px solid #0b4f8a; background: #0b4f8a; color: #fff; cursor: pointer; }
  button.secondary { background: #fff; color: #0b4f8a; }
  button[disabled] { opacity: 0.6; cursor: progress; }
  code { font-size: 0.85em; }
`;
