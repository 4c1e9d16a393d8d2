/**
 * Rules 7–9 of a proposal against the catalogue of its province on the analysis graph — what
 * appraise() reads with catalogue.cypher on the database path: the entries that already
 * computerise its business domains (rule 7), and the pairs with an entry that overlaps it (rule 8)
 * or bears its name (rule 9), found through int item sets and scored exactly as the database path
 * scores them before the same rule functions make the findings.
 */
import { T } from '../analysis/graph.js';
import {
  RuleContext,
  OVERLAP_MIN_SHARED,
  OVERLAP_THRESHOLD,
  SAME_NAME_JACCARD,
  isSystemLike,
  nameTokens,
  overlapFinding,
  overlapItems,
  sameSystemFinding,
} from './checks.js';
import { candidatePairs, exactPair } from './graph-scan.js';
import { CK, ITEM_KIND, ITEM_PREFIXES, slotIndex, tokenCacheOf, type GraphFacts } from './on-graph.js';
import { rebuildsComputerisedDomain, type NamedNode, type ProposalInput } from './proposal.js';
import { unitWeights, type Weights } from './similarity.js';
import type { Finding, Subject } from './types.js';

export function proposalPairs(
  facts: GraphFacts,
  input: ProposalInput,
  nodes: ReadonlyMap<string, NamedNode>,
  me: Subject,
  province: string | null,
  pid: string,
  ctx: RuleContext,
): Finding[] {
  const g = facts.g;
  // The province's catalogue (exact name), or, for a proposal of no province, the entries of no
  // province (the only ones rules 8 and 9 compare it with; rule 7 also keeps its own province).
  const code = g.provinceCodeOf(province);
  const catalogue = (code < 0 ? [] : (slotIndex(g).componentsByProvince.get(code) ?? [])).filter((s) => facts.inCatalogue(s));
  const subjects = new Map<number, Subject>();
  const subject = (s: number) => {
    let x = subjects.get(s);
    if (!x) subjects.set(s, (x = facts.subject(s, true)));
    return x;
  };
  const byId = (a: Subject, b: Subject) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

  // Rule 7: the entries that computerise one of its business domains, as the catalogue lists them (by id).
  const inCatalogue = new Set(catalogue);
  const computerising = new Set<number>();
  for (const d of input.businessDomains ?? []) {
    const ds = g.slot(d);
    if (ds === undefined || !facts.nodeOk(ds)) continue;
    const inn = g.edges(ds, 'in');
    for (let i = 0; i < inn.length; i++)
      if (inn.type[i] === T.COMPUTERISES && facts.ok[inn.prov[i]] === 1 && inCatalogue.has(inn.peer[i])) computerising.add(inn.peer[i]);
  }
  const out: Finding[] = [...rebuildsComputerisedDomain(input, nodes, [...computerising].map(subject).sort(byId), pid)];

  // Rule 8: the catalogue's item sets with the proposal's, weighted over them all.
  const intOf = (item: string) => {
    const colon = item.indexOf(':');
    const t = g.slot(item.slice(colon + 1));
    return t === undefined ? -1 : t * 3 + ITEM_PREFIXES.indexOf(item.slice(0, colon) as never);
  };
  const sets: Int32Array[] = [];
  const slots: number[] = [];
  const OUT_KINDS = ITEM_KIND;
  for (const s of catalogue) {
    const e = g.edges(s, 'out');
    const items: number[] = [];
    for (let i = 0; i < e.length; i++)
      if (OUT_KINDS[e.type[i]] >= 0 && facts.ok[e.prov[i]] === 1 && facts.nodeOk(e.peer[i])) items.push(e.peer[i] * 3 + OUT_KINDS[e.type[i]]);
    if (items.length >= OVERLAP_MIN_SHARED) {
      sets.push(Int32Array.from(new Set(items)));
      slots.push(s);
    }
  }
  const mine = overlapItems(me);
  if (mine.length >= OVERLAP_MIN_SHARED && mine.every((i) => intOf(i) >= 0)) {
    sets.push(Int32Array.from(new Set(mine.map(intOf))));
    const df = new Map<number, number>();
    for (const x of sets) for (const i of x) df.set(i, (df.get(i) ?? 0) + 1);
    const n = sets.length;
    const w: Weights = (item) => Math.log(1 + n / (df.get(intOf(item)) ?? 1));
    const only = sets.map((_, i) => i === sets.length - 1);
    for (const [i, j] of candidatePairs(sets, df, (x) => Math.log(1 + n / df.get(x)!), OVERLAP_THRESHOLD, OVERLAP_MIN_SHARED, only)) {
      const other = subject(slots[i === sets.length - 1 ? j : i]);
      const p = exactPair(me.id, mine, other.id, overlapItems(other), w, OVERLAP_THRESHOLD);
      if (!p) continue;
      const f = p.a === me.id ? overlapFinding(me, other, p, ctx) : overlapFinding(other, me, p, ctx);
      if (f) out.push(f);
    }
  }

  // Rule 9: systems of the catalogue whose names match the proposal's.
  const tokens = tokenCacheOf(g);
  const myWords = nameTokens(me.name, me.province);
  if (myWords.length && isSystemLike(me)) {
    const named: Int32Array[] = [];
    const namedSlots: number[] = [];
    for (const s of catalogue) {
      const ck = g.componentKind[s];
      if (ck === CK.service || ck === CK.module) continue;
      const t = tokens.of(s);
      if (!t.length) continue;
      named.push(t);
      namedSlots.push(s);
    }
    named.push(tokens.codesOf(myWords));
    const df = new Map<number, number>();
    for (const x of named) for (const i of x) df.set(i, (df.get(i) ?? 0) + 1);
    const only = named.map((_, i) => i === named.length - 1);
    for (const [i, j] of candidatePairs(named, df, () => 1, SAME_NAME_JACCARD, 1, only)) {
      const other = subject(namedSlots[i === named.length - 1 ? j : i]);
      const p = exactPair(me.id, myWords, other.id, nameTokens(other.name, other.province), unitWeights, SAME_NAME_JACCARD);
      if (!p) continue;
      const f = p.a === me.id ? sameSystemFinding(me, other, p) : sameSystemFinding(other, me, p);
      if (f) out.push(f);
    }
  }
  return out;
}
