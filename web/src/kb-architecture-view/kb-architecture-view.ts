import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import '../kb-error/kb-error.js';
import { customElement, property, state } from 'lit/decorators.js';
import {
  architectureDiff,
  architectureLandscape,
  type ArchitectureDiff,
  type ArchitectureLandscape,
  type DiffItem,
  type LandscapePlacementView,
} from '../api/architecture.js';
import { ApiError } from '../api/client.js';
import { LatestRequest, type RequestTicket } from '../controllers/latest-request.js';
import { asApiError } from '../controllers/load-state.js';
import { nodesOfKind, type NodeSummary, type SourceRef } from '../api/queries.js';
import { DIFF_MARKER, LANDSCAPE, landscapeLayout, type ArchitectureGraph, type DiffChange } from '../graph/architecture.js';
import { SVG_TYPE } from '../export/table-export.js';
import { downloadBlob } from '../export/download.js';
import { exportFileName } from '../graph/impact-model.js';
import type { LabelKey } from '../i18n/dictionary.js';
import { getLang, LanguageController, pick, t } from '../i18n/i18n.js';
import { fieldLabel, kindLabel, relTypeLabel } from '../i18n/labels.js';
import { navigate } from '../state/url.js';
import type { KbGraph } from '../kb-graph/kb-graph.js';
import '../kb-graph/kb-graph.js';

export const DEFAULT_ARCHITECTURE = 'arch:qng-3.0';

const EMPTY_GRAPH: ArchitectureGraph = { nodes: [], edges: [], bands: [], width: 0, height: 0 };

/**
 * `<kb-architecture-view>`: the overall diagram of an architecture version as a layered landscape
 * (graph/architecture.ts): one band per layer in the version's order, every component placed in a
 * layer (stated, or inferred by a named rule the server explains), boxes with readable wrapped
 * names grouped by their group, connections shown on hover or selection (or all, on request), a
 * band list to zoom to a band, PNG/SVG exports with a title, the version and the legend; and,
 * against another version, what changed: added, removed, merged (arrow to the node merged into),
 * status changed, renamed, national references added and dropped, each with its source quotes.
 *
 * @property params - route parameters: `architecture` (version id, default arch:qng-3.0),
 *   `compare` (another version id; shows the diff from it to `architecture`), `others` ('0' hides
 *   the "Other" band), `edges` ('all' shows every connection), `sel` (the selected component).
 * @fires kb-navigate - to change version, comparison or selection, and to explore a component.
 */
