/**
 * The duplication scan on the analysis graph: the same rules (checks.ts), the same findings as the
 * database path, in a fraction of the time at national size.
 *
 * - Rules 1–4 and 6 look at one entry at a time: a quick test on the graph's int arrays says
 *   whether any of them can fire for it (a superset of those that do: the tests below mirror each
 *   rule's condition and never skip an entry a rule would fire on); only those entries are read as
 *   a `Subject` and run through the rules themselves.
 * - Rules 8 and 9 compare the entries of one province: their item sets (data held, business
 *   computerised, capabilities built; names' tokens) as int arrays, candidate pairs by prefix
 *   filtering plus the size filter (exact: never misses a pair at or above the threshold), the
 *   conditions that only prune (owners, links) tested on the graph, and the pairs left scored
 *   again exactly as the database path scores them (similarity.ts) before their finding is made
 *   by the same function (overlapFinding, sameSystemFinding).
 */
import { T, type AdjView, type AnalysisGraph } from '../analysis/graph.js';
import {
  OVERLAP_MIN_SHARED,
  OVERLAP_THRESHOLD,
  RuleContext,
  SAME_NAME_JACCARD,
  bypassesLgsp,
  hostedOutsideDatacentre,
  nameTokens,
  noDataSharing,
  overlapFinding,
  overlapItems,
  rebuildsNationalData,
  reimplementsSharedService,
  sameSystemFinding,
} from './checks.js';
import { CK, GraphFacts, ITEM_KIND, ITEM_PREFIXES, K, tokenCacheOf, type SlotContext } from './on-graph.js';
import { unitWeights, weightedJaccard, type SimilarPair, type Weights } from './similarity.js';
import type { Finding, Subject } from './types.js';

const NO_ITEMS = { items: new Int32Array(0), count: 0 };
const LINK = new Uint8Array(256);
for (const t of ['USES_DATA_FROM', 'CONNECTS_TO', 'REUSES', 'MERGED_INTO', 'PART_OF', 'SUCCEEDED_BY']) LINK[T[t]] = 1;

export const PER_SUBJECT_RULES = [
  'rebuilds-national-data',
  'reimplements-shared-service',
  'bypasses-lgsp',
  'hosted-outside-datacentre',
  'no-data-sharing',
] as const;

/** One scan's view: the graph under one provenance filter, with its rule context. */
export class GraphScan {
  readonly facts: GraphFacts;
  readonly ctx: RuleContext;
  readonly slots: SlotContext;
  /** Subjects read during this scan (pairs share entries). */
  private readonly subjects = new Map<number, Subject>();

  constructor(
    readonly g: AnalysisGraph,
    readonly provenance: readonly string[],
  ) {
    this.facts = new GraphFacts(g, provenance);
    const resources = this.facts.context();
    this.ctx = new RuleContext(resources);
    this.slots = this.facts.slotContext(resources);
  }

  subject(s: number): Subject {
    let x = this.subjects.get(s);
    if (!x) this.subjects.set(s, (x = this.facts.subject(s)));
    return x;
  }

  // ─── Rules 1–4, 6 ──────────────────────────────────────────────────────────────────────────

  /** Rules 1–4 and 6 on one entry (a subject slot): the findings, as scanCatalogue gives them. */
  perSubject(s: number, wanted?: ReadonlySet<string>): Finding[] {
    if (!this.mayFire(s, wanted)) return [];
    const x = this.subject(s);
    const want = (code: string) => !wanted || wanted.has(code);
    const out: Finding[] = [];
    if (want('rebuilds-national-data')) out.push(...rebuildsNationalData(x, this.ctx));
    if (want('reimplements-shared-service')) out.push(...reimplementsSharedService(x, this.ctx));
    if (want('bypasses-lgsp')) out.push(...bypassesLgsp(x, this.ctx));
    if (want('hosted-outside-datacentre')) out.push(...hostedOutsideDatacentre(x, this.ctx));
    if (want('no-data-sharing')) out.push(...noDataSharing(x, this.ctx));
    return out;
  }

