/**
 * A node's neighbourhood on the analysis graph: breadth-first over every relationship type, both
 * directions, up to `limit` nodes (the root included), with the relationships among them — the
 * same answer as the database version (graph/repository.ts), without a round trip per level.
 */
import { AkbError } from '../errors.js';
import { TYPE_CODES, type AdjView, type AnalysisGraph } from './graph.js';

export interface NeighbourhoodEdge {
  id: string;
  from: string;
  to: string;
  type: string;
  provenance: string;
  status: string | null;
}

export function neighbourhoodOnGraph(
  g: AnalysisGraph,
  id: string,
  depth: number,
  limit: number,
): { ids: string[]; edges: NeighbourhoodEdge[]; truncated: boolean } {
  const root = g.slot(id);
  if (root === undefined) throw new AkbError('NOT_FOUND', `no node with id ${id}`, [{ where: 'id', message: 'no node has this id', value: id }]);
  const seen = new Set<number>([root]);
  const order = [root];
  let frontier = [root];
  let truncated = false;
  const view: AdjView = { peer: new Int32Array(0), type: new Uint8Array(0), prov: new Uint8Array(0), start: 0, end: 0 };
  for (let d = 1; d <= depth && frontier.length && !truncated; d++) {
    const next: number[] = [];
    outer: for (const u of frontier) {
      for (const dir of ['out', 'in'] as const) {
        g.view(u, dir, view);
        for (let i = view.start; i < view.end; i++) {
          const m = view.peer[i];
          if (seen.has(m) || g.deleted[m]) continue;
          if (seen.size >= limit) {
            truncated = true;
            break outer;
          }
          seen.add(m);
          order.push(m);
          next.push(m);
        }
      }
    }
    frontier = next;
  }
  const edges: NeighbourhoodEdge[] = [];
  for (const u of order) {
    g.view(u, 'out', view);
    for (let i = view.start; i < view.end; i++) {
      const m = view.peer[i];
      if (!seen.has(m)) continue;
      const from = g.ids[u];
      const to = g.ids[m];
      const type = TYPE_CODES[view.type[i]];
      edges.push({
        id: `${from}|${type}|${to}`,
        from,
        to,
        type,
        provenance: g.provenanceName(view.prov[i]),
        status: g.edgeAttrs(u, view.type[i], m)?.status ?? null,
      });
    }
  }
  return { ids: order.map((s) => g.ids[s]), edges, truncated };
}
