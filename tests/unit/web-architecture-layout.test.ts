/**
 * The architecture landscape (web/src/graph/architecture.ts): one band per layer top to bottom by
 * order, boxes inside their band with whole names wrapped to fit, groups as frames around their
 * members (nested when a group is in a group), the "Other" band, connections as edges shown on
 * demand, and the diff marks (added, removed, merged with an arrow, status changed). Pure; no
 * database, no browser.
 */
import { describe, expect, it } from 'vitest';
import type { ArchitectureDiff, ArchitectureLandscape, DiffItem, LandscapePlacementView } from '../../web/src/api/architecture.js';
import type { NodeSummaryFragment as NodeSummary, Provenance } from '../../web/src/generated/graphql/graphql.js';
import { LANDSCAPE, diffChanges, landscapeLayout, textWidth, wrapLines, type ArchitectureGraph } from '../../web/src/graph/architecture.js';

const node = (id: string, name = id, kind = 'Component', provenance: Provenance = 'stated'): NodeSummary => ({
  id,
  name,
  nameEn: null,
  kind,
  provenance,
  province: null,
  abbreviations: [],
});
const layer = (key: string, order: number) => ({
  id: `layer:v-${key}`,
  name: key,
  nameEn: `${key} (en)`,
  provenance: 'stated' as const,
  order,
  layerKey: key,
  size: 0,
});
const at = (n: NodeSummary, layerKey: string | null, extra: Partial<LandscapePlacementView> = {}): LandscapePlacementView => ({
  node: n,
  layerId: layerKey ? `layer:v-${layerKey}` : null,
  groupId: null,
  status: 'existing',
  provenance: layerKey ? 'stated' : null,
  rule: null,
  explanationVi: null,
  explanationEn: null,
  via: null,
  sources: [],
  ...extra,
});
const item = (n: NodeSummary, statusFrom: DiffItem['statusFrom'], statusTo: DiffItem['statusTo']): DiffItem => ({ node: n, statusFrom, statusTo, sources: [] });

const portal = node('component:portal', 'Cổng Dịch vụ công');
const oneStop = node('component:one-stop', 'Hệ thống thông tin một cửa điện tử');
const tthc = node('component:tthc', 'Hệ thống thông tin giải quyết thủ tục hành chính');
const lgsp = node('component:lgsp', 'LGSP');
const dc = node('component:dc', 'Trung tâm dữ liệu');
const ndb = node('ndb:dan-cu', 'CSDL quốc gia về Dân cư', 'NationalDatabase');
const ndb2 = node('ndb:dat-dai', 'Cơ sở dữ liệu quốc gia về đất đai', 'NationalDatabase');
const national = node('group:national', 'Các CSDL, hệ thống thông tin quốc gia', 'ComponentGroup');
const nationalApps = node('group:national-apps', 'Ứng dụng cấp quốc gia', 'ComponentGroup');
const odd = node('component:odd', 'Thành phần không thuộc lớp nào');

function landscape(placements: LandscapePlacementView[], connections: ArchitectureLandscape['connections'] = []): ArchitectureLandscape {
  return {
    id: 'arch:v2',
    name: 'v2',
    nameEn: null,
    version: '2',
    // Deliberately out of order: the bands follow `order`, not the list.
    layers: [
      layer('infrastructure', 7),
      layer('users', 1),
      layer('channels', 2),
      layer('applications-databases', 5),
      layer('integration', 6),
      layer('portal', 3),
    ],
    placements,
    componentCount: new Set(placements.map((p) => p.node.id)).size,
    statedCount: 0,
    inferredCount: 0,
    otherCount: placements.filter((p) => !p.layerId).length,
    otherShare: 0,
    connections,
    about: [],
  };
}

