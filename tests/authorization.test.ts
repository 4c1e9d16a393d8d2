/**
 * Authorization matrix: every mutation (and the admin-only query) × every kind of caller — no
 * token, viewer, appraiser, editor, admin, a revoked token, an expired token — allowed exactly
 * where intended, refused with UNAUTHENTICATED or FORBIDDEN otherwise, and a refused write leaves
 * no trace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenStore } from '../server/src/auth/tokens.js';
import { ROLES, atLeast, type Role } from '../server/src/auth/roles.js';
import { createApp } from '../server/src/http/app.js';
import { gql, postFile, TEST_HOSTS, testDb } from './setup/db.js';

const db = testDb();
const yoga = createApp({ db, quiet: true, allowedHosts: TEST_HOSTS, publicRead: true });
const store = new TokenStore(db);
const cli = { name: 'test-setup', role: 'admin' as const, tokenId: null };
const tokens: Record<string, string> = {};

type Caller = Role | 'anonymous' | 'revoked' | 'expired';
const CALLERS: Caller[] = ['anonymous', ...ROLES, 'revoked', 'expired'];

beforeAll(async () => {
  await db.autoCommit('test/delete-test-nodes');
  await db.autoCommit('test/delete-test-tokens');
  for (const role of ROLES) tokens[role] = (await store.create(cli, { role, name: `test-${role}` })).token;
  const revoked = await store.create(cli, { role: 'admin', name: 'test-revoked' });
  await store.revoke(cli, revoked.info.id);
  tokens.revoked = revoked.token;
  const expired = await store.create(cli, { role: 'admin', name: 'test-expired' });
  await db.write('test/expire-token', { id: expired.info.id });
  tokens.expired = expired.token;
  await gql(
    yoga,
    'mutation { createNode(input: {id: "component:test-authz-a", kind: "Component", name: "A", provenance: example, properties: {componentKind: "system", level: "province"}}) { id } }',
    {},
    { authorization: `Bearer ${tokens.editor}` },
  );
});

afterAll(async () => {
  await db.autoCommit('test/delete-test-nodes');
  await db.autoCommit('test/delete-test-tokens');
  await db.close();
});

const PROPOSAL = `{ name: "Đề xuất :test-", ownerAgency: "agency:qng-so-tai-chinh", hosting: { location: PROVINCIAL_DATACENTRE }, securityLevel: 2, offersDataSharing: true }`;

/** Each operation, the role it needs (null: any caller with a valid or no token), and a fresh document per run. */
const OPERATIONS: { name: string; needs: Role | null; doc: (k: string) => string; upload?: (k: string) => string }[] = [
  {
    name: 'createNode',
    needs: 'editor',
    doc: (k) =>
      `mutation { createNode(input: {id: "component:test-authz-${k}", kind: "Component", name: "X", provenance: example, properties: {componentKind: "system", level: "province"}}) { id } }`,
  },
  { name: 'updateNode', needs: 'editor', doc: (k) => `mutation { updateNode(id: "component:test-authz-a", patch: {description: "${k}"}) { id } }` },
  {
    name: 'createRelationship',
    needs: 'editor',
    doc: () =>
      `mutation { createRelationship(input: {from: "component:test-authz-a", type: "HOSTED_ON", to: "component:qng-trung-tam-du-lieu", provenance: example}) { type } }`,
  },
  {
    name: 'updateRelationship',
    needs: 'editor',
    doc: (k) =>
      `mutation { updateRelationship(key: {from: "component:test-authz-a", type: "HOSTED_ON", to: "component:qng-trung-tam-du-lieu"}, patch: {note: "${k}"}) { type } }`,
  },
  {
    name: 'deleteRelationship',
    needs: 'editor',
    doc: () => `mutation { deleteRelationship(key: {from: "component:test-authz-a", type: "HOSTED_ON", to: "component:qng-trung-tam-du-lieu"}) }`,
  },
  { name: 'deleteNode', needs: 'editor', doc: (k) => `mutation { deleteNode(id: "component:test-authz-${k}") { id } }` },
  { name: 'appraise', needs: null, doc: () => `mutation { appraise(proposal: ${PROPOSAL}) { conformance { verdict } } }` },
  {
    name: 'appraise(save)',
    needs: 'appraiser',
    doc: () => `mutation { appraise(proposal: ${PROPOSAL.replace('agency:qng-so-tai-chinh', 'agency:test-authz-owner')}, save: true) { id } }`,
  },
  { name: 'createToken', needs: 'admin', doc: (k) => `mutation { createToken(role: viewer, name: "test-made-${k}") { info { id } } }` },
  { name: 'revokeToken', needs: 'admin', doc: () => `mutation { revokeToken(id: "token:nope") }` },
  { name: 'tokens', needs: 'admin', doc: () => `{ tokens { id } }` },
  {
    name: 'importData',
    needs: 'editor',
    doc: () => 'mutation($file: File!) { importData(file: $file, dryRun: false) { written } }',
    upload: (k) =>
      JSON.stringify({
        nodes: [{ id: `component:test-authz-import-${k}`, kind: 'Component', name: 'Nhập', componentKind: 'system', level: 'province', provenance: 'example' }],
      }),
  },
  { name: 'search (read)', needs: null, doc: () => `{ search(text: "LGSP") { node { id } } }` },
];

