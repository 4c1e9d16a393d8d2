import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { searchResults, type SearchHit } from '../api/queries.js';
import { LanguageController, getLang, t } from '../i18n/i18n.js';
import { kindLabel } from '../i18n/labels.js';
import { formatRoute, navigate } from '../state/url.js';
import '../kb-error/kb-error.js';
import { tableHead } from '../render/table-head.js';

const PAGE = 25;

/**
 * `<kb-search-results>`: every hit of a search (`?view=search&q=…&kind=…`), the search box's
 * Enter. Kind filter with the count of each kind; a table of name, kind, province and owner (so
 * two "SOC" tell apart) that scrolls sideways on a phone; "show more" pages with the cursor.
 *
 * @property params - `q` (the text), `kind` (optional, one kind).
 * @fires kb-navigate - to a hit (explore view) and when the filter changes.
 */
@customElement('kb-search-results')
export class KbSearchResults extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    h2 {
      font-size: 1.15rem;
      margin: 0 0 0.5rem;
      overflow-wrap: anywhere;
    }
    .kinds {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35rem;
      margin: 0.5rem 0;
      padding: 0;
      border: 0;
    }
    .kinds legend {
      font-size: 0.9rem;
      font-weight: 500;
      margin-bottom: 0.25rem;
    }
    .kinds button {
      font: inherit;
      font-size: 0.9rem;
      padding: 0.2rem 0.6rem;
      border: 1px solid #0b4f8a;
      border-radius: 999px;
      background: #fff;
      color: #0b4f8a;
      cursor: pointer;
    }
    .kinds button[aria-pressed='true'] {
      background: #0b4f8a;
      color: #fff;
    }
    .scroll {
      overflow-x: auto;
      max-width: 100%;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      min-width: 36rem;
      font-size: 0.92rem;
    }
    th,
    td {
      border-bottom: 1px solid #ddd;
      padding: 0.3rem 0.45rem;
      text-align: left;
      vertical-align: top;
    }
    th {
      background: #f2f2f2;
    }
    a {
      color: #0b4f8a;
    }
    .note {
      font-size: 0.85rem;
      color: #333;
    }
    .example {
      font-size: 0.8rem;
      background: #fff3c4;
      color: #5a4500;
      padding: 0 0.3rem;
      border-radius: 3px;
    }
    button.more {
      font: inherit;
      margin-top: 0.5rem;
      padding: 0.35rem 0.9rem;
    }
  `;

  @property({ attribute: false }) params: Record<string, string> = {};
  @state() private hits: SearchHit[] = [];
  @state() private total = 0;
  @state() private capped = false;
  @state() private byKind: { kind: string; count: number }[] = [];
  @state() private next: string | null = null;
  @state() private loading = false;
  @state() private error: unknown = null;
  private key = '';
  private abort: AbortController | null = null;
  readonly i18n = new LanguageController(this);

  private get q() {
    return (this.params.q ?? '').trim();
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (!changed.has('params')) return;
    const key = `${this.q}|${this.params.kind ?? ''}`;
    if (key === this.key) return;
    this.key = key;
    this.hits = [];
    this.next = null;
    void this.load(null);
  }

  private async load(after: string | null) {
    this.error = null;
    if (!this.q) {
      this.hits = [];
      this.total = 0;
      this.byKind = [];
      return;
    }
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.loading = true;
    try {
      const r = await searchResults(this.q, this.params.kind ? [this.params.kind] : null, PAGE, after, abort.signal);
      this.hits = after ? [...this.hits, ...r.hits] : r.hits;
      this.total = r.totalCount;
      this.capped = r.capped;
      this.byKind = r.byKind;
      this.next = r.pageInfo.hasNextPage ? r.pageInfo.endCursor : null;
    } catch (e) {
      if ((e as Error).name !== 'AbortError') this.error = e;
    } finally {
      if (this.abort === abort) this.loading = false;
    }
  }

  override render() {
    if (!this.q)
      return html`<h2>${t('nav.search')}</h2>
        <p>${t('search.page.prompt')}</p>`;
    const all = this.byKind.reduce((n, k) => n + k.count, 0);
    return html`<h2>${t('search.page.title', { q: this.q })}</h2>
      ${this.error ? html`<kb-error .error=${this.error} .retry=${() => void this.load(null)}></kb-error>` : nothing}
      <p class="note" role="status">
        ${this.loading && !this.hits.length ? t('common.loading') : t('search.page.count', { n: this.total.toLocaleString(getLang() === 'vi' ? 'vi-VN' : 'en-GB') })}
      </p>
      ${this.capped ? html`<p class="note">${t('search.page.capped')}</p>` : nothing}
      ${
        this.byKind.length
          ? html`<fieldset class="kinds">
              <legend>${t('search.page.kinds')}</legend>
              <button type="button" aria-pressed=${!this.params.kind ? 'true' : 'false'} @click=${() => this.setKind('')}>
                ${t('search.page.allKinds')} (${all})
              </button>
              ${this.byKind.map((k) => html`<button type="button" data-kind=${k.kind} aria-pressed=${this.params.kind === k.kind ? 'true' : 'false'} @click=${() => this.setKind(k.kind)}>${kindLabel(k.kind)} (${k.count})</button>`)}
            </fieldset>`
          : nothing
      }
      ${!this.loading && !this.error && !this.hits.length ? html`<p>${t('search.page.empty')}</p>` : nothing}
      ${
        this.hits.length
          ? html`<div class="scroll">
              <table>
                ${tableHead(['search.col.name', 'search.col.kind', 'search.col.province', 'search.col.owner', 'search.col.matched'])}
                <tbody>
                  ${this.hits.map(
                    (h) =>
                      html`<tr data-id=${h.node.id}>
                        <td>
                          <a
                            href=${formatRoute({ view: 'explore', lang: getLang(), params: { id: h.node.id } })}
                            @click=${(e: Event) => this.open(e, h.node.id)}
                            >${h.node.name}</a
                          >
                          ${h.node.provenance === 'example' ? html` <span class="example">${t('common.example')}</span>` : nothing}
                        </td>
                        <td>${kindLabel(h.node.kind)}</td>
                        <td>${h.node.province ?? t('search.national')}</td>
                        <td>${h.owner?.name ?? ''}</td>
                        <td>${h.matched && h.matched !== h.node.name ? h.matched : ''}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : nothing
      }
      ${
        this.next
          ? html`<button type="button" class="more" ?disabled=${this.loading} @click=${() => void this.load(this.next)}>
              ${t('search.page.more', { n: Math.min(PAGE, this.total - this.hits.length) })}
            </button>`
          : nothing
      }`;
  }

  private setKind(kind: string) {
    navigate(this, { params: { kind } });
  }

  private open(e: Event, id: string) {
    e.preventDefault();
    navigate(this, { view: 'explore', params: { id } });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-search-results': KbSearchResults;
  }
}
