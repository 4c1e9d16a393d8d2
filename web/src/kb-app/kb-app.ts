import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { LanguageController, setLang, getLang, t } from '../i18n/i18n.js';
import { NAVIGATE_EVENT, TABS, formatRoute, parseRoute, type NavigateDetail, type Route, type View } from '../state/url.js';
import { completeOidcSignIn, startSession } from '../api/session.js';
import { ApiError } from '../api/client.js';
import '../kb-search/kb-search.js';
import '../kb-session/kb-session.js';
import '../kb-error/kb-error.js';
import type { KbSession } from '../kb-session/kb-session.js';

/**
 * Each view (its element's tag and its module) is its own chunk, fetched the first time it is shown: the first page needs only the
 * shell (Lit, the dictionary, search, sign-in) and its own view; Cytoscape comes with the first
 * graph, exceljs and the SVG exporter with their first export.
 */
const VIEWS: Record<View, { tag: string; load: () => Promise<unknown> }> = {
  home: { tag: 'kb-home-view', load: () => import('../kb-home-view/kb-home-view.js') },
  explore: { tag: 'kb-explore-view', load: () => import('../kb-explore-view/kb-explore-view.js') },
  impact: { tag: 'kb-impact-view', load: () => import('../kb-impact-view/kb-impact-view.js') },
  national: { tag: 'kb-national-view', load: () => import('../kb-national-view/kb-national-view.js') },
  duplication: { tag: 'kb-duplication-view', load: () => import('../kb-duplication-view/kb-duplication-view.js') },
  appraisal: { tag: 'kb-appraisal-view', load: () => import('../kb-appraisal-view/kb-appraisal-view.js') },
  architecture: { tag: 'kb-architecture-view', load: () => import('../kb-architecture-view/kb-architecture-view.js') },
  edit: { tag: 'kb-edit-view', load: () => import('../kb-edit-view/kb-edit-view.js') },
  import: { tag: 'kb-import-view', load: () => import('../kb-import-view/kb-import-view.js') },
  search: { tag: 'kb-search-results', load: () => import('../kb-search-results/kb-search-results.js') },
};

/**
 * `<kb-app>`: the shell. Search and sign-in at the top, the views as tabs, the language toggle;
 * the route (view + parameters + language) lives in the URL and every view receives its
 * parameters by property (`params`). Views change the route by firing `kb-navigate`. Down to
 * 360 px wide the header wraps (search on its own full-width row) and the tabs scroll sideways.
 */
@customElement('kb-app')
export class KbApp extends LitElement {
  static override styles = css`
    :host { display: block; font-family: system-ui, 'Segoe UI', Roboto, sans-serif; color: #111; }
    header { display: grid; grid-template-columns: auto minmax(12rem, 1fr) auto auto; gap: 0.5rem 1rem; align-items: center; padding: 0.5rem 1rem; border-bottom: 2px solid #0072b2; }
    h1 { font-size: 1.1rem; margin: 0; }
    h1 a.home { color: inherit; text-decoration: none; }
    nav { display: flex; gap: 0.25rem; padding: 0.25rem 1rem; border-bottom: 1px solid #ccc; flex-wrap: wrap; }
    nav a { padding: 0.35rem 0.75rem; border-radius: 4px 4px 0 0; color: #0b4f8a; text-decoration: none; }
    nav a[aria-current='page'] { background: #0072b2; color: #fff; }
    button.lang { font: inherit; padding: 0.3rem 0.7rem; }
    main { padding: 0.75rem 1rem; min-width: 0; }
    @media (max-width: 760px) {
      header { grid-template-columns: 1fr auto auto; padding: 0.5rem; }
      header kb-search { grid-column: 1 / -1; grid-row: 2; }
      nav { flex-wrap: nowrap; overflow-x: auto; padding: 0.25rem 0.5rem; -webkit-overflow-scrolling: touch; }
      nav a { white-space: nowrap; flex: none; }
      main { padding: 0.5rem; }
    }
    @media print { header, nav { display: none; } main { padding: 0; } }
  `;

