import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ApiError } from '../api/client.js';
import { impact, impactExampleAdds, type ImpactHit, type ImpactResult, type NodeSummary } from '../api/queries.js';
import '../kb-error/kb-error.js';
import { fetchImpactExport } from '../api/interop.js';
import { cachedArchitectures } from '../api/explore.js';
import { PageLoadValue } from '../controllers/page-load-value.js';
import { impactToGraph, witnessIds, type GraphModel } from '../graph/elements.js';
import { compactLabels } from '../graph/explore-filter.js';
import { NATIONAL_PARAM, provinceFilter } from '../graph/national.js';
import {
  PROPAGATING_TYPES,
  compactRings,
  exportFileName,
  impactArgs,
  impactParams,
  impactRows,
  impactState,
  namesOf,
  witnessQuotes,
  witnessWords,
  hitProvenance,
  type ImpactState,
} from '../graph/impact-model.js';
import { SVG_TYPE, XLSX_TYPE, toXlsx, type ExportSheet, type ExportTable } from '../export/table-export.js';
import { downloadBlob } from '../export/download.js';
import { viewButtonStyles, walkViewStyles } from '../styles/view-styles.js';
import { LanguageController, t } from '../i18n/i18n.js';
import { LatestRequest, type RequestTicket } from '../controllers/latest-request.js';
import { walkControls } from './walk-controls.js';
import { navigate } from '../state/url.js';
import { kindLabel, provenanceLabel, relTypeLabel } from '../i18n/labels.js';
import type { KbGraph } from '../kb-graph/kb-graph.js';
import type { TableColumn } from '../kb-table/kb-table.js';
import '../kb-graph/kb-graph.js';
import '../kb-table/kb-table.js';
import '../kb-search/kb-search.js';

type Failure = ApiError;
const failure = (e: unknown): Failure => (e instanceof ApiError ? e : new ApiError((e as Error).message, 'INTERNAL'));

const EXPOSURES = ['DIRECT', 'GROUP', 'LAYER'] as const;
type Exposure = (typeof EXPOSURES)[number];
/** Kinds a collective mention or a layer is: what an indirect hit is reached through. */
const VIA_KINDS: Record<string, string[]> = { GROUP: ['ComponentGroup', 'AgencyGroup'], LAYER: ['ArchitectureLayer'] };
/** Group keys of indirect rows: exposure, then the group's name, split by this (never in a name). */
const VIA_SEP = '\u0000';

interface CountRow {
  id: string;
  name: string;
  provenance: string;
  count: number;
}
interface TaskRow {
  id: string;
  code: string;
  text: string;
  provenance: string;
}

/**
 * `<kb-impact-view>`: "if this changes or fails, who is hit" (or "what does it need"). A form for
 * the root, direction, depth, relationship types, strictness and architecture version, all in the
 * URL; the affected set in rings by depth around the root; tables of the affected nodes (exposure
 * and witness path in words, quotes on demand), counts by agency and by layer, tasks and indicators
 * reached; exports of the table (CSV, XLSX) and of the picture (PNG, SVG). Hovering or focusing a
 * row, or hovering a node, highlights its witness path without re-running the layout.
 *
 * With `province` (a province name, or `quoc-gia` for nodes of no province) only that province's
 * affected nodes are listed and drawn; the walk still crosses every province, and a select offers
 * the provinces of the whole affected set with their counts.
 *
 * At the default strictness, how many more nodes example data would add ("+8 kết quả trong dữ
 * liệu minh họa — hiện"); "hiện" switches to the strictness that includes it.
 *
 * Exposure is a filter of its own (`exposure=DIRECT,GROUP`, sent to the server, totals follow) and a
 * column; rows reached only through a collective mention or a layer are folded under that group
 * ("qua nhóm: 5 hệ thống — mở") so direct consumers stand out.
 *
 * @property params - the route parameters: `id`, `direction`, `depth`, `types`, `provenance`, `architecture`, `province`, `exposure`.
 */
