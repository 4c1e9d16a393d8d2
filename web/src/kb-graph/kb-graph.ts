import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { graphStylesheet } from '../graph/style.js';
import type { GraphModel } from '../graph/elements.js';
import { capFanOut, DEFAULT_FAN_OUT_CAP, summaryParent, type CapResult } from '../graph/cap.js';
import { graphLegend, type LegendEntry } from '../graph/legend.js';
import { dashArray, shapePath } from '../graph/shapes.js';
import { composePng, composeSvg, type ExportMeta } from '../export/graph-export.js';
import { LanguageController, t } from '../i18n/i18n.js';

cytoscape.use(fcose);
// cytoscape-svg (and the SVG exporter) load on the first SVG export, not with every graph.
let svgReady: Promise<void> | null = null;
function loadSvgExtension(): Promise<void> {
  svgReady ??= import('cytoscape-svg').then((m) => {
    cytoscape.use((m as { default: cytoscape.Ext }).default);
  });
  return svgReady;
}

/** Above this many elements the WebGL renderer is used when `renderer` is `auto`. */
export const WEBGL_THRESHOLD = 1500;

/** Label collisions are resolved up to this many nodes (beyond, labels hide below a readable zoom instead). */
export const DECLUTTER_LIMIT = 3000;

/** The font size (model units) labels are drawn at (graph/style.ts); `minFontPx` is measured against it. */
const BASE_FONT = 12;

/**
 * `<kb-graph>`: draws a graph with Cytoscape.js. The only place Cytoscape is used.
 *
 * @property model - nodes and edges (graph/elements.ts); a new model with a different node set runs the layout once.
 * @property layout - `preset` (positions from the model), `fcose`, `concentric`, `breadthfirst` or `grid`.
 * @property renderer - `canvas`, `webgl` or `auto` (WebGL above WEBGL_THRESHOLD elements).
 * @property highlight - ids of nodes and edges to highlight (the rest fades); changing it never re-runs the layout.
 * @property fanOutCap - a node showing more than this many new neighbours (breadth-first from the
 *   root, the node with class `root`) shows the first ones and a "+N" summary; choosing the summary
 *   expands it. 0: no cap. Default DEFAULT_FAN_OUT_CAP.
 * @property legend - show the legend (kinds, provenance styles, special edges, exposure) drawn from the model; default true.
 * @property edgesOnDemand - edges stay hidden until a node they touch is hovered or selected; `false` shows all.
 * @property fitMode - `all` (fit the drawing) or `width` (fit its width, top first: tall landscapes scroll).
 * @property minFontPx - the default zoom never makes labels smaller than this (px); 0: no floor.
 * @property locked - nodes cannot be dragged (fixed drawings).
 * Labels that would overlap are hidden (lowest priority first: the root, highlighted and selected
 * nodes keep theirs) and shown again on hover, so no two visible labels collide.
 * @fires kb-node-select - `{ id }` when a node is tapped or chosen with the keyboard (not for scaffolding or summaries).
 * @fires kb-node-open - `{ id }` on a double tap.
 * @fires kb-node-hover - `{ id }` on mouse over a node, `{ id: null }` on mouse out.
 * @fires kb-layout-done - `{ ms, renderer }` when a layout finishes.
 * @fires kb-graph-drawn - `{ nodes, hidden }` after each draw: the nodes drawn (summaries not counted) and those folded behind summaries.
 * @method exportPng - the whole drawing as a PNG Blob (white background, 2× scale); with `meta`, a title, the parameters and the legend around it.
 * @method exportSvg - the same as SVG text.
 * @method fit - fit the whole graph in view.
 * @method fitTo - fit some nodes in view (a band of a landscape).
 */