@customElement('kb-architecture-view')
export class KbArchitectureView extends LitElement {
  static override styles = css`
    :host { display: block; }
    h2 { font-size: 1.15rem; margin: 0 0 0.4rem; }
    h3 { font-size: 1rem; margin: 0.1rem 0 0.4rem; }
    .controls { display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; align-items: center; margin-bottom: 0.5rem; }
    .controls label { display: flex; align-items: center; gap: 0.4rem; font-size: 0.9rem; }
    select, button, input { font: inherit; }
    select { padding: 0.2rem 0.3rem; width: 19rem; max-width: 100%; }
    .layout { display: grid; grid-template-columns: minmax(0, 1fr) 22rem; gap: 0.75rem; align-items: start; }
    .drawing h3 { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    kb-graph { height: max(380px, calc(100vh - 262px)); }
    aside { height: max(380px, calc(100vh - 212px)); overflow: auto; border: 1px solid #bbb; padding: 0.5rem 0.75rem; box-sizing: border-box; }
    .counts-line { margin: 0 0 0.3rem; font-size: 0.88rem; color: #222; }
    .tools { display: flex; flex-wrap: wrap; gap: 0.3rem 0.6rem; align-items: center; margin: 0 0 0.3rem; font-size: 0.88rem; }
    .tools button { font: inherit; padding: 0.15rem 0.55rem; border: 1px solid #555; border-radius: 4px; background: #fff; color: #111; cursor: pointer; }
    .tools button:hover { background: #eef3f8; }
    .badge { font-size: 0.78rem; padding: 0 0.3rem; border-radius: 3px; border: 1px solid #777; }
    .badge.inferred { border-style: dashed; }
    .explain { font-size: 0.88rem; margin: 0.3rem 0; }
    dl.facts { display: grid; grid-template-columns: auto 1fr; gap: 0.15rem 0.6rem; font-size: 0.88rem; margin: 0.3rem 0; }
    dl.facts dt { font-weight: 600; }
    dl.facts dd { margin: 0; }
    ol.bands button.zoom { font: inherit; font-size: 0.8rem; padding: 0 0.35rem; margin-left: 0.3rem; border: 1px solid #777; border-radius: 3px; background: #fff; cursor: pointer; }
    .count { color: #333; font-size: 0.82rem; }
    .summary, .counts { margin: 0 0 0.5rem; font-size: 0.9rem; }
    details { margin: 0.25rem 0; border-top: 1px solid #ddd; padding-top: 0.25rem; }
    summary { cursor: pointer; font-weight: 600; }
    ul.items { list-style: none; padding: 0; margin: 0.25rem 0; }
    ul.items > li { margin: 0.35rem 0; }
    .marker { display: inline-block; min-width: 1.1em; font-weight: bold; }
    button.link { background: none; border: none; padding: 0; color: #0b4f8a; text-decoration: underline; cursor: pointer; text-align: left; vertical-align: top; }
    .status { font-size: 0.85rem; color: #333; }
    .example { font-size: 0.8rem; background: #fff3c4; color: #5a4500; padding: 0 0.3rem; border-radius: 3px; }
    blockquote { margin: 0.2rem 0 0.2rem 0.75rem; padding-left: 0.5rem; border-left: 3px solid #999; font-size: 0.85rem; color: #222; }
    cite { font-style: normal; color: #333; font-size: 0.8rem; }
    .merge { border-left: 4px double #a0457e; padding-left: 0.5rem; }
    .merge ul { margin: 0; padding-left: 0.25rem; list-style: none; }
    [role='alert'] { border: 1px solid #b00020; background: #fdecee; color: #7a0016; padding: 0.5rem 0.75rem; border-radius: 4px; }
    ol.bands { margin: 0; padding-left: 1.5rem; font-size: 0.9rem; }
    ol.bands > li { margin: 0.3rem 0; }
    ol.bands ul { margin: 0.1rem 0 0; padding-left: 1rem; }
    @media (max-width: 1000px) { .layout { grid-template-columns: 1fr; } aside { height: auto; } }
    @media print { .controls { display: none; } aside { height: auto; overflow: visible; } }
  `;

  @property({ attribute: false }) params: Record<string, string> = {};

  @state() private versions: NodeSummary[] = [];
  @state() private diagram: ArchitectureLandscape | null = null;
  @state() private compareDiagram: ArchitectureLandscape | null = null;
  @state() private diff: ArchitectureDiff | null = null;
  @state() private loading = false;
  @state() private error: ApiError | null = null;
  @state() private notFound = false;
  @state() private highlight: string[] = [];
  @state() private graph: ArchitectureGraph = EMPTY_GRAPH;
  @state() private exportError: string | null = null;
  private readonly diagramLoad = new LatestRequest(this, { key: () => `${this.architecture}|${this.compare}`, load: (ticket) => this.load(ticket) });
  private builtKey = '';
  private width = 900;
  private resize: ResizeObserver | null = null;
  readonly i18n = new LanguageController(this);

  private get architecture() {
    return this.params.architecture || DEFAULT_ARCHITECTURE;
  }

  private get showOthers() {
    return this.params.others !== '0';
  }

  private get compare() {
    const c = this.params.compare ?? '';
    return c && c !== this.architecture ? c : '';
  }

  private get allEdges() {
    return this.params.edges === 'all';
  }

  private get selected(): string {
    return this.params.sel ?? '';
  }

  override connectedCallback() {
    super.connectedCallback();
    void this.loadVersions();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.resize?.disconnect();
    this.resize = null;
  }

  override willUpdate() {
    // The key follows the route only; back on the page, the controller loads again.
    this.diagramLoad.loadIfChanged();
    // Band names, statuses and the width are written into the model: rebuild when they change.
    if (this.buildKey() !== this.builtKey) this.rebuild();
  }

  override firstUpdated() {
    // The landscape is laid out for the drawing's width (12 px text at zoom 1): follow the view's width.
    this.resize = new ResizeObserver(() => this.measure());
    this.resize.observe(this);
  }

