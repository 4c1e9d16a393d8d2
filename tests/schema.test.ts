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

  it('the full-text index over names uses the diacritic-folding analyzer', async () => {
    const index = (await db.read('admin/show-indexes')).find((r) => r.name === 'node_search');
    expect(index?.type).toBe('FULLTEXT');
    expect((index?.options as { indexConfig: Record<string, unknown> }).indexConfig['fulltext.analyzer']).toBe('standard-folding');
  });
});
