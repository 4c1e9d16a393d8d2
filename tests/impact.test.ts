/**
 * Impact: two oracles. (1) On random graphs (DAGs and graphs with cycles, up to a few thousand
 * nodes) the answer equals a plain breadth-first search in TypeScript over the same edges: same
 * node set, same depths. (2) Cases from the documents.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { impactFromDatabase, validateImpactParams, type ImpactParams } from '../server/src/impact/impact.js';
import { query } from '../server/src/db/queries.js';
import { PROPAGATING_TYPES } from '../server/src/model/model.js';
import { createApp } from '../server/src/http/app.js';
import { analysisOf, gql, TEST_HOSTS, testApp, testDb } from './setup/db.js';

const db = testDb();
const yoga = testApp(db);
/** The database walk (the analysis graph's oracle and fallback), every hit on one page. */
const impact = async (database: typeof db, p: ImpactParams) => {
  const a = await impactFromDatabase(database, validateImpactParams({ first: 5000, ...p }));
  return { total: a.total, hits: a.hits };
};
afterAll(async () => {
  await db.autoCommit('test/delete-test-nodes');
  await db.close();
});

type Edge = [from: number, to: number, type: string];

/** The oracle: breadth-first search over adjacency lists, written independently of the server. */
function bfs(n: number, edges: Edge[], root: number, backwards: boolean, maxDepth: number, types: Set<string>): Map<number, number> {
  const adj: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b, t] of edges) {
    if (!types.has(t)) continue;
    if (backwards) adj[b].push(a);
    else adj[a].push(b);
  }
  const depth = new Map<number, number>([[root, 0]]);
  let frontier = [root];
  for (let d = 1; d <= maxDepth && frontier.length; d++) {
    const next: number[] = [];
    for (const u of frontier)
      for (const v of adj[u])
        if (!depth.has(v)) {
          depth.set(v, d);
          next.push(v);
        }
    frontier = next;
  }
  depth.delete(root);
  return depth;
}

