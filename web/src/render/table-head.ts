/**
 * The heading row every table of the views starts with, written once: `<thead>` with one
 * `<th scope="col">` per column, in the UI's language (re-rendered when the language changes, as
 * the views' `LanguageController` asks).
 */
import { html, type TemplateResult } from 'lit';
import type { LabelKey } from '../i18n/dictionary.js';
import { t } from '../i18n/i18n.js';

/**
 * One column heading: its dictionary key, or the key with `num` (a column of figures, aligned as
 * the figures are) or `quiet` (a column of buttons, its heading in the given muted style).
 */
export type Column = LabelKey | { label: LabelKey; num?: boolean; quiet?: 'hint' | 'muted' };

/** `<thead><tr><th scope="col">…</th>…</tr></thead>` for `columns`, in order. */
export function tableHead(columns: readonly Column[]): TemplateResult {
  return html`<thead>
    <tr>
      ${columns.map((c) => {
        if (typeof c === 'string') return html`<th scope="col">${t(c)}</th>`;
        const text = c.quiet ? html`<span class=${c.quiet}>${t(c.label)}</span>` : t(c.label);
        return c.num ? html`<th scope="col" class="num">${text}</th>` : html`<th scope="col">${text}</th>`;
      })}
    </tr>
  </thead>`;
}
