import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError } from '../api/client.js';
import {
  appraisalRules,
  duplication,
  duplicationSummary,
  nodesOfKind,
  reuseCandidates,
  type AppraisalRuleView,
  type DuplicationSummaryView,
  type Finding,
  type NodeSummary,
} from '../api/queries.js';
import { findingToGraph, type GraphModel } from '../graph/elements.js';
import { LatestRequest, type RequestTicket } from '../controllers/latest-request.js';
import { asApiError, settleLoad, type Load } from '../controllers/load-state.js';
import { pageViewStyles } from '../styles/view-styles.js';
import { loadingLine, renderLoad } from '../render/load.js';
import { LanguageController, getLang, pick, t } from '../i18n/i18n.js';
import type { LabelKey } from '../i18n/dictionary.js';
import { listParam, navigate } from '../state/url.js';
import { findingsToCsv } from './findings-csv.js';
import { withAgencies } from '../kb-finding/kb-finding.js';
import '../kb-graph/kb-graph.js';
import '../kb-error/kb-error.js';

const PROVENANCES = ['stated', 'inferred', 'example'] as const;
const DEFAULT_PROVENANCE = PROVENANCES.join(',');

/** The two questions the issue asks in two clicks: which applications should reuse this resource. */
export const REUSE_RESOURCES: { id: string; label: LabelKey }[] = [
  { id: 'component:qng-lgsp', label: 'duplication.reuse.lgsp' },
  { id: 'ndb:dan-cu', label: 'duplication.reuse.danCu' },
];

/**
 * `<kb-duplication-view>`: the duplication scan over the catalogue. Findings filterable by
 * architecture version, agency (server-side, the scope's `agency`), rules and provenance; one
 * finding's evidence drawn as a graph with every fact's provenance and quotes and the rule's
 * verbatim text; "which applications should reuse LGSP / the population database" in two clicks;
 * the list exported as CSV. Above the list, the rule set the scan applies (whose guidance it is)
 * and, when example data is left out, how many more findings it would add ("+N … — hiện").
 * Everything it shows follows `params`, so a link reopens it.
 *
 * @property params - route parameters: `architecture`, `agency`, `rules` (codes, comma-separated),
 *   `provenance` (default `stated,inferred,example`), `finding` (selected finding id), `resource`
 *   (the reuse question: `component:qng-lgsp`, `ndb:dan-cu`, or any id).
 */