@customElement('kb-graph')
export class KbGraph extends LitElement {
  static override styles = css`
    :host { display: block; position: relative; min-height: 320px; border: 1px solid #bbb; background: #fff; }
    #cy { position: absolute; inset: 0; }
    .summary { position: absolute; left: 4px; bottom: 2px; font-size: 12px; color: #333; background: #fffc; }
    details.graph-legend { position: absolute; right: 4px; top: 4px; max-width: min(22rem, 45%); max-height: calc(100% - 12px); overflow: auto; font-size: 12px; color: #111; background: #ffffffee; border: 1px solid #999; border-radius: 4px; padding: 0.15rem 0.45rem; z-index: 2; }
    details.graph-legend summary { cursor: pointer; font-weight: 600; }
    details.graph-legend ul { list-style: none; margin: 0.2rem 0 0.1rem; padding: 0; }
    details.graph-legend li { display: flex; align-items: center; gap: 0.35rem; margin: 0.1rem 0; }
    details.graph-legend svg { flex: none; }
    details.graph-legend b { min-width: 1.2rem; }
    :host([legend-placement='below']) { display: flex; flex-direction: column; }
    :host([legend-placement='below']) .stage { position: relative; flex: 1; min-height: 0; }
    :host([legend-placement='below']) details.graph-legend { position: static; max-width: none; max-height: 5.5rem; border: 0; border-top: 1px solid #bbb; border-radius: 0; }
    :host([legend-placement='below']) details.graph-legend ul { display: flex; flex-wrap: wrap; gap: 0.1rem 1rem; margin: 0.1rem 0; }
    .stage { position: absolute; inset: 0; }
  `;

  @property({ attribute: false }) model: GraphModel = { nodes: [], edges: [] };
  @property() layout: 'preset' | 'fcose' | 'concentric' | 'breadthfirst' | 'grid' = 'fcose';
  @property() renderer: 'canvas' | 'webgl' | 'auto' = 'auto';
  @property({ attribute: false }) highlight: string[] = [];
  @property({ type: Number }) fanOutCap = DEFAULT_FAN_OUT_CAP;
  @property({ type: Boolean }) legend = true;
  @property({ type: Boolean }) edgesOnDemand = false;
  @property() fitMode: 'all' | 'width' = 'all';
  @property({ type: Number }) minFontPx = 0;
  @property({ type: Boolean }) locked = false;
  /** Where the legend goes: over the drawing's top right corner (collapsible), or in a strip below it. */
  @property({ attribute: 'legend-placement', reflect: true }) legendPlacement: 'overlay' | 'below' = 'overlay';

  /** What is drawn: the model after the fan-out cap. */
  @state() private drawn: CapResult = { nodes: [], edges: [], hidden: 0 };
  private expanded = new Set<string>();
  private cy: Core | null = null;
  private nodeKey = '';
  private modelKey = '';
  private rendererInUse: 'canvas' | 'webgl' = 'canvas';
  private hovered: string | null = null;
  readonly i18n = new LanguageController(this);

  override render() {
    const summary = t('graph.summary', {
      nodes: this.nodeCount || this.drawn.nodes.filter((n) => !n.classes?.includes('summary')).length,
      edges: this.drawn.edges.length,
    });
    const hidden = this.drawn.hidden ? ` ${t('graph.hidden', { n: this.drawn.hidden })}` : '';
    return html`<div class="stage">
        <div id="cy" role="img" aria-label=${summary + hidden}></div>
        <div class="summary" aria-hidden="true">${summary}${hidden}</div>
      </div>
      ${this.legend ? this.renderLegend(this.legendEntries()) : nothing}`;
  }

  /** The legend of what is drawn now. */
  legendEntries(): LegendEntry[] {
    return graphLegend(this.drawn);
  }

  private renderLegend(entries: LegendEntry[]) {
    if (!entries.length) return nothing;
    return html`<details class="graph-legend" open>
      <summary>${t('legend.title')}</summary>
      <ul>
        ${entries.map(
          (e) => html`<li data-legend=${e.key}>
            ${e.swatch || e.line ? this.swatch(e) : nothing}${e.marker ? html`<b>${e.marker}</b>` : nothing}<span>${e.label}</span>
          </li>`,
        )}
      </ul>
    </details>`;
  }

