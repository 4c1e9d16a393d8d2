import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError, type Problem } from '../api/client.js';
import {
  appraisal,
  appraisalRuleSets,
  appraisalRules,
  appraise,
  nodesOfKind,
  type AppraisalReport,
  type AppraisalRuleView,
  type RuleSetView,
} from '../api/queries.js';
import { decodeProposal, encodeProposal } from '../state/proposal-link.js';
import { savedAppraisals, type SavedAppraisalLine } from '../api/saved-appraisals.js';
import { LatestRequest, type RequestTicket } from '../controllers/latest-request.js';
import { asApiError, settleLoad, type Load } from '../controllers/load-state.js';
import { pageViewStyles } from '../styles/view-styles.js';
import { loadingLine, renderLoad } from '../render/load.js';
import { LanguageController, pick, t } from '../i18n/i18n.js';
import type { LabelKey } from '../i18n/dictionary.js';
import { listParam, navigate } from '../state/url.js';
import { problemFromCoercion, type ProposalInput } from '../kb-proposal-form/proposal-model.js';
import type { ProposalFormOptions, SampleProposal } from '../kb-proposal-form/kb-proposal-form.js';
import '../kb-proposal-form/kb-proposal-form.js';
import '../kb-error/kb-error.js';
// Also defines <kb-appraisal-report>.
import { VERDICT_SYMBOL, formatDate, formatMillions, verdictLabel } from '../kb-appraisal-report/kb-appraisal-report.js';
// The sample proposals are illustrative data (provenance example), bundled so the form can offer them offline.
import qnamSample from '../../../fixtures/proposals/qnam-tiep-nhan-ho-so-truc-tuyen.json' with { type: 'json' };
import qngSample from '../../../fixtures/proposals/qng-quan-ly-tai-san-cong.json' with { type: 'json' };
import { tableHead } from '../render/table-head.js';

export const SAMPLES: SampleProposal[] = [
  { id: 'qnam-tiep-nhan-ho-so-truc-tuyen', name: `Quảng Nam — ${qnamSample.proposal.name}`, proposal: qnamSample.proposal as ProposalInput },
  { id: 'qng-quan-ly-tai-san-cong', name: `Quảng Ngãi — ${qngSample.proposal.name}`, proposal: qngSample.proposal as ProposalInput },
];

const PROVENANCES = ['stated', 'inferred', 'example'] as const;
/** The A4 page of a printed report: `@page` is ignored inside shadow roots, so it goes in the document. */
const PAGE_STYLE_ID = 'kb-appraisal-page';
const PAGE_STYLE = '@page { size: A4; margin: 15mm; }';

/**
 * `<kb-appraisal-view>`: appraise a project proposal against the rules of Quảng Nam 2.0 §6 —
 * the proposal form (with the sample proposals, marked as examples), the server's located
 * problems next to their fields, the report (verdict, findings, what to reuse, budget lines not
 * to fund), printable on A4; and the saved reports, newest first, each opening its frozen report.
 *
 * @property params - route parameters: `tab` (`form` | `saved`), `appraisal` (a saved report id to
 *   show), `provenance` (facts the appraisal may use; default `stated,inferred,example`),
 *   `ruleSet` (the rule set to apply; default: chosen by the proposal's province), `p` (an unsaved
 *   proposal, compressed: the link of an unsaved report, which fills the form and appraises again).
 */
