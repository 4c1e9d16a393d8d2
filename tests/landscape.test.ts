/**
 * The layered landscape of each architecture version (issue #21): every component placed in a
 * layer, stated first, otherwise by a named rule computed at read time (never stored, so impact
 * answers do not change); "Khác / Other" at most 10% of the components of every version that has
 * any, asserted from the API; the national frameworks show their reference models and the reference
 * components the documents list; the rules themselves on rows, without Neo4j.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { groupNameClass, kindClass, placeLandscape, type Landscape, type NodeFacts } from '../server/src/architecture/landscape.js';
import { gql, testApp, testDb } from './setup/db.js';

const db = testDb();
const yoga = testApp(db);
afterAll(() => db.close());

interface Placement {
  node: { id: string; name: string; kind: string };
  layer: { id: string; name: string } | null;
  group: { id: string } | null;
  status: string | null;
  provenance: string | null;
  rule: string | null;
  explanationVi: string | null;
  explanationEn: string | null;
  via: { id: string } | null;
  sources: { document: string; section: string; quote: string }[];
}
/** The answer as the query below selects it: the counts as the server's Landscape has them. */
interface LandscapeResult extends Pick<Landscape, 'componentCount' | 'statedCount' | 'inferredCount' | 'otherCount' | 'otherShare'> {
  architecture: { id: string };
  layers: { layer: { id: string; name: string }; order: number; layerKey: string; size: number }[];
  placements: Placement[];
  connections: { type: string; from: string; to: string; provenance: string }[];
}

const QUERY = `query($id: ID!) { architectureLandscape(id: $id) {
  architecture { id } layers { layer { id name } order layerKey size }
  placements { node { id name kind } layer { id name } group { id } status provenance rule explanationVi explanationEn via { id } sources { document section quote } }
  componentCount statedCount inferredCount otherCount otherShare connections { type from to provenance } } }`;

async function landscapeOf(id: string): Promise<LandscapeResult> {
  const r = await gql<{ architectureLandscape: LandscapeResult }>(yoga, QUERY, { id });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.architectureLandscape;
}

async function versions(): Promise<string[]> {
  const r = await gql<{ architectures: { nodes: { id: string }[] } }>(yoga, '{ architectures(first: 100) { nodes { id } } }');
  return r.data!.architectures.nodes.map((n) => n.id).sort();
}

const inLayer = (l: LandscapeResult, nodeId: string) => l.placements.filter((p) => p.node.id === nodeId).map((p) => p.layer?.id ?? null);

