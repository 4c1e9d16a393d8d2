/**
 * What a view shows for one thing it loads (a `Load`), written once: while it is asked for, a
 * busy line; when it failed, the shared `<kb-error>` (what happened, what to do next) with a retry;
 * when it came, what the view draws of it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Load } from '../controllers/load-state.js';
import { t } from '../i18n/i18n.js';
import '../kb-error/kb-error.js';

/** The busy line shown while something loads. */
export const loadingLine = (): TemplateResult => html`<p aria-busy="true">${t('common.loading')}</p>`;

/**
 * `load` drawn: `ok(value)` once it came, the busy line while it is asked for (and before, unless
 * `idle` says what to show then), the error box with `retry` when it failed.
 */
export function renderLoad<T>(
  load: Load<T>,
  ok: (value: T) => TemplateResult | typeof nothing,
  opts: { retry: () => void; idle?: TemplateResult | typeof nothing },
): TemplateResult | typeof nothing {
  switch (load.state) {
    case 'idle':
      return opts.idle ?? loadingLine();
    case 'loading':
      return loadingLine();
    case 'error':
      return html`<kb-error .error=${load.error} .retry=${opts.retry}></kb-error>`;
    default:
      return ok(load.value);
  }
}
