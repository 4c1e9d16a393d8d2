/**
 * The impact walk on the analysis graph: the same rules as the Cypher walk it replaces
 * (cypher/impact/expand-*.cypher with server/src/impact/impact.ts, which stays as the fallback
 * while the analysis graph is being built and as the tests' oracle):
 *
 * - breadth-first over states (node, up): after going up from a member to its group ("up") the
 *   walk never comes back down to the group's members, so a member's failure does not spread to
 *   its siblings; both states of a node may be visited;
 * - DEPENDENTS walks propagating relationships against their arrow, DEPENDENCIES along it; a
 *   collective mention (MEMBER_OF_GROUP) works both ways, once;
 * - an edge is followed when its type is asked for, its provenance and the reached node's
 *   provenance are allowed, and (with an architecture) the reached node is in that version;
 * - each state at its smallest depth, with the most direct exposure among the shortest ways to it
 *   (DIRECT < GROUP < LAYER; a path is as indirect as its most indirect edge) and one parent, so
 *   every witness path is a real, shortest walk.
 *
 * Cost: linear in the states and edges touched. The hot loop works on scratch arrays sized to the
 * graph and reused across walks (a generation stamp marks what this walk has seen), so a small
 * walk costs only what it visits and a national one allocates once, at the end, what it returns.
 */
import { REL_BY_TYPE } from '../model/model.js';
import { T, TYPE_CODES, type AdjView, type AnalysisGraph } from './graph.js';

export const EXPOSURES = ['DIRECT', 'GROUP', 'LAYER'] as const;
export type Exposure = (typeof EXPOSURES)[number];

/** Exposure code of each relationship type code (index in EXPOSURES). */
export const EDGE_EXPOSURE = Uint8Array.from(TYPE_CODES, (t) => EXPOSURES.indexOf(REL_BY_TYPE.get(t)?.exposure ?? 'DIRECT'));

export interface WalkSpec {
  root: number;
  dependents: boolean;
  maxDepth: number;
  /** 1 for each relationship type code the walk may follow (256 entries). */
  types: Uint8Array;
  /** 1 for each provenance code allowed (256 entries: unknown values are code 255). */
  provenance: Uint8Array;
  /** With an architecture: 1 for each slot that version includes; null for no filter. */
  members: Uint8Array | null;
}

/**
 * The visited states in visit order (position 0 is the root). Per position: slot, up flag, depth,
 * exposure code, parent position, and the edge that reached it (type, provenance, and whether it
 * is stored from parent to child).
 */
export interface WalkResult {
  count: number;
  slot: Int32Array;
  up: Uint8Array;
  depth: Uint8Array;
  exposure: Uint8Array;
  parent: Int32Array;
  viaType: Uint8Array;
  viaProv: Uint8Array;
  viaForward: Uint8Array;
  /** Positions of the reported hits: each reached node once (not the root), its best state. */
  hits: Int32Array;
}

const MOG = T.MEMBER_OF_GROUP;

/** Scratch state reused across walks on one graph (one walk at a time: the walk is synchronous). */
class Scratch {
  cap = 0;
  stamp = new Int32Array(0);
  pos = new Int32Array(0);
  nodeStamp = new Int32Array(0);
  nodeBest = new Int32Array(0);
  slot = new Int32Array(0);
  up = new Uint8Array(0);
  depth = new Uint8Array(0);
  exposure = new Uint8Array(0);
  parent = new Int32Array(0);
  viaType = new Uint8Array(0);
  viaProv = new Uint8Array(0);
  viaForward = new Uint8Array(0);
  hits = new Int32Array(0);
  gen = 0;

  prepare(slots: number): number {
    if (this.cap < slots) {
      const cap = Math.ceil(slots * 1.25) + 64;
      const states = cap * 2;
      this.cap = cap;
      this.stamp = new Int32Array(states);
      this.pos = new Int32Array(states);
      this.nodeStamp = new Int32Array(cap);
      this.nodeBest = new Int32Array(cap);
      this.slot = new Int32Array(states);
      this.up = new Uint8Array(states);
      this.depth = new Uint8Array(states);
      this.exposure = new Uint8Array(states);
      this.parent = new Int32Array(states);
      this.viaType = new Uint8Array(states);
      this.viaProv = new Uint8Array(states);
      this.viaForward = new Uint8Array(states);
      this.hits = new Int32Array(cap);
      this.gen = 0;
    }
    if (++this.gen === 2 ** 31 - 1) {
      this.stamp.fill(0);
      this.nodeStamp.fill(0);
      this.gen = 1;
    }
    return this.gen;
  }
}

const scratches = new WeakMap<AnalysisGraph, Scratch>();

function scratchOf(g: AnalysisGraph): Scratch {
  let s = scratches.get(g);
  if (!s) scratches.set(g, (s = new Scratch()));
  return s;
}

// How an adjacency scan treats each edge (see the rules above).
const DEPENDENTS_IN = 0; // plain against the arrow; MEMBER_OF_GROUP here is "down", not after up
const DEPENDENTS_UP = 1; // only MEMBER_OF_GROUP out of the node: "up"
const DEPENDENCIES_OUT = 2; // plain along the arrow; MEMBER_OF_GROUP here is "up"
const DEPENDENCIES_DOWN = 3; // only MEMBER_OF_GROUP into the node: "down", not after up

