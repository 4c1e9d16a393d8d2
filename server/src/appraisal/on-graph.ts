/**
 * The facts the appraisal rules read, taken from the analysis graph (server/src/analysis/) instead
 * of Neo4j: catalogue entries as `Subject`s, the rule context (authorities, providers, data
 * centres, SOCs), the nodes a proposal names, and the item sets the pairwise rules compare (data
 * held, business computerised, capabilities built; names' tokens) as int arrays.
 *
 * Every reading here mirrors one of the Cypher queries it stands in for (named at each function),
 * filter for filter, so the rules in checks.ts and proposal.ts decide exactly as on the database
 * path; tests/appraisal-graph.test.ts compares every finding of both. Sources and quotes are not in
 * the graph: facts carry `PENDING_SOURCES`, and the sources of the findings actually returned are
 * read from Neo4j afterwards (fillSources).
 */
import { COMPONENT_KIND_CODE, KIND_CODE, PROVENANCE_CODE, T, type AnalysisGraph, type EdgeList } from '../analysis/graph.js';
import type { Database } from '../db/database.js';
import { nameTokens, normalizeSubject, parseSources } from './checks.js';
import type { NamedNode } from './proposal.js';
import type { Evidence, EvidenceStep, Exchange, Fact, Finding, Resource, Source, Subject, TargetFact } from './types.js';

/**
 * The sources of a fact read from the analysis graph: not known yet (the graph holds no quotes).
 * A marker compared by identity; `fillSources` replaces it with the stored sources.
 */
export const PENDING_SOURCES: Source[] = Object.freeze([] as Source[]) as Source[];

/** A provenance filter as a mask over provenance codes. */
export function provenanceMask(list: readonly string[]): Uint8Array {
  const m = new Uint8Array(256);
  for (const p of list) {
    const c = PROVENANCE_CODE.get(p);
    if (c !== undefined) m[c] = 1;
  }
  return m;
}

const kindCode = (k: string) => KIND_CODE.get(k) ?? -1;
const ckCode = (k: string) => COMPONENT_KIND_CODE.get(k) ?? -1;
export const K = {
  component: kindCode('Component'),
  ndb: kindCode('NationalDatabase'),
  architecture: kindCode('Architecture'),
  domain: kindCode('DataDomain'),
  service: kindCode('SharedService'),
} as const;
export const CK = {
  datacentre: ckCode('datacentre'),
  operations: ckCode('operations-centre'),
  infrastructure: ckCode('infrastructure'),
  service: ckCode('service'),
  module: ckCode('module'),
  platform: ckCode('platform'),
} as const;

const mask = (types: string[]) => {
  const m = new Uint8Array(256);
  for (const t of types) m[T[t]] = 1;
  return m;
};
/** subjects.cypher's `facts`, `exchanges` and `linked` relationship types; catalogue.cypher's facts. */
const FACT = mask(['HOLDS_DATA', 'COMPUTERISES', 'BUILDS_OWN', 'INTEGRATES_VIA', 'HOSTED_ON', 'MONITORED_BY', 'PART_OF']);
const CATALOGUE_FACT = mask(['HOLDS_DATA', 'COMPUTERISES', 'BUILDS_OWN']);
const EXCHANGE = mask(['USES_DATA_FROM', 'CONNECTS_TO']);
const LINK = mask(['USES_DATA_FROM', 'CONNECTS_TO', 'REUSES', 'MERGED_INTO', 'PART_OF', 'SUCCEEDED_BY']);
/** Rule 8's items: the fact type's code → the item's prefix index (data, business, builds). */
export const ITEM_KIND = new Int8Array(256).fill(-1);
ITEM_KIND[T.HOLDS_DATA] = 0;
ITEM_KIND[T.COMPUTERISES] = 1;
ITEM_KIND[T.BUILDS_OWN] = 2;
export const ITEM_PREFIXES = ['data', 'business', 'builds'] as const;

/** The slots a few analyses start from, found in one pass over the graph and kept until it changes. */
interface SlotIndex {
  version: number;
  domains: number[];
  services: number[];
  datacentres: number[];
  operations: number[];
  /** Component slots by province code (every component, whatever its kind or provenance). */
  componentsByProvince: Map<number, number[]>;
}
const slotIndexes = new WeakMap<AnalysisGraph, SlotIndex>();