@customElement('kb-impact-view')
export class KbImpactView extends LitElement {
  // The view fills the window below the shell's header (walkViewStyles), the graph and tables taking what is left.
  static override styles = [
    viewButtonStyles,
    walkViewStyles,
    css`
    .root { display: flex; flex-direction: column; min-width: 18rem; flex: 1 1 18rem; }
    .root kb-search { font-size: 0.9rem; }
    select { font: inherit; max-width: 16rem; }
    details.types { position: relative; }
    details.types summary { cursor: pointer; font-weight: 600; padding: 0.15rem 0; }
    details.types[open] .typelist { position: absolute; z-index: 10; background: #fff; border: 1px solid #555; padding: 0.4rem 0.6rem; box-shadow: 0 2px 8px #0003; width: 22rem; }
    .typelist label { display: block; white-space: nowrap; }
    .typelist code { font-size: 0.75rem; color: #333; }
    button:hover { background: #eef3f8; }
    .summary { display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; align-items: center; margin: 0.4rem 0; font-size: 0.9rem; }
    .exports { display: inline-flex; flex-wrap: wrap; gap: 0.3rem; align-items: center; margin-left: auto; }
    .exports span { font-weight: 600; font-size: 0.85rem; }
    progress { width: 10rem; }
    .main { display: grid; grid-template-columns: minmax(0, 5fr) minmax(0, 6fr); gap: 0.6rem; flex: 1; min-height: 300px; }
    .graph { display: flex; min-height: 0; }
    kb-graph { flex: 1; min-height: 0; }
    .tables h3 { font-size: 0.95rem; margin: 0.6rem 0 0.2rem; }
    .side { display: grid; grid-template-columns: 1fr 1fr; gap: 0.6rem; }
    fieldset.exposure label { display: block; white-space: nowrap; }
    .examples button { margin-left: 0.5rem; }
    /* A phone: form, graph and tables stack, the page scrolls. */
    @media (max-width: 760px) {
      :host { height: auto; min-height: 0; }
      .root { min-width: 0; flex-basis: 100%; }
      /* minmax(0, …): a wide table scrolls in its own box instead of widening the page. */
      .main { grid-template-columns: minmax(0, 1fr); }
      .graph { height: 60vh; }
      .tables { overflow: visible; min-width: 0; }
      .side { grid-template-columns: minmax(0, 1fr); }
      .exports { margin-left: 0; }
    }
    .empty { max-width: 44rem; }
    .linkish { background: none; border: none; color: #0b4f8a; text-decoration: underline; cursor: pointer; padding: 0; font: inherit; }
  `,
  ];

  @property({ attribute: false }) params: Record<string, string> = {};

  @state() private result: ImpactResult | null = null;
  @state() private error: Failure | null = null;
  @state() private loading = false;
  @state() private hovered: string | null = null;
  @state() private pinned: string | null = null;
  private readonly archs = new PageLoadValue(this, cachedArchitectures, [] as NodeSummary[]);
  @state() private exportError: string | null = null;
  /** How many more nodes example data would add to this answer (asked apart; null: none or unknown). */
  @state() private exampleAdds: number | null = null;
  @query('kb-graph') private graph!: KbGraph;

  private model: GraphModel = { nodes: [], edges: [] };
  private highlight: string[] = [];
  readonly i18n = new LanguageController(this);
  private readonly walk = new LatestRequest(this, {
    key: () => {
      const s = this.state;
      return s.id ? JSON.stringify(this.args(s)) : '';
    },
    load: (ticket) => this.load(ticket),
  });

  private get state(): ImpactState {
    return impactState(this.params);
  }

  override willUpdate(changed: PropertyValues) {
    this.walk.loadIfChanged();
    if (changed.has('result')) this.model = this.result ? compactLabels(compactRings(impactToGraph(this.result))) : { nodes: [], edges: [] };
    // A new array only when the path changes, so other re-renders leave the graph alone.
    if (changed.has('result') || changed.has('hovered') || changed.has('pinned')) {
      const id = this.hovered ?? this.pinned;
      this.highlight = this.result && id ? witnessIds(this.result, id) : [];
    }
  }

  private async load(ticket: RequestTicket) {
    const s = this.state;
    this.hovered = null;
    this.pinned = null;
    if (!s.id) {
      this.result = null;
      this.error = null;
      return;
    }
    this.error = null;
    this.exampleAdds = null;
    // Offered only from the default strictness, the one "show" adds example data to.
    if (s.strictness === 'stated,inferred')
      void impactExampleAdds(this.args(s)).then(
        (n) => ticket.isCurrent() && (this.exampleAdds = n),
        () => undefined,
      );
    await ticket.settle(impact(this.args(s)), {
      busy: (b) => (this.loading = b),
      ok: (r) => (this.result = r),
      failed: (e) => {
        this.result = null;
        this.error = failure(e);
      },
    });
  }

