import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import '../kb-error/kb-error.js';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError } from '../api/client.js';
import {
  analysisGraphStatus,
  cachedNationalRoots,
  nationalImpact,
  type AnalysisGraphStatus,
  type NationalImpact,
  type NationalRoots,
} from '../api/national.js';
import { nationalState, provinceParam } from '../graph/national.js';
import { resolveProvince } from '../graph/vn-provinces.js';
import { exportFileName, impactArgs, impactParams, type ImpactState } from '../graph/impact-model.js';
import { composePng, composeSvg, svgToPng } from '../export/graph-export.js';
import { SVG_TYPE } from '../export/table-export.js';
import { downloadBlob } from '../export/download.js';
import { viewButtonStyles, walkViewStyles } from '../styles/view-styles.js';
import { LanguageController, t } from '../i18n/i18n.js';
import { PageLoadValue } from '../controllers/page-load-value.js';
import { LatestRequest, type RequestTicket } from '../controllers/latest-request.js';
import { walkControls } from '../kb-impact-view/walk-controls.js';
import { navigate } from '../state/url.js';
import { kindLabel, labelOr, provenanceLabel } from '../i18n/labels.js';
import type { TableColumn } from '../kb-table/kb-table.js';
import type { KbProvinceMap } from '../kb-province-map/kb-province-map.js';
import '../kb-province-map/kb-province-map.js';
import '../kb-table/kb-table.js';

interface ProvinceRow {
  id: string;
  province: string | null;
  name: string;
  /** The 2025 unit it is drawn on ("" for national nodes, "?" when unknown). */
  unit: string;
  count: number;
  share: number;
  kinds: string;
}

/**
 * `<kb-national-view>`: impact across provinces. Pick a national root (a national database or a
 * national platform; the population database by default), a direction, a depth and a strictness,
 * all in the URL; the server counts the affected set by province (`byProvince`, no list sent), and
 * the view draws the map of the 34 provinces of 2025 coloured by those counts (kb-province-map),
 * with a table of the same counts by province and kind. Choosing a province (on the map or in the
 * table) opens the impact view filtered to that province (with the old provinces merged into it).
 * The picture is 34 tiles whatever the size of the graph; exports (PNG, SVG) carry a title, the
 * parameters and the scale.
 *
 * @property params - the route parameters: `id`, `direction`, `depth`, `provenance`.
 */
@customElement('kb-national-view')
export class KbNationalView extends LitElement {
  static override styles = [
    viewButtonStyles,
    walkViewStyles,
    css`
    select { font: inherit; max-width: 30rem; }
    .summary { margin: 0.4rem 0; font-size: 0.9rem; }
    .main { display: grid; grid-template-columns: minmax(0, 10fr) minmax(0, 7fr); gap: 0.6rem; flex: 1; min-height: 300px; }
    .map { display: flex; flex-direction: column; min-height: 0; border: 1px solid #ccc; border-radius: 4px; }
    kb-province-map { flex: 1; min-height: 0; }
    .map-notes { display: flex; flex-wrap: wrap; gap: 0.3rem 0.8rem; align-items: center; font-size: 0.82rem; color: #222; padding: 0.25rem 0.5rem; border-top: 1px solid #ddd; }
    .map-notes button, .exports button { font: inherit; font-size: 0.82rem; padding: 0.1rem 0.5rem; }
    .exports { margin-left: auto; display: inline-flex; gap: 0.3rem; }
    @media (max-width: 760px) {
      :host { height: auto; min-height: 0; }
      .main { grid-template-columns: 1fr; }
      .map { height: 70vh; }
      .tables { overflow: visible; }
      select { max-width: 100%; }
    }
  `,
  ];

  @property({ attribute: false }) params: Record<string, string> = {};

  @state() private result: NationalImpact | null = null;
  @state() private error: { message: string; code: string } | null = null;
  @state() private loading = false;
  /** While the server's analysis graph is being built: its progress (the view waits for it). */
  @state() private building: AnalysisGraphStatus | null = null;
  private readonly roots = new PageLoadValue<NationalRoots>(this, cachedNationalRoots, { databases: [], platforms: [] });

  @state() private exportError: string | null = null;
  readonly i18n = new LanguageController(this);
  private readonly walk = new LatestRequest(this, { key: () => JSON.stringify(impactArgs(this.state)), load: (ticket) => this.load(ticket) });

  private get state(): ImpactState {
    return nationalState(this.params);
  }

  /** A province's name in the current language ("(không thuộc tỉnh)" for national nodes). */
  private provinceName(p: string | null): string {
    return p ?? t('national.none');
  }

