import { LitElement, css, html, nothing } from 'lit';
import '../kb-error/kb-error.js';
import { customElement, state } from 'lit/decorators.js';
import { dashboard, type Dashboard, type DashboardEvent } from '../api/dashboard.js';
import { ApiError } from '../api/client.js';
import type { LabelKey } from '../i18n/dictionary.js';
import { LatestRequest, type RequestTicket } from '../controllers/latest-request.js';
import { getLang, LanguageController, t } from '../i18n/i18n.js';
import { kindLabel, relTypeLabel } from '../i18n/labels.js';
import { formatRoute, navigate, type View } from '../state/url.js';
import { tableHead } from '../render/table-head.js';

/** One card per kind of user, each with its first action. */
export const PERSONAS: { key: string; view: View | null; params: Record<string, string>; href?: string }[] = [
  { key: 'architect', view: 'impact', params: { id: 'ndb:dan-cu' } },
  { key: 'appraiser', view: 'appraisal', params: {} },
  { key: 'editor', view: 'edit', params: { mode: 'node' } },
  { key: 'planner', view: 'architecture', params: { architecture: 'arch:qng-3.0' } },
  { key: 'national', view: 'national', params: { id: 'ndb:dan-cu' } },
  { key: 'tools', view: null, params: {}, href: '/graphql' },
];

const PROVENANCE_COLOUR: Record<string, string> = { stated: '#0072B2', inferred: '#56B4E9', example: '#E69F00', external: '#999999' };
const pct = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);

/**
 * `<kb-home-view>`: what akb is and whom it serves, in two sentences; the graph in figures (by
 * kind, by province, by provenance), how completely its systems are described, the recent changes,
 * and a card per kind of user with its first action. One GraphQL request (`dashboard`).
 *
 * @fires kb-navigate - from a card, a figure or a recent change.
 */
@customElement('kb-home-view')
export class KbHomeView extends LitElement {
  static override styles = css`
    :host { display: block; max-width: 84rem; }
    h2 { font-size: 1.35rem; margin: 0.2rem 0 0.3rem; }
    h3 { font-size: 1.02rem; margin: 0 0 0.45rem; }
    p.lead { font-size: 1rem; max-width: 62rem; margin: 0 0 0.8rem; line-height: 1.45; }
    .personas { display: grid; grid-template-columns: repeat(auto-fill, minmax(13.5rem, 1fr)); gap: 0.6rem; margin: 0 0 1rem; padding: 0; list-style: none; }
    .persona { border: 1px solid #b8c7d6; border-radius: 6px; padding: 0.6rem 0.7rem; background: #f6f9fc; display: flex; flex-direction: column; gap: 0.35rem; }
    .persona h3 { margin: 0; font-size: 0.95rem; }
    .persona p { margin: 0; font-size: 0.85rem; color: #222; flex: 1; }
    .persona a { align-self: flex-start; font-weight: 600; color: #fff; background: #0b4f8a; border-radius: 4px; padding: 0.3rem 0.65rem; text-decoration: none; }
    .persona a:focus-visible, .persona a:hover { background: #063a66; }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(19rem, 1fr)); gap: 0.8rem; }
    section.card { border: 1px solid #ccc; border-radius: 6px; padding: 0.6rem 0.8rem; }
    .figures { display: flex; flex-wrap: wrap; gap: 0.5rem 1.2rem; margin: 0 0 0.5rem; }
    .figure { display: flex; flex-direction: column; }
    .figure b { font-size: 1.45rem; color: #0b4f8a; }
    .figure span { font-size: 0.82rem; color: #333; }
    table { border-collapse: collapse; width: 100%; font-size: 0.86rem; }
    th, td { text-align: left; padding: 0.12rem 0.3rem; border-bottom: 1px solid #eee; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    .bar { height: 0.6rem; background: #0072b2; border-radius: 2px; min-width: 1px; }
    .stack { display: flex; height: 1.1rem; border-radius: 3px; overflow: hidden; border: 1px solid #999; margin: 0.15rem 0 0.3rem; }
    .stack span { display: block; height: 100%; }
    ul.keys { list-style: none; display: flex; flex-wrap: wrap; gap: 0.2rem 0.9rem; padding: 0; margin: 0; font-size: 0.84rem; }
    .sw { display: inline-block; width: 0.8rem; height: 0.8rem; border: 1px solid #555; vertical-align: -0.1rem; margin-right: 0.25rem; }
    .cov { display: grid; grid-template-columns: 1fr auto; gap: 0.15rem 0.6rem; align-items: center; font-size: 0.86rem; }
    .meter { grid-column: 1 / -1; height: 0.5rem; background: #e6e6e6; border-radius: 3px; overflow: hidden; margin-bottom: 0.25rem; }
    .meter span { display: block; height: 100%; background: #009e73; }
    ol.events { list-style: none; padding: 0; margin: 0; font-size: 0.86rem; }
    ol.events li { padding: 0.2rem 0; border-bottom: 1px solid #eee; }
    .when { color: #333; font-size: 0.8rem; }
    button.link { background: none; border: none; padding: 0; color: #0b4f8a; text-decoration: underline; cursor: pointer; font: inherit; text-align: left; }
    [role='alert'] { border: 1px solid #b00020; background: #fdecee; color: #7a0016; padding: 0.5rem 0.75rem; border-radius: 4px; }
    .muted { color: #333; font-size: 0.85rem; }
  `;

