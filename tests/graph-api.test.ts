/**
 * The graph through GraphQL: nodes with sources, relationships both ways, list queries with
 * filters and cursor pagination, and one query per level for nested lists (DataLoader).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { allQueries } from '../server/src/db/queries.js';
import { relationshipFields } from '../server/src/graphql/modules/graph/relationship-fields.js';
import { GraphRepository } from '../server/src/graph/repository.js';
import { gql, testApp, testDb } from './setup/db.js';

const db = testDb();
const yoga = testApp(db);
afterAll(() => db.close());

describe('graph API', () => {
  it('node(id) returns the node with its sources and kind-specific fields', async () => {
    const r = await gql<{ node: Record<string, unknown> & { sources: { document: string; section: string; quote: string; provenance: string }[] } }>(
      yoga,
      '{ node(id: "component:qng-lgsp") { id name kind abbreviations provenance sources { document section quote provenance } ... on Component { componentKind level } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.node).toMatchObject({ id: 'component:qng-lgsp', kind: 'Component', componentKind: 'platform', provenance: 'stated' });
    expect(r.data!.node.abbreviations).toContain('LGSP');
    expect(r.data!.node.sources.length).toBeGreaterThan(0);
    expect(r.data!.node.sources[0].document).toMatch(/^00[0-3]_/);
  });

  it('unknown id gives null, not an error', async () => {
    const r = await gql<{ node: null }>(yoga, '{ node(id: "component:nope") { id } }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.node).toBeNull();
  });

  it('exposes each relationship both ways under its pair of names', async () => {
    const task = await gql<{ node: { lead: { id: string }[]; listedIn: { id: string }[] } }>(
      yoga,
      '{ node(id: "task:001-i-1") { ... on Task { code lead { id } listedIn { id } } } }',
    );
    expect(task.errors).toBeUndefined();
    expect(task.data!.node.listedIn.map((n) => n.id)).toEqual(['plan:qng-cps-2026-2030']);
    const leadId = task.data!.node.lead[0].id;
    const agency = await gql<{ node: { ledTasks: { id: string }[]; led: { id: string }[] } }>(
      yoga,
      'query($id: ID!) { node(id: $id) { ... on Agency { ledTasks { id } led { id } } ... on AgencyGroup { ledTasks { id } led { id } } } }',
      { id: leadId },
    );
    expect(agency.data!.node.ledTasks.map((n) => n.id)).toContain('task:001-i-1');
    expect(agency.data!.node.led.map((n) => n.id)).toContain('task:001-i-1');
  });

  it('generates no clashing field names for the relationship pairs', () => {
    const seen = new Map<string, string>();
    for (const f of relationshipFields()) {
      const key = `${f.kind}.${f.field}`;
      const what = `${f.type}/${f.out}`;
      if (seen.has(key)) expect(seen.get(key), key).toBe(what);
      seen.set(key, what);
    }
  });

  it('lists components filtered by architecture and kind, with cursor pagination', async () => {
    const q = `query($after: String) { components(architecture: "arch:qng-3.0", kind: "platform", first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;
    type Page = { components: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { id: string }[] } };
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 50; i++) {
      const r: { data?: Page; errors?: unknown } = await gql<Page>(yoga, q, { after });
      expect(r.errors).toBeUndefined();
      total = r.data!.components.totalCount;
      seen.push(...r.data!.components.nodes.map((n) => n.id));
      if (!r.data!.components.pageInfo.hasNextPage) break;
      after = r.data!.components.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(2);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toContain('component:qng-lgsp');
    expect(seen).not.toContain('component:qnam-lgsp');
  });

  it('lists tasks by plan and lead, indicators by lead, national databases and agencies by province', async () => {
    const r = await gql<{
      tasks: { totalCount: number };
      indicators: { totalCount: number };
      nationalDatabases: { totalCount: number };
      agencies: { nodes: { province: string }[] };
    }>(
      yoga,
      `{ tasks(plan: "plan:qng-cps-2026-2030", first: 0) { totalCount }
         indicators(first: 0) { totalCount }
         nationalDatabases { totalCount }
         agencies(province: "Quảng Nam") { nodes { province } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.tasks.totalCount).toBe(43);
    expect(r.data!.indicators.totalCount).toBe(21);
    expect(r.data!.nationalDatabases.totalCount).toBeGreaterThanOrEqual(13);
    expect(r.data!.agencies.nodes.length).toBeGreaterThan(0);
    expect(new Set(r.data!.agencies.nodes.map((a) => a.province))).toEqual(new Set(['Quảng Nam']));
  });

  it('a list in one province (its own index-seeking query) equals the whole list filtered to that province', async () => {
    const repo = new GraphRepository(db);
    for (const kind of ['Component', 'Agency', 'Task']) {
      const all = await repo.list({ kind }, 0, 5000);
      const mine = await repo.list({ kind, province: 'Quảng Ngãi' }, 0, 5000);
      expect(mine.nodes.length).toBeGreaterThan(0);
      expect(mine.total).toBe(mine.nodes.length);
      expect(mine.nodes.map((n) => n.id)).toEqual(all.nodes.filter((n) => n.province === 'Quảng Ngãi').map((n) => n.id));
      const page = await repo.list({ kind, province: 'Quảng Ngãi' }, 2, 3);
      expect(page.nodes.map((n) => n.id)).toEqual(mine.nodes.slice(2, 5).map((n) => n.id));
    }
  });

  it('rejects a page size over the limit and a forged cursor', async () => {
    const big = await gql(yoga, '{ tasks(first: 501) { totalCount } }');
    expect(big.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    const forged = await gql(yoga, '{ tasks(after: "bm90LWEtY3Vyc29y") { totalCount } }');
    expect(forged.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('a nested list costs one query per level, not one per item (DataLoader)', async () => {
    const names: string[] = [];
    const stop = db.onQuery((name) => names.push(name));
    const r = await gql<{ tasks: { nodes: { lead: { name: string }[]; coordinators: { name: string }[]; targets: { id: string }[] }[] } }>(
      yoga,
      '{ tasks(first: 43) { nodes { ... on Task { code lead { name } coordinators { name } targets { id } } } } }',
      {},
      // Anonymous read: a token would add its one lookup (auth/token-by-hash) to the count.
      { authorization: '' },
    );
    stop();
    expect(r.errors).toBeUndefined();
    expect(r.data!.tasks.nodes.length).toBe(43);
    // One list query, then one batched relationship query for all three fields of all 43 tasks.
    expect(names).toEqual(['graph/list-nodes', 'graph/related']);
  });

  it('every named query is a .cypher file that parses (EXPLAIN)', async () => {
    const session = db.driver.session();
    try {
      for (const [name, text] of allQueries()) {
        if (name.startsWith('schema/') || name === 'admin/wipe' || name.startsWith('test/')) continue;
        await expect(
          session.run(`EXPLAIN ${text}`, {}).then(
            () => 'ok',
            (e) => `${name}: ${e.message}`,
          ),
        ).resolves.toBe('ok');
      }
    } finally {
      await session.close();
    }
  });
});
