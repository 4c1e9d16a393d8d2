/**
 * The national duplication scan, kept current on the analysis graph: one result per provenance
 * filter, held in parts — the findings of rules 1–4 and 6 by entry, those of rules 8 and 9 by
 * province — and after a write only what it touched is rescored:
 *
 * - the entries it names, their neighbours (a finding quotes its neighbours' names, kinds and
 *   levels) and the entries that exchange data with a system whose owners changed (rule 3 reads
 *   the owners of what an entry exchanges with);
 * - rules 8 and 9 of the provinces those entries are in, or were in (rule 8's weights are over the
 *   whole province, so its pairs are scored again together);
 * - everything, when the rule context changed (a national database's authority, a platform, a
 *   data centre, a SOC): then every finding may change.
 *
 * The analysis service says what each applied change touched (AnalysisService.onApplied); a new
 * graph (rebuilt) starts a new result. Nothing is computed until asked for; parts are computed
 * when first needed (reuse candidates need no pairs of rule 8).
 */
import type { AnalysisGraph } from '../analysis/graph.js';
import type { AnalysisService } from '../analysis/service.js';
import { T } from '../analysis/graph.js';
import { GraphScan } from './graph-scan.js';
import { slotIndex } from './on-graph.js';
import type { Finding, Resource } from './types.js';

/** Above this share of the entries touched by changes, the result is computed again whole. */
const RESCORE_ALL_SHARE = 0.2;

interface Entry {
  graph: AnalysisGraph;
  provenance: string[];
  /** The rule context the parts were computed with (compared after changes). */
  contextKey: string;
  perSubject: Map<number, Finding[]> | null;
  /** Province code each entry of `perSubject` was in when scored (-1: not an entry), by slot. */
  bucketOf: Int32Array;
  overlap: Map<number, Finding[]>;
  same: Map<number, Finding[]>;
  /** Node ids touched by changes not yet rescored. */
  dirty: Set<string>;
}

export interface RescoreStats {
  /** Entries rescored, provinces whose pairs were scored again, and the time it took. */
  subjects: number;
  provinces: number;
  ms: number;
  full: boolean;
}

const contextKey = (rs: readonly Resource[]) =>
  JSON.stringify(rs.map((r) => [r.role, r.key, r.capability, r.id, r.name, r.nameEn, r.province, r.level, r.fact?.provenance ?? null]));

export class ScanCache {
  private readonly entries = new Map<string, Entry>();
  private readonly unsubscribe: () => void;
  /** The last rescore (benchmarks and tests read it). */
  lastRescore: RescoreStats | null = null;

  constructor(service: AnalysisService) {
    this.unsubscribe = service.onApplied(({ graph, ids }) => {
      for (const e of this.entries.values()) if (e.graph === graph) for (const id of ids) e.dirty.add(id);
    });
  }

  stop() {
    this.unsubscribe();
  }

  /** Drops every result (benchmarks: time a scan from nothing). */
  clear() {
    this.entries.clear();
  }

  private entry(g: AnalysisGraph, provenance: readonly string[]): { entry: Entry; scan: GraphScan } {
    const key = [...provenance].sort().join(',');
    let e = this.entries.get(key);
    const scan = new GraphScan(g, provenance);
    const ctxKey = contextKey(scan.facts.context());
    if (e && e.graph === g && e.dirty.size) this.rescore(e, scan, ctxKey);
    if (!e || e.graph !== g || e.contextKey !== ctxKey) {
      e = {
        graph: g,
        provenance: [...provenance],
        contextKey: ctxKey,
        perSubject: null,
        bucketOf: new Int32Array(0),
        overlap: new Map(),
        same: new Map(),
        dirty: new Set(),
      };
      this.entries.set(key, e);
    }
    return { entry: e, scan };
  }

  /** Entries of the graph by province code, as the national scan reads them (exact province). */
  private buckets(g: AnalysisGraph, scan: GraphScan): Map<number, number[]> {
    const out = new Map<number, number[]>();
    for (const [code, comps] of slotIndex(g).componentsByProvince) {
      const subjects = comps.filter((s) => scan.facts.isSubject(s));
      if (subjects.length) out.set(code, subjects);
    }
    return out;
  }