  override willUpdate(_changed: PropertyValues) {
    this.walk.loadIfChanged();
  }

  private async load(ticket: RequestTicket) {
    this.loading = true;
    this.error = null;
    try {
      // A national fan-out is answered from the server's analysis graph in a fraction of a second,
      // and by the database far more slowly: while the graph is being built, show its progress and
      // ask once it serves.
      for (;;) {
        const status = await analysisGraphStatus(ticket.signal);
        if (!ticket.isCurrent()) return;
        if (!status || status.serving || status.state === 'failed') break;
        this.building = status;
        await new Promise((r) => setTimeout(r, 1000));
        if (!ticket.isCurrent()) return;
      }
      this.building = null;
      const r = await nationalImpact(impactArgs(this.state), ticket.signal);
      if (ticket.isCurrent()) this.result = r;
    } catch (e) {
      if (!ticket.isCurrent() || (e as Error).name === 'AbortError') return;
      this.result = null;
      this.error = e instanceof ApiError ? { message: e.message, code: e.code } : { message: (e as Error).message, code: 'INTERNAL' };
    } finally {
      if (ticket.isCurrent()) this.loading = false;
    }
  }

  private change(patch: Partial<ImpactState>) {
    const next = { ...this.state, ...patch };
    const p = impactParams(next);
    navigate(this, { params: { id: next.id ?? '', direction: p.direction, depth: p.depth, provenance: p.provenance }, replace: !('id' in patch) });
  }

  /** Opens the impact view on the same root and settings, filtered to one province (or a 2025 unit and the old names merged into it). */
  private openProvince(province: string | null, names?: string[]) {
    navigate(this, { view: 'impact', params: { ...impactParams(this.state), province: names?.length ? names.join(',') : provinceParam(province) } });
  }

  private get map(): KbProvinceMap | null {
    return this.renderRoot.querySelector('kb-province-map');
  }

  /** Title, root, walk settings and date for an export of the map. */
  private exportMeta(r: NationalImpact) {
    const s = this.state;
    return {
      title: `${t('national.title')}: ${r.root.name}`,
      parameters: [
        t('map.meta.walk', {
          direction: t(s.direction === 'DEPENDENTS' ? 'map.meta.dependents' : 'map.meta.dependencies'),
          depth: s.depth,
          provenance: s.strictness.split(',').map(provenanceLabel).join(', '),
        }),
        this.summary(r),
        t('landscape.meta.date', { date: new Date().toISOString().slice(0, 10) }),
      ],
    };
  }

  private async exportMap(kind: 'png' | 'svg') {
    const r = this.result;
    const map = this.map;
    if (!r || !map) return;
    this.exportError = null;
    try {
      const meta = this.exportMeta(r);
      const text = map.svgText();
      const blob =
        kind === 'svg'
          ? new Blob([composeSvg(text, meta, [], t('legend.title'))], { type: SVG_TYPE })
          : await composePng(await svgToPng(text, 2), meta, [], t('legend.title'));
      downloadBlob(blob, exportFileName('national', r.root.id, kind));
    } catch (e) {
      this.exportError = (e as Error).message;
    }
  }

  override render() {
    const s = this.state;
    const r = this.result;
    return html`<h2>${t('national.title')}${r ? html`: ${r.root.name}` : nothing}</h2>
      ${this.renderForm(s)}
      ${this.error ? html`<kb-error .error=${new ApiError(this.error.message, this.error.code)} .retry=${() => this.walk.reload()}></kb-error>` : nothing}
      <div class="summary">
        ${
          this.loading && this.building
            ? html`<span role="status" class="building"><progress aria-label=${t('national.buildingLabel')}></progress>
              ${t('national.building', { nodes: (this.building.progressNodes ?? 0).toLocaleString(), relationships: (this.building.progressRelationships ?? 0).toLocaleString() })}</span>`
            : this.loading
              ? html`<span role="status"><progress aria-label=${t('national.loading')}></progress> ${t('national.loading')}</span>`
              : nothing
        }
        ${r && !this.loading ? html`<span class="total" role="status">${this.summary(r)}</span>` : nothing}
      </div>
      ${s.strictness.includes('example') ? html`<p class="note" role="note">${t('impact.exampleIncluded')}</p>` : nothing}
      <div class="main">
        <section class="map" aria-label=${t('national.graphLabel')}>
          <kb-province-map
            .byProvince=${r?.byProvince ?? []}
            .unit=${t(this.state.direction === 'DEPENDENTS' ? 'map.unit.affected' : 'map.unit.needed')}
            @kb-province-select=${(e: CustomEvent<{ province: string; names: string[] }>) => this.openProvince(e.detail.province, e.detail.names)}
          ></kb-province-map>
          ${r ? this.renderMapNotes(r) : nothing}
        </section>
        <section class="tables" aria-label=${t('national.tables')}>${r ? this.renderTable(r) : nothing}</section>
      </div>`;
  }

