import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { isProposalId, type ComparedItem, type EvidenceEnd, type Finding, type SourceRef } from '../api/queries.js';
import { LanguageController, pick, t } from '../i18n/i18n.js';
import type { LabelKey } from '../i18n/dictionary.js';
import { tableHead } from '../render/table-head.js';

/** How each severity is shown: a text and a shape, so it never rests on colour alone. */
export const SEVERITY_ICON: Record<Finding['severity'], string> = { high: '▲', medium: '◆', low: '○' };

export const severityLabel = (s: string) => t(`duplication.severity.${s}` as LabelKey);

/** The label of a provenance, or of a fact the proposal itself states (provenance null). */
export const provenanceLabel = (p: string | null) => (p ? t(`provenance.${p}` as LabelKey) : t('duplication.finding.fromProposal'));

/** A citation: the document (title, number, date) and section. */
export const citation = (s: SourceRef) => `${s.citation ?? s.document}, ${s.section}`;

const folded = (x: string) =>
  x
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();

/** A system with the agencies it belongs to: "Hệ thống X (Sở Y tế)". */
export const withAgencies = (e: EvidenceEnd) => (e.agencies?.length ? `${e.name} (${e.agencies.join(', ')})` : e.name);

/**
 * Something to reuse, with where it belongs unless its name says it: "Nền tảng xác thực (Quảng
 * Nam)", "Cơ sở dữ liệu đất đai (quốc gia)", but "CSDL quốc gia về Dân cư".
 */
export function placed(e: EvidenceEnd): string {
  const place = e.national ? t('finding.national') : e.province;
  if (!place) return e.name;
  const said = e.national ? /quoc gia|national/.test(folded(e.name)) : folded(e.name).includes(folded(place));
  return said ? e.name : `${e.name} (${place})`;
}

/** How a compared item's kind reads ("Dữ liệu", "Nghiệp vụ", "Tự xây dựng", "Từ trong tên"). */
export const comparedKind = (kind: string) => t(`finding.item.${['data', 'business', 'builds', 'word'].includes(kind) ? kind : 'data'}` as LabelKey);

/**
 * `<kb-finding>`: one appraisal finding as a card — rule number and name, severity (text and
 * shape), subjects, message and recommendation in the current language, what to reuse instead,
 * the budget lines concerned, and a visible mark when it rests on illustrative data. `detailed`
 * adds the evidence (every fact with its provenance and quotes) and the rule's verbatim text with
 * its citation.
 *
 * @property finding - the finding (api/queries.ts `Finding`).
 * @property ruleNumber - the rule's number (1–11) from `appraisalRules`, shown before its name.
 * @property selectable - the card is a button-like choice; activating it fires `kb-finding-select`.
 * @property selected - marks the card as the current choice (aria-pressed).
 * @property detailed - also shows the evidence and the rule text.
 * @property showRule - the heading names the rule (default); off where the card sits under its rule's
 *   own heading (a report's findings by rule): the heading is then the finding's message.
 * @property headingLevel - level of the card's heading (2–6), to keep headings in order where it is placed.
 * @fires kb-finding-select - `{ id }` when a selectable card is activated.
 */
