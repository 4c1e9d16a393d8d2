/**
 * Impact analysis: breadth-first over the propagating relationships, one query per level
 * (cypher/impact/expand-*.cypher) inside one read transaction, so the answer is one consistent
 * snapshot. Each node is reported once, at its smallest depth, with one shortest witness path;
 * the cost is linear in the edges touched (we never enumerate paths).
 *
 * Why a frontier loop rather than one variable-length MATCH: Cypher quantifiers cannot take the
 * depth as a parameter, a var-length expand without a bound explores far beyond maxDepth, and the
 * loop lets us pick, among equally short parents, the one with the most direct exposure.
 *
 * Across provinces: the affected set is counted by province in one aggregation query
 * (cypher/impact/by-province.cypher), and the `provinces` filter, like `kinds`, narrows only what is
 * reported (cypher/impact/in-provinces.cypher): the walk itself always crosses provinces.
 */
import type { Database, Tx } from '../db/database.js';
import { AkbError } from '../db/errors.js';
import { KIND_BY_NAME, PROPAGATING_TYPES, PROVENANCES, REL_BY_TYPE } from '../model/model.js';

export type ImpactDirection = 'DEPENDENTS' | 'DEPENDENCIES';
export type Exposure = 'DIRECT' | 'GROUP' | 'LAYER';

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
  first?: number;
}

export interface PathStep {
  /** The relationship as stored: from its start node to its end node. */
  from: string;
  type: string;
  to: string;
  provenance: string;
  sources: string | null;
}

export interface ImpactHit {
  id: string;
  name: string;
  kind: string;
  depth: number;
  exposure: Exposure;
  path: PathStep[];
}

export interface ImpactResult {
  rootId: string;
  /** Every affected node, ordered by depth then name. */
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

type ValidImpactParams = Required<Omit<ImpactParams, 'architecture' | 'kinds' | 'provinces'>> & {
  architecture: string | null;
  kinds: string[] | null;
  provinces: (string | null)[] | null;
};

export function validateImpactParams(p: ImpactParams): ValidImpactParams {
  const problems: { where: string; message: string; value?: unknown }[] = [];
  const maxDepth = p.maxDepth ?? 3;
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_DEPTH) problems.push({ where: 'maxDepth', message: `must be between 1 and ${MAX_DEPTH}`, value: maxDepth });
  const first = p.first ?? 500;
  if (!Number.isInteger(first) || first < 0 || first > MAX_FIRST) problems.push({ where: 'first', message: `must be between 0 and ${MAX_FIRST}`, value: first });
  const types = p.relationshipTypes ?? PROPAGATING_TYPES;
  for (const t of types) if (!PROPAGATING_TYPES.includes(t)) problems.push({ where: 'relationshipTypes', message: `not an impact-propagating relationship type (${PROPAGATING_TYPES.join(', ')})`, value: t });
  const provenance = p.provenance ?? ['stated', 'inferred'];
  for (const v of provenance) if (!PROVENANCES.includes(v as never)) problems.push({ where: 'provenance', message: `must be one of ${PROVENANCES.join(', ')}`, value: v });
  for (const k of p.kinds ?? []) if (!KIND_BY_NAME.has(k)) problems.push({ where: 'kinds', message: 'not a kind of the model', value: k });
  if (p.provinces && p.provinces.length > MAX_PROVINCES) problems.push({ where: 'provinces', message: `at most ${MAX_PROVINCES} entries`, value: p.provinces.length });
  for (const v of p.provinces ?? []) if (v !== null && (typeof v !== 'string' || !v.trim() || v.length > 200)) problems.push({ where: 'provinces', message: 'a province name (1–200 characters) or null for national nodes', value: v });
  if (p.direction !== 'DEPENDENTS' && p.direction !== 'DEPENDENCIES') problems.push({ where: 'direction', message: 'DEPENDENTS or DEPENDENCIES', value: p.direction });
  if (problems.length) throw new AkbError('VALIDATION_FAILED', `impact: ${problems.map((x) => `${x.where} ${x.message}`).join('; ')}`, problems);
  return { id: p.id, direction: p.direction, maxDepth, first, relationshipTypes: types, provenance, kinds: p.kinds ?? null, architecture: p.architecture ?? null, provinces: p.provinces ?? null };
}

interface State {
  id: string;
  name: string;
  kind: string;
  depth: number;
  up: boolean;
  exposure: Exposure;
  parent: string | null;
  via: PathStep | null;
}

/** A BFS state: a node, and whether the walk has gone up from a member to its group. */
const stateKey = (id: string, up: boolean) => (up ? `^${id}` : id);