const graphArb = fc
  .record({
    n: fc.integer({ min: 2, max: 3000 }),
    density: fc.double({ min: 0.5, max: 3, noNaN: true }),
    acyclic: fc.boolean(),
    seed: fc.integer({ min: 1, max: 2 ** 30 }),
  })
  .map(({ n, density, acyclic, seed }) => {
    // A small deterministic generator keeps thousands of edges cheap to shrink and replay.
    let s = seed;
    const rnd = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const edges: Edge[] = [];
    const seen = new Set<string>();
    const m = Math.floor(n * density);
    for (let i = 0; i < m; i++) {
      let a = Math.floor(rnd() * n);
      let b = Math.floor(rnd() * n);
      if (a === b) continue;
      if (acyclic && a > b) [a, b] = [b, a];
      const type = PROPAGATING_TYPES[Math.floor(rnd() * 5)]; // CONNECTS_TO … PROVIDED_BY: Component to Component is valid for most
      const key = `${a}-${b}-${type}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push([a, b, type]);
    }
    return { n, edges, acyclic, seed };
  });

let graphNo = 0;
async function writeGraph(n: number, edges: Edge[]): Promise<(i: number) => string> {
  const g = ++graphNo;
  const id = (i: number) => `component:test-rg${g}-${i}`;
  const src = JSON.stringify([{ document: 'test', section: 'test', quote: 'random graph' }]);
  const rows = Array.from({ length: n }, (_, i) => ({
    id: id(i),
    kind: 'Component',
    props: { id: id(i), kind: 'Component', name: `N${i}`, provenance: 'stated', sources: src, componentKind: 'system', level: 'province' },
  }));
  const rels = edges.map(([a, b, type]) => ({ from: id(a), to: id(b), type, props: { provenance: 'stated', sources: src } }));
  await db.writeTransaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 2000) await tx.run('fixtures/merge-nodes', { rows: rows.slice(i, i + 2000) });
    for (let i = 0; i < rels.length; i += 5000) await tx.run('fixtures/merge-relationships', { rows: rels.slice(i, i + 5000) });
  });
  return id;
}

describe('impact: property test against an in-memory BFS', () => {
  it('equals the oracle (same nodes, same depths) on random DAGs and cyclic graphs, both directions', async () => {
    await fc.assert(
      fc.asyncProperty(
        graphArb,
        fc.integer({ min: 1, max: 10 }),
        fc.boolean(),
        fc.subarray(PROPAGATING_TYPES.slice(0, 5), { minLength: 1 }),
        async (g, maxDepth, backwards, types) => {
          const id = await writeGraph(g.n, g.edges);
          try {
            const root = g.edges.length ? g.edges[0][backwards ? 1 : 0] : 0;
            const expected = bfs(g.n, g.edges, root, backwards, maxDepth, new Set(types));
            const r = await impact(db, { id: id(root), direction: backwards ? 'DEPENDENTS' : 'DEPENDENCIES', maxDepth, relationshipTypes: types, first: 5000 });
            const got = new Map(r.hits.map((h) => [h.id, h.depth]));
            expect(r.total).toBe(expected.size);
            for (const [v, d] of expected) expect(got.get(id(v)), `node ${v}`).toBe(d);
            // Every witness path is as long as the depth, starts at the root and is connected.
            for (const h of r.hits.slice(0, 50)) {
              expect(h.path.length).toBe(h.depth);
              const ends = h.path.map((st) => (backwards ? [st.to, st.from] : [st.from, st.to]));
              expect(ends[0][0]).toBe(id(root));
              expect(ends.at(-1)![1]).toBe(h.id);
              for (let i = 1; i < ends.length; i++) expect(ends[i][0]).toBe(ends[i - 1][1]);
            }
            // Breadth-first order: depth never decreases.
            for (let i = 1; i < r.hits.length; i++) expect(r.hits[i].depth).toBeGreaterThanOrEqual(r.hits[i - 1].depth);
          } finally {
            await db.autoCommit('test/delete-test-nodes');
          }
        },
      ),
      { numRuns: 12, seed: 20261125 },
    );
  });

  it('expands one level per query: the number of queries is bounded by maxDepth, never by paths', async () => {
    // A complete layered graph has (width^depth) paths but only width*depth nodes.
    const width = 8;
    const layers = 6;
    const n = width * layers + 1;
    const edges: Edge[] = [];
    for (let i = 0; i < width; i++) edges.push([0, 1 + i, 'CONNECTS_TO']);
    for (let l = 0; l < layers - 1; l++)
      for (let i = 0; i < width; i++) for (let j = 0; j < width; j++) edges.push([1 + l * width + i, 1 + (l + 1) * width + j, 'CONNECTS_TO']);
    const id = await writeGraph(n, edges);
    const names: string[] = [];
    const stop = db.onQuery((q) => names.push(q));
    const r = await impact(db, { id: id(0), direction: 'DEPENDENCIES', maxDepth: 10 });
    stop();
    expect(r.total).toBe(width * layers);
    expect(names.filter((q) => q.startsWith('impact/expand')).length).toBeLessThanOrEqual(layers + 1);
    await db.autoCommit('test/delete-test-nodes');
  });
});

interface ImpactOut {
  impact: {
    root: { id: string };
    total: number;
    truncated: boolean;
    affected: {
      node: { id: string; name: string };
      depth: number;
      exposure: string;
      path: { from: { id: string }; type: string; to: { id: string }; provenance: string; source: { quote: string } | null }[];
    }[];
    indicators: { id: string; code: string }[];
    tasks: { id: string }[];
    byAgency: { agency: { id: string }; count: number }[];
    byLayer: { layer: { id: string }; count: number }[];
  };
}
const IMPACT = `query($id: ID!, $direction: ImpactDirection!, $maxDepth: Int, $architecture: ID, $first: Int, $provenance: [Provenance!], $kinds: [String!]) {
  impact(id: $id, direction: $direction, maxDepth: $maxDepth, architecture: $architecture, first: $first, provenance: $provenance, kinds: $kinds) {
    root { id } total truncated
    affected { node { id name } depth exposure path { from { id } type to { id } provenance source { quote } } }
    indicators { id code } tasks { id }
    byAgency { agency { id } count } byLayer { layer { id } count }
  } }`;
const run = async (v: Record<string, unknown>) => {
  const r = await gql<ImpactOut>(yoga, IMPACT, v);
  expect(r.errors).toBeUndefined();
  return r.data!.impact;
};

describe('impact: the plan Neo4j runs', () => {
  it('PROFILE: each level is an index seek on the frontier plus one expand, no variable-length expand', async () => {
    const session = db.driver.session();
    try {
      const res = await session.run(`PROFILE ${query('impact/expand-dependents')}`, {
        frontier: [{ id: 'component:qng-lgsp', up: false }],
        types: PROPAGATING_TYPES,
        provenance: ['stated', 'inferred'],
        architecture: null,
      });
      const ops: string[] = [];
      const visit = (p: { operatorType: string; children: unknown[] }) => {
        ops.push(p.operatorType.replace(/@.*/, ''));
        p.children.forEach((c) => visit(c as never));
      };
      visit(res.summary.profile as never);
      expect(
        ops.some((o) => /NodeUniqueIndexSeek|NodeIndexSeek/.test(o)),
        ops.join(' > '),
      ).toBe(true);
      expect(ops.some((o) => /Expand/.test(o))).toBe(true);
      expect(
        ops.some((o) => /VarLengthExpand|ShortestPath|Repeat/.test(o)),
        ops.join(' > '),
      ).toBe(false);
    } finally {
      await session.close();
    }
  });
});

describe('impact: cases from the documents', () => {
  it('if the Quảng Ngãi LGSP fails, its dependencies include NDXP but not VDXP (VDXP is stated only for Quảng Nam)', async () => {
    const r = await run({ id: 'component:qng-lgsp', direction: 'DEPENDENCIES', maxDepth: 3 });
    const ids = r.affected.map((h) => h.node.id);
    expect(ids).toContain('component:ndxp');
    expect(ids).not.toContain('component:vdxp');
    const ndxp = r.affected.find((h) => h.node.id === 'component:ndxp')!;
    expect(ndxp.depth).toBe(1);
    expect(ndxp.exposure).toBe('DIRECT');
    expect(ndxp.path[0]).toMatchObject({ from: { id: 'component:qng-lgsp' }, to: { id: 'component:ndxp' }, provenance: 'stated' });
    expect(ndxp.path[0].source?.quote).toBeTruthy();
    const qnam = await run({ id: 'component:qnam-lgsp', direction: 'DEPENDENCIES', maxDepth: 1 });
    expect(qnam.affected.map((h) => h.node.id)).toEqual(expect.arrayContaining(['component:ndxp', 'component:vdxp']));
  });

  it('the provincial reporting system’s dependents bring the indicator on reporting regimes (001 PL I, I.2.3), led by Văn phòng UBND tỉnh', async () => {
    const r = await run({ id: 'component:qng-httt-bao-cao', direction: 'DEPENDENTS', maxDepth: 3 });
    expect(r.indicators.map((i) => i.code)).toContain('I.2.3');
    expect(r.byAgency.map((a) => a.agency.id)).toContain('agency:qng-van-phong-ubnd-tinh');
    expect(r.tasks.map((t) => t.id)).toContain('task:000-5');
  });

  it('reports nodes reached only through a collective mention or a layer as GROUP / LAYER, never DIRECT', async () => {
    const r = await run({ id: 'component:qng-lgsp', direction: 'DEPENDENTS', maxDepth: 4 });
    expect(r.total).toBeGreaterThan(0);
    for (const h of r.affected) {
      const types = h.path.map((s) => s.type);
      const expected = types.includes('IN_LAYER') ? 'LAYER' : types.includes('MEMBER_OF_GROUP') ? 'GROUP' : 'DIRECT';
      expect(h.exposure, h.node.id).toBe(expected);
    }
  });

  it('a collective mention works both ways once: the population database’s failure reaches the system that uses "the national databases", not their sibling members', async () => {
    const r = await run({ id: 'ndb:dan-cu', direction: 'DEPENDENTS', maxDepth: 3 });
    const hit = (id: string) => r.affected.find((h) => h.node.id === id);
    expect(hit('group:httt-csdl-quoc-gia')).toMatchObject({ depth: 1, exposure: 'GROUP' });
    expect(hit('component:qng-httt-gq-tthc')).toMatchObject({ depth: 2, exposure: 'GROUP' });
    expect(hit('ndb:dang-ky-doanh-nghiep')).toBeUndefined();
    // Forwards: needing the group means needing its members.
    const needs = await run({ id: 'component:qng-httt-gq-tthc', direction: 'DEPENDENCIES', maxDepth: 2 });
    expect(needs.affected.find((h) => h.node.id === 'ndb:dan-cu')).toMatchObject({ depth: 2, exposure: 'GROUP' });
  });

  it('scopes to one architecture version: Quảng Ngãi 2.0 and 3.0 answer differently', async () => {
    const v3 = await run({ id: 'component:ndxp', direction: 'DEPENDENTS', maxDepth: 3, architecture: 'arch:qng-3.0' });
    const v2 = await run({ id: 'component:ndxp', direction: 'DEPENDENTS', maxDepth: 3, architecture: 'arch:qng-2.0' });
    const all = await run({ id: 'component:ndxp', direction: 'DEPENDENTS', maxDepth: 3 });
    expect(v3.affected.map((h) => h.node.id)).toContain('component:qng-lgsp');
    expect(v2.affected.map((h) => h.node.id)).not.toContain('component:qnam-lgsp');
    expect(v3.affected.map((h) => h.node.id)).not.toContain('component:qnam-lgsp');
    expect(all.affected.map((h) => h.node.id)).toContain('component:qnam-lgsp');
    expect(new Set(v2.affected.map((h) => h.node.id))).not.toEqual(new Set(v3.affected.map((h) => h.node.id)));
  });

  it('orders by depth, exposure, then name, caps with first and says truncated', async () => {
    const full = await run({ id: 'component:qng-lgsp', direction: 'DEPENDENTS', maxDepth: 4 });
    const rank = { DIRECT: 0, GROUP: 1, LAYER: 2 } as Record<string, number>;
    for (let i = 1; i < full.affected.length; i++) {
      const a = full.affected[i - 1];
      const b = full.affected[i];
      const byExposure = rank[a.exposure] - rank[b.exposure];
      expect(a.depth < b.depth || (a.depth === b.depth && (byExposure < 0 || (byExposure === 0 && a.node.name.localeCompare(b.node.name, 'vi') <= 0)))).toBe(
        true,
      );
    }
    const cut = await run({ id: 'component:qng-lgsp', direction: 'DEPENDENTS', maxDepth: 4, first: 2 });
    expect(cut.total).toBe(full.total);
    expect(cut.truncated).toBe(full.total > 2);
    expect(cut.affected.map((h) => h.node.id)).toEqual(full.affected.slice(0, 2).map((h) => h.node.id));
  });

  it('stated-only is never larger than stated + inferred; a kind filter narrows what is reported', async () => {
    const strict = await run({ id: 'component:qng-lgsp', direction: 'DEPENDENTS', maxDepth: 4, provenance: ['stated'] });
    const normal = await run({ id: 'component:qng-lgsp', direction: 'DEPENDENTS', maxDepth: 4 });
    expect(strict.total).toBeLessThanOrEqual(normal.total);
    const groups = await run({ id: 'component:qng-lgsp', direction: 'DEPENDENTS', maxDepth: 4, kinds: ['ComponentGroup'] });
    expect(groups.affected.every((h) => h.node.id.startsWith('group:'))).toBe(true);
  });

  it('refuses maxDepth over 10, an unknown root and a non-propagating relationship type', async () => {
    const deep = await gql(yoga, '{ impact(id: "component:qng-lgsp", direction: DEPENDENTS, maxDepth: 11) { total } }');
    expect(deep.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    const missing = await gql(yoga, '{ impact(id: "component:nope", direction: DEPENDENTS) { total } }');
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const type = await gql(yoga, '{ impact(id: "component:qng-lgsp", direction: DEPENDENTS, relationshipTypes: ["LED_BY"]) { total } }');
    expect(type.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
  });
});

describe('neighbourhood', () => {
  it('returns the node, its neighbours and the edges among them, ready to draw', async () => {
    const r = await gql<{ neighbourhood: { root: { id: string }; nodes: { id: string }[]; edges: { from: string; to: string; type: string }[] } }>(
      yoga,
      '{ neighbourhood(id: "component:qng-lgsp", depth: 1) { root { id } nodes { id } edges { from to type } truncated } }',
    );
    expect(r.errors).toBeUndefined();
    const ids = new Set(r.data!.neighbourhood.nodes.map((n) => n.id));
    expect(ids.has('component:qng-lgsp')).toBe(true);
    expect(ids.has('component:ndxp')).toBe(true);
    for (const e of r.data!.neighbourhood.edges) expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
    expect(r.data!.neighbourhood.edges.some((e) => e.from === 'component:qng-lgsp' && e.to === 'component:ndxp')).toBe(true);
    const deep = await gql(yoga, '{ neighbourhood(id: "component:qng-lgsp", depth: 4) { truncated } }');
    expect(deep.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
  });
});

describe('impact: one validation, and the hits carry what the views draw', () => {
  // The web's impact query (web/src/api/queries.ts): every node as the NodeSummary fragment.
  const WEB_IMPACT = `query($id: ID!, $direction: ImpactDirection!, $maxDepth: Int, $provenance: [Provenance!]) {
    impact(id: $id, direction: $direction, maxDepth: $maxDepth, provenance: $provenance) {
      total answeredBy { analysisGraph } root { ...NodeSummary }
      affected { depth exposure node { ...NodeSummary } path { type from { id } to { id } } }
      byAgency { count agency { ...NodeSummary } } byLayer { count layer { ...NodeSummary } }
      summary { total exampleAdds }
    } }
    fragment NodeSummary on Node { id name nameEn kind provenance province abbreviations }`;
  interface Summary {
    id: string;
    name: string;
    nameEn: string | null;
    kind: string;
    provenance: string;
    province: string | null;
    abbreviations: string[];
  }
  interface WebImpact {
    impact: {
      total: number;
      answeredBy: { analysisGraph: boolean };
      root: Summary;
      affected: { depth: number; exposure: string; node: Summary; path: unknown[] }[];
      byAgency: { count: number; agency: Summary }[];
      byLayer: { count: number; layer: Summary }[];
      summary: { total: number; exampleAdds: number | null };
    };
  }
  const args = { id: 'ndb:dan-cu', direction: 'DEPENDENTS', maxDepth: 3, provenance: ['stated', 'inferred'] };
  /** The answer, and the ids the request read through the node loader's query. */
  const ask = async (app: ReturnType<typeof testApp>) => {
    const loaded: string[] = [];
    const stop = db.onQuery((name, _, params) => {
      if (name === 'graph/nodes-by-ids') loaded.push(...(params.ids as string[]));
    });
    try {
      const r = await gql<WebImpact>(app, WEB_IMPACT, args);
      expect(r.errors).toBeUndefined();
      return { impact: r.data!.impact, loaded };
    } finally {
      stop();
    }
  };

  it('a page of hits is never read again from the database, on the analysis graph and on the database walk, with the same answer', async () => {
    await analysisOf(yoga).ready();
    const onGraph = await ask(yoga);
    const onDatabase = await ask(createApp({ db, quiet: true, allowedHosts: TEST_HOSTS }));
    expect(onGraph.impact.answeredBy.analysisGraph).toBe(true);
    expect(onDatabase.impact.answeredBy.analysisGraph).toBe(false);
    const hits = onGraph.impact.affected.map((h) => h.node.id);
    expect(hits.length).toBeGreaterThan(5);
    for (const { loaded } of [onGraph, onDatabase]) expect(loaded.filter((id) => hits.includes(id))).toEqual([]);
    // The analysis graph holds the root and the counted agencies and layers too: nothing is read.
    expect(onGraph.loaded).toEqual([]);
    // Both engines answer alike, node fields included.
    expect({ ...onDatabase.impact, answeredBy: null }).toEqual({ ...onGraph.impact, answeredBy: null });
  });

  it('the hits carry the same fields as the node read from the database', async () => {
    const r = await ask(createApp({ db, quiet: true, allowedHosts: TEST_HOSTS }));
    const ids = r.impact.affected.map((h) => h.node.id);
    const read = await gql<{ nodes: Summary[] }>(yoga, `query($ids: [ID!]!) { nodes(ids: $ids) { id name nameEn kind provenance province abbreviations } }`, {
      ids,
    });
    expect(read.errors).toBeUndefined();
    expect(r.impact.affected.map((h) => h.node)).toEqual(read.data!.nodes);
    // Example data: the count comes from the same validated request with `example` added.
    const withExample = await gql<WebImpact>(yoga, WEB_IMPACT, { ...args, provenance: ['stated', 'inferred', 'example'] });
    expect(r.impact.summary.exampleAdds).toBe(withExample.data!.impact.total - r.impact.total);
    expect(withExample.data!.impact.summary.exampleAdds).toBeNull();
  });
});