@customElement('kb-appraisal-view')
export class KbAppraisalView extends LitElement {
  static override styles = [
    pageViewStyles,
    css`
    .tabs { display: flex; gap: 0.3rem; border-bottom: 2px solid #0b4f8a; margin-bottom: 0.6rem; }
    .tabs button { font: inherit; padding: 0.4rem 0.9rem; border: 1px solid #0b4f8a; border-bottom: none; border-radius: 4px 4px 0 0; background: #fff; color: #0b4f8a; cursor: pointer; }
    .tabs button[aria-pressed='true'] { background: #0b4f8a; color: #fff; font-weight: 600; }
    fieldset.provenance { border: 1px solid #bbb; border-radius: 4px; padding: 0.2rem 0.6rem; margin: 0 0 0.6rem; display: inline-block; }
    fieldset.provenance legend { font-size: 0.85rem; }
    fieldset.provenance label { margin-right: 0.8rem; font-size: 0.9rem; }
    .status { margin: 0.6rem 0; min-height: 1.2rem; }
    .saved-notice { border: 2px solid #1b6e3a; border-radius: 4px; padding: 0.4rem 0.7rem; background: #f2fbf5; }
    .error { border: 2px solid #b3261e; padding: 0.5rem; border-radius: 4px; background: #fff5f5; margin: 0.5rem 0; }
    button { font: inherit; }
    kb-appraisal-report { margin-top: 0.8rem; }
    table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
    th, td { border: 1px solid #aaa; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
    td.num { text-align: right; white-space: nowrap; }
    tr.current { background: #e8f1fa; }
    .muted { color: #333; }
    label.ruleset { display: inline-flex; gap: 0.4rem; align-items: center; margin: 0 1rem 0.6rem 0; }
    label.ruleset select { max-width: 36rem; }
    .share { margin: 0.6rem 0; }
    .share-row { display: flex; gap: 0.4rem; align-items: center; }
    .share input { flex: 1; font: inherit; font-size: 0.85rem; padding: 0.2rem 0.3rem; }
    @media print {
      :host { color: #000; }
      h2, .intro, .tabs, fieldset.provenance, label.ruleset, .share, .status, .saved-list, kb-proposal-form, button { display: none !important; }
      kb-appraisal-report { margin: 0; }
    }
  `,
  ];

  @property({ attribute: false }) params: Record<string, string> = {};
  readonly i18n = new LanguageController(this);

  @state() private options: Load<{ form: ProposalFormOptions; rules: AppraisalRuleView[]; ruleSets: RuleSetView[] }> = { state: 'idle' };
  /** The link of the unsaved report on show (the proposal in the URL). */
  @state() private shareUrl = '';
  @state() private copied = false;
  @state() private linkBroken = false;
  /** The `p` parameter this view last wrote or read, so its own navigation does not appraise again. */
  private linkParam = '';
  @state() private busy = false;
  @state() private problems: Problem[] = [];
  @state() private submitError: ApiError | null = null;
  @state() private report: AppraisalReport | null = null;
  @state() private savedId: string | null = null;
  @state() private saved: Load<{ totalCount: number; reports: SavedAppraisalLine[] }> = { state: 'idle' };
  @state() private opened: Load<AppraisalReport> = { state: 'idle' };
  private lastSubmit: { proposal: ProposalInput; save: boolean } | null = null;
  /** The saved reports, loaded each time their tab opens (so a report saved meanwhile is listed). */
  private readonly savedLoad = new LatestRequest(this, { key: () => (this.tab() === 'saved' ? 'saved' : ''), load: (ticket) => this.loadSaved(ticket) });
  /** The saved report the route opens (`appraisal`). */
  private readonly openedLoad = new LatestRequest(this, { key: () => this.params.appraisal ?? '', load: (ticket) => this.loadOpened(ticket) });

  override connectedCallback() {
    super.connectedCallback();
    if (!document.getElementById(PAGE_STYLE_ID)) {
      const style = document.createElement('style');
      style.id = PAGE_STYLE_ID;
      style.textContent = PAGE_STYLE;
      document.head.append(style);
    }
    if (this.options.state === 'idle') void this.loadOptions();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.getElementById(PAGE_STYLE_ID)?.remove();
  }

  override willUpdate(changed: PropertyValues<this>) {
    // Both keys follow the route only; back on the page, the controllers load again.
    this.savedLoad.loadIfChanged();
    this.openedLoad.loadIfChanged();
    if (!changed.has('params')) return;
    const link = this.params.p ?? '';
    if (link && link !== this.linkParam) {
      this.linkParam = link;
      void this.openLink(link);
    }
  }