export function slotIndex(g: AnalysisGraph): SlotIndex {
  const hit = slotIndexes.get(g);
  if (hit && hit.version === g.version) return hit;
  const x: SlotIndex = { version: g.version, domains: [], services: [], datacentres: [], operations: [], componentsByProvince: new Map() };
  for (let s = 0; s < g.size; s++) {
    if (g.deleted[s]) continue;
    const k = g.kind[s];
    if (k === K.component) {
      const p = g.province[s];
      const list = x.componentsByProvince.get(p);
      if (list) list.push(s);
      else x.componentsByProvince.set(p, [s]);
      const ck = g.componentKind[s];
      if (ck === CK.datacentre) x.datacentres.push(s);
      else if (ck === CK.operations) x.operations.push(s);
    } else if (k === K.domain) x.domains.push(s);
    else if (k === K.service) x.services.push(s);
  }
  slotIndexes.set(g, x);
  return x;
}

/** The rule context by slot, for the quick tests of the scan (the same resources as RuleContext). */
export interface SlotContext {
  /** Data domain → the national databases authoritative for it. */
  authorities: Map<number, number[]>;
  /** Shared service → its providers (slot and province). */
  providers: Map<number, { slot: number; province: string | null }[]>;
  /** Integration platforms (providers of data sharing). */
  integration: Set<number>;
  /** Province → its data centres. */
  datacentres: Map<string, Set<number>>;
}

/**
 * Reads subjects, context and named nodes from one analysis graph under one provenance filter.
 * Cheap to make; holds nothing beyond a reusable scratch view.
 */
export class GraphFacts {
  readonly ok: Uint8Array;

  constructor(
    readonly g: AnalysisGraph,
    readonly provenance: readonly string[],
  ) {
    this.ok = provenanceMask(provenance);
  }

  nodeOk(s: number): boolean {
    return this.ok[this.g.provenance[s]] === 1;
  }

  /**
   * A catalogue entry the rules look at (subjects.cypher): a live component of an allowed
   * provenance that is built by an agency — not a data centre, an operations centre or plain
   * infrastructure (nor a component of no kind: `NOT null IN […]` is not true in Cypher).
   */
  isSubject(s: number): boolean {
    const g = this.g;
    if (g.deleted[s] || g.kind[s] !== K.component || this.ok[g.provenance[s]] !== 1) return false;
    const ck = g.componentKind[s];
    return ck !== 0 && ck !== CK.datacentre && ck !== CK.operations && ck !== CK.infrastructure;
  }

  private fact(type: number, from: number, to: number, prov: number): Fact {
    const g = this.g;
    return { type: TYPE_NAME[type], from: g.ids[from], to: g.ids[to], provenance: g.provenanceName(prov), sources: PENDING_SOURCES };
  }

  /** The ids of the agencies a node is OWNED_BY whose provenance is allowed (any relationship provenance), as subjects.cypher's `toOwners`. */
  private ownersAnyEdge(t: number): { ids: string[]; names: string[] } {
    const g = this.g;
    const out = g.edges(t, 'out');
    const ids: string[] = [];
    const names: string[] = [];
    for (let i = 0; i < out.length; i++)
      if (out.type[i] === T.OWNED_BY && this.nodeOk(out.peer[i])) {
        ids.push(g.ids[out.peer[i]]);
        names.push(g.names[out.peer[i]]);
      }
    return { ids, names };
  }

  private target(type: number, s: number, t: number, prov: number): TargetFact {
    const g = this.g;
    return {
      type: TYPE_NAME[type],
      to: g.ids[t],
      toName: g.names[t],
      toKind: g.kindOf(t),
      toComponentKind: g.componentKindOf(t),
      toProvince: g.provinceOf(t),
      toLevel: g.levelOf(t),
      capability: g.capabilityOf(t),
      fact: this.fact(type, s, t, prov),
    };
  }

