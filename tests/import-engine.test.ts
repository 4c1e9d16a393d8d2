/**
 * The import engine with the JSON formats, against the real database: dry runs write nothing,
 * imports are all-or-nothing (or valid rows only, when asked), re-imports are idempotent, rows
 * without id match by name + agency, every error is located and bilingual, and a JSON export of
 * the whole graph re-imports unchanged.
 */
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBatch } from '../server/src/interop/engine.js';
import { exportGraph } from '../server/src/interop/export.js';
import { readJson, readNdjson, writeJson } from '../server/src/interop/json.js';
import { readFile, writeFile } from '../server/src/interop/formats.js';
import type { ImportOptions } from '../server/src/interop/types.js';
import { testDb } from './setup/db.js';

const db = testDb();
beforeAll(() => db.autoCommit('test/delete-test-nodes'));
afterAll(async () => {
  await db.autoCommit('test/delete-test-nodes');
  await db.close();
});

const DRY: ImportOptions = { dryRun: true, mode: 'all-or-nothing', actor: 'test' };
const WRITE: ImportOptions = { dryRun: false, mode: 'all-or-nothing', actor: 'test' };

const agency = { id: 'agency:test-imp-so-y-te', kind: 'Agency', name: 'Sở Y tế (thử nhập)', level: 'province', province: 'Quảng Ngãi', provenance: 'example' };
const app = {
  id: 'component:test-imp-benh-an',
  kind: 'Component',
  name: 'Phần mềm bệnh án (thử nhập)',
  componentKind: 'application',
  level: 'province',
  province: 'Quảng Ngãi',
  provenance: 'example',
};
const owned = { from: app.id, type: 'OWNED_BY', to: agency.id, provenance: 'example' };
/** A provincial application row of example data, as an inventory file gives one (id optional). */
const applicationRow = (fields: { id?: string; name: string; ownerAgency: string }) => ({
  kind: 'Component',
  componentKind: 'application',
  level: 'province',
  provenance: 'example',
  ...fields,
});
/** Imports a JSON document given as an object, as a file of this name would be. */
const importDoc = (doc: unknown, name: string, opts: ImportOptions) => importBatch(db, readJson(JSON.stringify(doc), name), opts);
const nodeIds = async (ids: string[]) => (await db.read('interop/existing-nodes', { ids })).map((r) => r.id).sort();