  @state() private data: Dashboard | null = null;
  @state() private error: ApiError | null = null;
  readonly i18n = new LanguageController(this);
  /** The figures do not depend on parameters: loaded each time the page shows the view. */
  private readonly figures = new LatestRequest(this, { key: () => 'dashboard', load: (ticket) => this.load(ticket) });

  override willUpdate() {
    this.figures.loadIfChanged();
  }

  private async load(ticket: RequestTicket) {
    this.error = null;
    try {
      const d = await dashboard(8, ticket.signal);
      if (ticket.isCurrent()) this.data = d;
    } catch (e) {
      if ((e as Error).name === 'AbortError') return;
      this.error = e instanceof ApiError ? e : new ApiError((e as Error).message, 'INTERNAL');
    }
  }

  private go(view: View, params: Record<string, string>) {
    navigate(this, { view, params });
  }

  override render() {
    return html`<h2>${t('home.title')}</h2>
      <p class="lead">${t('home.lead')}</p>
      <ul class="personas" aria-label=${t('home.personas')}>
        ${PERSONAS.map((p) => this.renderPersona(p))}
      </ul>
      ${
        this.error
          ? html`<kb-error .error=${this.error} .retry=${() => this.figures.reload()}></kb-error>`
          : !this.data
            ? html`<p role="status">${t('common.loading')}</p>`
            : this.renderDashboard(this.data)
      }`;
  }

  private renderPersona(p: (typeof PERSONAS)[number]) {
    const href = p.href ?? formatRoute({ view: p.view!, lang: getLang(), params: p.params });
    return html`<li class="persona" data-persona=${p.key}>
      <h3>${t(`home.persona.${p.key}` as LabelKey)}</h3>
      <p>${t(`home.persona.${p.key}.text` as LabelKey)}</p>
      <a
        href=${href}
        @click=${(e: MouseEvent) => {
          if (!p.view || e.ctrlKey || e.metaKey || e.shiftKey) return;
          e.preventDefault();
          this.go(p.view, p.params);
        }}
        >${t(`home.persona.${p.key}.action` as LabelKey)}</a
      >
    </li>`;
  }

  private renderDashboard(d: Dashboard) {
    const count = (kind: string) => d.byKind.find((k) => k.name === kind)?.count ?? 0;
    const headline: [string, number][] = [
      ['Component', count('Component')],
      ['NationalDatabase', count('NationalDatabase')],
      ['Architecture', count('Architecture')],
      ['Agency', count('Agency')],
      ['Task', count('Task')],
    ];
    return html`<div class="grid">
      <section class="card" aria-labelledby="h-figures" data-testid="figures">
        <h3 id="h-figures">${t('home.figures')}</h3>
        <div class="figures">
          <div class="figure"><b data-figure="nodes">${this.num(d.nodes)}</b><span>${t('home.nodes')}</span></div>
          <div class="figure"><b data-figure="relationships">${this.num(d.relationships)}</b><span>${t('home.relationships')}</span></div>
          ${headline.map(([k, n]) => html`<div class="figure"><b data-figure=${k}>${this.num(n)}</b><span>${kindLabel(k)}</span></div>`)}
        </div>
        ${this.renderKinds(d)}
      </section>
      <section class="card" aria-labelledby="h-provenance" data-testid="provenance">
        <h3 id="h-provenance">${t('home.provenance')}</h3>
        ${this.renderStack(
          t('home.nodes'),
          d.byProvenance.map((p) => [p.provenance, p.nodes]),
          d.nodes,
        )}
        ${this.renderStack(
          t('home.relationships'),
          d.byProvenance.map((p) => [p.provenance, p.relationships]),
          d.relationships,
        )}
        <p class="muted">${t('home.provenanceNote')}</p>
        <h3 id="h-coverage">${t('home.coverage', { n: d.coverage.components })}</h3>
        <div class="cov" data-testid="coverage">${this.renderCoverage(d)}</div>
      </section>
      <section class="card" aria-labelledby="h-provinces" data-testid="provinces">
        <h3 id="h-provinces">${t('home.byProvince')}</h3>
        ${this.renderProvinces(d)}
      </section>
      <section class="card" aria-labelledby="h-recent" data-testid="recent">
        <h3 id="h-recent">${t('home.recent')}</h3>
        ${d.recentChanges.length ? html`<ol class="events">${d.recentChanges.map((e) => this.renderEvent(e))}</ol>` : html`<p class="muted">${t('home.noRecent')}</p>`}
      </section>
    </div>`;
  }

