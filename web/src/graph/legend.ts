/**
 * The legend of a drawing, from what the model holds: the kinds drawn (colour and shape), how
 * provenance shows (node borders, line styles), the special edges (recommendations, merges,
 * renames), exposure (impact), and the summary nodes of capped neighbourhoods. Every graph kb-graph
 * draws carries it on screen and in its exports. Pure (labels through the dictionary).
 */
import type { LabelKey } from '../i18n/dictionary.js';
import { t } from '../i18n/i18n.js';
import type { GraphModel } from './elements.js';
import { KIND_STYLE } from './style.js';

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface LegendSwatch {
  shape: string;
  fill: string;
  stroke: string;
  border: LineStyle | 'double';
  /** Fill opacity (exposure, landscape boxes). */
  opacity?: number;
}

export interface LegendLine {
  color: string;
  style: LineStyle;
  width: number;
}

export interface LegendEntry {
  group: 'kind' | 'provenance' | 'edge' | 'exposure' | 'other';
  key: string;
  label: string;
  swatch?: LegendSwatch;
  line?: LegendLine;
  /** A marker drawn before the label instead of (or with) a swatch: "+3", "⇒"… */
  marker?: string;
}

const label = (key: string, fallback: string) => {
  const text = t(key as LabelKey);
  return text === key ? fallback : text;
};

const KIND_ORDER = Object.keys(KIND_STYLE);
const PROVENANCES: LineStyle[] = ['solid', 'dashed', 'dotted'];
const PROV_STYLE: Record<string, LineStyle> = { stated: 'solid', inferred: 'dashed', example: 'dotted' };
const SPECIAL_EDGES: Record<string, { color: string; style: LineStyle; width: number; key: LabelKey }> = {
  recommendation: { color: '#009E73', style: 'dashed', width: 3, key: 'legend.edge.recommendation' },
  MERGED_INTO: { color: '#CC79A7', style: 'solid', width: 3, key: 'legend.edge.merged' },
  SUCCEEDED_BY: { color: '#555555', style: 'dashed', width: 2, key: 'legend.edge.renamed' },
};
const EXPOSURE_OPACITY: Record<string, number> = { DIRECT: 1, GROUP: 0.6, LAYER: 0.35 };

/** Nodes that are scaffolding of a drawing (bands, frames, summaries), not things of a kind. */
export const isScaffold = (classes: string[] | undefined) => !!classes?.some((c) => c === 'band-label' || c === 'band-bg' || c === 'frame' || c === 'summary');

export function graphLegend(model: GraphModel): LegendEntry[] {
  const out: LegendEntry[] = [];
  const boxes = model.nodes.filter((n) => n.classes?.includes('landscape-box'));
  const things = model.nodes.filter((n) => !isScaffold(n.classes) && n.kind !== 'Province');
  const kinds = [...new Set(things.map((n) => n.kind))].sort(
    (a, b) => (KIND_ORDER.indexOf(a) + 1 || 99) - (KIND_ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b),
  );
  const asBoxes = boxes.length > 0 && boxes.length === things.length;
  for (const kind of kinds) {
    const s = KIND_STYLE[kind];
    if (!s) continue;
    out.push({
      group: 'kind',
      key: kind,
      label: label(`kind.${kind}`, kind),
      swatch: asBoxes
        ? { shape: 'round-rectangle', fill: s.color, stroke: s.color, border: 'solid', opacity: 0.2 }
        : { shape: s.shape, fill: s.color, stroke: '#222222', border: 'solid' },
    });
  }
  if (asBoxes) {
    // Landscape boxes: the border tells how the box got into its layer.
    const placed = new Set(boxes.flatMap((n) => n.classes ?? []).filter((c) => c.startsWith('placement-')));
    for (const [how, border] of [
      ['stated', 'solid'],
      ['inferred', 'dashed'],
    ] as const)
      if (placed.has(`placement-${how}`))
        out.push({
          group: 'provenance',
          key: `placement-${how}`,
          label: t(`legend.placement.${how}`),
          swatch: { shape: 'round-rectangle', fill: '#ffffff', stroke: '#333333', border },
        });
    if (boxes.some((n) => n.provenance === 'example'))
      out.push({ group: 'provenance', key: 'example', label: t('legend.node.example'), marker: t('common.example') });
  } else {
    const provs = new Set(things.map((n) => PROV_STYLE[n.provenance]).filter(Boolean));
    for (const style of PROVENANCES)
      if (provs.has(style))
        out.push({
          group: 'provenance',
          key: `node-${style}`,
          label: t(`legend.node.${style}` as LabelKey),
          swatch: { shape: 'ellipse', fill: '#ffffff', stroke: '#222222', border: style },
        });
  }
  const edgeProvs = new Set(
    model.edges
      .filter((e) => !Object.keys(SPECIAL_EDGES).some((k) => e.classes?.includes(k)))
      .map((e) => PROV_STYLE[e.provenance])
      .filter(Boolean),
  );
  for (const style of PROVENANCES)
    if (edgeProvs.has(style))
      out.push({ group: 'edge', key: `edge-${style}`, label: t(`legend.edge.${style}` as LabelKey), line: { color: '#666666', style, width: 1.5 } });
  for (const [cls, s] of Object.entries(SPECIAL_EDGES))
    if (model.edges.some((e) => e.classes?.includes(cls) || e.type === cls))
      out.push({ group: 'edge', key: cls, label: t(s.key), line: { color: s.color, style: s.style, width: s.width } });
  const exposures = new Set(
    things
      .flatMap((n) => n.classes ?? [])
      .filter((c) => c.startsWith('exposure-'))
      .map((c) => c.slice('exposure-'.length)),
  );
  for (const e of ['DIRECT', 'GROUP', 'LAYER'])
    if (exposures.has(e))
      out.push({
        group: 'exposure',
        key: `exposure-${e}`,
        label: label(`impact.exposure.${e}`, e),
        swatch: { shape: 'ellipse', fill: '#0072B2', stroke: '#222222', border: 'solid', opacity: EXPOSURE_OPACITY[e] },
      });
  // A comparison of two versions: colour, border and marker of each change (graph/architecture.ts).
  const DIFF: [string, string, string, LegendSwatch['border'], LabelKey][] = [
    ['added', '+', '#009E73', 'solid', 'architecture.change.added'],
    ['removed', '−', '#D55E00', 'dashed', 'architecture.change.removed'],
    ['merged', '⇒', '#CC79A7', 'double', 'architecture.change.merged'],
    ['status', '~', '#E69F00', 'solid', 'architecture.change.status'],
  ];
  for (const [change, marker, color, border, key] of DIFF)
    if (model.nodes.some((n) => n.classes?.includes(`diff-${change}`)))
      out.push({ group: 'other', key: `diff-${change}`, label: t(key), marker, swatch: { shape: 'round-rectangle', fill: '#ffffff', stroke: color, border } });
  if (model.nodes.some((n) => n.classes?.includes('summary'))) out.push({ group: 'other', key: 'more', label: t('legend.more'), marker: '+N' });
  return out;
}
