/**
 * The home dashboard (issue #21) in one request: counts by kind, province and provenance that agree
 * with the graph, the coverage of the systems, and recent changes from the audit log that name what
 * changed without ever sending its before/after content (which may hold fields only appraisers may
 * read).
 */
import { describe, expect, it } from 'vitest';
import type { Dashboard } from '../server/src/dashboard/dashboard.js';
import { fileDb, gql, testApp } from './setup/db.js';

const db = fileDb({ cleanup: ['test/delete-test-nodes'] });
const yoga = testApp(db);

const QUERY = `query($recent: Int) { dashboard(recent: $recent) {
  nodes relationships byKind { name count } byProvince { province count } byProvenance { provenance nodes relationships }
  coverage { components withLayer inArchitecture withOwner withSource }
  recentChanges { id at actor operation targetCount nodeId nodeName nodeKind otherId otherName relationshipType } } }`;

async function dash(recent = 8): Promise<Dashboard> {
  const r = await gql<{ dashboard: Dashboard }>(yoga, QUERY, { recent });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.dashboard;
}

describe('dashboard', () => {
  it('counts agree with stats: by kind, by province, by provenance', async () => {
    const d = await dash();
    const stats = await gql<{ stats: { nodes: number; relationships: number; nodesByKind: { name: string; count: number }[] } }>(
      yoga,
      '{ stats { nodes relationships nodesByKind { name count } } }',
    );
    expect(d.nodes).toBe(stats.data!.stats.nodes);
    expect(d.relationships).toBe(stats.data!.stats.relationships);
    expect(new Map(d.byKind.map((k) => [k.name, k.count]))).toEqual(new Map(stats.data!.stats.nodesByKind.map((k) => [k.name, k.count])));
    expect(d.byKind.find((k) => k.name === 'NationalDatabase')!.count).toBe(13);
    // Largest first.
    for (let i = 1; i < d.byKind.length; i++) expect(d.byKind[i - 1].count).toBeGreaterThanOrEqual(d.byKind[i].count);
    const sum = (xs: { count: number }[]) => xs.reduce((a, x) => a + x.count, 0);
    expect(sum(d.byProvince)).toBe(d.nodes);
    expect(d.byProvince.map((p) => p.province)).toEqual(expect.arrayContaining(['Quảng Ngãi', 'Quảng Nam', null]));
    expect(d.byProvenance.reduce((a, p) => a + p.nodes, 0)).toBe(d.nodes);
    expect(d.byProvenance.reduce((a, p) => a + p.relationships, 0)).toBe(d.relationships);
    const prov = new Map(d.byProvenance.map((p) => [p.provenance, p]));
    expect(prov.get('stated')!.nodes).toBeGreaterThan(400);
    expect(prov.get('inferred')!.relationships).toBeGreaterThan(0);
    expect(prov.get('example')!.nodes).toBeGreaterThan(0);
  });

  it('coverage counts the systems with a layer, an architecture, an owner and a source', async () => {
    const { coverage: c } = await dash(0);
    const components = (await db.read('admin/count-by-kind')).find((r) => r.what === 'node' && r.name === 'Component')!.count as number;
    expect(c.components).toBe(components);
    for (const v of [c.withLayer, c.inArchitecture, c.withOwner, c.withSource]) {
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThanOrEqual(c.components);
    }
    expect(c.withLayer).toBeLessThan(c.inArchitecture);
  });

  it('recent changes: newest first, names of what changed (even once deleted), never the content', async () => {
    const secret = 4;
    const create = await gql(yoga, 'mutation($i: NodeInput!) { createNode(input: $i) { id } }', {
      i: {
        id: 'component:test-dash-a',
        kind: 'Component',
        name: 'Hệ thống thử bảng tin',
        provenance: 'example',
        properties: { componentKind: 'system', level: 'province', securityLevel: secret, description: 'nội dung riêng tư' },
      },
    });
    expect(create.errors).toBeUndefined();
    await gql(yoga, 'mutation($i: NodeInput!) { createNode(input: $i) { id } }', {
      i: {
        id: 'component:test-dash-b',
        kind: 'Component',
        name: 'Hệ thống thử B',
        provenance: 'example',
        properties: { componentKind: 'system', level: 'province' },
      },
    });
    const rel = await gql(
      yoga,
      'mutation { createRelationship(input: { from: "component:test-dash-a", type: "CONNECTS_TO", to: "component:test-dash-b", provenance: example }) { type } }',
    );
    expect(rel.errors).toBeUndefined();
    await gql(yoga, 'mutation { deleteNode(id: "component:test-dash-b", force: true) { id } }');

    const d = await dash(3);
    expect(d.recentChanges).toHaveLength(3);
    const [deleted, connected, createdB] = d.recentChanges;
    expect(deleted).toMatchObject({
      operation: 'deleteNode',
      nodeId: 'component:test-dash-b',
      nodeName: 'Hệ thống thử B',
      nodeKind: 'Component',
      actor: 'suite-admin',
    });
    expect(connected).toMatchObject({
      operation: 'createRelationship',
      nodeName: 'Hệ thống thử bảng tin',
      otherId: 'component:test-dash-b',
      relationshipType: 'CONNECTS_TO',
      targetCount: 2,
    });
    expect(createdB).toMatchObject({ operation: 'createNode', nodeId: 'component:test-dash-b' });
    for (let i = 1; i < d.recentChanges.length; i++) expect(Date.parse(d.recentChanges[i - 1].at)).toBeGreaterThanOrEqual(Date.parse(d.recentChanges[i].at));
    // The event type has no before/after, and nothing of the content leaves: not the security level, not the description.
    const more = await dash(10);
    const text = JSON.stringify(more.recentChanges);
    expect(text).not.toContain('nội dung riêng tư');
    expect(text).not.toContain('securityLevel');
    const bad = await gql(yoga, '{ dashboard { recentChanges { before } } }');
    expect(bad.errors?.[0].message).toMatch(/Cannot query field "before"/);
  });

  it('is one request for a reader without a token, and refuses a bad recent count', async () => {
    const anonymous = await gql<{ dashboard: Dashboard }>(yoga, '{ dashboard { nodes recentChanges { operation } } }', {}, { authorization: '' });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.dashboard.nodes).toBeGreaterThan(400);
    const r = await gql(yoga, '{ dashboard(recent: 500) { nodes } }');
    expect(r.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
  });
});
