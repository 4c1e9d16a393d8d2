import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { HistoryEvent, SourceRef } from '../api/queries.js';
import type { NodeFull, RelationshipDetail } from '../api/explore.js';
import { LanguageController, getLang, t } from '../i18n/i18n.js';
import { fieldLabel, kindLabel, labelOr, propLabel, provenanceLabel } from '../i18n/labels.js';
import { historyChanges } from './history-diff.js';
import { navigate } from '../state/url.js';
import { tableHead } from '../render/table-head.js';

/** Relationships of one reading (field + direction), e.g. every `usesDataFrom` of the node. */
export interface RelationshipGroup {
  field: string;
  direction: 'OUT' | 'IN';
  type: string;
  items: RelationshipDetail[];
}

const TASK_KINDS = new Set(['Task', 'Indicator']);

/**
 * Groups relationships by their reading: OUT ones under the forward name, IN ones under the reverse
 * name (the server's `field` is already the reading's name). Outgoing groups first, then incoming,
 * each in the order first met; within a group by name.
 */
export function groupRelationships(rels: RelationshipDetail[]): RelationshipGroup[] {
  const groups = new Map<string, RelationshipGroup>();
  for (const r of rels) {
    const key = `${r.direction}|${r.field}`;
    if (!groups.has(key)) groups.set(key, { field: r.field, direction: r.direction, type: r.type, items: [] });
    groups.get(key)!.items.push(r);
  }
  const list = [...groups.values()];
  for (const g of list) g.items.sort((a, b) => a.node.name.localeCompare(b.node.name, 'vi'));
  return [...list.filter((g) => g.direction === 'OUT'), ...list.filter((g) => g.direction === 'IN')];
}

/**
 * `<kb-node-panel>`: everything known about one node: properties, sources (document, section,
 * verbatim quote, provenance), relationships grouped by reading both ways, its tasks and indicators,
 * and its audit history. Example data is flagged, never shown as if a document stated it.
 *
 * @property node - the node (api/explore.ts `NodeFull`; queries.ts `NodeDetails` fits too), or null.
 * @property history - its audit events, newest first.
 * @fires kb-node-open - `{ id }` when a related node, task or indicator is chosen.
 */