  /** The width the landscape's boxes get: the view less the side panel (22rem), the band names and margins. */
  private landscapeWidth(): number {
    const host = this.getBoundingClientRect().width || 1200;
    const rem = Number.parseFloat(getComputedStyle(this).fontSize) || 16;
    const drawing = host > 1000 ? host - 22 * rem - 12 : host;
    return Math.max(360, Math.floor((drawing - LANDSCAPE.labelColumn - 44) / 20) * 20);
  }

  private measure() {
    const width = this.landscapeWidth();
    if (Math.abs(width - this.width) >= 40) {
      this.width = width;
      this.rebuild();
    }
  }

  private buildKey() {
    return [getLang(), this.showOthers, this.width, this.diagram?.id, this.compareDiagram?.id, this.diff ? `${this.diff.from.id}>${this.diff.to.id}` : ''].join(
      '|',
    );
  }

  private async loadVersions() {
    try {
      const page = await nodesOfKind('Architecture', 100);
      this.versions = [...page.nodes].sort((a, b) => a.id.localeCompare(b.id));
    } catch {
      // The selector then offers the current version only; the diagram's own load reports errors.
      this.versions = [];
    }
  }

  private async load(ticket: RequestTicket) {
    const arch = this.architecture;
    const compare = this.compare;
    const { signal } = ticket;
    this.error = null;
    this.notFound = false;
    const answers = Promise.all([
      architectureLandscape(arch, signal).catch((e: unknown) => {
        // No such version, or not a version: say so rather than fail.
        if (e instanceof ApiError && (e.code === 'NOT_FOUND' || e.code === 'VALIDATION_FAILED')) return null;
        throw e;
      }),
      compare ? architectureLandscape(compare, signal).catch(() => null) : Promise.resolve(null),
      compare ? architectureDiff(compare, arch, signal).catch(() => null) : Promise.resolve(null),
    ]);
    await ticket.settle(answers, {
      busy: (b) => (this.loading = b),
      ok: ([diagram, compareDiagram, diff]) => {
        this.diagram = diagram;
        this.compareDiagram = compareDiagram;
        this.diff = diff;
        this.notFound = !diagram;
        this.rebuild();
      },
      failed: (e) => {
        this.error = asApiError(e);
        this.diagram = null;
        this.diff = null;
        this.rebuild();
      },
    });
  }

  private rebuild() {
    if (this.isConnected) this.width = this.landscapeWidth();
    this.builtKey = this.buildKey();
    if (!this.diagram) {
      this.graph = EMPTY_GRAPH;
      return;
    }
    // Layer names follow the language (the layers carry an English gloss); node names stay as the documents write them.
    this.graph = landscapeLayout(this.diagram, {
      width: this.width,
      layerName: (l) => pick(l.name, l.nameEn ?? l.name),
      otherLabel: t('architecture.other'),
      removedLabel: t('architecture.removedBand', { version: this.compare }),
      emptyLabel: t('architecture.layerEmpty'),
      diff: this.diff,
      compare: this.compareDiagram,
      statusLabel: (s) => this.statusText(s),
      showOthers: this.showOthers,
      exampleLabel: t('common.example'),
    });
  }

  private statusText(s: string | null | undefined): string {
    if (!s) return '—';
    const key = `architecture.status.${s}` as LabelKey;
    const text = t(key);
    return text === key ? s : text;
  }

  private setParam(name: 'architecture' | 'compare', value: string) {
    navigate(this, { params: { [name]: value, sel: '' } });
  }

  private explore(id: string) {
    navigate(this, { view: 'explore', params: { id } });
  }

  private select(id: string) {
    navigate(this, { params: { sel: id }, replace: true });
  }

  private get graphEl(): KbGraph | null {
    return this.renderRoot.querySelector('kb-graph');
  }

  /** A band's name zooms to the band; a box or a frame selects its component (its connections show). */
  private onNodeSelect(e: CustomEvent<{ id: string }>) {
    const node = this.graph.nodes.find((n) => n.id === e.detail.id);
    if (!node) return;
    if (node.classes?.includes('band-label')) return this.zoomToBand(String(node.data?.band ?? node.id));
    const ref = node.data?.ref;
    if (typeof ref === 'string' && ref) this.select(ref);
  }

