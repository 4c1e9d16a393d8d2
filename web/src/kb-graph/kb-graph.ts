import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { graphStylesheet } from '../graph/style.js';
import type { GraphModel } from '../graph/elements.js';
import { LanguageController, t } from '../i18n/i18n.js';

cytoscape.use(fcose);
cytoscape.use(svg);

/** Above this many elements the WebGL renderer is used when `renderer` is `auto`. */
export const WEBGL_THRESHOLD = 1500;

/**
 * `<kb-graph>`: draws a graph with Cytoscape.js. The only place Cytoscape is used.
 *
 * @property model - nodes and edges (graph/elements.ts); a new model with a different node set runs the layout once.
 * @property layout - `preset` (positions from the model), `fcose`, `concentric`, `breadthfirst` or `grid`.
 * @property renderer - `canvas`, `webgl` or `auto` (WebGL above WEBGL_THRESHOLD elements).
 * @property highlight - ids of nodes and edges to highlight (the rest fades); changing it never re-runs the layout.
 * @fires kb-node-select - `{ id }` when a node is tapped or chosen with the keyboard.
 * @fires kb-node-hover - `{ id }` on mouse over a node, `{ id: null }` on mouse out.
 * @fires kb-layout-done - `{ ms, renderer }` when a layout finishes.
 * @method exportPng - the current view as a PNG Blob (white background, 2× scale).
 * @method exportSvg - the current view as SVG text.
 * @method fit - fit the whole graph in view.
 */
@customElement('kb-graph')
export class KbGraph extends LitElement {
  static override styles = css`
    :host { display: block; position: relative; min-height: 320px; border: 1px solid #bbb; background: #fff; }
    #cy { position: absolute; inset: 0; }
    .summary { position: absolute; left: 4px; bottom: 2px; font-size: 12px; color: #333; background: #fffc; }
  `;

  @property({ attribute: false }) model: GraphModel = { nodes: [], edges: [] };
  @property() layout: 'preset' | 'fcose' | 'concentric' | 'breadthfirst' | 'grid' = 'fcose';
  @property() renderer: 'canvas' | 'webgl' | 'auto' = 'auto';
  @property({ attribute: false }) highlight: string[] = [];

  private cy: Core | null = null;
  private nodeKey = '';
  private rendererInUse: 'canvas' | 'webgl' = 'canvas';
  readonly i18n = new LanguageController(this);

  override render() {
    return html`<div id="cy" role="img" aria-label=${t('graph.summary', { nodes: this.model.nodes.length, edges: this.model.edges.length })}></div>
      <div class="summary" aria-hidden="true">${t('graph.summary', { nodes: this.model.nodes.length, edges: this.model.edges.length })}</div>`;
  }

  /** Number of nodes currently drawn (tests read it). */
  get nodeCount(): number {
    return this.cy?.nodes().length ?? 0;
  }

  override updated(changed: PropertyValues<this>) {
    if (changed.has('model') || changed.has('renderer') || changed.has('layout')) this.draw(changed.has('renderer'));
    if (changed.has('highlight')) this.applyHighlight();
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
      });
      this.cy.on('tap', 'node', (e) => this.emit('kb-node-select', { id: e.target.id() }));
      this.cy.on('mouseover', 'node', (e) => this.emit('kb-node-hover', { id: e.target.id() }));
      this.cy.on('mouseout', 'node', () => this.emit('kb-node-hover', { id: null }));
      this.nodeKey = '';
    }
    const key = this.model.nodes.map((n) => n.id).join('\u0000');
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().remove();
      cy.add([
        ...this.model.nodes.map((n) => ({ group: 'nodes' as const, data: { ...n.data, id: n.id, label: n.label, kind: n.kind, provenance: n.provenance }, classes: (n.classes ?? []).filter(Boolean).join(' '), position: n.position ? { ...n.position } : undefined })),
        ...this.model.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, type: e.type }, classes: (e.classes ?? []).filter(Boolean).join(' ') })),
      ]);
    });
    // Same nodes as before (a restyle, a new highlight): keep the positions the user sees.
    if (key === this.nodeKey && !rendererChanged) return this.applyHighlight();
    this.nodeKey = key;
    const started = performance.now();
    const layout = cy.layout(this.layoutOptions());
    layout.one('layoutstop', () => {
      cy.fit(undefined, 30);
      this.applyHighlight();
      this.emit('kb-layout-done', { ms: performance.now() - started, renderer: this.rendererInUse });
    });
    layout.run();
  }

  private layoutOptions() {
    const n = this.model.nodes.length;
    switch (this.layout) {
      case 'preset':
        return { name: 'preset', fit: false, animate: false };
      case 'concentric':
        return { name: 'concentric', animate: false, minNodeSpacing: 20, concentric: (node: { data(k: string): unknown }) => 10 - Number(node.data('depth') ?? 0), levelWidth: () => 1 };
      case 'breadthfirst':
        return { name: 'breadthfirst', animate: false, directed: true, spacingFactor: 1.1 };
      case 'grid':
        return { name: 'grid', animate: false };
      default:
        // fcose: fast force-directed; fewer iterations and no animation on large graphs.
        return { name: 'fcose', animate: false, quality: n > 1000 ? 'draft' : 'default', randomize: true, nodeRepulsion: 6000, idealEdgeLength: 90, numIter: n > 1000 ? 1000 : 2500 };
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
        e.addClass(ids.has(e.id()) ? 'highlight' : 'faded');
      });
    });
  }

  fit() {
    this.cy?.fit(undefined, 30);
  }

  async exportPng(): Promise<Blob> {
    if (!this.cy) throw new Error('nothing drawn');
    return this.cy.png({ output: 'blob-promise', bg: '#ffffff', full: true, scale: 2 }) as Promise<Blob>;
  }

  exportSvg(): string {
    if (!this.cy) throw new Error('nothing drawn');
    return (this.cy as unknown as { svg(o: object): string }).svg({ full: true, bg: '#ffffff' });
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