describe('architecture landscape API', () => {
  it('"Khác" is at most 10% of the components of every version with components, counted from the placements too', async () => {
    const ids = await versions();
    expect(ids).toEqual(expect.arrayContaining(['arch:qng-3.0', 'arch:qng-2.0', 'arch:qnam-2.0', 'arch:khung-cpdt-3.0', 'arch:khung-cpdt-2.0']));
    const shares: Record<string, number> = {};
    for (const id of ids) {
      const l = await landscapeOf(id);
      const drawn = new Set(l.placements.map((p) => p.node.id));
      const other = new Set(l.placements.filter((p) => !p.layer).map((p) => p.node.id));
      expect(l.componentCount, id).toBe(drawn.size);
      expect(l.otherCount, id).toBe(other.size);
      expect(l.statedCount + l.inferredCount + l.otherCount, id).toBe(l.componentCount);
      // A node in no layer has no other placement.
      for (const n of other) expect(inLayer(l, n), `${id} ${n}`).toEqual([null]);
      if (l.componentCount === 0) continue;
      shares[id] = l.otherShare;
      expect(l.otherShare, id).toBeCloseTo(other.size / drawn.size, 10);
      expect(l.otherShare, `${id}: ${[...other].join(', ')}`).toBeLessThanOrEqual(0.1);
    }
    // Versions that have components, the three included: QNg 3.0 (71), QNg 2.0 (38), the frameworks.
    expect(Object.keys(shares)).toEqual(
      expect.arrayContaining(['arch:qng-3.0', 'arch:qng-2.0', 'arch:qnam-2.0', 'arch:khung-cpdt-3.0', 'arch:khung-cpdt-2.0']),
    );
  });

  it('Quảng Ngãi 3.0: stated placements as stored, inferred ones with their rule, explanation and sources', async () => {
    const l = await landscapeOf('arch:qng-3.0');
    expect(l.componentCount).toBeGreaterThanOrEqual(71);
    expect(l.layers.map((x) => x.layerKey)).toEqual([
      'users',
      'channels',
      'portal',
      'public-services',
      'applications-databases',
      'integration',
      'infrastructure',
      'governance',
    ]);
    // Stated: LGSP in "Các dịch vụ chia sẻ và tích hợp", with PL II's quote, no rule.
    const lgsp = l.placements.find((p) => p.node.id === 'component:qng-lgsp')!;
    expect(lgsp).toMatchObject({ provenance: 'stated', rule: null, layer: { id: 'layer:qng-3.0-integration' } });
    expect(lgsp.sources[0].quote).toContain('LGSP đóng vai trò là nền tảng liên cơ quan');
    // A node stated in two layers is placed in both.
    expect(inLayer(l, 'component:qng-cong-ttdt').sort()).toEqual(['layer:qng-3.0-channels', 'layer:qng-3.0-portal']);
    // The population database: inferred from its kind, into "Ứng dụng và cơ sở dữ liệu", quoting that layer, framed by the national group.
    const danCu = l.placements.find((p) => p.node.id === 'ndb:dan-cu')!;
    expect(danCu).toMatchObject({
      provenance: 'inferred',
      rule: 'landscape-kind',
      layer: { id: 'layer:qng-3.0-applications-databases' },
      group: { id: 'group:httt-csdl-quoc-gia' },
      status: 'reference',
    });
    expect(danCu.explanationVi).toContain('Ứng dụng và cơ sở dữ liệu');
    expect(danCu.explanationEn).toContain('database');
    expect(danCu.sources.length).toBeGreaterThan(0);
    // Platforms in the integration band, the data centre's neighbours in infrastructure, the SOC too.
    expect(inLayer(l, 'component:ndxp')).toEqual(['layer:qng-3.0-integration']);
    expect(inLayer(l, 'component:trung-tam-du-lieu-quoc-gia')).toEqual(['layer:qng-3.0-infrastructure']);
    expect(inLayer(l, 'component:qng-soc')).toEqual(['layer:qng-3.0-infrastructure']);
    // Every inferred placement names its rule and explains itself in both languages.
    for (const p of l.placements.filter((x) => x.provenance === 'inferred' && x.rule?.startsWith('landscape-'))) {
      expect(p.explanationVi, p.node.id).toBeTruthy();
      expect(p.explanationEn, p.node.id).toBeTruthy();
    }
    // Band sizes are distinct nodes per layer.
    const size = (key: string) => l.layers.find((x) => x.layerKey === key)!.size;
    expect(size('integration')).toBe(new Set(l.placements.filter((p) => p.layer?.id === 'layer:qng-3.0-integration').map((p) => p.node.id)).size);
  });

  it('Quảng Ngãi 2.0 takes the places 3.0 states (3.0 "Kế thừa sơ đồ tổng thể" of 2.0), the rest by kind', async () => {
    const l = await landscapeOf('arch:qng-2.0');
    expect(l.componentCount).toBe(38);
    const ttdt = l.placements.filter((p) => p.node.id === 'component:qng-cong-ttdt');
    expect(ttdt.map((p) => p.layer!.id).sort()).toEqual(['layer:qng-2.0-channels', 'layer:qng-2.0-portal']);
    expect(ttdt[0]).toMatchObject({ rule: 'landscape-successor', via: { id: 'arch:qng-3.0' } });
    expect(ttdt[0].sources.map((s) => s.quote)).toContain('Kế thừa sơ đồ tổng thể Kiến trúc tổng thể CQĐT 2.0.');
    expect(inLayer(l, 'component:qng-lgsp')).toEqual(['layer:qng-2.0-integration']);
    expect(inLayer(l, 'ndb:dat-dai')).toEqual(['layer:qng-2.0-applications-databases']);
  });

  it('the national frameworks: their reference models as layers and the reference components the documents list', async () => {
    const k3 = await landscapeOf('arch:khung-cpdt-3.0');
    expect(k3.layers.map((x) => x.layer.name)).toEqual([
      'Mô hình tham chiếu nghiệp vụ',
      'Mô hình tham chiếu dữ liệu',
      'Kiến trúc ứng dụng',
      'Kiến trúc Công nghệ',
      'Kiến trúc An toàn thông tin mạng, an ninh mạng',
    ]);
    expect(k3.componentCount).toBeGreaterThanOrEqual(30);
    expect(inLayer(k3, 'ndb:dan-cu')).toEqual(['layer:khung-cpdt-3.0-data']);
    expect(inLayer(k3, 'component:cong-dvc-quoc-gia')).toEqual(['layer:khung-cpdt-3.0-application']);
    expect(inLayer(k3, 'component:ndxp')).toEqual(['layer:khung-cpdt-3.0-technology']);
    expect(inLayer(k3, 'component:soc-quoc-gia')).toEqual(['layer:khung-cpdt-3.0-security']);
    const k2 = await landscapeOf('arch:khung-cpdt-2.0');
    expect(k2.layers.map((x) => x.layerKey)).toEqual(['business', 'data', 'application', 'technology', 'security']);
    expect(inLayer(k2, 'ndb:dat-dai')).toEqual(['layer:khung-cpdt-2.0-data']);
    expect(inLayer(k2, 'component:he-thong-tham-van-chinh-sach')).toEqual(['layer:khung-cpdt-2.0-application']);
  });

  it('versions the documents describe no component of are empty, not an error; connections join drawn nodes', async () => {
    const q1 = await landscapeOf('arch:qng-1.0');
    expect(q1).toMatchObject({ componentCount: 0, otherCount: 0, otherShare: 0, placements: [] });
    const l = await landscapeOf('arch:qng-3.0');
    const drawn = new Set(l.placements.map((p) => p.node.id));
    expect(l.connections.length).toBeGreaterThan(0);
    for (const c of l.connections) expect(drawn.has(c.from) && drawn.has(c.to)).toBe(true);
    expect(l.connections.map((c) => c.type)).not.toContain('IN_LAYER');
    expect(l.connections.map((c) => c.type)).not.toContain('MEMBER_OF_GROUP');
  });

  it('an unknown id is NOT_FOUND, another kind VALIDATION_FAILED, in both languages', async () => {
    const missing = await gql(yoga, QUERY, { id: 'arch:nope' });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const wrong = await gql(yoga, QUERY, { id: 'ndb:dan-cu' });
    expect(wrong.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(wrong.errors?.[0].extensions?.problems)).toContain('không phải là một Kiến trúc');
  });

  it('nothing is stored: IN_LAYER relationships and impact through layers are what the fixtures state', async () => {
    const before = await db.read('admin/count-by-kind');
    await landscapeOf('arch:qng-3.0');
    await landscapeOf('arch:khung-cpdt-3.0');
    expect(await db.read('admin/count-by-kind')).toEqual(before);
  });
});