@customElement('kb-duplication-view')
export class KbDuplicationView extends LitElement {
  static override styles = [
    pageViewStyles,
    css`
    .reuse-buttons { display: flex; flex-wrap: wrap; gap: 0.6rem; margin-bottom: 0.6rem; }
    .reuse-buttons button { font: inherit; font-weight: 600; padding: 0.5rem 1rem; border: 2px solid #0b4f8a; border-radius: 6px; background: #fff; color: #0b4f8a; cursor: pointer; }
    .reuse-buttons button[aria-pressed='true'] { background: #0b4f8a; color: #fff; }
    .filters { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: flex-end; padding: 0.5rem; border: 1px solid #ccc; border-radius: 4px; margin-bottom: 0.6rem; background: #f7f7f7; }
    .filters label { display: flex; flex-direction: column; font-size: 0.85rem; gap: 0.15rem; }
    select, button { font: inherit; }
    select { padding: 0.25rem; max-width: 19rem; }
    fieldset { border: 1px solid #bbb; border-radius: 4px; padding: 0.2rem 0.5rem; margin: 0; }
    legend { font-size: 0.85rem; padding: 0 0.2rem; }
    .filters fieldset label { flex-direction: row; align-items: center; display: inline-flex; gap: 0.25rem; margin-right: 0.6rem; font-size: 0.9rem; }
    details { font-size: 0.9rem; }
    details summary { cursor: pointer; padding: 0.25rem 0; }
    details .rules { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0.1rem 1rem; max-width: 60rem; background: #fff; padding: 0.3rem; border: 1px solid #ccc; }
    .filters details .rules label { flex-direction: row; display: flex; gap: 0.3rem; align-items: flex-start; font-size: 0.85rem; }
    .columns { display: grid; grid-template-columns: minmax(0, 5fr) minmax(0, 6fr); gap: 1rem; align-items: start; }
    .list { max-height: calc(100vh - 12rem); min-height: 12rem; overflow: auto; padding-right: 0.3rem; }
    .list:focus-visible { outline: 2px solid #0072b2; }
    .list ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
    kb-graph { height: 360px; margin-bottom: 0.5rem; }
    .reuse { border: 2px solid #0b4f8a; border-radius: 6px; padding: 0.5rem 0.8rem; margin-bottom: 0.8rem; }
    .reuse ul { margin: 0.2rem 0; padding-left: 1.2rem; }
    .reuse li.candidate { margin-bottom: 0.4rem; }
    .reuse .subject { font-weight: 600; }
    .example { font-size: 0.8rem; border: 1px dotted #444; padding: 0 0.3rem; border-radius: 3px; white-space: nowrap; font-weight: normal; }
    .muted { color: #444; }
    .count { font-weight: normal; color: #333; }
    .toolbar { display: flex; gap: 0.5rem; align-items: center; justify-content: space-between; }
    .legend { font-size: 0.85rem; color: #333; margin: 0 0 0.4rem; }
    .ruleset-note { font-size: 0.88rem; border-left: 4px solid #0b4f8a; padding-left: 0.5rem; margin: 0 0 0.4rem; }
    .example-adds { margin: 0 0 0.4rem; }
  `,
  ];

  @property({ attribute: false }) params: Record<string, string> = {};
  readonly i18n = new LanguageController(this);

  @state() private meta: Load<{ rules: AppraisalRuleView[]; agencies: NodeSummary[]; architectures: NodeSummary[] }> = { state: 'idle' };
  @state() private findings: Load<Finding[]> = { state: 'idle' };
  @state() private summary: DuplicationSummaryView | null = null;
  @state() private reuse: Load<{ subject: { id: string; name: string }; findings: Finding[] }[]> = { state: 'idle' };

  private readonly findingsLoad = new LatestRequest(this, { key: () => JSON.stringify(this.scope()), load: (ticket) => this.loadFindings(ticket) });
  private readonly reuseLoad = new LatestRequest(this, {
    key: () => (this.params.resource ? `${this.params.resource}|${this.provenance().join(',')}` : ''),
    load: (ticket) => this.loadReuse(ticket),
  });
  private graphCache: { id: string; model: GraphModel } | null = null;

  override connectedCallback() {
    super.connectedCallback();
    if (this.meta.state === 'idle') void this.loadMeta();
  }

  override willUpdate() {
    // Both keys follow the route only; back on the page, the controllers load again.
    this.findingsLoad.loadIfChanged();
    this.reuseLoad.loadIfChanged();
  }

  // ── state from the route ──

  private provenance(): string[] {
    const p = listParam(this.params.provenance ?? DEFAULT_PROVENANCE).filter((x) => (PROVENANCES as readonly string[]).includes(x));
    return p.length ? p : [...PROVENANCES];
  }

  private scope() {
    const rules = listParam(this.params.rules);
    return {
      architecture: this.params.architecture || null,
      agency: this.params.agency || null,
      rules: rules.length ? rules : null,
      provenance: this.provenance(),
    };
  }

  // ── loading ──

  private async loadMeta() {
    this.meta = { state: 'loading' };
    try {
      const [rules, agencies, architectures] = await Promise.all([appraisalRules(), nodesOfKind('Agency'), nodesOfKind('Architecture')]);
      this.meta = { state: 'ok', value: { rules, agencies: agencies.nodes, architectures: architectures.nodes } };
    } catch (e) {
      this.meta = { state: 'error', error: asApiError(e) };
    }
  }

