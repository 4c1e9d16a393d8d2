import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  EXPORT_FORMATS,
  IMPORT_EXTENSIONS,
  IMPORT_FORMATS,
  IMPORT_MODES,
  TEMPLATE_FORMATS,
  canImport,
  formatFromFileName,
  type ExportFilter,
  type ExportFormat,
  type ImportFormat,
  type ImportItem,
  type ImportMode,
  type ImportProgress,
  type ImportReport,
  type Role,
  type TemplateFormat,
} from '../api/interop.js';
import type { NodeSummary } from '../api/queries.js';
import { KINDS, PROVENANCES } from '../api/edit.js';
import type { LabelKey } from '../i18n/dictionary.js';
import { pageViewStyles } from '../styles/view-styles.js';
import { LanguageController, pick, t } from '../i18n/i18n.js';
import { changedItems, confirmState, fileKey, placeText, problemRows, sizeText, valueText } from './import-model.js';
import { tableHead } from '../render/table-head.js';

/** The model's levels (server/src/model/model.ts LEVELS), offered for ArchiMate components. */
const LEVELS = ['national', 'province', 'district', 'commune', 'sector'] as const;

/** What `kb-import-dry-run` and `kb-import-confirm` carry. */
export interface ImportRunDetail {
  file: File;
  /** null: let the server decide (the extension said nothing and no format was chosen). */
  format: ImportFormat | null;
  mode: ImportMode;
  /** ArchiMate only: the level its components get (the exchange format has none). */
  level: string | null;
  /** Let the file downgrade stored provenance or drop stored sources (kept otherwise). */
  allowProvenanceLoss: boolean;
}

export interface ExportDetail {
  format: ExportFormat;
  filter: ExportFilter;
}

/** How many created/updated items are listed at first, and how many more each "show more" adds. */
export const ITEMS_PAGE = 20;

const ACTION_KEY: Record<ImportItem['action'], LabelKey> = {
  CREATED: 'import.action.CREATED',
  UPDATED: 'import.action.UPDATED',
  UNCHANGED: 'import.action.UNCHANGED',
  REJECTED: 'import.action.REJECTED',
};

/**
 * `<kb-import>`: the import and export page. Import: choose a file (picker or drag and drop;
 * .xlsx, .csv, .zip of CSVs, .json, .ndjson, ArchiMate .xml), the format (from the extension unless
 * chosen) and what to do with bad rows (all-or-nothing or valid rows only); "Chạy thử" (dry run)
 * asks for a report, shown with the upload's progress; the report gives the counts (nodes and
 * relationships × created, updated, unchanged, rejected), the problems (file/sheet, row, column,
 * value, reason in the current language), the ArchiMate mapping notes and the items to be created
 * or updated (first 20, "show more"). "Xác nhận nhập" (confirm) is offered only after a dry run of
 * the file and options now chosen, when it would write something (and, in all-or-nothing mode,
 * when no row was rejected); then the final report shows. Roles below editor see the form disabled
 * and are told an editor token is needed. Also: template downloads and an export panel (format;
 * architecture, agency, kind, provenance filters). The element never fetches: its owner runs the
 * uploads and downloads and passes the results back.
 *
 * @property callerRole - the caller's role (`whoami`); undefined while unknown, null without a token.
 * @property report - the last report (dry run or final), or null.
 * @property progress - the running upload's progress, or null when none runs.
 * @property busy - an import request is running.
 * @property error - the last import error to show, or ''.
 * @property notice - a passing message (e.g. the upload was cancelled), or ''.
 * @property architectures - architecture versions offered as export filters.
 * @property agencies - agencies offered as export filters.
 * @property exportBusy - an export or template download is running.
 * @property exportMessage - the last export outcome (saved file or error), or ''.
 * @fires kb-import-dry-run - `ImportRunDetail`: upload the file as a dry run.
 * @fires kb-import-confirm - `ImportRunDetail`: upload it again and write (only after its dry run).
 * @fires kb-import-abort - stop the running upload.
 * @fires kb-import-template - `{ format }`: download an import template (xlsx, csv, json).
 * @fires kb-export - `ExportDetail`: download the graph (or the filtered part) in that format.
 */