/** A GraphQL multipart request (the spec's operations + map + file parts), as the web client sends it. */
async function upload(query: string, content: string, authorization: string) {
  const res = await postFile(yoga, query, {}, { content, name: 'authz.json' }, authorization || null);
  return (await res.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
}

describe('authorization matrix', () => {
  for (const op of OPERATIONS)
    it(`${op.name}: allowed for ${op.needs ?? 'everyone with a valid or no token'}, refused otherwise`, async () => {
      if (op.name === 'appraise(save)')
        await gql(
          yoga,
          'mutation { createNode(input: {id: "agency:test-authz-owner", kind: "Agency", name: "Cơ quan thử", province: "Quảng Ngãi", provenance: example}) { id } }',
          {},
          { authorization: `Bearer ${tokens.editor}` },
        );
      const outcome: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const caller of CALLERS) {
        const k = `${op.name.replace(/\W/g, '')}-${caller}`;
        if (op.name === 'deleteNode')
          await gql(
            yoga,
            `mutation { createNode(input: {id: "component:test-authz-${k}", kind: "Component", name: "X", provenance: example, properties: {componentKind: "system", level: "province"}}) { id } }`,
            {},
            { authorization: `Bearer ${tokens.editor}` },
          );
        if (op.name === 'updateRelationship' || op.name === 'deleteRelationship')
          await gql(yoga, OPERATIONS[2].doc(''), {}, { authorization: `Bearer ${tokens.editor}` });
        if (op.name === 'createRelationship') await gql(yoga, OPERATIONS[4].doc(''), {}, { authorization: `Bearer ${tokens.editor}` });
        const headers: Record<string, string> = { authorization: caller === 'anonymous' ? '' : `Bearer ${tokens[caller]}` };
        const r = op.upload ? await upload(op.doc(k), op.upload(k), headers.authorization) : await gql(yoga, op.doc(k), {}, headers);
        const code = r.errors?.[0]?.extensions?.code as string | undefined;
        outcome[caller] = code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' ? code : 'allowed';
        const role = caller === 'anonymous' ? 'viewer' : caller;
        expected[caller] =
          caller === 'revoked' || caller === 'expired'
            ? 'UNAUTHENTICATED'
            : op.needs === null || atLeast(role as Role, op.needs)
              ? 'allowed'
              : caller === 'anonymous'
                ? 'UNAUTHENTICATED'
                : 'FORBIDDEN';
        if (outcome[caller] === 'allowed' && op.name !== 'revokeToken')
          expect(r.errors, `${op.name} as ${caller}: ${JSON.stringify(r.errors)}`).toBeUndefined();
      }
      expect(outcome).toEqual(expected);
    });

  it('a refused write leaves no trace: no node, no audit event', async () => {
    const r = await gql(yoga, OPERATIONS[0].doc('refused'), {}, { authorization: `Bearer ${tokens.viewer}` });
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const node = await gql<{ node: null }>(yoga, '{ node(id: "component:test-authz-refused") { id } }', {}, { authorization: '' });
    expect(node.data!.node).toBeNull();
    const h = await gql<{ history: unknown[] }>(yoga, '{ history(id: "component:test-authz-refused") { at } }');
    expect(h.data!.history).toEqual([]);
  });

  it('audit events name the token that wrote', async () => {
    const h = await gql<{ history: { actor: string; operation: string }[] }>(yoga, '{ history(id: "component:test-authz-a") { actor operation } }');
    expect(h.data!.history.at(-1)).toEqual({ actor: 'test-editor', operation: 'createNode' });
  });

  it('with public reads off, reads need a token too', async () => {
    const closed = createApp({ db, quiet: true, allowedHosts: TEST_HOSTS, publicRead: false });
    const anon = await gql(closed, '{ search(text: "LGSP") { node { id } } }', {}, { authorization: '' });
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const viewer = await gql(closed, '{ search(text: "LGSP") { node { id } } }', {}, { authorization: `Bearer ${tokens.viewer}` });
    expect(viewer.errors).toBeUndefined();
  });
});

describe('sensitive fields', () => {
  it('a system’s security level is visible to appraisers and above, null for viewers and anonymous readers', async () => {
    await gql(
      yoga,
      'mutation { updateNode(id: "component:test-authz-a", patch: { properties: { securityLevel: 3 } }) { id } }',
      {},
      { authorization: `Bearer ${tokens.editor}` },
    );
    const read = async (auth: string) =>
      (
        await gql<{ node: { securityLevel: number | null; properties: Record<string, unknown> } }>(
          yoga,
          '{ node(id: "component:test-authz-a") { ... on Component { securityLevel } properties } }',
          {},
          { authorization: auth },
        )
      ).data!.node;
    expect(await read('')).toMatchObject({ securityLevel: null });
    expect((await read('')).properties).not.toHaveProperty('securityLevel');
    expect(await read(`Bearer ${tokens.viewer}`)).toMatchObject({ securityLevel: null });
    expect(await read(`Bearer ${tokens.appraiser}`)).toMatchObject({ securityLevel: 3, properties: { securityLevel: 3 } });
  });
});