export function walkGraph(g: AnalysisGraph, spec: WalkSpec): WalkResult {
  const sc = scratchOf(g);
  const gen = sc.prepare(g.size);
  const { stamp, pos, slot, up, depth, exposure, parent, viaType, viaProv, viaForward } = sc;
  const { provenance: provMask, types, members } = spec;
  const nodeProv = g.provenance;
  const deleted = g.deleted;
  const groupFlags = g.groupFlags;
  const edgeExposure = EDGE_EXPOSURE;

  slot[0] = spec.root;
  up[0] = 0;
  depth[0] = 0;
  exposure[0] = 0;
  parent[0] = -1;
  stamp[spec.root * 2] = gen;
  pos[spec.root * 2] = 0;
  let count = 1;

  const view: AdjView = { peer: new Int32Array(0), type: new Uint8Array(0), prov: new Uint8Array(0), start: 0, end: 0 };
  const followGroups = types[MOG] === 1;
  const scans = spec.dependents ? [DEPENDENTS_IN, DEPENDENTS_UP] : [DEPENDENCIES_OUT, DEPENDENCIES_DOWN];
  let levelStart = 0;
  let levelEnd = 1;
  for (let d = 1; d <= spec.maxDepth && levelStart < levelEnd; d++) {
    for (let p = levelStart; p < levelEnd; p++) {
      const u = slot[p];
      const isUp = up[p];
      const exp = exposure[p];
      for (let k = 0; k < 2; k++) {
        const mode = scans[k];
        if (mode === DEPENDENTS_UP && (!followGroups || !(groupFlags[u] & 1))) continue;
        if (mode === DEPENDENCIES_DOWN && (!followGroups || isUp || !(groupFlags[u] & 2))) continue;
        const forward = mode === DEPENDENTS_UP || mode === DEPENDENCIES_OUT ? 1 : 0;
        g.view(u, forward ? 'out' : 'in', view);
        const peers = view.peer;
        const etypes = view.type;
        const eprovs = view.prov;
        for (let i = view.start, end = view.end; i < end; i++) {
          const t = etypes[i];
          let childUp: number;
          if (mode === DEPENDENTS_IN) {
            if (!types[t]) continue;
            if (t === MOG) {
              if (isUp) continue;
              childUp = 0;
            } else childUp = isUp;
          } else if (mode === DEPENDENCIES_OUT) {
            if (!types[t]) continue;
            childUp = t === MOG ? 1 : isUp;
          } else {
            if (t !== MOG) continue;
            childUp = mode === DEPENDENTS_UP ? 1 : 0;
          }
          const ep = eprovs[i];
          const m = peers[i];
          if (!provMask[ep] || !provMask[nodeProv[m]] || deleted[m] || (members !== null && !members[m])) continue;
          const st = m * 2 + childUp;
          const e = edgeExposure[t] > exp ? edgeExposure[t] : exp;
          if (stamp[st] !== gen) {
            stamp[st] = gen;
            pos[st] = count;
            slot[count] = m;
            up[count] = childUp;
            depth[count] = d;
            exposure[count] = e;
            parent[count] = p;
            viaType[count] = t;
            viaProv[count] = ep;
            viaForward[count] = forward;
            count++;
          } else {
            const q = pos[st];
            if (depth[q] === d && e < exposure[q]) {
              exposure[q] = e;
              parent[q] = p;
              viaType[q] = t;
              viaProv[q] = ep;
              viaForward[q] = forward;
            }
          }
        }
      }
    }
    levelStart = levelEnd;
    levelEnd = count;
  }

  // Each node once: its smallest depth, then its most direct exposure (positions are in BFS order).
  const { nodeStamp, nodeBest, hits } = sc;
  let h = 0;
  for (let q = 1; q < count; q++) {
    const s = slot[q];
    if (s === spec.root) continue;
    if (nodeStamp[s] !== gen) {
      nodeStamp[s] = gen;
      nodeBest[s] = h;
      hits[h++] = q;
    } else {
      const b = hits[nodeBest[s]];
      if (depth[q] === depth[b] && exposure[q] < exposure[b]) hits[nodeBest[s]] = q;
    }
  }
  // What is returned outlives the scratch (the next walk reuses it): copy out what was used.
  return {
    count,
    slot: slot.slice(0, count),
    up: up.slice(0, count),
    depth: depth.slice(0, count),
    exposure: exposure.slice(0, count),
    parent: parent.slice(0, count),
    viaType: viaType.slice(0, count),
    viaProv: viaProv.slice(0, count),
    viaForward: viaForward.slice(0, count),
    hits: hits.slice(0, h),
  };
}

/** A mark per slot with a generation stamp, for set membership in the report (reused). */
export function slotMarks(g: AnalysisGraph): { marks: Int32Array; gen: number } {
  const sc = scratchOf(g);
  const gen = sc.prepare(g.size);
  return { marks: sc.nodeStamp, gen };
}

/** The witness path of a position, from the root: each step as the relationship is stored. */
export function pathOf(g: AnalysisGraph, w: WalkResult, q: number): { from: string; type: string; to: string; provenance: number }[] {
  const steps: { from: string; type: string; to: string; provenance: number }[] = [];
  for (let cur = q; w.parent[cur] >= 0; cur = w.parent[cur]) {
    const child = g.ids[w.slot[cur]];
    const par = g.ids[w.slot[w.parent[cur]]];
    const forward = w.viaForward[cur] === 1;
    steps.push({ from: forward ? par : child, type: TYPE_CODES[w.viaType[cur]], to: forward ? child : par, provenance: w.viaProv[cur] });
  }
  return steps.reverse();
}