@customElement('kb-node-panel')
export class KbNodePanel extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 0.9rem; line-height: 1.4; overflow-wrap: anywhere; }
    h3 { font-size: 1.1rem; margin: 0 0 0.25rem; }
    h4 { font-size: 0.95rem; margin: 1rem 0 0.35rem; border-bottom: 1px solid #ccc; padding-bottom: 0.15rem; }
    h5 { font-size: 0.85rem; margin: 0.6rem 0 0.2rem; color: #222; }
    .en { margin: 0 0 0.35rem; color: #333; font-style: italic; }
    .meta { display: flex; flex-wrap: wrap; gap: 0.35rem; align-items: center; margin: 0 0 0.5rem; }
    .badge { display: inline-block; border: 1px solid #555; border-radius: 3px; padding: 0 0.35rem; font-size: 0.78rem; color: #111; background: #f4f4f4; }
    .badge.inferred { border-style: dashed; }
    .badge.example { background: #fff1e6; border: 2px dotted #8a3b00; color: #6b2d00; font-weight: 600; }
    .warning { background: #fff1e6; border-left: 4px solid #d55e00; padding: 0.35rem 0.5rem; margin: 0.4rem 0; color: #4a1f00; }
    code { font-size: 0.8rem; color: #222; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 0.6rem; margin: 0; }
    dt { font-weight: 600; color: #222; }
    dd { margin: 0; overflow-wrap: anywhere; }
    ol.sources { margin: 0; padding-left: 1.2rem; }
    ol.sources li { margin-bottom: 0.45rem; }
    blockquote { margin: 0.1rem 0; padding: 0.15rem 0.5rem; border-left: 3px solid #0072b2; background: #f3f8fc; }
    .cite { font-size: 0.8rem; color: #333; }
    ul.rels { list-style: none; margin: 0; padding: 0; }
    ul.rels li { padding: 0.15rem 0; border-bottom: 1px dotted #ddd; }
    button.node { font: inherit; color: #0b4f8a; background: none; border: 0; padding: 0; text-align: left; cursor: pointer; text-decoration: underline; }
    button.node:focus-visible { outline: 2px solid #0072b2; }
    .small { font-size: 0.78rem; color: #333; }
    details { margin: 0.15rem 0 0.1rem; }
    summary { cursor: pointer; font-size: 0.8rem; color: #0b4f8a; }
    table { border-collapse: collapse; width: 100%; font-size: 0.82rem; }
    th, td { text-align: left; border-bottom: 1px solid #ddd; padding: 0.2rem 0.3rem; }
    .none { color: #333; font-style: italic; margin: 0; }
    .title { display: flex; gap: 0.5rem; align-items: baseline; justify-content: space-between; }
    button.edit { font: inherit; font-size: 0.9rem; padding: 0.2rem 0.8rem; border-radius: 4px; border: 1px solid #0b4f8a; background: #0b4f8a; color: #fff; cursor: pointer; flex: none; }
    ul.changes { margin: 0.15rem 0 0; padding-left: 1rem; }
    ul.changes del { color: #8a0010; }
    ul.changes ins { color: #124d28; text-decoration: none; font-weight: 500; }
  `;

  @property({ attribute: false }) node: NodeFull | null = null;
  @property({ attribute: false }) history: HistoryEvent[] = [];
  readonly i18n = new LanguageController(this);

  override render() {
    const n = this.node;
    if (!n) return html`<p class="none">${t('explore.hint')}</p>`;
    const rels = n.relationships.filter((r) => !TASK_KINDS.has(r.node.kind));
    const tasks = n.relationships.filter((r) => r.node.kind === 'Task');
    const indicators = n.relationships.filter((r) => r.node.kind === 'Indicator');
    return html`<article aria-labelledby="node-title">
      <div class="title">
        <h3 id="node-title">${n.name}</h3>
        <button type="button" class="edit" data-edit=${n.id} @click=${() => navigate(this, { view: 'edit', params: { id: n.id } })}>${t('panel.edit')}</button>
      </div>
      ${n.nameEn && getLang() === 'en' ? html`<p class="en" lang="en">${n.nameEn}</p>` : nothing}
      <p class="meta">
        <span class="badge">${kindLabel(n.kind)}</span>
        ${this.provenanceBadge(n.provenance)}
        <code>${n.id}</code>
      </p>
      ${n.provenance === 'example' ? html`<p class="warning" role="note">${t('explore.panel.exampleWarning')}</p>` : nothing}
      ${this.renderProperties(n)}
      <h4>${t('explore.panel.sources')} (${n.sources.length})</h4>
      ${n.sources.length ? html`<ol class="sources">${n.sources.map((s) => html`<li>${this.renderSource(s)}</li>`)}</ol>` : html`<p class="none">${t('explore.panel.noSources')}</p>`}
      <h4>${t('explore.panel.relationships')} (${rels.length})</h4>
      ${this.renderGroups(rels)}
      <h4>${t('explore.panel.tasks')} (${tasks.length})</h4>
      ${this.renderGroups(tasks)}
      <h4>${t('explore.panel.indicators')} (${indicators.length})</h4>
      ${this.renderGroups(indicators)}
      <h4>${t('explore.panel.history')}</h4>
      ${this.renderHistory()}
    </article>`;
  }

  private provenanceBadge(p: string) {
    return html`<span class="badge ${p}">${provenanceLabel(p)}</span>`;
  }

  private renderProperties(n: NodeFull) {
    const entries: [string, unknown][] = [
      ['kind', kindLabel(n.kind)],
      ['nameEn', n.nameEn],
      ['province', n.province],
      ['abbreviations', n.abbreviations?.join(', ')],
      ['aliases', n.aliases?.join('; ')],
      ...Object.entries(n.properties ?? {}),
      ['description', n.description],
      ['provenance', n.rule ? `${provenanceLabel(n.provenance)} — ${t('explore.panel.inferredBy', { rule: n.rule })}` : provenanceLabel(n.provenance)],
    ];
    const shown = entries.filter(([, v]) => v !== null && v !== undefined && v !== '');
    return html`<h4>${t('explore.panel.properties')}</h4>
      <dl>${shown.map(([k, v]) => html`<dt>${propLabel(k)}</dt><dd>${String(v)}</dd>`)}</dl>`;
  }

  private renderSource(s: SourceRef) {
    return html`<blockquote lang="vi">${s.quote}</blockquote>
      <span class="cite">${t('explore.panel.document')}: ${s.citation ?? s.document} · ${t('explore.panel.section')}: ${s.section} · ${this.provenanceBadge(s.provenance)}</span>`;
  }

  private renderGroups(rels: RelationshipDetail[]) {
    if (!rels.length) return html`<p class="none">${t('explore.panel.none')}</p>`;
    return groupRelationships(rels).map(
      (g) => html`<section class="group" data-field=${g.field} data-direction=${g.direction}>
        <h5>${fieldLabel(g.field)} <span class="small">(${g.direction === 'OUT' ? '→' : '←'} ${g.type}, ${t(g.direction === 'OUT' ? 'explore.panel.out' : 'explore.panel.in')}, ${g.items.length})</span></h5>
        <ul class="rels">
          ${g.items.map(
            (r) => html`<li>
              <button class="node" type="button" data-id=${r.node.id} @click=${() => this.open(r.node.id)}>${r.node.name}</button>
              <span class="small">· ${kindLabel(r.node.kind)}${r.status ? html` · ${t('explore.panel.status', { status: r.status })}` : nothing}</span>
              ${r.provenance !== 'stated' || r.node.provenance === 'example' ? this.provenanceBadge(r.node.provenance === 'example' ? 'example' : r.provenance) : nothing}
              ${r.rule ? html`<span class="small">${t('explore.panel.inferredBy', { rule: r.rule })}</span>` : nothing}
              ${
                r.sources.length
                  ? html`<details>
                    <summary>${t('explore.panel.quotes', { n: r.sources.length })}</summary>
                    ${r.sources.map((s) => this.renderSource(s))}
                  </details>`
                  : nothing
              }
            </li>`,
          )}
        </ul>
      </section>`,
    );
  }

  private renderHistory() {
    if (!this.history.length) return html`<p class="none">${t('explore.panel.noHistory')}</p>`;
    return html`<table>
      ${tableHead(['explore.panel.at', 'explore.panel.actor', 'explore.panel.operation'])}
      <tbody>
        ${this.history.map(
          (e) => html`<tr>
            <td>${new Date(e.at).toLocaleString(getLang() === 'vi' ? 'vi-VN' : 'en-GB')}</td>
            <td>${e.actor}</td>
            <td>${labelOr(`history.op.${e.operation}`, e.operation)}${this.renderChanges(e)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** What the event changed, before → after (a creation lists what was set, a deletion what was removed). */
  private renderChanges(e: HistoryEvent) {
    if (e.before === undefined && e.after === undefined) return nothing;
    const changes = historyChanges(e.before, e.after);
    if (!changes.length) return html`<div class="small">${t('history.noChange')}</div>`;
    const empty = t('history.empty');
    return html`<ul class="changes" aria-label=${t('history.changed')}>
      ${changes.map((c) => html`<li data-field=${c.field}>${propLabel(c.field)}: <del>${c.before ?? empty}</del> → <ins>${c.after ?? empty}</ins></li>`)}
    </ul>`;
  }

  private open(id: string) {
    this.dispatchEvent(new CustomEvent('kb-node-open', { detail: { id }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-node-panel': KbNodePanel;
  }
}