  private async loadFindings(ticket: RequestTicket) {
    this.summary = null;
    // The summary (rule set, what example data would add) is a hint: the list does not wait for it.
    void duplicationSummary(this.scope()).then(
      (v) => ticket.isCurrent() && (this.summary = v),
      () => undefined,
    );
    await settleLoad(ticket, duplication(this.scope()), (l) => (this.findings = l));
  }

  /** The rule set the scan applies and whose guidance it is; "+N findings in example data — show". */
  private renderSummary() {
    const s = this.summary;
    if (!s) return nothing;
    const set = s.ruleSet;
    return html`${
      set
        ? html`<p class="ruleset-note">${t('ruleset.scanNote', { name: pick(set.name, set.nameEn ?? set.name), citation: pick(set.citation ?? '', set.citationEn ?? set.citation ?? ''), where: set.jurisdiction ?? t('ruleset.national') })}</p>`
        : nothing
    }
      ${
        s.exampleAdds
          ? html`<p class="example-adds">${t('duplication.exampleAdds', { n: s.exampleAdds })} —
            <button type="button" class="linkish" @click=${() => this.set({ provenance: [...this.provenance(), 'example'].join(',') })}>${t('finding.exampleAddsShow')}</button></p>`
          : nothing
      }`;
  }

  private async loadReuse(ticket: RequestTicket) {
    if (!this.params.resource) {
      this.reuse = { state: 'idle' };
      return;
    }
    await settleLoad(ticket, reuseCandidates(this.params.resource, this.provenance()), (l) => (this.reuse = l));
  }

  // ── changing the route ──

  private set(params: Record<string, string>, replace = true) {
    navigate(this, { params, replace });
  }

  private ruleNumbers(): Map<string, number> {
    return new Map(this.meta.state === 'ok' ? this.meta.value.rules.map((r) => [r.code, r.number] as const) : []);
  }

  private selectedFinding(): Finding | null {
    const id = this.params.finding;
    if (!id) return null;
    const inList = this.findings.state === 'ok' ? this.findings.value.find((f) => f.id === id) : undefined;
    if (inList) return inList;
    if (this.reuse.state === 'ok') for (const c of this.reuse.value) for (const f of c.findings) if (f.id === id) return f;
    return null;
  }

  private graphOf(f: Finding): GraphModel {
    // One model per finding, so re-rendering (language, filters) does not re-run the layout.
    const key = `${f.id}|${getLang()}`;
    if (this.graphCache?.id !== key) this.graphCache = { id: key, model: findingToGraph(f) };
    return this.graphCache.model;
  }

  private selectFinding(id: string) {
    this.set({ finding: id }, false);
    void this.updateComplete.then(() => this.renderRoot.querySelector('#detail-heading')?.scrollIntoView({ block: 'nearest' }));
  }