  private zoomToBand(id: string) {
    const band = this.graph.bands.find((b) => b.id === id);
    if (band) this.graphEl?.fitTo(band.graphIds);
  }

  /** Graph ids drawing a node (a node in several layers is drawn several times). */
  private graphIds(id: string): string[] {
    return this.graph.nodes.filter((n) => n.data?.ref === id).map((n) => n.id);
  }

  override render() {
    return html`<h2>${t('architecture.title')}</h2>
      ${this.renderControls()}
      ${
        this.error
          ? html`<kb-error .error=${this.error} .retry=${() => this.diagramLoad.reload()}></kb-error>`
          : this.notFound
            ? html`<p role="alert">${t('architecture.notFound', { id: this.architecture })}</p>`
            : !this.diagram
              ? html`<p role="status">${t('common.loading')}</p>`
              : this.renderDiagram()
      }`;
  }

  private renderTools() {
    const d = this.diagram!;
    return html`<div class="tools">
      <label><input type="checkbox" id="all-edges" .checked=${this.allEdges} @change=${(e: Event) => navigate(this, { params: { edges: (e.target as HTMLInputElement).checked ? 'all' : '' }, replace: true })} />
        ${t('landscape.allEdges', { n: d.connections.length })}</label>
      <button type="button" @click=${() => this.graphEl?.fit()}>${t('landscape.fitAll')}</button>
      <span role="group" aria-label=${t('impact.export')}>
        <button type="button" data-export="png" @click=${() => void this.exportPicture('png')}>${t('impact.exportPng')}</button>
        <button type="button" data-export="svg" @click=${() => void this.exportPicture('svg')}>${t('impact.exportSvg')}</button>
      </span>
    </div>
    ${this.exportError ? html`<div role="alert">${t('impact.exportFailed', { message: this.exportError })}</div>` : nothing}`;
  }

  /** Title, version, comparison and date for an export. */
  private exportMeta() {
    const d = this.diagram!;
    const name = pick(d.name, d.nameEn ?? d.name);
    const parameters = [
      t('landscape.meta.version', { id: d.id, name }),
      ...(this.diff ? [t('landscape.meta.compare', { from: this.diff.from.id, to: this.diff.to.id })] : []),
      t('landscape.counts', {
        n: d.componentCount,
        stated: d.statedCount,
        inferred: d.inferredCount,
        other: d.otherCount,
        share: Math.round(d.otherShare * 100),
      }),
      t('landscape.meta.date', { date: new Date().toISOString().slice(0, 10) }),
    ];
    return { title: `${t('architecture.title')} — ${name}`, parameters };
  }

  private async exportPicture(kind: 'png' | 'svg') {
    this.exportError = null;
    const g = this.graphEl;
    if (!g || !this.diagram) return;
    try {
      const meta = this.exportMeta();
      const blob = kind === 'png' ? await g.exportPng(meta) : new Blob([await g.exportSvg(meta)], { type: SVG_TYPE });
      downloadBlob(blob, exportFileName('architecture', this.diagram.id, kind));
    } catch (e) {
      this.exportError = (e as Error).message;
    }
  }

  private renderControls() {
    const options = this.versions.length ? this.versions : [{ id: this.architecture, name: this.architecture } as NodeSummary];
    const name = (v: NodeSummary) => (v.id === v.name ? v.id : `${v.id} — ${pick(v.name, v.nameEn ?? v.name)}`);
    return html`<div class="controls">
      <label
        >${t('architecture.version')}
        <select id="architecture" @change=${(e: Event) => this.setParam('architecture', (e.target as HTMLSelectElement).value)}>
          ${options.map((v) => html`<option value=${v.id} .selected=${v.id === this.architecture}>${name(v)}</option>`)}
        </select>
      </label>
      <label
        >${t('architecture.compare')}
        <select id="compare" @change=${(e: Event) => this.setParam('compare', (e.target as HTMLSelectElement).value)}>
          <option value="" .selected=${!this.compare}>${t('architecture.noCompare')}</option>
          ${options.filter((v) => v.id !== this.architecture).map((v) => html`<option value=${v.id} .selected=${v.id === this.compare}>${name(v)}</option>`)}
        </select>
      </label>
      <label
        ><input type="checkbox" id="others" .checked=${this.showOthers} @change=${(e: Event) => navigate(this, { params: { others: (e.target as HTMLInputElement).checked ? '' : '0' }, replace: true })} />
        ${t('architecture.showOthers')}</label
      >
      ${this.loading ? html`<span role="status">${t('common.loading')}</span>` : nothing}
    </div>`;
  }

