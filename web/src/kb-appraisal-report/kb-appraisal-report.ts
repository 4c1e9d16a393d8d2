import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AppraisalReport, AppraisalRuleView, Finding } from '../api/queries.js';
import { LanguageController, getLang, pick, t } from '../i18n/i18n.js';
import type { LabelKey } from '../i18n/dictionary.js';
import { placed } from '../kb-finding/kb-finding.js';
import { tableHead } from '../render/table-head.js';

type Verdict = AppraisalReport['conformance']['verdict'];

/** Each verdict as a symbol and a text, never colour alone. */
export const VERDICT_SYMBOL: Record<Verdict, string> = { CONFORMS: '✔', CONFORMS_WITH_CONDITIONS: '◐', DOES_NOT_CONFORM: '✖' };

export const verdictLabel = (v: Verdict) => t(`appraisal.verdict.${v}` as LabelKey);

/** Million VND in the current language's digit grouping (vi: 1.430; en: 1,430). */
export const formatMillions = (n: number) => n.toLocaleString(getLang() === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 3 });

export const formatDate = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : new Intl.DateTimeFormat(getLang() === 'en' ? 'en-GB' : 'vi-VN', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
};

/**
 * `<kb-appraisal-report>`: an appraisal report as a document — which rule set it applies and
 * whether it binds the proposal or is a reference only, verdict (symbol and text), the
 * conformance summary, the findings grouped by rule (each with the rule's text, its sources and
 * the facts that triggered it, in words), what to reuse instead and who provides it,
 * the budget lines not to fund with their reasons and the totals, the rules passed and failed.
 * "In / Print" prints it; its print styles give black on white with no section or row cut across
 * pages (the A4 `@page` rule is the view's: it must live in the document).
 *
 * @property report - the report (`appraise` or `appraisal(id)`).
 * @property rules - the appraisal rules, for their numbers and names.
 * @fires kb-include-examples - when "+N findings in example data — show" is chosen.
 */
@customElement('kb-appraisal-report')
export class KbAppraisalReport extends LitElement {
  static override styles = css`
    :host { display: block; color: #111; background: #fff; }
    article { border: 1px solid #999; border-radius: 6px; padding: 0.6rem 0.9rem; }
    h3 { font-size: 1.2rem; margin: 0.1rem 0 0.3rem; }
    h4 { font-size: 1.05rem; margin: 0.9rem 0 0.3rem; border-bottom: 1px solid #bbb; padding-bottom: 0.15rem; }
    h5 { font-size: 0.98rem; margin: 0.6rem 0 0.3rem; }
    .meta { font-size: 0.9rem; color: #333; margin: 0 0 0.4rem; }
    .verdict { display: flex; gap: 0.8rem; align-items: center; padding: 0.5rem 0.8rem; border: 3px solid #555; border-radius: 6px; margin: 0.4rem 0; }
    .verdict .symbol { font-size: 1.8rem; line-height: 1; }
    .verdict .label { font-size: 1.15rem; font-weight: 700; }
    .verdict.CONFORMS { border-color: #1b6e3a; }
    .verdict.CONFORMS_WITH_CONDITIONS { border-color: #8a5a00; }
    .verdict.DOES_NOT_CONFORM { border-color: #b3261e; }
    .totals { display: flex; flex-wrap: wrap; gap: 0.3rem 1.5rem; margin: 0.3rem 0; }
    .totals div { font-size: 0.95rem; }
    .findings { display: grid; gap: 0.5rem; }
    table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
    th, td { border: 1px solid #aaa; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
    td.num, th.num { text-align: right; white-space: nowrap; }
    tfoot th, tfoot td { font-weight: 700; }
    tr, section, li, .verdict { break-inside: avoid; page-break-inside: avoid; }
    ul { margin: 0.2rem 0; padding-left: 1.2rem; }
    .rules { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
    .toolbar { display: flex; justify-content: flex-end; }
    button { font: inherit; padding: 0.3rem 0.8rem; cursor: pointer; }
    .none { color: #333; }
    .ruleset { border: 1px solid #777; border-left: 6px solid #0b4f8a; border-radius: 4px; padding: 0.35rem 0.6rem; margin: 0.3rem 0; }
    .ruleset[data-binding='false'] { border-left-style: dashed; border-left-color: #8a5a00; }
    .ruleset .badge { font-weight: 700; margin-right: 0.4rem; }
    .example-adds { margin: 0.3rem 0; }
    .linkish { background: none; border: none; color: #0b4f8a; text-decoration: underline; cursor: pointer; padding: 0; font: inherit; }
    @media print {
      :host { color: #000; }
      article { border: none; padding: 0; }
      .verdict, .verdict.CONFORMS, .verdict.CONFORMS_WITH_CONDITIONS, .verdict.DOES_NOT_CONFORM { border-color: #000; }
      th, td { border-color: #000; }
      .toolbar, button { display: none; }
      h4 { break-after: avoid; page-break-after: avoid; }
    }
  `;

