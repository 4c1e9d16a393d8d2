/**
 * Impact analysis: the request, its validation, the answer's shape, and the database walk.
 *
 * Impact normally runs on the in-memory analysis graph (server/src/analysis/). This file keeps the
 * walk in Cypher — breadth-first over the propagating relationships, one query per level
 * (cypher/impact/expand-*.cypher) inside one read transaction — as the fallback while a server's
 * analysis graph is being built, and as the oracle the analysis graph is tested against. Each node
 * is reported once, at its smallest depth, with one shortest witness path; the cost is linear in
 * the edges touched (we never enumerate paths).
 *
 * Why a frontier loop rather than one variable-length MATCH: Cypher quantifiers cannot take the
 * depth as a parameter, a var-length expand without a bound explores far beyond maxDepth, and the
 * loop lets us pick, among equally short parents, the one with the most direct exposure.
 *
 * Across provinces: the affected set is counted by province in one aggregation query
 * (cypher/impact/by-province.cypher), and the `provinces` filter, like `kinds`, narrows only what is
 * reported: the walk itself always crosses provinces.
 */
import type { Database, Tx } from '../db/database.js';
import { AkbError } from '../errors.js';
import { KIND_BY_NAME, PROPAGATING_TYPES, PROVENANCES, REL_BY_TYPE } from '../model/model.js';

export type ImpactDirection = 'DEPENDENTS' | 'DEPENDENCIES';
export type Exposure = 'DIRECT' | 'GROUP' | 'LAYER';
const EXPOSURE_NAMES: readonly Exposure[] = ['DIRECT', 'GROUP', 'LAYER'];

export const MAX_DEPTH = 10;
export const MAX_FIRST = 5000;
/** At most this many entries in the province filter. */
export const MAX_PROVINCES = 100;

export interface ImpactParams {
  id: string;
  direction: ImpactDirection;
  maxDepth?: number;
  relationshipTypes?: string[] | null;
  kinds?: string[] | null;
  provenance?: string[] | null;
  architecture?: string | null;
  /**
   * Report only affected nodes of these provinces; `null` in the list stands for nodes that belong
   * to no province (national things). The walk still crosses every province.
   */
  provinces?: (string | null)[] | null;
  /** Report only nodes exposed this way (DIRECT: "direct only"); totals and counts follow it. */
  exposure?: Exposure[] | null;
  first?: number;
  /** Cursor of the last hit of the previous page. */
  after?: string | null;
}

export interface PathStep {
  /** The relationship as stored: from its start node to its end node. */
  from: string;
  type: string;
  to: string;
  provenance: string;
  /** Its sources as stored (JSON); undefined when not read yet (the analysis graph keeps none). */
  sources: string | null | undefined;
}

/**
 * What the walk reads of each node it reaches: every field a view draws of it (the web's
 * `NodeSummary`), so a page of hits needs no second read of its nodes.
 */
export interface HeldNode {
  id: string;
  name: string;
  nameEn: string | null;
  kind: string;
  componentKind: string | null;
  province: string | null;
  provenance: string;
  abbreviations: readonly string[];
}

/** The fields of a node an impact answer holds (a selection of only these needs no database read). */
export const HELD_NODE_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'name',
  'nameEn',
  'kind',
  'componentKind',
  'province',
  'provenance',
  'abbreviations',
  '__typename',
]);

export interface ImpactHit extends HeldNode {
  depth: number;
  exposure: Exposure;
  path: PathStep[];
}

/** Counts over the affected set (see the filters' order in server/src/analysis/impact.ts). */
export interface ImpactSummary {
  total: number;
  byDepth: { depth: number; count: number }[];
  byExposure: { exposure: Exposure; count: number }[];
  byKind: { kind: string; componentKind: string | null; count: number }[];
  /** After `kinds` and `exposure`, before `provinces`. */
  byProvince: ProvinceCount[];
  /** Owners and operators of the reported nodes, plus the leads of the attached tasks and indicators. */
  byAgency: { id: string; count: number }[];
  byLayer: { id: string; count: number }[];
  /** Tasks targeting, and indicators measuring, the root or a reported node. */
  tasks: string[];
  indicators: string[];
}

