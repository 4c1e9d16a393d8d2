// @vitest-environment happy-dom
/**
 * <kb-table> in happy-dom: caption and scoped headers, custom cells, groups as tbody with a
 * rowgroup header, sorting with aria-sort, row hover/focus events, the empty state.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { html } from 'lit';
import '../../web/src/kb-table/kb-table.js';
import type { KbTable, TableColumn } from '../../web/src/kb-table/kb-table.js';

interface Row {
  id: string;
  name: string;
  depth: number;
}
const rows: Row[] = [
  { id: 'a', name: 'Bê', depth: 2 },
  { id: 'b', name: 'An', depth: 1 },
  { id: 'c', name: 'Cờ', depth: 2 },
];
const columns: TableColumn<Row>[] = [
  { key: 'name', header: 'Tên', rowHeader: true, cell: (r) => html`<em>${r.name}</em>` },
  { key: 'depth', header: 'Độ sâu', numeric: true },
  { key: 'note', header: 'Ghi chú', sortable: false, cell: () => '—' },
];

async function table(props: Partial<KbTable>) {
  const el = document.createElement('kb-table') as KbTable;
  Object.assign(el, { caption: 'Bảng thử', columns, rows, ...props });
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const bodyNames = (el: KbTable) => [...el.shadowRoot!.querySelectorAll('tr.row th[scope=row]')].map((c) => c.textContent!.trim());

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<kb-table>', () => {
  it('renders a captioned table with scoped headers and custom cells', async () => {
    const el = await table({});
    const root = el.shadowRoot!;
    expect(root.querySelector('caption')!.textContent).toBe('Bảng thử');
    expect([...root.querySelectorAll('thead th[scope=col]')].map((th) => th.textContent!.trim())).toEqual(['Tên', 'Độ sâu', 'Ghi chú']);
    expect(root.querySelectorAll('tr.row').length).toBe(3);
    expect(root.querySelector('tr.row th[scope=row] em')!.textContent).toBe('Bê');
    expect(root.querySelector('tr.row td.num')!.textContent).toBe('2');
    // The unsortable column has no sort button.
    expect(root.querySelectorAll('thead button.sort').length).toBe(2);
  });

  it('sorts by a column, both ways, and says so with aria-sort', async () => {
    const el = await table({});
    const [byName, byDepth] = [...el.shadowRoot!.querySelectorAll('thead button.sort')] as HTMLButtonElement[];
    byName.click();
    await el.updateComplete;
    expect(bodyNames(el)).toEqual(['An', 'Bê', 'Cờ']);
    expect(el.shadowRoot!.querySelector('thead th')!.getAttribute('aria-sort')).toBe('ascending');
    byName.click();
    await el.updateComplete;
    expect(bodyNames(el)).toEqual(['Cờ', 'Bê', 'An']);
    expect(el.shadowRoot!.querySelector('thead th')!.getAttribute('aria-sort')).toBe('descending');
    byDepth.click();
    await el.updateComplete;
    expect(el.sortedRows().map((r) => (r as Row).depth)).toEqual([1, 2, 2]);
    expect(el.shadowRoot!.querySelector('thead th')!.hasAttribute('aria-sort')).toBe(false);
  });

  it('groups rows under rowgroup headers, one tbody per group', async () => {
    const el = await table({ groupBy: (r: Row) => `Độ sâu ${r.depth}` });
    const bodies = [...el.shadowRoot!.querySelectorAll('tbody')];
    expect(bodies.map((b) => b.querySelector('th[scope=rowgroup]')!.textContent)).toEqual(['Độ sâu 2', 'Độ sâu 1']);
    expect(bodies[0].querySelectorAll('tr.row').length).toBe(2);
    expect(bodies[0].querySelector('th[scope=rowgroup]')!.getAttribute('colspan')).toBe('3');
  });

  it('reports hover and focus on rows when hoverable, and marks the active row', async () => {
    const el = await table({ hoverable: true, active: 'c' });
    const seen: (string | null)[] = [];
    el.addEventListener('kb-row-hover', (e) => seen.push((e as CustomEvent<{ id: string | null }>).detail.id));
    const rowsEl = [...el.shadowRoot!.querySelectorAll('tr.row')] as HTMLElement[];
    expect(rowsEl[0].getAttribute('tabindex')).toBe('0');
    rowsEl[0].dispatchEvent(new MouseEvent('mouseenter'));
    rowsEl[0].dispatchEvent(new MouseEvent('mouseleave'));
    rowsEl[1].dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(seen).toEqual(['a', null, 'b']);
    expect(rowsEl[2].classList.contains('active')).toBe(true);
  });

  it('does not report hover unless hoverable', async () => {
    const el = await table({});
    const seen: unknown[] = [];
    el.addEventListener('kb-row-hover', (e) => seen.push(e));
    const row = el.shadowRoot!.querySelector('tr.row') as HTMLElement;
    row.dispatchEvent(new MouseEvent('mouseenter'));
    expect(seen).toEqual([]);
    expect(row.hasAttribute('tabindex')).toBe(false);
  });

  it('shows the empty text across all columns', async () => {
    const el = await table({ rows: [], emptyText: 'Không có nút nào.' });
    const cell = el.shadowRoot!.querySelector('td.empty')!;
    expect(cell.textContent).toBe('Không có nút nào.');
    expect(cell.getAttribute('colspan')).toBe('3');
  });
});
