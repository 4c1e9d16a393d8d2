/**
 * Impact answered on the analysis graph: the walk (walk.ts), then the report people and tools read
 * — the summary first (total, counts by depth, exposure, kind, province, agency, layer; the tasks
 * and indicators attached), and one page of hits ordered by depth, exposure, name.
 *
 * Filters, in order: `kinds` and `exposure` narrow the affected set; `byProvince` counts it; then
 * `provinces` narrows what is reported. Every other count, `total` and the pages are over what is
 * reported. The walk itself is never narrowed by them: a Quảng Nam system hit through NDXP is found
 * whatever the filters, and its witness path shows the crossing.
 */
import { AkbError } from '../errors.js';
import type { ImpactAnswer, ImpactHit, ImpactSummary, ValidImpactParams } from '../impact/impact.js';
import { KIND_CODE, PROVENANCE_CODE, T, TYPE_CODE, TYPE_CODES, UNKNOWN, type AdjView, type AnalysisGraph, KIND_CODES, COMPONENT_KIND_CODES } from './graph.js';
import { compareSlots } from './name-order.js';
import { EXPOSURES, pathOf, slotMarks, walkGraph, type WalkResult } from './walk.js';

/** Masks and the member set a walk needs, from validated parameters. */
export function walkSpec(g: AnalysisGraph, root: number, p: ValidImpactParams) {
  const types = new Uint8Array(256);
  for (const t of p.relationshipTypes) {
    const c = TYPE_CODE.get(t);
    if (c !== undefined) types[c] = 1;
  }
  const provenance = new Uint8Array(256);
  for (const v of p.provenance) {
    const c = PROVENANCE_CODE.get(v);
    if (c !== undefined) provenance[c] = 1;
  }
  return {
    root,
    dependents: p.direction === 'DEPENDENTS',
    maxDepth: p.maxDepth,
    types,
    provenance,
    members: p.architecture ? architectureMembers(g, p.architecture) : null,
  };
}

/** What an architecture version includes (INCLUDES) and its own layers (LAYER_OF), as a slot mask. */
export function architectureMembers(g: AnalysisGraph, architecture: string): Uint8Array {
  const members = new Uint8Array(g.size);
  const a = g.slot(architecture);
  if (a === undefined) return members;
  const view: AdjView = { peer: new Int32Array(0), type: new Uint8Array(0), prov: new Uint8Array(0), start: 0, end: 0 };
  g.view(a, 'out', view);
  for (let i = view.start; i < view.end; i++) if (view.type[i] === T.INCLUDES) members[view.peer[i]] = 1;
  g.view(a, 'in', view);
  for (let i = view.start; i < view.end; i++) if (view.type[i] === T.LAYER_OF) members[view.peer[i]] = 1;
  return members;
}

const BUCKETS = 16 * 3; // depth ≤ 15 × three exposures

/**
 * Answers worth keeping: a national fan-out walks a million states and counts them again for the
 * summary (hundreds of ms at L), and the same question comes back at once — the next page, the
 * export, the national map redrawn, another user. Walks of at least this many states are kept,
 * with their filtered sets and summaries, for as long as the graph stays at the same revision
 * (any write anywhere starts afresh, so an answer is never older than what it is read with).
 */
let KEEP_FROM_STATES = 20_000;
/** At most this many states kept per graph (~15 bytes each: ~60 MB), oldest use dropped first. */
let KEEP_STATES = 4_000_000;

/** Which walks are kept: from how many states, and how many states at most per graph. */
export function setAnswerKeeping(o: { fromStates?: number; maxStates?: number }): void {
  KEEP_FROM_STATES = o.fromStates ?? 20_000;
  KEEP_STATES = o.maxStates ?? 4_000_000;
}

/** Filtered sets kept per walk. */
const KEEP_FILTERS = 8;

interface Kept {
  w: WalkResult;
  /** Filter key → the considered and reported sets and, once asked for, their summary. */
  filtered: Map<string, { considered: Int32Array; reported: Int32Array; summary: ImpactSummary | null }>;
}

const keptAnswers = new WeakMap<AnalysisGraph, { revision: number; states: number; byWalk: Map<string, Kept> }>();

/** Forgets every kept answer (benchmarks measure the cold path with it). */
export function forgetKeptAnswers(g: AnalysisGraph): void {
  keptAnswers.delete(g);
}

