/**
 * The overall diagram of an architecture version as horizontal bands, one per layer of the
 * diagram, top to bottom by the layer's `order`, with fixed positions for `<kb-graph layout="preset">`.
 * With a diff against another version, nodes carry what changed (added, removed, merged, status
 * changed) as a class and as a marker in the label, so the change reads without colour too.
 * Pure: no DOM, no Cytoscape (tests/web-architecture-layout.test.ts).
 */
import type { ArchitectureDiff, ArchitectureLayerView, Inclusion } from '../api/architecture.js';
import type { NodeSummary } from '../api/queries.js';
import type { GraphEdge, GraphModel, GraphNode } from './elements.js';

/** Layout units (model coordinates; kb-graph fits them to the screen). */
export const BAND_LAYOUT = {
  /** Width reserved on the left for the band's label node. */
  labelWidth: 230,
  /** Horizontal distance between two members of a band. */
  columnWidth: 165,
  /** Members per row before a band wraps onto another row. */
  perRow: 12,
  /** Vertical distance between two rows of one band. */
  rowHeight: 72,
  /** Extra space between two bands. */
  bandGap: 16,
} as const;

export type DiffChange = 'added' | 'removed' | 'merged' | 'status' | 'kept';

/** Marker put before the label of a changed node (paired with its colour in the legend). */
export const DIFF_MARKER: Record<Exclude<DiffChange, 'kept'>, string> = { added: '+', removed: '−', merged: '⇒', status: '~' };

export interface Band {
  /** The layer's id, or `band:other` / `band:removed` for the two synthetic bands. */
  id: string;
  label: string;
  order: number;
  /** y of the band's first row. */
  y: number;
  /** Ids of the nodes drawn in the band (the real node ids, not the graph ids). */
  members: string[];
}

export interface ArchitectureGraph extends GraphModel {
  bands: Band[];
}

export interface BandOptions {
  /** Label of the band of included nodes in no layer ("Khác / Other"). */
  otherLabel: string;
  /** Label of the band of nodes only the compared version has. */
  removedLabel?: string;
  /** The comparison from another version to this one (architectureDiff(from: other, to: this)). */
  diff?: ArchitectureDiff | null;
  /** The other version's layers, to put a removed node in the band of the same layer key. */
  compareLayers?: ArchitectureLayerView[];
  /** Draw the band of included nodes in no layer (default true). */
  showOthers?: boolean;
  /** How an inclusion status is written in a label ("existing" → "hiện có"). */
  statusLabel?: (status: string) => string;
}

