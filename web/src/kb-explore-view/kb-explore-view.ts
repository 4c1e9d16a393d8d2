import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import '../kb-error/kb-error.js';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError } from '../api/client.js';
import { history as historyApi, neighbourhood, type HistoryEvent, type Neighbourhood, type NodeSummary } from '../api/queries.js';
import { PageLoadValue } from '../controllers/page-load-value.js';
import { architectureMembers, cachedArchitectures, nodeFull, type NodeFull } from '../api/explore.js';
import { neighbourhoodToGraph, type GraphModel } from '../graph/elements.js';
import { compactLabels, exploreDepth, exploreFacets, filterFromParams, filterNeighbourhood, type ExploreFacets } from '../graph/explore-filter.js';
import { viewButtonStyles } from '../styles/view-styles.js';
import { LanguageController, t } from '../i18n/i18n.js';
import { LatestRequest, type RequestTicket } from '../controllers/latest-request.js';
import { listParam, navigate } from '../state/url.js';
import { kindLabel, provenanceLabel } from '../i18n/labels.js';
import { exportFileName } from '../graph/impact-model.js';
import { SVG_TYPE } from '../export/table-export.js';
import { downloadBlob } from '../export/download.js';
import type { KbGraph } from '../kb-graph/kb-graph.js';
import '../kb-graph/kb-graph.js';
import '../kb-node-panel/kb-node-panel.js';

/** Starting points offered when no node is chosen. */
const STARTS = [
  { id: 'component:qng-lgsp', label: 'explore.start.lgsp' },
  { id: 'ndb:dan-cu', label: 'explore.start.danCu' },
  { id: 'component:qng-httt-gq-tthc', label: 'explore.start.tthc' },
] as const;

interface Failure {
  message: string;
  code: string;
}
const failure = (e: unknown): Failure => (e instanceof ApiError ? { message: e.message, code: e.code } : { message: (e as Error).message, code: 'INTERNAL' });

/**
 * `<kb-explore-view>`: a node and its neighbourhood (depth 1–3) drawn with fcose, filters by kind,
 * provenance, architecture version, agency, layer and data domain (client-side, on what was
 * fetched), and the selected node's details in `<kb-node-panel>`. Fully driven by the URL:
 * `id` (root), `depth`, `sel` (node in the panel), `kinds`, `provenance`, `architecture`, `agency`,
 * `layer`, `domain`.
 *
 * @property params - the route parameters (state/url.ts).
 */
@customElement('kb-explore-view')
export class KbExploreView extends LitElement {
  static override styles = [
    viewButtonStyles,
    css`
    /* The view fills the window below the shell's header, the graph and panel taking what is left. */
    :host { display: flex; flex-direction: column; height: calc(100vh - 122px); min-height: 520px; }
    h2 { font-size: 1.05rem; margin: 0; }
    .bar { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; margin-bottom: 0.4rem; }
    .bar h2 { flex: 1 1 20rem; }
    .depth { display: inline-flex; align-items: center; gap: 0.3rem; }
    button:hover:not([disabled]) { background: #eef3f8; }
    button[disabled] { color: #555; cursor: default; background: #f0f0f0; }
    button.primary { background: #0072b2; border-color: #0072b2; color: #fff; }
    button.primary:hover { background: #005a8c; }
    .filters { display: flex; flex-wrap: wrap; gap: 0.3rem 0.9rem; align-items: center; font-size: 0.85rem; padding: 0.3rem 0.5rem; border: 1px solid #ccc; border-radius: 4px; background: #fafafa; margin-bottom: 0.4rem; }
    fieldset { border: 0; margin: 0; padding: 0; display: inline-flex; flex-wrap: wrap; gap: 0.15rem 0.5rem; align-items: center; }
    legend { float: left; font-weight: 600; margin-right: 0.35rem; padding: 0; }
    label { white-space: nowrap; }
    select { font: inherit; max-width: 14rem; }
    .main { display: grid; grid-template-columns: minmax(0, 1fr) 400px; gap: 0.6rem; flex: 1; min-height: 300px; }
    .graph { display: flex; flex-direction: column; min-height: 0; }
    kb-graph { flex: 1; min-height: 0; }
    .status { font-size: 0.82rem; color: #333; margin: 0.2rem 0 0; }
    aside { overflow: auto; border: 1px solid #ccc; border-radius: 4px; padding: 0.5rem 0.7rem; min-height: 0; }
    .actions { display: flex; flex-wrap: wrap; gap: 0.4rem; margin-bottom: 0.5rem; }
    .alert { border: 1px solid #b00020; background: #fdecee; color: #6d0014; padding: 0.5rem 0.7rem; border-radius: 4px; }
    .alert code { font-weight: 600; }
    .empty { max-width: 44rem; }
    .empty ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; }
    /* A phone: the graph above, the node panel below, the page scrolls. */
    @media (max-width: 760px) {
      :host { height: auto; min-height: 0; }
      /* minmax(0, …) and min-width 0: nothing in the panes may widen the page; wide content scrolls in its pane. */
      .main { grid-template-columns: minmax(0, 1fr); }
      .graph { height: 55vh; min-width: 0; }
      aside { overflow-x: auto; min-width: 0; }
      .filters, fieldset { min-width: 0; max-width: 100%; }
      label { white-space: normal; max-width: 100%; }
      select { max-width: 100%; }
    }
    .warn { color: #6b2d00; }
  `,
  ];

