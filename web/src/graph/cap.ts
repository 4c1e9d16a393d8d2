/**
 * Large neighbourhoods without a hairball: walking breadth-first from the root over the drawn edges
 * (both ways), a node that reaches more than `cap` new nodes keeps the first `cap` (by the order
 * given: impact's rings, the neighbourhood's order) and one summary node "+N" stands for the rest
 * and everything only reachable through them. Choosing the summary expands that node. Nodes with
 * no path from the root (rare) are kept. Positions are kept; a summary sits where the nodes it
 * stands for were on average, or next to its parent. Pure (tests/web-legend-cap.test.ts).
 */
import type { GraphEdge, GraphModel, GraphNode } from './elements.js';

/** Children a node may show before the rest are summarised (tunable per graph). */
export const DEFAULT_FAN_OUT_CAP = 24;

export const SUMMARY_PREFIX = 'more:';

/** The node a summary stands for the hidden children of, or null. */
export const summaryParent = (id: string): string | null => (id.startsWith(SUMMARY_PREFIX) ? id.slice(SUMMARY_PREFIX.length) : null);

export interface CapResult extends GraphModel {
  /** Nodes hidden behind summaries. */
  hidden: number;
}

export function capFanOut(
  model: GraphModel,
  opts: { root?: string | null; cap: number; expanded?: ReadonlySet<string>; label: (n: number) => string },
): CapResult {
  const { cap } = opts;
  if (!cap || cap < 1 || model.nodes.length <= cap + 1) return { ...model, hidden: 0 };
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const root = opts.root && byId.has(opts.root) ? opts.root : (model.nodes.find((n) => n.classes?.includes('root'))?.id ?? model.nodes[0]?.id);
  if (!root) return { ...model, hidden: 0 };
  const order = new Map(model.nodes.map((n, i) => [n.id, i]));
  const adjacent = new Map<string, string[]>();
  const link = (a: string, b: string) => (adjacent.get(a) ?? adjacent.set(a, []).get(a)!).push(b);
  for (const e of model.edges)
    if (byId.has(e.source) && byId.has(e.target) && e.source !== e.target) {
      link(e.source, e.target);
      link(e.target, e.source);
    }
  for (const list of adjacent.values()) list.sort((a, b) => order.get(a)! - order.get(b)!);

  const kept = new Set<string>([root]);
  const seen = new Set<string>([root]);
  const summaries: { parent: string; members: string[] }[] = [];
  let frontier = [root];
  while (frontier.length) {
    const next: string[] = [];
    for (const p of frontier) {
      const children = (adjacent.get(p) ?? []).filter((c) => !seen.has(c));
      for (const c of children) seen.add(c);
      const limit = opts.expanded?.has(p) ? Infinity : cap;
      const shown = children.slice(0, limit);
      for (const c of shown) kept.add(c);
      next.push(...shown);
      if (children.length > shown.length) summaries.push({ parent: p, members: children.slice(shown.length) });
    }
    frontier = next;
  }
  if (!summaries.length) return { ...model, hidden: 0 };
  // What hangs only off hidden nodes is hidden with them and counted in their summary.
  // Anything the walk did not reach through shown nodes hangs off hidden ones (or off nothing).
  const hiddenUnder = new Map<string, string[]>();
  const assigned = new Set(summaries.flatMap((s) => s.members));
  for (const s of summaries) {
    const all = new Set(s.members);
    const queue = [...s.members];
    while (queue.length) {
      const x = queue.shift()!;
      for (const y of adjacent.get(x) ?? [])
        if (!kept.has(y) && !assigned.has(y)) {
          assigned.add(y);
          all.add(y);
          queue.push(y);
        }
    }
    hiddenUnder.set(s.parent, [...all]);
  }
  const hiddenSet = new Set([...hiddenUnder.values()].flat());
  // Unreachable from the root: keep.
  const nodes: GraphNode[] = model.nodes.filter((n) => !hiddenSet.has(n.id));
  const edges: GraphEdge[] = model.edges.filter((e) => !hiddenSet.has(e.source) && !hiddenSet.has(e.target));
  for (const [parent, members] of hiddenUnder) {
    const p = byId.get(parent)!;
    const positioned = members.map((m) => byId.get(m)!.position).filter((x): x is { x: number; y: number } => !!x);
    const position = positioned.length
      ? {
          x: Math.round(positioned.reduce((a, q) => a + q.x, 0) / positioned.length),
          y: Math.round(positioned.reduce((a, q) => a + q.y, 0) / positioned.length),
        }
      : p.position
        ? { x: p.position.x + 60, y: p.position.y + 60 }
        : undefined;
    const depth = byId.get(members[0])!.data?.depth;
    const id = `${SUMMARY_PREFIX}${parent}`;
    const label = opts.label(members.length);
    nodes.push({
      id,
      label,
      kind: 'More',
      provenance: 'summary',
      classes: ['More', 'summary'],
      ...(position ? { position } : {}),
      data: { parent, hidden: members.length, width: Math.round(label.length * 7.2 + 18), ...(depth !== undefined ? { depth } : {}) },
    });
    edges.push({ id: `${parent}|MORE|${id}`, source: parent, target: id, type: 'MORE', provenance: 'summary', classes: ['summary'] });
  }
  return { nodes, edges, hidden: hiddenSet.size };
}
