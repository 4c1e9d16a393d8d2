import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Problem } from '../api/client.js';
import type { NodeSummary } from '../api/queries.js';
import { LanguageController, getLang, pick, t } from '../i18n/i18n.js';
import type { LabelKey } from '../i18n/dictionary.js';
import {
  BUDGET_CATEGORIES,
  HOSTING_LOCATIONS,
  draftFromProposal,
  emptyBudgetLine,
  emptyDraft,
  emptyModule,
  fieldPaths,
  placeProblems,
  proposalFromDraft,
  type ExchangeDraft,
  type ProposalDraft,
  type ProposalInput,
} from './proposal-model.js';
import { tableHead } from '../render/table-head.js';

/** A sample proposal the form offers to fill in (illustrative data, marked as such). */
export interface SampleProposal {
  id: string;
  name: string;
  proposal: ProposalInput;
}

/** The form's pick lists, from `nodesOfKind`. */
export interface ProposalFormOptions {
  agencies: NodeSummary[];
  architectures: NodeSummary[];
  domains: NodeSummary[];
  nationalDatabases: NodeSummary[];
  networks: NodeSummary[];
  /** Systems: integration targets, and the integration platforms (LGSP, NDXP) offered as `via`. */
  components: NodeSummary[];
  /** Shared services: their keys (`service:<key>`) are the module capabilities. */
  services: NodeSummary[];
}

const EMPTY_OPTIONS: ProposalFormOptions = { agencies: [], architectures: [], domains: [], nationalDatabases: [], networks: [], components: [], services: [] };

const slug = (path: string) => path.replace(/[^a-zA-Z0-9]+/g, '-');
const isPlatform = (c: NodeSummary, abbr: string) => (c.abbreviations ?? []).includes(abbr);

/**
 * `<kb-proposal-form>`: a project proposal (`ProposalInput`) to appraise — name, owner,
 * architecture, business and data domains, national data used (each optionally via the
 * province's LGSP or NDXP), integrations, modules, hosting, data sharing, security level,
 * networks and budget lines. Buttons fill it with each sample proposal. Problems the server
 * reports (`where` paths) are shown next to their field; those with no field, in a summary at the
 * top (role="alert"). The form never validates by itself: the server is the one judge.
 *
 * @property options - pick lists (agencies, architectures, domains, national databases, networks, components, services).
 * @property samples - sample proposals offered as "fill" buttons.
 * @property problems - located problems from the server's last refusal (`ApiError.problems`).
 * @property busy - a submission is running (buttons disabled).
 * @method fill - replaces the form's content with a proposal.
 * @method value - the current content as a `ProposalInput`.
 * @fires kb-proposal-submit - `{ proposal, save }` on "Thẩm định" (save false) or "Thẩm định và lưu" (save true).
 */
