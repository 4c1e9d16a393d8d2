/**
 * The national view's drawing and parameters: impact aggregated by province (the server's
 * `byProvince`) as one node per province around the root, each sized and coloured by how many of
 * its nodes are affected, so the picture has at most one node per province (about 35) plus the
 * root, however large the graph. Also the route value of the province filter the impact view takes.
 * Pure: no DOM, no Cytoscape (tests/web-national.test.ts).
 */
import type { NodeSummary, ProvinceCount } from '../api/queries.js';
import { PROPAGATING_TYPES, impactState, type ImpactState } from './impact-extra.js';
import { toGraphNode, type GraphEdge, type GraphModel, type GraphNode } from './elements.js';

/** The root the national view opens on: the population database. */
export const DEFAULT_NATIONAL_ROOT = 'ndb:dan-cu';

/**
 * The `province` route value for "nodes of no province" (national things). Province names are
 * proper names written with capitals and diacritics, so they never equal it.
 */
export const NATIONAL_PARAM = 'quoc-gia';

/** The route value for a `byProvince` entry (`null` is national). */
export const provinceParam = (province: string | null): string => province ?? NATIONAL_PARAM;

/** The impact API's `provinces` argument for a route value; `null` (no filter) when absent. */
export function provinceFilter(param: string | undefined): (string | null)[] | null {
  if (!param) return null;
  return [param === NATIONAL_PARAM ? null : param];
}

/** The national view's state: the impact state with its own default root, every type, no architecture. */
export function nationalState(params: Record<string, string>): ImpactState {
  const s = impactState(params);
  return { ...s, id: s.id ?? DEFAULT_NATIONAL_ROOT, types: [...PROPAGATING_TYPES], architecture: null };
}

/** Graph id of a province node. */
export const provinceNodeId = (province: string | null) => `province:${provinceParam(province)}`;

/** The province a graph node stands for, or undefined when it is not a province node. */
export function provinceOfNode(id: string): string | null | undefined {
  if (!id.startsWith('province:')) return undefined;
  const p = id.slice('province:'.length);
  return p === NATIONAL_PARAM ? null : p;
}

/** Sequential oranges (light → dark), readable with the common colour-vision deficiencies; size carries the same scale. */
export const COUNT_COLOURS = ['#fee6ce', '#fdae6b', '#f16913', '#d94801', '#7f2704'] as const;
export const MIN_SIZE = 28;
export const MAX_SIZE = 96;

/** The colour step of a count on a scale up to `max` (0 … COUNT_COLOURS.length − 1). */
export function countStep(count: number, max: number): number {
  if (max <= 0 || count <= 0) return 0;
  return Math.min(COUNT_COLOURS.length - 1, Math.floor((count / max) * COUNT_COLOURS.length - 1e-9));
}

/** Node diameter: area grows with the count (square root), between MIN_SIZE and MAX_SIZE. */
export function countSize(count: number, max: number): number {
  if (max <= 0) return MIN_SIZE;
  return Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(Math.max(0, count) / max));
}

/**
 * The root in the middle, one node per `byProvince` entry on a circle (largest first, clockwise
 * from the top) and an edge from each to the root. `label(p)` names a province (the national group
 * has no name of its own, so the view supplies one in the current language).
 */
export function nationalToGraph(root: NodeSummary, byProvince: ProvinceCount[], label: (p: ProvinceCount) => string): GraphModel {
  const max = Math.max(0, ...byProvince.map((p) => p.count));
  const n = byProvince.length;
  // Room for the largest node plus its label on the circumference.
  const radius = Math.max(220, Math.round((n * (MAX_SIZE + 70)) / (2 * Math.PI)));
  const nodes: GraphNode[] = [toGraphNode(root, { position: { x: 0, y: 0 }, classes: ['root'] })];
  const edges: GraphEdge[] = [];
  byProvince.forEach((p, i) => {
    const theta = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n);
    const id = provinceNodeId(p.province);
    nodes.push({
      id,
      label: `${label(p)} (${p.count})`,
      kind: 'Province',
      provenance: 'aggregate',
      classes: ['Province', 'aggregate', p.province === null ? 'national' : ''],
      position: { x: Math.round(radius * Math.cos(theta)), y: Math.round(radius * Math.sin(theta)) },
      data: { count: p.count, size: countSize(p.count, max), color: COUNT_COLOURS[countStep(p.count, max)] },
    });
    edges.push({ id: `${root.id}|AFFECTS|${id}`, source: root.id, target: id, type: 'AFFECTS', provenance: 'aggregate', classes: ['aggregate'] });
  });
  return { nodes, edges };
}

/** Cytoscape styles of the aggregate nodes and edges (spread into graph/style.ts). */
export const NATIONAL_STYLES: unknown[] = [
  { selector: 'node.aggregate', style: { width: 'data(size)', height: 'data(size)', 'background-color': 'data(color)', shape: 'ellipse', 'border-color': '#222222', 'border-width': 2, 'font-size': 12 } },
  // The national group (nodes of no province) is a square, so it reads apart without colour.
  { selector: 'node.aggregate.national', style: { shape: 'round-rectangle', 'border-style': 'double', 'border-width': 4 } },
  { selector: 'edge.aggregate', style: { width: 2, 'line-color': '#999999', 'target-arrow-shape': 'none', 'curve-style': 'straight' } },
];