  private ensurePerSubject(e: Entry, scan: GraphScan) {
    if (e.perSubject) return;
    const g = e.graph;
    e.perSubject = new Map();
    e.bucketOf = new Int32Array(g.size).fill(-1);
    for (const [code, subjects] of this.buckets(g, scan)) {
      for (const s of subjects) {
        e.bucketOf[s] = code;
        const f = scan.perSubject(s);
        if (f.length) e.perSubject.set(s, f);
      }
    }
  }

  /**
   * The whole country's findings under this provenance filter (sources still pending), for the
   * rules asked (default all catalogue rules).
   */
  national(g: AnalysisGraph, provenance: readonly string[], rules?: ReadonlySet<string>): Finding[] {
    const { entry: e, scan } = this.entry(g, provenance);
    const want = (code: string) => !rules || rules.has(code);
    this.ensurePerSubject(e, scan);
    let out: Finding[] = [];
    for (const fs of e.perSubject!.values()) for (const f of fs) if (want(f.rule)) out.push(f);
    if (want('overlap') || want('same-system-twice')) {
      for (const [code, subjects] of this.buckets(g, scan)) {
        if (want('overlap')) {
          let f = e.overlap.get(code);
          if (!f) e.overlap.set(code, (f = scan.overlaps(subjects)));
          out = out.concat(f);
        }
        if (want('same-system-twice')) {
          let f = e.same.get(code);
          if (!f) e.same.set(code, (f = scan.sameSystem(subjects)));
          out = out.concat(f);
        }
      }
    }
    return out;
  }

  /** Rescores what the changes since the last call touched (see the module comment). */
  private rescore(e: Entry, scan: GraphScan, ctxKey: string) {
    const t0 = performance.now();
    const g = e.graph;
    const dirty = e.dirty;
    e.dirty = new Set();
    if (ctxKey !== e.contextKey || !e.perSubject) {
      // The context changed (or nothing was computed yet): the next read computes it again whole.
      e.contextKey = '';
      this.lastRescore = { subjects: 0, provinces: 0, ms: performance.now() - t0, full: true };
      return;
    }
    const touched = new Set<number>();
    const add = (s: number) => touched.add(s);
    for (const id of dirty) {
      const s = g.slotEver(id);
      if (s === undefined) continue;
      add(s);
      // A deleted node: its own findings go (below); its former neighbours are among the ids.
      if (g.deleted[s]) continue;
      for (const dir of ['out', 'in'] as const) {
        const l = g.edges(s, dir);
        for (let i = 0; i < l.length; i++) add(l.peer[i]);
      }
      // Rule 3 reads the owners of what an entry exchanges with: a change to an owner reaches the
      // entries exchanging with the systems it owns.
      const owned = g.edges(s, 'in');
      for (let i = 0; i < owned.length; i++) {
        if (owned.type[i] !== T.OWNED_BY) continue;
        const users = g.edges(owned.peer[i], 'in');
        for (let j = 0; j < users.length; j++) if (users.type[j] === T.USES_DATA_FROM || users.type[j] === T.CONNECTS_TO) add(users.peer[j]);
      }
    }
    if (touched.size > RESCORE_ALL_SHARE * Math.max(1, e.perSubject.size + 1000) && touched.size > 5000) {
      e.contextKey = '';
      this.lastRescore = { subjects: touched.size, provinces: 0, ms: performance.now() - t0, full: true };
      return;
    }
    if (e.bucketOf.length < g.size) {
      const b = new Int32Array(g.size).fill(-1);
      b.set(e.bucketOf);
      e.bucketOf = b;
    }
    const provinces = new Set<number>();
    for (const s of touched) {
      const before = e.bucketOf[s];
      if (before >= 0) provinces.add(before);
      e.perSubject.delete(s);
      if (scan.facts.isSubject(s)) {
        e.bucketOf[s] = g.province[s];
        provinces.add(g.province[s]);
        const f = scan.perSubject(s);
        if (f.length) e.perSubject.set(s, f);
      } else e.bucketOf[s] = -1;
    }
    // Pairs: those provinces again, whole (cheap: rule 8's weights are the province's anyway).
    for (const code of provinces) {
      e.overlap.delete(code);
      e.same.delete(code);
    }
    this.lastRescore = { subjects: touched.size, provinces: provinces.size, ms: performance.now() - t0, full: false };
  }
}

const caches = new WeakMap<AnalysisService, ScanCache>();

/** The scan cache of an analysis service (one per server). */
export function scanCacheOf(service: AnalysisService): ScanCache {
  let c = caches.get(service);
  if (!c) caches.set(service, (c = new ScanCache(service)));
  return c;
}