  /**
   * One catalogue entry with every fact the rules read (subjects.cypher), or, with `catalogue`,
   * only what an appraisal compares a proposal with (catalogue.cypher: owners, data held, business
   * computerised, capabilities built, links; no exchanges or users). Normalised like the database
   * path's (normalizeSubject).
   */
  subject(s: number, catalogue = false): Subject {
    const g = this.g;
    const ok = this.ok;
    const id = g.ids[s];
    const owners: Subject['owners'] = [];
    const facts: TargetFact[] = [];
    const exchanges: Exchange[] = [];
    const usedBy: Subject['usedBy'] = [];
    const linked = new Set<string>();
    // A system or database joined either way by a linking relationship is not an overlap of it.
    const link = (edgeOk: boolean, ty: number, peer: number) => {
      if (edgeOk && LINK[ty] && (g.kind[peer] === K.component || g.kind[peer] === K.ndb)) linked.add(g.ids[peer]);
    };
    const out: EdgeList = g.edges(s, 'out');
    for (let i = 0; i < out.length; i++) {
      const t = out.peer[i];
      const ty = out.type[i];
      const edgeOk = ok[out.prov[i]] === 1;
      link(edgeOk, ty, t);
      if (!edgeOk || !this.nodeOk(t)) continue;
      if (ty === T.OWNED_BY) owners.push({ id: g.ids[t], name: g.names[t], fact: this.fact(ty, s, t, out.prov[i]) });
      else if (catalogue ? CATALOGUE_FACT[ty] : FACT[ty]) facts.push(this.target(ty, s, t, out.prov[i]));
      else if (!catalogue && EXCHANGE[ty]) {
        const { capability: _, ...rest } = this.target(ty, s, t, out.prov[i]);
        void _;
        const owners = this.ownersAnyEdge(t);
        exchanges.push({ ...rest, via: out.attrs?.[i]?.via ?? null, toOwners: owners.ids, toOwnerNames: owners.names });
      }
    }
    const inn: EdgeList = g.edges(s, 'in');
    for (let i = 0; i < inn.length; i++) {
      const u = inn.peer[i];
      const ty = inn.type[i];
      const edgeOk = ok[inn.prov[i]] === 1;
      link(edgeOk, ty, u);
      if (!catalogue && ty === T.USES_DATA_FROM && u !== s && edgeOk && this.nodeOk(u)) usedBy.push({ id: g.ids[u], fact: this.fact(ty, u, s, inn.prov[i]) });
    }
    return normalizeSubject({
      id,
      name: g.names[s],
      province: g.provinceOf(s),
      level: g.levelOf(s),
      componentKind: g.componentKindOf(s),
      hosting: g.hostingOf(s),
      hostingReason: g.hostingReasonOf(s),
      provenance: g.provenanceOf(s),
      owners,
      facts,
      exchanges,
      usedBy,
      linked: [...linked],
    });
  }

  /**
   * Whether a component is in an appraisal's catalogue (catalogue.cypher): a subject, and an
   * online public service only when it holds, computerises or builds something.
   */
  inCatalogue(s: number): boolean {
    if (!this.isSubject(s)) return false;
    if (this.g.componentKind[s] !== CK.service) return true;
    const g = this.g;
    const out = g.edges(s, 'out');
    for (let i = 0; i < out.length; i++) if (CATALOGUE_FACT[out.type[i]] && this.ok[out.prov[i]] === 1 && this.nodeOk(out.peer[i])) return true;
    return false;
  }

  /**
   * What the rules compare subjects with (context.cypher), in its order (role, key, id):
   * authorities, providers, data centres and SOCs.
   */
  context(): Resource[] {
    const g = this.g;
    const x = slotIndex(g);
    const rows: Resource[] = [];
    const node = (s: number) => ({ id: g.ids[s], name: g.names[s], nameEn: g.nameEnOf(s), province: g.provinceOf(s), level: g.levelOf(s) });
    for (const d of x.domains) {
      const inn = g.edges(d, 'in');
      for (let i = 0; i < inn.length; i++) {
        const n = inn.peer[i];
        if (inn.type[i] !== T.AUTHORITATIVE_FOR || this.ok[inn.prov[i]] !== 1 || !this.nodeOk(n)) continue;
        rows.push({ role: 'authority', key: g.ids[d], capability: null, ...node(n), fact: this.fact(T.AUTHORITATIVE_FOR, n, d, inn.prov[i]) });
      }
    }
    for (const sv of x.services) {
      const out = g.edges(sv, 'out');
      for (let i = 0; i < out.length; i++) {
        const p = out.peer[i];
        if (out.type[i] !== T.PROVIDED_BY || this.ok[out.prov[i]] !== 1 || !this.nodeOk(p)) continue;
        const n = node(p);
        rows.push({
          role: 'provider',
          key: g.ids[sv],
          capability: g.capabilityOf(sv),
          ...n,
          level: n.level ?? (n.province === null ? 'national' : null),
          fact: this.fact(T.PROVIDED_BY, sv, p, out.prov[i]),
        });
      }
    }
    for (const c of x.datacentres) if (this.nodeOk(c)) rows.push({ role: 'datacentre', key: g.provinceOf(c) ?? '', capability: null, ...node(c), fact: null });
    for (const c of x.operations)
      if (this.nodeOk(c) && g.abbreviationsOf(c).includes('SOC'))
        rows.push({ role: 'soc', key: g.provinceOf(c) ?? '', capability: null, ...node(c), fact: null });
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return rows.sort((a, b) => cmp(a.role, b.role) || cmp(a.key, b.key) || cmp(a.id, b.id));
  }