@customElement('kb-finding')
export class KbFinding extends LitElement {
  static override styles = css`
    :host { display: block; break-inside: avoid; page-break-inside: avoid; }
    article { border: 1px solid #888; border-left: 6px solid #555; border-radius: 4px; padding: 0.45rem 0.7rem; background: #fff; color: #111; font-size: 0.95rem; }
    article.high { border-left-color: #b3261e; }
    article.medium { border-left-color: #8a5a00; }
    article.low { border-left-color: #3d5a80; }
    :host([selected]) article { outline: 3px solid #0072b2; outline-offset: 1px; }
    .head { display: flex; flex-wrap: wrap; gap: 0.4rem 0.8rem; align-items: baseline; margin: 0 0 0.3rem; font-size: 1rem; }
    .rule { font-weight: 600; }
    .message { font-weight: 600; }
    .sev { white-space: nowrap; font-weight: 600; }
    .sev.high { color: #8c1d18; }
    .sev.medium { color: #6b4600; }
    .sev.low { color: #2c4463; }
    .example { font-size: 0.8rem; border: 1px dotted #444; padding: 0 0.3rem; border-radius: 3px; white-space: nowrap; }
    p { margin: 0.25rem 0; }
    .subjects { font-size: 0.9rem; color: #333; }
    .label { font-weight: 600; }
    ul { margin: 0.2rem 0; padding-left: 1.2rem; }
    button.select { font: inherit; margin-top: 0.3rem; padding: 0.2rem 0.6rem; cursor: pointer; }
    .evidence { margin-top: 0.5rem; border-top: 1px solid #ccc; padding-top: 0.4rem; }
    table { border-collapse: collapse; width: 100%; font-size: 0.85rem; margin: 0.3rem 0; }
    th, td { border: 1px solid #bbb; padding: 0.2rem 0.35rem; text-align: left; vertical-align: top; }
    tr { break-inside: avoid; }
    code { font-size: 0.85em; }
    blockquote { margin: 0.2rem 0; padding-left: 0.5rem; border-left: 3px solid #999; font-style: italic; }
    .cite { font-size: 0.8rem; color: #333; }
    .ruletext { margin-top: 0.4rem; }
    table.compared th { width: 30%; font-weight: 600; }
    .examples-note { font-size: 0.85rem; border-left: 3px dotted #444; padding-left: 0.4rem; }
    @media print {
      article, article.high, article.medium, article.low { border-color: #000; }
      .sev.high, .sev.medium, .sev.low { color: #000; }
      button { display: none; }
    }
  `;

  @property({ attribute: false }) finding: Finding | null = null;
  @property({ type: Number }) ruleNumber: number | null = null;
  @property({ type: Boolean }) selectable = false;
  @property({ type: Boolean, reflect: true }) selected = false;
  @property({ type: Boolean }) detailed = false;
  @property({ type: Boolean }) showRule = true;
  @property({ type: Number }) headingLevel = 3;
  readonly i18n = new LanguageController(this);

  override render() {
    const f = this.finding;
    if (!f) return nothing;
    const ruleName = f.rule ? pick(f.rule.name, f.rule.nameEn ?? f.rule.name) : f.ruleCode;
    const message = pick(f.messageVi, f.messageEn);
    const examples = f.restsOnExamples;
    const severity = html`<span class="sev ${f.severity}"><span aria-hidden="true">${SEVERITY_ICON[f.severity]}</span> ${severityLabel(f.severity)}</span>
      ${examples ? html`<span class="example" title=${t('finding.examplesLong')}>${t('finding.examples')}</span>` : nothing}`;
    const heading = this.showRule
      ? html`<span class="rule">${this.ruleNumber ? `${t('duplication.finding.rule', { n: this.ruleNumber })} · ` : ''}${ruleName}</span> ${severity}`
      : html`${severity} <span class="message">${message}</span>`;
    // Under its rule's heading, a proposal's finding names only the proposal: say who else it concerns.
    const subjects = this.showRule ? f.subjects : f.subjects.filter((s) => !isProposalId(s.id));
    return html`<article class=${f.severity} aria-label=${`${ruleName} — ${severityLabel(f.severity)}`}>
      ${this.renderHeading(heading)}
      ${subjects.length ? html`<p class="subjects"><span class="label">${t('duplication.finding.subjects')}:</span> ${subjects.map(withAgencies).join('; ')}</p>` : nothing}
      ${this.showRule ? html`<p>${message}</p>` : nothing}
      <p><span class="label">${t('duplication.finding.recommendation')}:</span> ${pick(f.recommendationVi, f.recommendationEn)}</p>
      ${
        f.reuseInstead.length
          ? html`<p class="reuse-instead"><span class="label">${t('duplication.finding.reuseInstead')}:</span> ${f.reuseInstead.map(placed).join('; ')}</p>`
          : nothing
      }
      ${f.budgetLines?.length ? html`<p><span class="label">${t('duplication.finding.budgetLines')}:</span> ${f.budgetLines.join('; ')}</p>` : nothing}
      ${f.similarity !== null && f.similarity !== undefined ? this.renderSimilarity(f) : nothing}
      ${examples && this.detailed ? html`<p class="examples-note">${t('finding.examplesLong')}</p>` : nothing}
      ${
        this.selectable
          ? html`<button class="select" aria-pressed=${this.selected ? 'true' : 'false'} @click=${this.select}>${t('duplication.finding.showEvidence')}</button>`
          : nothing
      }
      ${this.detailed ? this.renderDetails(f) : nothing}
    </article>`;
  }