  /** Scratch adjacency views (allocation-free reads of the CSR or an overlay). */
  private readonly v1: AdjView = { peer: new Int32Array(0), type: new Uint8Array(0), prov: new Uint8Array(0), start: 0, end: 0 };
  private readonly v2: AdjView = { peer: new Int32Array(0), type: new Uint8Array(0), prov: new Uint8Array(0), start: 0, end: 0 };

  /**
   * Whether rule 1, 2, 3, 4 or 6 may fire on this entry: each test below is the rule's own
   * condition read from the int arrays, or a looser one; never stricter.
   */
  mayFire(s: number, wanted?: ReadonlySet<string>): boolean {
    const g = this.g;
    const ok = this.facts.ok;
    const want = (code: string) => !wanted || wanted.has(code);
    const province = g.provinceOf(s);
    const national = g.levelOf(s) === 'national';
    const v = g.view(s, 'out', this.v1);
    let holds = false;
    let hasOwner = false;
    let hostedElsewhere = false;
    let integrates = false;
    let exchanges = false;
    const dcs = province !== null ? this.slots.datacentres.get(province) : undefined;
    for (let i = v.start; i < v.end; i++) {
      if (ok[v.prov[i]] !== 1) continue;
      const t = v.peer[i];
      if (!this.facts.nodeOk(t)) continue;
      const ty = v.type[i];
      if (ty === T.HOLDS_DATA) {
        holds = true;
        // Rule 1: data a national database is authoritative for, and no USES_DATA_FROM to one of them.
        const auth = this.slots.authorities.get(t);
        if (auth && want('rebuilds-national-data') && !this.usesAny(s, auth)) return true;
      } else if (ty === T.BUILDS_OWN) {
        // Rule 2: a capability a platform of its province or a national one provides.
        if (want('reimplements-shared-service') && (this.slots.providers.get(t) ?? []).some((p) => p.province === null || p.province === province)) return true;
      } else if (ty === T.OWNED_BY) hasOwner = true;
      else if (ty === T.HOSTED_ON) {
        if (!dcs?.has(t)) hostedElsewhere = true;
      } else if (ty === T.INTEGRATES_VIA) {
        if (this.slots.integration.has(t)) integrates = true;
      } else if (ty === T.USES_DATA_FROM || ty === T.CONNECTS_TO) exchanges = true;
    }
    // Rule 3: an exchange with no platform in between, to another owner's system or a national one.
    if (hasOwner && exchanges && want('bypasses-lgsp') && this.mayBypass(s)) return true;
    if (!national && province !== null) {
      // Rule 4: hosted outside (the rule then looks at the reason and the SOC).
      if (want('hosted-outside-datacentre') && (g.hostingOf(s) === 'outside' || hostedElsewhere)) return true;
      // Rule 6: holds data nobody takes and offers none through an integration platform.
      const ck = g.componentKind[s];
      if (want('no-data-sharing') && holds && !integrates && ck !== CK.platform && ck !== CK.module && !this.usedByAny(s)) return true;
    }
    return false;
  }

  /** Whether s USES_DATA_FROM one of these (allowed relationship and node provenance). */
  private usesAny(s: number, targets: readonly number[]): boolean {
    const v = this.g.view(s, 'out', this.v2);
    for (let i = v.start; i < v.end; i++)
      if (v.type[i] === T.USES_DATA_FROM && this.facts.ok[v.prov[i]] === 1 && targets.includes(v.peer[i]) && this.facts.nodeOk(v.peer[i])) return true;
    return false;
  }

  /** Whether another node takes data from s (USES_DATA_FROM into it). */
  private usedByAny(s: number): boolean {
    const v = this.g.view(s, 'in', this.v2);
    for (let i = v.start; i < v.end; i++)
      if (v.type[i] === T.USES_DATA_FROM && v.peer[i] !== s && this.facts.ok[v.prov[i]] === 1 && this.facts.nodeOk(v.peer[i])) return true;
    return false;
  }