  /** The context by slot, for the scan's quick tests. */
  slotContext(resources: readonly Resource[]): SlotContext {
    const g = this.g;
    const c: SlotContext = { authorities: new Map(), providers: new Map(), integration: new Set(), datacentres: new Map() };
    for (const r of resources) {
      const s = g.slot(r.id);
      if (s === undefined) continue;
      if (r.role === 'authority') {
        const d = g.slot(r.key)!;
        c.authorities.set(d, [...(c.authorities.get(d) ?? []), s]);
      } else if (r.role === 'provider') {
        const sv = g.slot(r.key)!;
        c.providers.set(sv, [...(c.providers.get(sv) ?? []), { slot: s, province: r.province }]);
        if (r.capability === 'data-sharing') c.integration.add(s);
      } else if (r.role === 'datacentre') {
        const set = c.datacentres.get(r.key) ?? new Set<number>();
        set.add(s);
        c.datacentres.set(r.key, set);
      }
    }
    return c;
  }
}

/** Relationship type names by code. */
const TYPE_NAME: string[] = [];
for (const [name, code] of Object.entries(T)) TYPE_NAME[code] = name;

/** The nodes a proposal names (proposal-nodes.cypher), whatever their provenance. */
export function namedNodes(g: AnalysisGraph, ids: readonly string[]): Map<string, NamedNode> {
  const out = new Map<string, NamedNode>();
  for (const id of ids) {
    const s = g.slot(id);
    if (s === undefined) continue;
    const owners: string[] = [];
    const ownerNames: string[] = [];
    const e = g.edges(s, 'out');
    for (let i = 0; i < e.length; i++)
      if (e.type[i] === T.OWNED_BY) {
        owners.push(g.ids[e.peer[i]]);
        ownerNames.push(g.names[e.peer[i]]);
      }
    out.set(id, {
      id,
      kind: g.kindOf(s),
      name: g.names[s],
      nameEn: g.nameEnOf(s),
      province: g.provinceOf(s),
      level: g.levelOf(s),
      componentKind: g.componentKindOf(s),
      capability: g.capabilityOf(s),
      owners,
      ownerNames,
    });
  }
  return out;
}

/** Capability key or service id → service id (services-by-capability.cypher and loadServices). */
export function servicesOnGraph(g: AnalysisGraph): Map<string, string> {
  const slots = [...slotIndex(g).services].sort((a, b) => (g.ids[a] < g.ids[b] ? -1 : g.ids[a] > g.ids[b] ? 1 : 0));
  const services = new Map<string, string>();
  for (const s of slots) {
    const id = g.ids[s];
    const capability = String(g.capabilityOf(s));
    if (!services.has(capability) || id === `service:${capability}`) services.set(capability, id);
    services.set(id, id);
  }
  return services;
}

/** Interned name tokens (nameTokens) of the graph's components, kept per slot until the name or province changes. */
export class NameTokenCache {
  private readonly codes = new Map<string, number>();
  readonly words: string[] = [];
  private tokens: (Int32Array | undefined)[] = [];
  private names: (string | undefined)[] = [];
  private provinces: Int32Array = new Int32Array(0);

  constructor(readonly g: AnalysisGraph) {}

  /** A slot's name tokens as interned codes, distinct and sorted by code. */
  of(s: number): Int32Array {
    const g = this.g;
    if (this.provinces.length <= s) {
      const b = new Int32Array(Math.max(g.size, s + 1, this.provinces.length * 2)).fill(-1);
      b.set(this.provinces);
      this.provinces = b;
    }
    const hit = this.tokens[s];
    if (hit && this.names[s] === g.names[s] && this.provinces[s] === g.province[s]) return hit;
    const words = nameTokens(g.names[s], g.provinceOf(s));
    const codes = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      let c = this.codes.get(words[i]);
      if (c === undefined) {
        c = this.words.length;
        this.words.push(words[i]);
        this.codes.set(words[i], c);
      }
      codes[i] = c;
    }
    codes.sort();
    this.tokens[s] = codes;
    this.names[s] = g.names[s];
    this.provinces[s] = g.province[s];
    return codes;
  }

  /** Interned codes of some words (a proposal's name), distinct and sorted. */
  codesOf(words: readonly string[]): Int32Array {
    const codes = new Int32Array(new Set(words).size);
    let k = 0;
    for (const w of new Set(words)) {
      let c = this.codes.get(w);
      if (c === undefined) {
        c = this.words.length;
        this.words.push(w);
        this.codes.set(w, c);
      }
      codes[k++] = c;
    }
    return codes.sort();
  }

  /** Computes the tokens of many slots ahead of a scan. */
  warm(slots: Iterable<number>): void {
    for (const s of slots) this.of(s);
  }
}

