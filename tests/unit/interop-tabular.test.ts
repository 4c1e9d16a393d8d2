/**
 * Excel and CSV: layout, writers, readers and templates (issue #8). Pure: no database. The fixture
 * graph goes out and comes back unchanged; bad cells, unknown sheets and columns are reported with
 * file, sheet, row, column, value and reason in both languages; template examples never import.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../server/src/config/config.js';
import { mergeAndValidate, readFixtureFiles } from '../../server/src/fixtures/loader.js';
import { KINDS, LEVELS, RELATIONSHIPS } from '../../server/src/model/model.js';
import { validateNode, validateRelationship, type NodeRecord, type RelRecord } from '../../server/src/model/validate.js';
import { readJson } from '../../server/src/interop/json.js';
import type { GraphRecords, ImportBatch } from '../../server/src/interop/types.js';
import {
  ENUM_LISTS,
  enumListOf,
  headerIndex,
  KIND_COLUMN,
  LAYOUTS,
  LISTS_SHEET,
  NODE_LAYOUT_BY_KIND,
  RELATIONSHIP_LAYOUT,
} from '../../server/src/interop/tabular/columns.js';
import { readCsv, writeCsvZip } from '../../server/src/interop/tabular/csv.js';
import { EXAMPLE_NODES, EXAMPLE_RELATIONSHIP } from '../../server/src/interop/tabular/examples.js';
import { jsonTemplate } from '../../server/src/interop/tabular/template.js';
import { readXlsx, writeXlsx } from '../../server/src/interop/tabular/xlsx.js';

const tmp = mkdtempSync(join(tmpdir(), 'akb-tabular-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The fixture graph as an export gives it: merged records, loader bookkeeping and empty values left out. */
function fixtureGraph(): GraphRecords {
  const g = mergeAndValidate(readFixtureFiles());
  return { nodes: [...g.nodes.values()].map((n) => normal(n) as NodeRecord), relationships: [...g.relationships.values()].map((r) => normal(r) as RelRecord) };
}
function normal(r: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(r).filter(([k, v]) => k !== '__file' && v !== undefined && !(Array.isArray(v) && v.length === 0)));
}
const relKey = (r: Record<string, unknown>) => `${r.from} -${r.type}-> ${r.to}`;
const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.id).localeCompare(String(b.id));
const byRel = (a: Record<string, unknown>, b: Record<string, unknown>) => relKey(a).localeCompare(relKey(b));

function expectSameGraph(batch: ImportBatch, graph: GraphRecords) {
  expect(batch.problems).toEqual([]);
  expect(batch.nodes.map((n) => n.record).sort(byId)).toEqual([...graph.nodes].sort(byId));
  expect(batch.relationships.map((r) => r.record).sort(byRel)).toEqual([...graph.relationships].sort(byRel));
}

