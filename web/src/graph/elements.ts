/**
 * Pure functions turning GraphQL results into what <kb-graph> draws: nodes with a kind, a
 * provenance and optional fixed positions, edges with a type. No Cytoscape here, so they are
 * tested headless (tests/web-elements.test.ts).
 */
import { isProposalId, type ImpactResult, type Neighbourhood, type NodeSummary, type Finding } from '../api/queries.js';
import { pick } from '../i18n/i18n.js';

export interface GraphNode {
  id: string;
  label: string;
  kind: string;
  provenance: string;
  classes?: string[];
  position?: { x: number; y: number };
  /** Extra values the view wants back on selection (depth, exposure…). */
  data?: Record<string, string | number | boolean | null>;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  provenance: string;
  classes?: string[];
  /** Words drawn on a labelled edge ("lưu dữ liệu"); never the type code. */
  label?: string;
}

export interface GraphModel {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const shortLabel = (n: NodeSummary) => (n.abbreviations?.length && n.name.length > 48 ? `${n.abbreviations[0]} — ${n.name.slice(0, 40)}…` : n.name);

export function toGraphNode(n: NodeSummary, extra: Partial<GraphNode> = {}): GraphNode {
  return { id: n.id, label: shortLabel(n), kind: n.kind, provenance: n.provenance, ...extra, classes: [n.kind, n.provenance, ...(extra.classes ?? [])] };
}

export function neighbourhoodToGraph(n: Neighbourhood): GraphModel {
  const byId = new Map<string, NodeSummary>([[n.root.id, n.root], ...n.nodes.map((x) => [x.id, x] as const)]);
  return {
    nodes: [...byId.values()].map((x) => toGraphNode(x, { classes: x.id === n.root.id ? ['root'] : [] })),
    edges: n.edges
      .filter((e) => byId.has(e.from) && byId.has(e.to))
      .map((e) => ({ id: e.id, source: e.from, target: e.to, type: e.type, provenance: e.provenance, classes: [e.type, e.provenance] })),
  };
}

/** Ring radius per depth, in model units. */
export const RING = 180;

/**
 * Impact as rings: the root at the centre, the nodes of depth d on the circle of radius d × RING,
 * spread evenly and ordered by the node they were reached from, so the witness edges stay short.
 * Edges are each hit's last witness step (so the drawing is the BFS tree, one edge per node).
 */
export function impactToGraph(r: ImpactResult): GraphModel {
  const nodes: GraphNode[] = [toGraphNode(r.root, { position: { x: 0, y: 0 }, classes: ['root'], data: { depth: 0 } })];
  const edges: GraphEdge[] = [];
  const byDepth = new Map<number, typeof r.affected>();
  for (const h of r.affected) byDepth.set(h.depth, [...(byDepth.get(h.depth) ?? []), h]);
  const angle = new Map<string, number>([[r.root.id, 0]]);
  for (const depth of [...byDepth.keys()].sort((a, b) => a - b)) {
    const ring = byDepth.get(depth)!;
    const parentOf = (h: (typeof ring)[number]) => {
      const last = h.path[h.path.length - 1];
      return last ? (last.from.id === h.node.id ? last.to.id : last.from.id) : r.root.id;
    };
    ring.sort((a, b) => (angle.get(parentOf(a)) ?? 0) - (angle.get(parentOf(b)) ?? 0) || (a.node.name < b.node.name ? -1 : 1));
    ring.forEach((h, i) => {
      const theta = (2 * Math.PI * i) / ring.length;
      angle.set(h.node.id, theta);
      nodes.push(
        toGraphNode(h.node, {
          position: { x: Math.round(depth * RING * Math.cos(theta)), y: Math.round(depth * RING * Math.sin(theta)) },
          classes: [`exposure-${h.exposure}`],
          data: { depth, exposure: h.exposure },
        }),
      );
      const last = h.path[h.path.length - 1];
      if (last)
        edges.push({
          id: `${last.from.id}|${last.type}|${last.to.id}`,
          source: last.from.id,
          target: last.to.id,
          type: last.type,
          provenance: last.provenance,
          classes: [last.type, last.provenance],
        });
    });
  }
  const ids = new Set(nodes.map((n) => n.id));
  const seen = new Set<string>();
  return { nodes, edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target) && !seen.has(e.id) && seen.add(e.id)) };
}

/** The ids on a hit's witness path (root to hit), to highlight on hover. */
export function witnessIds(r: ImpactResult, id: string): string[] {
  const hit = r.affected.find((h) => h.node.id === id);
  if (!hit) return [];
  const ids = new Set<string>([r.root.id]);
  for (const s of hit.path) {
    ids.add(s.from.id);
    ids.add(s.to.id);
    ids.add(`${s.from.id}|${s.type}|${s.to.id}`);
  }
  return [...ids];
}

/** A finding's evidence as a small graph: every fact is an edge between its two ends. */
export function findingToGraph(f: Finding): GraphModel {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const add = (e: { id: string; name: string }, kind: string) => {
    if (!nodes.has(e.id))
      nodes.set(e.id, {
        id: e.id,
        label: e.name,
        kind,
        provenance: f.provenance,
        classes: [kind, f.provenance, f.subjects.some((s) => s.id === e.id) ? 'subject' : ''],
      });
  };
  const kindOf = (id: string) => (isProposalId(id) ? 'Proposal' : kindFromId(id));
  for (const s of f.subjects) add(s, kindOf(s.id));
  for (const ev of f.evidence)
    for (const s of ev.steps) {
      add(s.from, kindOf(s.from.id));
      add(s.to, kindOf(s.to.id));
      edges.push({
        id: `${s.from.id}|${s.type}|${s.to.id}`,
        source: s.from.id,
        target: s.to.id,
        type: s.type,
        label: pick(s.relationVi ?? s.type, s.relationEn ?? s.type),
        provenance: s.provenance ?? 'proposal',
        classes: [s.type, s.provenance ?? 'proposal', 'labelled'],
      });
    }
  for (const r of f.reuseInstead) {
    add(r, kindOf(r.id));
    const subject = f.subjects[0];
    edges.push({
      id: `${subject.id}|REUSE_INSTEAD|${r.id}`,
      source: subject.id,
      target: r.id,
      type: 'REUSE_INSTEAD',
      provenance: 'recommendation',
      classes: ['recommendation'],
    });
  }
  const seen = new Set<string>();
  return { nodes: [...nodes.values()], edges: edges.filter((e) => !seen.has(e.id) && seen.add(e.id)) };
}

const PREFIX_KIND: Record<string, string> = {
  arch: 'Architecture',
  plan: 'Plan',
  law: 'LegalDocument',
  agency: 'Agency',
  agencies: 'AgencyGroup',
  component: 'Component',
  ndb: 'NationalDatabase',
  group: 'ComponentGroup',
  domain: 'DataDomain',
  layer: 'ArchitectureLayer',
  service: 'SharedService',
  network: 'Network',
  task: 'Task',
  indicator: 'Indicator',
  rule: 'AppraisalRule',
};

/** A node's kind from its id prefix (ids are `<prefix>:<slug>`). */
export function kindFromId(id: string): string {
  return PREFIX_KIND[id.slice(0, id.indexOf(':'))] ?? 'Node';
}
