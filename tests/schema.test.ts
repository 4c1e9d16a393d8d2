import { afterAll, describe, expect, it } from 'vitest';
import { statements } from '../server/src/db/queries.js';
import { KINDS } from '../server/src/model/model.js';
import { testDb } from './setup/db.js';

const db = testDb();
afterAll(() => db.close());

describe('schema (cypher/schema/schema.cypher)', () => {
  it('declares a uniqueness constraint on id for every kind of the model and for :Node', () => {
    const text = statements('schema/schema').join('\n');
    for (const label of ['Node', ...KINDS.map((k) => k.name)]) expect(text, label).toMatch(new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`));
  });

  it('applied twice is a no-op: same constraints and indexes, nothing fails', async () => {
    const snapshot = async () => ({
      constraints: (await db.read('admin/show-constraints')).map((r) => r.name as string),
      indexes: (await db.read('admin/show-indexes')).map((r) => `${r.name}:${r.state}`),
    });
    await db.applySchema();
    const before = await snapshot();
    await db.applySchema();
    expect(await snapshot()).toEqual(before);
    expect(before.constraints).toContain('node_id');
    expect(before.indexes).toContain('node_search:ONLINE');
  });

  it('returns only when every index is online: a dropped full-text index is created again and waited for from the client', async () => {
    // The wait polls index states (short reads), so a national store's rebuild is not cut off by
    // the server's transaction timeout as CALL db.awaitIndexes in one statement would be.
    await db.autoCommit('schema/drop-node-search');
    expect((await db.read('schema/index-progress')).map((r) => r.name)).not.toContain('node_search');
    await db.applySchema();
    const indexes = await db.read('schema/index-progress');
    expect(indexes.map((r) => r.name)).toContain('node_search');
    expect(indexes.filter((r) => r.state !== 'ONLINE')).toEqual([]);
  });

  it('the full-text index over names uses the diacritic-folding analyzer', async () => {
    const index = (await db.read('admin/show-indexes')).find((r) => r.name === 'node_search');
    expect(index?.type).toBe('FULLTEXT');
    expect((index?.options as { indexConfig: Record<string, unknown> }).indexConfig['fulltext.analyzer']).toBe('standard-folding');
  });
});
