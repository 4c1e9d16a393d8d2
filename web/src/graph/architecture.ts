/**
 * An architecture version as a landscape people can read: one band per layer, top to bottom in the
 * layer's order, the band's name in a column on the left; inside a band the components as boxes
 * with their names wrapped (never clipped to a few characters), framed by the collectively mentioned
 * group they belong to (nested when the group is itself in a group of the band); what is in no
 * layer in a last band ("Khác"). Connections are edges `kb-graph` shows on demand. With a diff
 * against another version, boxes carry what changed as a class and as a marker in the label
 * (added +, removed −, merged ⇒, status ~), removed ones drawn in the band of the same layer key the
 * other version gives them, merges and renames as arrows.
 * Positions are model units meant to be drawn at zoom 1 (12 px text). Pure: no DOM, no Cytoscape
 * (tests/unit/web-architecture-layout.test.ts).
 */
import type { ArchitectureDiff, ArchitectureLandscape, LandscapePlacementView } from '../api/architecture.js';
import type { NodeSummary } from '../api/queries.js';
import type { GraphEdge, GraphModel, GraphNode } from './elements.js';

/** Layout units (model coordinates, drawn at zoom 1: one unit is one pixel). */
export const LANDSCAPE = {
  /** Font size of box labels; kb-graph's minFontPx is checked against it. */
  font: 12,
  lineHeight: 15,
  /** Width of the column holding the band names. */
  labelColumn: 190,
  boxWidth: 168,
  boxMinHeight: 36,
  boxPadding: 8,
  gap: 10,
  framePadding: 8,
  frameHead: 20,
  bandPadding: 12,
  bandGap: 8,
  emptyBandHeight: 44,
} as const;

export type DiffChange = 'added' | 'removed' | 'merged' | 'status' | 'kept';

/** Marker put before the label of a changed node (paired with its colour in the legend). */
export const DIFF_MARKER: Record<Exclude<DiffChange, 'kept'>, string> = { added: '+', removed: '−', merged: '⇒', status: '~' };

export interface Band {
  /** The layer's id, or `band:other` / `band:removed` for the two synthetic bands. */
  id: string;
  label: string;
  order: number;
  /** Top of the band. */
  y: number;
  height: number;
  /** Ids of the nodes drawn in the band (the real node ids). */
  members: string[];
  /** Graph ids of everything drawn in the band (to fit the view to it). */
  graphIds: string[];
}

export interface ArchitectureGraph extends GraphModel {
  bands: Band[];
  /** Total width and height in model units. */
  width: number;
  height: number;
}

export interface LandscapeOptions {
  /** Width of the area right of the band names, in model units (≈ pixels at zoom 1). */
  width: number;
  /** Layer names in the current language. */
  layerName: (l: { name: string; nameEn: string | null }) => string;
  /** Label of the band of components in no layer ("Khác / Other"). */
  otherLabel: string;
  /** Label of the band of removed nodes with no layer of the same key. */
  removedLabel?: string;
  /** Text in a band with nothing in it. */
  emptyLabel?: string;
  /** Draw the "Other" band (default true). */
  showOthers?: boolean;
  /** The comparison from another version to this one (architectureDiff(from: other, to: this)). */
  diff?: ArchitectureDiff | null;
  /** The other version's landscape, to place removed nodes in the band of the same layer key. */
  compare?: ArchitectureLandscape | null;
  /** How an inclusion status is written in a label ("existing" → "hiện có"). */
  statusLabel?: (status: string) => string;
  /** Mark of illustrative data in a label. */
  exampleLabel?: string;
}