  private renderDiagram() {
    const d = this.diagram!;
    if (!d.layers.length && !d.placements.length) return this.renderEmpty(d);
    const selected = this.selected ? this.selectionIds(this.selected) : [];
    return html`<div class="layout">
      <section class="drawing" aria-labelledby="drawing-title">
        <h3 id="drawing-title" title=${pick(d.name, d.nameEn ?? d.name)}>${pick(d.name, d.nameEn ?? d.name)}</h3>
        <p class="counts-line" data-testid="landscape-counts">${t('landscape.counts', { n: d.componentCount, stated: d.statedCount, inferred: d.inferredCount, other: d.otherCount, share: Math.round(d.otherShare * 100) })}</p>
        ${this.renderTools()}
        <kb-graph
          layout="preset"
          fitMode="width"
          .minFontPx=${11}
          .fanOutCap=${0}
          locked
          legend-placement="below"
          .edgesOnDemand=${!this.allEdges}
          .model=${this.graph}
          .highlight=${this.highlight.length ? this.highlight : selected}
          @kb-node-select=${this.onNodeSelect}
          @kb-node-open=${(e: CustomEvent<{ id: string }>) => {
            const ref = this.graph.nodes.find((n) => n.id === e.detail.id)?.data?.ref;
            if (typeof ref === 'string' && ref) this.explore(ref);
          }}
        ></kb-graph>
      </section>
      <aside aria-label=${this.diff ? t('architecture.diffLabel') : t('architecture.layers')}>
        ${this.selected ? this.renderSelection(this.selected) : nothing}
        ${this.diff ? this.renderDiff(this.diff) : this.renderBands()}
      </aside>
    </div>`;
  }

  /** Graph ids of a component and of what it is connected to (to highlight it and its connections). */
  private selectionIds(id: string): string[] {
    const own = this.graphIds(id);
    if (!own.length) return [];
    const first = own[0];
    const edges = this.graph.edges.filter((e) => e.source === first || e.target === first);
    return [...own, ...edges.map((e) => e.id), ...edges.map((e) => (e.source === first ? e.target : e.source))];
  }

  /** A version the documents give no layer and no component: say so, and what they do say of it. */
  private renderEmpty(d: ArchitectureLandscape) {
    return html`<section class="empty-version">
      <p role="status">${t('landscape.emptyVersion')}</p>
      ${
        d.about.length
          ? html`<h3>${t('landscape.about')}</h3>
            <ul class="items">
              ${d.about.map((r) => html`<li>${fieldLabel(r.field)}: ${this.nodeButton(r.node)} ${this.quotes(r.sources)}</li>`)}
            </ul>`
          : nothing
      }
    </section>`;
  }

  private placementsOf(id: string): LandscapePlacementView[] {
    return this.diagram?.placements.filter((p) => p.node.id === id) ?? [];
  }