  @property({ attribute: false }) params: Record<string, string> = {};

  @state() private nb: Neighbourhood | null = null;
  @state() private nbError: Failure | null = null;
  @state() private nbLoading = false;
  @state() private members: Set<string> | null = null;
  private readonly archs = new PageLoadValue(this, cachedArchitectures, [] as NodeSummary[]);
  @state() private panelNode: NodeFull | null = null;
  @state() private panelHistory: HistoryEvent[] = [];
  @state() private panelError: Failure | null = null;
  @state() private panelLoading = false;
  /** What kb-graph drew after capping large neighbourhoods ("+N" summaries); null before it has drawn. */
  @state() private drawn: { nodes: number; hidden: number } | null = null;
  @state() private exportError: string | null = null;

  private model: GraphModel = { nodes: [], edges: [] };
  private facets: ExploreFacets | null = null;
  private shown = 0;
  private archKey = '';
  private filterKey: string | null = null;
  readonly i18n = new LanguageController(this);
  private readonly nbLoad = new LatestRequest(this, {
    key: () => (this.rootId ? `${this.rootId}|${this.depth}` : ''),
    load: (ticket) => this.loadNeighbourhood(ticket),
  });
  private readonly panelLoad = new LatestRequest(this, { key: () => this.panelId, load: (ticket) => this.loadPanel(ticket) });

  override disconnectedCallback() {
    super.disconnectedCallback();
    // Back on the page, the members and the drawn model are made again (the loads: LatestRequest).
    this.archKey = '';
    this.filterKey = null;
  }

  private get rootId() {
    return this.params.id ?? '';
  }
  private get depth() {
    return exploreDepth(this.params.depth);
  }
  private get panelId() {
    return this.params.sel || this.rootId;
  }

  override willUpdate(changed: PropertyValues) {
    this.nbLoad.loadIfChanged();
    const archKey = this.params.architecture ?? '';
    if (archKey !== this.archKey) {
      this.archKey = archKey;
      void this.loadMembers(archKey);
    }
    this.panelLoad.loadIfChanged();
    // The drawn model changes only with the data or the filters, never with the selection, so
    // selecting a node does not re-run the layout.
    const p = this.params;
    const filterKey = [p.kinds, p.provenance, p.architecture, p.agency, p.layer, p.domain].join('|');
    if (this.nb && (filterKey !== this.filterKey || changed.has('nb') || changed.has('members'))) {
      this.filterKey = filterKey;
      // Until the version's members arrive the version filter is not applied (rather than hiding all).
      const filtered = filterNeighbourhood(this.nb, filterFromParams(p, this.members));
      this.facets = exploreFacets(this.nb);
      this.shown = new Set([filtered.root.id, ...filtered.nodes.map((n) => n.id)]).size;
      this.model = compactLabels(neighbourhoodToGraph(filtered));
    }
  }

  override updated(changed: PropertyValues) {
    // A new node in the panel starts at its top, not where the previous one was scrolled to.
    if (changed.has('panelNode')) this.renderRoot.querySelector('aside')?.scrollTo({ top: 0 });
  }

  private async loadNeighbourhood(ticket: RequestTicket) {
    if (!this.rootId) {
      this.nb = null;
      return;
    }
    this.nbError = null;
    await ticket.settle(neighbourhood(this.rootId, this.depth), {
      busy: (b) => (this.nbLoading = b),
      ok: (nb) => (this.nb = nb),
      failed: (e) => {
        this.nb = null;
        this.nbError = failure(e);
      },
    });
  }

  private async loadMembers(arch: string) {
    if (!arch) {
      this.members = null;
      return;
    }
    try {
      const members = await architectureMembers(arch);
      if (arch === this.archKey && this.isConnected) this.members = members;
    } catch (e) {
      if (arch === this.archKey && this.isConnected) this.nbError = failure(e);
    }
  }

