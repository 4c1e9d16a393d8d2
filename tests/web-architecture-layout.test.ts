/**
 * The architecture bands (web/src/graph/architecture.ts): layers top to bottom by order, members
 * spread along x, a label node per band, the "other" band, and the diff marks (added, removed,
 * merged with an arrow, status changed). Pure; no database, no browser.
 */
import { describe, expect, it } from 'vitest';
import type { ArchitectureDiff, ArchitectureLayerView, DiffItem, Inclusion } from '../web/src/api/architecture.js';
import type { NodeSummary } from '../web/src/api/queries.js';
import { architectureBands, BAND_LAYOUT, diffChanges } from '../web/src/graph/architecture.js';

const node = (id: string, name = id, kind = 'Component', provenance = 'stated'): NodeSummary => ({ id, name, kind, provenance });
const layer = (key: string, order: number, members: NodeSummary[]): ArchitectureLayerView => ({
  id: `layer:v-${key}`,
  name: key,
  nameEn: null,
  provenance: 'stated',
  order,
  layerKey: key,
  layerMembers: members,
});
const inc = (n: NodeSummary, status = 'existing'): Inclusion => ({ status, provenance: 'stated', sources: [], node: n });
const item = (n: NodeSummary, statusFrom: string | null, statusTo: string | null): DiffItem => ({ node: n, statusFrom, statusTo, sources: [] });

const portal = node('component:portal', 'Cổng Dịch vụ công');
const oneStop = node('component:one-stop', 'Hệ thống thông tin một cửa điện tử');
const tthc = node('component:tthc', 'Hệ thống thông tin giải quyết thủ tục hành chính');
const lgsp = node('component:lgsp', 'LGSP');
const dc = node('component:dc', 'Trung tâm dữ liệu');
const ndb = node('ndb:dan-cu', 'CSDL quốc gia về Dân cư', 'NationalDatabase');
const net = node('network:wan', 'WAN', 'Network');

// Deliberately out of order: the bands follow `order`, not the list.
const layers = [layer('infrastructure', 7, [dc, net]), layer('users', 1, []), layer('channels', 2, [portal, oneStop, tthc]), layer('integration', 6, [lgsp]), layer('portal', 3, [portal])];
const included = [portal, oneStop, tthc, lgsp, dc, net, ndb].map((n) => inc(n));