const base = landscape(
  [
    at(portal, 'channels'),
    at(portal, 'portal'),
    at(oneStop, 'channels'),
    at(tthc, 'applications-databases'),
    at(lgsp, 'integration', { provenance: 'inferred', rule: 'landscape-kind' }),
    at(dc, 'infrastructure'),
    at(nationalApps, 'applications-databases'),
    at(national, 'applications-databases', { groupId: nationalApps.id, provenance: 'inferred', rule: 'landscape-group-name' }),
    at(ndb, 'applications-databases', { groupId: national.id, provenance: 'inferred', rule: 'landscape-kind' }),
    at(ndb2, 'applications-databases', { groupId: national.id, provenance: 'inferred', rule: 'landscape-kind' }),
    at(odd, null),
  ],
  [
    { type: 'INTEGRATES_VIA', from: tthc.id, to: lgsp.id, provenance: 'stated' },
    { type: 'HOSTED_ON', from: tthc.id, to: dc.id, provenance: 'inferred' },
    { type: 'CONNECTS_TO', from: tthc.id, to: 'component:not-drawn', provenance: 'stated' },
  ],
);
const opts = { width: 700, layerName: (l: { name: string; nameEn: string | null }) => l.name, otherLabel: 'Khác', emptyLabel: 'trống' };
const boxOf = (g: ArchitectureGraph, id: string) => g.nodes.find((n) => n.id === id)!;
const box = (g: ArchitectureGraph, id: string) => {
  const n = boxOf(g, id);
  const w = Number(n.data!.width);
  const h = Number(n.data!.height);
  return { x1: n.position!.x - w / 2, x2: n.position!.x + w / 2, y1: n.position!.y - h / 2, y2: n.position!.y + h / 2 };
};
const inside = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.x1 >= b.x1 && a.x2 <= b.x2 && a.y1 >= b.y1 && a.y2 <= b.y2;
const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe('landscapeLayout', () => {
  const g = landscapeLayout(base, opts);

  it('draws one band per layer, top to bottom by order, then "Other"; each with its name at its top left', () => {
    expect(g.bands.map((b) => b.id)).toEqual([
      'layer:v-users',
      'layer:v-channels',
      'layer:v-portal',
      'layer:v-applications-databases',
      'layer:v-integration',
      'layer:v-infrastructure',
      'band:other',
    ]);
    for (let i = 1; i < g.bands.length; i++) expect(g.bands[i].y).toBeGreaterThanOrEqual(g.bands[i - 1].y + g.bands[i - 1].height);
    const label = boxOf(g, 'layer:v-channels');
    expect(label.classes).toContain('band-label');
    expect(label.label).toBe('2. channels');
    const band = g.bands[1];
    expect(label.position!.y - Number(label.data!.height) / 2).toBeGreaterThanOrEqual(band.y);
    expect(label.position!.x).toBeLessThan(LANDSCAPE.labelColumn);
    // An empty band says so.
    expect(boxOf(g, 'bg:layer:v-users').label).toBe('trống');
  });

  it('puts every box inside its band, right of the names, without two boxes overlapping', () => {
    for (const b of g.bands) {
      const bandBox = { x1: LANDSCAPE.labelColumn, x2: g.width, y1: b.y, y2: b.y + b.height };
      for (const id of b.graphIds.filter((x) => !x.startsWith('bg:') && x !== b.id)) expect(inside(box(g, id), bandBox), id).toBe(true);
    }
    const boxes = g.nodes.filter((n) => n.classes?.includes('landscape-box'));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(box(g, boxes[i].id), box(g, boxes[j].id)), `${boxes[i].id} ${boxes[j].id}`).toBe(false);
  });

  it('frames a group around its members, nested in the group it belongs to; a group with no member drawn is a box', () => {
    const outer = boxOf(g, nationalApps.id);
    const inner = boxOf(g, national.id);
    expect(outer.classes).toContain('frame');
    expect(inner.classes).toContain('frame');
    expect(inside(box(g, national.id), box(g, nationalApps.id))).toBe(true);
    expect(inside(box(g, ndb.id), box(g, national.id))).toBe(true);
    expect(inside(box(g, tthc.id), box(g, nationalApps.id))).toBe(false);
    expect(boxOf(g, ndb.id).classes).toContain('landscape-box');
  });

  it('keeps whole names, wrapped to the box: a long name makes a taller box', () => {
    const long = node('component:long', 'Các công cụ phân tích, xử lý dữ liệu ứng dụng công nghệ cơ sở dữ liệu lớn (Big Data), Trí tuệ nhân tạo (AI)');
    const g2 = landscapeLayout(landscape([at(long, 'channels'), at(lgsp, 'channels')]), opts);
    expect(boxOf(g2, long.id).label).toBe(long.name);
    expect(Number(boxOf(g2, long.id).data!.height)).toBeGreaterThan(Number(boxOf(g2, lgsp.id).data!.height));
    const lines = wrapLines(long.name, LANDSCAPE.boxWidth - 2 * LANDSCAPE.boxPadding);
    expect(lines.join(' ')).toBe(long.name);
    for (const l of lines) expect(textWidth(l) <= LANDSCAPE.boxWidth - 2 * LANDSCAPE.boxPadding || !l.includes(' ')).toBe(true);
    expect(Number(boxOf(g2, long.id).data!.height)).toBeGreaterThanOrEqual(lines.length * LANDSCAPE.lineHeight);
  });

  it('wraps a crowded band onto more rows within the width it is given', () => {
    const many = Array.from({ length: 14 }, (_, i) => at(node(`component:c${String(i).padStart(2, '0')}`, `Hệ thống ${i}`), 'applications-databases'));
    const g2 = landscapeLayout(landscape(many), { ...opts, width: 600 });
    const ys = new Set(many.map((p) => boxOf(g2, p.node.id).position!.y));
    expect(ys.size).toBeGreaterThan(1);
    for (const p of many) expect(box(g2, p.node.id).x2).toBeLessThanOrEqual(LANDSCAPE.labelColumn + 600);
  });

  it('draws a component of two layers in both, with distinct graph ids and its real id in data.ref', () => {
    const drawings = g.nodes.filter((n) => n.data?.ref === portal.id && n.classes?.includes('landscape-box'));
    expect(drawings.map((n) => n.id)).toEqual([portal.id, `${portal.id}@layer:v-portal`]);
    expect(new Set(g.nodes.map((n) => n.id)).size).toBe(g.nodes.length);
  });

  it('marks how each box got into its layer; "Other" can be left out', () => {
    expect(boxOf(g, lgsp.id).classes).toContain('placement-inferred');
    expect(boxOf(g, dc.id).classes).toContain('placement-stated');
    expect(g.bands.at(-1)).toMatchObject({ id: 'band:other', members: [odd.id] });
    const g2 = landscapeLayout(base, { ...opts, showOthers: false });
    expect(g2.bands.some((b) => b.id === 'band:other')).toBe(false);
  });

  it('turns connections between drawn components into edges (hidden until asked for by kb-graph), no diff marks without a diff', () => {
    expect(g.edges.map((e) => `${e.source}|${e.type}|${e.target}`).sort()).toEqual([`${tthc.id}|HOSTED_ON|${dc.id}`, `${tthc.id}|INTEGRATES_VIA|${lgsp.id}`]);
    expect(g.edges.every((e) => e.classes?.includes('connection'))).toBe(true);
    expect(g.nodes.some((n) => n.classes?.some((c) => c.startsWith('diff-')))).toBe(false);
  });
});