const tokenCaches = new WeakMap<AnalysisGraph, NameTokenCache>();
export const tokenCacheOf = (g: AnalysisGraph) => {
  let c = tokenCaches.get(g);
  if (!c) tokenCaches.set(g, (c = new NameTokenCache(g)));
  return c;
};

// ─── Sources ───────────────────────────────────────────────────────────────────────────────────

const stepKey = (s: { from: { id: string }; type: string; to: { id: string } }) => `${s.from.id}\u0000${s.type}\u0000${s.to.id}`;

/** The relationships whose sources the findings still lack (facts read from the analysis graph). */
export function pendingSteps(findings: readonly Finding[]): { from: string; type: string; to: string }[] {
  const keys = new Map<string, { from: string; type: string; to: string }>();
  for (const f of findings)
    for (const e of f.evidence)
      for (const s of e.steps) if (s.sources === PENDING_SOURCES) keys.set(stepKey(s), { from: s.from.id, type: s.type, to: s.to.id });
  return [...keys.values()];
}

/**
 * The findings with the sources of their facts read from Neo4j (one query for all of them, in
 * chunks): copies, the findings given (often cached) are not changed.
 */
export async function fillSources(db: Database, findings: readonly Finding[]): Promise<Finding[]> {
  const steps = pendingSteps(findings);
  if (!steps.length) return [...findings];
  const found = new Map<string, Source[]>();
  const CHUNK = 5000;
  await db.readTransaction(async (tx) => {
    for (let i = 0; i < steps.length; i += CHUNK) {
      for (const r of await tx.run('analysis/relationship-sources', { steps: steps.slice(i, i + CHUNK) })) {
        const k = `${r.from}\u0000${r.type}\u0000${r.to}`;
        if (!found.has(k)) found.set(k, parseSources(r.sources as string | null));
      }
    }
  });
  return withSources(findings, (s) => found.get(stepKey(s)) ?? []);
}

/** Copies of the findings whose pending sources are replaced by `sourcesOf(step)`. */
export function withSources(findings: readonly Finding[], sourcesOf: (s: EvidenceStep) => Source[]): Finding[] {
  const step = (s: EvidenceStep): EvidenceStep => (s.sources === PENDING_SOURCES ? { ...s, sources: sourcesOf(s) } : s);
  const evidence = (e: Evidence): Evidence => (e.steps.some((s) => s.sources === PENDING_SOURCES) ? { ...e, steps: e.steps.map(step) } : e);
  return findings.map((f) => (f.evidence.some((e) => e.steps.some((s) => s.sources === PENDING_SOURCES)) ? { ...f, evidence: f.evidence.map(evidence) } : f));
}

/**
 * The entries a scoped scan looks at (subjects.cypher with a scope): of one province (exact name)
 * or all; with an architecture, what it INCLUDES plus what no architecture includes (the
 * departmental catalogue); with an agency, what it owns or operates. Relationship provenance is not
 * filtered there, as in the query.
 */
export function scopedSubjects(
  g: AnalysisGraph,
  facts: GraphFacts,
  scope: { province: string | null; architecture: string | null; agency: string | null },
): number[] {
  const x = slotIndex(g);
  let comps: number[];
  if (scope.province !== null) {
    const code = g.provinceCodeOf(scope.province);
    comps = code < 0 ? [] : (x.componentsByProvince.get(code) ?? []);
  } else comps = [...x.componentsByProvince.values()].flat();
  const arch = scope.architecture !== null ? g.slot(scope.architecture) : undefined;
  const archOk = arch !== undefined && g.kind[arch] === K.architecture;
  const agency = scope.agency !== null ? g.slot(scope.agency) : undefined;
  return comps.filter((s) => {
    if (!facts.isSubject(s)) return false;
    if (scope.architecture !== null) {
      const inn = g.edges(s, 'in');
      let byThis = false;
      let byAny = false;
      for (let i = 0; i < inn.length; i++) {
        if (inn.type[i] !== T.INCLUDES || g.kind[inn.peer[i]] !== K.architecture) continue;
        byAny = true;
        if (archOk && inn.peer[i] === arch) byThis = true;
      }
      if (!byThis && byAny) return false;
    }
    if (scope.agency !== null) {
      if (agency === undefined) return false;
      const out = g.edges(s, 'out');
      let found = false;
      for (let i = 0; i < out.length && !found; i++) found = (out.type[i] === T.OWNED_BY || out.type[i] === T.OPERATED_BY) && out.peer[i] === agency;
      if (!found) return false;
    }
    return true;
  });
}
