import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { BulkImportStatus } from '../api/interop.js';
import type { LabelKey } from '../i18n/dictionary.js';
import { LanguageController, t } from '../i18n/i18n.js';

const count = (n: number) => n.toLocaleString(document.documentElement.lang === 'en' ? 'en' : 'vi');

function duration(s: number): string {
  if (s >= 3600) return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
  if (s >= 60) return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
  return `${Math.round(s)} s`;
}

/**
 * `<kb-bulk-imports>`: the bulk imports run from the command line (`npm run import -- FILE --bulk`)
 * as the server records them, running ones first: a progress bar (share of the file read), rows
 * written, rows per second and the time left; finished and undone ones with their outcome.
 *
 * @property imports - the latest bulk imports (api/interop.ts `bulkImports`).
 */
@customElement('kb-bulk-imports')
export class KbBulkImports extends LitElement {
  static override styles = css`
    :host { display: block; margin-top: 1rem; }
    h2 { font-size: 1.05rem; margin: 0 0 0.4rem; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
    li { border: 1px solid #ccc; border-radius: 4px; padding: 0.4rem 0.6rem; }
    .head { display: flex; flex-wrap: wrap; gap: 0.3rem 0.8rem; align-items: baseline; }
    .file { font-weight: 600; }
    .state { font-size: 0.85rem; padding: 0 0.35rem; border-radius: 3px; background: #eee; color: #222; }
    .state.RUNNING { background: #dbeafe; color: #1e3a8a; }
    .state.DONE { background: #dcfce7; color: #14532d; }
    .state.UNDONE { background: #fee2e2; color: #7f1d1d; }
    progress { width: 100%; height: 0.9rem; margin: 0.3rem 0 0.1rem; }
    .numbers { font-size: 0.85rem; color: #333; }
  `;

  @property({ attribute: false }) imports: BulkImportStatus[] = [];
  readonly i18n = new LanguageController(this);

  override render() {
    if (!this.imports.length) return nothing;
    return html`<section aria-labelledby="bulk-title">
      <h2 id="bulk-title">${t('bulk.title')}</h2>
      <ul>
        ${this.imports.map((b) => {
          const running = b.state === 'RUNNING';
          const percent = b.fraction === null ? null : Math.round(b.fraction * 100);
          return html`<li data-id=${b.id}>
            <div class="head">
              <span class="file">${b.file ?? t('bulk.noFile')}</span>
              <span class="state ${b.state}">${t(`bulk.state.${b.state}` as LabelKey)}</span>
              ${running ? html`<span>${t(`bulk.phase.${b.phase}` as LabelKey)}</span>` : nothing}
              <span class="numbers">${b.actor ?? ''} · ${new Date(b.startedAt).toLocaleString(document.documentElement.lang === 'en' ? 'en' : 'vi')}</span>
            </div>
            ${
              running
                ? html`<progress max="100" .value=${percent ?? 0} aria-label=${t('bulk.progress', { file: b.file ?? '' })} aria-valuetext=${percent === null ? t('bulk.unknown') : `${percent}%`}></progress>`
                : nothing
            }
            <div class="numbers">
              ${t('bulk.written', { nodes: count(b.nodes), relationships: count(b.relationships) })}
              ${running ? html` · ${t('bulk.rate', { rate: count(b.rowsPerSecond) })}${b.etaSeconds !== null ? html` · ${t('bulk.eta', { time: duration(b.etaSeconds) })}` : nothing}` : nothing}
              ${b.state === 'UNDONE' && b.reason ? html` · ${t('bulk.reason', { reason: b.reason })}` : nothing}
            </div>
          </li>`;
        })}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-bulk-imports': KbBulkImports;
  }
}
