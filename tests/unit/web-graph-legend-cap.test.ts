/**
 * What every drawn graph carries (issue #21), headless: the legend built from the model (kinds,
 * provenance styles, special edges, exposure, diff, summaries), the "+N" cap of large
 * neighbourhoods (breadth-first from the root, expandable, counts what it hides), and exports
 * composed with a title, the parameters and the legend.
 */
import { describe, expect, it } from 'vitest';
import type { GraphModel, GraphNode } from '../../web/src/graph/elements.js';
import { capFanOut, summaryParent } from '../../web/src/graph/cap.js';
import { graphLegend } from '../../web/src/graph/legend.js';
import { shapePath } from '../../web/src/graph/shapes.js';
import { composeSvg, escapeXml, layoutLegend } from '../../web/src/export/graph-export.js';
import { setLang } from '../../web/src/i18n/i18n.js';

const n = (id: string, kind = 'Component', provenance = 'stated', classes: string[] = [], extra: Partial<GraphNode> = {}): GraphNode => ({
  id,
  label: id,
  kind,
  provenance,
  classes: [kind, provenance, ...classes],
  ...extra,
});
const e = (source: string, target: string, provenance = 'stated', classes: string[] = []) => ({
  id: `${source}|X|${target}`,
  source,
  target,
  type: 'X',
  provenance,
  classes: ['X', provenance, ...classes],
});

describe('graph legend', () => {
  it('lists the kinds drawn with their colour and shape, node and edge provenance styles, exposure and summaries', () => {
    setLang('vi');
    const model: GraphModel = {
      nodes: [
        n('ndb:a', 'NationalDatabase', 'stated', ['root']),
        n('c:b', 'Component', 'inferred', ['exposure-GROUP']),
        n('c:c', 'Component', 'example', ['exposure-DIRECT']),
        n('more:ndb:a', 'More', 'summary', ['summary']),
      ],
      edges: [e('c:b', 'ndb:a', 'inferred'), e('c:c', 'ndb:a', 'example'), e('c:c', 'c:b', 'recommendation', ['recommendation'])],
    };
    const legend = graphLegend(model);
    const keys = legend.map((x) => x.key);
    expect(keys).toEqual([
      'Component',
      'NationalDatabase',
      'node-solid',
      'node-dashed',
      'node-dotted',
      'edge-dashed',
      'edge-dotted',
      'recommendation',
      'exposure-DIRECT',
      'exposure-GROUP',
      'more',
    ]);
    expect(legend.find((x) => x.key === 'NationalDatabase')).toMatchObject({ label: 'CSDL quốc gia', swatch: { shape: 'barrel', fill: '#D55E00' } });
    expect(legend.find((x) => x.key === 'exposure-GROUP')!.swatch!.opacity).toBe(0.6);
    expect(legend.find((x) => x.key === 'edge-dotted')!.line!.style).toBe('dotted');
    expect(legend.find((x) => x.key === 'more')!.marker).toBe('+N');
    // Nothing the model does not hold.
    expect(keys).not.toContain('Agency');
    expect(keys).not.toContain('edge-solid');
  });

  it('for a landscape: kinds as boxes, how boxes got into their layer, the diff', () => {
    const model: GraphModel = {
      nodes: [
        n('layer:x', 'ArchitectureLayer', 'stated', ['band-label']),
        n('bg:layer:x', 'Band', 'stated', ['band-bg']),
        n('c:a', 'Component', 'stated', ['landscape-box', 'placement-stated', 'diff-added']),
        n('ndb:b', 'NationalDatabase', 'stated', ['landscape-box', 'placement-inferred', 'diff-kept']),
      ],
      edges: [],
    };
    const legend = graphLegend(model);
    expect(legend.map((x) => x.key)).toEqual(['Component', 'NationalDatabase', 'placement-stated', 'placement-inferred', 'diff-added']);
    expect(legend[0].swatch!.shape).toBe('round-rectangle');
    expect(legend.find((x) => x.key === 'diff-added')).toMatchObject({ marker: '+', label: 'thêm mới' });
  });

  it('follows the language', () => {
    setLang('en');
    expect(graphLegend({ nodes: [n('ndb:a', 'NationalDatabase')], edges: [] })[0].label).toBe('National database');
    setLang('vi');
  });

  it('has a path for every shape the graph uses', () => {
    for (const shape of [
      'ellipse',
      'round-rectangle',
      'barrel',
      'diamond',
      'triangle',
      'vee',
      'rhomboid',
      'hexagon',
      'octagon',
      'pentagon',
      'star',
      'tag',
      'cut-rectangle',
      'rectangle',
    ])
      expect(shapePath(shape, 0, 0, 10)).toMatch(/^M[\d.]+,[\d.]+.*Z$/);
  });
});

