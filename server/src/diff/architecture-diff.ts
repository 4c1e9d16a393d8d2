/**
 * Comparing two versions of an architecture ("what changed from Quảng Ngãi 2.0 to 3.0"). Two named
 * queries in one read transaction fetch each version's members (its INCLUDES edges) and the
 * relationships among them; `computeArchitectureDiff` then works on those rows alone, so the
 * semantics are testable without Neo4j.
 *
 * Semantics (the GraphQL descriptions in modules/diff/diff.graphql say the same):
 * - A version's members are the nodes it INCLUDES, whatever the status.
 * - added = members of `to` only; removed = members of `from` only (plain set difference, so the
 *   reverse diff swaps them exactly).
 * - merged: a node still alive in `from` (status other than `merged`) that `to` includes with status
 *   `merged`, or leaves out while it has MERGED_INTO a member of `to`. Grouped by MERGED_INTO target
 *   among `to`'s members; a node `to` marks merged with no such edge is grouped under no target.
 *   A node already merged in both versions is simply kept, so a version compared with itself is
 *   an empty diff.
 * - kept = members of both that are not merged; statusChanged = the kept whose status differs.
 * - renamed: SUCCEEDED_BY from a member of `from` to a member of `to`, unless both ends are in
 *   both versions (the rename happened before `from`).
 * - connections: propagating relationships, except group and layer placements, whose two ends are
 *   members of a version; added/removed compare the two versions by (type, from, to).
 */
import type { Database } from '../db/database.js';
import { AkbError, type FieldProblem } from '../errors.js';
import { INCLUDE_STATUSES, RELATIONSHIPS } from '../model/model.js';
import type { Source } from '../model/validate.js';

export type InclusionStatus = (typeof INCLUDE_STATUSES)[number];

/** A citation with the provenance of the fact it backs, as the GraphQL `Source` type has it. */
export interface CitedSource extends Source {
  provenance: string;
}

/** One node a version INCLUDES (cypher/diff/architecture-members.cypher). */
export interface MemberRow {
  id: string;
  name: string;
  kind: string;
  level: string | null;
  status: InclusionStatus;
  /** Provenance and sources (JSON text) of the INCLUDES relationship. */
  provenance: string;
  sources: string | null;
}

/** A relationship between two members (cypher/diff/member-links.cypher). */
export interface LinkRow {
  type: string;
  from: string;
  to: string;
  provenance: string;
  sources: string | null;
}

export interface DiffItem {
  id: string;
  statusFrom: InclusionStatus | null;
  statusTo: InclusionStatus | null;
  /** Sources of the INCLUDES relationships: `to`'s first, then `from`'s, without repeats. */
  sources: CitedSource[];
}

export interface DiffMerge {
  /** Null when `to` marks nodes merged without saying into what. */
  target: DiffItem | null;
  merged: DiffItem[];
  /** Sources of the MERGED_INTO relationships. */
  sources: CitedSource[];
}

export interface DiffRename {
  previous: DiffItem;
  successor: DiffItem;
  provenance: string;
  sources: CitedSource[];
}

export interface DiffLink {
  type: string;
  from: string;
  to: string;
  provenance: string;
  sources: CitedSource[];
}

export interface ArchitectureDiff {
  fromId: string;
  toId: string;
  added: DiffItem[];
  removed: DiffItem[];
  keptCount: number;
  statusChanged: DiffItem[];
  merged: DiffMerge[];
  renamed: DiffRename[];
  nationalAdded: DiffItem[];
  nationalDropped: DiffItem[];
  connectionsAdded: DiffLink[];
  connectionsRemoved: DiffLink[];
}

/**
 * Connections are the propagating relationships, but not membership of a collectively mentioned
 * group nor placement in a diagram layer: those say where a node is drawn, not what it talks to.
 */