  private swatch(e: LegendEntry) {
    if (e.line) {
      const dash = dashArray(e.line.style);
      return html`<svg width="22" height="12" aria-hidden="true"><line x1="1" y1="6" x2="21" y2="6" stroke=${e.line.color} stroke-width=${e.line.width} stroke-dasharray=${dash ?? 'none'}></line></svg>`;
    }
    const s = e.swatch!;
    const dash = dashArray(s.border === 'double' ? 'solid' : s.border);
    return html`<svg width="16" height="16" aria-hidden="true"><path d=${shapePath(s.shape, 2, 2, 12)} fill=${s.fill} fill-opacity=${s.opacity ?? 1} stroke=${s.stroke} stroke-width=${s.border === 'double' ? 3 : 1.5} stroke-dasharray=${dash ?? 'none'}></path></svg>`;
  }

  /** Number of nodes currently drawn, summaries of capped neighbourhoods not counted (tests read it). */
  get nodeCount(): number {
    return this.cy?.nodes().filter((n) => !n.hasClass('summary')).length ?? 0;
  }

  /** The current zoom (1: model units are pixels). */
  get zoom(): number {
    return this.cy?.zoom() ?? 1;
  }

  /** The size in pixels a node's label is drawn at now. */
  renderedFontPx(id: string): number {
    const n = this.cy?.getElementById(id);
    if (!n || n.empty()) return 0;
    return Number.parseFloat(String(n.style('font-size'))) * (this.cy?.zoom() ?? 1);
  }

  /** Edges drawn now (edges on demand that are hidden do not count). */
  get visibleEdgeCount(): number {
    return this.cy?.edges().filter((e) => e.visible()).length ?? 0;
  }

  /** Where a node is drawn, in pixels from the element's top left (tests move the mouse there). */
  renderedPositionOf(id: string): { x: number; y: number } | null {
    const n = this.cy?.getElementById(id);
    return n && n.nonempty() ? { ...n.renderedPosition() } : null;
  }

  /** Whether the given nodes are all inside the visible part of the drawing. */
  isInView(ids: string[]): boolean {
    const cy = this.cy;
    if (!cy) return false;
    const ext = cy.extent();
    return ids.every((id) => {
      const n = cy.getElementById(id);
      if (n.empty()) return false;
      const b = n.boundingBox({ includeLabels: false } as never);
      return b.x1 >= ext.x1 - 1 && b.x2 <= ext.x2 + 1 && b.y1 >= ext.y1 - 1 && b.y2 <= ext.y2 + 1;
    });
  }

  /** Ids of the nodes whose labels are drawn (not hidden to avoid a collision). */
  get visibleLabelIds(): string[] {
    return (
      this.cy
        ?.nodes()
        .filter((n) => !n.hasClass('label-hidden') && n.visible() && String(n.data('label') ?? '') !== '')
        .map((n) => n.id()) ?? []
    );
  }

