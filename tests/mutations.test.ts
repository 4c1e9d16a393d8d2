/**
 * Mutations: every kind and relationship can be created, updated and deleted; bad input gets
 * VALIDATION_FAILED / NOT_FOUND / CONFLICT with nothing written; each change is audited.
 */
import { describe, expect, it } from 'vitest';
import { KINDS, KIND_BY_NAME } from '../server/src/model/model.js';
import { fileDb, gql, testApp } from './setup/db.js';

const db = fileDb({ cleanup: ['test/delete-test-nodes'] });
const yoga = testApp(db);

const src = [
  { document: '000_ad6ee82cc589edb4.txt', section: 'PL III, 6', quote: 'Phát triển, hoàn thiện Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) tỉnh Quảng Ngãi' },
];
const counts = async () => (await db.read('admin/count-by-kind')).map((r) => `${r.what}:${r.name}:${r.count}`).join(',');
const CREATE = 'mutation($input: NodeInput!) { createNode(input: $input) { id name kind provenance sources { quote } } }';
const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

function minimal(kind: string, slug: string) {
  const spec = KIND_BY_NAME.get(kind)!;
  const properties: Record<string, unknown> = {};
  for (const [p, s] of Object.entries(spec.props)) if (s.required) properties[p] = s.values ? s.values[0] : s.type === 'int' ? 1 : 'x';
  return { id: `${spec.idPrefix}:test-${slug}`, kind, name: `Thử ${kind}`, provenance: 'example', properties };
}