  /** Rule 3's condition, on the graph. */
  private mayBypass(s: number): boolean {
    const g = this.g;
    const ok = this.facts.ok;
    const v = g.view(s, 'out', this.v1);
    const owners: number[] = [];
    const parts: number[] = [];
    for (let i = v.start; i < v.end; i++) {
      if (ok[v.prov[i]] !== 1 || !this.facts.nodeOk(v.peer[i])) continue;
      if (v.type[i] === T.OWNED_BY) owners.push(v.peer[i]);
      else if (v.type[i] === T.PART_OF) parts.push(v.peer[i]);
    }
    for (let i = v.start; i < v.end; i++) {
      const ty = v.type[i];
      if ((ty !== T.USES_DATA_FROM && ty !== T.CONNECTS_TO) || ok[v.prov[i]] !== 1) continue;
      const t = v.peer[i];
      if (!this.facts.nodeOk(t) || this.slots.integration.has(t) || parts.includes(t) || g.attrsAt(s, 'out', i)?.via) continue;
      // The target's owners (any relationship provenance, allowed owners), as `toOwners`.
      const theirs: number[] = [];
      const w = g.view(t, 'out', this.v2);
      for (let j = w.start; j < w.end; j++) if (w.type[j] === T.OWNED_BY && this.facts.nodeOk(w.peer[j])) theirs.push(w.peer[j]);
      const other = theirs.length ? theirs.every((o) => !owners.includes(o)) : g.kind[t] === K.ndb || g.levelOf(t) === 'national';
      if (other) return true;
    }
    return false;
  }

  // ─── Rules 8, 9 ────────────────────────────────────────────────────────────────────────────

  /** Targets of `type` relationships out of `s` (allowed relationship and node provenance). */
  private targets(s: number, type: number): number[] {
    const out = this.g.edges(s, 'out');
    const r: number[] = [];
    for (let i = 0; i < out.length; i++) if (out.type[i] === type && this.facts.ok[out.prov[i]] === 1 && this.facts.nodeOk(out.peer[i])) r.push(out.peer[i]);
    return r;
  }

  private owners(s: number): number[] {
    return this.targets(s, T.OWNED_BY);
  }

  private held(s: number): number[] {
    return this.targets(s, T.HOLDS_DATA);
  }

  /** Whether a relationship that makes two entries not an overlap (data, reuse, merge, part, succession) joins them. */
  private linked(a: number, b: number): boolean {
    const g = this.g;
    for (const dir of ['out', 'in'] as const) {
      const l = g.edges(a, dir);
      for (let i = 0; i < l.length; i++) if (l.peer[i] === b && LINK[l.type[i]] && this.facts.ok[l.prov[i]] === 1) return true;
    }
    return false;
  }

  /** Rule 8's items of an entry as ints (target slot × 3 + kind), with how many facts they came from. */
  overlapItems(s: number): { items: Int32Array; count: number } {
    const v = this.g.view(s, 'out', this.v1);
    let items: number[] | null = null;
    for (let i = v.start; i < v.end; i++) {
      const k = ITEM_KIND[v.type[i]];
      if (k < 0 || this.facts.ok[v.prov[i]] !== 1 || !this.facts.nodeOk(v.peer[i])) continue;
      (items ??= []).push(v.peer[i] * 3 + k);
    }
    return items ? { items: Int32Array.from(new Set(items)), count: items.length } : NO_ITEMS;
  }

  private itemString(item: number): string {
    return `${ITEM_PREFIXES[item % 3]}:${this.g.ids[Math.floor(item / 3)]}`;
  }