describe('landscapeLayout with a diff', () => {
  const dropped = node('component:old-gov', 'Nền tảng phát triển ứng dụng CPĐT');
  const oldHub = node('component:old-hub', 'Trục liên thông cũ');
  const diff: ArchitectureDiff = {
    from: node('arch:v1', 'v1', 'Architecture'),
    to: node('arch:v2', 'v2', 'Architecture'),
    added: [item(ndb, null, 'reference'), item(tthc, null, 'upgrade')],
    removed: [item(dropped, 'existing', null), item(oldHub, 'existing', null)],
    keptCount: 4,
    statusChanged: [item(lgsp, 'existing', 'upgrade')],
    merged: [
      {
        target: item(tthc, null, 'upgrade'),
        merged: [item(portal, 'existing', 'merged'), item(oneStop, 'existing', 'merged')],
        sources: [
          { document: '000', citation: 'Kiến trúc v2', section: 'PL I 3.1.b', quote: 'hợp nhất Cổng Dịch vụ công; Một cửa điện tử', provenance: 'stated' },
        ],
      },
    ],
    renamed: [],
    nationalAdded: [item(ndb, null, 'reference')],
    nationalDropped: [],
    connectionsAdded: [],
    connectionsRemoved: [],
  };
  const compare: ArchitectureLandscape = {
    ...landscape([at(oldHub, 'integration'), at(dropped, null)]),
    id: 'arch:v1',
    layers: [{ ...layer('integration', 4), id: 'layer:v1-integration' }],
  };
  compare.placements = [{ ...at(oldHub, null), layerId: 'layer:v1-integration' }, at(dropped, null)];
  const g = landscapeLayout(base, {
    ...opts,
    removedLabel: 'Chỉ có ở v1',
    diff,
    compare,
    statusLabel: (s) => ({ existing: 'hiện có', upgrade: 'nâng cấp' })[s] ?? s,
  });
  const drawn = (id: string) => g.nodes.find((n) => n.id === id)!;

  it('classifies each node once, merges first', () => {
    const c = diffChanges(diff);
    expect(c.get(portal.id)!.change).toBe('merged');
    expect(c.get(tthc.id)!.change).toBe('added');
    expect(c.get(lgsp.id)!.change).toBe('status');
    expect(c.get(dropped.id)!.change).toBe('removed');
    expect(c.has(dc.id)).toBe(false);
  });

  it('marks added, merged, status-changed and kept nodes with a class and a label marker', () => {
    expect(drawn(tthc.id).classes).toContain('diff-added');
    expect(drawn(tthc.id).label.startsWith('+ ')).toBe(true);
    expect(drawn(portal.id).classes).toContain('diff-merged');
    expect(drawn(portal.id).label.startsWith('⇒ ')).toBe(true);
    expect(drawn(lgsp.id).classes).toContain('diff-status');
    expect(drawn(lgsp.id).label).toBe('~ LGSP (hiện có → nâng cấp)');
    expect(drawn(dc.id).classes).toContain('diff-kept');
    expect(drawn(dc.id).label).toBe('Trung tâm dữ liệu');
  });

  it('draws removed nodes: in the band of the same layer key the other version placed them in, else in a band of their own', () => {
    const hub = drawn(oldHub.id);
    expect(hub.classes).toContain('diff-removed');
    expect(hub.label.startsWith('− ')).toBe(true);
    expect(hub.data!.band).toBe('layer:v-integration');
    const own = g.bands.find((b) => b.id === 'band:removed')!;
    expect(own).toMatchObject({ label: 'Chỉ có ở v1', members: [dropped.id] });
    expect(own.y).toBeGreaterThan(g.bands.find((b) => b.id === 'band:other')!.y);
  });

  it('draws an arrow from each merged node to the node merged into, always shown', () => {
    const merges = g.edges.filter((e) => e.type === 'MERGED_INTO');
    expect(merges.map((e) => [e.source, e.target])).toEqual([
      [portal.id, tthc.id],
      [oneStop.id, tthc.id],
    ]);
    for (const e of merges) expect(e.classes).toContain('diff-link');
    const ids = new Set(g.nodes.map((n) => n.id));
    for (const e of g.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });
});
