/**
 * The home page's dashboard in one read transaction: counts by kind, by province and by provenance,
 * how completely the systems are described, and the recent changes from the audit log.
 *
 * Recent changes say what happened to what, never the change itself: audit events keep a node's
 * whole before/after state, which may hold fields only some roles may read (a system's security
 * level), so only the operation, the actor's name, the time and the names and kinds of what was
 * touched are returned. A deleted node's name and kind are read from the event's `before` here, on
 * the server. Token operations are not graph changes and are left out.
 */
import type { Database, Row } from '../db/database.js';

export interface Count {
  name: string;
  count: number;
}

export interface ProvinceTotal {
  province: string | null;
  count: number;
}

export interface ProvenanceTotal {
  provenance: string;
  nodes: number;
  relationships: number;
}

export interface Coverage {
  components: number;
  withLayer: number;
  inArchitecture: number;
  withOwner: number;
  withSource: number;
}

export interface DashboardEvent {
  id: string;
  at: string;
  actor: string;
  operation: string;
  /** How many nodes the event touched (an import may touch thousands). */
  targetCount: number;
  nodeId: string | null;
  nodeName: string | null;
  nodeKind: string | null;
  /** For relationship operations: the other end and the relationship's type. */
  otherId: string | null;
  otherName: string | null;
  relationshipType: string | null;
}

export interface Dashboard {
  nodes: number;
  relationships: number;
  byKind: Count[];
  byProvince: ProvinceTotal[];
  byProvenance: ProvenanceTotal[];
  coverage: Coverage;
  recentChanges: DashboardEvent[];
}

/** The audit operations that change the graph. */
export const GRAPH_OPERATIONS = [
  'createNode',
  'updateNode',
  'deleteNode',
  'createRelationship',
  'updateRelationship',
  'deleteRelationship',
  'importData',
] as const;

const parse = (s: unknown): Record<string, unknown> | null => {
  if (typeof s !== 'string') return null;
  try {
    const v = JSON.parse(s) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Only names, kinds and a relationship type are read from before/after. */
export function toEvent(r: Row): DashboardEvent {
  const op = String(r.operation);
  const before = parse(r.before);
  const after = parse(r.after);
  const isRel = op.endsWith('Relationship');
  // A deleted node is gone: its name and kind are in the event's `before.node`.
  const gone = op === 'deleteNode' ? (before?.node as Record<string, unknown> | undefined) : undefined;
  const rel = isRel ? (after ?? before) : null;
  return {
    id: String(r.id),
    at: String(r.at),
    actor: String(r.actor),
    operation: op,
    targetCount: Number(r.targetCount ?? 0),
    nodeId: str(r.firstId),
    nodeName: str(r.firstName) ?? str(gone?.name) ?? null,
    nodeKind: str(r.firstKind) ?? str(gone?.kind) ?? null,
    otherId: isRel ? str(r.secondId) : null,
    otherName: isRel ? str(r.secondName) : null,
    relationshipType: rel ? str(rel.type) : null,
  };
}

function total<K extends string | null>(rows: Row[], key: (r: Row) => K): Map<K, number> {
  const out = new Map<K, number>();
  for (const r of rows) out.set(key(r), (out.get(key(r)) ?? 0) + Number(r.count));
  return out;
}

export async function dashboard(db: Database, recent: number): Promise<Dashboard> {
  return db.readTransaction(async (tx) => {
    const nodeRows = await tx.run('dashboard/node-counts');
    const relRows = await tx.run('dashboard/relationship-counts');
    const [coverage] = await tx.run('dashboard/coverage');
    const events = recent > 0 ? await tx.run('dashboard/recent-events', { operations: [...GRAPH_OPERATIONS], limit: recent }) : [];
    const byKind = [...total(nodeRows, (r) => String(r.kind))]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    const byProvince = [...total(nodeRows, (r) => (r.province as string | null) ?? null)]
      .map(([province, count]) => ({ province, count }))
      .sort((a, b) => b.count - a.count || String(a.province).localeCompare(String(b.province), 'vi'));
    const nodeProv = total(nodeRows, (r) => String(r.provenance ?? 'unknown'));
    const relProv = total(relRows, (r) => String(r.provenance ?? 'unknown'));
    const byProvenance = [...new Set([...nodeProv.keys(), ...relProv.keys()])]
      .map((provenance) => ({ provenance, nodes: nodeProv.get(provenance) ?? 0, relationships: relProv.get(provenance) ?? 0 }))
      .sort((a, b) => b.nodes - a.nodes || a.provenance.localeCompare(b.provenance));
    const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    return {
      nodes: sum(nodeProv),
      relationships: sum(relProv),
      byKind,
      byProvince,
      byProvenance,
      coverage: {
        components: Number(coverage?.components ?? 0),
        withLayer: Number(coverage?.withLayer ?? 0),
        inArchitecture: Number(coverage?.inArchitecture ?? 0),
        withOwner: Number(coverage?.withOwner ?? 0),
        withSource: Number(coverage?.withSource ?? 0),
      },
      recentChanges: events.map(toEvent),
    };
  });
}