describe('mutations', () => {
  it.each(KINDS.map((k) => k.name))('creates, updates and deletes a %s, each audited', async (kind) => {
    const input = minimal(kind, `crud-${kind.toLowerCase()}`);
    const created = await gql<{ createNode: { id: string; kind: string } }>(yoga, CREATE, { input });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createNode).toMatchObject({ id: input.id, kind });
    const updated = await gql<{ updateNode: { name: string; nameEn: string } }>(
      yoga,
      'mutation($id: ID!) { updateNode(id: $id, patch: { nameEn: "Test" }) { name nameEn } }',
      { id: input.id },
    );
    expect(updated.data!.updateNode).toEqual({ name: input.name, nameEn: 'Test' });
    const deleted = await gql<{ deleteNode: { id: string } }>(yoga, 'mutation($id: ID!) { deleteNode(id: $id) { id removedRelationships { type } } }', {
      id: input.id,
    });
    expect(deleted.data!.deleteNode.id).toBe(input.id);
    const h = await gql<{ history: { operation: string; actor: string; before: unknown; after: unknown }[] }>(
      yoga,
      'query($id: ID!) { history(id: $id) { operation actor before after } }',
      { id: input.id },
    );
    expect(h.data!.history.map((e) => e.operation)).toEqual(['deleteNode', 'updateNode', 'createNode']);
    const update = h.data!.history[1] as { before: Record<string, unknown>; after: Record<string, unknown> };
    expect(update.before.nameEn).toBeUndefined();
    expect(update.after.nameEn).toBe('Test');
    expect(update.before.name).toBe(input.name);
    expect(h.data!.history[2].before).toBeNull();
  });

  it('createNode refuses an unknown kind, a missing name, a bad enum, a wrong id prefix — and writes nothing', async () => {
    const before = await counts();
    const cases = [
      { ...minimal('Component', 'bad1'), kind: 'Nope' },
      { ...minimal('Component', 'bad2'), name: ' ' },
      { ...minimal('Component', 'bad3'), properties: { componentKind: 'spaceship', level: 'province' } },
      { ...minimal('Component', 'bad4'), id: 'agency:test-bad4' },
      { ...minimal('Component', 'bad5'), provenance: 'stated' }, // stated needs a source
    ];
    for (const input of cases) {
      const r = await gql(yoga, CREATE, { input });
      expect(code(r), JSON.stringify(input)).toBe('VALIDATION_FAILED');
      expect((r.errors![0].extensions!.problems as { where: string }[]).length).toBeGreaterThan(0);
    }
    expect(await counts()).toBe(before);
  });

  it('createNode refuses an id that exists with other content (CONFLICT); update and delete of a missing id are NOT_FOUND', async () => {
    const input = { ...minimal('Agency', 'dup'), provenance: 'stated', sources: src };
    expect((await gql(yoga, CREATE, { input })).errors).toBeUndefined();
    expect(code(await gql(yoga, CREATE, { input: { ...input, name: 'Tên khác' } }))).toBe('CONFLICT');
    expect(
      code(
        await gql(yoga, CREATE, {
          input: { ...input, id: 'component:qng-lgsp', kind: 'Component', properties: { componentKind: 'platform', level: 'province' } },
        }),
      ),
    ).toBe('CONFLICT');
    expect(code(await gql(yoga, 'mutation { updateNode(id: "agency:test-none", patch: { nameEn: "x" }) { id } }'))).toBe('NOT_FOUND');
    expect(code(await gql(yoga, 'mutation { deleteNode(id: "agency:test-none") { id } }'))).toBe('NOT_FOUND');
    expect(code(await gql(yoga, 'mutation { updateNode(id: "agency:test-dup", patch: { properties: { level: "galactic" } }) { id } }'))).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('relationships: create, update, delete, validated against the endpoints’ kinds, audited on both ends', async () => {
    await gql(yoga, CREATE, { input: minimal('Component', 'a') });
    await gql(yoga, CREATE, { input: minimal('Component', 'b') });
    const CREL = 'mutation($input: RelationshipInput!) { createRelationship(input: $input) { from { id } type to { id } provenance } }';
    const ok = await gql<{ createRelationship: { type: string } }>(yoga, CREL, {
      input: { from: 'component:test-a', type: 'INTEGRATES_VIA', to: 'component:test-b', provenance: 'example' },
    });
    expect(ok.errors).toBeUndefined();
    expect(
      code(await gql(yoga, CREL, { input: { from: 'component:test-a', type: 'INTEGRATES_VIA', to: 'component:test-b', provenance: 'example', note: 'khác' } })),
    ).toBe('CONFLICT');
    expect(code(await gql(yoga, CREL, { input: { from: 'component:test-a', type: 'NOPE', to: 'component:test-b', provenance: 'example' } }))).toBe(
      'VALIDATION_FAILED',
    );
    expect(code(await gql(yoga, CREL, { input: { from: 'component:test-a', type: 'LED_BY', to: 'component:test-b', provenance: 'example' } }))).toBe(
      'VALIDATION_FAILED',
    );
    expect(code(await gql(yoga, CREL, { input: { from: 'component:test-a', type: 'CONNECTS_TO', to: 'component:test-missing', provenance: 'example' } }))).toBe(
      'NOT_FOUND',
    );
    const KEY = { from: 'component:test-a', type: 'INTEGRATES_VIA', to: 'component:test-b' };
    const up = await gql<{ updateRelationship: { note: string } }>(
      yoga,
      'mutation($key: RelationshipKey!) { updateRelationship(key: $key, patch: { note: "qua LGSP" }) { note } }',
      { key: KEY },
    );
    expect(up.data!.updateRelationship.note).toBe('qua LGSP');
    expect(
      code(await gql(yoga, 'mutation($key: RelationshipKey!) { updateRelationship(key: $key, patch: { provenance: stated }) { note } }', { key: KEY })),
    ).toBe('VALIDATION_FAILED');
    const del = await gql<{ deleteRelationship: boolean }>(yoga, 'mutation($key: RelationshipKey!) { deleteRelationship(key: $key) }', { key: KEY });
    expect(del.data!.deleteRelationship).toBe(true);
    expect(code(await gql(yoga, 'mutation($key: RelationshipKey!) { deleteRelationship(key: $key) }', { key: KEY }))).toBe('NOT_FOUND');
    const h = await gql<{ history: { operation: string }[] }>(yoga, '{ history(id: "component:test-b") { operation } }');
    expect(h.data!.history.map((e) => e.operation)).toEqual(['deleteRelationship', 'updateRelationship', 'createRelationship', 'createNode']);
  });

  it('deleting a node with relationships needs force, and then reports what went', async () => {
    await gql(yoga, CREATE, { input: minimal('Component', 'hub') });
    await gql(yoga, CREATE, { input: minimal('Component', 'spoke') });
    await gql(
      yoga,
      'mutation { createRelationship(input: { from: "component:test-spoke", type: "CONNECTS_TO", to: "component:test-hub", provenance: example }) { type } }',
    );
    const before = await counts();
    const refused = await gql(yoga, 'mutation { deleteNode(id: "component:test-hub") { id } }');
    expect(code(refused)).toBe('CONFLICT');
    expect(await counts()).toBe(before);
    const forced = await gql<{ deleteNode: { removedRelationships: { from: string; type: string; to: string }[] } }>(
      yoga,
      'mutation { deleteNode(id: "component:test-hub", force: true) { id removedRelationships { from type to } } }',
    );
    expect(forced.data!.deleteNode.removedRelationships).toEqual([{ from: 'component:test-spoke', type: 'CONNECTS_TO', to: 'component:test-hub' }]);
    const h = await gql<{ history: { operation: string }[] }>(yoga, '{ history(id: "component:test-spoke") { operation } }');
    expect(h.data!.history[0].operation).toBe('deleteNode');
  });

  it('a created node is searchable at once (search properties derived on write)', async () => {
    await gql(yoga, CREATE, { input: { ...minimal('Component', 'searchable'), name: 'Hệ thống Quản lý Đê điều thử nghiệm', abbreviations: ['QLĐĐ'] } });
    const r = await gql<{ search: { node: { id: string } }[] }>(yoga, '{ search(text: "quan ly de dieu thu nghiem") { node { id } } }');
    expect(r.data!.search[0].node.id).toBe('component:test-searchable');
  });
});