describe('import engine (JSON)', () => {
  it('a dry run reports what would be created and writes nothing', async () => {
    const report = await importDoc({ nodes: [agency, app], relationships: [owned] }, 'small.json', DRY);
    expect(report.written).toBe(false);
    expect(report.nodes).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(report.relationships).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 0 });
    expect(await nodeIds([agency.id, app.id])).toEqual([]);
  });

  it('imports, then a second import of the same file changes nothing, and one edited row is an update', async () => {
    const doc = { nodes: [agency, app], relationships: [owned] };
    const first = await importDoc(doc, 'small.json', WRITE);
    expect(first.written).toBe(true);
    expect(await nodeIds([agency.id, app.id])).toEqual([agency.id, app.id].sort());
    const again = await importDoc(doc, 'small.json', WRITE);
    expect(again.written).toBe(false);
    expect(again.nodes).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
    expect(again.relationships.unchanged).toBe(1);
    const edited = await importDoc({ ...doc, nodes: [agency, { ...app, hosting: 'outside' }] }, 'small.json', WRITE);
    expect(edited.nodes).toMatchObject({ updated: 1, unchanged: 1 });
    expect(edited.items.find((i) => i.key === app.id)!.action).toBe('updated');
    const [stored] = await db.read('interop/existing-nodes', { ids: [app.id] });
    expect((stored.props as Record<string, unknown>).hosting).toBe('outside');
    const history = await db.read('audit/history', { id: app.id, limit: 10, hiddenOperations: [] });
    expect(history.filter((h) => h.operation === 'importData').length).toBe(2);
  });

  it('one bad row in all-or-nothing mode writes nothing and says where, which column, what value and why, in both languages', async () => {
    const good = { id: 'component:test-imp-good', kind: 'Component', name: 'Tốt', componentKind: 'application', level: 'province', provenance: 'example' };
    const bad = { id: 'component:test-imp-bad', kind: 'Component', name: 'Xấu', componentKind: 'spaceship', level: 'province', provenance: 'example' };
    const report = await importDoc({ nodes: [good, bad] }, 'bad.json', WRITE);
    expect(report.written).toBe(false);
    expect(report.nodes).toMatchObject({ created: 1, rejected: 1 });
    const item = report.items.find((i) => i.action === 'rejected')!;
    expect(item.at).toMatchObject({ file: 'bad.json', row: 1, path: 'nodes[1]' });
    expect(item.problems[0]).toMatchObject({ column: 'componentKind', value: 'spaceship' });
    expect(item.problems[0].message).toMatch(/componentKind: must be one of/);
    expect(item.problems[0].messageVi).toMatch(/componentKind: phải là một trong/);
    expect(await nodeIds([good.id, bad.id])).toEqual([]);
  });

  it('valid-rows mode writes the valid rows and rejects relationships to rejected nodes', async () => {
    const good = { id: 'component:test-imp-vr-good', kind: 'Component', name: 'Tốt', componentKind: 'application', level: 'province', provenance: 'example' };
    const bad = { id: 'component:test-imp-vr-bad', kind: 'Component', name: '', componentKind: 'application', level: 'province', provenance: 'example' };
    const rel = { from: good.id, type: 'USES_DATA_FROM', to: bad.id, provenance: 'example' };
    const report = await importDoc({ nodes: [good, bad], relationships: [rel] }, 'mixed.json', { ...WRITE, mode: 'valid-rows' });
    expect(report.written).toBe(true);
    expect(report.nodes).toMatchObject({ created: 1, rejected: 1 });
    expect(report.relationships.rejected).toBe(1);
    expect(report.items.find((i) => i.entity === 'relationship')!.problems[0].message).toMatch(/rejected in this file/);
    expect(await nodeIds([good.id, bad.id])).toEqual([good.id]);
  });

  it('a row without id matches the node of the same name owned by the named agency, and shows the match', async () => {
    const report = await importDoc({ nodes: [applicationRow({ name: 'PHAN MEM BENH AN (thu nhap)', ownerAgency: 'Sở Y tế (thử nhập)' })] }, 'noid.json', DRY);
    const item = report.items[0];
    expect(item).toMatchObject({ key: app.id, matchedBy: 'name-and-agency', action: 'updated' });
    const fresh = await importDoc({ nodes: [applicationRow({ name: 'Ứng dụng mới (thử)', ownerAgency: agency.id })] }, 'noid.json', DRY);
    expect(fresh.items[0]).toMatchObject({ key: 'component:test-imp-so-y-te-ung-dung-moi-thu', matchedBy: 'new-id', action: 'created' });
    expect(fresh.relationships.created).toBe(1);
  });

  it('an agency named in words that does not exist is a located error', async () => {
    const report = await importDoc({ nodes: [applicationRow({ id: 'component:test-imp-x', name: 'X', ownerAgency: 'Sở Không Có' })] }, 'agency.json', DRY);
    expect(report.items[0].problems[0]).toMatchObject({ column: 'ownerAgency', value: 'Sở Không Có' });
    expect(report.items[0].problems[0].messageVi).toMatch(/không có cơ quan nào/);
  });

  it('the same id twice in one file is an error naming both places', async () => {
    const report = await importDoc({ nodes: [agency, agency] }, 'twice.json', DRY);
    expect(report.nodes.rejected).toBe(1);
    expect(report.items[1].problems[0].message).toMatch(/also at twice\.json › \[0\] › nodes\[0\]/);
  });

  it('a file that is not JSON, or of the wrong shape, is rejected with the reason', async () => {
    const notJson = await importBatch(db, readJson('{nodes: [', 'broken.json'), DRY);
    expect(notJson.nodes.rejected).toBe(1);
    expect(notJson.items[0].problems[0].message).toMatch(/not valid JSON/);
    const shape = await importBatch(db, readJson('[1,2]', 'array.json'), DRY);
    expect(shape.items[0].problems[0].messageVi).toMatch(/cần dạng/);
  });

  it('NDJSON is read line by line, with bad lines located', async () => {
    const text = [JSON.stringify({ node: agency }), '', '{oops', JSON.stringify({ relationship: owned }), JSON.stringify({ other: 1 })].join('\n');
    const batch = await readNdjson(Readable.from([text]), 'lines.ndjson');
    expect(batch.nodes.length).toBe(1);
    expect(batch.relationships.length).toBe(1);
    expect(batch.problems.map((p) => p.at.row)).toEqual([3, 5]);
  });

  it('the JSON export of the whole graph re-imports with every node and relationship unchanged', async () => {
    await db.autoCommit('test/delete-test-nodes');
    const records = await exportGraph(db);
    expect(records.nodes.length).toBeGreaterThan(400);
    const report = await importBatch(db, readJson(writeJson(records), 'export.json'), DRY);
    expect(report.nodes).toEqual({ created: 0, updated: 0, unchanged: records.nodes.length, rejected: 0 });
    expect(report.relationships).toEqual({ created: 0, updated: 0, unchanged: records.relationships.length, rejected: 0 });
  });

  it.each(['xlsx', 'csv'] as const)('the %s export of the whole graph re-imports with everything unchanged', async (format) => {
    await db.autoCommit('test/delete-test-nodes');
    const records = await exportGraph(db);
    const file = await writeFile(records, format);
    const report = await importBatch(
      db,
      await readFile(typeof file.data === 'string' ? new TextEncoder().encode(file.data) : file.data, `export.${file.extension}`),
      DRY,
    );
    expect(report.nodes).toEqual({ created: 0, updated: 0, unchanged: records.nodes.length, rejected: 0 });
    expect(report.relationships).toEqual({ created: 0, updated: 0, unchanged: records.relationships.length, rejected: 0 });
  });

  it('a filled-in Excel template imports its rows, never its # example rows', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const template = (await writeFile({ nodes: [], relationships: [] }, 'xlsx', { template: true })).data as Uint8Array;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(template) as never);
    const sheet = wb.getWorksheet('Agency')!;
    const headers = Array.from(sheet.getRow(1).values as unknown[], (h) => String(h ?? ''));
    const col = (key: string) => headers.findIndex((h) => h.endsWith(`· ${key}`) || h === key);
    const row = sheet.getRow(sheet.rowCount + 1);
    row.getCell(col('id')).value = 'agency:test-imp-xlsx';
    row.getCell(col('name')).value = 'Sở thử Excel';
    row.getCell(col('level')).value = 'province';
    row.getCell(col('provenance')).value = 'example';
    row.commit();
    const filled = new Uint8Array(await wb.xlsx.writeBuffer());
    const report = await importBatch(db, await readFile(filled, 'kiem-ke.xlsx'), DRY);
    expect(report.nodes).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 0 });
    expect(report.items[0]).toMatchObject({ key: 'agency:test-imp-xlsx', at: { file: 'kiem-ke.xlsx', sheet: 'Agency' } });
  });

  it('export filters by architecture, agency and kind', async () => {
    const byKind = await exportGraph(db, { kinds: ['NationalDatabase'] });
    expect(byKind.nodes.length).toBeGreaterThan(0);
    expect(byKind.nodes.every((n) => n.kind === 'NationalDatabase')).toBe(true);
    const all = await exportGraph(db);
    const archId = all.nodes.find((n) => n.kind === 'Architecture')!.id;
    const byArch = await exportGraph(db, { architectures: [archId] });
    const included = new Set(all.relationships.filter((r) => r.type === 'INCLUDES' && r.from === archId).map((r) => r.to));
    expect(byArch.nodes.map((n) => n.id)).toContain(archId);
    for (const id of included) expect(byArch.nodes.map((n) => n.id)).toContain(id);
    const ids = new Set(byArch.nodes.map((n) => n.id));
    expect(byArch.relationships.every((r) => ids.has(r.from) && ids.has(r.to))).toBe(true);
    await expect(exportGraph(db, { kinds: ['Spaceship'] })).rejects.toThrow(/unknown kind "Spaceship"/);
  });
});