@customElement('kb-proposal-form')
export class KbProposalForm extends LitElement {
  static override styles = css`
    :host { display: block; color: #111; }
    form { display: grid; gap: 0.6rem; }
    fieldset { border: 1px solid #aaa; border-radius: 4px; padding: 0.4rem 0.7rem 0.6rem; margin: 0; min-width: 0; }
    legend { font-weight: 600; padding: 0 0.3rem; }
    label { font-size: 0.9rem; }
    .field { display: flex; flex-direction: column; gap: 0.15rem; min-width: 0; }
    .field select, .field input[type='text'] { width: 100%; }
    .row { display: grid; gap: 0.5rem 1rem; grid-template-columns: 2fr 1.3fr 1.3fr; align-items: start; }
    input[type='text'], input[type='number'], select, textarea { font: inherit; padding: 0.25rem 0.35rem; border: 1px solid #666; border-radius: 3px; box-sizing: border-box; max-width: 100%; }
    input[aria-invalid='true'], select[aria-invalid='true'], textarea[aria-invalid='true'] { border: 2px solid #b3261e; }
    textarea { width: 100%; min-height: 2.4rem; }
    .checks { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 0.1rem 0.8rem; }
    .checks label { display: flex; gap: 0.3rem; align-items: flex-start; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; padding: 0.15rem 0.3rem; vertical-align: top; font-size: 0.9rem; }
    th { font-weight: 600; border-bottom: 1px solid #999; }
    td input[type='text'], td select { width: 100%; }
    td input[type='number'] { width: 7rem; }
    .problem { color: #8c1d18; font-size: 0.85rem; display: block; }
    .problem::before { content: '⚠ '; }
    .summary { border: 2px solid #b3261e; background: #fff5f5; padding: 0.4rem 0.7rem; border-radius: 4px; }
    .summary ul { margin: 0.2rem 0; }
    .summary .goto { margin-left: 0.8rem; }
    .samples { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
    .example { font-size: 0.8rem; border: 1px dotted #444; padding: 0 0.3rem; border-radius: 3px; margin-left: 0.3rem; }
    button { font: inherit; padding: 0.3rem 0.8rem; cursor: pointer; }
    .actions { display: flex; gap: 0.8rem; flex-wrap: wrap; }
    .actions button { font-weight: 600; padding: 0.45rem 1.2rem; }
    .actions button.primary { background: #0b4f8a; color: #fff; border: 2px solid #0b4f8a; border-radius: 4px; }
    .actions button.secondary { background: #fff; color: #0b4f8a; border: 2px solid #0b4f8a; border-radius: 4px; }
    .inline { display: flex; gap: 1rem; flex-wrap: wrap; align-items: center; }
    .inline label { display: inline-flex; gap: 0.3rem; align-items: center; }
    .hint { font-size: 0.85rem; color: #333; margin: 0.1rem 0; }
    .total { font-weight: 600; }
    .level { max-width: 30rem; }
    .level input { max-width: 8rem; }
    table.modules th:nth-child(1) { width: 34%; }
    table.modules th:nth-child(2) { width: 38%; }
    table.budget th:nth-child(1) { width: 30%; }
    table.budget th:nth-child(4) { width: 22%; }
    table.budget select { max-width: 100%; }
    @media print { :host { display: none; } }
  `;

