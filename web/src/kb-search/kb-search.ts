import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { search as searchApi, type SearchHit } from '../api/queries.js';
import { LanguageController, t } from '../i18n/i18n.js';

/**
 * `<kb-search>`: typeahead over `search` (diacritic-free, abbreviations), an ARIA combobox usable
 * with the keyboard only: ↑ ↓ move, Enter selects, Esc closes.
 *
 * @property search - the function that fetches hits (defaults to the API; tests pass their own).
 * @property debounceMs - wait after typing before searching.
 * @fires kb-search-select - `{ id, kind, name }` when a hit is chosen.
 */
@customElement('kb-search')
export class KbSearch extends LitElement {
  static override styles = css`
    :host { display: block; position: relative; }
    input { width: 100%; box-sizing: border-box; font: inherit; padding: 0.4rem 0.6rem; border: 1px solid #555; border-radius: 4px; }
    ul { position: absolute; z-index: 20; left: 0; right: 0; margin: 2px 0 0; padding: 0; list-style: none; background: #fff; border: 1px solid #555; max-height: 60vh; overflow: auto; }
    li { padding: 0.35rem 0.6rem; cursor: pointer; display: flex; gap: 0.5rem; justify-content: space-between; }
    li[aria-selected='true'] { background: #0072b2; color: #fff; }
    .kind { font-size: 0.8em; opacity: 0.85; white-space: nowrap; }
    .status { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  `;

  @property({ attribute: false }) search: (text: string, signal?: AbortSignal) => Promise<SearchHit[]> = searchApi;
  @property({ type: Number }) debounceMs = 150;
  @state() private hits: SearchHit[] = [];
  @state() private active = -1;
  @state() private open = false;
  @state() private text = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | null = null;
  readonly i18n = new LanguageController(this);

  override render() {
    const listId = 'kb-search-list';
    return html`<label class="status" for="q">${t('search.label')}</label>
      <input
        id="q"
        type="search"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-controls=${listId}
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-activedescendant=${this.active >= 0 ? `hit-${this.active}` : ''}
        placeholder=${t('search.placeholder')}
        .value=${this.text}
        @input=${this.onInput}
        @keydown=${this.onKey}
        @blur=${() => setTimeout(() => (this.open = false), 150)}
      />
      <ul id=${listId} role="listbox" aria-label=${t('search.label')} ?hidden=${!this.open}>
        ${this.hits.length === 0 && this.text ? html`<li role="option" aria-disabled="true" aria-selected="false">${t('search.none')}</li>` : ''}
        ${this.hits.map(
          (h, i) => html`<li id="hit-${i}" role="option" aria-selected=${i === this.active ? 'true' : 'false'} @mousedown=${() => this.choose(i)}>
            <span>${h.node.name}</span><span class="kind">${t(`kind.${h.node.kind}` as never)}${h.node.provenance === 'example' ? ` · ${t('provenance.example')}` : ''}</span>
          </li>`,
        )}
      </ul>
      <div class="status" role="status" aria-live="polite">${this.open ? t('search.results', { n: this.hits.length }) : ''}</div>`;
  }

  private onInput(e: Event) {
    this.text = (e.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    if (!this.text.trim()) {
      this.hits = [];
      this.open = false;
      return;
    }
    this.timer = setTimeout(() => void this.run(this.text), this.debounceMs);
  }

  private async run(text: string) {
    this.abort?.abort();
    this.abort = new AbortController();
    try {
      const hits = await this.search(text, this.abort.signal);
      if (text !== this.text) return;
      this.hits = hits;
      this.active = hits.length ? 0 : -1;
      this.open = true;
    } catch (e) {
      if ((e as Error).name !== 'AbortError') {
        this.hits = [];
        this.open = true;
      }
    }
  }

  private onKey(e: KeyboardEvent) {
    if (e.key === 'ArrowDown' && this.hits.length) {
      e.preventDefault();
      this.open = true;
      this.active = (this.active + 1) % this.hits.length;
    } else if (e.key === 'ArrowUp' && this.hits.length) {
      e.preventDefault();
      this.active = (this.active - 1 + this.hits.length) % this.hits.length;
    } else if (e.key === 'Enter' && this.active >= 0) {
      e.preventDefault();
      this.choose(this.active);
    } else if (e.key === 'Escape') {
      this.open = false;
    }
  }

  private choose(i: number) {
    const h = this.hits[i];
    if (!h) return;
    this.open = false;
    this.text = h.node.name;
    this.dispatchEvent(new CustomEvent('kb-search-select', { detail: { id: h.node.id, kind: h.node.kind, name: h.node.name }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-search': KbSearch;
  }
}