  private exportCsv() {
    if (this.findings.state !== 'ok') return;
    const csv = findingsToCsv(this.findings.value, getLang(), this.ruleNumbers(), {
      headers: [
        t('duplication.csv.number'),
        t('duplication.csv.code'),
        t('duplication.csv.rule'),
        t('duplication.csv.severity'),
        t('duplication.csv.subjects'),
        t('duplication.csv.message'),
        t('duplication.csv.recommendation'),
        t('duplication.csv.reuseInstead'),
        t('duplication.csv.provenance'),
        t('duplication.csv.id'),
      ],
      severity: (s) => t(`duplication.severity.${s}` as LabelKey),
      provenance: (p) => t(`provenance.${p}` as LabelKey),
    });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `akb-phat-hien-${(this.params.architecture ?? 'tat-ca').replace(/[^a-z0-9.-]+/gi, '-')}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  // ── rendering ──

  override render() {
    return html`<h2>${t('duplication.title')}</h2>
      <p class="intro">${t('duplication.intro')}</p>
      <div class="reuse-buttons" role="group" aria-label=${t('duplication.reuse.group')}>
        ${REUSE_RESOURCES.map(
          (r) => html`<button type="button" aria-pressed=${this.params.resource === r.id ? 'true' : 'false'}
            @click=${() => this.set({ resource: this.params.resource === r.id ? '' : r.id }, false)}>${t(r.label)}</button>`,
        )}
      </div>
      ${this.params.resource ? this.renderReuse() : nothing} ${this.renderFilters()}
      <div class="columns">
        <section class="list" tabindex="0" aria-labelledby="list-heading">${this.renderList()}</section>
        <section class="detail" aria-labelledby="detail-heading">${this.renderDetail()}</section>
      </div>`;
  }

  /** A failed load: the shared error box, in the UI's language, with a retry. */
  private renderError(error: ApiError, retry: () => void) {
    return html`<kb-error .error=${error} .retry=${retry}></kb-error>`;
  }

  private renderFilters() {
    if (this.meta.state === 'error') return this.renderError(this.meta.error, () => void this.loadMeta());
    const meta = this.meta.state === 'ok' ? this.meta.value : null;
    const chosenRules = new Set(listParam(this.params.rules));
    const prov = this.provenance();
    const byProvince = new Map<string, NodeSummary[]>();
    for (const a of meta?.agencies ?? []) {
      const k = a.province ?? t('duplication.filter.national');
      byProvince.set(k, [...(byProvince.get(k) ?? []), a]);
    }
    return html`<form class="filters" @submit=${(e: Event) => e.preventDefault()} aria-label=${t('duplication.filter.label')}>
      <label>${t('duplication.filter.architecture')}
        <select @change=${(e: Event) => this.set({ architecture: (e.target as HTMLSelectElement).value, finding: '' })} ?disabled=${!meta}>
          <option value="" ?selected=${!this.params.architecture}>${t('duplication.filter.allArchitectures')}</option>
          ${(meta?.architectures ?? []).map((a) => html`<option value=${a.id} ?selected=${this.params.architecture === a.id}>${pick(a.name, a.nameEn ?? a.name)}</option>`)}
        </select>
      </label>
      <label>${t('duplication.filter.agency')}
        <select @change=${(e: Event) => this.set({ agency: (e.target as HTMLSelectElement).value, finding: '' })} ?disabled=${!meta}>
          <option value="" ?selected=${!this.params.agency}>${t('duplication.filter.allAgencies')}</option>
          ${[...byProvince.entries()].map(
            ([province, list]) => html`<optgroup label=${province}>
              ${list.map((a) => html`<option value=${a.id} ?selected=${this.params.agency === a.id}>${a.name}</option>`)}
            </optgroup>`,
          )}
        </select>
      </label>
      <fieldset>
        <legend>${t('duplication.filter.provenance')}</legend>
        ${PROVENANCES.map(
          (p) => html`<label><input type="checkbox" .checked=${prov.includes(p)} ?disabled=${prov.length === 1 && prov.includes(p)}
            @change=${(e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              const next = PROVENANCES.filter((x) => (x === p ? on : prov.includes(x)));
              this.set({ provenance: next.join(',') });
            }} />${t(`provenance.${p}` as LabelKey)}</label>`,
        )}
      </fieldset>
      <details>
        <summary>${t('duplication.filter.rules')}: ${chosenRules.size ? t('duplication.filter.rulesChosen', { n: chosenRules.size }) : t('duplication.filter.allRules')}</summary>
        <fieldset class="rules">
          <legend>${t('duplication.filter.rules')}</legend>
          ${(meta?.rules ?? []).map(
            (r) => html`<label><input type="checkbox" .checked=${chosenRules.has(r.code)}
              @change=${(e: Event) => {
                const next = new Set(chosenRules);
                if ((e.target as HTMLInputElement).checked) next.add(r.code);
                else next.delete(r.code);
                this.set({
                  rules: (meta?.rules ?? [])
                    .filter((x) => next.has(x.code))
                    .map((x) => x.code)
                    .join(','),
                  finding: '',
                });
              }} />${r.number}. ${pick(r.name, r.nameEn ?? r.name)}</label>`,
          )}
        </fieldset>
      </details>
      <button type="button" @click=${this.exportCsv} ?disabled=${this.findings.state !== 'ok' || this.findings.value.length === 0}>${t('duplication.export')}</button>
    </form>`;
  }

  private renderList() {
    const count = this.findings.state === 'ok' ? html` <span class="count">(${this.findings.value.length})</span>` : nothing;
    const heading = html`<h3 id="list-heading">${t('duplication.findings')}${count}</h3>`;
    const body = renderLoad(
      this.findings,
      (list) => {
        if (!list.length)
          return html`<p>${this.provenance().includes('example') ? t('duplication.none') : t('duplication.noneDocuments')}</p>${this.renderSummary()}`;
        const numbers = this.ruleNumbers();
        return html`${this.renderSummary()}
        <p class="legend">${t('duplication.legend')}</p>
        <ol>
          ${list.map(
            (f) => html`<li>
              <kb-finding .finding=${f} .ruleNumber=${numbers.get(f.ruleCode) ?? null} selectable headingLevel="4" ?selected=${this.params.finding === f.id}
                @kb-finding-select=${(e: CustomEvent<{ id: string }>) => this.selectFinding(e.detail.id)}></kb-finding>
            </li>`,
          )}
        </ol>`;
      },
      { retry: () => this.findingsLoad.reload() },
    );
    return html`${heading}${body}`;
  }

  private renderDetail() {
    const heading = html`<h3 id="detail-heading">${t('duplication.detail')}</h3>`;
    if (!this.params.finding) return html`${heading}<p class="muted">${t('duplication.pick')}</p>`;
    const f = this.selectedFinding();
    if (!f) {
      if (this.findings.state === 'loading' || this.reuse.state === 'loading') return html`${heading}${loadingLine()}`;
      return html`${heading}<p class="muted">${t('duplication.notInList')}</p>`;
    }
    return html`${heading}
      <kb-graph layout="breadthfirst" .model=${this.graphOf(f)}></kb-graph>
      <p class="legend">${t('duplication.graphLegend')}</p>
      <kb-finding .finding=${f} .ruleNumber=${this.ruleNumbers().get(f.ruleCode) ?? null} detailed headingLevel="4"></kb-finding>`;
  }

  private renderReuse() {
    const resource = this.params.resource;
    const known = REUSE_RESOURCES.find((r) => r.id === resource);
    const title = known ? t(known.label) : t('duplication.reuse.other', { id: resource });
    const body = renderLoad(
      this.reuse,
      (list) => {
        const numbers = this.ruleNumbers();
        return list.length
          ? html`<p>${t('duplication.reuse.count', { n: list.length })}</p>
              <ul>
                ${list.map(
                  (c) => html`<li class="candidate">
                    <span class="subject">${withAgencies(c.subject)}</span>
                    ${c.findings.some((f) => f.provenance === 'example') ? html` <span class="example">${t('common.example')}</span>` : nothing}
                    <ul>
                      ${c.findings.map(
                        (f) => html`<li>
                          ${numbers.get(f.ruleCode) ? `${t('duplication.finding.rule', { n: numbers.get(f.ruleCode)! })}: ` : ''}${pick(f.recommendationVi, f.recommendationEn)}
                          <button type="button" class="linkish" @click=${() => this.selectFinding(f.id)}>${t('duplication.finding.showEvidence')}</button>
                        </li>`,
                      )}
                    </ul>
                  </li>`,
                )}
              </ul>`
          : html`<p>${t('duplication.reuse.none')}</p>`;
      },
      { retry: () => this.reuseLoad.reload() },
    );
    return html`<section class="reuse" aria-labelledby="reuse-heading">
      <div class="toolbar">
        <h3 id="reuse-heading">${title}</h3>
        <button type="button" @click=${() => this.set({ resource: '' }, false)}>${t('common.close')}</button>
      </div>
      ${body}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-duplication-view': KbDuplicationView;
  }
}