  @property({ attribute: false }) report: AppraisalReport | null = null;
  @property({ attribute: false }) rules: AppraisalRuleView[] = [];
  readonly i18n = new LanguageController(this);

  private rule(code: string) {
    return this.rules.find((r) => r.code === code);
  }

  private ruleTitle(code: string) {
    const r = this.rule(code);
    return r ? `${r.number}. ${pick(r.name, r.nameEn ?? r.name)}` : code;
  }

  override render() {
    const r = this.report;
    if (!r) return nothing;
    const v = r.conformance.verdict;
    return html`<article aria-labelledby="report-title">
      <div class="toolbar"><button type="button" @click=${() => window.print()}>${t('appraisal.report.print')}</button></div>
      <h3 id="report-title">${t('appraisal.report.title')}: ${r.name}</h3>
      <p class="meta">
        ${t('appraisal.report.owner')}: ${r.owner.name}${r.province ? ` · ${r.province}` : ''} · ${t('appraisal.report.appraisedAt')}: ${formatDate(r.appraisedAt)} ·
        ${r.id ? html`${t('appraisal.report.savedAs')} <code>${r.id}</code>` : t('appraisal.report.notSaved')}
      </p>
      ${
        r.ruleSet
          ? html`<p class="ruleset" data-binding=${r.ruleSet.binding ? 'true' : 'false'}>
            <span class="badge">${r.ruleSet.binding ? t('ruleset.binding') : t('ruleset.reference')}:</span> ${pick(r.ruleSet.noteVi, r.ruleSet.noteEn)}
          </p>`
          : nothing
      }
      ${
        r.exampleAdds
          ? html`<p class="example-adds">${t('finding.exampleAdds', { n: r.exampleAdds })} —
            <button type="button" class="linkish" @click=${() => this.dispatchEvent(new CustomEvent('kb-include-examples', { bubbles: true, composed: true }))}>${t('finding.exampleAddsShow')}</button></p>`
          : nothing
      }
      <div class="verdict ${v}" data-verdict=${v}>
        <span class="symbol" aria-hidden="true">${VERDICT_SYMBOL[v]}</span>
        <div>
          <div class="label">${t('appraisal.report.verdict')}: ${verdictLabel(v)}</div>
          <div>${pick(r.conformance.summaryVi, r.conformance.summaryEn)}</div>
        </div>
      </div>
      <div class="totals">
        <div>${t('appraisal.report.requested')}: <strong>${formatMillions(r.requestedTotal)}</strong> ${t('appraisal.report.millions')}</div>
        <div>${t('appraisal.report.unfunded')}: <strong data-value=${r.unfundedTotal} class="unfunded-total">${formatMillions(r.unfundedTotal)}</strong> ${t('appraisal.report.millions')}</div>
        <div>${t('appraisal.report.fundable')}: <strong>${formatMillions(r.requestedTotal - r.unfundedTotal)}</strong> ${t('appraisal.report.millions')}</div>
      </div>
      ${this.renderFindings(r.findings)} ${this.renderReuse(r)} ${this.renderUnfunded(r)} ${this.renderRules(r)}
    </article>`;
  }

