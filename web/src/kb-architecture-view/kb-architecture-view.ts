import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { architectureDiagram, architectureDiff, type ArchitectureDiagram, type ArchitectureDiff, type DiffItem } from '../api/architecture.js';
import { ApiError } from '../api/client.js';
import { nodesOfKind, type NodeSummary, type SourceRef } from '../api/queries.js';
import { architectureBands, DIFF_MARKER, type ArchitectureGraph, type DiffChange } from '../graph/architecture.js';
import type { LabelKey } from '../i18n/dictionary.js';
import { getLang, LanguageController, pick, t } from '../i18n/i18n.js';
import { navigate } from '../state/url.js';
import '../kb-graph/kb-graph.js';

export const DEFAULT_ARCHITECTURE = 'arch:qng-3.0';

/** Colours of the diff (Okabe–Ito), the same as graph/architecture.ts ARCHITECTURE_STYLES. */
const CHANGE_STYLE: Record<Exclude<DiffChange, 'kept'>, { color: string; border: string }> = {
  added: { color: '#009E73', border: 'solid' },
  removed: { color: '#D55E00', border: 'dashed' },
  merged: { color: '#CC79A7', border: 'double' },
  status: { color: '#E69F00', border: 'solid' },
};

/**
 * `<kb-architecture-view>`: the overall diagram of an architecture version, drawn from the graph
 * as horizontal bands (one per layer of the diagram, top to bottom), and, against another version,
 * what changed: added, removed, merged (arrow to the node merged into), status changed, renamed,
 * national references added and dropped, each with its source quotes.
 *
 * @property params - route parameters: `architecture` (version id, default arch:qng-3.0) and
 *   `compare` (another version id; shows the diff from it to `architecture`).
 * @fires kb-navigate - to change version or comparison, and to explore a selected node.
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
    .layout { display: grid; grid-template-columns: minmax(0, 1fr) 24rem; gap: 0.75rem; align-items: start; }
    .drawing h3 { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    kb-graph { height: max(380px, calc(100vh - 240px)); }
    .with-legend kb-graph { height: max(360px, calc(100vh - 266px)); }
    aside { height: max(380px, calc(100vh - 212px)); overflow: auto; border: 1px solid #bbb; padding: 0.5rem 0.75rem; box-sizing: border-box; }
    .legend { display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; list-style: none; padding: 0; margin: 0 0 0.35rem; font-size: 0.85rem; }
    .legend li { display: flex; align-items: center; gap: 0.35rem; }
    .swatch { display: inline-grid; place-items: center; width: 1.3rem; height: 1.1rem; border-width: 3px; border-radius: 3px; background: #dfe9f3; font-weight: bold; font-size: 0.85rem; color: #111; }
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
  @state() private diagram: ArchitectureDiagram | null = null;
  @state() private compareDiagram: ArchitectureDiagram | null = null;
  @state() private diff: ArchitectureDiff | null = null;
  @state() private loading = false;
  @state() private error: ApiError | null = null;
  @state() private notFound = false;
  @state() private highlight: string[] = [];
  @state() private graph: ArchitectureGraph = { nodes: [], edges: [], bands: [] };
  private loadedKey = '';
  private builtLang = getLang();
  private builtOthers = true;
  private abort: AbortController | null = null;
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

  override connectedCallback() {
    super.connectedCallback();
    void this.loadVersions();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('params') && `${this.architecture}|${this.compare}` !== this.loadedKey) void this.load();
    // Band names and statuses are written into the model: rebuild it when the language changes.
    if (getLang() !== this.builtLang || (changed.has('params') && this.showOthers !== this.builtOthers)) this.rebuild();
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

  private async load() {
    const arch = this.architecture;
    const compare = this.compare;
    this.loadedKey = `${arch}|${compare}`;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    this.error = null;
    this.notFound = false;
    try {
      const [diagram, compareDiagram, diff] = await Promise.all([
        architectureDiagram(arch, abort.signal),
        compare ? architectureDiagram(compare, abort.signal) : Promise.resolve(null),
        compare ? architectureDiff(compare, arch, abort.signal) : Promise.resolve(null),
      ]);
      if (abort.signal.aborted) return;
      this.diagram = diagram;
      this.compareDiagram = compareDiagram;
      this.diff = diff;
      this.notFound = !diagram;
      this.rebuild();
    } catch (e) {
      if ((e as Error).name === 'AbortError') return;
      this.error = e instanceof ApiError ? e : new ApiError((e as Error).message, 'INTERNAL');
      this.diagram = null;
      this.diff = null;
      this.rebuild();
    } finally {
      if (this.abort === abort) this.loading = false;
    }
  }

  private rebuild() {
    this.builtLang = getLang();
    this.builtOthers = this.showOthers;
    if (!this.diagram) {
      this.graph = { nodes: [], edges: [], bands: [] };
      return;
    }
    // Layer names follow the language (the layers carry an English gloss); node names stay as the documents write them.
    const layers = this.diagram.layers.map((l) => ({ ...l, name: pick(l.name, l.nameEn ?? l.name) }));
    this.graph = architectureBands(layers, this.diagram.included, {
      otherLabel: t('architecture.other'),
      removedLabel: t('architecture.removedBand', { version: this.compare }),
      diff: this.diff,
      compareLayers: this.compareDiagram?.layers ?? [],
      statusLabel: (s) => this.statusText(s),
      showOthers: this.showOthers,
    });
  }

  private statusText(s: string | null | undefined): string {
    if (!s) return '—';
    const key = `architecture.status.${s}` as LabelKey;
    const text = t(key);
    return text === key ? s : text;
  }

  private setParam(name: 'architecture' | 'compare', value: string) {
    navigate(this, { params: { [name]: value } });
  }

  private explore(id: string) {
    navigate(this, { view: 'explore', params: { id } });
  }

  private onNodeSelect(e: CustomEvent<{ id: string }>) {
    const node = this.graph.nodes.find((n) => n.id === e.detail.id);
    const ref = node?.data?.ref;
    if (typeof ref === 'string' && ref) this.explore(ref);
  }

  /** Graph ids drawing a node (a node in several layers is drawn several times). */
  private graphIds(id: string): string[] {
    return this.graph.nodes.filter((n) => n.data?.ref === id).map((n) => n.id);
  }

  override render() {
    return html`<h2>${t('architecture.title')}</h2>
      ${this.renderControls()}
      ${this.error
        ? html`<div role="alert">
            <p>${t('common.error')}: ${this.error.message} (${this.error.code})</p>
            <button @click=${() => void this.load()}>${t('common.retry')}</button>
          </div>`
        : this.notFound
          ? html`<p role="alert">${t('architecture.notFound', { id: this.architecture })}</p>`
          : !this.diagram
            ? html`<p role="status">${t('common.loading')}</p>`
            : this.renderDiagram()}`;
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
    if (!d.layers.length && !d.included.length) return html`<p>${t('architecture.empty')}</p>`;
    return html`<div class="layout">
      <section class="drawing ${this.diff ? 'with-legend' : ''}" aria-labelledby="drawing-title">
        <h3 id="drawing-title" title=${pick(d.name, d.nameEn ?? d.name)}>${pick(d.name, d.nameEn ?? d.name)}</h3>
        ${this.diff ? this.renderLegend() : nothing}
        <kb-graph layout="preset" .model=${this.graph} .highlight=${this.highlight} @kb-node-select=${this.onNodeSelect}></kb-graph>
      </section>
      <aside aria-label=${this.diff ? t('architecture.diffLabel') : t('architecture.layers')}>${this.diff ? this.renderDiff(this.diff) : this.renderBands()}</aside>
    </div>`;
  }

  private renderLegend() {
    const entries: Exclude<DiffChange, 'kept'>[] = ['added', 'removed', 'merged', 'status'];
    return html`<ul class="legend" aria-label=${t('architecture.legend')}>
        ${entries.map(
          (c) => html`<li>
            <span class="swatch" aria-hidden="true" style="border-color:${CHANGE_STYLE[c].color};border-style:${CHANGE_STYLE[c].border}">${DIFF_MARKER[c]}</span>
            ${t(`architecture.change.${c}` as LabelKey)}
          </li>`,
        )}
      </ul>`;
  }

  private renderBands() {
    const d = this.diagram!;
    const drawn = new Set(this.graph.bands.flatMap((b) => b.members));
    return html`<h3>${t('architecture.layers')}</h3>
      <p class="summary">${t('architecture.summary', { layers: d.layers.length, members: drawn.size })} ${t('architecture.openHint')}</p>
      <ol class="bands">
        ${this.graph.bands.map(
          (b) => html`<li>
            <strong>${b.label.replace(/^\d+\.\s*/, '')}</strong>
            ${b.members.length
              ? html`<ul>
                  ${b.members.map((id) => {
                    const n = this.graph.nodes.find((x) => x.data?.ref === id && !x.classes?.includes('band-label'));
                    return html`<li>${this.nodeButton({ id, name: n ? this.nameOf(id) : id, kind: n?.kind ?? '', provenance: n?.provenance ?? 'stated' })}</li>`;
                  })}
                </ul>`
              : html`<span class="status">— ${t('architecture.layerEmpty')}</span>`}
          </li>`,
        )}
      </ol>`;
  }

  /** A node's full name (labels in the drawing may be clipped). */
  private nameOf(id: string): string {
    const d = this.diagram;
    const found = d?.included.find((i) => i.node.id === id)?.node ?? d?.layers.flatMap((l) => l.layerMembers).find((m) => m.id === id);
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
        ${diff.merged.length
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
          : html`<p class="status">${t('architecture.none')}</p>`}
      </details>
      ${this.itemSection('added', t('architecture.added', { n: diff.added.length }), diff.added, 'added')}
      ${this.itemSection('removed', t('architecture.removed', { n: diff.removed.length }), diff.removed, 'removed')}
      ${this.itemSection('status', t('architecture.statusChanged', { n: diff.statusChanged.length }), diff.statusChanged, 'status')}
      <details class="section-renamed" ?open=${diff.renamed.length > 0}>
        <summary>${t('architecture.renamed', { n: diff.renamed.length })}</summary>
        ${diff.renamed.length
          ? html`<ul class="items">
              ${diff.renamed.map((r) => html`<li>${this.itemName(r.previous)} → ${this.itemName(r.successor)} ${this.quotes(r.sources)}</li>`)}
            </ul>`
          : html`<p class="status">${t('architecture.none')}</p>`}
      </details>
      ${this.itemSection('national-added', t('architecture.nationalAdded', { n: diff.nationalAdded.length }), diff.nationalAdded, 'added')}
      ${this.itemSection('national-dropped', t('architecture.nationalDropped', { n: diff.nationalDropped.length }), diff.nationalDropped, 'removed')}
      ${this.linkSection(t('architecture.connectionsAdded', { n: diff.connectionsAdded.length }), diff.connectionsAdded)}
      ${this.linkSection(t('architecture.connectionsRemoved', { n: diff.connectionsRemoved.length }), diff.connectionsRemoved)}`;
  }

  private itemSection(name: string, title: string, items: DiffItem[], change: Exclude<DiffChange, 'kept'>) {
    return html`<details class="section-${name}">
      <summary>${title}</summary>
      ${items.length
        ? html`<ul class="items">
            ${items.map(
              (i) => html`<li>
                <span class="marker" aria-hidden="true">${DIFF_MARKER[change]}</span>${this.itemName(i)}
                <span class="status">(${this.statusText(i.statusFrom)} → ${this.statusText(i.statusTo)})</span>
                ${this.quotes(i.sources)}
              </li>`,
            )}
          </ul>`
        : html`<p class="status">${t('architecture.none')}</p>`}
    </details>`;
  }

  private linkSection(title: string, links: ArchitectureDiff['connectionsAdded']) {
    return html`<details>
      <summary>${title}</summary>
      ${links.length
        ? html`<ul class="items">
            ${links.map((l) => html`<li>${this.nodeButton(l.from)} <span class="status">${l.type}</span> ${this.nodeButton(l.to)} ${this.quotes(l.sources)}</li>`)}
          </ul>`
        : html`<p class="status">${t('architecture.none')}</p>`}
    </details>`;
  }

  private itemName(i: DiffItem): TemplateResult {
    return this.nodeButton(i.node);
  }

  private nodeButton(n: NodeSummary): TemplateResult {
    return html`<button
        class="link"
        @click=${() => this.explore(n.id)}
        @mouseenter=${() => (this.highlight = this.graphIds(n.id))}
        @mouseleave=${() => (this.highlight = [])}
        @focus=${() => (this.highlight = this.graphIds(n.id))}
        @blur=${() => (this.highlight = [])}
      >${n.name}</button
      >${n.provenance === 'example' ? html` <span class="example">${t('common.example')}</span>` : nothing}`;
  }

  private quotes(sources: SourceRef[]) {
    if (!sources.length) return nothing;
    return sources.map((s) => html`<blockquote>“${s.quote}” <cite>— ${s.section}${s.provenance && s.provenance !== 'stated' ? ` · ${t(`provenance.${s.provenance}` as LabelKey)}` : ''}</cite></blockquote>`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-architecture-view': KbArchitectureView;
  }
}
