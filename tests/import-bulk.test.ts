/**
 * Bulk loading (npm run import -- FILE.ndjson --bulk) into a live database: streamed NDJSON,
 * validated record by record like every import, written in batches that commit one by one and are
 * undone together when the import fails (all or nothing); idempotent; relationships may name
 * stored nodes; batches declare no graph change and the import one change of everything at the end.
 */
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BulkImportError, bulkImport, type BulkOptions } from '../server/src/interop/bulk.js';
import { ndjsonEntries } from '../server/src/interop/json.js';
import { createApp } from '../server/src/http/app.js';
import { TEST_HOSTS, gql, testDb } from './setup/db.js';

const db = testDb();
beforeAll(() => db.autoCommit('test/delete-test-nodes'));
afterAll(async () => {
  await db.autoCommit('test/delete-test-nodes');
  await db.close();
});

const apps = Array.from({ length: 25 }, (_, i) => ({
  id: `component:test-bulk-${i}`,
  kind: 'Component',
  name: `Ứng dụng ${i}`,
  componentKind: 'application',
  level: 'province',
  provenance: 'example',
}));
const lgsp = (a: { id: string }) => ({ from: a.id, type: 'INTEGRATES_VIA', to: 'component:qng-lgsp', provenance: 'example' });
const lines = [
  ...apps.map((node) => JSON.stringify({ node })),
  JSON.stringify({ node: { id: 'component:test-bulk-bad', kind: 'Component', name: 'Xấu', provenance: 'example' } }),
  ...apps.map((a) => JSON.stringify({ relationship: lgsp(a) })),
  JSON.stringify({ relationship: { from: apps[0].id, type: 'INTEGRATES_VIA', to: 'component:test-bulk-missing', provenance: 'example' } }),
].join('\n');
const ndjson = (text: string, opts: BulkOptions = {}) => bulkImport(db, ndjsonEntries(Readable.from([text]), 'bulk.ndjson'), { batchSize: 10, ...opts });
const run = () => ndjson(lines, { mode: 'valid-rows' });

/** What the test nodes look like in the database: ids, names, and their relationships. */
async function snapshot() {
  const [counts] = await db.read('admin/count-nodes');
  const nodes = await db.read('interop/existing-nodes', { ids: [...apps.map((a) => a.id), 'component:test-bulk-new', 'component:test-bulk-late'] });
  const rels = await db.read('interop/existing-relationships', {
    rows: [
      ...apps.map(lgsp),
      ...['component:qng-lgsp', 'component:qng-soc'].map((from) => ({ from, type: 'HOSTED_ON', to: 'component:qng-trung-tam-du-lieu' })),
    ],
  });
  return {
    count: counts.count as number,
    nodes: nodes.map((n) => `${n.id}=${(n.props as { name: string }).name}`).sort(),
    rels: rels.map((r) => `${r.from}-${r.type}->${r.to} ${JSON.stringify(r.props)}`).sort(),
  };
}

const revision = async () => Number((await db.read('analysis/revision'))[0]?.revision ?? 0);

