/**
 * Name order for the analysis graph: every slot's position in the order of (name, id) under the
 * Vietnamese collation, the order results are listed in. Sorting a million names with
 * Intl.Collator takes ~10 s, so it runs once per build in a worker thread; after that a new or
 * renamed node is inserted by binary search (O(log n) comparisons plus one array shift), and a
 * large batch of changes simply recomputes in the worker. Until an order is available, callers
 * sort with the collator directly (correct, slower for large results).
 */
import { Worker } from 'node:worker_threads';
import type { AnalysisGraph } from './graph.js';

export const VI = new Intl.Collator('vi');

/** Compares two slots by name, then id (the total order results use). */
export function compareSlots(g: AnalysisGraph, a: number, b: number): number {
  return VI.compare(g.names[a], g.names[b]) || (g.ids[a] < g.ids[b] ? -1 : g.ids[a] > g.ids[b] ? 1 : 0);
}

export interface NameOrder {
  /** Slots (live ones) in name order. */
  byName: Int32Array;
  /** Position of each slot in byName; -1 for slots not in it (deleted). */
  rank: Int32Array;
}

// The worker's source, kept in this file so it runs under plain Node without a TypeScript loader.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { names, ids } = workerData;
const c = new Intl.Collator('vi');
const n = names.length;
const order = new Int32Array(n);
for (let i = 0; i < n; i++) order[i] = i;
const byName = Array.from(order).sort((a, b) => c.compare(names[a], names[b]) || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
const out = Int32Array.from(byName);
parentPort.postMessage(out, [out.buffer]);
`;

/** Computes the name order of every live slot in a worker thread. */
export function computeNameOrder(g: AnalysisGraph): Promise<NameOrder> {
  const live: number[] = [];
  for (let s = 0; s < g.size; s++) if (!g.deleted[s]) live.push(s);
  const names = live.map((s) => g.names[s]);
  const ids = live.map((s) => g.ids[s]);
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER, { eval: true, workerData: { names, ids } });
    w.once('message', (sorted: Int32Array) => {
      const byName = new Int32Array(sorted.length);
      const rank = new Int32Array(g.size).fill(-1);
      for (let i = 0; i < sorted.length; i++) {
        const s = live[sorted[i]];
        byName[i] = s;
        rank[s] = i;
      }
      void w.terminate();
      resolve({ byName, rank });
    });
    w.once('error', reject);
  });
}

/**
 * Places one slot (new, renamed or undeleted) in an existing order, in place when possible.
 * Returns the updated order (arrays may be reallocated).
 */
export function placeInOrder(g: AnalysisGraph, order: NameOrder, s: number): NameOrder {
  let { byName, rank } = order;
  if (rank.length < g.size) {
    const r = new Int32Array(Math.ceil(g.size * 1.25) + 16).fill(-1);
    r.set(rank);
    rank = r;
  }
  // Out with the old position, if any.
  const old = s < order.rank.length ? order.rank[s] : -1;
  let n = byName.length;
  if (old >= 0) {
    byName.copyWithin(old, old + 1, n);
    n--;
    for (let i = old; i < n; i++) rank[byName[i]] = i;
    rank[s] = -1;
  }
  if (g.deleted[s]) return { byName: byName.subarray(0, n), rank };
  // Binary search for the first slot that sorts after s.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareSlots(g, byName[mid], s) < 0) lo = mid + 1;
    else hi = mid;
  }
  const next =
    byName.buffer.byteLength >= (n + 1) * 4 && byName.byteOffset === 0
      ? new Int32Array(byName.buffer, 0, n + 1)
      : (() => {
          const b = new Int32Array(new ArrayBuffer(Math.ceil((n + 1) * 1.25) * 4 + 64), 0, n + 1);
          b.set(byName.subarray(0, n));
          return b;
        })();
  next.copyWithin(lo + 1, lo, n);
  next[lo] = s;
  for (let i = lo; i <= n; i++) rank[next[i]] = i;
  return { byName: next, rank };
}