describe('fan-out cap', () => {
  const star = (k: number): GraphModel => ({
    nodes: [
      n('root', 'Agency', 'stated', ['root'], { position: { x: 0, y: 0 } }),
      ...Array.from({ length: k }, (_, i) => n(`t${String(i).padStart(2, '0')}`, 'Task', 'stated', [], { position: { x: 100 + i, y: 50 } })),
    ],
    edges: Array.from({ length: k }, (_, i) => e(`t${String(i).padStart(2, '0')}`, 'root')),
  });
  const label = (k: number) => `+${k} more`;

  it('keeps small graphs as they are', () => {
    const m = star(10);
    const r = capFanOut(m, { cap: 24, label });
    expect(r.nodes).toEqual(m.nodes);
    expect(r.hidden).toBe(0);
  });

  it('shows the first `cap` neighbours of a crowded node and one summary for the rest, placed among them', () => {
    const r = capFanOut(star(40), { cap: 24, label });
    expect(r.hidden).toBe(16);
    expect(r.nodes.filter((x) => x.kind === 'Task')).toHaveLength(24);
    const more = r.nodes.find((x) => x.classes?.includes('summary'))!;
    expect(more).toMatchObject({ id: 'more:root', label: '+16 more', kind: 'More', data: { parent: 'root', hidden: 16 } });
    expect(summaryParent(more.id)).toBe('root');
    expect(more.position!.x).toBeGreaterThan(100);
    expect(r.edges.find((x) => x.target === 'more:root')!.source).toBe('root');
    // The order given decides who stays.
    expect(r.nodes.map((x) => x.id)).toContain('t00');
    expect(r.nodes.map((x) => x.id)).not.toContain('t39');
    const ids = new Set(r.nodes.map((x) => x.id));
    for (const x of r.edges) expect(ids.has(x.source) && ids.has(x.target)).toBe(true);
  });

  it('hides what hangs only off hidden nodes with them, and counts it; expanding a node shows all its neighbours', () => {
    const m = star(30);
    m.nodes.push(n('deep', 'Indicator'));
    m.edges.push(e('deep', 't29'));
    const r = capFanOut(m, { cap: 24, label });
    expect(r.hidden).toBe(7);
    expect(r.nodes.some((x) => x.id === 'deep')).toBe(false);
    const open = capFanOut(m, { cap: 24, label, expanded: new Set(['root']) });
    expect(open.hidden).toBe(0);
    expect(open.nodes).toHaveLength(32);
  });

  it('is off with cap 0', () => {
    expect(capFanOut(star(100), { cap: 0, label }).nodes).toHaveLength(101);
  });
});

describe('titled exports', () => {
  const graphSvg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300"/></svg>';
  const legend = graphLegend({ nodes: [n('ndb:a', 'NationalDatabase'), n('c:b', 'Component', 'inferred')], edges: [e('c:b', 'ndb:a', 'inferred')] });

  it('put the title and the parameters above the graph and the legend below it, as one SVG document', () => {
    const svg = composeSvg(
      graphSvg,
      { title: 'Phân tích ảnh hưởng: CSDL quốc gia về Dân cư', parameters: ['Độ sâu 3', 'Ngày 2026-01-01 <&>'] },
      legend,
      'Chú giải',
    );
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg.match(/<svg\b/g)!.length).toBe(2);
    expect(svg).toContain('<title>Phân tích ảnh hưởng: CSDL quốc gia về Dân cư</title>');
    expect(svg).toContain('Độ sâu 3');
    expect(svg).toContain(escapeXml('Ngày 2026-01-01 <&>'));
    expect(svg).toContain('Chú giải');
    expect(svg).toContain('CSDL quốc gia');
    expect(svg).toContain('stroke-dasharray');
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    const height = Number(/height="(\d+)"/.exec(svg)![1]);
    expect(width).toBeGreaterThanOrEqual(400);
    expect(height).toBeGreaterThan(300 + 40);
    // The inner graph sits below the heading.
    expect(svg).toMatch(/<svg x="16" y="\d+"/);
  });

  it('flows the legend into rows that fit the width', () => {
    const { placed, height } = layoutLegend([...legend, ...legend, ...legend], 300);
    expect(new Set(placed.map((p) => p.y)).size).toBeGreaterThan(1);
    expect(height).toBeGreaterThan(0);
    expect(layoutLegend([], 300).height).toBe(0);
  });
});