const KIND_ORDER = ['Component', 'NationalDatabase', 'ComponentGroup', 'SharedService', 'Network'];
const kindRank = (k: string) => (KIND_ORDER.includes(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.length);
const byKindThenName = (a: NodeSummary, b: NodeSummary) => kindRank(a.kind) - kindRank(b.kind) || a.name.localeCompare(b.name, 'vi');

/** Rough width of a text at `px` (no DOM): average glyph widths of a sans-serif face. */
export function textWidth(s: string, px: number = LANDSCAPE.font): number {
  let w = 0;
  for (const c of s)
    w +=
      c === ' '
        ? 0.28
        : /[MWmwĐƯƠ]/.test(c)
          ? 0.82
          : /[A-ZÀ-Ỹ0-9]/.test(c) && c === c.toUpperCase() && c !== c.toLowerCase()
            ? 0.68
            : /[ijlI.,;:'|()!]/.test(c)
              ? 0.3
              : 0.55;
  return w * px;
}

/** Greedy word wrap to `width`; a word longer than a line gets a line of its own. */
export function wrapLines(s: string, width: number, px: number = LANDSCAPE.font): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, px) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** What the diff says about each node id. */
export function diffChanges(diff: ArchitectureDiff): Map<string, { change: DiffChange; statusFrom: string | null; statusTo: string | null }> {
  const out = new Map<string, { change: DiffChange; statusFrom: string | null; statusTo: string | null }>();
  for (const i of diff.statusChanged) out.set(i.node.id, { change: 'status', statusFrom: i.statusFrom, statusTo: i.statusTo });
  for (const i of diff.added) out.set(i.node.id, { change: 'added', statusFrom: i.statusFrom, statusTo: i.statusTo });
  for (const i of diff.removed) out.set(i.node.id, { change: 'removed', statusFrom: i.statusFrom, statusTo: i.statusTo });
  for (const m of diff.merged) for (const i of m.merged) out.set(i.node.id, { change: 'merged', statusFrom: i.statusFrom, statusTo: i.statusTo });
  return out;
}

interface Block {
  w: number;
  h: number;
  /** Writes the block's nodes with (x, y) its top-left corner. */
  place(x: number, y: number): void;
}

/** Blocks left to right, wrapping at `width`; returns the size used. */
function shelf(blocks: Block[], width: number): { w: number; h: number; place(x: number, y: number): void } {
  const G = LANDSCAPE.gap;
  const rows: { items: Block[]; h: number; w: number }[] = [];
  let row: { items: Block[]; h: number; w: number } = { items: [], h: 0, w: 0 };
  for (const b of blocks) {
    if (row.items.length && row.w + G + b.w > width) {
      rows.push(row);
      row = { items: [], h: 0, w: 0 };
    }
    row.w += (row.items.length ? G : 0) + b.w;
    row.h = Math.max(row.h, b.h);
    row.items.push(b);
  }
  if (row.items.length) rows.push(row);
  const w = Math.max(0, ...rows.map((r) => r.w));
  const h = rows.reduce((a, r) => a + r.h, 0) + Math.max(0, rows.length - 1) * G;
  return {
    w,
    h,
    place(x0: number, y0: number) {
      let y = y0;
      for (const r of rows) {
        let x = x0;
        for (const b of r.items) {
          b.place(x, y);
          x += b.w + G;
        }
        y += r.h + G;
      }
    },
  };
}

interface Drawn {
  p: LandscapePlacementView;
  change: DiffChange;
  statusFrom: string | null;
  statusTo: string | null;
}

/** The landscape: bands, frames, boxes and the connections among them (hidden until asked for). */
export function landscapeLayout(l: ArchitectureLandscape, o: LandscapeOptions): ArchitectureGraph {
  const L = LANDSCAPE;
  const changes = o.diff ? diffChanges(o.diff) : new Map<string, { change: DiffChange; statusFrom: string | null; statusTo: string | null }>();
  const statusLabel = o.statusLabel ?? ((s: string) => s);
  const drawnOf = (p: LandscapePlacementView): Drawn => {
    const c = changes.get(p.node.id);
    return { p, change: c?.change ?? 'kept', statusFrom: c?.statusFrom ?? null, statusTo: c?.statusTo ?? null };
  };

  // Bands: the version's layers, then "Other", then removed nodes with no band of their key.
  const rows: { id: string; label: string; order: number; provenance: string; items: Drawn[] }[] = [...l.layers]
    .sort((a, b) => a.order - b.order)
    .map((layer) => ({
      id: layer.id,
      label: `${layer.order}. ${o.layerName(layer)}`,
      order: layer.order,
      provenance: layer.provenance,
      items: l.placements.filter((p) => p.layerId === layer.id).map(drawnOf),
    }));
  const lastOrder = rows.length ? rows[rows.length - 1].order : 0;
  const others = l.placements.filter((p) => !p.layerId).map(drawnOf);
  if (others.length && o.showOthers !== false) rows.push({ id: 'band:other', label: o.otherLabel, order: lastOrder + 1, provenance: 'stated', items: others });
  const removed = o.diff?.removed.map((i) => i.node.id) ?? [];
  if (removed.length) {
    const keyOf = new Map((o.compare?.layers ?? []).map((x) => [x.id, x.layerKey]));
    const bandOfKey = new Map(l.layers.map((x) => [x.layerKey, rows.find((r) => r.id === x.id)!]));
    const homeless: Drawn[] = [];
    for (const id of removed) {
      const placed = (o.compare?.placements ?? []).filter((p) => p.node.id === id);
      const item = (p: LandscapePlacementView): Drawn => ({
        p: { ...p, groupId: null },
        change: 'removed',
        statusFrom: changes.get(id)?.statusFrom ?? null,
        statusTo: null,
      });
      let home = false;
      for (const p of placed) {
        const band = p.layerId ? bandOfKey.get(keyOf.get(p.layerId) ?? '') : undefined;
        if (band && !band.items.some((d) => d.p.node.id === id)) {
          band.items.push(item(p));
          home = true;
        }
      }
      if (!home) {
        const node = placed[0]?.node ?? o.diff!.removed.find((i) => i.node.id === id)!.node;
        homeless.push(
          item(
            placed[0] ?? {
              node,
              layerId: null,
              groupId: null,
              status: null,
              provenance: null,
              rule: null,
              explanationVi: null,
              explanationEn: null,
              via: null,
              sources: [],
            },
          ),
        );
      }
    }
    if (homeless.length)
      rows.push({ id: 'band:removed', label: o.removedLabel ?? o.otherLabel, order: (rows.at(-1)?.order ?? 0) + 1, provenance: 'stated', items: homeless });
  }

  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const bands: Band[] = [];
  const graphIdOf = new Map<string, string>();
  const contentX = L.labelColumn;
  const contentW = Math.max(L.boxWidth + 2 * L.bandPadding, o.width);
  const textW = L.boxWidth - 2 * L.boxPadding;

  const boxLabel = (d: Drawn) => {
    let label = d.p.node.name;
    if (d.change === 'status' && d.statusFrom && d.statusTo) label = `${label} (${statusLabel(d.statusFrom)} → ${statusLabel(d.statusTo)})`;
    if (d.change !== 'kept') label = `${DIFF_MARKER[d.change]} ${label}`;
    if (d.p.node.provenance === 'example' && o.exampleLabel) label = `${label} · ${o.exampleLabel}`;
    return label;
  };

  let y = 0;
  for (const row of rows) {
    const bandGraphIds: string[] = [];
    const items = [...new Map(row.items.map((d) => [d.p.node.id, d])).values()];
    const inBand = new Map(items.map((d) => [d.p.node.id, d]));
    // A group of the band with members in it is a frame; a frame inside another frame of the band nests.
    const isFrame = (id: string) => inBand.get(id)?.p.node.kind === 'ComponentGroup' && items.some((d) => d.p.groupId === id && d.p.node.id !== id);
    const directParent = (id: string) => {
      const g = inBand.get(id)?.p.groupId;
      return g && g !== id && isFrame(g) ? g : null;
    };
    // A frame chain that comes back to itself (groups in each other) is cut where it loops.
    const parentOf = (d: Drawn) => {
      const first = directParent(d.p.node.id);
      const chain = new Set([d.p.node.id]);
      for (let g = first; g; g = directParent(g)) {
        if (chain.has(g)) return null;
        chain.add(g);
      }
      return first;
    };
    const childrenOf = (frame: string | null) => items.filter((d) => parentOf(d) === frame);

    /**
     * Adds the graph node drawing `d` in this band, its w × h box at (x, top): a box or a group's
     * frame. A node drawn in several bands gets one graph id per band.
     */
    const drawNode = (
      d: Drawn,
      x: number,
      top: number,
      w: number,
      h: number,
      shape: 'landscape-box' | 'frame',
      textWidth: number,
      more: { classes?: string[]; data?: Record<string, unknown> } = {},
    ) => {
      const id = graphIdOf.has(d.p.node.id) ? `${d.p.node.id}@${row.id}` : d.p.node.id;
      if (!graphIdOf.has(d.p.node.id)) graphIdOf.set(d.p.node.id, id);
      bandGraphIds.push(id);
      nodes.push({
        id,
        label: boxLabel(d),
        kind: d.p.node.kind,
        provenance: d.p.node.provenance,
        classes: [
          d.p.node.kind,
          d.p.node.provenance,
          shape,
          `placement-${d.p.provenance === 'inferred' ? 'inferred' : 'stated'}`,
          ...(o.diff ? [`diff-${d.change}`] : []),
          ...(more.classes ?? []),
        ],
        position: { x: x + w / 2, y: top + h / 2 },
        data: {
          ref: d.p.node.id,
          band: row.id,
          order: row.order,
          width: w,
          height: h,
          textWidth,
          change: d.change,
          rule: d.p.rule,
          group: d.p.groupId,
          ...more.data,
        },
      });
    };

    const box = (d: Drawn): Block => {
      const label = boxLabel(d);
      const lines = wrapLines(label, textW).length;
      const h = Math.max(L.boxMinHeight, lines * L.lineHeight + 2 * L.boxPadding);
      return {
        w: L.boxWidth,
        h,
        place: (x, top) =>
          drawNode(d, x, top, L.boxWidth, h, 'landscape-box', textW, {
            classes: d.p.status ? [`status-${d.p.status}`] : [],
            data: { status: d.p.status },
          }),
      };
    };
    const frame = (d: Drawn, maxW: number): Block => {
      const inner = shelf(blocksOf(d.p.node.id, maxW - 2 * L.framePadding), maxW - 2 * L.framePadding);
      const titleLines = wrapLines(boxLabel(d), Math.max(inner.w, L.boxWidth) - 8, 12).length;
      const head = Math.max(L.frameHead, titleLines * L.lineHeight + 6);
      const w = Math.max(inner.w, L.boxWidth) + 2 * L.framePadding;
      const h = inner.h + head + L.framePadding;
      return {
        w,
        h,
        place: (x, top) => {
          drawNode(d, x, top, w, h, 'frame', w - 12);
          inner.place(x + L.framePadding, top + head);
        },
      };
    };
    // Boxes first (by kind, then name), then frames (by name).
    const blocksOf = (parent: string | null, maxW: number): Block[] => {
      const kids = childrenOf(parent).filter((d) => d.p.node.id !== parent);
      const plain = kids.filter((d) => !isFrame(d.p.node.id)).sort((a, b) => byKindThenName(a.p.node, b.p.node));
      const frames = kids.filter((d) => isFrame(d.p.node.id)).sort((a, b) => a.p.node.name.localeCompare(b.p.node.name, 'vi'));
      return [...plain.map(box), ...frames.map((f) => frame(f, maxW))];
    };

    const inner = shelf(blocksOf(null, contentW - 2 * L.bandPadding), contentW - 2 * L.bandPadding);
    const height = items.length ? inner.h + 2 * L.bandPadding : L.emptyBandHeight;
    inner.place(contentX + L.bandPadding, y + L.bandPadding);
    nodes.push({
      id: `bg:${row.id}`,
      label: items.length ? '' : (o.emptyLabel ?? ''),
      kind: 'Band',
      provenance: row.provenance,
      classes: ['band-bg', bands.length % 2 ? 'band-odd' : 'band-even'],
      position: { x: (contentX + contentW) / 2, y: y + height / 2 },
      data: { band: row.id, width: contentX + contentW, height },
    });
    // The band's name at its top left, so a tall band still shows its name where it starts.
    const labelW = L.labelColumn - 16;
    const labelH = Math.min(height - 8, Math.max(30, wrapLines(row.label, labelW - 16, 13).length * 17 + 12));
    nodes.push({
      id: row.id,
      label: row.label,
      kind: 'ArchitectureLayer',
      provenance: row.provenance,
      classes: ['ArchitectureLayer', row.provenance, 'band-label'],
      position: { x: 8 + labelW / 2, y: y + 4 + labelH / 2 },
      data: { ref: row.id.startsWith('band:') ? null : row.id, band: row.id, order: row.order, width: labelW, height: labelH, textWidth: labelW - 14 },
    });
    bands.push({
      id: row.id,
      label: row.label,
      order: row.order,
      y,
      height,
      members: items.map((d) => d.p.node.id),
      graphIds: [row.id, `bg:${row.id}`, ...bandGraphIds],
    });
    y += height + L.bandGap;
  }

  // Connections, hidden until a box is hovered or selected (kb-graph edgesOnDemand).
  const seen = new Set<string>();
  for (const c of l.connections) {
    const s = graphIdOf.get(c.from);
    const t = graphIdOf.get(c.to);
    const id = `${c.from}|${c.type}|${c.to}`;
    if (s && t && s !== t && !seen.has(id)) {
      seen.add(id);
      edges.push({ id, source: s, target: t, type: c.type, provenance: c.provenance, classes: [c.type, c.provenance, 'connection'] });
    }
  }
  if (o.diff) {
    const link = (from: string, type: string, to: string, provenance: string) => {
      const s = graphIdOf.get(from);
      const t = graphIdOf.get(to);
      if (s && t && s !== t) edges.push({ id: `${from}|${type}|${to}`, source: s, target: t, type, provenance, classes: [type, provenance, 'diff-link'] });
    };
    for (const m of o.diff.merged)
      if (m.target) for (const i of m.merged) link(i.node.id, 'MERGED_INTO', m.target.node.id, m.sources[0]?.provenance ?? 'stated');
    for (const r of o.diff.renamed) link(r.previous.node.id, 'SUCCEEDED_BY', r.successor.node.id, r.provenance);
  }
  return { nodes, edges, bands, width: contentX + contentW, height: Math.max(0, y - L.bandGap) };
}

/**
 * Cytoscape styles of the landscape and the diff (colours from the Okabe–Ito palette, each paired
 * with a border style and the label's marker). Spread into kb-graph's stylesheet (graph/style.ts).
 */
export const ARCHITECTURE_STYLES: unknown[] = [
  {
    selector: 'node.band-bg',
    style: {
      shape: 'rectangle',
      width: 'data(width)',
      height: 'data(height)',
      'background-color': '#f3f6f9',
      'border-width': 1,
      'border-color': '#c9d3dd',
      'border-style': 'solid',
      label: 'data(label)',
      color: '#333333',
      'font-size': 12,
      'font-style': 'italic',
      'text-valign': 'center',
      'text-halign': 'center',
      'text-margin-y': 0,
      'text-background-opacity': 0,
      'z-index-compare': 'manual',
      'z-index': 0,
      events: 'no',
    },
  },
  { selector: 'node.band-bg.band-odd', style: { 'background-color': '#ffffff' } },
  {
    selector: 'node.band-label',
    style: {
      shape: 'rectangle',
      width: 'data(width)',
      height: 'data(height)',
      'background-color': '#e4eaf0',
      'border-color': '#55606b',
      'border-width': 1,
      'border-style': 'solid',
      'text-valign': 'center',
      'text-halign': 'center',
      'text-margin-y': 0,
      'text-wrap': 'wrap',
      'text-max-width': 'data(textWidth)',
      'font-weight': 'bold',
      'font-size': 13,
      color: '#111111',
      'text-background-opacity': 0,
      'z-index-compare': 'manual',
      'z-index': 1,
    },
  },
  {
    selector: 'node.frame',
    style: {
      shape: 'round-rectangle',
      width: 'data(width)',
      height: 'data(height)',
      'background-color': '#56B4E9',
      'background-opacity': 0.1,
      'border-color': '#2a7ab0',
      'border-width': 1.5,
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': 18,
      'text-wrap': 'wrap',
      'text-max-width': 'data(textWidth)',
      'font-size': 12,
      'font-weight': 'bold',
      color: '#0d3c5c',
      'text-background-opacity': 0,
      'z-index-compare': 'manual',
      'z-index': 2,
    },
  },
  {
    selector: 'node.landscape-box',
    style: {
      shape: 'round-rectangle',
      width: 'data(width)',
      height: 'data(height)',
      'background-opacity': 0.18,
      'border-width': 2,
      'text-valign': 'center',
      'text-halign': 'center',
      'text-margin-y': 0,
      'text-wrap': 'wrap',
      'text-max-width': 'data(textWidth)',
      'font-size': 12,
      'line-height': 1.2,
      color: '#111111',
      'text-background-opacity': 0,
      'z-index-compare': 'manual',
      'z-index': 3,
    },
  },
  // Border colour follows the kind (set per kind in graph/style.ts through the landscape-box rule below).
  { selector: 'node.landscape-box.placement-inferred, node.frame.placement-inferred', style: { 'border-style': 'dashed' } },
  { selector: 'node.landscape-box.example', style: { 'border-style': 'dotted', 'border-width': 3 } },
  { selector: 'edge.connection', style: { width: 2, 'curve-style': 'bezier', 'z-index-compare': 'manual', 'z-index': 5 } },
  { selector: 'node.diff-added', style: { 'border-color': '#009E73', 'border-width': 5, 'border-style': 'solid' } },
  {
    selector: 'node.diff-removed',
    style: { 'border-color': '#D55E00', 'border-width': 4, 'border-style': 'dashed', 'background-opacity': 0.08, color: '#333333' },
  },
  { selector: 'node.diff-merged', style: { 'border-color': '#CC79A7', 'border-width': 6, 'border-style': 'double' } },
  { selector: 'node.diff-status', style: { 'border-color': '#E69F00', 'border-width': 5, 'border-style': 'solid' } },
  { selector: 'edge.MERGED_INTO', style: { 'line-color': '#CC79A7', 'target-arrow-color': '#CC79A7', width: 3, 'z-index-compare': 'manual', 'z-index': 6 } },
  {
    selector: 'edge.SUCCEEDED_BY',
    style: { 'line-color': '#555555', 'target-arrow-color': '#555555', width: 2, 'line-style': 'dashed', 'z-index-compare': 'manual', 'z-index': 6 },
  },
];
