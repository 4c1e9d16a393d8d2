/**
 * The analysis graph (server/src/analysis/) against its oracle, the Cypher walk
 * (server/src/impact/impact.ts): random graphs with collective mentions (groups), layers,
 * architectures, cycles and mixed provenance, written to the real Neo4j; random roots and filter
 * combinations; the same hits with the same depth and exposure, and every witness path a real
 * walk, edge by edge, of that depth and that exposure.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAnalysisGraph } from '../server/src/analysis/build.js';
import { impactOnGraph } from '../server/src/analysis/impact.js';
import { computeNameOrder } from '../server/src/analysis/name-order.js';
import { EDGE_EXPOSURE, EXPOSURES } from '../server/src/analysis/walk.js';
import { TYPE_CODE } from '../server/src/analysis/graph.js';
import { impactFromDatabase, validateImpactParams, type ImpactHit } from '../server/src/impact/impact.js';
import { PROPAGATING_TYPES } from '../server/src/model/model.js';
import { testDb } from './setup/db.js';

const db = testDb();
afterAll(async () => {
  await db.autoCommit('test/delete-test-nodes');
  await db.close();
});

const PROVENANCES = ['stated', 'inferred', 'example'] as const;
type Kind = 'Component' | 'ComponentGroup' | 'ArchitectureLayer' | 'Architecture';
interface RandomGraph {
  kinds: Kind[];
  provenance: string[];
  edges: { a: number; b: number; type: string; provenance: string }[];
}

/** Random graphs: mostly components, some groups, layers and architectures; any cycles. */
const graphArb = fc
  .record({
    n: fc.integer({ min: 8, max: 150 }),
    density: fc.double({ min: 1, max: 4, noNaN: true }),
    seed: fc.integer({ min: 1, max: 2 ** 30 }),
  })
  .map(({ n, density, seed }): RandomGraph => {
    let s = seed;
    const rnd = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
    const kinds: Kind[] = Array.from({ length: n }, (_, i) =>
      i < 2 ? 'Architecture' : i < 5 ? 'ArchitectureLayer' : rnd() < 0.15 ? 'ComponentGroup' : 'Component',
    );
    const provenance = kinds.map(() => pick(['stated', 'stated', 'inferred', 'example']));
    const ofKind = (k: Kind[]) => kinds.flatMap((x, i) => (k.includes(x) ? [i] : []));
    const systems = ofKind(['Component', 'ComponentGroup']);
    const groups = ofKind(['ComponentGroup']);
    const layers = ofKind(['ArchitectureLayer']);
    const archs = ofKind(['Architecture']);
    const seen = new Set<string>();
    const edges: RandomGraph['edges'] = [];
    const add = (a: number, b: number, type: string) => {
      const key = `${a} ${type} ${b}`;
      if (a === b || seen.has(key)) return;
      seen.add(key);
      edges.push({ a, b, type, provenance: pick(['stated', 'stated', 'inferred', 'example']) });
    };
    const plain = PROPAGATING_TYPES.filter((t) => t !== 'MEMBER_OF_GROUP' && t !== 'IN_LAYER');
    for (let i = 0; i < Math.floor(systems.length * density); i++) add(pick(systems), pick(systems), pick(plain));
    if (groups.length) for (let i = 0; i < systems.length / 2; i++) add(pick(systems), pick(groups), 'MEMBER_OF_GROUP');
    for (let i = 0; i < systems.length / 3; i++) add(pick(systems), pick(layers), 'IN_LAYER');
    for (const l of layers) add(l, pick(archs), 'LAYER_OF');
    for (const x of systems) if (rnd() < 0.6) add(pick(archs), x, 'INCLUDES');
    // A few non-propagating edges the walk must ignore.
    for (let i = 0; i < systems.length / 4; i++) add(pick(systems), pick(systems), 'MERGED_INTO');
    return { kinds, provenance, edges };
  });

let graphNo = 0;
async function writeGraph(g: RandomGraph): Promise<(i: number) => string> {
  const no = ++graphNo;
  const prefix: Record<Kind, string> = { Component: 'component', ComponentGroup: 'group', ArchitectureLayer: 'layer', Architecture: 'arch' };
  const id = (i: number) => `${prefix[g.kinds[i]]}:test-ag${no}-${i}`;
  const src = JSON.stringify([{ document: 'test', section: 'test', quote: 'random graph' }]);
  const rows = g.kinds.map((kind, i) => ({
    id: id(i),
    kind,
    props: {
      id: id(i),
      kind,
      name: `Nút ${(i * 7919) % 97} ${i}`,
      provenance: g.provenance[i],
      sources: src,
      ...(kind === 'Component' ? { componentKind: 'system', level: 'province' } : {}),
    },
  }));
  const rels = g.edges.map((e) => ({
    from: id(e.a),
    to: id(e.b),
    type: e.type,
    props: { provenance: e.provenance, sources: src, ...(e.type === 'INCLUDES' ? { status: 'existing' } : {}) },
  }));
  await db.writeTransaction(async (tx) => {
    tx.changed({ all: true });
    await tx.run('fixtures/merge-nodes', { rows });
    await tx.run('fixtures/merge-relationships', { rows: rels });
  });
  return id;
}

