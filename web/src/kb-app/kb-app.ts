import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { LanguageController, setLang, getLang, t } from '../i18n/i18n.js';
import { NAVIGATE_EVENT, VIEWS, formatRoute, parseRoute, type NavigateDetail, type Route } from '../state/url.js';
import '../kb-search/kb-search.js';
import '../kb-home-view/kb-home-view.js';
import '../kb-explore-view/kb-explore-view.js';
import '../kb-impact-view/kb-impact-view.js';
import '../kb-national/kb-national-view.js';
import '../kb-duplication-view/kb-duplication-view.js';
import '../kb-appraisal-view/kb-appraisal-view.js';
import '../kb-architecture-view/kb-architecture-view.js';
import '../kb-edit-view/kb-edit-view.js';
import '../kb-import-view/kb-import-view.js';

/**
 * `<kb-app>`: the shell. Search at the top, the views as tabs, the language toggle; the route
 * (view + parameters + language) lives in the URL and every view receives its parameters by
 * property (`params`). Views change the route by firing `kb-navigate`.
 */
@customElement('kb-app')
export class KbApp extends LitElement {
  static override styles = css`
    :host { display: block; font-family: system-ui, 'Segoe UI', Roboto, sans-serif; color: #111; }
    header { display: grid; grid-template-columns: auto 1fr auto; gap: 1rem; align-items: center; padding: 0.5rem 1rem; border-bottom: 2px solid #0072b2; }
    h1 { font-size: 1.1rem; margin: 0; }
    h1 a.home { color: inherit; text-decoration: none; }
    nav { display: flex; gap: 0.25rem; padding: 0.25rem 1rem; border-bottom: 1px solid #ccc; flex-wrap: wrap; }
    nav a { padding: 0.35rem 0.75rem; border-radius: 4px 4px 0 0; color: #0b4f8a; text-decoration: none; }
    nav a[aria-current='page'] { background: #0072b2; color: #fff; }
    button.lang { font: inherit; padding: 0.3rem 0.7rem; }
    main { padding: 0.75rem 1rem; }
    @media print { header, nav { display: none; } main { padding: 0; } }
  `;

  @state() private route: Route = parseRoute(location.search);
  readonly i18n = new LanguageController(this);
  private readonly onPop = () => this.apply(parseRoute(location.search));

  override connectedCallback() {
    super.connectedCallback();
    setLang(this.route.lang);
    addEventListener('popstate', this.onPop);
    this.addEventListener(NAVIGATE_EVENT, this.onNavigate as EventListener);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('popstate', this.onPop);
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

  override render() {
    const { view, params } = this.route;
    return html`<header>
        <h1><a class="home" href=${formatRoute({ view: 'home', lang: this.route.lang, params: {} })} @click=${(e: Event) => {
          e.preventDefault();
          this.go({ ...this.route, view: 'home', params: {} });
        }}>${t('app.title')}</a></h1>
        <kb-search @kb-search-select=${(e: CustomEvent<{ id: string }>) => this.go({ ...this.route, view: view === 'impact' ? 'impact' : 'explore', params: { id: e.detail.id } })}></kb-search>
        <button class="lang" lang=${getLang() === 'vi' ? 'en' : 'vi'} title=${t('app.languageLabel')} @click=${this.toggleLang}>${t('app.language')}</button>
      </header>
      <nav aria-label=${t('nav.label')}>
        ${VIEWS.map(
          (v) => html`<a href=${formatRoute({ view: v, lang: this.route.lang, params: params.id && v !== 'home' ? { id: params.id } : {} })} aria-current=${v === view ? 'page' : nothing}
            @click=${(e: Event) => {
              e.preventDefault();
              this.go({ ...this.route, view: v, params: params.id && v !== 'home' ? { id: params.id } : {} });
            }}>${t(`nav.${v}`)}</a>`,
        )}
      </nav>
      <main>${this.renderView(view, params)}</main>`;
  }

  private renderView(view: Route['view'], params: Record<string, string>) {
    switch (view) {
      case 'impact':
        return html`<kb-impact-view .params=${params}></kb-impact-view>`;
      case 'national':
        return html`<kb-national-view .params=${params}></kb-national-view>`;
      case 'duplication':
        return html`<kb-duplication-view .params=${params}></kb-duplication-view>`;
      case 'appraisal':
        return html`<kb-appraisal-view .params=${params}></kb-appraisal-view>`;
      case 'architecture':
        return html`<kb-architecture-view .params=${params}></kb-architecture-view>`;
      case 'edit':
        return html`<kb-edit-view .params=${params}></kb-edit-view>`;
      case 'import':
        return html`<kb-import-view .params=${params}></kb-import-view>`;
      case 'home':
        return html`<kb-home-view></kb-home-view>`;
      default:
        return html`<kb-explore-view .params=${params}></kb-explore-view>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-app': KbApp;
  }
}
