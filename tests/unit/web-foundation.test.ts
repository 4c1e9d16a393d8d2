/**
 * The client's pure parts, headless: the route in the URL, the graph mappers (impact rings,
 * neighbourhood, finding evidence), the dictionary (every key has both languages).
 */
import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, listParam } from '../../web/src/state/url.js';
import { impactToGraph, neighbourhoodToGraph, witnessIds, findingToGraph, kindFromId, RING } from '../../web/src/graph/elements.js';
import { DICTIONARY } from '../../web/src/i18n/dictionary.js';
import { setLang, t } from '../../web/src/i18n/i18n.js';
import type { ImpactResult, Finding } from '../../web/src/api/queries.js';

const n = (id: string, name = id) => ({ id, name, kind: kindFromId(id), provenance: 'stated' });

describe('route', () => {
  it('round-trips view, parameters and language', () => {
    const r = { view: 'impact' as const, lang: 'en' as const, params: { id: 'ndb:dan-cu', depth: '3', types: 'CONNECTS_TO,USES_DATA_FROM' } };
    expect(parseRoute(formatRoute(r))).toEqual(r);
    expect(formatRoute(r)).toBe('?view=impact&depth=3&id=ndb%3Adan-cu&types=CONNECTS_TO%2CUSES_DATA_FROM&lang=en');
  });
  it('falls back to explore in Vietnamese on an unknown view', () => {
    expect(parseRoute('?view=nope&x=1')).toEqual({ view: 'explore', lang: 'vi', params: { x: '1' } });
    expect(listParam('a,b,')).toEqual(['a', 'b']);
  });
  it('opens the home page on the bare address, and explores a link that has parameters but no view', () => {
    expect(parseRoute('')).toEqual({ view: 'home', lang: 'vi', params: {} });
    expect(parseRoute('?lang=en')).toEqual({ view: 'home', lang: 'en', params: {} });
    expect(parseRoute('?id=ndb%3Adan-cu')).toEqual({ view: 'explore', lang: 'vi', params: { id: 'ndb:dan-cu' } });
    expect(parseRoute(formatRoute({ view: 'home', lang: 'vi', params: {} })).view).toBe('home');
  });
});

describe('impact as rings', () => {
  const step = (from: string, to: string, type = 'USES_DATA_FROM') => ({ from: { id: from }, to: { id: to }, type, provenance: 'stated', source: null });
  const result: ImpactResult = {
    root: n('ndb:dan-cu'),
    total: 3,
    truncated: false,
    affected: [
      { node: n('component:a'), depth: 1, exposure: 'DIRECT', path: [step('component:a', 'ndb:dan-cu')] },
      { node: n('component:b'), depth: 1, exposure: 'DIRECT', path: [step('component:b', 'ndb:dan-cu')] },
      { node: n('component:c'), depth: 2, exposure: 'GROUP', path: [step('component:a', 'ndb:dan-cu'), step('component:c', 'component:a', 'CONNECTS_TO')] },
    ],
    byAgency: [],
    byLayer: [],
    tasks: [],
    indicators: [],
  };
  it('puts the root at the centre and depth d on the circle of radius d × RING, one edge per hit', () => {
    const g = impactToGraph(result);
    expect(g.nodes).toHaveLength(4);
    expect(g.nodes[0].position).toEqual({ x: 0, y: 0 });
    for (const node of g.nodes.slice(1)) {
      const d = Number(node.data!.depth);
      expect(Math.round(Math.hypot(node.position!.x, node.position!.y))).toBeCloseTo(d * RING, -1);
    }
    expect(g.edges.map((e) => e.id).sort()).toEqual([
      'component:a|USES_DATA_FROM|ndb:dan-cu',
      'component:b|USES_DATA_FROM|ndb:dan-cu',
      'component:c|CONNECTS_TO|component:a',
    ]);
    expect(g.nodes.find((x) => x.id === 'component:c')!.classes).toContain('exposure-GROUP');
  });
  it('the witness path of a hit runs from the root to it, edges included', () => {
    expect(witnessIds(result, 'component:c').sort()).toEqual(
      ['component:a', 'component:a|USES_DATA_FROM|ndb:dan-cu', 'component:c', 'component:c|CONNECTS_TO|component:a', 'ndb:dan-cu'].sort(),
    );
  });
});

describe('other mappers', () => {
  it('neighbourhood keeps only edges between drawn nodes and marks the root', () => {
    const g = neighbourhoodToGraph({
      root: n('component:x'),
      nodes: [n('component:y')],
      edges: [
        { id: 'e1', from: 'component:x', to: 'component:y', type: 'CONNECTS_TO', provenance: 'stated', status: null },
        { id: 'e2', from: 'component:x', to: 'component:z', type: 'CONNECTS_TO', provenance: 'stated', status: null },
      ],
      truncated: false,
    });
    expect(g.edges.map((e) => e.id)).toEqual(['e1']);
    expect(g.nodes.find((x) => x.id === 'component:x')!.classes).toContain('root');
  });
  it('a finding becomes its evidence graph with the recommendation as a dashed edge', () => {
    const f = {
      id: 'f',
      ruleCode: 'rebuilds-national-data',
      severity: 'high',
      subjects: [{ id: 'component:a', name: 'A' }],
      reuseInstead: [{ id: 'ndb:dan-cu', name: 'CSDL' }],
      provenance: 'example',
      evidence: [
        {
          textVi: '',
          textEn: '',
          steps: [
            { from: { id: 'component:a', name: 'A' }, type: 'HOLDS_DATA', to: { id: 'domain:dan-cu', name: 'Dân cư' }, provenance: 'example', sources: [] },
          ],
        },
      ],
    } as unknown as Finding;
    const g = findingToGraph(f);
    expect(g.nodes.map((x) => x.kind).sort()).toEqual(['Component', 'DataDomain', 'NationalDatabase']);
    expect(g.edges.map((e) => e.type)).toEqual(['HOLDS_DATA', 'REUSE_INSTEAD']);
  });
});

describe('dictionary', () => {
  it('every label has Vietnamese and English, and t() fills parameters in the current language', () => {
    for (const [k, v] of Object.entries(DICTIONARY)) {
      expect(v.vi.trim(), k).not.toBe('');
      expect(v.en.trim(), k).not.toBe('');
    }
    setLang('en');
    expect(t('graph.summary', { nodes: 3, edges: 2 })).toBe('Graph of 3 nodes and 2 edges.');
    setLang('vi');
    expect(t('graph.summary', { nodes: 3, edges: 2 })).toBe('Đồ thị có 3 nút và 2 cạnh.');
  });
});