  private renderFindings(findings: Finding[]) {
    const groups = new Map<string, Finding[]>();
    for (const f of findings) groups.set(f.ruleCode, [...(groups.get(f.ruleCode) ?? []), f]);
    const ordered = [...groups.entries()].sort(([a], [b]) => (this.rule(a)?.number ?? 99) - (this.rule(b)?.number ?? 99));
    return reportPart(
      'findings-section',
      t('appraisal.report.findings', { n: findings.length }),
      findings.length > 0,
      () =>
        ordered.map(
          ([code, list]) => html`<section data-rule=${code}>
            <h5>${this.ruleTitle(code)}</h5>
            <div class="findings">
              ${list.map((f) => html`<kb-finding .finding=${f} .ruleNumber=${this.rule(code)?.number ?? null} .showRule=${false} detailed headingLevel="6"></kb-finding>`)}
            </div>
          </section>`,
        ),
      'appraisal.report.noFindings',
    );
  }

  private renderReuse(r: AppraisalReport) {
    return reportPart(
      'reuse',
      t('appraisal.report.reuse'),
      r.reuse.length > 0,
      () => html`<ul>
        ${r.reuse.map(
          (x) => html`<li>
            <strong>${x.use.map(placed).join('; ')}</strong> — ${pick(x.reasonVi, x.reasonEn)}
            <span class="none">(${this.ruleTitle(x.ruleCode)})</span>
          </li>`,
        )}
      </ul>`,
      'appraisal.report.noReuse',
    );
  }

  private renderUnfunded(r: AppraisalReport) {
    return reportPart(
      'unfunded',
      t('appraisal.report.unfundedLines'),
      r.unfundedBudgetLines.length > 0,
      () => html`<table>
        ${tableHead(['appraisal.report.line', 'appraisal.form.category', { label: 'appraisal.report.amount', num: true }, 'appraisal.report.reason'])}
        <tbody>
          ${r.unfundedBudgetLines.map(
            (l) => html`<tr>
              <td>${l.name}</td>
              <td>${t(`appraisal.category.${l.category}` as LabelKey)}</td>
              <td class="num">${formatMillions(l.amount)}</td>
              <td>${pick(l.reasonVi, l.reasonEn)} <span class="none">(${this.ruleTitle(l.ruleCode)})</span></td>
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colspan="2">${t('appraisal.report.unfundedOf')}</th>
            <td class="num">${formatMillions(r.unfundedTotal)} / ${formatMillions(r.requestedTotal)}</td>
            <td></td>
          </tr>
        </tfoot>
      </table>`,
      'appraisal.report.allFundable',
    );
  }

  private renderRules(r: AppraisalReport) {
    const list = (codes: string[]) => (codes.length ? html`<ul>${codes.map((c) => html`<li>${this.ruleTitle(c)}</li>`)}</ul>` : html`<p class="none">—</p>`);
    return html`<section>
      <h4>${t('appraisal.report.rules', { n: r.conformance.rulesChecked.length })}</h4>
      <div class="rules">
        <div class="failed">
          <h5><span aria-hidden="true">✖ </span>${t('appraisal.report.rulesFailed', { n: r.conformance.rulesFailed.length })}</h5>
          ${list(r.conformance.rulesFailed)}
        </div>
        <div class="passed">
          <h5><span aria-hidden="true">✔ </span>${t('appraisal.report.rulesPassed', { n: r.conformance.rulesPassed.length })}</h5>
          ${list(r.conformance.rulesPassed)}
        </div>
      </div>
    </section>`;
  }
}

/** One part of the report: its title, then `body` when there is something to list, else the line saying there is nothing. */
function reportPart(className: string, title: string, any: boolean, body: () => unknown, none: LabelKey): TemplateResult {
  return html`<section class=${className}>
    <h4>${title}</h4>
    ${any ? body() : html`<p class="none">${t(none)}</p>`}
  </section>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-appraisal-report': KbAppraisalReport;
  }
}