  private async loadPanel(ticket: RequestTicket) {
    const id = this.panelId;
    if (!id) {
      this.panelNode = null;
      return;
    }
    this.panelError = null;
    await ticket.settle(Promise.all([nodeFull(id), historyApi(id)]), {
      busy: (b) => (this.panelLoading = b),
      ok: ([node, events]) => {
        this.panelNode = node;
        this.panelHistory = events;
        if (!node) this.panelError = { message: t('explore.notFound', { id }), code: 'NOT_FOUND' };
      },
      failed: (e) => {
        this.panelNode = null;
        this.panelError = failure(e);
      },
    });
  }

  /** The drawing with a title, the root, depth and filters, and its legend. */
  private async exportPicture(kind: 'png' | 'svg') {
    const g = this.renderRoot.querySelector('kb-graph') as KbGraph | null;
    if (!g || !this.nb) return;
    this.exportError = null;
    const p = this.params;
    const filters = [
      p.kinds && `${t('explore.filterKinds')}: ${listParam(p.kinds).map(kindLabel).join(', ')}`,
      p.provenance && `${t('explore.filterProvenance')}: ${listParam(p.provenance).map(provenanceLabel).join(', ')}`,
      p.architecture && `${t('explore.filterArchitecture')}: ${p.architecture}`,
    ]
      .filter(Boolean)
      .join('; ');
    const meta = {
      title: `${t('explore.title')}: ${this.nb.root.name}`,
      parameters: [
        `${t('explore.depth')}: ${this.depth}${filters ? `; ${filters}` : ''}`,
        t('landscape.meta.date', { date: new Date().toISOString().slice(0, 10) }),
      ],
    };
    try {
      const blob = kind === 'png' ? await g.exportPng(meta) : new Blob([await g.exportSvg(meta)], { type: SVG_TYPE });
      downloadBlob(blob, exportFileName('explore', this.nb.root.id, kind));
    } catch (e) {
      this.exportError = (e as Error).message;
    }
  }

  private go(params: Record<string, string>, replace = false) {
    navigate(this, { params, replace });
  }

  private openNode(id: string) {
    this.go({ id, sel: '' });
  }

  /** Toggles one value of a list parameter whose absence means "all of `all`". */
  private toggle(param: 'kinds' | 'provenance', value: string, all: string[]) {
    const current = new Set(listParam(this.params[param]).length ? listParam(this.params[param]) : all);
    if (current.has(value)) current.delete(value);
    else current.add(value);
    const next = all.filter((v) => current.has(v));
    this.go({ [param]: next.length === all.length ? '' : next.join(',') }, true);
  }

  override render() {
    if (!this.rootId) return this.renderStart();
    const rootName = this.nb?.root.name ?? this.panelNode?.name ?? this.rootId;
    return html`<div class="bar">
        <h2>${t('explore.title')}: ${rootName}</h2>
        <span class="depth" role="group" aria-label=${t('explore.depth')}>
          <span>${t('explore.depth')}</span>
          <button type="button" aria-label=${t('explore.depthLess')} ?disabled=${this.depth <= 1} @click=${() => this.go({ depth: String(this.depth - 1) }, true)}>−</button>
          <output aria-live="polite">${this.depth}</output>
          <button type="button" aria-label=${t('explore.depthMore')} ?disabled=${this.depth >= 3} @click=${() => this.go({ depth: String(this.depth + 1) }, true)}>+</button>
        </span>
        <button type="button" @click=${() => navigate(this, { view: 'impact', params: { id: this.panelId } })}>${t('explore.toImpact')}</button>
        ${
          this.nb
            ? html`<button type="button" data-export="png" @click=${() => void this.exportPicture('png')}>${t('impact.exportPng')}</button>
              <button type="button" data-export="svg" @click=${() => void this.exportPicture('svg')}>${t('impact.exportSvg')}</button>`
            : nothing
        }
      </div>
      ${this.renderFilters()}
      ${this.nbError ? this.renderError(this.nbError, () => this.nbLoad.reload()) : nothing}
      <div class="main">
        <section class="graph" aria-label=${t('explore.graphLabel')}>
          <kb-graph
            layout="fcose"
            .model=${this.model}
            @kb-node-select=${(e: CustomEvent<{ id: string }>) => this.go({ sel: e.detail.id === this.rootId ? '' : e.detail.id }, true)}
            @kb-graph-drawn=${(e: CustomEvent<{ nodes: number; hidden: number }>) => (this.drawn = e.detail)}
          ></kb-graph>
          ${this.exportError ? html`<p role="alert">${t('impact.exportFailed', { message: this.exportError })}</p>` : nothing}
          <p class="status" role="status">
            ${
              this.nbLoading
                ? t('common.loading')
                : this.nb
                  ? html`${t('explore.shown', { shown: this.drawn?.nodes ?? this.shown, total: new Set([this.nb.root.id, ...this.nb.nodes.map((n) => n.id)]).size })}${this.drawn?.hidden ? ` ${t('graph.hidden', { n: this.drawn.hidden })}` : ''}`
                  : ''
            }
            ${this.nb?.truncated ? html` <span class="warn">${t('explore.truncated')}</span>` : nothing}
          </p>
        </section>
        <aside aria-label=${t('explore.panel.label')}>
          <div class="actions">
            ${
              this.params.sel && this.params.sel !== this.rootId
                ? html`<button type="button" class="primary" @click=${() => this.openNode(this.params.sel)}>${t('explore.expand')}</button>
                  <button type="button" @click=${() => this.go({ sel: '' }, true)}>${t('explore.backToRoot')}</button>`
                : nothing
            }
          </div>
          ${
            this.panelError
              ? // The root's own failure is already said above the graph.
                this.params.sel || !this.nbError
                ? this.renderError(this.panelError, () => this.panelLoad.reload())
                : nothing
              : this.panelLoading && !this.panelNode
                ? html`<p role="status">${t('common.loading')}</p>`
                : html`<kb-node-panel .node=${this.panelNode} .history=${this.panelHistory} @kb-node-open=${(e: CustomEvent<{ id: string }>) => this.openNode(e.detail.id)}></kb-node-panel>`
          }
        </aside>
      </div>`;
  }

