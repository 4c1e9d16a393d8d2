/**
 * Impact across provinces (issue #9): `byProvince` on the impact result and the `provinces` filter.
 * Two oracles: on the fixtures, the per-province counts equal counts computed here from the plain
 * affected list; on a small synthetic two-province graph, the numbers are known by construction.
 * The filter narrows only what is reported: witness paths still cross other provinces.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { impactFromDatabase, validateImpactParams } from '../server/src/impact/impact.js';
import { analysisOf, gql, testApp, testDb } from './setup/db.js';

const db = testDb();
const yoga = testApp(db);
afterAll(async () => {
  await db.autoCommit('test/delete-test-nodes');
  await db.close();
});

interface KindCount {
  kind: string;
  componentKind: string | null;
  count: number;
}
interface ProvinceCount {
  province: string | null;
  count: number;
  byKind: KindCount[];
}
interface Hit {
  node: { id: string; kind: string; province: string | null; componentKind?: string | null };
  depth: number;
  path: { from: { id: string }; to: { id: string } }[];
}
interface ImpactOut {
  total: number;
  truncated: boolean;
  affected: Hit[];
  byProvince: ProvinceCount[];
}

const IMPACT = `query($id: ID!, $direction: ImpactDirection!, $maxDepth: Int, $provenance: [Provenance!], $provinces: [String], $first: Int, $kinds: [String!]) {
  impact(id: $id, direction: $direction, maxDepth: $maxDepth, provenance: $provenance, provinces: $provinces, first: $first, kinds: $kinds) {
    total truncated
    affected { depth node { id kind province ... on Component { componentKind } } path { from { id } to { id } } }
    byProvince { province count byKind { kind componentKind count } }
  } }`;

async function run(v: Record<string, unknown>): Promise<ImpactOut> {
  const r = await gql<{ impact: ImpactOut }>(yoga, IMPACT, { first: 5000, ...v });
  expect(r.errors).toBeUndefined();
  return r.data!.impact;
}

/** The oracle: group a plain affected list by province, then by kind and component kind. */
function countByProvince(hits: Hit[]): ProvinceCount[] {
  const groups = new Map<string | null, Map<string, KindCount>>();
  for (const h of hits) {
    const province = h.node.province ?? null;
    const kinds = groups.get(province) ?? new Map<string, KindCount>();
    groups.set(province, kinds);
    const componentKind = h.node.componentKind ?? null;
    const key = `${h.node.kind}|${componentKind}`;
    const k = kinds.get(key) ?? { kind: h.node.kind, componentKind, count: 0 };
    k.count++;
    kinds.set(key, k);
  }
  return [...groups].map(([province, kinds]) => ({ province, count: [...kinds.values()].reduce((s, k) => s + k.count, 0), byKind: [...kinds.values()] }));
}

/** Order-free form for comparing: provinces by name, kinds by kind and component kind. */
function normal(list: ProvinceCount[]) {
  const key = (p: string | null) => p ?? '\uffff';
  return [...list]
    .map((p) => ({ ...p, byKind: [...p.byKind].sort((a, b) => `${a.kind}|${a.componentKind}`.localeCompare(`${b.kind}|${b.componentKind}`)) }))
    .sort((a, b) => key(a.province).localeCompare(key(b.province)));
}

function expectLargestFirst(list: ProvinceCount[]) {
  for (let i = 1; i < list.length; i++) expect(list[i].count).toBeLessThanOrEqual(list[i - 1].count);
  for (const p of list) for (let i = 1; i < p.byKind.length; i++) expect(p.byKind[i].count).toBeLessThanOrEqual(p.byKind[i - 1].count);
}