function keptFor(g: AnalysisGraph) {
  let k = keptAnswers.get(g);
  if (!k || k.revision !== g.revision) keptAnswers.set(g, (k = { revision: g.revision, states: 0, byWalk: new Map() }));
  return k;
}

const walkKey = (p: ValidImpactParams) =>
  JSON.stringify([p.id, p.direction, p.maxDepth, [...p.relationshipTypes].sort(), [...p.provenance].sort(), p.architecture]);
const filterKey = (p: ValidImpactParams) =>
  JSON.stringify([p.kinds && [...p.kinds].sort(), p.exposure && [...p.exposure].sort(), p.provinces && [...p.provinces].sort()]);

/** Runs impact on the analysis graph, from `p.offset`. Throws NOT_FOUND for an unknown root. */
export function impactOnGraph(g: AnalysisGraph, p: ValidImpactParams): ImpactAnswer {
  const { offset } = p;
  const root = g.slot(p.id);
  if (root === undefined) throw new AkbError('NOT_FOUND', `no node with id ${p.id}`, [{ where: 'id', message: 'no node has this id', value: p.id }]);
  const kept = keptFor(g);
  const wk = walkKey(p);
  let entry = kept.byWalk.get(wk);
  if (entry) {
    // Most recently used last: the oldest is dropped first.
    kept.byWalk.delete(wk);
    kept.byWalk.set(wk, entry);
  } else {
    const w = walkGraph(g, walkSpec(g, root, p));
    entry = { w, filtered: new Map() };
    if (w.count >= KEEP_FROM_STATES && w.count <= KEEP_STATES) {
      for (const [key, old] of kept.byWalk) {
        if (kept.states + w.count <= KEEP_STATES) break;
        kept.byWalk.delete(key);
        kept.states -= old.w.count;
      }
      kept.byWalk.set(wk, entry);
      kept.states += w.count;
    }
  }
  const w = entry.w;
  const fk = filterKey(p);
  let sets = entry.filtered.get(fk);
  if (!sets) {
    const { considered, reported } = filterHits(g, w, p);
    // A few filter combinations per walk (the map's province tiles ask one each): oldest dropped.
    if (entry.filtered.size >= KEEP_FILTERS) entry.filtered.delete(entry.filtered.keys().next().value!);
    entry.filtered.set(fk, (sets = { considered, reported, summary: null }));
  }
  const { considered, reported } = sets;
  const total = reported.length;
  const hits = orderedSlice(g, w, reported, offset, p.first).map((q) => hitOf(g, w, q));
  const held = sets;
  return {
    rootId: p.id,
    total,
    offset,
    hits,
    hasNextPage: offset + hits.length < total,
    answeredBy: { analysisGraph: true, revision: g.revision },
    params: p,
    held: (id) => {
      const s = g.slot(id);
      return s === undefined ? undefined : g.heldNode(s);
    },
    summary: async () => (held.summary ??= summarise(g, w, root, considered, reported)),
    async *all() {
      // Everything reported, in order, in chunks (the CSV/NDJSON export streams it).
      const order = orderedSlice(g, w, reported, 0, total);
      for (let at = 0; at < order.length; at += 1000) {
        for (const q of order.slice(at, at + 1000)) yield hitOf(g, w, q);
      }
    },
  };
}

/** Filters on the affected set: kinds and exposure (considered), then provinces (reported). */
function filterHits(g: AnalysisGraph, w: WalkResult, p: ValidImpactParams): { considered: Int32Array; reported: Int32Array } {
  const kindOk = p.kinds ? maskOf(p.kinds.map((k) => KIND_CODE.get(k) ?? UNKNOWN)) : null;
  const exposureOk = p.exposure ? maskOf(p.exposure.map((e) => EXPOSURES.indexOf(e))) : null;
  let considered = w.hits;
  if (kindOk || exposureOk) {
    const keep = new Int32Array(w.hits.length);
    let n = 0;
    for (let i = 0; i < w.hits.length; i++) {
      const q = w.hits[i];
      if (kindOk && !kindOk[g.kind[w.slot[q]]]) continue;
      if (exposureOk && !exposureOk[w.exposure[q]]) continue;
      keep[n++] = q;
    }
    considered = keep.subarray(0, n);
  }
  let reported = considered;
  if (p.provinces) {
    const codes = maskOf(
      p.provinces.map((x) => g.provinceCodeOf(x)).filter((c) => c >= 0),
      65_536,
    );
    const keep = new Int32Array(considered.length);
    let n = 0;
    for (let i = 0; i < considered.length; i++) if (codes[g.province[w.slot[considered[i]]]]) keep[n++] = considered[i];
    reported = keep.subarray(0, n);
  }
  return { considered, reported };
}