export const CONNECTION_TYPES = RELATIONSHIPS.filter((r) => r.propagates && r.type !== 'MEMBER_OF_GROUP' && r.type !== 'IN_LAYER').map((r) => r.type);
const LINK_TYPES = [...CONNECTION_TYPES, 'MERGED_INTO', 'SUCCEEDED_BY'];

/** National references: national databases, and components or groups of them at national level. */
export function isNational(m: Pick<MemberRow, 'kind' | 'level'>): boolean {
  return m.kind === 'NationalDatabase' || ((m.kind === 'Component' || m.kind === 'ComponentGroup') && m.level === 'national');
}

function cite(provenance: string, sources: string | null | undefined): CitedSource[] {
  const raw = sources ? (JSON.parse(sources) as Source[]) : [];
  return raw.map((s) => ({ document: s.document, section: s.section, quote: s.quote, provenance }));
}

function distinctSources(list: CitedSource[]): CitedSource[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const key = `${s.document}\u0000${s.section}\u0000${s.quote}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** The diff from the rows alone (no database): members of each version and the links among them. */
export function computeArchitectureDiff(fromId: string, toId: string, fromRows: MemberRow[], toRows: MemberRow[], links: LinkRow[]): ArchitectureDiff {
  const inFrom = new Map(fromRows.map((m) => [m.id, m]));
  const inTo = new Map(toRows.map((m) => [m.id, m]));
  const rowOf = (id: string) => (inTo.get(id) ?? inFrom.get(id))!;
  const byName = (a: string, b: string) => rowOf(a).name.localeCompare(rowOf(b).name, 'vi') || (a < b ? -1 : a > b ? 1 : 0);
  const item = (id: string): DiffItem => {
    const f = inFrom.get(id);
    const t = inTo.get(id);
    return {
      id,
      statusFrom: f?.status ?? null,
      statusTo: t?.status ?? null,
      sources: distinctSources([...(t ? cite(t.provenance, t.sources) : []), ...(f ? cite(f.provenance, f.sources) : [])]),
    };
  };
  const items = (ids: Iterable<string>) => [...ids].sort(byName).map(item);

  // Alive: included with a status other than merged; a node left out is not alive either.
  const aliveIn = (m: Map<string, MemberRow>, id: string) => (m.get(id)?.status ?? 'merged') !== 'merged';
  const mergeEdgesFrom = new Map<string, LinkRow[]>();
  for (const l of links)
    if (l.type === 'MERGED_INTO' && l.from !== l.to && inFrom.has(l.from) && inTo.has(l.to))
      mergeEdgesFrom.set(l.from, [...(mergeEdgesFrom.get(l.from) ?? []), l]);
  // Not alive in `to` means included there as merged, or left out; left out counts as merged only
  // with a MERGED_INTO into `to` (otherwise it is just removed).
  const mergedAway = new Set(fromRows.map((m) => m.id).filter((id) => aliveIn(inFrom, id) && !aliveIn(inTo, id) && (inTo.has(id) || mergeEdgesFrom.has(id))));

  const groups = new Map<string | null, { merged: Set<string>; edges: LinkRow[] }>();
  const group = (target: string | null) => groups.get(target) ?? groups.set(target, { merged: new Set(), edges: [] }).get(target)!;
  for (const id of mergedAway) {
    const edges = mergeEdgesFrom.get(id) ?? [];
    if (edges.length === 0) group(null).merged.add(id);
    for (const l of edges) {
      group(l.to).merged.add(id);
      group(l.to).edges.push(l);
    }
  }
  const merged: DiffMerge[] = [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : byName(a, b)))
    .map(([target, g]) => ({
      target: target === null ? null : item(target),
      merged: items(g.merged),
      sources: distinctSources(g.edges.flatMap((l) => cite(l.provenance, l.sources))),
    }));

  const added = [...inTo.keys()].filter((id) => !inFrom.has(id));
  const removed = [...inFrom.keys()].filter((id) => !inTo.has(id));
  const kept = [...inFrom.keys()].filter((id) => inTo.has(id) && !mergedAway.has(id));
  const statusChanged = kept.filter((id) => inFrom.get(id)!.status !== inTo.get(id)!.status);

  const renamed: DiffRename[] = links
    .filter((l) => l.type === 'SUCCEEDED_BY' && inFrom.has(l.from) && inTo.has(l.to) && !(inTo.has(l.from) && inFrom.has(l.to)))
    .sort((a, b) => byName(a.from, b.from) || byName(a.to, b.to))
    .map((l) => ({ previous: item(l.from), successor: item(l.to), provenance: l.provenance, sources: distinctSources(cite(l.provenance, l.sources)) }));

  const connections = links
    .filter((l) => CONNECTION_TYPES.includes(l.type))
    .sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : byName(a.from, b.from) || byName(a.to, b.to)));
  const among = (m: Map<string, MemberRow>, l: LinkRow) => m.has(l.from) && m.has(l.to);
  const link = (l: LinkRow): DiffLink => ({
    type: l.type,
    from: l.from,
    to: l.to,
    provenance: l.provenance,
    sources: distinctSources(cite(l.provenance, l.sources)),
  });

  return {
    fromId,
    toId,
    added: items(added),
    removed: items(removed),
    keptCount: kept.length,
    statusChanged: items(statusChanged),
    merged,
    renamed,
    nationalAdded: items(added.filter((id) => isNational(rowOf(id)))),
    nationalDropped: items(removed.filter((id) => isNational(rowOf(id)))),
    connectionsAdded: connections.filter((l) => among(inTo, l) && !among(inFrom, l)).map(link),
    connectionsRemoved: connections.filter((l) => among(inFrom, l) && !among(inTo, l)).map(link),
  };
}

interface VersionRow {
  id: string;
  kind: string | null;
  members: MemberRow[];
}

/** Both ids must name Architecture nodes: a missing one is NOT_FOUND, another kind a validation error. */
function checkVersions(rows: VersionRow[], args: { from: string; to: string }): void {
  const kindOf = new Map(rows.map((r) => [r.id, r.kind]));
  const missing: FieldProblem[] = [];
  const wrongKind: FieldProblem[] = [];
  for (const where of ['from', 'to'] as const) {
    const kind = kindOf.get(args[where]) ?? null;
    if (kind === null) missing.push({ where, message: 'no node has this id', messageVi: 'không có nút nào với mã này', value: args[where] });
    else if (kind !== 'Architecture')
      wrongKind.push({ where, message: `is a ${kind}, not an Architecture`, messageVi: 'không phải là một Kiến trúc', value: args[where] });
  }
  const describe = (ps: FieldProblem[]) => ps.map((p) => `${p.where} "${String(p.value)}" ${p.message}`).join('; ');
  if (missing.length) throw new AkbError('NOT_FOUND', `architectureDiff: ${describe(missing)}`, missing);
  if (wrongKind.length) throw new AkbError('VALIDATION_FAILED', `architectureDiff: ${describe(wrongKind)}`, wrongKind);
}

/** The diff from one architecture version to another: two named queries in one snapshot. */
export async function architectureDiff(db: Database, from: string, to: string): Promise<ArchitectureDiff> {
  return db.readTransaction(async (tx) => {
    const versions = (await tx.run('diff/architecture-members', { ids: [...new Set([from, to])] })) as unknown as VersionRow[];
    checkVersions(versions, { from, to });
    const membersOf = (id: string) => versions.find((v) => v.id === id)!.members;
    const ids = [...new Set([...membersOf(from), ...membersOf(to)].map((m) => m.id))];
    const links = ids.length ? ((await tx.run('diff/member-links', { ids, types: LINK_TYPES })) as unknown as LinkRow[]) : [];
    return computeArchitectureDiff(from, to, membersOf(from), membersOf(to), links);
  });
}