describe('federation: per-province counts on the fixtures', () => {
  const cases = [
    { id: 'ndb:dan-cu', direction: 'DEPENDENTS', maxDepth: 3 },
    { id: 'ndb:dan-cu', direction: 'DEPENDENTS', maxDepth: 6, provenance: ['stated', 'inferred', 'example'] },
    { id: 'component:ndxp', direction: 'DEPENDENTS', maxDepth: 3 },
    { id: 'component:ndxp', direction: 'DEPENDENTS', maxDepth: 4, provenance: ['stated', 'inferred', 'example'] },
    { id: 'component:ndxp', direction: 'DEPENDENCIES', maxDepth: 3 },
  ];

  it.each(cases)('byProvince equals the counts of the plain affected list: $id $direction depth $maxDepth', async (c) => {
    const r = await run(c);
    expect(r.truncated).toBe(false);
    expect(normal(r.byProvince)).toEqual(normal(countByProvince(r.affected)));
    expect(r.byProvince.reduce((s, p) => s + p.count, 0)).toBe(r.total);
    expectLargestFirst(r.byProvince);
  });

  it('the national platform NDXP reaches both fixture provinces and national nodes; the population database reaches Quảng Ngãi', async () => {
    const ndxp = await run({ id: 'component:ndxp', direction: 'DEPENDENTS', maxDepth: 3 });
    const provinces = ndxp.byProvince.map((p) => p.province);
    expect(provinces).toEqual(expect.arrayContaining(['Quảng Nam', 'Quảng Ngãi', null]));
    for (const p of ndxp.byProvince) expect(p.count).toBeGreaterThan(0);
    const danCu = await run({ id: 'ndb:dan-cu', direction: 'DEPENDENTS', maxDepth: 3 });
    expect(danCu.byProvince.map((p) => p.province)).toEqual(expect.arrayContaining(['Quảng Ngãi', null]));
  });

  it('the province filter returns only that province’s nodes, in the same order; byProvince still covers the whole set', async () => {
    const all = await run({ id: 'component:ndxp', direction: 'DEPENDENTS', maxDepth: 3 });
    for (const province of ['Quảng Nam', 'Quảng Ngãi']) {
      const only = await run({ id: 'component:ndxp', direction: 'DEPENDENTS', maxDepth: 3, provinces: [province] });
      expect(only.affected.length).toBeGreaterThan(0);
      expect(only.affected.every((h) => h.node.province === province)).toBe(true);
      expect(only.affected.map((h) => h.node.id)).toEqual(all.affected.filter((h) => h.node.province === province).map((h) => h.node.id));
      expect(only.total).toBe(all.byProvince.find((p) => p.province === province)!.count);
      expect(only.byProvince).toEqual(all.byProvince);
    }
    // null stands for the nodes of no province; it combines with names.
    const national = await run({ id: 'component:ndxp', direction: 'DEPENDENTS', maxDepth: 3, provinces: [null] });
    expect(national.affected.length).toBeGreaterThan(0);
    expect(national.affected.every((h) => h.node.province === null)).toBe(true);
    const both = await run({ id: 'component:ndxp', direction: 'DEPENDENTS', maxDepth: 3, provinces: ['Quảng Nam', null] });
    expect(both.total).toBe(national.total + all.byProvince.find((p) => p.province === 'Quảng Nam')!.count);
    // A province the set does not reach: nothing reported, the counts unchanged.
    const none = await run({ id: 'component:ndxp', direction: 'DEPENDENTS', maxDepth: 3, provinces: ['Hà Giang'] });
    expect(none).toMatchObject({ total: 0, truncated: false, affected: [] });
    expect(none.byProvince).toEqual(all.byProvince);
  });

  it('first cuts the filtered list; byProvince is counted before it (first: 0 gives the counts alone)', async () => {
    const full = await run({ id: 'component:ndxp', direction: 'DEPENDENTS', maxDepth: 3, provinces: ['Quảng Nam'] });
    const cut = await run({ id: 'component:ndxp', direction: 'DEPENDENTS', maxDepth: 3, provinces: ['Quảng Nam'], first: 2 });
    expect(cut.total).toBe(full.total);
    expect(cut.truncated).toBe(full.total > 2);
    expect(cut.affected.map((h) => h.node.id)).toEqual(full.affected.slice(0, 2).map((h) => h.node.id));
    const counts = await run({ id: 'component:ndxp', direction: 'DEPENDENTS', maxDepth: 3, first: 0 });
    expect(counts.affected).toEqual([]);
    expect(normal(counts.byProvince)).toEqual(normal(full.byProvince));
  });

  it('kinds narrows the counts too (they describe what is reported before the province filter)', async () => {
    const groups = await run({ id: 'component:ndxp', direction: 'DEPENDENTS', maxDepth: 3, kinds: ['ComponentGroup'] });
    expect(groups.byProvince.length).toBeGreaterThan(0);
    for (const p of groups.byProvince) expect(p.byKind.map((k) => k.kind)).toEqual(['ComponentGroup']);
    expect(normal(groups.byProvince)).toEqual(normal(countByProvince(groups.affected)));
  });

  it('never a query per province: none at all on the analysis graph, one aggregation on the database', async () => {
    await analysisOf(yoga).ready();
    const names: string[] = [];
    const stop = db.onQuery((q) => names.push(q));
    const params = { id: 'component:ndxp', direction: 'DEPENDENTS', maxDepth: 3, provinces: ['Quảng Nam', 'Quảng Ngãi', null] } as const;
    const r = await gql<{ impact: { answeredBy: { analysisGraph: boolean }; byProvince: unknown[] } }>(
      yoga,
      'query($p: [String]) { impact(id: "component:ndxp", direction: DEPENDENTS, maxDepth: 3, provinces: $p) { answeredBy { analysisGraph } byProvince { province count } affected { node { id province } } } }',
      { p: params.provinces },
      // Anonymous: a token would add its one lookup (auth/token-by-hash).
      { authorization: '' },
    );
    expect(r.data!.impact.answeredBy.analysisGraph).toBe(true);
    expect(names).toEqual([]);
    const fromDatabase = await impactFromDatabase(db, validateImpactParams({ ...params, provinces: [...params.provinces] }));
    expect((await fromDatabase.summary()).byProvince).toEqual(r.data!.impact.byProvince.length ? expect.any(Array) : []);
    stop();
    expect(names.filter((q) => q === 'impact/by-province')).toHaveLength(1);
  });

  it('refuses an empty province name and an oversized filter', async () => {
    const empty = await gql(yoga, '{ impact(id: "component:ndxp", direction: DEPENDENTS, provinces: [" "]) { total } }');
    expect(empty.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    const many = await gql(yoga, 'query($p: [String]) { impact(id: "component:ndxp", direction: DEPENDENTS, provinces: $p) { total } }', {
      p: Array.from({ length: 101 }, (_, i) => `Tỉnh ${i}`),
    });
    expect(many.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
  });
});

describe('federation: a synthetic two-province graph, numbers known by construction', () => {
  const A = 'Tỉnh Thử Một';
  const B = 'Tỉnh Thử Hai';
  const id = (s: string) => `component:test-fed-${s}`;
  // name, province, componentKind
  const nodes: [string, string | null, string][] = [
    ['root', null, 'platform'], // the national platform everything depends on
    ['hub', null, 'platform'], // a national hub on the way to province B
    ['a1', A, 'system'],
    ['a2', A, 'system'],
    ['a3', A, 'system'],
    ['a4', A, 'application'],
    ['a5', A, 'system'], // unconnected: never counted
    ['b1', B, 'system'],
    ['b2', B, 'system'],
    ['b3', B, 'portal'],
    ['b4', B, 'system'], // depth 4
  ];
  // from needs to: a dependent of `to`.
  const edges: [string, string, string][] = [
    ['hub', 'INTEGRATES_VIA', 'root'], // depth 1, national
    ['a1', 'INTEGRATES_VIA', 'root'], // depth 1, A
    ['a2', 'INTEGRATES_VIA', 'root'],
    ['a3', 'INTEGRATES_VIA', 'root'],
    ['a4', 'PART_OF', 'a1'], // depth 2, A
    ['b1', 'INTEGRATES_VIA', 'hub'], // depth 2, B (through the national hub)
    ['b2', 'INTEGRATES_VIA', 'hub'],
    ['b3', 'CONNECTS_TO', 'b1'], // depth 3, B
    ['b4', 'CONNECTS_TO', 'b3'], // depth 4, B
  ];
  const example = ['stated', 'inferred', 'example'];

  beforeAll(async () => {
    const rows = nodes.map(([s, province, componentKind]) => ({
      id: id(s),
      kind: 'Component',
      props: {
        id: id(s),
        kind: 'Component',
        name: `Thử nghiệm liên tỉnh ${s}`,
        provenance: 'example',
        sources: '[]',
        componentKind,
        level: province ? 'province' : 'national',
        ...(province ? { province } : {}),
      },
    }));
    const rels = edges.map(([from, type, to]) => ({ from: id(from), to: id(to), type, props: { provenance: 'example', sources: '[]' } }));
    await db.writeTransaction(async (tx) => {
      await tx.run('fixtures/merge-nodes', { rows });
      await tx.run('fixtures/merge-relationships', { rows: rels });
    });
  });

  it('depth 3: A 4 (3 systems, 1 application), B 3 (2 systems, 1 portal), national 1 (the hub)', async () => {
    const r = await run({ id: id('root'), direction: 'DEPENDENTS', maxDepth: 3, provenance: example });
    expect(r.total).toBe(8);
    expect(r.byProvince).toEqual([
      {
        province: A,
        count: 4,
        byKind: [
          { kind: 'Component', componentKind: 'system', count: 3 },
          { kind: 'Component', componentKind: 'application', count: 1 },
        ],
      },
      {
        province: B,
        count: 3,
        byKind: [
          { kind: 'Component', componentKind: 'system', count: 2 },
          { kind: 'Component', componentKind: 'portal', count: 1 },
        ],
      },
      { province: null, count: 1, byKind: [{ kind: 'Component', componentKind: 'platform', count: 1 }] },
    ]);
  });

  it('depth 4 adds b4 to B; equal counts are ordered by province name', async () => {
    const r = await run({ id: id('root'), direction: 'DEPENDENTS', maxDepth: 4, provenance: example });
    expect(r.byProvince.map((p) => [p.province, p.count])).toEqual([
      [B, 4],
      [A, 4],
      [null, 1],
    ]);
    expect(r.byProvince[0].byKind).toEqual([
      { kind: 'Component', componentKind: 'system', count: 3 },
      { kind: 'Component', componentKind: 'portal', count: 1 },
    ]);
  });

  it('filtering to B reports only B, reached through the national hub: the walk crosses, the results do not', async () => {
    const r = await run({ id: id('root'), direction: 'DEPENDENTS', maxDepth: 3, provenance: example, provinces: [B] });
    expect(r.affected.map((h) => [h.node.id, h.depth])).toEqual([
      [id('b1'), 2],
      [id('b2'), 2],
      [id('b3'), 3],
    ]);
    const b3 = r.affected.find((h) => h.node.id === id('b3'))!;
    expect(b3.path.map((s) => [s.from.id, s.to.id])).toEqual([
      [id('hub'), id('root')],
      [id('b1'), id('hub')],
      [id('b3'), id('b1')],
    ]);
    expect(r.byProvince.map((p) => p.count)).toEqual([4, 3, 1]);
    const national = await run({ id: id('root'), direction: 'DEPENDENTS', maxDepth: 3, provenance: example, provinces: [null] });
    expect(national.affected.map((h) => h.node.id)).toEqual([id('hub')]);
    const aAndNational = await run({ id: id('root'), direction: 'DEPENDENTS', maxDepth: 3, provenance: example, provinces: [A, null] });
    expect(aAndNational.affected.map((h) => h.node.id).sort()).toEqual([id('a1'), id('a2'), id('a3'), id('a4'), id('hub')].sort());
  });

  it('example data stays out by default: without it the root affects nothing and there are no counts', async () => {
    const r = await run({ id: id('root'), direction: 'DEPENDENTS', maxDepth: 3 });
    expect(r).toMatchObject({ total: 0, affected: [], byProvince: [] });
  });
});