/** An impact answer: one page of hits, the summary on demand, and every hit as a stream. */
export interface ImpactAnswer {
  rootId: string;
  /** Reported nodes, after every filter. */
  total: number;
  /** Position of the page's first hit. */
  offset: number;
  /** The page, ordered by depth, exposure, name. */
  hits: ImpactHit[];
  hasNextPage: boolean;
  /** Which engine answered, at which graph revision. */
  answeredBy: { analysisGraph: boolean; revision: number | null };
  /** The request it answers (validated once, at the edge). */
  params: ValidImpactParams;
  /** A node the answer already holds (the root, a hit, a counted agency or layer), as the views draw it. */
  held(id: string): HeldNode | undefined;
  summary(): Promise<ImpactSummary>;
  /** Every reported hit, in order (CSV and NDJSON exports). */
  all(): AsyncIterable<ImpactHit>;
}

export interface ImpactResult {
  rootId: string;
  /** Every affected node, ordered by depth, exposure, then name. */
  hits: ImpactHit[];
}

/** One collator for every sort: `localeCompare(…, 'vi')` builds one per call. */
const VI = new Intl.Collator('vi');

const EXPOSURE_RANK: Record<Exposure, number> = { DIRECT: 0, GROUP: 1, LAYER: 2 };

function edgeExposure(type: string): Exposure {
  return REL_BY_TYPE.get(type)?.exposure ?? 'DIRECT';
}

function worse(a: Exposure, b: Exposure): Exposure {
  return EXPOSURE_RANK[a] >= EXPOSURE_RANK[b] ? a : b;
}

export interface ValidImpactParams {
  id: string;
  direction: ImpactDirection;
  maxDepth: number;
  first: number;
  relationshipTypes: string[];
  provenance: string[];
  architecture: string | null;
  kinds: string[] | null;
  provinces: (string | null)[] | null;
  exposure: Exposure[] | null;
  /** Position of the first hit to return (from `after`). */
  offset: number;
}

export function validateImpactParams(p: ImpactParams): ValidImpactParams {
  const problems: { where: string; message: string; value?: unknown }[] = [];
  const maxDepth = p.maxDepth ?? 3;
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_DEPTH)
    problems.push({ where: 'maxDepth', message: `must be between 1 and ${MAX_DEPTH}`, value: maxDepth });
  const first = p.first ?? 500;
  if (!Number.isInteger(first) || first < 0 || first > MAX_FIRST)
    problems.push({ where: 'first', message: `must be between 0 and ${MAX_FIRST}`, value: first });
  const types = p.relationshipTypes ?? PROPAGATING_TYPES;
  for (const t of types)
    if (!PROPAGATING_TYPES.includes(t))
      problems.push({ where: 'relationshipTypes', message: `not an impact-propagating relationship type (${PROPAGATING_TYPES.join(', ')})`, value: t });
  const provenance = p.provenance ?? ['stated', 'inferred'];
  for (const v of provenance)
    if (!PROVENANCES.includes(v as never)) problems.push({ where: 'provenance', message: `must be one of ${PROVENANCES.join(', ')}`, value: v });
  for (const k of p.kinds ?? []) if (!KIND_BY_NAME.has(k)) problems.push({ where: 'kinds', message: 'not a kind of the model', value: k });
  if (p.provinces && p.provinces.length > MAX_PROVINCES)
    problems.push({ where: 'provinces', message: `at most ${MAX_PROVINCES} entries`, value: p.provinces.length });
  for (const v of p.provinces ?? [])
    if (v !== null && (typeof v !== 'string' || !v.trim() || v.length > 200))
      problems.push({ where: 'provinces', message: 'a province name (1–200 characters) or null for national nodes', value: v });
  if (p.direction !== 'DEPENDENTS' && p.direction !== 'DEPENDENCIES')
    problems.push({ where: 'direction', message: 'DEPENDENTS or DEPENDENCIES', value: p.direction });
  for (const e of p.exposure ?? [])
    if (!EXPOSURE_NAMES.includes(e)) problems.push({ where: 'exposure', message: `one of ${EXPOSURE_NAMES.join(', ')}`, value: e });
  let offset = 0;
  if (p.after != null) {
    const m = typeof p.after === 'string' ? /^o:(\d{1,9})$/.exec(Buffer.from(p.after, 'base64url').toString()) : null;
    if (m) offset = Number(m[1]) + 1;
    else problems.push({ where: 'after', message: 'not a cursor this API issued (use pageInfo.endCursor)', value: p.after });
  }
  if (problems.length) throw new AkbError('VALIDATION_FAILED', `impact: ${problems.map((x) => `${x.where} ${x.message}`).join('; ')}`, problems);
  return {
    id: p.id,
    direction: p.direction,
    maxDepth,
    first,
    relationshipTypes: types,
    provenance,
    kinds: p.kinds ?? null,
    architecture: p.architecture ?? null,
    provinces: p.provinces ?? null,
    exposure: p.exposure?.length ? p.exposure : null,
    offset,
  };
}

