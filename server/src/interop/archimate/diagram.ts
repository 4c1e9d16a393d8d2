/**
 * One generated view per architecture: its overall diagram as layered bands, top to bottom in the
 * layers' order, under the architecture itself. Each layer is a band (the layer's Grouping element)
 * holding its members (IN_LAYER) in a grid; what the architecture includes outside any of its
 * layers goes in a last band. The relationships among the shown elements are drawn, except those
 * the picture already says: a band's hold on its own members, and the architecture's on everything.
 * Coordinates are absolute, as the exchange format wants.
 */
import type { NodeRecord } from '../../model/validate.js';
import type { GraphRecords } from '../types.js';
import type { IdentifierPool } from './ids.js';
import type { LangText } from './texts.js';
import { langElements, type XmlNode } from './xml.js';

const MARGIN = 20;
const COLUMNS = 6;
const CELL_W = 160;
const CELL_H = 55;
const GAP = 15;
const PAD = 15;
const HEADER = 30;
const BAND_GAP = 20;
const BAND_W = 2 * PAD + COLUMNS * CELL_W + (COLUMNS - 1) * GAP;

/** A relationship as written in the model, between element identifiers. */
export interface WrittenRelationship {
  identifier: string;
  source: string;
  target: string;
}

export interface DiagramInput {
  records: GraphRecords;
  /** akb node id → element identifier, for every written element. */
  elementIds: ReadonlyMap<string, string>;
  relationships: readonly WrittenRelationship[];
  pool: IdentifierPool;
}

const byName = (a: NodeRecord, b: NodeRecord) => a.name.localeCompare(b.name, 'vi') || a.id.localeCompare(b.id);

interface Band {
  element?: string;
  label?: LangText[];
  members: NodeRecord[];
}

/** The bands of one architecture's overall diagram, top to bottom. */
export function bandsOf(arch: NodeRecord, records: GraphRecords): Band[] {
  const nodes = new Map(records.nodes.map((n) => [n.id, n]));
  const rels = (type: string) => records.relationships.filter((r) => r.type === type && nodes.has(r.from) && nodes.has(r.to));
  const layers = rels('LAYER_OF')
    .filter((r) => r.to === arch.id)
    .map((r) => nodes.get(r.from)!)
    .sort((a, b) => (a.order as number) - (b.order as number) || byName(a, b));
  const inLayer = rels('IN_LAYER');
  const placed = new Set<string>();
  const bands: Band[] = layers.map((layer) => {
    const members = inLayer
      .filter((r) => r.to === layer.id)
      .map((r) => nodes.get(r.from)!)
      .sort(byName);
    for (const m of members) placed.add(m.id);
    return { element: layer.id, members };
  });
  const others = rels('INCLUDES')
    .filter((r) => r.from === arch.id && !placed.has(r.to))
    .map((r) => nodes.get(r.to)!)
    .sort(byName);
  if (others.length)
    bands.push({
      label: [
        { lang: 'vi', text: 'Thành phần không thuộc lớp nào' },
        { lang: 'en', text: 'Components in no layer' },
      ],
      members: others,
    });
  return bands;
}

/** The view of one architecture. */
export function layeredView(arch: NodeRecord, input: DiagramInput): XmlNode {
  const bands = bandsOf(arch, input.records);
  const archElement = input.elementIds.get(arch.id)!;
  const viewId = input.pool.claim(`view.${archElement}`);
  const shownAt = new Map<string, string>(); // element identifier → its first view node
  const parentOf = new Map<string, string>(); // view node → enclosing band's view node
  let n = 0;
  const nodeId = () => input.pool.claim(`${viewId}.n${++n}`);
  const title = nodeId();
  const nodes: XmlNode[] = [
    { '@identifier': title, '@elementRef': archElement, '@xsi:type': 'Element', '@x': MARGIN, '@y': MARGIN, '@w': BAND_W, '@h': CELL_H },
  ];
  let y = MARGIN + CELL_H + BAND_GAP;
  for (const band of bands) {
    const rows = Math.max(1, Math.ceil(band.members.length / COLUMNS));
    const h = HEADER + rows * (CELL_H + GAP) - GAP + PAD;
    const bandNodeId = nodeId();
    const bandElement = band.element ? input.elementIds.get(band.element) : undefined;
    if (bandElement && !shownAt.has(bandElement)) shownAt.set(bandElement, bandNodeId);
    const children = band.members.flatMap((m, i) => {
      const element = input.elementIds.get(m.id);
      if (!element) return [];
      const id = nodeId();
      if (!shownAt.has(element)) shownAt.set(element, id);
      parentOf.set(id, bandNodeId);
      const x = MARGIN + PAD + (i % COLUMNS) * (CELL_W + GAP);
      const cy = y + HEADER + Math.floor(i / COLUMNS) * (CELL_H + GAP);
      return [{ '@identifier': id, '@elementRef': element, '@xsi:type': 'Element', '@x': x, '@y': cy, '@w': CELL_W, '@h': CELL_H }];
    });
    const box = { '@x': MARGIN, '@y': y, '@w': BAND_W, '@h': h };
    nodes.push(
      bandElement
        ? { '@identifier': bandNodeId, '@elementRef': bandElement, '@xsi:type': 'Element', ...box, node: children }
        : { '@identifier': bandNodeId, '@xsi:type': 'Container', ...box, label: langElements(band.label ?? []), node: children },
    );
    y += h + BAND_GAP;
  }
  let c = 0;
  const connections = input.relationships.flatMap((r) => {
    const [s, t] = [shownAt.get(r.source), shownAt.get(r.target)];
    if (!s || !t || r.source === archElement || r.target === archElement || parentOf.get(t) === s || parentOf.get(s) === t) return [];
    return [
      { '@identifier': input.pool.claim(`${viewId}.c${++c}`), '@xsi:type': 'Relationship', '@relationshipRef': r.identifier, '@source': s, '@target': t },
    ];
  });
  const name: LangText[] = [{ lang: 'vi', text: `${arch.name} — sơ đồ tổng thể` }];
  if (typeof arch.nameEn === 'string') name.push({ lang: 'en', text: `${arch.nameEn} — overall diagram` });
  return { '@identifier': viewId, '@xsi:type': 'Diagram', '@viewpoint': 'Layered', name: langElements(name), node: nodes, connection: connections };
}
