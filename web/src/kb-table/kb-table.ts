import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LanguageController, t } from '../i18n/i18n.js';

/** One column: what to show, how to sort it. */
export interface TableColumn<R> {
  key: string;
  header: string;
  /** Right-aligned, sorted as a number. */
  numeric?: boolean;
  /** The cell's content (a string or a Lit template); defaults to the row's `key` value. */
  cell?: (row: R) => unknown;
  /** The value sorted on; defaults to the row's `key` value. */
  sortValue?: (row: R) => string | number;
  /** False for columns whose order means nothing (free text, quotes). */
  sortable?: boolean;
  /** This column names the row: rendered as <th scope="row">. */
  rowHeader?: boolean;
}

type Row = Record<string, unknown>;

/**
 * `<kb-table>`: an accessible data table (caption, `<th scope>`, sortable columns with aria-sort,
 * optional groups as `<tbody>` with a `scope="rowgroup"` header). Knows nothing of the API.
 *
 * @property columns - `TableColumn[]`.
 * @property rows - the rows (any objects).
 * @property caption - the table's caption (its accessible name).
 * @property rowId - the id of a row (for events and `active`); defaults to `row.id`.
 * @property groupBy - optional: the group label of a row; rows keep their order within groups.
 * @property active - id of the row to mark (e.g. the one whose path the graph highlights).
 * @property hoverable - rows take focus and report hover/focus (kb-row-hover).
 * @property emptyText - shown when there is no row.
 * @property collapsible - optional: which groups start collapsed behind a toggle (their header is a
 *   button with aria-expanded; their rows render only when open).
 * @property groupToggleText - the toggle's words for a collapsible group: `(group, rows, open)`.
 * Cells render inside this element, so the classes they may use are styled here: `link` (a button
 * that looks like a link), `small`, `badge` (with `inferred` / `example`), `blockquote`, `details`.
 *
 * @fires kb-row-hover - `{ id }` when the pointer enters or focus moves into a row, `{ id: null }` when it leaves.
 */