/** Runs the breadth-first walk inside a transaction the caller owns. */
export async function walk(tx: Tx, raw: ImpactParams): Promise<ImpactResult> {
  const p = validateImpactParams(raw);
  const query = p.direction === 'DEPENDENTS' ? 'impact/expand-dependents' : 'impact/expand-dependencies';
  // BFS over states (node, up): after going up from a member to its group some moves close, so a
  // node may be expanded once in each state; the state space is 2 × nodes and the cost stays
  // linear. Each state keeps its parent state, so every witness path is a real, shortest walk.
  const states = new Map<string, State>([[stateKey(p.id, false), { id: p.id, name: '', kind: '', depth: 0, up: false, exposure: 'DIRECT', parent: null, via: null }]]);
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
        const via: PathStep = { from: r.start as string, type, to: r.end as string, provenance: r.provenance as string, sources: (r.sources as string) ?? null };
        if (prior) {
          if (prior.depth === depth && EXPOSURE_RANK[exposure] < EXPOSURE_RANK[prior.exposure]) Object.assign(prior, { exposure, parent: stateKey(parent.id, parent.up), via });
          continue;
        }
        // A node already expanded without the "up" restriction needs no restricted expansion.
        if (up && states.has(stateKey(id, false))) continue;
        const st: State = { id, name: r.name as string, kind: r.kind as string, depth, up, exposure, parent: stateKey(parent.id, parent.up), via };
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
  const hits: ImpactHit[] = [...best.values()].map((st) => ({ id: st.id, name: st.name, kind: st.kind, depth: st.depth, exposure: st.exposure, path: pathOf(st) }));
  hits.sort((a, b) => a.depth - b.depth || VI.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { rootId: p.id, hits };
}

/** How many affected nodes one province holds (`province` null: nodes of no province). */
export interface ProvinceCount {
  province: string | null;
  count: number;
  /** The same nodes by kind and component kind, largest first. */
  byKind: { kind: string; componentKind: string | null; count: number }[];
}

export interface ImpactReport extends ImpactResult {
  /** Affected nodes after the kind and province filters, before `first`. */
  total: number;
  truncated: boolean;
  /** The affected set by province: after the kind filter, before the province filter and `first`. */
  byProvince: ProvinceCount[];
  attachments: Map<string, { tasks: string[]; indicators: string[]; agencies: string[]; layers: string[] }>;
  leads: Map<string, string[]>;
}

/** What a caller wants beyond the walk; each costs one more query, so it is skipped when unwanted. */
export interface ImpactWants {
  byProvince?: boolean;
  /** Tasks, indicators, agencies and layers of the root and the returned nodes. */
  attachments?: boolean;
}

const ALL_WANTS: ImpactWants = { byProvince: true, attachments: true };

/** Impact plus what hangs off the affected nodes, in one read transaction. */
export async function impact(db: Database, raw: ImpactParams, want: ImpactWants = ALL_WANTS): Promise<ImpactReport> {
  const p = validateImpactParams(raw);
  return db.readTransaction(async (tx) => {
    const result = await walk(tx, p);
    // A walk that reached something started at a node that exists; only an empty one needs the check.
    if (!result.hits.length && !(await tx.run('graph/nodes-by-ids', { ids: [p.id] })).length)
      throw new AkbError('NOT_FOUND', `no node with id ${p.id}`, [{ where: 'id', message: 'no node has this id', value: p.id }]);
    let hits = result.hits;
    // The kind filter narrows what is reported; the walk still passes through other kinds.
    if (p.kinds) hits = hits.filter((h) => p.kinds!.includes(h.kind));
    // Counted over the whole affected set in one aggregation, so a national view never needs the list.
    const byProvince = want.byProvince && hits.length ? ((await tx.run('impact/by-province', { ids: hits.map((h) => h.id) })) as unknown as ProvinceCount[]) : [];
    // The province filter, like kinds, narrows only what is reported: paths may cross other provinces.
    if (p.provinces && hits.length) {
      const provinces = p.provinces.filter((x): x is string => x !== null);
      const keep = new Set((await tx.run('impact/in-provinces', { ids: hits.map((h) => h.id), provinces, national: p.provinces.includes(null) })).map((r) => r.id as string));
      hits = hits.filter((h) => keep.has(h.id));
    }
    const total = hits.length;
    const shown = hits.slice(0, p.first);
    const attachments = new Map<string, { tasks: string[]; indicators: string[]; agencies: string[]; layers: string[] }>();
    const leads = new Map<string, string[]>();
    if (want.attachments) {
      // Attachments only for what is returned (the resolver reads no others).
      const rows = await tx.run('impact/attachments', { ids: [p.id, ...shown.map((h) => h.id)] });
      for (const r of rows) attachments.set(r.id as string, { tasks: r.tasks as string[], indicators: r.indicators as string[], agencies: r.agencies as string[], layers: r.layers as string[] });
      const taskIds = [...new Set(rows.flatMap((r) => [...(r.tasks as string[]), ...(r.indicators as string[])]))];
      for (const r of taskIds.length ? await tx.run('impact/task-leads', { ids: taskIds }) : []) leads.set(r.id as string, r.leads as string[]);
    }
    return { ...result, hits: shown, total, truncated: total > p.first, byProvince, attachments, leads };
  });
}
