import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AkbError } from '../server/src/errors.js';
import { loadFixtures, mergeAndValidate, readFixtureFiles } from '../server/src/fixtures/loader.js';
import { testDb } from './setup/db.js';

const db = testDb();
const tmp = mkdtempSync(join(tmpdir(), 'akb-loader-'));
afterAll(async () => {
  await db.autoCommit('test/delete-test-nodes');
  await db.close();
  rmSync(tmp, { recursive: true, force: true });
});

const src = { document: 'test.txt', section: '§1', quote: 'a quote' };
function fixtureDir(name: string, files: Record<string, unknown>): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'documents'), { recursive: true });
  for (const [f, data] of Object.entries(files)) writeFileSync(join(dir, 'documents', f), JSON.stringify(data));
  return dir;
}
const counts = async () => {
  const rows = await db.read('admin/count-by-kind');
  return rows.map((r) => `${r.what}:${r.name}:${r.count}`).join(',');
};

describe('fixture loader', () => {
  it('loading the project fixtures twice gives the same counts (idempotent)', async () => {
    const before = await counts();
    await loadFixtures(db);
    const once = await counts();
    await loadFixtures(db);
    expect(await counts()).toBe(once);
    expect(once).toBe(before); // the global setup loaded them already
  });

  it('writes nothing when one record is invalid, and says file, record and field', async () => {
    const dir = fixtureDir('bad', {
      'a.json': {
        nodes: [
          { id: 'agency:test-good', kind: 'Agency', name: 'Sở Thử', provenance: 'stated', sources: [src] },
          { id: 'component:test-bad', kind: 'Component', name: 'Hệ thống thử', provenance: 'stated', sources: [src], level: 'province' },
        ],
      },
    });
    const before = await counts();
    const err = await loadFixtures(db, { dir }).catch((e) => e);
    expect(err).toBeInstanceOf(AkbError);
    expect(err.code).toBe('VALIDATION_FAILED');
    const wheres = (err.problems as { where: string; message: string }[]).map((p) => `${p.where}: ${p.message}`);
    expect(wheres).toContainEqual(expect.stringMatching(/a\.json nodes\[1\] \(component:test-bad\)\.componentKind: is required for Component$/));
    expect(err.message).toContain('nothing was written');
    expect(await counts()).toBe(before);
  });

  it('rolls back every batch when the write fails midway (one transaction)', async () => {
    // 1,500 valid nodes span two UNWIND batches of one transaction; a failure after both must
    // leave none of them behind.
    const nodes = Array.from({ length: 1500 }, (_, i) => ({ id: `agency:test-bulk-${i}`, kind: 'Agency', name: `Cơ quan ${i}`, provenance: 'example' }));
    const dir = fixtureDir('bulk', { 'bulk.json': { nodes } });
    const graph = mergeAndValidate(readFixtureFiles(dir));
    expect(graph.nodes.size).toBe(1500);
    const before = await counts();
    const err = await db
      .writeTransaction(async (tx) => {
        await tx.run('fixtures/merge-nodes', { rows: nodes.slice(0, 1000).map((n) => ({ id: n.id, kind: n.kind, props: n })) });
        await tx.run('fixtures/merge-nodes', { rows: nodes.slice(1000).map((n) => ({ id: n.id, kind: n.kind, props: n })) });
        throw new Error('fail after both batches');
      })
      .catch((e) => e);
    expect(String(err.message)).toContain('fail after both batches');
    expect(await counts()).toBe(before);
  });
});