/** A workbook built by hand, as a user's editor would save it. */
async function workbook(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const headersOf = (kind: string) => NODE_LAYOUT_BY_KIND.get(kind)!.columns.map((c) => c.header);
const header = (kind: string, key: string) => NODE_LAYOUT_BY_KIND.get(kind)!.columns.find((c) => c.key === key)!.header;

describe('tabular layout', () => {
  it('has one sheet per kind and a Relationships sheet, every header bilingual, no header naming two properties', () => {
    expect(LAYOUTS.map((l) => l.name)).toEqual([...KINDS.map((k) => k.name), 'Relationships']);
    for (const l of LAYOUTS)
      for (const c of l.columns) {
        expect(c.vi, `${l.name}.${c.key} needs a Vietnamese label (LABELS_VI in columns.ts)`).not.toBe(c.key);
        expect(c.header).toBe(`${c.vi} · ${c.key}`);
      }
    // Each sheet's headers, and all node headers together (a CSV of several kinds), resolve uniquely.
    for (const l of LAYOUTS) expect(() => headerIndex(l.columns)).not.toThrow();
    expect(() => headerIndex([KIND_COLUMN, ...LAYOUTS.filter((l) => l.entity === 'node').flatMap((l) => l.columns)])).not.toThrow();
  });

  it('gives every kind its model properties and ownerAgency only to kinds an agency can own', () => {
    const ownable = RELATIONSHIPS.find((r) => r.type === 'OWNED_BY')!.from;
    for (const k of KINDS) {
      const keys = NODE_LAYOUT_BY_KIND.get(k.name)!.columns.map((c) => c.key);
      for (const p of ['id', 'name', ...Object.keys(k.props), 'provenance', 'rule', 'confidence', 'reference', 'sources'])
        expect(keys, `${k.name}.${p}`).toContain(p);
      expect(keys.includes('ownerAgency')).toBe(ownable.includes(k.name));
    }
    const relKeys = RELATIONSHIP_LAYOUT.columns.map((c) => c.key);
    for (const r of RELATIONSHIPS) for (const p of Object.keys(r.props ?? {})) expect(relKeys).toContain(p);
  });
});

describe('round trip of the fixture graph', () => {
  const graph = fixtureGraph();

  it('fixtures → writeXlsx → readXlsx gives back exactly the same records, sources included', async () => {
    expect(graph.nodes.length).toBeGreaterThan(400);
    expect(graph.relationships.length).toBeGreaterThan(900);
    const batch = await readXlsx(await writeXlsx(graph), 'akb.xlsx');
    expect(batch.format).toBe('xlsx');
    expectSameGraph(batch, graph);
    const first = batch.nodes.find((n) => n.record.kind === 'Component')!;
    expect(first.at).toEqual({ file: 'akb.xlsx', sheet: 'Component', row: 2 });
    expect(first.columns?.name).toBe('Tên · name');
  });

  it('fixtures → writeCsvZip → readCsv gives back exactly the same records, sources included', async () => {
    const zip = writeCsvZip(graph);
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual([...LAYOUTS.map((l) => `${l.name}.csv`), 'README.txt'].sort());
    // UTF-8 with a BOM, so Excel shows Vietnamese as written.
    expect([...entries['Component.csv'].subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const batch = await readCsv(zip, 'akb.zip');
    expect(batch.format).toBe('csv');
    expectSameGraph(batch, graph);
    expect(batch.relationships[0].at).toEqual({ file: 'Relationships.csv', row: 2 });
  });

  it('lists and sources holding the separators, line breaks, pipes and brackets round-trip in both formats', async () => {
    const tricky: GraphRecords = {
      nodes: [
        {
          id: 'component:tricky',
          kind: 'Component',
          name: 'Hệ thống "thử"; có dấu, phẩy',
          aliases: ['a; b', 'dòng 1\ndòng 2', '[ngoặc]', 'bình thường'],
          abbreviations: ['[X]'],
          description: '=1+2 không phải công thức\nvà xuống dòng | có gạch',
          componentKind: 'system',
          level: 'province',
          securityLevel: 3,
          provenance: 'stated',
          sources: [
            { document: 'Văn bản | có gạch', section: 'Điều 1', quote: 'trích\nhai dòng' },
            { document: 'QĐ 1', section: 'PL I', quote: 'có | gạch trong trích dẫn' },
          ],
        },
        {
          id: 'component:plain',
          kind: 'Component',
          name: 'Một',
          aliases: ['x'],
          componentKind: 'portal',
          level: 'commune',
          provenance: 'stated',
          sources: [{ document: 'QĐ 1', section: 'PL I', quote: 'có | gạch trong trích dẫn' }],
        },
      ],
      relationships: [
        {
          type: 'CONNECTS_TO',
          from: 'component:tricky',
          to: 'component:plain',
          via: 'component:plain',
          note: 'ghi chú; có chấm phẩy',
          provenance: 'inferred',
          rule: 'R1',
          confidence: 'low',
        },
      ],
    };
    expectSameGraph(await readXlsx(await writeXlsx(tricky), 't.xlsx'), tricky);
    expectSameGraph(await readCsv(writeCsvZip(tricky), 't.zip'), tricky);
  });

  it('an Excel export refuses a value longer than an Excel cell holds, naming the record', async () => {
    const long = {
      nodes: [
        { id: 'component:dai', kind: 'Component', name: 'Dài', aliases: Array.from({ length: 4000 }, (_, i) => `tên gọi khác số ${i}`), provenance: 'example' },
      ],
      relationships: [],
    };
    await expect(writeXlsx(long)).rejects.toThrow(/^Component component:dai: aliases is \d+ characters long; an Excel cell holds at most 32767/);
    expect(unzipSync(writeCsvZip(long))['Component.csv'].length).toBeGreaterThan(32_767);
  });

  it('an export refuses a property the layout has no column for rather than dropping it', async () => {
    const stray = { nodes: [{ id: 'component:x', kind: 'Component', name: 'X', provenance: 'example', colour: 'đỏ' }], relationships: [] };
    await expect(writeXlsx(stray)).rejects.toThrow(/component:x: property colour has no column in the Component sheet/);
    expect(() => writeCsvZip(stray)).toThrow(/property colour has no column/);
  });
});

describe('xlsx template', () => {
  it('has a sheet per kind and Relationships, bilingual frozen headers and drop-down lists on every enumeration column', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx({ nodes: [], relationships: [] }, { template: true })) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Hướng dẫn · Guide', ...LAYOUTS.map((l) => l.name), LISTS_SHEET]);
    const lists = wb.getWorksheet(LISTS_SHEET)!;
    /** The values a list validation formula ('Danh mục · Lists'!$B$2:$B$6) points at. */
    const listValues = (formula: string) => {
      const [, col, from, to] = /!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(formula)!;
      const out: unknown[] = [];
      for (let r = Number(from); r <= Number(to); r++) out.push(lists.getCell(`${col}${r}`).value);
      return out;
    };
    for (const layout of LAYOUTS) {
      const ws = wb.getWorksheet(layout.name)!;
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(layout.columns.map((c) => c.header));
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      layout.columns.forEach((c, i) => {
        const dv = ws.getCell(3, i + 1).dataValidation;
        if (!enumListOf(c)) return expect(dv, `${layout.name}.${c.key}`).toBeUndefined();
        expect(dv?.type, `${layout.name}.${c.key}`).toBe('list');
        expect(listValues(dv!.formulae[0] as string)).toEqual([...c.values!]);
      });
    }
    const component = wb.getWorksheet('Component')!;
    const levelAt = NODE_LAYOUT_BY_KIND.get('Component')!.columns.findIndex((c) => c.key === 'level') + 1;
    expect(listValues(component.getCell(2, levelAt).dataValidation.formulae[0] as string)).toEqual([...LEVELS]);
    const typeDv = wb.getWorksheet('Relationships')!.getCell('A2').dataValidation;
    expect(listValues(typeDv.formulae[0] as string)).toEqual(RELATIONSHIPS.map((r) => r.type));
    expect(ENUM_LISTS.map((l) => l.name)).toEqual(expect.arrayContaining(['kind', 'level', 'componentKind', 'hosting', 'provenance', 'type', 'status']));
    // One grey example row per sheet, its first cell marked #.
    for (const layout of LAYOUTS) expect(String(wb.getWorksheet(layout.name)!.getCell('A2').value)).toMatch(/^#/);
  });

  it('read untouched, the xlsx and CSV templates give zero records and zero problems; the skipped examples are noted', async () => {
    for (const batch of [
      await readXlsx(await writeXlsx({ nodes: [], relationships: [] }, { template: true }), 'akb-template.xlsx'),
      await readCsv(writeCsvZip({ nodes: [], relationships: [] }, { template: true }), 'akb-template.zip'),
    ]) {
      expect(batch.nodes).toEqual([]);
      expect(batch.relationships).toEqual([]);
      expect(batch.problems).toEqual([]);
      expect(batch.notes?.reduce((n, x) => n + x.count, 0)).toBe(LAYOUTS.length);
    }
  });

  it('the example rows are valid records once their # is removed', async () => {
    const kinds = new Map(EXAMPLE_NODES.map((n) => [n.id, n.kind]));
    for (const n of EXAMPLE_NODES) expect(validateNode(n.id, n), n.id).toEqual([]);
    expect(validateRelationship('example', EXAMPLE_RELATIONSHIP, (id) => kinds.get(id))).toEqual([]);
    // Un-mark every example row of the CSV template: each kind's example and the relationship import.
    const files = unzipSync(writeCsvZip({ nodes: [], relationships: [] }, { template: true }));
    for (const name of Object.keys(files)) if (name.endsWith('.csv')) files[name] = strToU8(strFromU8(files[name]).replace('\r\n#', '\r\n'));
    const batch = await readCsv(zipSync(files), 'filled.zip');
    expect(batch.problems).toEqual([]);
    expect(batch.nodes.map((n) => n.record).sort(byId)).toEqual([...EXAMPLE_NODES].sort(byId));
    expect(batch.nodes.find((n) => n.record.kind === 'Component')?.ownerAgency).toBe('agency:vi-du');
    expect(batch.relationships.map((r) => r.record)).toEqual([EXAMPLE_RELATIONSHIP]);
  });

  it('the JSON template holds one example per kind under $examples and imports nothing untouched', () => {
    const text = jsonTemplate();
    const doc = JSON.parse(text);
    expect(doc.nodes).toEqual([]);
    expect(doc.relationships).toEqual([]);
    expect(doc.$examples.nodes.map((n: NodeRecord) => n.kind)).toEqual(KINDS.map((k) => k.name));
    expect(doc.$examples.nodes.every((n: NodeRecord) => n.provenance === 'example' && n.id.endsWith(':vi-du'))).toBe(true);
    const batch = readJson(text, 'akb-template.json');
    expect([batch.nodes, batch.relationships, batch.problems]).toEqual([[], [], []]);
  });

  it('npm run template writes the template to --out and refuses an unknown format', async () => {
    const cli = join(ROOT, 'server/src/cli/template.ts');
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    const out = join(tmp, 'mau.zip');
    execFileSync(tsx, [cli, '--format', 'csv', '--out', out], { cwd: ROOT });
    const batch = await readCsv(readFileSync(out), 'mau.zip');
    expect([batch.nodes, batch.relationships, batch.problems]).toEqual([[], [], []]);
    expect(batch.notes?.reduce((n, x) => n + x.count, 0)).toBe(LAYOUTS.length);
    const bad = spawnSync(tsx, [cli, '--format', 'pdf'], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown format "pdf"/);
    expect(bad.stderr).toMatch(/định dạng "pdf" không có/);
  });
});

describe('reading problems', () => {
  it('a bad cell is reported with file, sheet, row, column, value and reason in both languages; the row still comes through', async () => {
    const order = header('Task', 'order');
    const row = headersOf('Task').map((h, i) => (h === order ? 'abc' : i === 0 ? 'task:x' : i === 1 ? 'Nhiệm vụ X' : null));
    const batch = await readXlsx(await workbook({ Task: [headersOf('Task'), row] }), 'bad.xlsx');
    expect(batch.problems).toEqual([
      {
        at: { file: 'bad.xlsx', sheet: 'Task', row: 2 },
        column: order,
        value: 'abc',
        message: `column "${order}" expects a whole number; "abc" is not one`,
        messageVi: `cột "${order}" cần một số nguyên; "abc" không phải số nguyên`,
      },
    ]);
    expect(batch.nodes).toHaveLength(1);
    expect(batch.nodes[0].record).toEqual({ kind: 'Task', id: 'task:x', name: 'Nhiệm vụ X' });
  });

  it('an unknown sheet and an unknown column are reported, not silently dropped', async () => {
    const batch = await readXlsx(
      await workbook({
        'Hệ thống': [['Tên'], ['Một hệ thống']],
        Component: [
          ['id', 'name', 'Màu sắc'],
          ['component:a', 'A', 'đỏ'],
        ],
      }),
      'u.xlsx',
    );
    expect(batch.problems).toEqual([
      expect.objectContaining({
        at: { file: 'u.xlsx', sheet: 'Hệ thống' },
        message: expect.stringMatching(/^sheet "Hệ thống" is named after no kind .*its 2 row\(s\) were not read$/),
        messageVi: expect.stringMatching(/^trang "Hệ thống" không mang tên loại nào/),
      }),
      expect.objectContaining({
        at: { file: 'u.xlsx', sheet: 'Component', row: 1 },
        column: 'Màu sắc',
        value: 'Màu sắc',
        message: expect.stringMatching(/^unknown column "Màu sắc"/),
        messageVi: expect.stringMatching(/^cột "Màu sắc" .* không rõ/),
      }),
    ]);
    expect(batch.nodes.map((n) => n.record)).toEqual([{ kind: 'Component', id: 'component:a', name: 'A' }]);
  });

  it('values under a column with no header are reported', async () => {
    const batch = await readXlsx(
      await workbook({
        Agency: [
          ['id', 'name'],
          ['agency:a', 'A', 'lạc chỗ'],
        ],
      }),
      'h.xlsx',
    );
    expect(batch.problems).toEqual([
      expect.objectContaining({
        at: { file: 'h.xlsx', sheet: 'Agency', row: 2 },
        column: 'C',
        value: 'lạc chỗ',
        message: 'column C has values but no header; they were not read',
      }),
    ]);
  });

  it('headers in Vietnamese only (with or without diacritics) or as bare English keys are understood', async () => {
    const batch = await readXlsx(
      await workbook({
        Component: [
          ['Mã định danh', 'Tên', 'loai thanh phan', 'CẤP', 'Tên viết tắt', 'Nguồn gốc', 'nguon trich dan', 'securityLevel', 'Cơ quan chủ quản'],
          ['component:vn', 'Hệ thống một cửa', 'System', 'province', 'MC; 1 cửa', 'stated', 'QĐ 1 | Điều 2 | hệ thống một cửa', 2, 'Sở Nội vụ'],
        ],
      }),
      'vi.xlsx',
    );
    expect(batch.problems).toEqual([]);
    expect(batch.nodes[0]).toMatchObject({
      ownerAgency: 'Sở Nội vụ',
      record: {
        kind: 'Component',
        id: 'component:vn',
        name: 'Hệ thống một cửa',
        componentKind: 'system',
        level: 'province',
        abbreviations: ['MC', '1 cửa'],
        provenance: 'stated',
        securityLevel: 2,
        sources: [{ document: 'QĐ 1', section: 'Điều 2', quote: 'hệ thống một cửa' }],
      },
      columns: { componentKind: 'loai thanh phan', level: 'CẤP', ownerAgency: 'Cơ quan chủ quản' },
    });
  });

  it('cells Excel typed itself (a date, a number in a text column) come back as the text the model keeps', async () => {
    const batch = await readXlsx(
      await workbook({
        Architecture: [
          ['id', 'name', 'version', 'level', 'issuedOn'],
          ['arch:a', 'Kiến trúc A', 3, 'province', new Date(Date.UTC(2024, 11, 31))],
        ],
      }),
      'd.xlsx',
    );
    expect(batch.problems).toEqual([]);
    expect(batch.nodes[0].record).toEqual({ kind: 'Architecture', id: 'arch:a', name: 'Kiến trúc A', version: '3', level: 'province', issuedOn: '2024-12-31' });
  });

  it('a file that is not a workbook gives one clear problem', async () => {
    const batch = await readXlsx(Buffer.from('id,name\n'), 'not.xlsx');
    expect(batch.nodes).toEqual([]);
    expect(batch.problems).toEqual([
      expect.objectContaining({
        at: { file: 'not.xlsx' },
        message: expect.stringMatching(/^cannot read not.xlsx as an Excel workbook/),
        messageVi: expect.stringMatching(/^không đọc được not.xlsx/),
      }),
    ]);
  });
});

describe('csv reading', () => {
  it('a single CSV named after its kind, with a BOM, semicolons and Vietnamese headers, is read', async () => {
    const text = '\uFEFFMã định danh;Tên;Cấp;Loại cơ quan;Nguồn gốc\r\nagency:so-x;Sở X;province;department;example\r\n';
    const batch = await readCsv(Buffer.from(text), 'Agency (1).csv');
    expect(batch.problems).toEqual([]);
    expect(batch.nodes).toEqual([
      {
        at: { file: 'Agency (1).csv', row: 2 },
        columns: { id: 'Mã định danh', name: 'Tên', level: 'Cấp', agencyType: 'Loại cơ quan', provenance: 'Nguồn gốc' },
        record: { kind: 'Agency', id: 'agency:so-x', name: 'Sở X', level: 'province', agencyType: 'department', provenance: 'example' },
      },
    ]);
  });

  it('a CSV with a kind column holds several kinds; each row is typed by its own kind', async () => {
    const text =
      'kind,id,name,number,order,layerKey\nLegalDocument,law:a,Luật A,12/2025/QH15,,\nAppraisalRule,rule:a,Quy tắc A,,3,\nArchitectureLayer,layer:a,Lớp A,,x,users\n';
    const batch = await readCsv(text, 'nodes.csv');
    expect(batch.nodes.map((n) => n.record)).toEqual([
      { kind: 'LegalDocument', id: 'law:a', name: 'Luật A', number: '12/2025/QH15' },
      { kind: 'AppraisalRule', id: 'rule:a', name: 'Quy tắc A', order: 3 },
      { kind: 'ArchitectureLayer', id: 'layer:a', name: 'Lớp A', layerKey: 'users' },
    ]);
    expect(batch.problems).toEqual([
      expect.objectContaining({
        at: { file: 'nodes.csv', row: 4 },
        column: 'order',
        value: 'x',
        messageVi: 'cột "order" cần một số nguyên; "x" không phải số nguyên',
      }),
    ]);
  });

  it('a CSV whose kind cannot be told, and a zip entry that is not a CSV, are reported', async () => {
    const lone = await readCsv('id,name\ncomponent:a,A\n', 'data.csv');
    expect(lone.nodes).toEqual([]);
    expect(lone.problems).toEqual([
      expect.objectContaining({
        at: { file: 'data.csv', row: 1 },
        message: expect.stringMatching(/^cannot tell what file data.csv holds: name it after a kind/),
      }),
    ]);
    const zip = zipSync({ 'Component.csv': strToU8('id,name\ncomponent:a,A\n'), 'notes.docx': strToU8('x') });
    const batch = await readCsv(zip, 'mixed.zip');
    expect(batch.nodes.map((n) => n.record)).toEqual([{ kind: 'Component', id: 'component:a', name: 'A' }]);
    expect(batch.problems).toEqual([
      expect.objectContaining({ at: { file: 'notes.docx' }, message: 'notes.docx in mixed.zip is not a .csv file; it was not read' }),
    ]);
  });

  it('a CSV that is not UTF-8 is reported with the row where it shows', async () => {
    const latin1 = Buffer.from('id,name\nagency:a,S\xf4 X\n', 'latin1');
    const batch = await readCsv(latin1, 'Agency.csv');
    expect(batch.problems).toEqual([
      expect.objectContaining({
        at: { file: 'Agency.csv', row: 2 },
        column: 'B',
        message: expect.stringMatching(/is not UTF-8 .*save it as "CSV UTF-8"/),
        messageVi: expect.stringMatching(/không phải mã UTF-8/),
      }),
    ]);
  });
});

describe('large workbooks', () => {
  it('a generated 20,000-row workbook is read back from a file stream, every row in order', async () => {
    const nodes: NodeRecord[] = Array.from({ length: 20_000 }, (_, i) => ({
      id: `component:gen-${i}`,
      kind: 'Component',
      name: `Hệ thống thứ ${i}`,
      aliases: [`HT ${i}`, `Hệ thống số ${i}`],
      componentKind: 'application',
      level: 'commune',
      securityLevel: (i % 5) + 1,
      provenance: 'stated',
      sources: [{ document: 'Văn bản tổng hợp', section: `Mục ${i}`, quote: `trích dẫn ${i}` }],
    }));
    const path = join(tmp, 'big.xlsx');
    writeFileSync(path, await writeXlsx({ nodes, relationships: [] }));
    const batch = await readXlsx(createReadStream(path), 'big.xlsx');
    expect(batch.problems).toEqual([]);
    expect(batch.nodes).toHaveLength(20_000);
    expect(batch.nodes[0].at).toEqual({ file: 'big.xlsx', sheet: 'Component', row: 2 });
    expect(batch.nodes[19_999].at.row).toBe(20_001);
    expect(batch.nodes.map((n) => n.record)).toEqual(nodes);
  });
});
