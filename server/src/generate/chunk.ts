/**
 * One chunk of the synthetic national architecture (the national part or one province): its nodes
 * and relationships in a fixed order, what it planted, and the near-identical-name guard its names
 * go through.
 */
import { nameTokens } from '../appraisal/checks.js';
import type { NodeRecord, RelRecord } from '../model/validate.js';

export const EXAMPLE = 'example';
export const MARK = 'Dữ liệu tổng hợp (ví dụ)';
export const isGenerated = (id: string) => id.includes(':gen-');

export interface ProvinceSummary {
  name: string;
  slug: string;
  communes: number;
  applications: number;
  databases: number;
  modules: number;
  services: number;
  communeServiceInstances: number;
  lgsp: string;
  datacentre: string;
  fromFixtures: Record<string, string>;
}

export interface Planted {
  rebuildsNationalData: number;
  buildsOwn: { sso: number; payment: number; signing: number; total: number };
  hostedOutside: { withoutReason: number; withReason: number; withReasonMonitored: number; total: number };
  bypassesLgsp: number;
  sameSystemTwice: { count: number; pairs: [string, string][] };
  cycles: number;
}

/** Near-identical-name guard: generated names of one owner, or sharing a data subject, stay below the appraisal rule's Dice 0.8. */
export class NameIndex {
  private readonly byKey = new Map<string, Set<string>[]>();
  private readonly reserved: Set<string>[] = [];
  constructor(private readonly province: string | null) {}
  tokens(name: string): Set<string> {
    return new Set(nameTokens(name, this.province));
  }
  reserve(name: string) {
    this.reserved.push(this.tokens(name));
  }
  /** True when `name` is not near-identical to any name under the given keys (owner id, `data:<slug>`) or reserved. */
  free(t: Set<string>, keys: readonly string[], except?: Set<string>): boolean {
    const near = (u: Set<string>) => u !== except && diceSets(t, u) >= 0.8;
    if (this.reserved.some(near)) return false;
    for (const k of keys) if (this.byKey.get(k)?.some(near)) return false;
    return true;
  }
  add(t: Set<string>, keys: readonly string[]) {
    for (const k of keys) {
      const list = this.byKey.get(k);
      if (list) list.push(t);
      else this.byKey.set(k, [t]);
    }
  }
}

export function diceSets(a: Set<string>, b: Set<string>): number {
  if (a.size + b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  // Dice ≥ 0.8 needs the smaller set to be at least 2/3 of the larger one.
  if (small.size * 3 < large.size * 2) return 0;
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

export interface ChunkOut {
  nodes: NodeRecord[];
  rels: RelRecord[];
  planted: Planted;
  summary?: ProvinceSummary;
  /** Names of nodes that can be targets of propagating edges (for the hub list). */
  names: Map<string, string>;
}

export function emptyPlanted(): Planted {
  return {
    rebuildsNationalData: 0,
    buildsOwn: { sso: 0, payment: 0, signing: 0, total: 0 },
    hostedOutside: { withoutReason: 0, withReason: 0, withReasonMonitored: 0, total: 0 },
    bypassesLgsp: 0,
    sameSystemTwice: { count: 0, pairs: [] },
    cycles: 0,
  };
}

export function addPlanted(into: Planted, p: Planted) {
  into.rebuildsNationalData += p.rebuildsNationalData;
  for (const k of ['sso', 'payment', 'signing', 'total'] as const) into.buildsOwn[k] += p.buildsOwn[k];
  for (const k of ['withoutReason', 'withReason', 'withReasonMonitored', 'total'] as const) into.hostedOutside[k] += p.hostedOutside[k];
  into.bypassesLgsp += p.bypassesLgsp;
  into.sameSystemTwice.count += p.sameSystemTwice.count;
  into.sameSystemTwice.pairs.push(...p.sameSystemTwice.pairs);
  into.cycles += p.cycles;
}

export class Chunk {
  readonly nodes: NodeRecord[] = [];
  readonly rels: RelRecord[] = [];
  readonly planted = emptyPlanted();
  readonly names = new Map<string, string>();
  private readonly seen = new Set<string>();
  constructor(private readonly phase: 'nodes' | 'rels') {}
  node(r: NodeRecord, keepName = true) {
    if (this.phase !== 'nodes') return;
    this.nodes.push(r);
    if (keepName) this.names.set(r.id, r.name);
  }
  /**
   * A relationship, unless both ends are fixture nodes or it was already stated. Both passes track
   * what was stated (only the relationship pass keeps the records), so that both draw the same
   * random numbers.
   */
  rel(type: string, from: string, to: string, via?: string) {
    if (!isGenerated(from) && !isGenerated(to)) return;
    const key = `${from}|${type}|${to}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (this.phase !== 'rels') return;
    this.rels.push(via ? { type, from, to, via, provenance: EXAMPLE } : { type, from, to, provenance: EXAMPLE });
  }
  has(type: string, from: string, to: string) {
    return this.seen.has(`${from}|${type}|${to}`);
  }
}

/** A generated component node. */
export const component = (id: string, name: string, componentKind: string, level: string, what: string, extra: Record<string, unknown> = {}): NodeRecord =>
  ({ id, kind: 'Component', name, ...extra, componentKind, level, provenance: EXAMPLE, description: `${MARK}: ${what}.` }) as NodeRecord;
