import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError } from '../api/client.js';
import { SESSION_EVENT } from '../api/session.js';
import { requestSignIn } from '../kb-session/kb-session.js';
import { cachedArchitectures } from '../api/explore.js';
import {
  bulkImports,
  canImport,
  downloadExport,
  downloadTemplate,
  importData,
  whoami,
  type BulkImportStatus,
  type Download,
  type ImportProgress,
  type ImportReport,
  type Role,
} from '../api/interop.js';
import { nodesOfKind, type NodeSummary } from '../api/queries.js';
import type { LabelKey } from '../i18n/dictionary.js';
import { DICTIONARY } from '../i18n/dictionary.js';
import { LanguageController, t } from '../i18n/i18n.js';
import { sizeText } from '../kb-import/import-model.js';
import '../kb-import/kb-import.js';
import '../kb-bulk-imports/kb-bulk-imports.js';
import type { ExportDetail, ImportRunDetail } from '../kb-import/kb-import.js';

const asApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(String((e as Error)?.message ?? e), 'INTERNAL'));

/** An error in the current language: the dictionary's words for its code when it has them. */
function errorText(e: ApiError): string {
  const key = `import.error.${e.code}`;
  return key in DICTIONARY ? `${t(key as LabelKey)} (${e.code})` : `${e.message} (${e.code})`;
}

/**
 * `<kb-import-view>`: the import/export route (`?view=import`). Runs what `<kb-import>` asks for:
 * the dry run and the confirmed import (`importData`, a multipart upload with its progress), the
 * template and export downloads (`GET /export…` with the token, saved as files); learns the
 * caller's role with `whoami` (again whenever the header's sign-in changes) and offers to sign in
 * when the role is below editor.
 *
 * @property params - route parameters (none used yet).
 */
@customElement('kb-import-view')
export class KbImportView extends LitElement {
  static override styles = css`
    :host { display: block; }
    .token { display: grid; gap: 0.15rem; max-width: 40rem; margin-bottom: 0.6rem; }
    .token label { font-size: 0.9rem; font-weight: 500; }
    .token input { font: inherit; padding: 0.3rem 0.4rem; border: 1px solid #555; border-radius: 3px; width: 22rem; max-width: 100%; }
    .note { margin: 0; font-size: 0.8rem; color: #333; }
  `;

  @property({ attribute: false }) params: Record<string, string> = {};

  @state() private callerRole: Role | null | undefined = undefined;
  @state() private report: ImportReport | null = null;
  @state() private progress: ImportProgress | null = null;
  @state() private busy = false;
  @state() private error: ApiError | null = null;
  @state() private aborted = false;
  @state() private architectures: NodeSummary[] = [];
  @state() private agencies: NodeSummary[] = [];
  @state() private exportBusy = false;
  @state() private exportResult: { saved: Download } | { error: ApiError } | null = null;
  @state() private bulk: BulkImportStatus[] = [];
  private upload: AbortController | null = null;
  private bulkTimer: ReturnType<typeof setTimeout> | null = null;
  readonly i18n = new LanguageController(this);

  private readonly onSession = () => {
    this.error = null;
    void this.checkRole();
  };

  override connectedCallback() {
    super.connectedCallback();
    globalThis.addEventListener(SESSION_EVENT, this.onSession);
    void this.checkRole();
    void cachedArchitectures().then((a) => (this.architectures = a));
    nodesOfKind('Agency', 500)
      .then((r) => (this.agencies = [...r.nodes].sort((a, b) => `${a.province ?? ''}${a.name}`.localeCompare(`${b.province ?? ''}${b.name}`, 'vi'))))
      .catch(() => {
        // The export still works without the agency filter.
      });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    globalThis.removeEventListener(SESSION_EVENT, this.onSession);
    this.upload?.abort();
    if (this.bulkTimer) clearTimeout(this.bulkTimer);
    this.bulkTimer = null;
  }