  /** The next page of hits, appended to what is shown (the summary counts stay those of the whole set). */
  private async loadMore() {
    const r = this.result;
    const after = r?.pageInfo?.endCursor;
    if (!r || !after) return;
    await this.walk.current.settle(impact({ ...this.args(this.state), after }), {
      busy: (b) => (this.loading = b),
      ok: (next) => (this.result = { ...r, affected: [...r.affected, ...next.affected], truncated: next.truncated, pageInfo: next.pageInfo }),
      failed: (e) => (this.error = failure(e)),
    });
  }

  /** The API arguments: the form's, plus the province and exposure filters of the route. */
  private args(s: ImpactState) {
    return { ...impactArgs(s), provinces: provinceFilter(this.params.province), exposure: this.exposureFilter() };
  }

  /** `exposure=DIRECT,GROUP` → those; absent or all three: no filter. */
  private exposureFilter(): Exposure[] | null {
    const asked = (this.params.exposure ?? '').split(',').filter((x): x is Exposure => (EXPOSURES as readonly string[]).includes(x));
    return asked.length && asked.length < EXPOSURES.length ? asked : null;
  }

  /** A province's name in the current language (national nodes have none); several are joined. */
  private provinceName(param: string) {
    return param
      .split(',')
      .map((p) => (p === NATIONAL_PARAM ? t('national.none') : p))
      .join(', ');
  }

  /** Applies a change of the form to the URL (a new root is a new history entry; the rest replace it). */
  private change(patch: Partial<ImpactState>) {
    const next = { ...this.state, ...patch };
    navigate(this, { params: impactParams(next), replace: !('id' in patch) });
  }

  override render() {
    const s = this.state;
    const r = this.result;
    return html`<h2>${t('impact.title')}${r ? html`: ${r.root.name}` : nothing}</h2>
      ${this.renderForm(s)}
      ${this.error ? html`<kb-error .error=${this.error} .retry=${() => this.walk.reload()}></kb-error>` : nothing}
      ${!s.id ? html`<section class="empty"><p>${t('impact.emptyText')}</p></section>` : this.renderResult(s, r)}`;
  }

  private renderForm(s: ImpactState) {
    const typesOn = s.types;
    return html`<form aria-label=${t('impact.form')} @submit=${(e: Event) => e.preventDefault()}>
      <div class="root">
        <span class="label">${t('impact.root')}</span>
        <kb-search
          @kb-search-select=${(e: CustomEvent<{ id: string }>) => {
            e.stopPropagation();
            this.change({ id: e.detail.id });
          }}
        ></kb-search>
      </div>
      ${walkControls(s, (patch) => this.change(patch))}
      <label class="field"
        ><span class="label">${t('impact.architecture')}</span>
        <select name="architecture" @change=${(e: Event) => this.change({ architecture: (e.target as HTMLSelectElement).value || null })}>
          <option value="" ?selected=${!s.architecture}>${t('impact.anyArchitecture')}</option>
          ${this.archs.value.map((a) => html`<option value=${a.id} ?selected=${a.id === s.architecture}>${a.name}</option>`)}
        </select></label
      >
      ${this.renderProvinceSelect()}
      ${this.renderExposureFilter()}
      <details class="types">
        <summary>${t('impact.types', { n: typesOn.length, total: PROPAGATING_TYPES.length })}</summary>
        <fieldset class="typelist">
          <legend>${t('impact.types', { n: typesOn.length, total: PROPAGATING_TYPES.length })}</legend>
          ${PROPAGATING_TYPES.map(
            (type) => html`<label
              ><input
                type="checkbox"
                name="types"
                value=${type}
                .checked=${typesOn.includes(type)}
                ?disabled=${typesOn.length === 1 && typesOn.includes(type)}
                @change=${(e: Event) => this.change({ types: (e.target as HTMLInputElement).checked ? [...typesOn, type] : typesOn.filter((x) => x !== type) })}
              />
              ${relTypeLabel(type)} <code>${type}</code></label
            >`,
          )}
          <button type="button" @click=${() => this.change({ types: [...PROPAGATING_TYPES] })}>${t('impact.allTypes')}</button>
        </fieldset>
      </details>
    </form>`;
  }