  private tab(): 'form' | 'saved' {
    return this.params.tab === 'saved' || (this.params.tab !== 'form' && this.params.appraisal) ? 'saved' : 'form';
  }

  private provenance(): string[] {
    const p = listParam(this.params.provenance ?? PROVENANCES.join(',')).filter((x) => (PROVENANCES as readonly string[]).includes(x));
    return p.length ? p : [...PROVENANCES];
  }

  // ── loading ──

  private async loadOptions() {
    this.options = { state: 'loading' };
    try {
      const kinds = ['Agency', 'Architecture', 'DataDomain', 'NationalDatabase', 'Network', 'Component', 'SharedService'];
      const [rules, ruleSets, ...pages] = await Promise.all([appraisalRules(), appraisalRuleSets(), ...kinds.map((k) => nodesOfKind(k))]);
      const [agencies, architectures, domains, nationalDatabases, networks, components, services] = pages.map((p) => p.nodes);
      this.options = { state: 'ok', value: { rules, ruleSets, form: { agencies, architectures, domains, nationalDatabases, networks, components, services } } };
    } catch (e) {
      this.options = { state: 'error', error: asApiError(e) };
    }
  }

  private async loadSaved(ticket: RequestTicket) {
    if (this.tab() !== 'saved') return;
    await settleLoad(ticket, savedAppraisals(50, ticket.signal), (l) => (this.saved = l));
  }

  private async loadOpened(ticket: RequestTicket) {
    const id = this.params.appraisal ?? '';
    if (!id) {
      this.opened = { state: 'idle' };
      return;
    }
    const report = appraisal(id, ticket.signal).then((r) => r ?? Promise.reject(new ApiError(t('appraisal.saved.notFound', { id }), 'NOT_FOUND')));
    await settleLoad(ticket, report, (l) => (this.opened = l));
  }

  // ── appraising ──

  private async onSubmit(e: CustomEvent<{ proposal: ProposalInput; save: boolean }>) {
    this.lastSubmit = e.detail;
    await this.run(e.detail.proposal, e.detail.save);
  }

  /** Opens the link of an unsaved report: the proposal it carries fills the form and is appraised. */
  private async openLink(link: string) {
    const proposal = await decodeProposal(link);
    this.linkBroken = !proposal;
    if (!proposal) return;
    await this.updateComplete;
    // The form exists once the pick lists are loaded.
    while (this.options.state === 'loading' || this.options.state === 'idle') await new Promise((r) => setTimeout(r, 50));
    await this.updateComplete;
    this.renderRoot.querySelector('kb-proposal-form')?.fill(proposal as unknown as ProposalInput);
    this.lastSubmit = { proposal: proposal as unknown as ProposalInput, save: false };
    await this.run(proposal as unknown as ProposalInput, false);
  }

  private async run(proposal: ProposalInput, save: boolean, provenance = this.provenance()) {
    this.busy = true;
    this.problems = [];
    this.submitError = null;
    this.savedId = null;
    this.shareUrl = '';
    this.copied = false;
    try {
      const report = await appraise(proposal as unknown as Record<string, unknown>, save, provenance, this.params.ruleSet || null);
      this.report = report;
      if (save && report.id) {
        this.savedId = report.id;
        // A saved report has its own link (its id); the proposal leaves the URL.
        if (this.params.p) navigate(this, { params: { p: '' }, replace: true });
      } else {
        // Unsaved: the proposal goes in the URL, so the report can be shared as a link.
        const p = await encodeProposal(proposal);
        this.linkParam = p;
        navigate(this, { params: { p, tab: 'form', appraisal: '' }, replace: true });
        await this.updateComplete;
        const url = new URL(window.location.href);
        url.searchParams.set('p', p);
        this.shareUrl = url.toString();
      }
      await this.updateComplete;
      this.renderRoot.querySelector('kb-appraisal-report.current')?.scrollIntoView({ block: 'start' });
    } catch (err) {
      const error = asApiError(err);
      const coerced = error.problems.length ? null : problemFromCoercion(error.message);
      if (error.problems.length) this.problems = error.problems;
      else if (coerced) this.problems = [coerced];
      else this.submitError = error;
      this.report = null;
      await this.updateComplete;
      this.renderRoot.querySelector('kb-proposal-form')?.scrollIntoView({ block: 'start' });
    } finally {
      this.busy = false;
    }
  }