  /** Overlap: "trùng 65% dữ liệu và dịch vụ, có trọng số"; same system: "tên giống nhau 91%"; the items by name. */
  private renderSimilarity(f: Finding) {
    const pct = Math.round((f.similarity ?? 0) * 100);
    const line = f.ruleCode === 'same-system-twice' ? t('finding.nameAlike', { pct }) : t('finding.overlapShare', { pct });
    const items = f.compared;
    const [first, second] = [f.subjects[0]?.name ?? '', f.subjects[1]?.name ?? ''];
    const list = (side: ComparedItem['side']) => {
      const these = items.filter((c) => c.side === side);
      return these.length ? these.map((c) => (c.kind === 'word' ? c.name : `${comparedKind(c.kind)}: ${c.name}`)).join('; ') : '—';
    };
    return html`<p class="similarity"><span class="label">${t('duplication.finding.similarity')}:</span> ${line}</p>
      ${
        items.length
          ? html`<table class="compared">
            <caption class="cite">${f.ruleCode === 'same-system-twice' ? t('finding.comparedWords') : t('finding.comparedItems')}</caption>
            <tbody>
              <tr><th scope="row">${t('finding.both')}</th><td>${list('BOTH')}</td></tr>
              <tr><th scope="row">${t('finding.onlyIn', { name: first })}</th><td>${list('FIRST')}</td></tr>
              <tr><th scope="row">${t('finding.onlyIn', { name: second })}</th><td>${list('SECOND')}</td></tr>
            </tbody>
          </table>`
          : nothing
      }`;
  }

  private renderHeading(content: unknown) {
    switch (Math.min(6, Math.max(2, this.headingLevel))) {
      case 2:
        return html`<h2 class="head">${content}</h2>`;
      case 4:
        return html`<h4 class="head">${content}</h4>`;
      case 5:
        return html`<h5 class="head">${content}</h5>`;
      case 6:
        return html`<h6 class="head">${content}</h6>`;
      default:
        return html`<h3 class="head">${content}</h3>`;
    }
  }

  private renderDetails(f: Finding) {
    return html`<div class="evidence">
      <p class="label">${t('duplication.finding.evidence')}</p>
      ${f.evidence.map(
        (ev) => html`<p>${pick(ev.textVi, ev.textEn)}</p>
          ${
            ev.steps.length
              ? html`<table>
                <caption class="cite">${t('duplication.finding.facts')}</caption>
                ${tableHead(['duplication.finding.from', 'duplication.finding.relationship', 'duplication.finding.to', 'duplication.finding.provenance', 'duplication.finding.quotes'])}
                <tbody>
                  ${ev.steps.map(
                    (s) => html`<tr>
                      <td>${s.from.name}</td>
                      <td>${pick(s.relationVi ?? s.type, s.relationEn ?? s.type)}</td>
                      <td>${s.to.name}</td>
                      <td>${provenanceLabel(s.provenance)}</td>
                      <td>
                        ${
                          s.sources.length
                            ? s.sources.map((q) => html`<blockquote>“${q.quote}”</blockquote><div class="cite">${citation(q)}</div>`)
                            : html`<span class="cite">${t('duplication.finding.noQuote')}</span>`
                        }
                      </td>
                    </tr>`,
                  )}
                </tbody>
              </table>`
              : nothing
          }`,
      )}
      ${
        f.rule
          ? html`<div class="ruletext">
            <p class="label">${t('duplication.finding.ruleText')}</p>
            <blockquote lang="vi">${f.rule.text}</blockquote>
            ${
              f.rule.sources.length
                ? html`<p class="label">${t('finding.ruleSources')}</p>
                  ${f.rule.sources.map((q) => html`<blockquote lang="vi" class="source">“${q.quote}”</blockquote><p class="cite">${citation(q)}</p>`)}`
                : nothing
            }
          </div>`
          : nothing
      }
    </div>`;
  }

  private select() {
    if (!this.finding) return;
    this.dispatchEvent(new CustomEvent('kb-finding-select', { detail: { id: this.finding.id }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-finding': KbFinding;
  }
}