  /** The selected component: where it is drawn and why, its connections, a way to explore it. */
  private renderSelection(id: string) {
    const placements = this.placementsOf(id);
    const node = placements[0]?.node ?? this.diff?.removed.find((i) => i.node.id === id)?.node;
    if (!node) return nothing;
    const layerName = (layerId: string | null) => {
      const l = this.diagram!.layers.find((x) => x.id === layerId);
      return l ? pick(l.name, l.nameEn ?? l.name) : t('architecture.other');
    };
    const nameOf = (x: string) => this.nameOf(x);
    const links = (this.diagram?.connections ?? []).filter((c) => c.from === id || c.to === id);
    return html`<section class="selection" aria-labelledby="sel-title">
      <h3 id="sel-title">${node.name}</h3>
      <dl class="facts">
        <dt>${t('landscape.kind')}</dt><dd>${kindLabel(node.kind)}</dd>
        ${placements.map(
          (p) => html`<dt>${t('landscape.layer')}</dt>
            <dd>
              ${layerName(p.layerId)}
              ${
                p.layerId
                  ? html`<span class="badge ${p.provenance === 'inferred' ? 'inferred' : ''}">${p.provenance === 'inferred' ? t('landscape.inferred') : t('landscape.stated')}</span>`
                  : nothing
              }
              ${p.rule ? html`<div class="explain"><code>${p.rule}</code> — ${this.ruleText(p.rule)}</div>` : nothing}
              ${p.explanationVi ? html`<div class="explain">${pick(p.explanationVi, p.explanationEn ?? p.explanationVi)}</div>` : nothing}
              ${this.quotes(p.sources)}
            </dd>`,
        )}
        ${placements[0]?.status ? html`<dt>${t('landscape.status')}</dt><dd>${this.statusText(placements[0].status)}</dd>` : nothing}
      </dl>
      <details ?open=${links.length > 0 && links.length <= 12}>
        <summary>${t('landscape.connections', { n: links.length })}</summary>
        <ul class="items">
          ${links.map((c) => html`<li>${c.from === id ? html`→ ${nameOf(c.to)}` : html`← ${nameOf(c.from)}`} <span class="status">${relTypeLabel(c.type)}</span></li>`)}
        </ul>
      </details>
      <div class="tools">
        <button type="button" class="open-explore" @click=${() => this.explore(id)}>${t('landscape.openExplore')}</button>
        <button type="button" @click=${() => this.select('')}>${t('common.close')}</button>
      </div>
    </section>`;
  }

  private ruleText(rule: string): string {
    const key = `landscape.rule.${rule}` as LabelKey;
    const text = t(key);
    return text === key ? rule : text;
  }

  private renderBands() {
    const d = this.diagram!;
    const drawn = new Set(this.graph.bands.flatMap((b) => b.members));
    return html`<h3>${t('architecture.layers')}</h3>
      <p class="summary">${t('architecture.summary', { layers: d.layers.length, members: drawn.size })} ${t('landscape.hint')}</p>
      <ol class="bands">
        ${this.graph.bands.map(
          (b) => html`<li data-band=${b.id}>
            <strong>${b.label.replace(/^\d+\.\s*/, '')}</strong> <span class="count">(${b.members.length})</span>
            ${b.members.length ? html`<button type="button" class="zoom" title=${t('landscape.zoomBand')} aria-label=${`${t('landscape.zoomBand')}: ${b.label}`} @click=${() => this.zoomToBand(b.id)}>⤢</button>` : nothing}
            ${
              b.members.length
                ? html`<details>
                  <summary>${t('landscape.members', { n: b.members.length })}</summary>
                  <ul>
                    ${b.members.map((id) => {
                      const n = this.graph.nodes.find((x) => x.data?.ref === id && !x.classes?.includes('band-label'));
                      return html`<li>${this.nodeButton({ id, name: this.nameOf(id), kind: n?.kind ?? '', provenance: n?.provenance ?? 'stated' })}</li>`;
                    })}
                  </ul>
                </details>`
                : html`<span class="status">— ${t('architecture.layerEmpty')}</span>`
            }
          </li>`,
        )}
      </ol>`;
  }

  /** A node's full name. */
  private nameOf(id: string): string {
    const found = this.diagram?.placements.find((p) => p.node.id === id)?.node ?? this.compareDiagram?.placements.find((p) => p.node.id === id)?.node;
    return found?.name ?? id;
  }

