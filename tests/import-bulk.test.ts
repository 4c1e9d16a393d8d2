/**
 * Bulk loading (npm run import -- FILE.ndjson --bulk): streamed NDJSON, validated record by record
 * like every import, upserted in batches; idempotent; relationships may name stored nodes.
 */
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkImport } from '../server/src/interop/bulk.js';
import { ndjsonEntries } from '../server/src/interop/json.js';
import { testDb } from './setup/db.js';

const db = testDb();
beforeAll(() => db.autoCommit('test/delete-test-nodes'));
afterAll(async () => {
  await db.autoCommit('test/delete-test-nodes');
  await db.close();
});

const apps = Array.from({ length: 25 }, (_, i) => ({ id: `component:test-bulk-${i}`, kind: 'Component', name: `Ứng dụng ${i}`, componentKind: 'application', level: 'province', provenance: 'example' }));
const lines = [
  ...apps.map((node) => JSON.stringify({ node })),
  JSON.stringify({ node: { id: 'component:test-bulk-bad', kind: 'Component', name: 'Xấu', provenance: 'example' } }),
  ...apps.map((a) => JSON.stringify({ relationship: { from: a.id, type: 'INTEGRATES_VIA', to: 'component:qng-lgsp', provenance: 'example' } })),
  JSON.stringify({ relationship: { from: apps[0].id, type: 'INTEGRATES_VIA', to: 'component:test-bulk-missing', provenance: 'example' } }),
].join('\n');
const run = () => bulkImport(db, ndjsonEntries(Readable.from([lines]), 'bulk.ndjson'), { batchSize: 10 });

describe('bulk import', () => {
  it('writes valid records in small batches, counts and locates the invalid ones', async () => {
    const report = await run();
    expect(report.nodes).toEqual({ written: 25, rejected: 1 });
    expect(report.relationships).toEqual({ written: 25, rejected: 1 });
    expect(report.transactions).toBe(6); // 3 node batches (10, 10, 5) + 3 relationship batches
    expect(report.problems.map((p) => p.at.row)).toEqual([26, 26, 52]);
    expect(report.problems[0].messageVi).toMatch(/bắt buộc/);
    const [row] = await db.read('interop/existing-relationships', { rows: [{ from: apps[3].id, type: 'INTEGRATES_VIA', to: 'component:qng-lgsp' }] });
    expect(row).toBeDefined();
  });

  it('running it again changes nothing (MERGE on id and on from-type-to)', async () => {
    await run();
    const stored = await db.read('interop/existing-nodes', { ids: apps.map((a) => a.id) });
    expect(stored.length).toBe(25);
    const rels = await db.read('interop/existing-relationships', { rows: apps.map((a) => ({ from: a.id, type: 'INTEGRATES_VIA', to: 'component:qng-lgsp' })) });
    expect(rels.length).toBe(25);
  });
});