  private num(n: number) {
    return n.toLocaleString(getLang() === 'en' ? 'en-GB' : 'vi-VN');
  }

  private renderKinds(d: Dashboard) {
    const max = Math.max(1, ...d.byKind.map((k) => k.count));
    return html`<table>
      <caption class="muted" style="text-align:left">${t('home.byKind')}</caption>
      ${tableHead(['home.kind', { label: 'home.count', num: true }, { label: 'home.share', quiet: 'muted' }])}
      <tbody>
        ${d.byKind.map(
          (k) => html`<tr data-kind=${k.name}>
            <th scope="row">${kindLabel(k.name)}</th>
            <td class="num">${this.num(k.count)}</td>
            <td style="width:40%"><div class="bar" style="width:${(k.count / max) * 100}%" aria-hidden="true"></div></td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderStack(label: string, parts: [string, number][], total: number) {
    const shown = parts.filter(([, n]) => n > 0);
    return html`<div>
      <div><strong>${label}</strong> <span class="muted">(${this.num(total)})</span></div>
      <div class="stack" aria-hidden="true">${shown.map(([p, n]) => html`<span style="width:${(n / Math.max(1, total)) * 100}%;background:${PROVENANCE_COLOUR[p] ?? '#777'}"></span>`)}</div>
      <ul class="keys">
        ${shown.map(([p, n]) => html`<li data-provenance=${p}><span class="sw" style="background:${PROVENANCE_COLOUR[p] ?? '#777'}"></span>${this.provenanceLabel(p)}: ${this.num(n)} (${pct(n, total)}%)</li>`)}
      </ul>
    </div>`;
  }

  private provenanceLabel(p: string) {
    const key = `provenance.${p}` as LabelKey;
    const text = t(key);
    return text === key ? p : text;
  }

  private renderCoverage(d: Dashboard) {
    const c = d.coverage;
    const rows: [string, number][] = [
      ['home.cov.layer', c.withLayer],
      ['home.cov.architecture', c.inArchitecture],
      ['home.cov.owner', c.withOwner],
      ['home.cov.source', c.withSource],
    ];
    return rows.map(
      ([
        key,
        n,
      ]) => html`<span>${t(key as LabelKey)}</span><span class="num" data-coverage=${key}>${this.num(n)}/${this.num(c.components)} (${pct(n, c.components)}%)</span>
        <div class="meter" aria-hidden="true"><span style="width:${pct(n, c.components)}%"></span></div>`,
    );
  }

  private renderProvinces(d: Dashboard) {
    const rows = d.byProvince.slice(0, 12);
    const max = Math.max(1, ...rows.map((p) => p.count));
    return html`<table>
        ${tableHead(['national.col.province', { label: 'home.count', num: true }, { label: 'home.share', quiet: 'muted' }])}
        <tbody>
          ${rows.map(
            (p) => html`<tr data-province=${p.province ?? ''}>
              <th scope="row">${p.province ?? t('national.none')}</th>
              <td class="num">${this.num(p.count)}</td>
              <td style="width:40%"><div class="bar" style="width:${(p.count / max) * 100}%;background:#e6550d" aria-hidden="true"></div></td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${d.byProvince.length > rows.length ? html`<p class="muted">${t('home.moreProvinces', { n: d.byProvince.length - rows.length })}</p>` : nothing}
      <p><button type="button" class="link" @click=${() => this.go('national', {})}>${t('home.openNational')}</button></p>`;
  }

  private renderEvent(e: DashboardEvent) {
    const when = new Date(e.at);
    const whenText = Number.isNaN(when.getTime())
      ? e.at
      : when.toLocaleString(getLang() === 'en' ? 'en-GB' : 'vi-VN', { dateStyle: 'short', timeStyle: 'short' });
    const op = t(`home.op.${e.operation}` as LabelKey);
    const name = (id: string | null, label: string | null) =>
      id && label && e.operation !== 'deleteNode'
        ? html`<button type="button" class="link" @click=${() => this.go('explore', { id })}>${label}</button>`
        : html`<span>${label ?? id ?? ''}</span>`;
    return html`<li data-operation=${e.operation}>
      <strong>${op.startsWith('home.op.') ? e.operation : op}</strong>
      ${e.operation === 'importData' ? html`${t('home.imported', { n: e.targetCount })}` : name(e.nodeId, e.nodeName)}
      ${e.relationshipType ? html` <span class="muted">${relTypeLabel(e.relationshipType)}</span> ${name(e.otherId, e.otherName)}` : nothing}
      ${e.nodeKind && e.operation.endsWith('Node') ? html` <span class="muted">(${kindLabel(e.nodeKind)})</span>` : nothing}
      <div class="when">${whenText} · ${e.actor}</div>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-home-view': KbHomeView;
  }
}