  /**
   * Rule 8 over one bucket of entries (one province): every overlap finding among them. `only`:
   * just the pairs involving these slots (for a change), scored with the bucket's weights.
   */
  overlaps(bucket: readonly number[], only?: ReadonlySet<number>): Finding[] {
    const sets: { slot: number; items: Int32Array }[] = [];
    for (const s of bucket) {
      const x = this.overlapItems(s);
      if (x.count >= OVERLAP_MIN_SHARED) sets.push({ slot: s, items: x.items });
    }
    const df = new Map<number, number>();
    for (const x of sets) for (const i of x.items) df.set(i, (df.get(i) ?? 0) + 1);
    const n = sets.length;
    const weight = (i: number) => Math.log(1 + n / (df.get(i) ?? 1));
    const out: Finding[] = [];
    for (const [i, j] of candidatePairs(
      sets.map((x) => x.items),
      df,
      weight,
      OVERLAP_THRESHOLD,
      OVERLAP_MIN_SHARED,
      only ? sets.map((x) => only.has(x.slot)) : undefined,
    )) {
      const a = sets[i].slot;
      const b = sets[j].slot;
      // What only prunes, on the graph first: both owned, by no common owner, not linked.
      const oa = this.owners(a);
      const ob = this.owners(b);
      if (!oa.length || !ob.length || oa.some((o) => ob.includes(o)) || this.linked(a, b) || this.linked(b, a)) continue;
      // The pair as the database path scores it: string items, the same weights.
      const w: Weights = (item) => {
        const [prefix, id] = [item.slice(0, item.indexOf(':')), item.slice(item.indexOf(':') + 1)];
        const t = this.g.slot(id);
        return t === undefined ? Math.log(1 + n) : weight(t * 3 + ITEM_PREFIXES.indexOf(prefix as never));
      };
      const sa = this.subject(a);
      const sb = this.subject(b);
      const p = exactPair(sa.id, overlapItems(sa), sb.id, overlapItems(sb), w, OVERLAP_THRESHOLD);
      if (!p) continue;
      const [first, second] = p.a === sa.id ? [sa, sb] : [sb, sa];
      const f = overlapFinding(first, second, p, this.ctx);
      if (f) out.push(f);
    }
    return out;
  }

  /** Rule 9 over one bucket of entries (one province); `only` as for overlaps. */
  sameSystem(bucket: readonly number[], only?: ReadonlySet<number>): Finding[] {
    const g = this.g;
    const tokens = tokenCacheOf(g);
    const sets: { slot: number; items: Int32Array }[] = [];
    for (const s of bucket) {
      const ck = g.componentKind[s];
      if (ck === CK.service || ck === CK.module) continue;
      const items = tokens.of(s);
      if (items.length) sets.push({ slot: s, items });
    }
    const df = new Map<number, number>();
    for (const x of sets) for (const i of x.items) df.set(i, (df.get(i) ?? 0) + 1);
    const out: Finding[] = [];
    for (const [i, j] of candidatePairs(
      sets.map((x) => x.items),
      df,
      () => 1,
      SAME_NAME_JACCARD,
      1,
      only ? sets.map((x) => only.has(x.slot)) : undefined,
    )) {
      const a = sets[i].slot;
      const b = sets[j].slot;
      if (this.linked(a, b) || this.linked(b, a)) continue;
      const oa = this.owners(a);
      const ob = this.owners(b);
      if (!oa.some((o) => ob.includes(o))) {
        const ha = this.held(a);
        const hb = this.held(b);
        if (!ha.some((h) => hb.includes(h))) continue;
      }
      const sa = this.subject(a);
      const sb = this.subject(b);
      const p = exactPair(sa.id, nameTokens(sa.name, sa.province), sb.id, nameTokens(sb.name, sb.province), unitWeights, SAME_NAME_JACCARD);
      if (!p) continue;
      const [first, second] = p.a === sa.id ? [sa, sb] : [sb, sa];
      const f = sameSystemFinding(first, second, p);
      if (f) out.push(f);
    }
    return out;
  }
}

/**
 * A pair as similarPairs and pairsWith report it (first id first; score, shared and the rest
 * sorted), or null below the threshold: the same arithmetic on the same strings.
 */