  private renderMapNotes(r: NationalImpact) {
    const national = r.byProvince.find((p) => p.province === null)?.count ?? 0;
    const unmapped = r.byProvince.filter((p) => p.province !== null && !resolveProvince(p.province));
    return html`<div class="map-notes">
      <span>${t('map.national', { n: national })}</span>
      ${national ? html`<button type="button" class="open-national" @click=${() => this.openProvince(null)}>${t('map.openList')}</button>` : nothing}
      ${unmapped.length ? html`<span class="unmapped">${t('map.unmapped', { names: unmapped.map((p) => `${p.province} (${p.count})`).join(', ') })}</span>` : nothing}
      <span class="exports" role="group" aria-label=${t('impact.export')}>
        <button type="button" data-export="png" @click=${() => void this.exportMap('png')}>${t('impact.exportPng')}</button>
        <button type="button" data-export="svg" @click=${() => void this.exportMap('svg')}>${t('impact.exportSvg')}</button>
      </span>
      ${this.exportError ? html`<span role="alert">${t('impact.exportFailed', { message: this.exportError })}</span>` : nothing}
    </div>`;
  }

  private summary(r: NationalImpact) {
    const provinces = r.byProvince.filter((p) => p.province !== null).length;
    const national = r.byProvince.find((p) => p.province === null)?.count ?? 0;
    return t(this.state.direction === 'DEPENDENTS' ? 'national.summary' : 'national.summaryDependencies', { total: r.total, provinces, national });
  }

  private renderForm(s: ImpactState) {
    const known = [...this.roots.value.databases, ...this.roots.value.platforms].some((n) => n.id === s.id);
    const option = (n: { id: string; name: string }) => html`<option value=${n.id} ?selected=${n.id === s.id}>${n.name}</option>`;
    return html`<form aria-label=${t('national.form')} @submit=${(e: Event) => e.preventDefault()}>
      <label class="field"
        ><span class="label">${t('national.root')}</span>
        <select name="root" @change=${(e: Event) => this.change({ id: (e.target as HTMLSelectElement).value })}>
          ${!known ? html`<option value=${s.id ?? ''} selected>${this.result?.root.id === s.id ? this.result!.root.name : s.id}</option>` : nothing}
          <optgroup label=${t('national.databases')}>${this.roots.value.databases.map(option)}</optgroup>
          <optgroup label=${t('national.platforms')}>${this.roots.value.platforms.map(option)}</optgroup>
        </select></label
      >
      ${walkControls(s, (patch) => this.change(patch))}
    </form>`;
  }

  private rows(r: NationalImpact): ProvinceRow[] {
    const kindText = (k: NationalImpact['byProvince'][number]['byKind']) =>
      k.map((x) => `${x.componentKind ? labelOr(`edit.value.${x.componentKind}`, x.componentKind) : kindLabel(x.kind)} ${x.count}`).join(', ');
    return r.byProvince.map((p) => ({
      id: provinceParam(p.province),
      province: p.province,
      name: this.provinceName(p.province),
      unit: p.province === null ? '' : (resolveProvince(p.province)?.name ?? '?'),
      count: p.count,
      share: r.total ? Math.round((p.count / r.total) * 100) : 0,
      kinds: kindText(p.byKind),
    }));
  }

  private renderTable(r: NationalImpact) {
    const columns: TableColumn<ProvinceRow>[] = [
      {
        key: 'name',
        header: t('national.col.province'),
        rowHeader: true,
        cell: (row) =>
          html`<button type="button" class="link" data-province=${row.id} title=${t('national.openImpact', { province: row.name })} @click=${() => this.openProvince(row.province)}>${row.name}</button>`,
      },
      { key: 'count', header: t('national.col.count'), numeric: true },
      { key: 'share', header: t('national.col.share'), numeric: true, cell: (row) => `${row.share}%` },
      { key: 'kinds', header: t('national.col.kinds'), sortable: false },
      { key: 'unit', header: t('map.col.unit') },
    ];
    return html`<p class="hint">${t('national.hint')}</p>
      <kb-table class="by-province" .caption=${t('national.tableCaption', { n: r.byProvince.length })} .columns=${columns} .rows=${this.rows(r)} .emptyText=${t('national.empty')}></kb-table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-national-view': KbNationalView;
  }
}