  /** Exposure as a filter: direct, through a group, through a layer (all three: no filter). */
  private renderExposureFilter() {
    const on = this.exposureFilter() ?? [...EXPOSURES];
    const counts = new Map((this.result?.summary?.byExposure ?? []).map((e) => [e.exposure, e.count]));
    const set = (x: Exposure, checked: boolean) => {
      const next = EXPOSURES.filter((e) => (e === x ? checked : on.includes(e)));
      navigate(this, { params: { exposure: next.length === EXPOSURES.length || !next.length ? '' : next.join(',') }, replace: true });
    };
    return html`<fieldset class="exposure">
      <legend>${t('impact.exposureFilter')}</legend>
      ${EXPOSURES.map(
        (x) => html`<label
          ><input type="checkbox" name="exposure" value=${x} .checked=${on.includes(x)} ?disabled=${on.length === 1 && on.includes(x)} @change=${(e: Event) => set(x, (e.target as HTMLInputElement).checked)} />
          ${t(`impact.exposure.${x}`)}${counts.has(x) ? ` (${counts.get(x)})` : ''}</label
        >`,
      )}
    </fieldset>`;
  }

  /** The province filter: every province of the whole affected set, with its count. */
  private renderProvinceSelect() {
    const current = this.params.province ?? '';
    const options = (this.result?.byProvince ?? []).map((p) => ({ value: p.province ?? NATIONAL_PARAM, count: p.count }));
    // A 2025 province and the old ones merged into it (from the national map): their counts summed.
    if (current && !options.some((o) => o.value === current)) {
      const names = new Set(current.split(','));
      options.unshift({ value: current, count: options.filter((o) => names.has(o.value)).reduce((n, o) => n + o.count, 0) });
    }
    return html`<label class="field"
      ><span class="label">${t('national.filter')}</span>
      <select name="province" @change=${(e: Event) => navigate(this, { params: { province: (e.target as HTMLSelectElement).value }, replace: true })}>
        <option value="" ?selected=${!current}>${t('national.filterAll')}</option>
        ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === current}>${this.provinceName(o.value)} (${o.count})</option>`)}
      </select></label
    >`;
  }

  private renderResult(s: ImpactState, r: ImpactResult | null) {
    const hits = r?.affected ?? [];
    return html`<div class="summary">
        ${this.loading ? html`<span role="status"><progress aria-label=${t('impact.loading')}></progress> ${t('impact.loading')}</span>` : nothing}
        ${
          r
            ? html`<span class="total" role=${this.loading ? nothing : 'status'}>${t(s.direction === 'DEPENDENTS' ? 'impact.total' : 'impact.totalDependencies', { total: r.total })}
              — ${r.truncated ? t('impact.truncated', { shown: hits.length, total: r.total }) : t('impact.complete')}</span>
              ${r.truncated ? html`<button type="button" class="more" ?disabled=${this.loading} @click=${() => void this.loadMore()}>${t('impact.more')}</button>` : nothing}
              ${r.answeredBy && !r.answeredBy.analysisGraph ? html`<span class="note" role="note">${t('impact.fromDatabase')}</span>` : nothing}`
            : nothing
        }
        ${
          r
            ? html`<span class="exports" role="group" aria-labelledby="export-label">
              <span id="export-label">${t('impact.export')}:</span>
              <button type="button" data-export="csv" @click=${() => void this.exportCsv()}>${t('impact.exportCsv')}</button>
              <button type="button" data-export="xlsx" @click=${() => void this.exportXlsx()}>${t('impact.exportXlsx')}</button>
              <button type="button" data-export="png" @click=${() => void this.exportPng()}>${t('impact.exportPng')}</button>
              <button type="button" data-export="svg" @click=${() => void this.exportSvg()}>${t('impact.exportSvg')}</button>
            </span>`
            : nothing
        }
      </div>
      ${this.exportError ? html`<div class="alert" role="alert">${t('impact.exportFailed', { message: this.exportError })}</div>` : nothing}
      ${s.strictness.includes('example') ? html`<p class="note" role="note">${t('impact.exampleIncluded')}</p>` : nothing}
      ${
        r && this.exampleAdds
          ? html`<p class="note example-adds">
            ${t('impact.exampleAdds', { n: this.exampleAdds })} —
            <button type="button" class="linkish" @click=${() => this.change({ strictness: 'stated,inferred,example' })}>${t('finding.exampleAddsShow')}</button>
          </p>`
          : nothing
      }
      ${
        r && r.total > 0 && r.summary && !r.summary.byExposure.some((e) => e.exposure === 'DIRECT' && e.count > 0) && !this.exposureFilter()
          ? html`<p class="hint only-indirect" role="note">${t('impact.onlyIndirect', { n: r.total })}</p>`
          : nothing
      }
      ${
        r && this.params.province
          ? html`<p class="note province-note" role="note">
            ${t('national.filtered', { province: this.provinceName(this.params.province), shown: r.total, total: (r.byProvince ?? []).reduce((n, p) => n + p.count, 0) })}
            <button type="button" class="national" @click=${() => navigate(this, { view: 'national', params: { id: s.id ?? '', direction: impactParams(s).direction, depth: impactParams(s).depth, provenance: impactParams(s).provenance } })}>${t('national.openNational')}</button>
          </p>`
          : nothing
      }
      <div class="main">
        <section class="graph" aria-label=${t('impact.graphLabel')}>
          <kb-graph
            layout="preset"
            .model=${this.model}
            .highlight=${this.highlight}
            @kb-node-hover=${(e: CustomEvent<{ id: string | null }>) => (this.hovered = e.detail.id)}
            @kb-node-select=${(e: CustomEvent<{ id: string }>) => (this.pinned = this.pinned === e.detail.id ? null : e.detail.id)}
          ></kb-graph>
        </section>
        <section class="tables" aria-label=${t('impact.tables')}>${r ? this.renderTables(s, r) : nothing}</section>
      </div>`;
  }

  private renderTables(s: ImpactState, r: ImpactResult) {
    const names = namesOf(r);
    const open = (id: string) => navigate(this, { view: 'explore', params: { id } });
    const nameCell = (n: { id: string; name: string; provenance: string }) =>
      html`<button type="button" class="link" title=${t('impact.openExplore')} @click=${() => open(n.id)}>${n.name}</button>${
        n.provenance === 'example' ? html` <span class="badge example">${provenanceLabel('example')}</span>` : nothing
      }`;
    const affectedColumns: TableColumn<ImpactHit>[] = [
      {
        key: 'name',
        header: t('impact.col.name'),
        rowHeader: true,
        sortValue: (h) => h.node.name,
        cell: (h) => html`${nameCell(h.node)}<div class="small">${kindLabel(h.node.kind)}</div>`,
      },
      {
        key: 'exposure',
        header: t('impact.col.exposure'),
        sortValue: (h) => h.exposure,
        cell: (h) => html`<strong>${t(`impact.exposure.${h.exposure}`)}</strong><div class="small">${t(`impact.exposureText.${h.exposure}`)}</div>`,
      },
      { key: 'depth', header: t('impact.col.depth'), numeric: true, sortValue: (h) => h.depth, cell: (h) => h.depth },
      {
        key: 'witness',
        header: t('impact.col.witness'),
        sortable: false,
        cell: (h) => {
          const quotes = witnessQuotes(h);
          const prov = hitProvenance(h);
          return html`${witnessWords(h, names, relTypeLabel)}
            ${prov !== 'stated' ? html` <span class="badge ${prov}">${provenanceLabel(prov)}</span>` : nothing}
            ${
              quotes.length
                ? html`<details class="quotes">
                  <summary>${t('impact.showQuotes')} (${quotes.length})</summary>
                  ${quotes.map((q) => html`<blockquote lang="vi">${q.quote}<div class="small">${q.document} · ${q.section}</div></blockquote>`)}
                </details>`
                : html`<div class="small">${t('impact.noQuote')}</div>`
            }`;
        },
      },
    ];
    const countColumns = (header: string): TableColumn<CountRow>[] => [
      { key: 'name', header, rowHeader: true, cell: (c) => nameCell(c) },
      { key: 'count', header: t('impact.col.count'), numeric: true },
    ];
    const taskColumns: TableColumn<TaskRow>[] = [
      {
        key: 'code',
        header: t('impact.col.code'),
        rowHeader: true,
        cell: (x) => html`<button type="button" class="link" title=${t('impact.openExplore')} @click=${() => open(x.id)}>${x.code}</button>`,
      },
      { key: 'text', header: t('impact.col.text') },
    ];
    // Direct hits first, by depth; then those reached only through a group or a layer, under it.
    // The group (or layer) an indirect hit is reached through: itself when it is one, else the
    // first of that kind on its witness path; none known: the exposure alone names the fold.
    const via = (h: ImpactHit) => {
      const kinds = VIA_KINDS[h.exposure] ?? [];
      if (kinds.includes(h.node.kind)) return h.node.name;
      const ids = h.path.flatMap((p) => [p.from.id, p.to.id]).filter((id) => id !== h.node.id);
      const group = ids.map((id) => names.get(id)).find((n) => n && kinds.includes(n.kind));
      return group?.name ?? '';
    };
    const ordered = [...r.affected.filter((h) => h.exposure === 'DIRECT'), ...r.affected.filter((h) => h.exposure !== 'DIRECT')];
    const groupOf = (h: ImpactHit) => (h.exposure === 'DIRECT' ? t('impact.depthGroup', { n: h.depth }) : `${h.exposure}${VIA_SEP}${via(h)}`);
    const toggleText = (group: string, n: number, open: boolean) => {
      const [exposure, name] = group.split(VIA_SEP);
      const key = exposure === 'LAYER' ? (open ? 'impact.layerRowsOpen' : 'impact.layerRows') : open ? 'impact.groupRowsOpen' : 'impact.groupRows';
      return t(key, { n, name: name ? ` “${name}”` : '' });
    };
    return html`<p class="hint">${t('impact.hoverHint')}</p>
      <kb-table
        class="affected"
        hoverable
        .caption=${`${t(s.direction === 'DEPENDENTS' ? 'impact.affected' : 'impact.dependencies')} (${r.affected.length})`}
        .columns=${affectedColumns}
        .rows=${ordered}
        .rowId=${(h: ImpactHit) => h.node.id}
        .groupBy=${groupOf}
        .collapsible=${(group: string) => group.includes(VIA_SEP)}
        .groupToggleText=${toggleText}
        .active=${this.hovered ?? this.pinned}
        .emptyText=${t('impact.none')}
        @kb-row-hover=${(e: CustomEvent<{ id: string | null }>) => (this.hovered = e.detail.id)}
      ></kb-table>
      <div class="side">
        <kb-table class="by-agency" .caption=${t('impact.byAgency')} .columns=${countColumns(t('impact.col.agency'))} .rows=${this.agencyRows(r)}></kb-table>
        <kb-table class="by-layer" .caption=${t('impact.byLayer')} .columns=${countColumns(t('impact.col.layer'))} .rows=${this.layerRows(r)}></kb-table>
      </div>
      <kb-table class="tasks" .caption=${`${t('impact.tasks')} (${r.tasks.length})`} .columns=${taskColumns} .rows=${this.taskRows(r.tasks)}></kb-table>
      <kb-table class="indicators" .caption=${`${t('impact.indicators')} (${r.indicators.length})`} .columns=${taskColumns} .rows=${this.taskRows(r.indicators)}></kb-table>`;
  }

  private agencyRows(r: ImpactResult): CountRow[] {
    return r.byAgency.map((a) => ({ id: a.agency.id, name: a.agency.name, provenance: a.agency.provenance, count: a.count }));
  }
  private layerRows(r: ImpactResult): CountRow[] {
    return r.byLayer.map((l) => ({ id: l.layer.id, name: l.layer.name, provenance: l.layer.provenance, count: l.count }));
  }
  private taskRows(list: ImpactResult['tasks']): TaskRow[] {
    return list.map((x) => ({ id: x.id, code: x.code ?? x.id, text: x.text ?? x.name, provenance: x.provenance }));
  }

  // ── exports ──

  /** The affected list as an export table, labelled in the current language. */
  private affectedTable(r: ImpactResult): ExportTable {
    return {
      columns: [
        { key: 'name', header: t('impact.col.name'), width: 45 },
        { key: 'id', header: t('impact.col.id'), width: 30 },
        { key: 'kind', header: t('impact.col.kind'), width: 16 },
        { key: 'depth', header: t('impact.col.depth'), width: 8 },
        { key: 'exposure', header: t('impact.col.exposure'), width: 14 },
        { key: 'exposureText', header: t('impact.col.exposureText'), width: 40 },
        { key: 'witness', header: t('impact.col.witness'), width: 80 },
        { key: 'provenance', header: t('impact.col.provenance'), width: 14 },
        { key: 'quotes', header: t('impact.col.quotes'), width: 80 },
      ],
      rows: impactRows(r, relTypeLabel).map((row) => ({
        ...row,
        kind: kindLabel(row.kind),
        exposure: t(`impact.exposure.${row.exposure}`),
        exposureText: t(`impact.exposureText.${row.exposure}`),
        provenance: provenanceLabel(row.provenance),
      })),
    };
  }

  private sheets(r: ImpactResult): ExportSheet[] {
    const counts = (rows: CountRow[], header: string): ExportTable => ({
      columns: [
        { key: 'name', header, width: 50 },
        { key: 'id', header: t('impact.col.id'), width: 30 },
        { key: 'count', header: t('impact.col.count'), width: 10 },
      ],
      rows: rows.map((c) => ({ ...c })),
    });
    const tasks = (rows: TaskRow[]): ExportTable => ({
      columns: [
        { key: 'code', header: t('impact.col.code'), width: 12 },
        { key: 'id', header: t('impact.col.id'), width: 22 },
        { key: 'text', header: t('impact.col.text'), width: 90 },
      ],
      rows: rows.map((x) => ({ ...x })),
    });
    return [
      { name: t('impact.affected'), ...this.affectedTable(r) },
      { name: t('impact.byAgency'), ...counts(this.agencyRows(r), t('impact.col.agency')) },
      { name: t('impact.byLayer'), ...counts(this.layerRows(r), t('impact.col.layer')) },
      { name: t('impact.tasks'), ...tasks(this.taskRows(r.tasks)) },
      { name: t('impact.indicators'), ...tasks(this.taskRows(r.indicators)) },
    ];
  }

  private fileName(ext: string) {
    return exportFileName('impact', this.result?.root.id ?? 'impact', ext);
  }

  private async runExport(make: () => Promise<Blob> | Blob, ext: string) {
    this.exportError = null;
    try {
      downloadBlob(await make(), this.fileName(ext));
    } catch (e) {
      this.exportError = (e as Error).message;
    }
  }

  /** CSV of the whole result, streamed by the server (any size; the page on screen may be a part). */
  private exportCsv() {
    const r = this.result;
    if (r) return this.runExport(async () => (await fetchImpactExport(this.args(this.state), 'csv')).blob, 'csv');
  }

  private exportXlsx() {
    const r = this.result;
    if (r) return this.runExport(async () => new Blob([await toXlsx(this.sheets(r))], { type: XLSX_TYPE }), 'xlsx');
  }

  /** Title, root, walk settings, filters and date for a picture export. */
  private pictureMeta() {
    const s = this.state;
    const r = this.result;
    const arch = s.architecture ? (this.archs.value.find((a) => a.id === s.architecture)?.name ?? s.architecture) : null;
    return {
      title: `${t('impact.title')}: ${r?.root.name ?? s.id ?? ''}`,
      parameters: [
        t('map.meta.walk', {
          direction: t(s.direction === 'DEPENDENTS' ? 'map.meta.dependents' : 'map.meta.dependencies'),
          depth: s.depth,
          provenance: s.strictness.split(',').map(provenanceLabel).join(', '),
        }),
        `${t('impact.types', { n: s.types.length, total: PROPAGATING_TYPES.length })}${arch ? `; ${t('impact.architecture')}: ${arch}` : ''}${this.params.province ? `; ${t('national.filter')}: ${this.provinceName(this.params.province)}` : ''}`,
        r ? t(s.direction === 'DEPENDENTS' ? 'impact.total' : 'impact.totalDependencies', { total: r.total }) : '',
        t('landscape.meta.date', { date: new Date().toISOString().slice(0, 10) }),
      ].filter(Boolean),
    };
  }

  private exportPng() {
    return this.runExport(() => this.graph.exportPng(this.pictureMeta()), 'png');
  }

  private exportSvg() {
    return this.runExport(async () => new Blob([await this.graph.exportSvg(this.pictureMeta())], { type: SVG_TYPE }), 'svg');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-impact-view': KbImpactView;
  }
}