  @property({ attribute: false }) options: ProposalFormOptions = EMPTY_OPTIONS;
  @property({ attribute: false }) samples: SampleProposal[] = [];
  @property({ attribute: false }) problems: Problem[] = [];
  @property({ type: Boolean }) busy = false;
  @state() private draft: ProposalDraft = emptyDraft();
  /** The problems on show: the server's, until the form is filled anew. */
  @state() private shown: Problem[] = [];
  readonly i18n = new LanguageController(this);

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('problems')) this.shown = this.problems;
  }

  /** Replaces the form's content with a proposal (a sample, or a saved one). */
  fill(p: ProposalInput) {
    this.draft = draftFromProposal(p);
    this.shown = [];
  }

  /** The current content as the server's input. */
  value(): ProposalInput {
    return proposalFromDraft(this.draft);
  }

  private edit(change: (d: ProposalDraft) => void) {
    const d = structuredClone(this.draft);
    change(d);
    this.draft = d;
  }

  private submit(save: boolean) {
    this.dispatchEvent(new CustomEvent('kb-proposal-submit', { detail: { proposal: this.value(), save }, bubbles: true, composed: true }));
  }

  // ── problems next to fields ──

  private placed() {
    return placeProblems(this.shown, fieldPaths(this.draft));
  }

  /** Attributes and message for the field at `path`. */
  private problemAt(byField: Map<string, Problem[]>, path: string) {
    const list = byField.get(path);
    const id = `problem-${slug(path)}`;
    return {
      invalid: list ? 'true' : 'false',
      describedBy: list ? id : '',
      message: list
        ? html`<span class="problem" id=${id} data-where=${path}>${list.map((p) => `${t('appraisal.form.invalid')}: ${p.message}`).join(' · ')}</span>`
        : nothing,
    };
  }

  /** Moves focus to the first field (in document order) that has a problem. */
  private focusFirstProblem() {
    const field = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]') ?? this.renderRoot.querySelector<HTMLElement>('.problem');
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  }

  // ── rendering ──

  override render() {
    const d = this.draft;
    const o = this.options;
    const { byField, unplaced } = this.placed();
    const at = (path: string) => this.problemAt(byField, path);
    const name = at('proposal.name');
    const owner = at('proposal.ownerAgency');
    const arch = at('proposal.architecture');
    const justification = at('proposal.justification');
    const level = at('proposal.securityLevel');
    const reason = at('proposal.hosting.reason');
    const agenciesByProvince = new Map<string, NodeSummary[]>();
    for (const a of o.agencies) {
      const k = a.province ?? t('appraisal.form.national');
      agenciesByProvince.set(k, [...(agenciesByProvince.get(k) ?? []), a]);
    }
    const ownerKnown = !d.ownerAgency || o.agencies.some((a) => a.id === d.ownerAgency);
    return html`<form novalidate @submit=${(e: Event) => (e.preventDefault(), this.submit(false))} aria-labelledby="form-title">
      <h3 id="form-title">${t('appraisal.form.title')}</h3>
      ${
        this.samples.length
          ? html`<div class="samples" role="group" aria-label=${t('appraisal.form.samples')}>
            ${this.samples.map(
              (s) => html`<button type="button" data-sample=${s.id} @click=${() => this.fill(s.proposal)}>
                ${t('appraisal.form.fillSample')}: ${s.name}<span class="example">${t('common.example')}</span>
              </button>`,
            )}
          </div>`
          : nothing
      }
      ${
        this.shown.length
          ? html`<div class="summary" role="alert">
            <strong>${t('appraisal.form.problems', { n: this.shown.length })}</strong>
            ${byField.size ? html`<button type="button" class="goto" @click=${this.focusFirstProblem}>${t('appraisal.form.gotoProblem')}</button>` : nothing}
            ${unplaced.length ? html`<ul>${unplaced.map((p) => html`<li><code>${p.where}</code>: ${p.message}</li>`)}</ul>` : nothing}
          </div>`
          : nothing
      }

      <fieldset>
        <legend>${t('appraisal.form.general')}</legend>
        <div class="row">
          <div class="field">
            <label for="f-name">${t('appraisal.form.name')}</label>
            <input id="f-name" type="text" data-where="proposal.name" .value=${d.name} aria-invalid=${name.invalid} aria-describedby=${name.describedBy}
              @input=${(e: Event) => this.edit((x) => (x.name = (e.target as HTMLInputElement).value))} />
            ${name.message}
          </div>
          <div class="field">
            <label for="f-owner">${t('appraisal.form.owner')}</label>
            <select id="f-owner" data-where="proposal.ownerAgency" aria-invalid=${owner.invalid} aria-describedby=${owner.describedBy}
              @change=${(e: Event) => this.edit((x) => (x.ownerAgency = (e.target as HTMLSelectElement).value))}>
              <option value="" ?selected=${!d.ownerAgency}>${t('appraisal.form.choose')}</option>
              ${ownerKnown ? nothing : html`<option value=${d.ownerAgency} selected>${d.ownerAgency}</option>`}
              ${[...agenciesByProvince.entries()].map(
                ([province, list]) => html`<optgroup label=${province}>
                  ${list.map((a) => html`<option value=${a.id} ?selected=${d.ownerAgency === a.id}>${a.name}${a.provenance === 'example' ? ` (${t('common.example')})` : ''}</option>`)}
                </optgroup>`,
              )}
            </select>
            ${owner.message}
          </div>
          <div class="field">
            <label for="f-arch">${t('appraisal.form.architecture')}</label>
            <select id="f-arch" data-where="proposal.architecture" aria-invalid=${arch.invalid} aria-describedby=${arch.describedBy}
              @change=${(e: Event) => this.edit((x) => (x.architecture = (e.target as HTMLSelectElement).value))}>
              <option value="" ?selected=${!d.architecture}>${t('appraisal.form.none')}</option>
              ${o.architectures.map((a) => html`<option value=${a.id} ?selected=${d.architecture === a.id}>${pick(a.name, a.nameEn ?? a.name)}</option>`)}
            </select>
            ${arch.message}
          </div>
        </div>
      </fieldset>

      <fieldset>
        <legend>${t('appraisal.form.domains')}</legend>
        ${this.renderChecks('businessDomains', t('appraisal.form.businessDomains'), o.domains, d.businessDomains, byField)}
        <div class="field">
          <label for="f-justification">${t('appraisal.form.justification')}</label>
          <textarea id="f-justification" data-where="proposal.justification" .value=${d.justification} aria-invalid=${justification.invalid} aria-describedby=${justification.describedBy}
            @input=${(e: Event) => this.edit((x) => (x.justification = (e.target as HTMLTextAreaElement).value))}></textarea>
          ${justification.message}
        </div>
        ${this.renderChecks('dataDomains', t('appraisal.form.dataDomains'), o.domains, d.dataDomains, byField)}
      </fieldset>

      ${this.renderUsesData(byField)} ${this.renderIntegrations(byField)} ${this.renderModules(byField)}

      <fieldset>
        <legend>${t('appraisal.form.infrastructure')}</legend>
        <fieldset data-where="proposal.hosting.location">
          <legend>${t('appraisal.form.hosting')}</legend>
          <div class="inline">
            ${HOSTING_LOCATIONS.map(
              (l) => html`<label><input type="radio" name="hosting" value=${l} .checked=${d.hosting.location === l}
                @change=${() => this.edit((x) => (x.hosting.location = l))} />${t(`appraisal.hosting.${l}` as LabelKey)}</label>`,
            )}
          </div>
          ${at('proposal.hosting.location').message}
        </fieldset>
        <div class="field">
          <label for="f-reason">${t('appraisal.form.hostingReason')}</label>
          <textarea id="f-reason" data-where="proposal.hosting.reason" .value=${d.hosting.reason} aria-invalid=${reason.invalid} aria-describedby=${reason.describedBy}
            @input=${(e: Event) => this.edit((x) => (x.hosting.reason = (e.target as HTMLTextAreaElement).value))}></textarea>
          ${reason.message}
        </div>
        <div class="inline">
          <label><input type="checkbox" data-where="proposal.hosting.monitoredBySoc" .checked=${d.hosting.monitoredBySoc}
            @change=${(e: Event) => this.edit((x) => (x.hosting.monitoredBySoc = (e.target as HTMLInputElement).checked))} />${t('appraisal.form.monitoredBySoc')}</label>
          <label><input type="checkbox" data-where="proposal.offersDataSharing" .checked=${d.offersDataSharing}
            @change=${(e: Event) => this.edit((x) => (x.offersDataSharing = (e.target as HTMLInputElement).checked))} />${t('appraisal.form.offersDataSharing')}</label>
          <label><input type="checkbox" data-where="proposal.feedsWarehouse" .checked=${d.feedsWarehouse}
            @change=${(e: Event) => this.edit((x) => (x.feedsWarehouse = (e.target as HTMLInputElement).checked))} />${t('appraisal.form.feedsWarehouse')}</label>
        </div>
        <div class="field level">
          <label for="f-level">${t('appraisal.form.securityLevel')}</label>
          <input id="f-level" type="number" min="1" max="5" step="1" data-where="proposal.securityLevel" .value=${d.securityLevel} aria-invalid=${level.invalid} aria-describedby=${level.describedBy}
            @input=${(e: Event) => this.edit((x) => (x.securityLevel = (e.target as HTMLInputElement).value))} />
          ${level.message}
        </div>
        ${this.renderChecks('networks', t('appraisal.form.networks'), o.networks, d.networks, byField)}
      </fieldset>

      ${this.renderBudget(byField)}

      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.busy}>${t('appraisal.form.appraise')}</button>
        <button type="button" class="secondary" ?disabled=${this.busy} @click=${() => this.submit(true)}>${t('appraisal.form.appraiseSave')}</button>
      </div>
    </form>`;
  }

  private renderChecks(
    key: 'businessDomains' | 'dataDomains' | 'networks',
    legend: string,
    nodes: NodeSummary[],
    chosen: string[],
    byField: Map<string, Problem[]>,
  ) {
    const path = `proposal.${key}`;
    const p = this.problemAt(byField, path);
    const known = new Set(nodes.map((n) => n.id));
    const extra = chosen.filter((id) => !known.has(id)).map((id) => ({ id, name: id, nameEn: id }) as NodeSummary);
    return html`<fieldset data-where=${path} aria-describedby=${p.describedBy}>
      <legend>${legend}</legend>
      <div class="checks">
        ${[...nodes, ...extra].map(
          (n) => html`<label><input type="checkbox" value=${n.id} .checked=${chosen.includes(n.id)}
            @change=${(e: Event) =>
              this.edit((x) => {
                const on = (e.target as HTMLInputElement).checked;
                x[key] = on ? [...x[key].filter((v) => v !== n.id), n.id] : x[key].filter((v) => v !== n.id);
              })} /><span>${pick(n.name, n.nameEn ?? n.name)}${n.province ? html` <small>(${n.province})</small>` : nothing}</span></label>`,
        )}
      </div>
      ${p.message}
    </fieldset>`;
  }

  /** The province the proposal falls under: its architecture's, else its owner's. */
  private province(): string | null {
    const o = this.options;
    return o.architectures.find((a) => a.id === this.draft.architecture)?.province ?? o.agencies.find((a) => a.id === this.draft.ownerAgency)?.province ?? null;
  }

  /** "via" choices: none (point to point), the province's LGSP, NDXP, and the current value if it is another. */
  private viaSelect(path: string, value: string, label: string, onChange: (v: string) => void, byField: Map<string, Problem[]>, disabled = false) {
    const province = this.province();
    const platforms = this.options.components.filter((c) => (isPlatform(c, 'LGSP') && (!province || c.province === province)) || isPlatform(c, 'NDXP'));
    const p = this.problemAt(byField, path);
    const other = value && !platforms.some((c) => c.id === value);
    return html`<select data-where=${path} aria-label=${label} aria-invalid=${p.invalid} aria-describedby=${p.describedBy} ?disabled=${disabled}
        @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!value}>${t('appraisal.form.viaNone')}</option>
        ${platforms.map((c) => html`<option value=${c.id} ?selected=${value === c.id}>${c.name}</option>`)}
        ${other ? html`<option value=${value} selected>${value}</option>` : nothing}
      </select>
      ${p.message}`;
  }

  private renderUsesData(byField: Map<string, Problem[]>) {
    const d = this.draft;
    const ndbIds = new Set(this.options.nationalDatabases.map((n) => n.id));
    const others = d.usesData.map((e, i) => ({ e, i })).filter(({ e }) => !ndbIds.has(e.target));
    const list = this.problemAt(byField, 'proposal.usesData');
    return html`<fieldset data-where="proposal.usesData" aria-describedby=${list.describedBy}>
      <legend>${t('appraisal.form.usesData')}</legend>
      <p class="hint">${t('appraisal.form.usesDataHint')}</p>
      <table>
        ${tableHead(['appraisal.form.nationalDatabase', 'appraisal.form.via'])}
        <tbody>
          ${this.options.nationalDatabases.map((n) => {
            const i = d.usesData.findIndex((e) => e.target === n.id);
            const target = this.problemAt(byField, `proposal.usesData[${i}].target`);
            return html`<tr>
              <td><label><input type="checkbox" data-where=${i >= 0 ? `proposal.usesData[${i}].target` : nothing} .checked=${i >= 0} aria-invalid=${i >= 0 ? target.invalid : 'false'}
                aria-describedby=${i >= 0 ? target.describedBy : ''}
                @change=${(e: Event) =>
                  this.edit((x) => {
                    if ((e.target as HTMLInputElement).checked) x.usesData.push({ target: n.id, via: '' });
                    else x.usesData = x.usesData.filter((u) => u.target !== n.id);
                  })} />${n.name}</label>${i >= 0 ? target.message : nothing}</td>
              <td>${this.viaSelect(`proposal.usesData[${i}].via`, i >= 0 ? d.usesData[i].via : '', t('appraisal.form.viaFor', { name: n.name }), (v) => this.edit((x) => (x.usesData[i].via = v)), byField, i < 0)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${
        others.length
          ? html`<p class="hint">${t('appraisal.form.otherSources')}</p>
            ${this.renderExchangeRows('usesData', others, byField)}`
          : nothing
      }
      <button type="button" @click=${() => this.edit((x) => x.usesData.push({ target: '', via: '' }))}>${t('appraisal.form.addSource')}</button>
      ${list.message}
    </fieldset>`;
  }

  private renderIntegrations(byField: Map<string, Problem[]>) {
    const d = this.draft;
    const list = this.problemAt(byField, 'proposal.integrations');
    return html`<fieldset data-where="proposal.integrations" aria-describedby=${list.describedBy}>
      <legend>${t('appraisal.form.integrations')}</legend>
      ${
        d.integrations.length
          ? this.renderExchangeRows(
              'integrations',
              d.integrations.map((e, i) => ({ e, i })),
              byField,
            )
          : html`<p class="hint">${t('appraisal.form.noIntegrations')}</p>`
      }
      <button type="button" @click=${() => this.edit((x) => x.integrations.push({ target: '', via: '' }))}>${t('appraisal.form.addIntegration')}</button>
      ${list.message}
    </fieldset>`;
  }

  private renderExchangeRows(key: 'usesData' | 'integrations', rows: { e: ExchangeDraft; i: number }[], byField: Map<string, Problem[]>) {
    const listId = `targets-${key}`;
    return html`<datalist id=${listId}>
        ${this.options.components.map((c) => html`<option value=${c.id}>${c.name}</option>`)}
        ${this.options.nationalDatabases.map((c) => html`<option value=${c.id}>${c.name}</option>`)}
      </datalist>
      <table>
        ${tableHead(['appraisal.form.target', 'appraisal.form.via', { label: 'appraisal.form.actions', quiet: 'hint' }])}
        <tbody>
          ${rows.map(({ e, i }, n) => {
            const target = this.problemAt(byField, `proposal.${key}[${i}].target`);
            const name = this.options.components.find((c) => c.id === e.target)?.name;
            return html`<tr>
              <td>
                <input type="text" list=${listId} data-where=${`proposal.${key}[${i}].target`} .value=${e.target} aria-label=${t('appraisal.form.targetN', { n: n + 1 })}
                  aria-invalid=${target.invalid} aria-describedby=${target.describedBy} @change=${(ev: Event) => this.edit((x) => (x[key][i].target = (ev.target as HTMLInputElement).value.trim()))} />
                ${name ? html`<span class="hint">${name}</span>` : nothing} ${target.message}
              </td>
              <td>${this.viaSelect(`proposal.${key}[${i}].via`, e.via, t('appraisal.form.viaN', { n: n + 1 }), (v) => this.edit((x) => (x[key][i].via = v)), byField)}</td>
              <td><button type="button" aria-label=${t('appraisal.form.removeRow', { n: n + 1 })} @click=${() => this.edit((x) => x[key].splice(i, 1))}>${t('appraisal.form.remove')}</button></td>
            </tr>`;
          })}
        </tbody>
      </table>`;
  }

  private renderModules(byField: Map<string, Problem[]>) {
    const d = this.draft;
    const keys = this.options.services.map((s) => ({ key: s.id.replace(/^service:/, ''), node: s }));
    const list = this.problemAt(byField, 'proposal.modules');
    return html`<fieldset data-where="proposal.modules" aria-describedby=${list.describedBy}>
      <legend>${t('appraisal.form.modules')}</legend>
      ${
        d.modules.length
          ? html`<table class="modules">
            ${tableHead(['appraisal.form.moduleName', 'appraisal.form.capability', 'appraisal.form.mode', { label: 'appraisal.form.actions', quiet: 'hint' }])}
            <tbody>
              ${d.modules.map((m, i) => {
                const name = this.problemAt(byField, `proposal.modules[${i}].name`);
                const cap = this.problemAt(byField, `proposal.modules[${i}].capability`);
                const known = keys.some((k) => k.key === m.capability || k.node.id === m.capability);
                return html`<tr>
                  <td><input type="text" data-where=${`proposal.modules[${i}].name`} .value=${m.name} aria-label=${t('appraisal.form.moduleNameN', { n: i + 1 })} aria-invalid=${name.invalid} aria-describedby=${name.describedBy}
                    @input=${(e: Event) => this.edit((x) => (x.modules[i].name = (e.target as HTMLInputElement).value))} />${name.message}</td>
                  <td><select data-where=${`proposal.modules[${i}].capability`} aria-label=${t('appraisal.form.capabilityN', { n: i + 1 })} aria-invalid=${cap.invalid} aria-describedby=${cap.describedBy}
                    @change=${(e: Event) => this.edit((x) => (x.modules[i].capability = (e.target as HTMLSelectElement).value))}>
                    ${keys.map((k) => html`<option value=${k.key} ?selected=${m.capability === k.key || m.capability === k.node.id}>${k.key} — ${pick(k.node.name, k.node.nameEn ?? k.node.name)}</option>`)}
                    ${known ? nothing : html`<option value=${m.capability} selected>${m.capability}</option>`}
                  </select>${cap.message}</td>
                  <td><select data-where=${`proposal.modules[${i}].mode`} aria-label=${t('appraisal.form.modeN', { n: i + 1 })}
                    @change=${(e: Event) => this.edit((x) => (x.modules[i].mode = (e.target as HTMLSelectElement).value as 'BUILD' | 'INTEGRATE'))}>
                    <option value="BUILD" ?selected=${m.mode === 'BUILD'}>${t('appraisal.mode.BUILD')}</option>
                    <option value="INTEGRATE" ?selected=${m.mode === 'INTEGRATE'}>${t('appraisal.mode.INTEGRATE')}</option>
                  </select></td>
                  <td><button type="button" aria-label=${t('appraisal.form.removeRow', { n: i + 1 })} @click=${() => this.edit((x) => x.modules.splice(i, 1))}>${t('appraisal.form.remove')}</button></td>
                </tr>`;
              })}
            </tbody>
          </table>`
          : html`<p class="hint">${t('appraisal.form.noModules')}</p>`
      }
      <button type="button" @click=${() => this.edit((x) => x.modules.push(emptyModule()))}>${t('appraisal.form.addModule')}</button>
      ${list.message}
    </fieldset>`;
  }

  private renderBudget(byField: Map<string, Problem[]>) {
    const d = this.draft;
    const list = this.problemAt(byField, 'proposal.budgetLines');
    const total = d.budgetLines.reduce((s, b) => s + (Number.isFinite(Number(b.amount)) ? Number(b.amount) : 0), 0);
    const cell = (i: number, k: string, content: (p: ReturnType<KbProposalForm['problemAt']>) => TemplateResult) => {
      const p = this.problemAt(byField, `proposal.budgetLines[${i}].${k}`);
      return html`<td>${content(p)}${p.message}</td>`;
    };
    return html`<fieldset data-where="proposal.budgetLines" aria-describedby=${list.describedBy}>
      <legend>${t('appraisal.form.budget')}</legend>
      ${
        d.budgetLines.length
          ? html`<table class="budget">
            ${tableHead(['appraisal.form.lineName', 'appraisal.form.category', 'appraisal.form.amount', 'appraisal.form.lineModule', 'appraisal.form.special', { label: 'appraisal.form.actions', quiet: 'hint' }])}
            <tbody>
              ${d.budgetLines.map(
                (b, i) => html`<tr>
                  ${cell(
                    i,
                    'name',
                    (
                      p,
                    ) => html`<input type="text" data-where=${`proposal.budgetLines[${i}].name`} .value=${b.name} aria-label=${t('appraisal.form.lineNameN', { n: i + 1 })}
                    aria-invalid=${p.invalid} aria-describedby=${p.describedBy} @input=${(e: Event) => this.edit((x) => (x.budgetLines[i].name = (e.target as HTMLInputElement).value))} />`,
                  )}
                  ${cell(
                    i,
                    'category',
                    (
                      p,
                    ) => html`<select data-where=${`proposal.budgetLines[${i}].category`} aria-label=${t('appraisal.form.categoryN', { n: i + 1 })} aria-invalid=${p.invalid} aria-describedby=${p.describedBy}
                    @change=${(e: Event) => this.edit((x) => (x.budgetLines[i].category = (e.target as HTMLSelectElement).value as never))}>
                    ${BUDGET_CATEGORIES.map((c) => html`<option value=${c} ?selected=${b.category === c}>${t(`appraisal.category.${c}` as LabelKey)}</option>`)}
                  </select>`,
                  )}
                  ${cell(
                    i,
                    'amount',
                    (
                      p,
                    ) => html`<input type="number" min="0" step="any" data-where=${`proposal.budgetLines[${i}].amount`} .value=${b.amount} aria-label=${t('appraisal.form.amountN', { n: i + 1 })}
                    aria-invalid=${p.invalid} aria-describedby=${p.describedBy} @input=${(e: Event) => this.edit((x) => (x.budgetLines[i].amount = (e.target as HTMLInputElement).value))} />`,
                  )}
                  ${cell(
                    i,
                    'module',
                    (
                      p,
                    ) => html`<select data-where=${`proposal.budgetLines[${i}].module`} aria-label=${t('appraisal.form.lineModuleN', { n: i + 1 })} aria-invalid=${p.invalid} aria-describedby=${p.describedBy}
                    @change=${(e: Event) => this.edit((x) => (x.budgetLines[i].module = (e.target as HTMLSelectElement).value))}>
                    <option value="" ?selected=${!b.module}>${t('appraisal.form.none')}</option>
                    ${d.modules.filter((m) => m.name).map((m) => html`<option value=${m.name} ?selected=${b.module === m.name}>${m.name}</option>`)}
                    ${b.module && !d.modules.some((m) => m.name === b.module) ? html`<option value=${b.module} selected>${b.module}</option>` : nothing}
                  </select>`,
                  )}
                  ${cell(
                    i,
                    'special',
                    () => html`<input type="checkbox" data-where=${`proposal.budgetLines[${i}].special`} .checked=${b.special} aria-label=${t('appraisal.form.specialN', { n: i + 1 })}
                    @change=${(e: Event) => this.edit((x) => (x.budgetLines[i].special = (e.target as HTMLInputElement).checked))} />`,
                  )}
                  <td><button type="button" aria-label=${t('appraisal.form.removeRow', { n: i + 1 })} @click=${() => this.edit((x) => x.budgetLines.splice(i, 1))}>${t('appraisal.form.remove')}</button></td>
                </tr>`,
              )}
            </tbody>
          </table>
          <p class="total">${t('appraisal.form.total', { amount: total.toLocaleString(getLang() === 'en' ? 'en-GB' : 'vi-VN') })}</p>`
          : html`<p class="hint">${t('appraisal.form.noBudget')}</p>`
      }
      <button type="button" @click=${() => this.edit((x) => x.budgetLines.push(emptyBudgetLine()))}>${t('appraisal.form.addLine')}</button>
      ${list.message}
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-proposal-form': KbProposalForm;
  }
}