  private renderDiff(diff: ArchitectureDiff) {
    const mergedCount = diff.merged.reduce((s, m) => s + m.merged.length, 0);
    return html`<h3>${t('architecture.diffTitle', { from: diff.from.id, to: diff.to.id })}</h3>
      <p class="counts" data-testid="diff-counts">
        ${t('architecture.counts', { added: diff.added.length, removed: diff.removed.length, kept: diff.keptCount, merged: mergedCount, status: diff.statusChanged.length })}
      </p>
      <details open class="section-merged">
        <summary>${t('architecture.merged', { n: mergedCount })}</summary>
        ${
          diff.merged.length
            ? html`<ul class="items">
              ${diff.merged.map(
                (m) => html`<li class="merge">
                  <ul>
                    ${m.merged.map((i) => html`<li><span class="marker" aria-hidden="true">${DIFF_MARKER.merged}</span>${this.itemName(i)}</li>`)}
                  </ul>
                  <div>${t('architecture.mergedInto')} ${m.target ? this.itemName(m.target) : html`<span class="status">${t('architecture.noTarget')}</span>`}</div>
                  ${this.quotes(m.sources)}
                </li>`,
              )}
            </ul>`
            : html`<p class="status">${t('architecture.none')}</p>`
        }
      </details>
      ${this.itemSection('added', t('architecture.added', { n: diff.added.length }), diff.added, 'added')}
      ${this.itemSection('removed', t('architecture.removed', { n: diff.removed.length }), diff.removed, 'removed')}
      ${this.itemSection('status', t('architecture.statusChanged', { n: diff.statusChanged.length }), diff.statusChanged, 'status')}
      <details class="section-renamed" ?open=${diff.renamed.length > 0}>
        <summary>${t('architecture.renamed', { n: diff.renamed.length })}</summary>
        ${
          diff.renamed.length
            ? html`<ul class="items">
              ${diff.renamed.map((r) => html`<li>${this.itemName(r.previous)} → ${this.itemName(r.successor)} ${this.quotes(r.sources)}</li>`)}
            </ul>`
            : html`<p class="status">${t('architecture.none')}</p>`
        }
      </details>
      ${this.itemSection('national-added', t('architecture.nationalAdded', { n: diff.nationalAdded.length }), diff.nationalAdded, 'added')}
      ${this.itemSection('national-dropped', t('architecture.nationalDropped', { n: diff.nationalDropped.length }), diff.nationalDropped, 'removed')}
      ${this.linkSection(t('architecture.connectionsAdded', { n: diff.connectionsAdded.length }), diff.connectionsAdded)}
      ${this.linkSection(t('architecture.connectionsRemoved', { n: diff.connectionsRemoved.length }), diff.connectionsRemoved)}`;
  }

  private itemSection(name: string, title: string, items: DiffItem[], change: Exclude<DiffChange, 'kept'>) {
    return html`<details class="section-${name}">
      <summary>${title}</summary>
      ${
        items.length
          ? html`<ul class="items">
            ${items.map(
              (i) => html`<li>
                <span class="marker" aria-hidden="true">${DIFF_MARKER[change]}</span>${this.itemName(i)}
                <span class="status">(${this.statusText(i.statusFrom)} → ${this.statusText(i.statusTo)})</span>
                ${this.quotes(i.sources)}
              </li>`,
            )}
          </ul>`
          : html`<p class="status">${t('architecture.none')}</p>`
      }
    </details>`;
  }

  private linkSection(title: string, links: ArchitectureDiff['connectionsAdded']) {
    return html`<details>
      <summary>${title}</summary>
      ${
        links.length
          ? html`<ul class="items">
            ${links.map((l) => html`<li>${this.nodeButton(l.from)} <span class="status">${l.type}</span> ${this.nodeButton(l.to)} ${this.quotes(l.sources)}</li>`)}
          </ul>`
          : html`<p class="status">${t('architecture.none')}</p>`
      }
    </details>`;
  }

  private itemName(i: DiffItem): TemplateResult {
    return this.nodeButton(i.node);
  }

  private nodeButton(n: NodeSummary): TemplateResult {
    return html`<button
        class="link"
        @click=${() => (this.placementsOf(n.id).length || this.graphIds(n.id).length ? this.select(n.id) : this.explore(n.id))}
        @mouseenter=${() => (this.highlight = this.graphIds(n.id))}
        @mouseleave=${() => (this.highlight = [])}
        @focus=${() => (this.highlight = this.graphIds(n.id))}
        @blur=${() => (this.highlight = [])}
      >${n.name}</button
      >${n.provenance === 'example' ? html` <span class="example">${t('common.example')}</span>` : nothing}`;
  }

  private quotes(sources: SourceRef[]) {
    if (!sources.length) return nothing;
    return sources.map(
      (s) =>
        html`<blockquote>“${s.quote}” <cite>— ${s.citation ? `${s.citation}, ` : ''}${s.section}${s.provenance && s.provenance !== 'stated' ? ` · ${t(`provenance.${s.provenance}` as LabelKey)}` : ''}</cite></blockquote>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-architecture-view': KbArchitectureView;
  }
}