@customElement('kb-import')
export class KbImport extends LitElement {
  static override styles = [
    pageViewStyles,
    css`
    h3 { font-size: 1.05rem; margin: 0.8rem 0 0.4rem; }
    h4 { font-size: 0.98rem; margin: 0.8rem 0 0.3rem; }
    section { border: 1px solid #bbb; border-radius: 4px; padding: 0.4rem 0.8rem 0.8rem; margin: 0 0 1rem; max-width: 80rem; }
    fieldset { border: 1px solid #aaa; border-radius: 4px; padding: 0.3rem 0.7rem 0.5rem; margin: 0 0 0.6rem; min-width: 0; }
    fieldset.form { border: none; padding: 0; margin: 0; }
    legend { font-weight: 600; padding: 0 0.3rem; }
    label { font-size: 0.92rem; }
    button, select, input { font: inherit; }
    button { padding: 0.3rem 0.8rem; cursor: pointer; }
    button.primary { background: #0b4f8a; color: #fff; border: 2px solid #0b4f8a; border-radius: 4px; font-weight: 600; padding: 0.45rem 1.2rem; }
    button.confirm { background: #1b6e3a; border-color: #1b6e3a; }
    button:disabled { opacity: 0.6; cursor: not-allowed; }
    .link { background: none; border: none; padding: 0; color: #0b4f8a; text-decoration: underline; cursor: pointer; }
    .drop { border: 2px dashed #0b4f8a; border-radius: 6px; padding: 0.8rem; background: #f6f9fc; display: grid; gap: 0.3rem; }
    .drop.over { background: #e1ecf7; border-style: solid; }
    .row { display: flex; flex-wrap: wrap; gap: 0.6rem 1.5rem; align-items: end; margin: 0.5rem 0; }
    .field { display: flex; flex-direction: column; gap: 0.15rem; }
    .hint { font-size: 0.85rem; color: #333; margin: 0.1rem 0; }
    .chosen { font-weight: 600; }
    .notice { border: 2px solid #8a5a00; background: #fff8e6; color: #4d3300; padding: 0.4rem 0.7rem; border-radius: 4px; margin: 0.5rem 0; }
    .error { border: 2px solid #b3261e; background: #fff5f5; color: #7a0016; padding: 0.4rem 0.7rem; border-radius: 4px; margin: 0.5rem 0; }
    .done { border: 2px solid #1b6e3a; background: #f2fbf5; color: #124d28; padding: 0.4rem 0.7rem; border-radius: 4px; margin: 0.5rem 0; }
    .progress { display: flex; gap: 0.8rem; align-items: center; margin: 0.5rem 0; }
    progress { width: 22rem; max-width: 100%; height: 1.1rem; }
    table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 0.3rem 0; }
    caption { text-align: left; font-size: 0.85rem; color: #333; padding: 0.2rem 0; }
    th, td { border: 1px solid #aaa; padding: 0.25rem 0.45rem; text-align: left; vertical-align: top; }
    th { background: #f2f2f2; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; }
    table.summary { width: auto; min-width: 32rem; }
    td.rejected-some { font-weight: 700; color: #8c1d18; }
    td.value { max-width: 18rem; overflow-wrap: anywhere; font-family: ui-monospace, monospace; font-size: 0.85rem; }
    .checks { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 0.1rem 0.8rem; max-height: 12rem; overflow: auto; }
    .checks label { display: flex; gap: 0.3rem; align-items: flex-start; }
    .templates { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
  `,
  ];

  @property({ attribute: false }) callerRole: Role | null | undefined = undefined;
  @property({ attribute: false }) report: ImportReport | null = null;
  @property({ attribute: false }) progress: ImportProgress | null = null;
  @property({ type: Boolean }) busy = false;
  @property() error = '';
  @property() notice = '';
  @property({ attribute: false }) architectures: NodeSummary[] = [];
  @property({ attribute: false }) agencies: NodeSummary[] = [];
  @property({ type: Boolean }) exportBusy = false;
  @property() exportMessage = '';