/** The cursor of the hit at `offset` (the same form as list cursors). */
export function impactCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

interface State {
  id: string;
  node: HeldNode | null;
  depth: number;
  up: boolean;
  exposure: Exposure;
  parent: string | null;
  via: PathStep | null;
}

/** A BFS state: a node, and whether the walk has gone up from a member to its group. */
const stateKey = (id: string, up: boolean) => (up ? `^${id}` : id);

/** Runs the breadth-first walk inside a transaction the caller owns. */
export async function walk(tx: Tx, p: ValidImpactParams): Promise<ImpactResult> {
  const query = p.direction === 'DEPENDENTS' ? 'impact/expand-dependents' : 'impact/expand-dependencies';
  // BFS over states (node, up): after going up from a member to its group some moves close, so a
  // node may be expanded once in each state; the state space is 2 × nodes and the cost stays
  // linear. Each state keeps its parent state, so every witness path is a real, shortest walk.
  // Both states are always expanded (even when the unrestricted one exists): the restricted one
  // may be more direct, and skipping it would make the exposure depend on the order rows arrive.
  const states = new Map<string, State>([[stateKey(p.id, false), { id: p.id, node: null, depth: 0, up: false, exposure: 'DIRECT', parent: null, via: null }]]);
  let frontier: State[] = [states.get(stateKey(p.id, false))!];
  for (let depth = 1; depth <= p.maxDepth && frontier.length > 0; depth++) {
    const byId = new Map<string, State[]>();
    for (const f of frontier) byId.set(f.id, [...(byId.get(f.id) ?? []), f]);
    const rows = await tx.run(query, {
      frontier: frontier.map((f) => ({ id: f.id, up: f.up })),
      types: p.relationshipTypes,
      provenance: p.provenance,
      architecture: p.architecture,
    });
    const next: State[] = [];
    for (const r of rows) {
      const move = r.move as 'plain' | 'up' | 'down';
      // The query ran once per frontier state; a down move only came from a state that was not up.
      for (const parent of byId.get(r.from as string) ?? []) {
        if (move === 'down' && parent.up) continue;
        const id = r.to as string;
        const up = parent.up || move === 'up';
        const key = stateKey(id, up);
        const type = r.type as string;
        const exposure = worse(parent.exposure, edgeExposure(type));
        const prior = states.get(key);
        const via: PathStep = {
          from: r.start as string,
          type,
          to: r.end as string,
          provenance: r.provenance as string,
          sources: (r.sources as string) ?? null,
        };
        if (prior) {
          if (prior.depth === depth && EXPOSURE_RANK[exposure] < EXPOSURE_RANK[prior.exposure])
            Object.assign(prior, { exposure, parent: stateKey(parent.id, parent.up), via });
          continue;
        }
        const st: State = {
          id,
          node: {
            id,
            name: r.name as string,
            nameEn: (r.nameEn as string) ?? null,
            kind: r.kind as string,
            componentKind: (r.componentKind as string) ?? null,
            province: (r.province as string) ?? null,
            provenance: r.nodeProvenance as string,
            abbreviations: (r.abbreviations as string[]) ?? [],
          },
          depth,
          up,
          exposure,
          parent: stateKey(parent.id, parent.up),
          via,
        };
        states.set(key, st);
        next.push(st);
      }
    }
    frontier = next;
  }
  // Report each node once: its smallest depth, then its most direct exposure.
  const best = new Map<string, State>();
  for (const st of states.values()) {
    if (st.id === p.id) continue;
    const b = best.get(st.id);
    if (!b || st.depth < b.depth || (st.depth === b.depth && EXPOSURE_RANK[st.exposure] < EXPOSURE_RANK[b.exposure])) best.set(st.id, st);
  }
  const pathOf = (st: State): PathStep[] => {
    const steps: PathStep[] = [];
    for (let cur: State | undefined = st; cur && cur.parent !== null; cur = states.get(cur.parent)) steps.push(cur.via!);
    return steps.reverse();
  };
  const hits: ImpactHit[] = [...best.values()].map((st) => ({
    ...st.node!,
    depth: st.depth,
    exposure: st.exposure,
    path: pathOf(st),
  }));
  hits.sort(
    (a, b) =>
      a.depth - b.depth || EXPOSURE_RANK[a.exposure] - EXPOSURE_RANK[b.exposure] || VI.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { rootId: p.id, hits };
}

/** How many affected nodes one province holds (`province` null: nodes of no province). */
export interface ProvinceCount {
  province: string | null;
  count: number;
  /** The same nodes by kind and component kind, largest first. */
  byKind: { kind: string; componentKind: string | null; count: number }[];
}

/**
 * Impact answered by the database (the fallback while the analysis graph is being built): the
 * Cypher walk, then the summary from three aggregation queries over the affected ids. Same
 * filters, order and shape as the analysis graph's answer (server/src/analysis/impact.ts).
 */
export async function impactFromDatabase(db: Database, p: ValidImpactParams): Promise<ImpactAnswer> {
  const {
    hits: all,
    considered,
    walked,
  } = await db.readTransaction(async (tx) => {
    const result = await walk(tx, p);
    // A walk that reached something started at a node that exists; only an empty one needs the check.
    if (!result.hits.length && !(await tx.run('graph/nodes-by-ids', { ids: [p.id] })).length)
      throw new AkbError('NOT_FOUND', `no node with id ${p.id}`, [{ where: 'id', message: 'no node has this id', value: p.id }]);
    let hits = result.hits;
    if (p.kinds) hits = hits.filter((h) => p.kinds!.includes(h.kind));
    if (p.exposure) hits = hits.filter((h) => p.exposure!.includes(h.exposure));
    const considered = hits;
    if (p.provinces) {
      const keep = new Set(p.provinces);
      hits = hits.filter((h) => keep.has(h.province));
    }
    return { hits, considered, walked: result.hits };
  });
  const page = all.slice(p.offset, p.offset + p.first);
  let summary: Promise<ImpactSummary> | null = null;
  // Every node the walk reached, filtered out or not (a witness path may pass through one).
  const byId = new Map<string, HeldNode>(walked.map((h) => [h.id, h]));
  return {
    rootId: p.id,
    total: all.length,
    offset: p.offset,
    hits: page,
    hasNextPage: p.offset + page.length < all.length,
    answeredBy: { analysisGraph: false, revision: null },
    params: p,
    held: (id) => byId.get(id),
    summary: () => (summary ??= summaryFromDatabase(db, p.id, all, considered)),
    async *all() {
      yield* all;
    },
  };
}

async function summaryFromDatabase(db: Database, rootId: string, reported: ImpactHit[], considered: ImpactHit[]): Promise<ImpactSummary> {
  return db.readTransaction(async (tx) => {
    const byProvince = considered.length ? ((await tx.run('impact/by-province', { ids: considered.map((h) => h.id) })) as unknown as ProvinceCount[]) : [];
    const rows = await tx.run('impact/attachments', { ids: [rootId, ...reported.map((h) => h.id)] });
    const count = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);
    const agencies = new Map<string, number>();
    const layers = new Map<string, number>();
    const tasks = new Set<string>();
    const indicators = new Set<string>();
    for (const r of rows) {
      (r.tasks as string[]).forEach((t) => tasks.add(t));
      (r.indicators as string[]).forEach((i) => indicators.add(i));
      if (r.id === rootId) continue;
      (r.agencies as string[]).forEach((a) => count(agencies, a));
      (r.layers as string[]).forEach((l) => count(layers, l));
    }
    const ids = [...tasks, ...indicators];
    for (const r of ids.length ? await tx.run('impact/task-leads', { ids }) : []) for (const lead of r.leads as string[]) count(agencies, lead);
    const byDepth = new Map<number, number>();
    const byExposure = new Map<Exposure, number>();
    const byKind = new Map<string, { kind: string; componentKind: string | null; count: number }>();
    for (const h of reported) {
      count(byDepth, h.depth);
      count(byExposure, h.exposure);
      const k = byKind.get(`${h.kind}/${h.componentKind}`);
      if (k) k.count++;
      else byKind.set(`${h.kind}/${h.componentKind}`, { kind: h.kind, componentKind: h.componentKind, count: 1 });
    }
    const nullsLast = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
    const sorted = (m: Map<string, number>) => [...m].map(([id, c]) => ({ id, count: c })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
    return {
      total: reported.length,
      byDepth: [...byDepth].sort((a, b) => a[0] - b[0]).map(([depth, c]) => ({ depth, count: c })),
      byExposure: EXPOSURE_NAMES.filter((e) => byExposure.has(e)).map((exposure) => ({ exposure, count: byExposure.get(exposure)! })),
      byKind: [...byKind.values()].sort((a, b) => b.count - a.count || nullsLast(a.kind, b.kind) || nullsLast(a.componentKind, b.componentKind)),
      byProvince,
      byAgency: sorted(agencies),
      byLayer: sorted(layers),
      tasks: [...tasks].sort(),
      indicators: [...indicators].sort(),
    };
  });
}
