/**
 * Similarity for the overlap and same-system rules, without comparing every pair.
 *
 * Score: weighted Jaccard, sum of the weights of the shared items over the sum of the weights of
 * all items. An item's weight is its inverse document frequency, ln(1 + N / df): two systems
 * that both hold citizen data (nearly every system does) say little; two that both build their own
 * payment module, or both computerise land administration, say a lot.
 *
 * Candidates: prefix filtering (Chaudhuri, Ganti, Kaushik 2006; Bayardo et al. 2007). Items are
 * ordered rarest first; each set is indexed only by its shortest prefix whose remaining weight is
 * below t × its total weight. If J(x, y) ≥ t, the first item x and y share (in that order) lies in
 * both prefixes: otherwise everything they share would weigh less than t × W(x) ≤ J × U. So pairs
 * that share no prefix item cannot reach t and are never scored. The result equals the brute-force
 * answer (tests/similarity.test.ts checks it on random sets).
 */

export interface ItemSet {
  id: string;
  items: readonly string[];
}

export interface SimilarPair {
  a: string;
  b: string;
  score: number;
  shared: string[];
  onlyA: string[];
  onlyB: string[];
}

export type Weights = (item: string) => number;

/** ln(1 + N/df) over the given sets. */
export function idfWeights(sets: readonly ItemSet[]): Weights {
  const df = new Map<string, number>();
  for (const s of sets) for (const i of new Set(s.items)) df.set(i, (df.get(i) ?? 0) + 1);
  const n = sets.length;
  return (i) => Math.log(1 + n / (df.get(i) ?? 1));
}

export const unitWeights: Weights = () => 1;

export function weightedJaccard(a: readonly string[], b: readonly string[], w: Weights): number {
  const sa = new Set(a);
  const sb = new Set(b);
  // Summed in one order (the items sorted), whatever order the sets come in: the same two sets
  // score the same to the last bit on every path (database or analysis graph).
  const all = [...new Set([...sa, ...sb])].sort();
  let shared = 0;
  let union = 0;
  for (const i of all) {
    const x = w(i);
    union += x;
    if (sa.has(i) && sb.has(i)) shared += x;
  }
  return union === 0 ? 0 : shared / union;
}

/**
 * Every pair with weighted Jaccard ≥ threshold (0 < threshold ≤ 1), each pair once (a < b).
 *
 * Items are interned as ranks in the global order, each set becomes a sorted Int32Array, and each
 * set's candidates are collected and verified at once (a mark array dedupes them), so the work is
 * one merge of two small sorted arrays per candidate, with no per-pair allocation; at national
 * scale that is millions of candidates. Accepted pairs are scored again with weightedJaccard, so
 * scores are bit-identical to pairsWith's.
 */
export function similarPairs(sets: readonly ItemSet[], w: Weights, threshold: number): SimilarPair[] {
  // Global order: heaviest first, then rarest (fewest sets), ties by key so the order is total and
  // deterministic. Any order gives the same pairs; rare items first give the fewest candidates
  // (with unit weights, as for names, only the frequency tells items apart).
  const df = new Map<string, number>();
  for (const s of sets) for (const i of new Set(s.items)) df.set(i, (df.get(i) ?? 0) + 1);
  const distinct = [...df.keys()];
  const weightOf = new Map(distinct.map((i) => [i, w(i)]));
  distinct.sort((x, y) => weightOf.get(y)! - weightOf.get(x)! || df.get(x)! - df.get(y)! || (x < y ? -1 : x > y ? 1 : 0));
  const rank = new Map(distinct.map((i, r) => [i, r]));
  const weight = Float64Array.from(distinct, (i) => weightOf.get(i)!);
  const ranked = sets.map((s) => Int32Array.from(new Set(s.items), (i) => rank.get(i)!).sort());
  const totals = ranked.map((items) => items.reduce((t, r) => t + weight[r], 0));
  const index = new Map<number, number[]>();
  const mark = new Int32Array(sets.length).fill(-1);
  const pairs: SimilarPair[] = [];
  const candidates: number[] = [];
  for (let k = 0; k < ranked.length; k++) {
    const items = ranked[k];
    const total = totals[k];
    if (total === 0) continue;
    candidates.length = 0;
    let rest = total;
    for (const item of items) {
      // This item is in the prefix: the weight after it may still reach t × total.
      rest -= weight[item];
      const list = index.get(item);
      if (list) {
        for (const j of list)
          if (mark[j] !== k) {
            mark[j] = k;
            candidates.push(j);
          }
        list.push(k);
      } else index.set(item, [k]);
      if (rest < threshold * total) break;
    }
    for (const j of candidates) {
      const other = ranked[j];
      let shared = 0;
      for (let x = 0, y = 0; x < items.length && y < other.length;) {
        if (items[x] === other[y]) {
          shared += weight[items[x]];
          x++;
          y++;
        } else if (items[x] < other[y]) x++;
        else y++;
      }
      const approx = shared / (total + totals[j] - shared);
      if (approx + 1e-9 < threshold) continue;
      const a = sets[j];
      const b = sets[k];
      const score = weightedJaccard(a.items, b.items, w);
      if (score + 1e-12 < threshold) continue;
      pairs.push(pairOf(a, b, score));
    }
  }
  return byScore(pairs);
}

/** A scored pair, its sets in id order, with what they share and what each has alone. */
function pairOf(a: ItemSet, b: ItemSet, score: number): SimilarPair {
  const [first, second] = a.id < b.id ? [a, b] : [b, a];
  const fs = new Set(first.items);
  const ss = new Set(second.items);
  return {
    a: first.id,
    b: second.id,
    score,
    shared: [...fs].filter((x) => ss.has(x)).sort(),
    onlyA: [...fs].filter((x) => !ss.has(x)).sort(),
    onlyB: [...ss].filter((x) => !fs.has(x)).sort(),
  };
}

/** Highest score first, then by ids. */
const byScore = (pairs: SimilarPair[]) => pairs.sort((p, q) => q.score - p.score || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : 1));

/** Dice over token sets: 2|A∩B| / (|A| + |B|). */
export function dice(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size + sb.size === 0) return 0;
  let shared = 0;
  for (const t of sa) if (sb.has(t)) shared++;
  return (2 * shared) / (sa.size + sb.size);
}

/** Dice ≥ d exactly when Jaccard ≥ d / (2 − d): lets similarPairs find Dice pairs. */
export const jaccardForDice = (d: number) => d / (2 - d);

/**
 * The pairs at or above the threshold that involve one of `only` (a proposal against the
 * catalogue): each of those sets scored against every other, linear in the catalogue, instead of
 * every pair of the province. Same answer as filtering similarPairs (tests/similarity.test.ts).
 */
export function pairsWith(sets: readonly ItemSet[], only: ReadonlySet<string>, w: Weights, threshold: number): SimilarPair[] {
  const out: SimilarPair[] = [];
  const seen = new Set<string>();
  for (const a of sets) {
    if (!only.has(a.id)) continue;
    for (const b of sets) {
      if (b.id === a.id) continue;
      const key = a.id < b.id ? `${a.id}\u0000${b.id}` : `${b.id}\u0000${a.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const score = weightedJaccard(a.items, b.items, w);
      if (score + 1e-12 < threshold) continue;
      out.push(pairOf(a, b, score));
    }
  }
  return byScore(out);
}