/** Checks one witness path edge by edge: a real, allowed walk from the root, of the hit's depth and exposure. */
function checkPath(
  h: ImpactHit,
  root: string,
  dependents: boolean,
  edges: Map<string, string>,
  allowed: { types: Set<string>; provenance: Set<string>; nodeOk: (id: string) => boolean },
) {
  expect(h.path.length, h.id).toBe(h.depth);
  let at = root;
  let wentUp = false;
  let exposure = 0;
  for (const step of h.path) {
    expect(edges.get(`${step.from} ${step.type} ${step.to}`), `${step.from} -${step.type}-> ${step.to}`).toBe(step.provenance);
    expect(allowed.types.has(step.type)).toBe(true);
    expect(allowed.provenance.has(step.provenance)).toBe(true);
    // Which end is the walk at, and which way did it move?
    const forward = step.from === at;
    expect(forward || step.to === at, `${h.id}: step leaves ${at}`).toBe(true);
    const next = forward ? step.to : step.from;
    const group = step.type === 'MEMBER_OF_GROUP';
    const up = group && forward; // towards the group, either direction
    const down = group && !up;
    if (!group) expect(forward, `${step.type} walked the wrong way`).toBe(!dependents);
    if (down) expect(wentUp, `${h.id}: came back down after going up`).toBe(false);
    if (up) wentUp = true;
    expect(allowed.nodeOk(next), `${next} is not allowed`).toBe(true);
    exposure = Math.max(exposure, EDGE_EXPOSURE[TYPE_CODE.get(step.type)!]);
    at = next;
  }
  expect(at).toBe(h.id);
  expect(EXPOSURES[exposure]).toBe(h.exposure);
}

describe('analysis graph: the same answers as the database walk', () => {
  it('on random graphs with groups, layers, architectures, cycles and mixed provenance, for random roots and every kind of filter', async () => {
    const filterArb = fc.record({
      root: fc.nat(),
      dependents: fc.boolean(),
      maxDepth: fc.integer({ min: 1, max: 6 }),
      types: fc.oneof(fc.constant([...PROPAGATING_TYPES]), fc.subarray([...PROPAGATING_TYPES], { minLength: 1 })),
      provenance: fc.constantFrom<string[]>(
        [...PROVENANCES],
        [...PROVENANCES],
        ['stated', 'inferred'],
        ['stated'],
        ['stated', 'example'],
        ['inferred', 'example'],
      ),
      architecture: fc.constantFrom(null, 0, 1),
    });
    let compared = 0;
    let withPaths = 0;
    await fc.assert(
      fc.asyncProperty(graphArb, fc.array(filterArb, { minLength: 6, maxLength: 6 }), async (rg, filters) => {
        const id = await writeGraph(rg);
        try {
          const g = await buildAnalysisGraph(db);
          g.nameOrder = await computeNameOrder(g);
          const edges = new Map(rg.edges.map((e) => [`${id(e.a)} ${e.type} ${id(e.b)}`, e.provenance]));
          const provenanceOf = new Map(rg.kinds.map((_, i) => [id(i), rg.provenance[i]]));
          const includes = (arch: string) =>
            new Set(
              rg.edges
                .filter((e) => (e.type === 'INCLUDES' && id(e.a) === arch) || (e.type === 'LAYER_OF' && id(e.b) === arch))
                .map((e) => (e.type === 'INCLUDES' ? id(e.b) : id(e.a))),
            );
          // Roots where walks start somewhere: the ends of random propagating edges.
          const propagating = rg.edges.filter((e) => PROPAGATING_TYPES.includes(e.type));
          for (const f of filters) {
            const e = propagating[f.root % Math.max(1, propagating.length)];
            const root = id(e ? (f.dependents ? e.b : e.a) : 0);
            const architecture = f.architecture === null ? null : id(f.architecture);
            const p = validateImpactParams({
              id: root,
              direction: f.dependents ? 'DEPENDENTS' : 'DEPENDENCIES',
              maxDepth: f.maxDepth,
              relationshipTypes: [...f.types],
              provenance: f.provenance,
              architecture,
              first: 5000,
            });
            const expected = await impactFromDatabase(db, p);
            const got = impactOnGraph(g, p);
            const key = (h: ImpactHit) => `${h.id} d${h.depth} ${h.exposure}`;
            expect(got.hits.map(key).sort()).toEqual(expected.hits.map(key).sort());
            expect(got.total).toBe(expected.total);
            // The same order: depth, exposure, name, id.
            expect(got.hits.map((h) => h.id)).toEqual(expected.hits.map((h) => h.id));
            const members = architecture ? includes(architecture) : null;
            const allowed = {
              types: new Set(f.types),
              provenance: new Set<string>(f.provenance),
              nodeOk: (n: string) => f.provenance.includes(provenanceOf.get(n)!) && (!members || members.has(n)),
            };
            for (const h of got.hits) checkPath(h, root, f.dependents, edges, allowed);
            compared++;
            withPaths += got.hits.filter((h) => h.depth > 1).length;
            // The summaries agree too.
            const [a, b] = [await got.summary(), await expected.summary()];
            expect(a).toEqual(b);
          }
        } finally {
          await db.autoCommit('test/delete-test-nodes');
        }
      }),
      { numRuns: 15, seed: 20261206 },
    );
    // Not vacuous: many comparisons, and multi-step witness paths among them.
    expect(compared).toBeGreaterThanOrEqual(90);
    expect(withPaths).toBeGreaterThan(50);
  });
});
