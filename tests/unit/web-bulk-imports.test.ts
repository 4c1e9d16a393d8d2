// @vitest-environment happy-dom
/**
 * <kb-bulk-imports> in happy-dom: bulk imports given by property show, running first, a progress
 * bar at the share of the file read, the rows written, rows per second and the time left; a done
 * import its counts; an undone one why; nothing at all when there are none; labels follow the
 * language.
 */
import { describe, expect, it } from 'vitest';
import '../../web/src/kb-bulk-imports/kb-bulk-imports.js';
import type { KbBulkImports } from '../../web/src/kb-bulk-imports/kb-bulk-imports.js';
import type { BulkImportStatus } from '../../web/src/api/interop.js';
import { setLang } from '../../web/src/i18n/i18n.js';
import { mount as mountElement, resetPageAfterEach } from '../setup/dom.js';

const base = { actor: 'cli:anh', reason: null, startedAt: '2026-12-06T06:00:00Z', heartbeatAt: '2026-12-06T06:01:00Z', finishedAt: null };
const running: BulkImportStatus = {
  ...base,
  id: 'bulk:1',
  state: 'RUNNING',
  phase: 'relationships',
  file: 'national-L.ndjson',
  nodes: 1_045_438,
  relationships: 2_000_000,
  rowsPerSecond: 61_234,
  fraction: 0.42,
  etaSeconds: 125,
};
const done: BulkImportStatus = {
  ...base,
  id: 'bulk:2',
  state: 'DONE',
  phase: 'done',
  file: 'national-M.ndjson',
  nodes: 100_585,
  relationships: 482_637,
  rowsPerSecond: 90_000,
  fraction: 1,
  etaSeconds: 0,
  finishedAt: '2026-12-06T05:00:00Z',
};
const undone: BulkImportStatus = {
  ...base,
  id: 'bulk:3',
  state: 'UNDONE',
  phase: 'undone',
  file: 'tinh.ndjson',
  nodes: 0,
  relationships: 0,
  rowsPerSecond: 0,
  fraction: null,
  etaSeconds: null,
  reason: '1 row(s) rejected',
  finishedAt: '2026-12-06T04:00:00Z',
};

const mount = (imports: BulkImportStatus[]) => mountElement<KbBulkImports>('kb-bulk-imports', { imports });

resetPageAfterEach();

describe('<kb-bulk-imports>', () => {
  it('shows a running import with its progress bar, rate and time left; done and undone ones with their outcome', async () => {
    setLang('vi');
    const el = await mount([running, done, undone]);
    const items = [...el.shadowRoot!.querySelectorAll('li')];
    expect(items.map((li) => li.dataset.id)).toEqual(['bulk:1', 'bulk:2', 'bulk:3']);
    const bar = items[0].querySelector('progress')!;
    expect(bar.value).toBe(42);
    expect(bar.getAttribute('aria-label')).toContain('national-L.ndjson');
    const text = items[0].textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('đang chạy');
    expect(text).toContain('đang ghi quan hệ');
    expect(text).toMatch(/61.234 dòng\/giây/);
    expect(text).toContain('còn khoảng 2 min 5 s');
    expect(items[1].querySelector('progress')).toBeNull();
    expect(items[1].textContent).toContain('đã xong');
    expect(items[2].textContent).toContain('đã hoàn tác');
    expect(items[2].textContent).toContain('1 row(s) rejected');
  });

  it('follows the language', async () => {
    setLang('en');
    const el = await mount([running]);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('Bulk imports (command line)');
    expect(text).toContain('writing relationships');
    expect(text).toContain('rows/s');
  });

  it('renders nothing when there are no bulk imports', async () => {
    const el = await mount([]);
    expect(el.shadowRoot!.querySelector('section')).toBeNull();
  });
});