  // ── rendering ──

  override render() {
    const tab = this.tab();
    return html`<h2>${t('appraisal.title')}</h2>
      <p class="intro">${t('appraisal.intro')}</p>
      <div class="tabs" role="group" aria-label=${t('appraisal.tabs')}>
        <button type="button" aria-pressed=${tab === 'form' ? 'true' : 'false'} @click=${() => navigate(this, { params: { tab: 'form', appraisal: '' } })}>${t('appraisal.tab.form')}</button>
        <button type="button" aria-pressed=${tab === 'saved' ? 'true' : 'false'} @click=${() => navigate(this, { params: { tab: 'saved' } })}>${t('appraisal.tab.saved')}</button>
      </div>
      ${this.options.state === 'error' ? html`<kb-error .error=${this.options.error} .retry=${() => void this.loadOptions()}></kb-error>` : nothing}
      <div ?hidden=${tab !== 'form'}>${this.renderFormTab()}</div>
      ${tab === 'saved' ? this.renderSavedTab() : nothing}`;
  }

  private renderFormTab() {
    const prov = this.provenance();
    const opts = this.options.state === 'ok' ? this.options.value : null;
    const sets = opts?.ruleSets ?? [];
    const where = (x: RuleSetView) => x.jurisdiction ?? t('ruleset.national');
    return html`<label class="ruleset">${t('ruleset.label')}
        <select @change=${(e: Event) => navigate(this, { params: { ruleSet: (e.target as HTMLSelectElement).value }, replace: true })} ?disabled=${!opts}>
          <option value="" ?selected=${!this.params.ruleSet}>${t('ruleset.auto')}</option>
          ${sets.map((x) => html`<option value=${x.id} ?selected=${this.params.ruleSet === x.id}>${t('ruleset.of', { name: pick(x.name, x.nameEn ?? x.name), where: where(x) })}</option>`)}
        </select>
      </label>
      <fieldset class="provenance">
        <legend>${t('appraisal.provenance')}</legend>
        ${PROVENANCES.map(
          (p) => html`<label><input type="checkbox" .checked=${prov.includes(p)} ?disabled=${prov.length === 1 && prov.includes(p)}
            @change=${(e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              navigate(this, { params: { provenance: PROVENANCES.filter((x) => (x === p ? on : prov.includes(x))).join(',') }, replace: true });
            }} />${t(`provenance.${p}` as LabelKey)}</label>`,
        )}
      </fieldset>
      ${
        opts
          ? html`<kb-proposal-form .options=${opts.form} .samples=${SAMPLES} .problems=${this.problems} ?busy=${this.busy} @kb-proposal-submit=${this.onSubmit}></kb-proposal-form>`
          : this.options.state === 'error'
            ? nothing
            : loadingLine()
      }
      <div class="status" role="status" aria-live="polite">
        ${this.busy ? t('appraisal.running') : nothing}
        ${
          this.savedId
            ? html`<div class="saved-notice">
              ${t('appraisal.savedAs', { id: this.savedId })}
              <button type="button" class="linkish" @click=${() => navigate(this, { params: { tab: 'saved', appraisal: this.savedId! } })}>${t('appraisal.openSaved')}</button>
            </div>`
            : nothing
        }
      </div>
      ${
        this.submitError
          ? html`<kb-error .error=${this.submitError} .retry=${() => this.lastSubmit && void this.run(this.lastSubmit.proposal, this.lastSubmit.save)}></kb-error>`
          : nothing
      }
      ${this.linkBroken ? html`<div class="error" role="alert"><p>${t('appraisal.shareBroken')}</p></div>` : nothing}
      ${
        this.report && this.shareUrl
          ? html`<div class="share">
            <label for="share-url">${t('appraisal.share')}</label>
            <div class="share-row">
              <input id="share-url" readonly .value=${this.shareUrl} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
              <button type="button" @click=${() => this.copyLink()}>${t('appraisal.shareCopy')}</button>
              <span role="status">${this.copied ? t('appraisal.shareCopied') : ''}</span>
            </div>
          </div>`
          : nothing
      }
      ${
        this.report
          ? html`<kb-appraisal-report class="current" .report=${this.report} .rules=${opts?.rules ?? []} @kb-include-examples=${() => this.includeExamples()}></kb-appraisal-report>`
          : nothing
      }`;
  }