const KIND_ORDER = ['Component', 'ComponentGroup', 'NationalDatabase', 'SharedService', 'Network'];
const kindRank = (k: string) => (KIND_ORDER.includes(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.length);
const byKindThenName = (a: NodeSummary, b: NodeSummary) => kindRank(a.kind) - kindRank(b.kind) || a.name.localeCompare(b.name, 'vi');

const MAX_LABEL = 60;
export const clip = (s: string, max = MAX_LABEL) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/** What the diff says about each node id. */
export function diffChanges(diff: ArchitectureDiff): Map<string, { change: DiffChange; statusFrom: string | null; statusTo: string | null }> {
  const out = new Map<string, { change: DiffChange; statusFrom: string | null; statusTo: string | null }>();
  for (const i of diff.statusChanged) out.set(i.node.id, { change: 'status', statusFrom: i.statusFrom, statusTo: i.statusTo });
  for (const i of diff.added) out.set(i.node.id, { change: 'added', statusFrom: i.statusFrom, statusTo: i.statusTo });
  for (const i of diff.removed) out.set(i.node.id, { change: 'removed', statusFrom: i.statusFrom, statusTo: i.statusTo });
  for (const m of diff.merged) for (const i of m.merged) out.set(i.node.id, { change: 'merged', statusFrom: i.statusFrom, statusTo: i.statusTo });
  return out;
}

/**
 * Bands of the diagram: one per layer (ordered by `order`), each layer's members spread along x
 * (wrapping after BAND_LAYOUT.perRow), a label node at the left of each band; included nodes in no
 * layer go to a last band (options.otherLabel); with a diff, nodes only the other version has are
 * drawn too, in the band of the same layer key when the other version put them in one, else in a
 * band of their own, and merges are arrows to the node merged into.
 *
 * A node in several layers is drawn in each; the first drawing has the node's id, later ones
 * `<id>@<layer id>`, and every drawn node has its real id in `data.ref`.
 */
export function architectureBands(layers: ArchitectureLayerView[], included: Inclusion[], options: BandOptions): ArchitectureGraph {
  const L = BAND_LAYOUT;
  const status = new Map(included.map((i) => [i.node.id, i.status]));
  const changes = options.diff ? diffChanges(options.diff) : new Map<string, { change: DiffChange; statusFrom: string | null; statusTo: string | null }>();
  const statusLabel = options.statusLabel ?? ((s: string) => s);

  // Members per band, in the order the server gives them, without repeats inside a band.
  const rows: { id: string; label: string; order: number; provenance: string; kind: string; members: NodeSummary[] }[] = [...layers]
    .sort((a, b) => a.order - b.order)
    .map((l) => {
      const seen = new Set<string>();
      return { id: l.id, label: `${l.order}. ${l.name}`, order: l.order, provenance: l.provenance, kind: 'ArchitectureLayer', members: l.layerMembers.filter((m) => !seen.has(m.id) && seen.add(m.id)) };
    });
  const inLayer = new Set(rows.flatMap((r) => r.members.map((m) => m.id)));
  const others = included.map((i) => i.node).filter((n) => !inLayer.has(n.id));
  const lastOrder = rows.length ? rows[rows.length - 1].order : 0;
  if (others.length && options.showOthers !== false) rows.push({ id: 'band:other', label: options.otherLabel, order: lastOrder + 1, provenance: 'stated', kind: 'Band', members: [...new Map(others.map((n) => [n.id, n])).values()].sort(byKindThenName) });

  // Removed nodes: into the band with the layer key the other version gave them, else their own band.
  const removed = options.diff?.removed.map((i) => i.node) ?? [];
  if (removed.length) {
    const keyOf = new Map<string, string>();
    for (const l of [...(options.compareLayers ?? [])].sort((a, b) => a.order - b.order)) for (const m of l.layerMembers) if (!keyOf.has(m.id)) keyOf.set(m.id, l.layerKey);
    const bandByKey = new Map(layers.map((l) => [l.layerKey, rows.find((r) => r.id === l.id)!]));
    const homeless: NodeSummary[] = [];
    for (const n of removed) {
      const band = bandByKey.get(keyOf.get(n.id) ?? '');
      if (band && !band.members.some((m) => m.id === n.id)) band.members.push(n);
      else if (!band) homeless.push(n);
    }
    if (homeless.length)
      rows.push({ id: 'band:removed', label: options.removedLabel ?? options.otherLabel, order: rows.length ? rows[rows.length - 1].order + 1 : 1, provenance: 'stated', kind: 'Band', members: homeless.sort(byKindThenName) });
  }

  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const bands: Band[] = [];
  const graphIdOf = new Map<string, string>();
  let y = 0;
  for (const row of rows) {
    bands.push({ id: row.id, label: row.label, order: row.order, y, members: row.members.map((m) => m.id) });
    nodes.push({
      id: row.id,
      label: row.label,
      kind: 'ArchitectureLayer',
      provenance: row.provenance,
      classes: ['ArchitectureLayer', row.provenance, 'band-label'],
      position: { x: 0, y },
      data: { ref: row.id.startsWith('band:') ? null : row.id, band: row.id, order: row.order },
    });
    row.members.forEach((m, i) => {
      const graphId = graphIdOf.has(m.id) ? `${m.id}@${row.id}` : m.id;
      if (!graphIdOf.has(m.id)) graphIdOf.set(m.id, graphId);
      const c = changes.get(m.id);
      const change: DiffChange = c?.change ?? 'kept';
      const st = status.get(m.id) ?? null;
      let label = clip(m.name);
      if (change === 'status' && c?.statusFrom && c.statusTo) label = `${label} (${statusLabel(c.statusFrom)} → ${statusLabel(c.statusTo)})`;
      if (change !== 'kept') label = `${DIFF_MARKER[change]} ${label}`;
      nodes.push({
        id: graphId,
        label,
        kind: m.kind,
        provenance: m.provenance,
        classes: [m.kind, m.provenance, 'band-member', ...(options.diff ? [`diff-${change}`] : []), ...(st ? [`status-${st}`] : [])],
        position: { x: L.labelWidth + (i % L.perRow) * L.columnWidth, y: y + Math.floor(i / L.perRow) * L.rowHeight },
        data: { ref: m.id, band: row.id, order: row.order, status: st, change },
      });
    });
    y += Math.max(1, Math.ceil(row.members.length / L.perRow)) * L.rowHeight + L.bandGap;
  }

  if (options.diff) {
    const link = (from: string, type: string, to: string, provenance: string) => {
      const s = graphIdOf.get(from);
      const t = graphIdOf.get(to);
      if (s && t && s !== t) edges.push({ id: `${from}|${type}|${to}`, source: s, target: t, type, provenance, classes: [type, provenance, 'diff-link'] });
    };
    for (const m of options.diff.merged) if (m.target) for (const i of m.merged) link(i.node.id, 'MERGED_INTO', m.target.node.id, m.sources[0]?.provenance ?? 'stated');
    for (const r of options.diff.renamed) link(r.previous.node.id, 'SUCCEEDED_BY', r.successor.node.id, r.provenance);
  }
  return { nodes, edges, bands };
}

/**
 * Cytoscape style entries for the bands and the diff (colours from the Okabe–Ito palette, each
 * paired with a border style and the label's marker). kb-graph's stylesheet (graph/style.ts) has
 * to include them for the colours to show; the markers work without them.
 */
export const ARCHITECTURE_STYLES: unknown[] = [
  {
    selector: 'node.band-label',
    style: { shape: 'round-rectangle', width: 200, height: 44, 'background-color': '#eeeeee', 'border-color': '#555555', 'border-width': 1, 'text-valign': 'center', 'text-halign': 'center', 'text-margin-y': 0, 'text-max-width': '190px', 'font-weight': 'bold', 'font-size': 12 },
  },
  { selector: 'node.diff-added', style: { 'border-color': '#009E73', 'border-width': 5, 'border-style': 'solid' } },
  { selector: 'node.diff-removed', style: { 'border-color': '#D55E00', 'border-width': 4, 'border-style': 'dashed', 'background-opacity': 0.35, color: '#444444' } },
  { selector: 'node.diff-merged', style: { 'border-color': '#CC79A7', 'border-width': 6, 'border-style': 'double' } },
  { selector: 'node.diff-status', style: { 'border-color': '#E69F00', 'border-width': 5, 'border-style': 'solid' } },
  { selector: 'node.diff-kept', style: { 'background-opacity': 0.6 } },
  { selector: 'edge.MERGED_INTO', style: { 'line-color': '#CC79A7', 'target-arrow-color': '#CC79A7', width: 3 } },
  { selector: 'edge.SUCCEEDED_BY', style: { 'line-color': '#555555', 'target-arrow-color': '#555555', width: 2, 'line-style': 'dashed' } },
];