  @state() private route: Route = parseRoute(location.search);
  @state() private loaded = new Set<View>();
  @state() private loadError: { view: View; error: unknown } | null = null;
  @query('kb-session') private sessionEl!: KbSession;
  readonly i18n = new LanguageController(this);
  private readonly onPop = () => this.apply(parseRoute(location.search));

  override connectedCallback() {
    super.connectedCallback();
    setLang(this.route.lang);
    addEventListener('popstate', this.onPop);
    this.addEventListener(NAVIGATE_EVENT, this.onNavigate as EventListener);
    void this.startSignIn();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('popstate', this.onPop);
  }

  /** Back from the identity provider, finish signing in; else pick up this browser session's sign-in. */
  private async startSignIn() {
    const back = await completeOidcSignIn();
    if (back) this.apply(parseRoute(location.search));
    if (back instanceof ApiError) {
      await this.updateComplete;
      this.sessionEl?.showError(back);
    }
    await startSession();
  }

  private apply(route: Route) {
    this.route = route;
    setLang(route.lang);
    document.title = t('app.title');
  }

  private go(route: Route, replace = false) {
    const url = formatRoute(route);
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    this.apply(route);
  }

  private onNavigate = (e: CustomEvent<NavigateDetail>) => {
    const d = e.detail;
    const view = d.view ?? this.route.view;
    const params = d.view && d.view !== this.route.view ? d.params : { ...this.route.params, ...d.params };
    for (const k of Object.keys(params)) if (params[k] === '') delete params[k];
    this.go({ ...this.route, view, params }, d.replace);
  };

  private toggleLang() {
    this.go({ ...this.route, lang: getLang() === 'vi' ? 'en' : 'vi' }, true);
  }

  /** Fetches a view's chunk once; the view renders when it is there. */
  private ensure(view: View) {
    if (this.loaded.has(view)) return;
    VIEWS[view].load().then(
      () => {
        this.loaded = new Set([...this.loaded, view]);
        if (this.loadError?.view === view) this.loadError = null;
      },
      (error) => (this.loadError = { view, error }),
    );
  }

  override render() {
    const { view, params } = this.route;
    return html`<header>
        <h1><a class="home" href=${formatRoute({ view: 'home', lang: this.route.lang, params: {} })} @click=${(e: Event) => {
          e.preventDefault();
          this.go({ ...this.route, view: 'home', params: {} });
        }}>${t('app.title')}</a></h1>
        <kb-search
          @kb-search-select=${(e: CustomEvent<{ id: string }>) => this.go({ ...this.route, view: view === 'impact' ? 'impact' : 'explore', params: { id: e.detail.id } })}
          @kb-search-all=${(e: CustomEvent<{ text: string }>) => this.go({ ...this.route, view: 'search', params: { q: e.detail.text } })}
        ></kb-search>
        <kb-session></kb-session>
        <button class="lang" lang=${getLang() === 'vi' ? 'en' : 'vi'} title=${t('app.languageLabel')} @click=${this.toggleLang}>${t('app.language')}</button>
      </header>
      <nav aria-label=${t('nav.label')}>
        ${TABS.map(
          (
            v,
          ) => html`<a href=${formatRoute({ view: v, lang: this.route.lang, params: params.id && v !== 'home' ? { id: params.id } : {} })} aria-current=${v === view ? 'page' : nothing}
            @click=${(e: Event) => {
              e.preventDefault();
              this.go({ ...this.route, view: v, params: params.id && v !== 'home' ? { id: params.id } : {} });
            }}>${t(`nav.${v}`)}</a>`,
        )}
      </nav>
      <main>${this.renderView(view, params)}</main>`;
  }

  private renderView(view: View, params: Record<string, string>) {
    if (!this.loaded.has(view)) {
      if (this.loadError?.view === view)
        return html`<kb-error .error=${new ApiError(String((this.loadError.error as Error)?.message ?? this.loadError.error), 'CHUNK')} .retry=${() => {
          this.loadError = null;
          this.ensure(view);
        }}></kb-error>`;
      this.ensure(view);
      return html`<p role="status">${t('common.loading')}</p>`;
    }
    // Every view takes its route parameters by property (the home view has none to read).
    const tag = unsafeStatic(VIEWS[view].tag);
    return staticHtml`<${tag} .params=${params}></${tag}>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-app': KbApp;
  }
}