@customElement('kb-table')
export class KbTable extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 0.875rem; }
    table { border-collapse: collapse; width: 100%; }
    caption { text-align: left; font-weight: 600; padding: 0.35rem 0; font-size: 0.95rem; }
    th, td { border-bottom: 1px solid #ccc; padding: 0.3rem 0.4rem; text-align: left; vertical-align: top; }
    thead th { position: sticky; top: 0; background: #eef3f8; z-index: 1; border-bottom: 2px solid #666; white-space: nowrap; }
    th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
    th[scope='rowgroup'] { background: #f4f4f4; font-weight: 600; }
    th[scope='row'] { font-weight: normal; }
    tbody tr.row:hover, tbody tr.row:focus-within, tbody tr.active { background: #fff1e6; }
    tbody tr.row:focus { outline: 2px solid #d55e00; outline-offset: -2px; }
    button.sort { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; }
    button.sort:focus-visible { outline: 2px solid #0072b2; }
    .arrow { display: inline-block; width: 1em; color: #444; }
    .empty { color: #333; font-style: italic; }
    th[scope='row'] { min-width: 10rem; }
    /* Cells render in this shadow root: the classes cells may use are styled here. */
    .small { font-size: 0.78rem; color: #333; }
    .badge { display: inline-block; border: 1px solid #555; border-radius: 3px; padding: 0 0.3rem; font-size: 0.75rem; background: #f4f4f4; color: #111; }
    .badge.inferred { border-style: dashed; }
    .badge.example { background: #fff1e6; border: 2px dotted #8a3b00; color: #6b2d00; font-weight: 600; }
    button.link { font: inherit; border: 0; background: none; padding: 0; color: #0b4f8a; text-decoration: underline; text-align: left; cursor: pointer; }
    button.link:focus-visible { outline: 2px solid #0072b2; }
    details summary { cursor: pointer; color: #0b4f8a; font-size: 0.78rem; }
    blockquote { margin: 0.15rem 0; padding: 0.1rem 0.4rem; border-left: 3px solid #0072b2; background: #f3f8fc; font-size: 0.8rem; }
    button.group-toggle { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; color: #0b4f8a; cursor: pointer; text-align: left; text-decoration: underline; }
    button.group-toggle::before { content: '▸ '; display: inline-block; }
    button.group-toggle[aria-expanded='true']::before { content: '▾ '; }
    /* On a phone the table scrolls sideways rather than squeezing its columns. */
    @media (max-width: 760px) { :host { overflow-x: auto; } table { min-width: 34rem; } }
  `;

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of any shape: each caller types its own columns
  @property({ attribute: false }) columns: TableColumn<any>[] = [];
  @property({ attribute: false }) rows: unknown[] = [];
  @property() caption = '';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of any shape: each caller types its own columns
  @property({ attribute: false }) rowId: (row: any) => string = (row: Row) => String(row.id);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of any shape: each caller types its own columns
  @property({ attribute: false }) groupBy: ((row: any) => string) | null = null;
  @property() active: string | null = null;
  @property({ type: Boolean }) hoverable = false;
  @property() emptyText = '';
  @property({ attribute: false }) collapsible: ((group: string) => boolean) | null = null;
  @property({ attribute: false }) groupToggleText: ((group: string, rows: number, open: boolean) => string) | null = null;
  @state() private openGroups = new Set<string>();
  @state() private sortKey: string | null = null;
  @state() private sortDir: 'ascending' | 'descending' = 'ascending';
  readonly i18n = new LanguageController(this);

  /** The rows in display order (sorted within groups when a column is chosen). */
  sortedRows(): unknown[] {
    const col = this.columns.find((c) => c.key === this.sortKey);
    if (!col) return this.rows;
    const value = (r: unknown) => (col.sortValue ? col.sortValue(r) : ((r as Row)[col.key] as string | number));
    const sign = this.sortDir === 'ascending' ? 1 : -1;
    return [...this.rows].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      const d = typeof x === 'number' && typeof y === 'number' ? x - y : String(x ?? '').localeCompare(String(y ?? ''), 'vi');
      return sign * d;
    });
  }

  private sortBy(key: string) {
    if (this.sortKey === key) this.sortDir = this.sortDir === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sortKey = key;
      this.sortDir = 'ascending';
    }
  }

  private emitHover(id: string | null) {
    this.dispatchEvent(new CustomEvent('kb-row-hover', { detail: { id }, bubbles: true, composed: true }));
  }

  override render() {
    const rows = this.sortedRows();
    const groups = new Map<string, unknown[]>();
    if (this.groupBy) for (const r of rows) groups.set(this.groupBy(r), [...(groups.get(this.groupBy(r)) ?? []), r]);
    else groups.set('', rows);
    return html`<table>
      ${this.caption ? html`<caption>${this.caption}</caption>` : nothing}
      <thead>
        <tr>
          ${this.columns.map((c) => {
            const sorted = this.sortKey === c.key;
            const sortable = c.sortable !== false;
            return html`<th scope="col" class=${c.numeric ? 'num' : ''} aria-sort=${sorted ? this.sortDir : nothing}>
              ${
                sortable
                  ? html`<button class="sort" type="button" title=${t('impact.table.sortBy', { col: c.header })} @click=${() => this.sortBy(c.key)}>
                    ${c.header}<span class="arrow" aria-hidden="true">${sorted ? (this.sortDir === 'ascending' ? '▲' : '▼') : ''}</span>
                  </button>`
                  : c.header
              }
            </th>`;
          })}
        </tr>
      </thead>
      ${
        rows.length === 0
          ? html`<tbody><tr><td class="empty" colspan=${this.columns.length}>${this.emptyText || t('common.empty')}</td></tr></tbody>`
          : [...groups].map(([label, groupRows]) => {
              const folds = !!this.groupBy && !!this.collapsible?.(label);
              const open = !folds || this.openGroups.has(label);
              return html`<tbody class=${folds ? 'collapsible' : ''} data-group=${label}>
                ${
                  this.groupBy
                    ? html`<tr>
                      <th scope="rowgroup" colspan=${this.columns.length}>${
                        folds
                          ? html`<button type="button" class="group-toggle" aria-expanded=${open ? 'true' : 'false'} @click=${() => this.toggle(label)}>${this.groupToggleText ? this.groupToggleText(label, groupRows.length, open) : label}</button>`
                          : label
                      }</th>
                    </tr>`
                    : nothing
                }
                ${open ? groupRows.map((r) => this.renderRow(r)) : nothing}
              </tbody>`;
            })
      }
    </table>`;
  }

  private toggle(group: string) {
    const next = new Set(this.openGroups);
    if (next.has(group)) next.delete(group);
    else next.add(group);
    this.openGroups = next;
  }

  private renderRow(r: unknown) {
    const id = this.rowId(r);
    return html`<tr
      class="row ${id === this.active ? 'active' : ''}"
      data-id=${id}
      tabindex=${this.hoverable ? '0' : nothing}
      @mouseenter=${this.hoverable ? () => this.emitHover(id) : nothing}
      @mouseleave=${this.hoverable ? () => this.emitHover(null) : nothing}
      @focusin=${this.hoverable ? () => this.emitHover(id) : nothing}
      @focusout=${this.hoverable ? () => this.emitHover(null) : nothing}
    >
      ${this.columns.map((c) => {
        const content = c.cell ? c.cell(r) : ((r as Row)[c.key] as unknown);
        return c.rowHeader ? html`<th scope="row" class=${c.numeric ? 'num' : ''}>${content}</th>` : html`<td class=${c.numeric ? 'num' : ''}>${content}</td>`;
      })}
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-table': KbTable;
  }
}
