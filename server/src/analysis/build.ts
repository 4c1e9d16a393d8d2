/**
 * Builds the analysis graph from Neo4j in one streamed pass: the revision first, then every node
 * and every relationship (cypher/analysis/*.cypher), the two read side by side in two read
 * transactions so the database works on both at once. Rows are consumed as they arrive; only the
 * typed arrays of the result are kept. Relationships name their ends by Neo4j's internal ids,
 * mapped to slots once both reads are done.
 *
 * Neo4j reads are read-committed, so a write that commits during the pass may be half seen (even
 * within one transaction). Its revision is above the one read first, so the service applies it
 * again after the build, which converges: applying a change re-reads the current state of what it
 * names, and a deleted node loses whatever edges were attached to its slot.
 */
import type { Database, StreamedRow } from '../db/database.js';
import {
  AnalysisGraph,
  COMPONENT_KIND_CODE,
  HOSTING_CODE,
  KIND_CODE,
  LEVEL_CODE,
  PROVENANCE_CODE,
  TYPE_CODE,
  UNKNOWN,
  type Csr,
  type EdgeAttrs,
} from './graph.js';

export interface BuildProgress {
  phase: 'nodes' | 'relationships' | 'index';
  nodes: number;
  relationships: number;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function grown<A extends Int32Array | Uint8Array>(a: A, need: number): A {
  if (a.length >= need) return a;
  const b = new (a.constructor as new (n: number) => A)(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/** Reads the whole graph from the database into a new analysis graph. */
export async function buildAnalysisGraph(db: Database, opts: { progress?: (p: BuildProgress) => void; timeoutMs?: number } = {}): Promise<AnalysisGraph> {
  const timeout = opts.timeoutMs ?? 600_000;
  const report = opts.progress ?? (() => {});
  const progress: BuildProgress = { phase: 'nodes', nodes: 0, relationships: 0 };
  const [rev] = await db.read('analysis/revision');
  const revision = Number(rev?.revision ?? 0);
  const epoch = str(rev?.epoch) ?? '';
  const [counted] = await db.read('admin/count-nodes');
  const expected = Number(counted?.count ?? 0);
  const [nodes, rels] = await Promise.all([
    readNodes(db, expected, timeout, (n) => report({ ...progress, nodes: (progress.nodes = n) })),
    readRelationships(db, expected, timeout, (m) => report({ ...progress, phase: 'relationships', relationships: (progress.relationships = m) })),
  ]);
  report({ phase: 'index', nodes: nodes.ids.length, relationships: rels.count });

  // Internal ids → slots; relationships whose ends are not nodes of this pass are dropped.
  const n = nodes.ids.length;
  const { refToSlot } = nodes;
  let m = 0;
  const attrs = new Map<number, EdgeAttrs>();
  for (let e = 0; e < rels.count; e++) {
    const a = rels.src[e] < refToSlot.length ? refToSlot[rels.src[e]] : -1;
    const b = rels.dst[e] < refToSlot.length ? refToSlot[rels.dst[e]] : -1;
    if (a < 0 || b < 0) continue;
    rels.src[m] = a;
    rels.dst[m] = b;
    rels.type[m] = rels.type[e];
    rels.prov[m] = rels.prov[e];
    const at = rels.attrs.get(e);
    if (at) attrs.set(m, at);
    m++;
  }
  const csr = layout(n, m, rels.src, rels.dst, rels.type, rels.prov, attrs);
  const g = new AnalysisGraph(csr, revision, epoch);
  g.adoptBuiltNodes({
    ids: nodes.ids,
    names: nodes.names,
    kind: nodes.kind,
    componentKind: nodes.componentKind,
    provinces: nodes.provinces,
    provenance: nodes.provenance,
    level: nodes.level,
    hosting: nodes.hosting,
    sparse: nodes.sparse,
  });
  g.edgeCount = m;
  return g;
}

async function readNodes(db: Database, expected: number, timeoutMs: number, progress: (n: number) => void) {
  let refToSlot = new Int32Array(Math.max(1024, Math.ceil(expected * 1.1))).fill(-1);
  const ids: string[] = [];
  const names: string[] = [];
  let kind = new Uint8Array(Math.max(1024, expected));
  let componentKind = new Uint8Array(kind.length);
  let provenance = new Uint8Array(kind.length);
  let level = new Uint8Array(kind.length);
  let hosting = new Uint8Array(kind.length);
  const sparse = {
    hostingReason: new Map<number, string>(),
    nameEn: new Map<number, string>(),
    capability: new Map<number, string>(),
    abbreviations: new Map<number, readonly string[]>(),
    other: new Map<number, { level?: string; hosting?: string }>(),
  };
  const provinces: (string | null)[] = [];
  const levels = Object.fromEntries([...LEVEL_CODE].filter(([k]) => k));
  const hostings = Object.fromEntries([...HOSTING_CODE].filter(([k]) => k));
  await db.streamRead(
    (stream) =>
      stream('analysis/nodes', { chunk: 5000, levels, hostings }, (r: StreamedRow) => {
        const [refs, rowIds, rowNames, kinds, cks, rowProvinces, provs, lvls, hsts, reasons, en, caps, abbrs, others] = columns<NodeChunk>(r, 14);
        const base = ids.length;
        const top = base + refs.length;
        kind = grown(kind, top);
        componentKind = grown(componentKind, top);
        provenance = grown(provenance, top);
        level = grown(level, top);
        hosting = grown(hosting, top);
        for (let i = 0; i < refs.length; i++) {
          const ref = refs[i];
          const s = base + i;
          if (ref >= refToSlot.length) {
            const b = new Int32Array(Math.max(ref + 1, refToSlot.length * 2)).fill(-1);
            b.set(refToSlot);
            refToSlot = b;
          }
          refToSlot[ref] = s;
          ids.push(rowIds[i]);
          names.push(rowNames[i]);
          kind[s] = KIND_CODE.get(kinds[i]) ?? UNKNOWN;
          componentKind[s] = cks[i] ? (COMPONENT_KIND_CODE.get(cks[i]) ?? UNKNOWN) : 0;
          provinces.push(rowProvinces[i] || null);
          provenance[s] = PROVENANCE_CODE.get(provs[i]) ?? UNKNOWN;
          level[s] = lvls[i];
          hosting[s] = hsts[i];
          if (reasons[i]) sparse.hostingReason.set(s, reasons[i]);
          if (en[i]) sparse.nameEn.set(s, en[i]);
          if (caps[i]) sparse.capability.set(s, caps[i]);
          if (abbrs[i].length) sparse.abbreviations.set(s, abbrs[i]);
          if (others[i].length)
            sparse.other.set(s, { ...(lvls[i] === UNKNOWN ? { level: others[i][0] } : {}), ...(hsts[i] === UNKNOWN ? { hosting: others[i][1] } : {}) });
        }
        progress(top);
      }),
    timeoutMs,
  );
  return { refToSlot, ids, names, kind, componentKind, provenance, provinces, level, hosting, sparse };
}

/**
 * One streamed chunk's columns, in the query's RETURN order: each a list with one entry per node
 * (cypher/analysis/nodes.cypher) or per relationship (relationships.cypher).
 */
const columns = <T extends unknown[]>(r: StreamedRow, n: number): T => Array.from({ length: n }, (_, i) => r.get(i)) as T;
type Texts = string[];
type Numbers = number[];
/** refs, ids, names, kinds, componentKinds, provinces, provenances, levels, hostings, hostingReasons, namesEn, capabilities, abbreviations, others. */
type NodeChunk = [Numbers, Texts, Texts, Texts, Texts, Texts, Texts, Numbers, Numbers, Texts, Texts, Texts, Texts[], Texts[]];
/** starts, ends, types, provenances, vias, statuses. */
type RelationshipChunk = [Numbers, Numbers, Numbers, Numbers, Texts, Texts];

async function readRelationships(db: Database, expectedNodes: number, timeoutMs: number, progress: (m: number) => void) {
  let src = new Int32Array(Math.max(1024, expectedNodes * 6));
  let dst = new Int32Array(src.length);
  let type = new Uint8Array(src.length);
  let prov = new Uint8Array(src.length);
  const attrs = new Map<number, EdgeAttrs>();
  let m = 0;
  const types = Object.fromEntries([...TYPE_CODE]);
  const provenances = Object.fromEntries([...PROVENANCE_CODE]);
  await db.streamRead(
    (stream) =>
      stream('analysis/relationships', { chunk: 2000, types, provenances }, (r: StreamedRow) => {
        const [starts, ends, codes, provs, vias, statuses] = columns<RelationshipChunk>(r, 6);
        const top = m + starts.length;
        src = grown(src, top);
        dst = grown(dst, top);
        type = grown(type, top);
        prov = grown(prov, top);
        for (let i = 0; i < starts.length; i++) {
          // A relationship type the model does not know: no analysis reads it.
          if (codes[i] < 0) continue;
          src[m] = starts[i];
          dst[m] = ends[i];
          type[m] = codes[i];
          prov[m] = provs[i];
          if (vias[i] || statuses[i]) attrs.set(m, { ...(vias[i] ? { via: vias[i] } : {}), ...(statuses[i] ? { status: statuses[i] } : {}) });
          m++;
        }
        progress(m);
      }),
    timeoutMs,
  );
  return { count: m, src, dst, type, prov, attrs };
}

/** Counting sort of the edge list into out- and in-CSR. */
function layout(n: number, m: number, src: Int32Array, dst: Int32Array, type: Uint8Array, prov: Uint8Array, attrsByEdge: Map<number, EdgeAttrs>): Csr {
  const outOff = new Int32Array(n + 1);
  const inOff = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    outOff[src[e] + 1]++;
    inOff[dst[e] + 1]++;
  }
  for (let s = 0; s < n; s++) {
    outOff[s + 1] += outOff[s];
    inOff[s + 1] += inOff[s];
  }
  const outPeer = new Int32Array(m);
  const outType = new Uint8Array(m);
  const outProv = new Uint8Array(m);
  const inPeer = new Int32Array(m);
  const inType = new Uint8Array(m);
  const inProv = new Uint8Array(m);
  const inRef = new Int32Array(m);
  const outAt = outOff.slice(0, n);
  const inAt = inOff.slice(0, n);
  const attrs = new Map<number, EdgeAttrs>();
  for (let e = 0; e < m; e++) {
    const o = outAt[src[e]]++;
    outPeer[o] = dst[e];
    outType[o] = type[e];
    outProv[o] = prov[e];
    const i = inAt[dst[e]]++;
    inPeer[i] = src[e];
    inType[i] = type[e];
    inProv[i] = prov[e];
    inRef[i] = o;
    const at = attrsByEdge.get(e);
    if (at) attrs.set(o, at);
  }
  return { nodes: n, outOff, outPeer, outType, outProv, inOff, inPeer, inType, inProv, inRef, attrs };
}