export function exactPair(aId: string, aItems: readonly string[], bId: string, bItems: readonly string[], w: Weights, threshold: number): SimilarPair | null {
  const score = weightedJaccard(aItems, bItems, w);
  if (score + 1e-12 < threshold) return null;
  const [first, second] = aId < bId ? [aItems, bItems] : [bItems, aItems];
  const fs = new Set(first);
  const ss = new Set(second);
  return {
    a: aId < bId ? aId : bId,
    b: aId < bId ? bId : aId,
    score,
    shared: [...fs].filter((x) => ss.has(x)).sort(),
    onlyA: [...fs].filter((x) => !ss.has(x)).sort(),
    onlyB: [...ss].filter((x) => !fs.has(x)).sort(),
  };
}

/**
 * Candidate pairs (indexes into `sets`) whose weighted Jaccard may reach `threshold` and that share
 * at least `minShared` items: prefix filtering (items ordered heaviest, then rarest first; each set
 * indexed by the shortest prefix whose remaining weight is below threshold × its total) and the
 * size filter (J ≤ min/max of the totals), verified by one merge each with a 1e-9 slack. Never
 * misses a pair at or above the threshold (README "Similarity"). `only`: just the pairs with at
 * least one flagged set.
 */
export function candidatePairs(
  sets: readonly Int32Array[],
  df: ReadonlyMap<number, number>,
  weightOf: (item: number) => number,
  threshold: number,
  minShared: number,
  only?: readonly boolean[],
): [number, number][] {
  const distinct = [...df.keys()];
  const w = new Map(distinct.map((i) => [i, weightOf(i)]));
  distinct.sort((x, y) => w.get(y)! - w.get(x)! || df.get(x)! - df.get(y)! || x - y);
  const rank = new Map(distinct.map((i, r) => [i, r]));
  const weight = Float64Array.from(distinct, (i) => w.get(i)!);
  const ranked = sets.map((items) => Int32Array.from(items, (i) => rank.get(i)!).sort());
  const totals = Float64Array.from(ranked, (items) => items.reduce((t, r) => t + weight[r], 0));
  const lists: (number[] | undefined)[] = new Array(distinct.length);
  const mark = new Int32Array(sets.length).fill(-1);
  const out: [number, number][] = [];
  const candidates: number[] = [];
  // With `only`, the flagged sets are probed against every set: index every set whole (no prefix
  // cut is needed for correctness of a one-sided probe, and the flagged sets are few).
  const order = only ? [...sets.keys()].sort((a, b) => Number(only[a]) - Number(only[b])) : [...sets.keys()];
  for (const k of order) {
    const items = ranked[k];
    const total = totals[k];
    if (total === 0) continue;
    candidates.length = 0;
    let rest = total;
    const probe = !only || only[k];
    for (const item of items) {
      rest -= weight[item];
      const list = lists[item];
      if (list) {
        if (probe)
          for (const j of list)
            if (mark[j] !== k) {
              mark[j] = k;
              candidates.push(j);
            }
        list.push(k);
      } else lists[item] = [k];
      if (!only && rest < threshold * total - 1e-9) break;
    }
    for (const j of candidates) {
      const tj = totals[j];
      if (Math.min(tj, total) < threshold * Math.max(tj, total) - 1e-9) continue;
      const other = ranked[j];
      let shared = 0;
      let count = 0;
      for (let x = 0, y = 0; x < items.length && y < other.length;) {
        if (items[x] === other[y]) {
          shared += weight[items[x]];
          count++;
          x++;
          y++;
        } else if (items[x] < other[y]) x++;
        else y++;
      }
      if (count < minShared) continue;
      if (shared / (total + tj - shared) + 1e-9 < threshold) continue;
      out.push(j < k ? [j, k] : [k, j]);
    }
  }
  return out;
}

/** Rules 1–4, 6 over many entries, and the buckets for rules 8 and 9. */
export function bucketsOf(g: AnalysisGraph, slots: readonly number[], key: (s: number) => string | number): Map<string | number, number[]> {
  const m = new Map<string | number, number[]>();
  for (const s of slots) {
    const k = key(s);
    const b = m.get(k);
    if (b) b.push(s);
    else m.set(k, [s]);
  }
  void g;
  return m;
}