describe('placement rules on rows', () => {
  const facts = (id: string, kind: string, extra: Partial<NodeFacts> = {}): NodeFacts => ({
    id,
    kind,
    name: id,
    componentKind: null,
    level: null,
    abbreviations: [],
    groups: [],
    parts: [],
    members: [],
    ...extra,
  });
  const layer = (key: string, order: number) => ({
    id: `layer:v-${key}`,
    name: key,
    nameEn: key,
    order,
    layerKey: key,
    provenance: 'stated',
    sources: JSON.stringify([{ document: 'd', section: 's', quote: `${key} quote` }]),
  });
  const member = (id: string) => ({ id, status: 'existing', provenance: 'stated', sources: null });

  it('kinds and group names map to classes', () => {
    expect(kindClass(facts('ndb:x', 'NationalDatabase'))).toBe('database');
    expect(kindClass(facts('c:x', 'Component', { componentKind: 'operations-centre', abbreviations: ['SOC'] }))).toBe('security');
    expect(kindClass(facts('c:x', 'Component', { componentKind: 'operations-centre', level: 'province' }))).toBe('infrastructure');
    expect(kindClass(facts('c:x', 'Component', { componentKind: 'operations-centre', level: 'national' }))).toBe('application');
    expect(kindClass(facts('c:x', 'Component', { componentKind: 'platform' }))).toBe('platform');
    expect(kindClass(facts('n:x', 'Network'))).toBe('network');
    expect(kindClass(facts('g:x', 'ComponentGroup'))).toBeNull();
    expect(groupNameClass('Các CSDL chuyên ngành')).toBe('database');
    expect(groupNameClass('Các hệ thống bảo đảm ATTT')).toBe('security');
    expect(groupNameClass('Các phần mềm nghiệp vụ chuyên ngành')).toBe('application');
    expect(groupNameClass('Dịch vụ công trực tuyến')).toBe('public-service');
    expect(groupNameClass('Nhóm bất kỳ')).toBeNull();
  });

  it('stated beats kind; a module goes with its system; a member without a kind goes with its group; the rest is Other', () => {
    const l = placeLandscape({
      architectureId: 'arch:v',
      layers: [layer('channels', 1), layer('applications-databases', 2), layer('integration', 3), layer('infrastructure', 4)],
      members: ['c:portal', 'c:app', 'c:login', 'c:lgsp', 'c:odd', 'g:apps', 'c:thing', 'x:unknown'].map(member),
      placed: [
        {
          id: 'c:portal',
          layer: 'layer:v-channels',
          provenance: 'stated',
          rule: null,
          sources: JSON.stringify([{ document: 'd', section: 's', quote: 'portal quote' }]),
        },
      ],
      facts: new Map(
        [
          facts('c:portal', 'Component', { componentKind: 'portal' }),
          facts('c:app', 'Component', { componentKind: 'system', groups: [{ id: 'g:apps', provenance: 'stated', sources: null }] }),
          facts('c:login', 'Component', { componentKind: 'module', parts: [{ id: 'c:portal', provenance: 'stated', sources: null }] }),
          facts('c:lgsp', 'Component', { componentKind: 'platform' }),
          facts('c:odd', 'Component', { componentKind: 'unknown-kind' }),
          facts('g:apps', 'ComponentGroup', { name: 'Nhóm X', members: ['c:app', 'c:thing'] }),
          facts('c:thing', 'Component', { componentKind: 'unknown-kind', groups: [{ id: 'g:apps', provenance: 'inferred', sources: null }] }),
        ].map((f) => [f.id, f]),
      ),
      connections: [
        { type: 'CONNECTS_TO', from: 'c:app', to: 'c:lgsp', provenance: 'stated' },
        { type: 'CONNECTS_TO', from: 'c:app', to: 'c:elsewhere', provenance: 'stated' },
      ],
    });
    const at = (id: string) => l.placements.filter((p) => p.nodeId === id).map((p) => `${p.layerId}|${p.rule}`);
    expect(at('c:portal')).toEqual(['layer:v-channels|null']);
    expect(at('c:app')).toEqual(['layer:v-applications-databases|landscape-kind']);
    expect(at('c:login')).toEqual(['layer:v-channels|landscape-part-of']);
    expect(at('c:lgsp')).toEqual(['layer:v-integration|landscape-kind']);
    expect(at('g:apps')).toEqual(['layer:v-applications-databases|landscape-group-members']);
    expect(at('c:thing')).toEqual(['layer:v-applications-databases|landscape-group']);
    expect(at('c:odd')).toEqual(['null|null']);
    expect(at('x:unknown')).toEqual(['null|null']);
    expect(l.placements.find((p) => p.nodeId === 'c:app')!.groupId).toBe('g:apps');
    expect(l).toMatchObject({ componentCount: 8, statedCount: 1, inferredCount: 5, otherCount: 2, otherShare: 0.25 });
    expect(l.connections).toEqual([{ type: 'CONNECTS_TO', from: 'c:app', to: 'c:lgsp', provenance: 'stated' }]);
  });
});
