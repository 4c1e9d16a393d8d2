// @vitest-environment happy-dom
/**
 * <kb-import> in happy-dom and the client's import/export functions: a report given by property
 * shows its counts, problems (place, row, column, value, reason), mapping notes and the items to
 * be written (20, then more); the reasons and labels follow the language; the confirm event fires
 * only after a dry run of the file and options now chosen, never when all-or-nothing rows were
 * rejected; roles below editor get a disabled form and a message; the format follows the extension
 * unless chosen; the export panel sends its filter; importData sends a GraphQL multipart request
 * and reports upload progress in percent; export URLs and download names.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../web/src/kb-import/kb-import.js';
import type { ExportDetail, ImportRunDetail, KbImport } from '../../web/src/kb-import/kb-import.js';
import { configureApi } from '../../web/src/api/client.js';
import {
  IMPORT_MUTATION,
  exportUrl,
  fileNameFromDisposition,
  formatFromFileName,
  importData,
  templateUrl,
  type ImportItem,
  type ImportProgress,
  type ImportReport,
} from '../../web/src/api/interop.js';
import type { NodeSummary } from '../../web/src/api/queries.js';
import { setLang } from '../../web/src/i18n/i18n.js';
import { mount as mountElement } from '../setup/dom.js';
import { JUNCTIONS_TALLY } from '../setup/archimate-tally.js';

const at = (row: number, extra: Partial<ImportItem['at']> = {}) => ({ file: 'danh-muc.xlsx', sheet: 'Components', row, path: null, ...extra });

const item = (key: string, action: ImportItem['action'], row: number, extra: Partial<ImportItem> = {}): ImportItem => ({
  at: at(row),
  entity: key.includes('->') ? 'relationship' : 'node',
  key,
  kind: key.includes('->') ? null : 'Component',
  action,
  matchedBy: key.includes('->') ? null : 'ID',
  problems: [],
  warnings: [],
  ...extra,
});

/** A dry run of an Excel file: 2 nodes created, 1 updated, 1 rejected (bad componentKind at row 5). */
function dryReport(extra: Partial<ImportReport> = {}): ImportReport {
  const rejected = item('component:test-bad', 'REJECTED', 5, {
    problems: [
      {
        at: at(5),
        column: 'componentKind',
        value: 'phan-mem',
        message: 'must be one of system, platform, portal, database',
        messageVi: 'Phải là một trong: system, platform, portal, database',
      },
    ],
  });
  const items = [
    item('agency:test-a', 'CREATED', 2, { kind: 'Agency' }),
    item('component:test-b', 'CREATED', 3),
    item('component:test-c', 'UPDATED', 4),
    rejected,
    item('component:test-b -OWNED_BY-> agency:test-a', 'CREATED', 3),
  ];
  return {
    format: 'XLSX',
    dryRun: true,
    mode: 'ALL_OR_NOTHING',
    written: false,
    nodes: { created: 2, updated: 1, unchanged: 0, rejected: 1 },
    relationships: { created: 1, updated: 0, unchanged: 0, rejected: 0 },
    items,
    problems: [rejected],
    itemCount: items.length,
    notes: [],
    provenanceLoss: { nodes: 0, relationships: 0, downgraded: 0, sourcesDropped: 0, allowed: false },
    warned: [],
    tally: null,
    ...extra,
  };
}

/** A clean dry run: nothing rejected. */
const cleanReport = (extra: Partial<ImportReport> = {}) => {
  const r = dryReport();
  const items = r.items.filter((i) => i.action !== 'REJECTED');
  return { ...r, format: 'JSON' as const, items, problems: [], itemCount: items.length, nodes: { ...r.nodes, rejected: 0 }, ...extra };
};

/** The import page as an editor sees it (unless `props` say otherwise). */
const mount = (props: Partial<KbImport> = {}) => mountElement<KbImport>('kb-import', { callerRole: 'editor' }, props);

/** Chooses `file` as the user does and waits for the page to show it. */
async function choose(el: KbImport, file: File): Promise<File> {
  el.chooseFile(file);
  await el.updateComplete;
  return file;
}