const scratchCounters = new WeakMap<AnalysisGraph, Int32Array[]>();

/**
 * Zeroed counters by slot for a summary, reused (the caller resets what it touched). Summaries
 * are synchronous, so one set per graph suffices.
 */
function counters(g: AnalysisGraph, which: number): { counts: Int32Array; touched: number[] } {
  let sets = scratchCounters.get(g);
  if (!sets || sets[0].length < g.size)
    scratchCounters.set(g, (sets = [new Int32Array(Math.ceil(g.size * 1.25) + 64), new Int32Array(Math.ceil(g.size * 1.25) + 64)]));
  return { counts: sets[which], touched: [] };
}

/** As Cypher orders strings: by code point, nulls last. */
function nullsLast(a: string | null, b: string | null): number {
  return a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
}

function maskOf(codes: number[], size = 256): Uint8Array {
  const m = new Uint8Array(size);
  for (const c of codes) if (c >= 0 && c < size) m[c] = 1;
  return m;
}

function hitOf(g: AnalysisGraph, w: WalkResult, q: number): ImpactHit {
  const s = w.slot[q];
  let path: ImpactHit['path'] | null = null;
  return {
    ...g.heldNode(s),
    depth: w.depth[q],
    exposure: EXPOSURES[w.exposure[q]],
    // Built when read: most requests select no path.
    get path() {
      return (path ??= pathOf(g, w, q).map((st) => ({
        from: st.from,
        type: st.type,
        to: st.to,
        provenance: g.provenanceName(st.provenance),
        sources: undefined,
      })));
    },
  };
}

/**
 * Positions [offset, offset + count) of `positions` in the order (depth, exposure, name, id).
 * Only the (depth, exposure) buckets the slice touches are ordered, by the graph's name order
 * when it has one: small buckets sort their ranks, large ones pick from the global order.
 */
function orderedSlice(g: AnalysisGraph, w: WalkResult, positions: Int32Array, offset: number, count: number): number[] {
  if (count <= 0 || offset >= positions.length) return [];
  const sizes = new Int32Array(BUCKETS);
  for (let i = 0; i < positions.length; i++) sizes[w.depth[positions[i]] * 3 + w.exposure[positions[i]]]++;
  const out: number[] = [];
  let start = 0;
  for (let b = 0; b < BUCKETS && out.length < count; b++) {
    const size = sizes[b];
    if (!size || start + size <= offset) {
      start += size;
      continue;
    }
    const members = new Int32Array(size);
    let n = 0;
    for (let i = 0; i < positions.length; i++) if (w.depth[positions[i]] * 3 + w.exposure[positions[i]] === b) members[n++] = positions[i];
    const from = Math.max(0, offset - start);
    const sorted = orderBucket(g, w, members, from + count - out.length);
    for (let i = from; i < sorted.length && out.length < count; i++) out.push(sorted[i]);
    start += size;
  }
  return out;
}

/** The first `need` members of a bucket in name order. */
function orderBucket(g: AnalysisGraph, w: WalkResult, members: Int32Array, need: number): Int32Array | number[] {
  const order = g.nameOrder;
  const k = members.length;
  if (!order) return Array.from(members).sort((a, b) => compareSlots(g, w.slot[a], w.slot[b]));
  if (k * Math.log2(k + 1) < order.byName.length / 4) {
    // Sort the members' ranks (a numeric typed-array sort), then map ranks back to positions.
    const ranks = new Int32Array(k);
    for (let i = 0; i < k; i++) ranks[i] = order.rank[w.slot[members[i]]];
    ranks.sort();
    const posOf = positionsBySlot(g, w, members);
    return Array.from(ranks, (r) => posOf(order.byName[r]));
  }
  // Most of the graph: walk the global order and keep members, until enough are found.
  const posOf = positionsBySlot(g, w, members);
  const { marks, gen } = slotMarks(g);
  for (let i = 0; i < k; i++) marks[w.slot[members[i]]] = gen;
  const out: number[] = [];
  const want = Math.min(k, need);
  for (let i = 0; i < order.byName.length && out.length < want; i++) {
    const s = order.byName[i];
    if (marks[s] === gen) out.push(posOf(s));
  }
  return out;
}

