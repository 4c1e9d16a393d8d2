/**
 * The server's (or the browser's) located problems (`input.name`, `patch.properties.level`,
 * `input.sources[0].quote`) mapped to the fields of the node and relationship forms: which field a
 * problem is about, its message in the UI's language, and what each field shows of it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../api/client.js';
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