const $ = <T extends Element = HTMLElement>(el: KbImport, sel: string) => el.shadowRoot!.querySelector(sel) as T | null;
const $$ = (el: KbImport, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const headers = (el: KbImport) => $$(el, 'table.summary thead th').map(text);

function events<T>(name: string) {
  const got: T[] = [];
  document.body.addEventListener(name, (e) => got.push((e as CustomEvent<T>).detail));
  return got;
}

const jsonFile = (name = 'danh-muc.json', body = '{"nodes":[],"relationships":[]}') =>
  new File([body], name, { type: 'application/json', lastModified: 1_700_000_000_000 });

/** Drops a file on the drop zone, as a user dragging it from the desktop does. */
async function drop(el: KbImport, file: File) {
  const dt = new DataTransfer();
  dt.items.add(file);
  const e = new Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(e, 'dataTransfer', { value: dt });
  $(el, '.drop')!.dispatchEvent(e);
  await el.updateComplete;
}

async function click(el: KbImport, sel: string) {
  $(el, sel)!.click();
  await el.updateComplete;
}

afterEach(() => {
  document.body.innerHTML = '';
  setLang('vi');
});

describe('<kb-import> report', () => {
  it('renders the counts and the problems of a report given by property', async () => {
    const el = await mount({ report: dryReport() });
    const count = (k: string) => text($(el, `td[data-count="${k}"]`));
    expect([count('nodes.created'), count('nodes.updated'), count('nodes.unchanged'), count('nodes.rejected')]).toEqual(['2', '1', '0', '1']);
    expect([count('relationships.created'), count('relationships.updated'), count('relationships.unchanged'), count('relationships.rejected')]).toEqual([
      '1',
      '0',
      '0',
      '0',
    ]);
    expect(headers(el)).toEqual(['Tạo mới', 'Cập nhật', 'Không đổi', 'Bị từ chối']);
    expect(text($(el, '[data-outcome]'))).toContain('chưa ghi gì');

    const rows = $$(el, 'table.problems tbody tr').map((tr) => [...tr.querySelectorAll('td')].map(text));
    expect(rows).toEqual([
      [
        'danh-muc.xlsx › Components',
        '5',
        'componentKind',
        'phan-mem',
        'component:test-bad (bị từ chối)',
        'Phải là một trong: system, platform, portal, database',
      ],
    ]);
    expect(text($(el, '#problems-h'))).toBe('Các lỗi (1)');
    // Created and updated items are listed; the rejected one is not among them.
    expect($$(el, 'table.items tbody tr').map((tr) => tr.dataset.item)).toEqual([
      'agency:test-a',
      'component:test-b',
      'component:test-c',
      'component:test-b -OWNED_BY-> agency:test-a',
    ]);
    expect(text($(el, 'table.items tbody tr'))).toContain('tạo mới');
    expect($(el, 'table.notes')).toBeNull();
  });

  it('shows the ArchiMate mapping notes', async () => {
    const notes = [
      { source: 'ApplicationComponent', target: 'Component', count: 12, detail: null },
      { source: 'BusinessActor', target: 'Agency', count: 3, detail: 'mapped by name' },
    ];
    const el = await mount({ report: cleanReport({ format: 'ARCHIMATE', notes }) });
    expect($$(el, 'table.notes tbody tr').map((tr) => [...tr.querySelectorAll('td')].map(text))).toEqual([
      ['ApplicationComponent', 'Component', '12', ''],
      ['BusinessActor', 'Agency', '3', 'mapped by name'],
    ]);
    expect(text($(el, '#notes-h'))).toBe('Ánh xạ ArchiMate');
  });

  it('switches labels and problem reasons to English and back', async () => {
    const el = await mount({ report: dryReport() });
    expect(text($(el, '[data-reason]'))).toBe('Phải là một trong: system, platform, portal, database');
    setLang('en');
    await el.updateComplete;
    expect(text($(el, '[data-reason]'))).toBe('must be one of system, platform, portal, database');
    expect(headers(el)).toEqual(['Created', 'Updated', 'Unchanged', 'Rejected']);
    expect(text($(el, '#problems-h'))).toBe('Problems (1)');
    expect(text($(el, '#dry-run'))).toBe('Dry run');
    expect(text($(el, 'h2'))).toBe('Import and export');
    setLang('vi');
    await el.updateComplete;
    expect(text($(el, '#dry-run'))).toBe('Chạy thử');
    expect(text($(el, '[data-reason]'))).toBe('Phải là một trong: system, platform, portal, database');
  });

  it('lists 20 items to be written, then more on request', async () => {
    const items = Array.from({ length: 45 }, (_, i) => item(`component:test-${i}`, 'CREATED', i + 2));
    const el = await mount({
      report: cleanReport({
        items,
        itemCount: 45,
        nodes: { created: 45, updated: 0, unchanged: 0, rejected: 0 },
        relationships: { created: 0, updated: 0, unchanged: 0, rejected: 0 },
      }),
    });
    expect($$(el, 'table.items tbody tr')).toHaveLength(20);
    expect(text($(el, '[data-more]'))).toBe('Xem thêm (còn 25)');
    await click(el, '[data-more]');
    expect($$(el, 'table.items tbody tr')).toHaveLength(45);
    expect($(el, '[data-more]')).toBeNull();
  });

  it('shows the upload progress in percent, then the processing phase', async () => {
    const el = await mount({ busy: true, progress: { phase: 'upload', loaded: 512 * 1024, total: 1024 * 1024, percent: 50 } });
    const bar = $<HTMLProgressElement>(el, 'progress#upload-progress')!;
    expect(bar.value).toBe(50);
    expect(text($(el, '.progress'))).toContain('Đang tải lên: 50%');
    el.progress = { phase: 'processing' };
    await el.updateComplete;
    expect(text($(el, '.progress'))).toContain('máy chủ đang xử lý');
    const aborts = events<object>('kb-import-abort');
    await click(el, '.progress button');
    expect(aborts).toHaveLength(1);
  });
});

describe('<kb-import> dry run and confirm', () => {
  it('fires the confirm only after a dry run of the file and options chosen now', async () => {
    const dryRuns = events<ImportRunDetail>('kb-import-dry-run');
    const confirms = events<ImportRunDetail>('kb-import-confirm');
    const el = await mount();
    expect($<HTMLButtonElement>(el, '#dry-run')!.disabled).toBe(true);
    const file = jsonFile();
    await drop(el, file);
    expect(text($(el, '[data-chosen]'))).toContain('danh-muc.json');

    // A report handed over without a dry run of this file: shown, but nothing to confirm.
    el.report = cleanReport();
    await el.updateComplete;
    expect($(el, '#confirm')).toBeNull();

    el.report = null;
    await click(el, '#dry-run');
    expect(dryRuns).toEqual([{ file, format: 'JSON', mode: 'ALL_OR_NOTHING', level: null, allowProvenanceLoss: false }]);
    expect(confirms).toEqual([]);
    el.report = cleanReport();
    await el.updateComplete;
    expect(text($(el, '#confirm'))).toBe('Xác nhận nhập');
    await click(el, '#confirm');
    expect(confirms).toEqual([{ file, format: 'JSON', mode: 'ALL_OR_NOTHING', level: null, allowProvenanceLoss: false }]);

    // The final report: written, no confirm any more.
    el.report = cleanReport({ dryRun: false, written: true });
    await el.updateComplete;
    expect($(el, '#confirm')).toBeNull();
    expect(text($(el, '[data-outcome]'))).toContain('Đã ghi vào cơ sở dữ liệu');
    expect(confirms).toHaveLength(1);
  });

  it('asks the level of ArchiMate components only for ArchiMate files, and sends it', async () => {
    const dryRuns = events<ImportRunDetail>('kb-import-dry-run');
    const el = await mount();
    await choose(el, jsonFile('danh-muc.json'));
    expect($(el, '#level')).toBeNull();
    const xml = await choose(el, jsonFile('mo-hinh.xml'));
    const level = $<HTMLSelectElement>(el, '#level')!;
    expect(text($(el, 'label[for=level]'))).toContain('ArchiMate không ghi cấp');
    level.value = 'province';
    level.dispatchEvent(new Event('change'));
    await click(el, '#dry-run');
    expect(dryRuns).toEqual([{ file: xml, format: 'ARCHIMATE', mode: 'ALL_OR_NOTHING', level: 'province', allowProvenanceLoss: false }]);
  });

  it('says which stored records the file would weaken and that akb keeps their provenance; the option to allow it is sent', async () => {
    const dryRuns = events<ImportRunDetail>('kb-import-dry-run');
    const el = await mount();
    const xml = await choose(el, jsonFile('mo-hinh.xml'));
    const warning = {
      at: { file: 'mo-hinh.xml', sheet: null, row: null, path: 'component.x' },
      column: 'provenance',
      value: 'external',
      message: 'provenance: the file says external, the stored record is stated; kept stated and its sources (allow provenance loss to replace them)',
      messageVi: 'nguồn gốc: tệp ghi external, bản ghi đang lưu là stated; giữ stated cùng trích dẫn (cho phép mất nguồn gốc để thay)',
    };
    const warned = { ...cleanReport().items[1], key: 'component:x', warnings: [warning] };
    el.report = cleanReport({
      format: 'ARCHIMATE',
      provenanceLoss: { nodes: 1, relationships: 0, downgraded: 1, sourcesDropped: 1, allowed: false },
      warned: [warned],
      tally: JUNCTIONS_TALLY,
    });
    await el.updateComplete;
    const notice = text($(el, '[data-provenance-loss]'));
    expect(notice).toContain('Tệp sẽ làm yếu nguồn gốc của 1 nút và 0 quan hệ đang lưu');
    expect(notice).toContain('akb giữ nguồn gốc và trích dẫn đang lưu');
    expect(notice).toContain('component:x: nguồn gốc: tệp ghi external');
    const tally = text($(el, '[data-tally]'));
    expect(tally).toContain('22 quan hệ trong tệp: 17 thành quan hệ, 2 gộp vào quan hệ khác giữa cùng hai phần tử (giữ lại để xuất trả), 3 không nhập.');
    const allow = $<HTMLInputElement>(el, '#allow-provenance-loss')!;
    expect(allow.checked).toBe(false);
    allow.checked = true;
    allow.dispatchEvent(new Event('change'));
    await click(el, '#dry-run');
    expect(dryRuns).toEqual([{ file: xml, format: 'ARCHIMATE', mode: 'ALL_OR_NOTHING', level: null, allowProvenanceLoss: true }]);
  });

  it('offers no confirm when all-or-nothing rows were rejected; valid-rows mode needs its own dry run', async () => {
    const dryRuns = events<ImportRunDetail>('kb-import-dry-run');
    const el = await mount();
    await choose(el, jsonFile('danh-muc.xlsx'));
    await click(el, '#dry-run');
    el.report = dryReport();
    await el.updateComplete;
    expect($(el, '#confirm')).toBeNull();
    expect(text($(el, '[data-no-confirm]'))).toContain('tất cả hoặc không');

    // Another mode: the report no longer describes what would happen.
    const validRows = $<HTMLInputElement>(el, 'input[name=mode][value=VALID_ROWS]')!;
    validRows.checked = true;
    validRows.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($(el, '[data-stale]')).not.toBeNull();
    expect($(el, '#confirm')).toBeNull();
    await click(el, '#dry-run');
    expect(dryRuns.map((d) => d.mode)).toEqual(['ALL_OR_NOTHING', 'VALID_ROWS']);
    el.report = dryReport({ mode: 'VALID_ROWS' });
    await el.updateComplete;
    expect($<HTMLButtonElement>(el, '#confirm')!.disabled).toBe(false);
  });

  it('takes the format from the extension unless one is chosen', async () => {
    const dryRuns = events<ImportRunDetail>('kb-import-dry-run');
    const el = await mount();
    await choose(el, new File(['x'], 'model.xml'));
    expect(text($(el, '#format option[value=""]'))).toContain('ArchiMate');
    await click(el, '#dry-run');
    const select = $<HTMLSelectElement>(el, '#format')!;
    select.value = 'CSV';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await click(el, '#dry-run');
    el.chooseFile(new File(['x'], 'notes.txt'));
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await click(el, '#dry-run');
    expect(dryRuns.map((d) => d.format)).toEqual(['ARCHIMATE', 'CSV', null]);
    expect(['a.json', 'a.ndjson', 'a.csv', 'a.zip', 'A.XLSX', 'a.xml', 'a.txt'].map(formatFromFileName)).toEqual([
      'JSON',
      'JSON',
      'CSV',
      'CSV',
      'XLSX',
      'ARCHIMATE',
      null,
    ]);
  });

  it('disables the import for roles below editor and says an editor token is needed', async () => {
    const dryRuns = events<ImportRunDetail>('kb-import-dry-run');
    const el = await mount({ callerRole: 'viewer' });
    expect(text($(el, '#role-note'))).toContain('editor');
    expect(text($(el, '#role-note'))).toContain('viewer');
    expect($<HTMLFieldSetElement>(el, 'fieldset.form')!.disabled).toBe(true);
    await drop(el, jsonFile());
    expect($(el, '[data-chosen]')).toBeNull();
    await choose(el, jsonFile());
    await click(el, '#dry-run');
    expect(dryRuns).toEqual([]);

    el.callerRole = null;
    await el.updateComplete;
    expect(text($(el, '#role-note'))).toContain('chưa có mã');
    el.callerRole = 'admin';
    await el.updateComplete;
    expect($(el, '#role-note')).toBeNull();
    expect($<HTMLFieldSetElement>(el, 'fieldset.form')!.disabled).toBe(false);
  });
});

describe('<kb-import> export panel', () => {
  const node = (id: string, name: string, kind: string, province: string | null = null): NodeSummary => ({ id, name, kind, provenance: 'stated', province });

  it('sends the chosen format and filter; none chosen means the whole graph', async () => {
    const exports = events<ExportDetail>('kb-export');
    const templates = events<{ format: string }>('kb-import-template');
    const el = await mount({
      callerRole: 'viewer',
      architectures: [
        node('arch:qng-3.0', 'Kiến trúc CQĐT tỉnh Quảng Ngãi 3.0', 'Architecture', 'Quảng Ngãi'),
        node('arch:qnam-2.0', 'Kiến trúc CQĐT tỉnh Quảng Nam 2.0', 'Architecture'),
      ],
      agencies: [node('agency:qng-so-y-te', 'Sở Y tế', 'Agency', 'Quảng Ngãi')],
    });
    expect(text($(el, '#export'))).toBe('Tải xuống toàn bộ');
    await click(el, '#export');
    const check = async (sel: string) => {
      const box = $<HTMLInputElement>(el, sel)!;
      box.checked = true;
      box.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    await check('input[name=architecture][value="arch:qng-3.0"]');
    await check('input[name=agency][value="agency:qng-so-y-te"]');
    await check('input[name=kind][value=Component]');
    await check('input[name=provenance][value=example]');
    const fmt = $<HTMLSelectElement>(el, '#export-format')!;
    fmt.value = 'xlsx';
    fmt.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text($(el, '#export'))).toBe('Tải xuống phần đã lọc');
    await click(el, '#export');
    expect(exports).toEqual([
      { format: 'json', filter: {} },
      { format: 'xlsx', filter: { architectures: ['arch:qng-3.0'], agencies: ['agency:qng-so-y-te'], kinds: ['Component'], provenances: ['example'] } },
    ]);
    await click(el, 'button[data-template=csv]');
    expect(templates).toEqual([{ format: 'csv' }]);
  });
});

describe('client import/export functions', () => {
  it('builds export and template URLs with repeated filter parameters', () => {
    configureApi({ endpoint: '/graphql' });
    expect(exportUrl({}, 'json')).toBe('/export?format=json');
    expect(
      exportUrl({ architectures: ['arch:qng-3.0', 'arch:qnam-2.0'], agencies: ['agency:qng-so-y-te'], kinds: ['Component'], provenances: ['stated'] }, 'csv'),
    ).toBe('/export?format=csv&architecture=arch%3Aqng-3.0&architecture=arch%3Aqnam-2.0&agency=agency%3Aqng-so-y-te&kind=Component&provenance=stated');
    expect(templateUrl('xlsx')).toBe('/export/template?format=xlsx');
  });

  it('reads the file name of a download from content-disposition', () => {
    expect(fileNameFromDisposition('attachment; filename="akb-export.json"', 'x')).toBe('akb-export.json');
    expect(fileNameFromDisposition(`attachment; filename="akb.zip"; filename*=UTF-8''akb-xu%E1%BA%A5t.zip`, 'x')).toBe('akb-xuất.zip');
    expect(fileNameFromDisposition(null, 'fallback.xlsx')).toBe('fallback.xlsx');
  });

  it('uploads with the GraphQL multipart request and reports upload progress in percent', async () => {
    type Sent = { method: string; url: string; headers: Record<string, string>; body: FormData };
    const sent: Sent[] = [];
    const report = cleanReport();
    class FakeXhr {
      upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null; onload: (() => void) | null } = {
        onprogress: null,
        onload: null,
      };
      onload: (() => void) | null = null;
      onerror: (() => void) | null = null;
      onabort: (() => void) | null = null;
      status = 0;
      responseText = '';
      private req: Partial<Sent> = { headers: {} };
      open(method: string, url: string) {
        Object.assign(this.req, { method, url });
      }
      setRequestHeader(k: string, v: string) {
        this.req.headers![k.toLowerCase()] = v;
      }
      abort() {}
      send(body: FormData) {
        sent.push({ ...(this.req as Sent), body });
        this.upload.onprogress?.({ lengthComputable: true, loaded: 25, total: 100 });
        this.upload.onprogress?.({ lengthComputable: true, loaded: 100, total: 100 });
        this.upload.onload?.();
        this.status = 200;
        this.responseText = JSON.stringify({ data: { importData: report } });
        this.onload?.();
      }
    }
    const real = globalThis.XMLHttpRequest;
    globalThis.XMLHttpRequest = FakeXhr as never;
    try {
      configureApi({ endpoint: '/graphql', token: 'akb_test' });
      const progress: ImportProgress[] = [];
      const file = jsonFile();
      const got = await importData(file, { format: 'JSON', dryRun: true, mode: 'VALID_ROWS' }, (p) => progress.push(p));
      expect(got).toEqual(report);
      expect(progress).toEqual([
        { phase: 'upload', loaded: 25, total: 100, percent: 25 },
        { phase: 'upload', loaded: 100, total: 100, percent: 100 },
        { phase: 'processing' },
      ]);
      const [req] = sent;
      expect(req.method).toBe('POST');
      expect(req.url).toBe('/graphql');
      expect(req.headers.authorization).toBe('Bearer akb_test');
      expect(req.headers['x-graphql-yoga-csrf']).toBeTruthy();
      expect([...req.body.keys()]).toEqual(['operations', 'map', '0']);
      const ops = JSON.parse(req.body.get('operations') as string);
      expect(ops.query).toBe(IMPORT_MUTATION);
      expect(ops.variables).toEqual({ file: null, format: 'JSON', dryRun: true, mode: 'VALID_ROWS', first: 500 });
      expect(JSON.parse(req.body.get('map') as string)).toEqual({ 0: ['variables.file'] });
      const part = req.body.get('0') as File;
      expect(part.name).toBe('danh-muc.json');
      expect(await part.text()).toBe('{"nodes":[],"relationships":[]}');
    } finally {
      globalThis.XMLHttpRequest = real;
      configureApi({ token: null });
    }
  });
});