  private async copyLink() {
    try {
      await navigator.clipboard.writeText(this.shareUrl);
    } catch {
      // No clipboard permission: the link is selected in its field for the user to copy.
      (this.renderRoot.querySelector('#share-url') as HTMLInputElement | null)?.select();
    }
    this.copied = true;
  }

  /** "+N findings in example data — show": add example data and appraise again. */
  private includeExamples() {
    const prov = this.provenance().includes('example') ? this.provenance() : [...this.provenance(), 'example'];
    navigate(this, { params: { provenance: prov.join(',') }, replace: true });
    const last = this.lastSubmit ?? (this.report ? { proposal: this.report.proposal as unknown as ProposalInput, save: false } : null);
    if (last) void this.run(last.proposal, false, prov);
  }

  private renderSavedTab() {
    const rules = this.options.state === 'ok' ? this.options.value.rules : [];
    const list = renderLoad(
      this.saved,
      (saved) => {
        const reports = saved.reports;
        return reports.length
          ? html`<table>
              <caption class="muted">${t('appraisal.saved.caption', { n: saved.totalCount })}</caption>
              ${tableHead(['appraisal.saved.name', 'appraisal.report.owner', 'appraisal.report.appraisedAt', 'appraisal.report.verdict', 'appraisal.saved.unfunded', { label: 'appraisal.saved.open', quiet: 'muted' }])}
              <tbody>
                ${reports.map(
                  (r) => html`<tr class=${r.id === this.params.appraisal ? 'current' : ''} data-id=${r.id}>
                    <th scope="row">${r.name}</th>
                    <td>${r.owner.name}</td>
                    <td>${formatDate(r.appraisedAt)}</td>
                    <td><span aria-hidden="true">${VERDICT_SYMBOL[r.conformance.verdict]} </span>${verdictLabel(r.conformance.verdict)}</td>
                    <td class="num">${formatMillions(r.unfundedTotal)} / ${formatMillions(r.requestedTotal)}</td>
                    <td>
                      <button type="button" aria-current=${r.id === this.params.appraisal ? 'true' : 'false'} aria-label=${t('appraisal.saved.openNamed', { name: r.name })}
                        @click=${() => navigate(this, { params: { tab: 'saved', appraisal: r.id } })}>${t('appraisal.saved.open')}</button>
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>`
          : html`<p>${t('appraisal.saved.none')}</p>`;
      },
      { retry: () => this.savedLoad.reload() },
    );
    const opened = renderLoad(this.opened, (report) => html`<kb-appraisal-report class="saved" .report=${report} .rules=${rules}></kb-appraisal-report>`, {
      retry: () => this.openedLoad.reload(),
      idle: nothing,
    });
    return html`<section class="saved-list" aria-labelledby="saved-heading">
        <h3 id="saved-heading">${t('appraisal.saved.title')}</h3>
        ${list}
      </section>
      ${opened}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-appraisal-view': KbAppraisalView;
  }
}