describe('bulk import', () => {
  it('writes valid records in small batches, counts and locates the invalid ones (--valid-rows)', async () => {
    const report = await run();
    expect(report.nodes).toMatchObject({ written: 25, rejected: 1, created: 25, updated: 0 });
    expect(report.relationships).toMatchObject({ written: 25, rejected: 1, created: 25 });
    expect(report.transactions).toBe(6); // 3 node batches (10, 10, 5) + 3 relationship batches
    expect(report.problems.map((p) => p.at.row)).toEqual([26, 26, 52]);
    expect(report.problems[0].messageVi).toMatch(/bắt buộc/);
    expect(report.undone).toBe(false);
    const [row] = await db.read('interop/existing-relationships', { rows: [lgsp(apps[3])] });
    expect(row).toBeDefined();
  });

  it('running it again changes nothing (MERGE on id and on from-type-to)', async () => {
    const report = await run();
    expect(report.nodes).toMatchObject({ created: 0, updated: 25 });
    expect(report.relationships).toMatchObject({ created: 0, updated: 25 });
    const stored = await db.read('interop/existing-nodes', { ids: apps.map((a) => a.id) });
    expect(stored.length).toBe(25);
    const rels = await db.read('interop/existing-relationships', { rows: apps.map(lgsp) });
    expect(rels.length).toBe(25);
  });

  it('all or nothing: a bad row found late undoes every batch already committed, updates included', async () => {
    const before = await snapshot();
    const renamed = apps.map((a) => JSON.stringify({ node: { ...a, name: `${a.name} (đổi tên)` } }));
    const text = [
      ...renamed,
      JSON.stringify({
        node: { id: 'component:test-bulk-new', kind: 'Component', name: 'Mới', componentKind: 'application', level: 'province', provenance: 'example' },
      }),
      ...apps.map((a) => JSON.stringify({ relationship: { ...lgsp(a), note: 'đổi' } })),
      JSON.stringify({ relationship: { from: 'component:test-bulk-new', type: 'INTEGRATES_VIA', to: 'component:qng-lgsp', provenance: 'example' } }),
      // Between two fixture nodes (no end is new): MERGEd, created or replaced, undone by key.
      JSON.stringify({ relationship: { from: 'component:qng-lgsp', type: 'HOSTED_ON', to: 'component:qng-trung-tam-du-lieu', provenance: 'example' } }),
      JSON.stringify({ relationship: { from: 'component:qng-soc', type: 'HOSTED_ON', to: 'component:qng-trung-tam-du-lieu', provenance: 'example' } }),
      JSON.stringify({ node: { id: 'component:test-bulk-late', kind: 'Component', name: 'Muộn', provenance: 'example' } }),
    ].join('\n');
    const report = await ndjson(text);
    expect(report.undone).toBe(true);
    expect(report.transactions).toBeGreaterThan(3); // batches had committed before the bad row
    expect(report.nodes.rejected).toBe(1);
    expect(report.relationships.rejected).toBe(0);
    expect(report.problems.map((p) => p.at.row)).toEqual([text.split('\n').length, text.split('\n').length]);
    expect(report.nodes.written).toBe(0);
    expect(await snapshot()).toEqual(before);
    const b = (await db.read('bulk/list', { first: 50 })).find((x) => x.id === report.id);
    expect(b).toMatchObject({ id: report.id, state: 'undone' });
    expect((await db.read('bulk/last-undo', { importId: report.id })).length).toBe(0);
  });

  it('a database error half-way undoes the import and says so', async () => {
    const before = await snapshot();
    // A value Neo4j cannot store (a map) on a provenance field the model does not type: the batch
    // that holds it fails in the database, after earlier batches committed.
    const text = [
      JSON.stringify({
        node: { id: 'component:test-bulk-new', kind: 'Component', name: 'Mới', componentKind: 'application', level: 'province', provenance: 'example' },
      }),
      ...apps.map((a) => JSON.stringify({ relationship: { ...lgsp(a), note: 'đổi' } })),
      JSON.stringify({
        relationship: { from: apps[1].id, type: 'INTEGRATES_VIA', to: 'component:test-bulk-new', provenance: 'example', rule: { not: 'storable' } },
      }),
    ].join('\n');
    const err = await ndjson(text).catch((e) => e);
    expect(err).toBeInstanceOf(BulkImportError);
    expect((err as Error).message).toMatch(/undone; nothing was written/);
    expect(await snapshot()).toEqual(before);
  });

  it('batches record no graph change; the import records one change of everything at its end', async () => {
    const r0 = await revision();
    const report = await ndjson(lines, { mode: 'valid-rows' });
    expect(report.transactions).toBe(6);
    const r1 = await revision();
    expect(r1).toBe(r0 + 1);
    const [{ epoch }] = await db.read('analysis/revision');
    const [change] = await db.read('analysis/changes-since', { since: r0, until: r1, epoch });
    expect(JSON.parse(change.change as string).all).toBe(true);
  });

  it('bulkImports (GraphQL, editor role) lists the imports with their progress and outcome', async () => {
    const report = await ndjson(lines, { mode: 'valid-rows', file: 'bulk.ndjson' });
    const yoga = createApp({ db, quiet: true, allowedHosts: TEST_HOSTS });
    const r = await gql<{ bulkImports: Record<string, unknown>[] }>(
      yoga,
      '{ bulkImports(first: 50) { id state phase file nodes relationships rowsPerSecond fraction etaSeconds startedAt finishedAt } }',
    );
    expect(r.errors).toBeUndefined();
    const b = r.data!.bulkImports.find((x) => x.id === report.id);
    expect(b).toMatchObject({ state: 'DONE', phase: 'done', file: 'bulk.ndjson', nodes: 25, relationships: 25, fraction: 1 });
    expect(Number(b!.rowsPerSecond)).toBeGreaterThan(0);
    expect(r.data!.bulkImports.some((x) => x.state === 'UNDONE')).toBe(true);
    const anonymous = await gql(yoga, '{ bulkImports { id } }', {}, { authorization: '' });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('what it imported is searchable as soon as it returns (the full-text index is eventually consistent)', async () => {
    await ndjson(
      JSON.stringify({
        node: {
          id: 'component:test-bulk-searchable',
          kind: 'Component',
          name: 'Hệ thống Ngọc Lân Kỳ Thú',
          componentKind: 'application',
          level: 'province',
          provenance: 'example',
        },
      }),
    );
    const yoga = createApp({ db, quiet: true, allowedHosts: TEST_HOSTS });
    const r = await gql<{ search: { node: { id: string } }[] }>(yoga, '{ search(text: "ngoc lan ky thu") { node { id } } }');
    expect(r.data!.search[0].node.id).toBe('component:test-bulk-searchable');
  });
});