  @state() private file: File | null = null;
  /** '' = from the file's extension. */
  @state() private formatChoice: ImportFormat | '' = '';
  @state() private mode: ImportMode = 'ALL_OR_NOTHING';
  /** ArchiMate only; '' = none, so components stay Elements. */
  @state() private level = '';
  /** Off: stored provenance and sources are kept even where the file weakens them. */
  @state() private allowProvenanceLoss = false;
  /** The selection (file + format + mode) the last dry run was asked for. */
  @state() private ranFor = '';
  @state() private shownItems = ITEMS_PAGE;
  @state() private dragOver = false;
  @state() private exportFormat: ExportFormat = 'json';
  @state() private exportArchitectures: string[] = [];
  @state() private exportAgencies: string[] = [];
  @state() private exportKinds: string[] = [];
  @state() private exportProvenances: string[] = [];
  readonly i18n = new LanguageController(this);

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('report')) this.shownItems = ITEMS_PAGE;
  }

  /** The format that will be sent: the one chosen, else the extension's. */
  private effectiveFormat(): ImportFormat | null {
    return this.formatChoice || (this.file ? formatFromFileName(this.file.name) : null);
  }

  private selectionKey(): string {
    return this.file ? `${fileKey(this.file)}|${this.effectiveFormat() ?? ''}|${this.mode}|${this.level}|${this.allowProvenanceLoss}` : '';
  }

  /** Chooses the file to import (as the picker or a drop does). */
  chooseFile(file: File | null) {
    this.file = file;
  }

  private detail(): ImportRunDetail {
    const format = this.effectiveFormat();
    return {
      file: this.file!,
      format,
      mode: this.mode,
      level: format === 'ARCHIMATE' && this.level ? this.level : null,
      allowProvenanceLoss: this.allowProvenanceLoss,
    };
  }

  private fire<T>(name: string, detail: T) {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }

  private dryRun() {
    if (!this.file || this.busy || !canImport(this.callerRole)) return;
    this.ranFor = this.selectionKey();
    this.fire<ImportRunDetail>('kb-import-dry-run', this.detail());
  }

  /** The report is the dry run of what is chosen now. */
  private reportIsCurrent(): boolean {
    return !!this.ranFor && this.ranFor === this.selectionKey();
  }

  private confirm() {
    if (!this.canConfirm()) return;
    this.fire<ImportRunDetail>('kb-import-confirm', this.detail());
  }

  private canConfirm(): boolean {
    const r = this.report;
    return !!r && !!this.file && !this.busy && canImport(this.callerRole) && this.reportIsCurrent() && confirmState(r, this.mode) === 'ok';
  }

  private onDrop(e: DragEvent) {
    e.preventDefault();
    this.dragOver = false;
    if (!canImport(this.callerRole) || this.busy) return;
    const f = e.dataTransfer?.files?.[0];
    if (f) this.chooseFile(f);
  }

  override render() {
    return html`<h2>${t('import.title')}</h2>
      <p class="hint">${t('import.intro')}</p>
      ${this.renderImport()} ${this.renderExport()}`;
  }

  // ── import ──

  private renderImport() {
    const allowed = canImport(this.callerRole);
    const inferred = this.file ? formatFromFileName(this.file.name) : null;
    return html`<section aria-labelledby="import-h">
      <h3 id="import-h">${t('import.importTitle')}</h3>
      ${
        this.callerRole === undefined
          ? html`<p class="hint" role="status">${t('import.roleChecking')}</p>`
          : allowed
            ? nothing
            : html`<p class="notice" id="role-note" role="note">${t('import.needsEditor', { role: this.callerRole ?? t('import.noRole') })}</p>`
      }
      <div class="templates" role="group" aria-label=${t('import.templates')}>
        <span>${t('import.templates')}:</span>
        ${TEMPLATE_FORMATS.map(
          (
            f,
          ) => html`<button type="button" data-template=${f} ?disabled=${this.exportBusy} @click=${() => this.fire<{ format: TemplateFormat }>('kb-import-template', { format: f })}>
            ${t(`import.template.${f}` as LabelKey)}
          </button>`,
        )}
      </div>
      <fieldset class="form" ?disabled=${!allowed || this.busy} aria-describedby=${allowed ? nothing : 'role-note'}>
        <div class="drop ${this.dragOver ? 'over' : ''}"
          @dragover=${(e: DragEvent) => {
            e.preventDefault();
            if (allowed) this.dragOver = true;
          }}
          @dragleave=${() => (this.dragOver = false)}
          @drop=${this.onDrop}>
          <label for="file">${t('import.chooseFile')}</label>
          <input id="file" type="file" accept=${IMPORT_EXTENSIONS.join(',')} aria-describedby="file-hint"
            @change=${(e: Event) => this.chooseFile((e.target as HTMLInputElement).files?.[0] ?? null)} />
          <p class="hint" id="file-hint">${t('import.dropHint', { extensions: IMPORT_EXTENSIONS.join(', ') })}</p>
          ${this.file ? html`<p class="chosen" data-chosen>${t('import.chosen', { name: this.file.name, size: sizeText(this.file.size) })}</p>` : nothing}
        </div>
        <div class="row">
          <div class="field">
            <label for="format">${t('import.format')}</label>
            <select id="format" @change=${(e: Event) => (this.formatChoice = (e.target as HTMLSelectElement).value as ImportFormat | '')}>
              <option value="" ?selected=${this.formatChoice === ''}>${inferred ? t('import.formatAutoIs', { format: t(`import.format.${inferred}` as LabelKey) }) : t('import.formatAuto')}</option>
              ${IMPORT_FORMATS.map((f) => html`<option value=${f} ?selected=${this.formatChoice === f}>${t(`import.format.${f}` as LabelKey)}</option>`)}
            </select>
          </div>
          ${
            this.effectiveFormat() === 'ARCHIMATE'
              ? html`<div class="field">
                <label for="level">${t('import.level')}</label>
                <select id="level" @change=${(e: Event) => (this.level = (e.target as HTMLSelectElement).value)}>
                  <option value="" ?selected=${this.level === ''}>${t('import.levelNone')}</option>
                  ${LEVELS.map((l) => html`<option value=${l} ?selected=${this.level === l}>${l}</option>`)}
                </select>
              </div>`
              : nothing
          }
          <fieldset>
            <legend>${t('import.mode')}</legend>
            ${IMPORT_MODES.map(
              (m) =>
                html`<label><input type="radio" name="mode" value=${m} .checked=${this.mode === m} @change=${() => (this.mode = m)} /> ${t(`import.mode.${m}` as LabelKey)}</label><br />`,
            )}
          </fieldset>
          <div class="field">
            <label><input type="checkbox" id="allow-provenance-loss" .checked=${this.allowProvenanceLoss}
              @change=${(e: Event) => (this.allowProvenanceLoss = (e.target as HTMLInputElement).checked)} aria-describedby="provenance-hint" />
              ${t('import.allowProvenanceLoss')}</label>
            <p class="hint" id="provenance-hint">${t('import.allowProvenanceLossHint')}</p>
          </div>
        </div>
        <button type="button" class="primary" id="dry-run" ?disabled=${!this.file || this.busy} @click=${this.dryRun}>${t('import.dryRun')}</button>
      </fieldset>
      ${this.renderProgress()}
      ${this.error ? html`<div class="error" role="alert">${t('common.error')}: ${this.error}</div>` : nothing}
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
      ${this.renderReport()}
    </section>`;
  }

  private renderProgress() {
    const p = this.progress;
    if (!p) return nothing;
    return html`<div class="progress" role="status">
      ${
        p.phase === 'upload'
          ? html`<progress id="upload-progress" max="100" .value=${p.percent} aria-label=${t('import.uploading', { percent: p.percent })}></progress>
            <span>${t('import.uploading', { percent: p.percent })} (${sizeText(p.loaded)} / ${sizeText(p.total)})</span>`
          : html`<progress id="upload-progress" aria-label=${t('import.processing')}></progress><span>${t('import.processing')}</span>`
      }
      <button type="button" class="link" @click=${() => this.fire('kb-import-abort', {})}>${t('import.abort')}</button>
    </div>`;
  }

  private renderReport() {
    const r = this.report;
    if (!r) return nothing;
    // A dry run of another file or other options: its report says nothing about what is chosen now.
    if (r.dryRun && this.ranFor && !this.reportIsCurrent()) return html`<p class="notice" data-stale>${t('import.stale')}</p>`;
    const state = confirmState(r, this.mode);
    return html`<div class="report">
      <h3 id="report-h">${r.dryRun ? t('import.reportDry') : t('import.reportFinal')}</h3>
      <p class=${r.dryRun ? 'hint' : r.written ? 'done' : 'notice'} role="status" data-outcome>
        ${r.dryRun ? t('import.outcomeDry') : r.written ? t('import.outcomeWritten') : t('import.outcomeNothing')}
        ${t('import.reportOf', { format: t(`import.format.${r.format}` as LabelKey), mode: t(`import.mode.${r.mode}` as LabelKey) })}
      </p>
      ${this.renderCounts(r)} ${this.renderTally(r)} ${this.renderProvenanceLoss(r)} ${this.renderProblems(r)} ${this.renderNotes(r)} ${this.renderItems(r)}
      ${r.dryRun ? this.renderConfirm(state) : nothing}
    </div>`;
  }

  private renderCounts(r: ImportReport) {
    const cols = ['created', 'updated', 'unchanged', 'rejected'] as const;
    const row = (entity: 'nodes' | 'relationships') => html`<tr>
      <th scope="row">${t(`import.entity.${entity}` as LabelKey)}</th>
      ${cols.map((c) => html`<td class="num ${c === 'rejected' && r[entity][c] > 0 ? 'rejected-some' : ''}" data-count="${entity}.${c}">${r[entity][c]}</td>`)}
    </tr>`;
    return html`<table class="summary">
      <caption>${r.dryRun ? t('import.countsCaptionDry') : t('import.countsCaption')}</caption>
      <thead>
        <tr>
          <td></td>
          ${cols.map((c) => html`<th scope="col">${t(`import.count.${c}` as LabelKey)}</th>`)}
        </tr>
      </thead>
      <tbody>${row('nodes')} ${row('relationships')}</tbody>
    </table>`;
  }

  /** ArchiMate: where each element and relationship of the file went, so the counts add up. */
  private renderTally(r: ImportReport) {
    const x = r.tally;
    if (!x) return nothing;
    return html`<p class="hint" data-tally>
      ${t('import.tally.elements', { n: x.elements, nodes: x.elementsAsNodes, skipped: x.elementsNotImported })}<br />
      ${t('import.tally.relationships', { n: x.relationships, rels: x.relationshipsAsRelationships, folded: x.relationshipsFolded, skipped: x.relationshipsNotImported })}
    </p>`;
  }

  /** Stored records the file would weaken: kept unless allowed, each named with what it would lose. */
  private renderProvenanceLoss(r: ImportReport) {
    const loss = r.provenanceLoss;
    if (!loss || loss.nodes + loss.relationships === 0) return nothing;
    const warned = r.warned ?? [];
    return html`<div class="notice" role="note" data-provenance-loss>
      <p>${t(loss.allowed ? 'import.provenanceLoss.allowed' : 'import.provenanceLoss.kept', { nodes: loss.nodes, relationships: loss.relationships, downgraded: loss.downgraded, dropped: loss.sourcesDropped })}</p>
      ${
        warned.length
          ? html`<ul class="warnings">
            ${warned.slice(0, 50).flatMap((i) => (i.warnings ?? []).map((w) => html`<li><code>${i.key}</code>: ${pick(w.messageVi, w.message)}</li>`))}
          </ul>`
          : nothing
      }
    </div>`;
  }

  private renderProblems(r: ImportReport) {
    const rows = problemRows(r);
    const rejected = r.nodes.rejected + r.relationships.rejected;
    if (!rows.length)
      return rejected
        ? html`<p class="notice">${t('import.rejectedNoDetail', { n: rejected })}</p>`
        : html`<p class="hint" data-no-problems>${t('import.noProblems')}</p>`;
    return html`<h4 id="problems-h">${t('import.problems', { n: rows.length })}</h4>
      <table class="problems" aria-labelledby="problems-h">
        ${tableHead(['import.col.place', 'import.col.row', 'import.col.column', 'import.col.value', 'import.col.item', 'import.col.reason'])}
        <tbody>
          ${rows.map(
            ({ item, problem: p }) => html`<tr>
              <td>${placeText(p.at)}</td>
              <td class="num">${p.at.row ?? ''}</td>
              <td>${p.column ?? ''}</td>
              <td class="value">${valueText(p.value)}</td>
              <td>${item ? html`${item.key}${item.action === 'REJECTED' ? html` <span class="hint">(${t('import.action.REJECTED')})</span>` : nothing}` : ''}</td>
              <td data-reason>${pick(p.messageVi, p.message)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${r.problems.length < rejected ? html`<p class="hint">${t('import.problemsCut', { shown: r.problems.length, n: rejected })}</p>` : nothing}`;
  }

  private renderNotes(r: ImportReport) {
    if (!r.notes.length) return nothing;
    return html`<h4 id="notes-h">${t('import.notes')}</h4>
      <table class="notes" aria-labelledby="notes-h">
        ${tableHead(['import.note.source', 'import.note.target', 'import.note.count', 'import.note.detail'])}
        <tbody>
          ${r.notes.map(
            (n) => html`<tr>
              <td>${n.source}</td>
              <td>${n.target}</td>
              <td class="num">${n.count}</td>
              <td>${n.detail ?? ''}</td>
            </tr>`,
          )}
        </tbody>
      </table>`;
  }

  private renderItems(r: ImportReport) {
    const items = changedItems(r);
    if (!items.length) return nothing;
    const shown = items.slice(0, this.shownItems);
    const more = items.length - shown.length;
    return html`<h4 id="items-h">${r.dryRun ? t('import.itemsDry', { n: items.length }) : t('import.itemsFinal', { n: items.length })}</h4>
      <table class="items" aria-labelledby="items-h">
        ${tableHead(['import.col.action', 'import.col.kind', 'import.col.item', 'import.col.place', 'import.col.row', 'import.col.matched'])}
        <tbody>
          ${shown.map(
            (i) => html`<tr data-item=${i.key}>
              <td>${t(ACTION_KEY[i.action])}</td>
              <td>${i.kind ? t(`kind.${i.kind}` as LabelKey) : t(i.entity === 'relationship' ? 'import.entity.relationship' : 'import.entity.node')}</td>
              <td>${i.key}</td>
              <td>${placeText(i.at)}</td>
              <td class="num">${i.at.row ?? ''}</td>
              <td>${i.matchedBy ? t(`import.matched.${i.matchedBy}` as LabelKey) : ''}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${
        more > 0
          ? html`<button type="button" class="link" data-more @click=${() => (this.shownItems += ITEMS_PAGE * 5)}>${t('import.showMore', { n: more })}</button>`
          : nothing
      }
      ${r.itemCount > r.items.length ? html`<p class="hint">${t('import.itemsCut', { shown: r.items.length, n: r.itemCount })}</p>` : nothing}`;
  }

  private renderConfirm(state: ReturnType<typeof confirmState>) {
    if (!this.reportIsCurrent()) return nothing;
    if (state === 'rejected') return html`<p class="notice" data-no-confirm>${t('import.cannotConfirmRejected')}</p>`;
    if (state === 'nothing') return html`<p class="notice" data-no-confirm>${t('import.nothingToWrite')}</p>`;
    return html`<p>
      <button type="button" class="primary confirm" id="confirm" ?disabled=${!this.canConfirm()} @click=${this.confirm}>${t('import.confirm')}</button>
      <span class="hint">${t(this.mode === 'VALID_ROWS' ? 'import.confirmHintValidRows' : 'import.confirmHint')}</span>
    </p>`;
  }

  // ── export ──

  private toggle(list: string[], value: string, on: boolean): string[] {
    return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
  }

  /** The export's filters: architecture versions, agencies, kinds, provenances (lists from the graph are null until loaded). */
  private exportFilters(label: (n: NodeSummary) => string): ExportFilterField[] {
    const of = (nodes: NodeSummary[]) => (nodes.length ? nodes.map((n) => ({ value: n.id, label: label(n) })) : null);
    return [
      {
        legend: 'import.filterArchitecture',
        name: 'architecture',
        options: of(this.architectures),
        selected: this.exportArchitectures,
        set: (v) => (this.exportArchitectures = v),
      },
      { legend: 'import.filterAgency', name: 'agency', options: of(this.agencies), selected: this.exportAgencies, set: (v) => (this.exportAgencies = v) },
      {
        legend: 'import.filterKind',
        name: 'kind',
        options: KINDS.map((k) => ({ value: k.name, label: t(`kind.${k.name}` as LabelKey) })),
        selected: this.exportKinds,
        set: (v) => (this.exportKinds = v),
      },
      {
        legend: 'import.filterProvenance',
        name: 'provenance',
        options: PROVENANCES.map((p) => ({ value: p, label: t(`provenance.${p}` as LabelKey) })),
        selected: this.exportProvenances,
        set: (v) => (this.exportProvenances = v),
      },
    ];
  }

  /** One export filter: a fieldset of checkboxes named `name` (`options` null: still loading). */
  private renderFilter({ legend, name, options, selected, set }: ExportFilterField) {
    return html`<fieldset>
      <legend>${t(legend)}</legend>
      ${
        options
          ? html`<div class="checks">
              ${options.map(
                (o) => html`<label><input type="checkbox" name=${name} value=${o.value} .checked=${selected.includes(o.value)}
                    @change=${(e: Event) => set(this.toggle(selected, o.value, (e.target as HTMLInputElement).checked))} /> ${o.label}</label>`,
              )}
            </div>`
          : html`<p class="hint">${t('common.loading')}</p>`
      }
    </fieldset>`;
  }

  private renderExport() {
    const label = (n: NodeSummary) => `${pick(n.name, n.nameEn || n.name)}${n.province ? ` (${n.province})` : ''}`;
    const filtered = this.exportArchitectures.length + this.exportAgencies.length + this.exportKinds.length + this.exportProvenances.length > 0;
    return html`<section aria-labelledby="export-h">
      <h3 id="export-h">${t('import.exportTitle')}</h3>
      <p class="hint">${t('import.exportIntro')}</p>
      <div class="row">
        <div class="field">
          <label for="export-format">${t('import.exportFormat')}</label>
          <select id="export-format" @change=${(e: Event) => (this.exportFormat = (e.target as HTMLSelectElement).value as ExportFormat)}>
            ${EXPORT_FORMATS.map((f) => html`<option value=${f} ?selected=${this.exportFormat === f}>${t(`import.exportFormat.${f}` as LabelKey)}</option>`)}
          </select>
        </div>
      </div>
      ${this.exportFilters(label).map((f) => this.renderFilter(f))}
      <p>
        <button type="button" class="primary" id="export" ?disabled=${this.exportBusy} @click=${this.exportNow}>
          ${filtered ? t('import.exportFiltered') : t('import.exportAll')}
        </button>
        ${this.exportBusy ? html`<span role="status">${t('import.exportBusy')}</span>` : nothing}
      </p>
      ${this.exportMessage ? html`<p role="status" data-export-message>${this.exportMessage}</p>` : nothing}
    </section>`;
  }

  private exportNow() {
    const filter: ExportFilter = {};
    if (this.exportArchitectures.length) filter.architectures = [...this.exportArchitectures];
    if (this.exportAgencies.length) filter.agencies = [...this.exportAgencies];
    if (this.exportKinds.length) filter.kinds = [...this.exportKinds];
    if (this.exportProvenances.length) filter.provenances = [...this.exportProvenances];
    this.fire<ExportDetail>('kb-export', { format: this.exportFormat, filter });
  }
}

/** One filter of the export form: checkboxes of `options` (null while loading), those in `selected` checked. */
interface ExportFilterField {
  legend: LabelKey;
  name: string;
  options: { value: string; label: string }[] | null;
  selected: string[];
  set: (selected: string[]) => void;
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-import': KbImport;
  }
}