  private renderStart() {
    return html`<section class="empty">
      <h2>${t('explore.emptyTitle')}</h2>
      <p>${t('explore.emptyText')}</p>
      <ul>
        ${STARTS.map((s) => html`<li><button type="button" class="primary" data-id=${s.id} @click=${() => this.openNode(s.id)}>${t(s.label)}</button></li>`)}
      </ul>
    </section>`;
  }

  private renderFilters() {
    const f = this.facets;
    if (!f) return nothing;
    const p = this.params;
    const filtering = !!(p.kinds || p.provenance || p.architecture || p.agency || p.layer || p.domain);
    const kinds = f.kinds.map((k) => k.value);
    const provs = f.provenance.map((k) => k.value);
    const shownKinds = listParam(p.kinds).length ? listParam(p.kinds) : kinds;
    const shownProvs = listParam(p.provenance).length ? listParam(p.provenance) : provs;
    const select = (param: 'architecture' | 'agency' | 'layer' | 'domain', label: string, options: NodeSummary[]) =>
      html`<label
        >${label}
        <select @change=${(e: Event) => this.go({ [param]: (e.target as HTMLSelectElement).value }, true)}>
          <option value="" ?selected=${!p[param]}>${t('explore.any')}</option>
          ${options.map((o) => html`<option value=${o.id} ?selected=${p[param] === o.id}>${o.name}</option>`)}
        </select></label
      >`;
    return html`<form class="filters" aria-label=${t('explore.filters')} @submit=${(e: Event) => e.preventDefault()}>
      <fieldset>
        <legend>${t('explore.filterKinds')}</legend>
        ${f.kinds.map((k) => {
          const on = shownKinds.includes(k.value);
          return html`<label><input type="checkbox" .checked=${on} ?disabled=${on && shownKinds.filter((x) => kinds.includes(x)).length === 1} @change=${() => this.toggle('kinds', k.value, kinds)} />
            ${kindLabel(k.value)} (${k.count})</label>`;
        })}
      </fieldset>
      <fieldset>
        <legend>${t('explore.filterProvenance')}</legend>
        ${f.provenance.map((k) => {
          const on = shownProvs.includes(k.value);
          return html`<label><input type="checkbox" .checked=${on} ?disabled=${on && shownProvs.filter((x) => provs.includes(x)).length === 1} @change=${() => this.toggle('provenance', k.value, provs)} />
            ${provenanceLabel(k.value)}</label>`;
        })}
      </fieldset>
      ${select('architecture', t('explore.filterArchitecture'), this.archs.value)}
      ${f.agencies.length || p.agency ? select('agency', t('explore.filterAgency'), f.agencies) : nothing}
      ${f.layers.length || p.layer ? select('layer', t('explore.filterLayer'), f.layers) : nothing}
      ${f.domains.length || p.domain ? select('domain', t('explore.filterDomain'), f.domains) : nothing}
      ${
        filtering
          ? html`<button type="button" @click=${() => this.go({ kinds: '', provenance: '', architecture: '', agency: '', layer: '', domain: '' }, true)}>${t('explore.clearFilters')}</button>`
          : nothing
      }
    </form>`;
  }

  private renderError(f: Failure, retry: () => void) {
    return html`<kb-error .error=${new ApiError(f.message, f.code)} .retry=${retry}></kb-error>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-explore-view': KbExploreView;
  }
}