  /** Bulk imports run from the command line: polled every 2 s while one runs, else every 30 s. */
  private async pollBulk() {
    if (this.bulkTimer) clearTimeout(this.bulkTimer);
    this.bulkTimer = null;
    if (!this.isConnected || !canImport(this.callerRole)) {
      this.bulk = [];
      return;
    }
    try {
      this.bulk = await bulkImports(5);
    } catch {
      // The list is a side panel: the page works without it.
    }
    if (!this.isConnected) return;
    this.bulkTimer = setTimeout(() => void this.pollBulk(), this.bulk.some((b) => b.state === 'RUNNING') ? 2000 : 30_000);
  }

  private async checkRole() {
    this.callerRole = undefined;
    try {
      this.callerRole = (await whoami()).role;
      void this.pollBulk();
    } catch (e) {
      this.callerRole = null;
      this.error = asApiError(e);
    }
  }

  private async run(d: ImportRunDetail, dryRun: boolean) {
    this.upload?.abort();
    const upload = new AbortController();
    this.upload = upload;
    this.busy = true;
    this.error = null;
    this.aborted = false;
    this.report = null;
    this.progress = { phase: 'upload', loaded: 0, total: d.file.size, percent: 0 };
    try {
      this.report = await importData(
        d.file,
        { format: d.format, dryRun, mode: d.mode, level: d.level, allowProvenanceLoss: d.allowProvenanceLoss, signal: upload.signal },
        (p) => {
          if (this.upload === upload) this.progress = p;
        },
      );
    } catch (e) {
      if ((e as Error).name === 'AbortError') this.aborted = true;
      else this.error = asApiError(e);
    } finally {
      if (this.upload === upload) {
        this.upload = null;
        this.busy = false;
        this.progress = null;
      }
    }
  }

  private async download(work: () => Promise<Download>) {
    this.exportBusy = true;
    this.exportResult = null;
    try {
      this.exportResult = { saved: await work() };
    } catch (e) {
      this.exportResult = { error: asApiError(e) };
    } finally {
      this.exportBusy = false;
    }
  }

  override render() {
    const r = this.exportResult;
    const exportMessage = !r
      ? ''
      : 'saved' in r
        ? t('import.saved', { name: r.saved.fileName, size: sizeText(r.saved.blob.size) })
        : t('import.exportFailed', { message: errorText(r.error) });
    return html`<div class="token">
        <p class="note">${this.callerRole !== undefined ? t('import.role', { role: this.callerRole ?? t('import.noRole') }) : ''}
          ${this.callerRole !== 'editor' && this.callerRole !== 'admin' && this.callerRole !== undefined ? html`<button type="button" @click=${() => requestSignIn()}>${t('session.signIn')}</button>` : ''}</p>
      </div>
      <kb-import
        .callerRole=${this.callerRole}
        .report=${this.report}
        .progress=${this.progress}
        ?busy=${this.busy}
        .error=${this.error ? errorText(this.error) : ''}
        .notice=${this.aborted ? t('import.aborted') : ''}
        .architectures=${this.architectures}
        .agencies=${this.agencies}
        ?exportBusy=${this.exportBusy}
        .exportMessage=${exportMessage}
        @kb-import-dry-run=${(e: CustomEvent<ImportRunDetail>) => void this.run(e.detail, true)}
        @kb-import-confirm=${(e: CustomEvent<ImportRunDetail>) => void this.run(e.detail, false)}
        @kb-import-abort=${() => this.upload?.abort()}
        @kb-import-template=${(e: CustomEvent<{ format: 'xlsx' | 'csv' | 'json' }>) => void this.download(() => downloadTemplate(e.detail.format))}
        @kb-export=${(e: CustomEvent<ExportDetail>) => void this.download(() => downloadExport(e.detail.filter, e.detail.format))}
      ></kb-import>
      <kb-bulk-imports .imports=${this.bulk}></kb-bulk-imports>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-import-view': KbImportView;
  }
}