  /** Label boxes in rendered pixels, for the labels drawn (tests check they never overlap). */
  labelBoxes(): { id: string; x1: number; y1: number; x2: number; y2: number }[] {
    const cy = this.cy;
    if (!cy) return [];
    return this.visibleLabelIds.map((id) => {
      const bb = cy.getElementById(id).renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false } as never);
      return { id, x1: bb.x1, y1: bb.y1, x2: bb.x2, y2: bb.y2 };
    });
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('model') || changed.has('fanOutCap')) {
      const key = this.model.nodes.map((n) => n.id).join('\u0000');
      // A new set of nodes starts with every neighbourhood capped again.
      if (key !== this.modelKey) this.expanded = new Set();
      this.modelKey = key;
      this.recap();
    }
  }

  private recap() {
    this.drawn = capFanOut(this.model, { cap: this.fanOutCap, expanded: this.expanded, label: (n) => t('graph.more', { n }) });
  }

  override updated(changed: PropertyValues<this>) {
    if ((changed as PropertyValues).has('drawn') || changed.has('renderer') || changed.has('layout')) this.draw(changed.has('renderer'));
    if (changed.has('highlight')) this.applyHighlight();
    if (changed.has('edgesOnDemand')) this.applyEdgeMode();
    if (changed.has('locked')) this.cy?.autoungrabify(this.locked);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.cy?.destroy();
    this.cy = null;
  }

  private wantedRenderer(): 'canvas' | 'webgl' {
    if (this.renderer !== 'auto') return this.renderer;
    return this.model.nodes.length + this.model.edges.length > WEBGL_THRESHOLD ? 'webgl' : 'canvas';
  }

  private draw(rendererChanged: boolean) {
    // A model may arrive after the element left the page (a quick navigation): nothing to draw into.
    if (!this.isConnected) return;
    const container = this.renderRoot.querySelector('#cy') as HTMLElement | null;
    if (!container) return;
    const renderer = this.wantedRenderer();
    if (this.cy && (rendererChanged || renderer !== this.rendererInUse)) {
      this.cy.destroy();
      this.cy = null;
    }
    if (!this.cy) {
      this.rendererInUse = renderer;
      this.cy = cytoscape({
        // The WebGL mode of the canvas renderer (Cytoscape 3.31+) is not in the typings yet.
        ...({ renderer: { name: 'canvas', webgl: renderer === 'webgl' } } as object),
        container,
        style: graphStylesheet() as never,
        wheelSensitivity: 0.3,
        minZoom: 0.05,
        maxZoom: 4,
        autoungrabify: this.locked,
      });
      this.cy.on('tap', 'node', (e) => this.onTap(e.target as NodeSingular));
      this.cy.on('dbltap', 'node', (e) => {
        if (!this.isScaffold(e.target)) this.emit('kb-node-open', { id: e.target.id() });
      });
      this.cy.on('mouseover', 'node', (e) => this.onHover(e.target as NodeSingular));
      this.cy.on('mouseout', 'node', () => this.onHover(null));
      this.cy.on('select unselect', 'node', () => this.applyEdgeMode());
      this.nodeKey = '';
    }
    const drawn = this.drawn;
    // A preset drawing whose positions change (a landscape laid out for a new width) is fitted again.
    const key = drawn.nodes.map((n) => (this.layout === 'preset' && n.position ? `${n.id}@${n.position.x},${n.position.y}` : n.id)).join('\u0000');
    const cy = this.cy;
    const previous = new Map(key === this.nodeKey ? [] : cy.nodes().map((n) => [n.id(), { ...n.position() }] as const));
    cy.batch(() => {
      cy.elements().remove();
      cy.add([
        ...drawn.nodes.map((n) => ({
          group: 'nodes' as const,
          data: { ...n.data, id: n.id, label: n.label, kind: n.kind, provenance: n.provenance },
          classes: (n.classes ?? []).filter(Boolean).join(' '),
          position: n.position ? { ...n.position } : previous.get(n.id),
          ...(n.classes?.includes('band-bg') ? { selectable: false, grabbable: false } : {}),
        })),
        ...drawn.edges.map((e) => ({
          group: 'edges' as const,
          data: { id: e.id, source: e.source, target: e.target, type: e.type, label: e.label ?? '' },
          classes: [...(e.classes ?? []), ...(this.edgesOnDemand ? ['on-demand'] : [])].filter(Boolean).join(' '),
        })),
      ]);
    });
    this.emit('kb-graph-drawn', { nodes: this.nodeCount, hidden: drawn.hidden });
    // Same nodes as before (a restyle, a new highlight): keep the positions the user sees.
    if (key === this.nodeKey && !rendererChanged) {
      this.applyHighlight();
      this.applyEdgeMode();
      this.declutter();
      return;
    }
    this.nodeKey = key;
    const started = performance.now();
    const layout = cy.layout(this.layoutOptions());
    layout.one('layoutstop', () => {
      this.fitDefault();
      this.applyHighlight();
      this.applyEdgeMode();
      this.declutter();
      this.emit('kb-layout-done', { ms: performance.now() - started, renderer: this.rendererInUse });
    });
    layout.run();
  }

  private isScaffold(n: NodeSingular): boolean {
    return n.hasClass('band-bg') || n.hasClass('summary');
  }

  private onTap(n: NodeSingular) {
    const parent = summaryParent(n.id());
    if (parent !== null) {
      // "+N": show that node's every neighbour.
      this.expanded = new Set([...this.expanded, parent]);
      this.recap();
      return;
    }
    if (n.hasClass('band-bg')) return;
    this.emit('kb-node-select', { id: n.id() });
  }

  private onHover(n: NodeSingular | null) {
    this.hovered = n ? n.id() : null;
    const cy = this.cy;
    if (cy) {
      cy.batch(() => {
        cy.nodes('.hover').removeClass('hover');
        if (n && !n.hasClass('band-bg')) n.addClass('hover');
      });
      this.applyEdgeMode();
    }
    if (n && n.hasClass('band-bg')) return;
    this.emit('kb-node-hover', { id: n ? n.id() : null });
  }

  /** With edges on demand, show those of the hovered and selected nodes only. */
  private applyEdgeMode() {
    const cy = this.cy;
    if (!cy) return;
    cy.batch(() => {
      const edges = cy.edges();
      if (!this.edgesOnDemand) {
        edges.removeClass('on-demand shown');
        return;
      }
      edges.addClass('on-demand').removeClass('shown');
      const focus = cy.nodes(':selected').union(this.hovered ? cy.getElementById(this.hovered) : cy.collection());
      focus.connectedEdges().addClass('shown');
      // Merges and renames of a comparison are always shown.
      cy.edges('.diff-link').addClass('shown');
    });
  }

  /** The first view of a drawing: everything, or its width from the top; never below minFontPx. */
  private fitDefault() {
    const cy = this.cy;
    if (!cy) return;
    const padding = 20;
    const bb = cy.elements().boundingBox({});
    const w = cy.width();
    const h = cy.height();
    if (!bb.w || !bb.h || !w || !h) return cy.fit(undefined, 30);
    let zoom = this.fitMode === 'width' ? (w - 2 * padding) / bb.w : Math.min((w - 2 * padding) / bb.w, (h - 2 * padding) / bb.h);
    if (this.minFontPx > 0) zoom = Math.max(zoom, this.minFontPx / BASE_FONT);
    zoom = Math.min(zoom, this.fitMode === 'width' ? 1.4 : 2);
    cy.zoom(zoom);
    const fitsWidth = bb.w * zoom <= w - 2 * padding;
    const fitsHeight = bb.h * zoom <= h - 2 * padding;
    cy.pan({
      x: fitsWidth ? (w - bb.w * zoom) / 2 - bb.x1 * zoom : padding - bb.x1 * zoom,
      y: fitsHeight && this.fitMode !== 'width' ? (h - bb.h * zoom) / 2 - bb.y1 * zoom : padding - bb.y1 * zoom,
    });
  }

  /**
   * Hides labels that would overlap one already shown, in priority order (root, highlighted,
   * selected, hovered, then the nearest to the root, then the most connected). Label sizes scale
   * with the zoom like the distances between nodes, so this holds at any zoom.
   */
  private declutter() {
    const cy = this.cy;
    if (!cy) return;
    const nodes = cy.nodes();
    cy.batch(() => nodes.removeClass('label-hidden'));
    if (nodes.length > DECLUTTER_LIMIT || this.fitMode === 'width') return;
    const rank = (n: NodeSingular) =>
      (n.hasClass('root') ? 1e6 : 0) +
      (n.hasClass('highlight') ? 1e5 : 0) +
      (n.selected() ? 1e5 : 0) +
      (n.hasClass('hover') ? 1e5 : 0) +
      (n.hasClass('summary') ? 5e4 : 0) -
      Number(n.data('depth') ?? 0) * 1000 +
      n.degree(false);
    const ordered = nodes.filter((n) => String(n.data('label') ?? '') !== '').sort((a, b) => rank(b as NodeSingular) - rank(a as NodeSingular));
    const cell = 120;
    const grid = new Map<string, { x1: number; y1: number; x2: number; y2: number }[]>();
    const cells = (b: { x1: number; y1: number; x2: number; y2: number }) => {
      const out: string[] = [];
      for (let i = Math.floor(b.x1 / cell); i <= Math.floor(b.x2 / cell); i++)
        for (let j = Math.floor(b.y1 / cell); j <= Math.floor(b.y2 / cell); j++) out.push(`${i},${j}`);
      return out;
    };
    const hide: NodeSingular[] = [];
    ordered.forEach((n) => {
      const b = (n as NodeSingular).boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false } as never);
      if (!b.w || !b.h) return;
      const box = { x1: b.x1 - 1, y1: b.y1 - 1, x2: b.x2 + 1, y2: b.y2 + 1 };
      const keys = cells(box);
      const clash = keys.some((k) => grid.get(k)?.some((o) => o.x1 < box.x2 && box.x1 < o.x2 && o.y1 < box.y2 && box.y1 < o.y2));
      if (clash) hide.push(n as NodeSingular);
      else for (const k of keys) (grid.get(k) ?? grid.set(k, []).get(k)!).push(box);
    });
    cy.batch(() => {
      for (const n of hide) n.addClass('label-hidden');
    });
  }

  private layoutOptions() {
    const n = this.model.nodes.length;
    switch (this.layout) {
      case 'preset':
        return { name: 'preset', fit: false, animate: false };
      case 'concentric':
        return {
          name: 'concentric',
          animate: false,
          minNodeSpacing: 20,
          concentric: (node: { data(k: string): unknown }) => 10 - Number(node.data('depth') ?? 0),
          levelWidth: () => 1,
        };
      case 'breadthfirst':
        return { name: 'breadthfirst', animate: false, directed: true, spacingFactor: 1.1 };
      case 'grid':
        return { name: 'grid', animate: false };
      default:
        // fcose: fast force-directed; fewer iterations and no animation on large graphs.
        return {
          name: 'fcose',
          animate: false,
          quality: n > 1000 ? 'draft' : 'default',
          randomize: true,
          nodeRepulsion: 6000,
          idealEdgeLength: 90,
          numIter: n > 1000 ? 1000 : 2500,
        };
    }
  }

  private applyHighlight() {
    const cy = this.cy;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('highlight faded');
      if (!this.highlight.length) return;
      const ids = new Set(this.highlight);
      cy.elements().forEach((e) => {
        if (e.hasClass('band-bg')) return;
        e.addClass(ids.has(e.id()) ? 'highlight' : 'faded');
      });
    });
    // Highlighted labels come first.
    if (this.highlight.length) this.declutter();
  }

  fit() {
    this.cy?.fit(undefined, 30);
  }

  /** Fits the given nodes (and what they enclose) in view. */
  fitTo(ids: string[]) {
    const cy = this.cy;
    if (!cy) return;
    let els = cy.collection();
    for (const id of ids) els = els.union(cy.getElementById(id));
    if (els.nonempty()) cy.fit(els, 16);
  }

  /** The whole drawing as a PNG; with `meta`, titled, with its parameters and its legend. */
  async exportPng(meta?: ExportMeta): Promise<Blob> {
    if (!this.cy) throw new Error('nothing drawn');
    const png = (await this.cy.png({ output: 'blob-promise', bg: '#ffffff', full: true, scale: 2 })) as Blob;
    return meta ? composePng(png, meta, this.legendEntries(), t('legend.title')) : png;
  }

  /** The whole drawing as SVG text; with `meta`, titled, with its parameters and its legend. */
  async exportSvg(meta?: ExportMeta): Promise<string> {
    if (!this.cy) throw new Error('nothing drawn');
    await loadSvgExtension();
    const raw = (this.cy as unknown as { svg(o: object): string }).svg({ full: true, bg: '#ffffff' });
    return meta ? composeSvg(raw, meta, this.legendEntries(), t('legend.title')) : raw;
  }

  private emit(name: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-graph': KbGraph;
  }
}
