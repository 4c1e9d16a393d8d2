import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { search as searchApi, type SearchHit } from '../api/queries.js';
import { LanguageController, t } from '../i18n/i18n.js';
import { kindLabel } from '../i18n/labels.js';

/** "Hệ thống · Quảng Ngãi · chủ quản: Sở …": what tells two hits of one name apart. */
export function hitContext(h: SearchHit): string {
  const parts = [kindLabel(h.node.kind), h.node.province ?? t('search.national')];
  if (h.owner?.name) parts.push(t('search.owner', { name: h.owner.name }));
  if (h.node.provenance === 'example') parts.push(t('provenance.example'));
  return parts.join(' · ');
}

/**
 * `<kb-search>`: typeahead over `search` (diacritic-free, abbreviations, versions), an ARIA
 * combobox usable with the keyboard only: ↓ ↑ move through the hits, Enter on a hit opens it, Enter
 * with no hit chosen (or on the last row) opens every result, Esc closes. Each hit says its kind,
 * province and owner, so two "LGSP" tell apart.
 *
 * @property search - the function that fetches hits (defaults to the API; tests pass their own).
 * @property debounceMs - wait after typing before searching.
 * @fires kb-search-select - `{ id, kind, name }` when a hit is chosen.
 * @fires kb-search-all - `{ text }` to open the all-results page.
 */
@customElement('kb-search')
export class KbSearch extends LitElement {
  static override styles = css`
    :host { display: block; position: relative; min-width: 0; }
    input { width: 100%; min-width: 10rem; box-sizing: border-box; font: inherit; padding: 0.4rem 0.6rem; border: 1px solid #555; border-radius: 4px; }
    ul { position: absolute; z-index: 20; left: 0; right: 0; box-sizing: border-box; min-width: min(28rem, calc(100vw - 1rem)); margin: 2px 0 0; padding: 0; list-style: none; background: #fff; border: 1px solid #555; max-height: 60vh; overflow: auto; }
    li { padding: 0.35rem 0.6rem; cursor: pointer; display: flex; flex-direction: column; gap: 0.05rem; }
    li[aria-selected='true'] { background: #0072b2; color: #fff; }
    .kind { font-size: 0.8em; opacity: 0.85; }
    li.all { border-top: 1px solid #ccc; font-size: 0.9em; color: #0b4f8a; }
    li.all[aria-selected='true'] { color: #fff; }
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
        aria-activedescendant=${this.active >= 0 ? (this.active < this.hits.length ? `hit-${this.active}` : 'hit-all') : ''}
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
            <span class="name">${h.node.name}</span><span class="kind">${hitContext(h)}</span>
          </li>`,
        )}
        ${
          this.hits.length
            ? html`<li id="hit-all" class="all" role="option" aria-selected=${this.active === this.hits.length ? 'true' : 'false'} @mousedown=${() => this.all()}>${t('search.all', { q: this.text.trim() })}</li>`
            : ''
        }
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
      // Nothing chosen yet: Enter opens every result; ↓ walks the hits.
      this.active = -1;
      this.open = true;
    } catch (e) {
      if ((e as Error).name !== 'AbortError') {
        this.hits = [];
        this.open = true;
      }
    }
  }

  private onKey(e: KeyboardEvent) {
    // Rows: the hits, then "all results" (index hits.length).
    if (e.key === 'ArrowDown' && this.hits.length) {
      e.preventDefault();
      this.open = true;
      this.active = Math.min(this.active + 1, this.hits.length);
    } else if (e.key === 'ArrowUp' && this.hits.length) {
      e.preventDefault();
      this.active = Math.max(this.active - 1, 0);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (this.active >= 0 && this.active < this.hits.length) this.choose(this.active);
      else if (this.text.trim()) this.all();
    } else if (e.key === 'Escape') {
      this.open = false;
    }
  }

  private all() {
    clearTimeout(this.timer);
    this.open = false;
    this.dispatchEvent(new CustomEvent('kb-search-all', { detail: { text: this.text.trim() }, bubbles: true, composed: true }));
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