describe('architectureBands', () => {
  it('draws one band per layer, top to bottom by order, each with a label node at the left', () => {
    const g = architectureBands(layers, included, { otherLabel: 'Khác' });
    expect(g.bands.map((b) => b.id)).toEqual(['layer:v-users', 'layer:v-channels', 'layer:v-portal', 'layer:v-integration', 'layer:v-infrastructure', 'band:other']);
    const ys = g.bands.map((b) => b.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(new Set(ys).size).toBe(ys.length);
    for (const b of g.bands) {
      const label = g.nodes.find((n) => n.id === b.id)!;
      expect(label.classes).toContain('band-label');
      expect(label.position).toEqual({ x: 0, y: b.y });
    }
    expect(g.nodes.find((n) => n.id === 'layer:v-channels')!.label).toBe('2. channels');
  });

  it('spreads a band’s members along x at the band’s y, right of the label', () => {
    const g = architectureBands(layers, included, { otherLabel: 'Khác' });
    const channels = g.bands.find((b) => b.id === 'layer:v-channels')!;
    const drawn = channels.members.map((id) => g.nodes.find((n) => n.data?.ref === id && n.data?.band === channels.id)!);
    expect(drawn.map((n) => n.position!.y)).toEqual([channels.y, channels.y, channels.y]);
    const xs = drawn.map((n) => n.position!.x);
    expect(xs[0]).toBeGreaterThan(0);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(3);
  });

  it('draws a node of two layers in both, with distinct graph ids and its real id in data.ref', () => {
    const g = architectureBands(layers, included, { otherLabel: 'Khác' });
    const drawings = g.nodes.filter((n) => n.data?.ref === portal.id);
    expect(drawings.map((n) => n.id)).toEqual([portal.id, `${portal.id}@layer:v-portal`]);
    expect(new Set(g.nodes.map((n) => n.id)).size).toBe(g.nodes.length);
  });

  it('puts included nodes of no layer in a last band, by kind then name', () => {
    const g = architectureBands(layers, included, { otherLabel: 'Khác / Other' });
    const other = g.bands[g.bands.length - 1];
    expect(other).toMatchObject({ id: 'band:other', label: 'Khác / Other', members: [ndb.id] });
    expect(g.nodes.find((n) => n.id === 'band:other')!.data!.ref).toBeNull();
    expect(g.nodes.find((n) => n.id === ndb.id)!.position!.y).toBe(other.y);
  });

  it('leaves the band of nodes in no layer out on request', () => {
    const g = architectureBands(layers, included, { otherLabel: 'Khác', showOthers: false });
    expect(g.bands.some((b) => b.id === 'band:other')).toBe(false);
    expect(g.nodes.some((n) => n.data?.ref === ndb.id)).toBe(false);
  });

  it('wraps a crowded band onto more rows and pushes the next band down', () => {
    const many = Array.from({ length: BAND_LAYOUT.perRow + 3 }, (_, i) => node(`component:c${String(i).padStart(2, '0')}`));
    const g = architectureBands([layer('apps', 1, many), layer('infra', 2, [dc])], [...many, dc].map((n) => inc(n)), { otherLabel: 'Khác' });
    const rows = new Set(g.nodes.filter((n) => n.data?.band === 'layer:v-apps' && !n.classes?.includes('band-label')).map((n) => n.position!.y));
    expect(rows.size).toBe(2);
    expect(g.bands[1].y).toBe(2 * BAND_LAYOUT.rowHeight + BAND_LAYOUT.bandGap);
  });

  it('draws no edge and no diff class without a diff', () => {
    const g = architectureBands(layers, included, { otherLabel: 'Khác' });
    expect(g.edges).toEqual([]);
    expect(g.nodes.some((n) => n.classes?.some((c) => c.startsWith('diff-')))).toBe(false);
    expect(g.nodes.find((n) => n.id === tthc.id)!.classes).toContain('status-existing');
  });
});

describe('architectureBands with a diff', () => {
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
        sources: [{ document: '000', section: 'PL I 3.1.b', quote: 'hợp nhất Cổng Dịch vụ công; Một cửa điện tử', provenance: 'stated' }],
      },
    ],
    renamed: [],
    nationalAdded: [item(ndb, null, 'reference')],
    nationalDropped: [],
    connectionsAdded: [],
    connectionsRemoved: [],
  };
  const compareLayers = [layer('integration', 4, [oldHub])];
  const g = architectureBands(layers, included, { otherLabel: 'Khác', removedLabel: 'Chỉ có ở v1', diff, compareLayers, statusLabel: (s) => ({ existing: 'hiện có', upgrade: 'nâng cấp' })[s] ?? s });
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

  it('draws removed nodes: in the band of the same layer key when the other version placed them, else in a band of their own', () => {
    const hub = drawn(oldHub.id);
    expect(hub.classes).toContain('diff-removed');
    expect(hub.label.startsWith('− ')).toBe(true);
    expect(hub.data!.band).toBe('layer:v-integration');
    const own = g.bands.find((b) => b.id === 'band:removed')!;
    expect(own).toMatchObject({ label: 'Chỉ có ở v1', members: [dropped.id] });
    expect(own.y).toBeGreaterThan(g.bands.find((b) => b.id === 'band:other')!.y);
  });

  it('draws an arrow from each merged node to the node merged into', () => {
    expect(g.edges.map((e) => [e.source, e.type, e.target])).toEqual([
      [portal.id, 'MERGED_INTO', tthc.id],
      [oneStop.id, 'MERGED_INTO', tthc.id],
    ]);
    const ids = new Set(g.nodes.map((n) => n.id));
    for (const e of g.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('clips long names in labels', () => {
    const long = node('component:long', 'Các công cụ phân tích, xử lý dữ liệu ứng dụng công nghệ cơ sở dữ liệu lớn (Big Data), Trí tuệ nhân tạo (AI)');
    const g2 = architectureBands([], [inc(long)], { otherLabel: 'Khác' });
    const label = g2.nodes.find((n) => n.id === long.id)!.label;
    expect(label.length).toBeLessThanOrEqual(60);
    expect(label.endsWith('…')).toBe(true);
  });
});