/** Slot → position for the given positions (each slot appears once among hits). */
function positionsBySlot(g: AnalysisGraph, w: WalkResult, positions: Int32Array): (s: number) => number {
  const at = new Map<number, number>();
  if (positions.length < 4096) {
    for (let i = 0; i < positions.length; i++) at.set(w.slot[positions[i]], positions[i]);
    return (s) => at.get(s)!;
  }
  const table = new Int32Array(g.size);
  for (let i = 0; i < positions.length; i++) table[w.slot[positions[i]]] = positions[i];
  return (s) => table[s];
}

/** The summary over the affected set: one linear pass over typed counters, all in memory. */
function summarise(g: AnalysisGraph, w: WalkResult, root: number, considered: Int32Array, reported: Int32Array): ImpactSummary {
  const kinds = COMPONENT_KIND_CODES.length;
  const byDepth = new Int32Array(BUCKETS);
  const byExposure = new Int32Array(3);
  const byKind = new Int32Array(256 * kinds);
  // Counters by slot in a scratch array reused across summaries (a million map updates would
  // dominate a national summary); only the slots touched are read back and reset.
  const { counts: agencyCount, touched: agencies } = counters(g, 0);
  const { counts: layerCount, touched: layers } = counters(g, 1);
  const owners: number[] = [];
  const view: AdjView = { peer: new Int32Array(0), type: new Uint8Array(0), prov: new Uint8Array(0), start: 0, end: 0 };
  const layerKind = KIND_CODE.get('ArchitectureLayer')!;
  const { marks, gen } = slotMarks(g);
  for (let i = 0; i < reported.length; i++) {
    const q = reported[i];
    const s = w.slot[q];
    marks[s] = gen;
    byDepth[w.depth[q]]++;
    byExposure[w.exposure[q]]++;
    byKind[g.kind[s] * kinds + g.componentKind[s]]++;
  }
  // Owners, operators and layers: the out-edges of every reported node. A large set is visited
  // in slot order (sequential through the CSR arrays, an order of magnitude fewer cache misses
  // than the walk's order at national size); a small one directly.
  const ownersAndLayers = (s: number) => {
    g.view(s, 'out', view);
    owners.length = 0;
    for (let e = view.start; e < view.end; e++) {
      const t = view.type[e];
      const peer = view.peer[e];
      if (t === T.OWNED_BY || t === T.OPERATED_BY) {
        if (owners.includes(peer)) continue; // owner and operator: counted once
        owners.push(peer);
        if (agencyCount[peer]++ === 0) agencies.push(peer);
      } else if (t === T.IN_LAYER && g.kind[peer] === layerKind) {
        if (layerCount[peer]++ === 0) layers.push(peer);
      }
    }
  };
  if (reported.length * 16 > g.size) {
    for (let s = 0; s < g.size; s++) if (marks[s] === gen) ownersAndLayers(s);
  } else for (let i = 0; i < reported.length; i++) ownersAndLayers(w.slot[reported[i]]);
  marks[root] = gen;
  // Tasks and indicators attached to the root or a reported node (they are few: scan them all).
  const taskKind = KIND_CODE.get('Task')!;
  const indicatorKind = KIND_CODE.get('Indicator')!;
  const tasks: number[] = [];
  const indicators: number[] = [];
  for (const s of g.slotsOfKinds(['Task', 'Indicator'])) {
    const k = g.kind[s];
    g.view(s, 'out', view);
    let attached = false;
    for (let e = view.start; e < view.end && !attached; e++) {
      const t = view.type[e];
      if ((t === T.TARGETS && k === taskKind) || (t === T.MEASURES && k === indicatorKind)) attached = marks[view.peer[e]] === gen;
    }
    if (!attached) continue;
    (k === taskKind ? tasks : indicators).push(s);
    // They count for the agencies that lead them.
    for (let e = view.start; e < view.end; e++) if (view.type[e] === T.LED_BY && agencyCount[view.peer[e]]++ === 0) agencies.push(view.peer[e]);
  }
  const sorted = (touched: number[], counts: Int32Array) => {
    const rows = touched.map((s) => ({ id: g.ids[s], count: counts[s] })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
    for (const s of touched) counts[s] = 0;
    return rows;
  };
  const kindRows: { kind: string; componentKind: string | null; count: number }[] = [];
  for (let c = 0; c < byKind.length; c++)
    if (byKind[c])
      kindRows.push({ kind: KIND_CODES[Math.floor(c / kinds)] ?? 'Node', componentKind: COMPONENT_KIND_CODES[c % kinds] || null, count: byKind[c] });
  const depthRows: { depth: number; count: number }[] = [];
  for (let d = 0; d < byDepth.length; d++) if (byDepth[d]) depthRows.push({ depth: d, count: byDepth[d] });
  return {
    total: reported.length,
    byDepth: depthRows,
    byExposure: EXPOSURES.map((exposure, i) => ({ exposure, count: byExposure[i] })).filter((x) => x.count > 0),
    byKind: kindRows.sort((a, b) => b.count - a.count || nullsLast(a.kind, b.kind) || nullsLast(a.componentKind, b.componentKind)),
    byProvince: byProvinceOf(g, w, considered),
    byAgency: sorted(agencies, agencyCount),
    byLayer: sorted(layers, layerCount),
    tasks: tasks.map((s) => g.ids[s]).sort(),
    indicators: indicators.map((s) => g.ids[s]).sort(),
  };
}

/** The affected set by province, and within each by kind and component kind, largest first. */
function byProvinceOf(g: AnalysisGraph, w: WalkResult, positions: Int32Array) {
  const kinds = COMPONENT_KIND_CODES.length;
  const cells = 256 * kinds;
  const totals = new Int32Array(g.provinces.length);
  const counts: (Int32Array | undefined)[] = new Array(g.provinces.length);
  for (let i = 0; i < positions.length; i++) {
    const s = w.slot[positions[i]];
    const p = g.province[s];
    totals[p]++;
    const c = (counts[p] ??= new Int32Array(cells));
    c[g.kind[s] * kinds + g.componentKind[s]]++;
  }
  const rows = [];
  for (let p = 0; p < counts.length; p++) {
    const c = counts[p];
    if (!c) continue;
    const byKind: { kind: string; componentKind: string | null; count: number }[] = [];
    for (let x = 0; x < cells; x++)
      if (c[x]) byKind.push({ kind: KIND_CODES[Math.floor(x / kinds)] ?? 'Node', componentKind: COMPONENT_KIND_CODES[x % kinds] || null, count: c[x] });
    byKind.sort((a, b) => b.count - a.count || nullsLast(a.kind, b.kind) || nullsLast(a.componentKind, b.componentKind));
    rows.push({ province: p === 0 ? null : g.provinces[p], count: totals[p], byKind });
  }
  return rows.sort((a, b) => b.count - a.count || nullsLast(a.province, b.province));
}

/**
 * What each node directly depends on (its outgoing propagating relationships) and how many direct
 * dependents it has (incoming ones), with the provenance filter on edge and peer — as
 * cypher/appraisal/direct-links.cypher answers it (the impact diff of a proposal).
 */
export function directLinks(
  g: AnalysisGraph,
  ids: string[],
  types: string[],
  provenance: string[],
): { id: string; dependencies: { type: string; to: string }[]; dependents: number }[] {
  const typeOk = maskOf(types.map((t) => TYPE_CODE.get(t) ?? -1));
  const provOk = maskOf(provenance.map((p) => PROVENANCE_CODE.get(p) ?? -1));
  const view: AdjView = { peer: new Int32Array(0), type: new Uint8Array(0), prov: new Uint8Array(0), start: 0, end: 0 };
  const out: { id: string; dependencies: { type: string; to: string }[]; dependents: number }[] = [];
  for (const id of ids) {
    const s = g.slot(id);
    if (s === undefined) continue;
    const dependencies: { type: string; to: string }[] = [];
    g.view(s, 'out', view);
    for (let i = view.start; i < view.end; i++)
      if (typeOk[view.type[i]] && provOk[view.prov[i]] && provOk[g.provenance[view.peer[i]]])
        dependencies.push({ type: TYPE_CODES[view.type[i]], to: g.ids[view.peer[i]] });
    let dependents = 0;
    g.view(s, 'in', view);
    for (let i = view.start; i < view.end; i++) if (typeOk[view.type[i]] && provOk[view.prov[i]] && provOk[g.provenance[view.peer[i]]]) dependents++;
    out.push({ id, dependencies, dependents });
  }
  return out;
}
