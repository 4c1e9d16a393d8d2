/**
 * GraphQL over HTTP for caches and CDNs: GET queries (with the CSRF header a browser cannot send
 * cross-site), and, as a production option, persisted operations: only the operations a manifest
 * lists run, named by id (Apollo's `extensions.persistedQuery.sha256Hash` or `documentId`), in the
 * manifest formats GraphQL Code Generator and Apollo write; staff roles may be let through.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenStore } from '../server/src/auth/tokens.js';
import { loadConfig } from '../server/src/config/config.js';
import { buildSchema } from '../server/src/graphql/schema.js';
import { createApp } from '../server/src/http/app.js';
import { checkManifest, loadManifest, parseManifest, sha256 } from '../server/src/http/persisted.js';
import { TEST_HOSTS, testApp, testDb } from './setup/db.js';

const db = testDb();
const dir = mkdtempSync(join(tmpdir(), 'akb-persisted-'));
const NODE = 'query Node($id: ID!) { node(id: $id) { id name } }';
const SEARCH = 'query Search($text: String!) { search(text: $text, first: 3) { node { id } } }';
const manifest = join(dir, 'persisted-documents.json');
writeFileSync(manifest, JSON.stringify({ [sha256(NODE)]: NODE, [sha256(SEARCH)]: SEARCH }));
const yoga = createApp({ db, quiet: true, allowedHosts: TEST_HOSTS, persistedOperations: { file: manifest, bypassRole: 'editor' } });
const tokens: Record<string, string> = {};

beforeAll(async () => {
  const store = new TokenStore(db);
  for (const role of ['viewer', 'editor'] as const)
    tokens[role] = (await store.create({ name: 'test-cli', role: 'admin', tokenId: null }, { role, name: `test-persisted-${role}` })).token;
});
afterAll(async () => {
  await db.autoCommit('test/delete-test-tokens');
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

type Answer = {
  status: number;
  body: { data?: { node?: { id: string; name: string } | null }; errors?: { message: string; extensions?: { code?: string } }[] };
};
const post = async (app: typeof yoga, body: object, headers: Record<string, string> = {}): Promise<Answer> => {
  const res = await app.fetch('http://akb.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
};
const get = async (app: typeof yoga, params: Record<string, string>, headers: Record<string, string> = { 'x-graphql-yoga-csrf': '1' }): Promise<Answer> => {
  const res = await app.fetch(`http://akb.test/graphql?${new URLSearchParams(params)}`, {
    headers: { accept: 'application/graphql-response+json', ...headers },
  });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as Answer['body'] };
};
const VARS = JSON.stringify({ id: 'ndb:dan-cu' });

describe('GET queries (no allow-list)', () => {
  const open = testApp(db);
  it('run with the CSRF header, as a cache or CDN sends them', async () => {
    const r = await get(open, { query: NODE, variables: VARS });
    expect(r.status).toBe(200);
    expect(r.body.data?.node?.id).toBe('ndb:dan-cu');
  });

  it('are refused without it (a browser cannot add the header to a cross-site request)', async () => {
    const r = await get(open, { query: NODE, variables: VARS }, {});
    expect(r.status).toBe(403);
  });

  it('may not mutate', async () => {
    const r = await get(open, { query: 'mutation { revokeToken(id: "token:x") }' });
    expect(r.status).toBe(405);
  });
});

describe('persisted operations (AKB_PERSISTED_OPERATIONS)', () => {
  it('runs a listed operation named by its sha256 hash (POST, Apollo / codegen style)', async () => {
    const r = await post(yoga, { variables: { id: 'ndb:dan-cu' }, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(NODE) } } });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data?.node?.id).toBe('ndb:dan-cu');
  });

  it('runs a listed operation by GET, with documentId or the hash in extensions, so caches can keep the answer', async () => {
    const byId = await get(yoga, { documentId: sha256(NODE), variables: VARS });
    expect(byId.status).toBe(200);
    expect(byId.body.data?.node?.id).toBe('ndb:dan-cu');
    const byHash = await get(yoga, { extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(NODE) } }), variables: VARS });
    expect(byHash.body.data?.node?.id).toBe('ndb:dan-cu');
  });

  it('refuses a document sent as text, and an id not on the list, with codes a client can act on', async () => {
    const text = await post(yoga, { query: NODE, variables: { id: 'ndb:dan-cu' } });
    expect(text.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_ONLY');
    expect(text.body.data).toBeUndefined();
    const unknown = await post(yoga, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ stats { nodes } }') } } });
    expect(unknown.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const viewer = await post(yoga, { query: NODE, variables: { id: 'ndb:dan-cu' } }, { authorization: `Bearer ${tokens.viewer}` });
    expect(viewer.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_ONLY');
  });

  it('lets callers of the bypass role (the web client with an editor token) send any document', async () => {
    const r = await post(yoga, { query: '{ stats { nodes } }' }, { authorization: `Bearer ${tokens.editor}` });
    expect(r.body.errors).toBeUndefined();
  });

  it('reads the manifest formats GraphQL Code Generator and Apollo write, and refuses one that does not validate', () => {
    expect([...parseManifest(JSON.stringify({ abc: NODE }), 'm.json')]).toEqual([['abc', NODE]]);
    const apollo = { format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: sha256(SEARCH), name: 'Search', type: 'query', body: SEARCH }] };
    expect([...parseManifest(JSON.stringify(apollo), 'm.json')]).toEqual([[sha256(SEARCH), SEARCH]]);
    expect(() => parseManifest('[1, 2]', 'm.json')).toThrow(/m\.json: expected/);
    expect(checkManifest(new Map([['x', '{ nosuchfield }']]), buildSchema())).toEqual(['x: Cannot query field "nosuchfield" on type "Query".']);
    const stale = join(dir, 'stale.json');
    writeFileSync(stale, JSON.stringify({ x: '{ node(id: "a") { level } }' }));
    expect(() => loadManifest({ file: stale, bypassRole: null }, buildSchema())).toThrow(
      /AKB_PERSISTED_OPERATIONS: .*stale\.json: 1 operation\(s\) do not validate/,
    );
  });

  it('is configured from the environment; a bypass role without a manifest is an error', () => {
    expect(loadConfig({ AKB_PERSISTED_OPERATIONS: 'ops.json', AKB_PERSISTED_OPERATIONS_BYPASS: 'editor' }).persistedOperations).toEqual({
      file: 'ops.json',
      bypassRole: 'editor',
    });
    expect(loadConfig({}).persistedOperations).toBeNull();
    expect(() => loadConfig({ AKB_PERSISTED_OPERATIONS_BYPASS: 'editor' })).toThrow(/AKB_PERSISTED_OPERATIONS_BYPASS is set but AKB_PERSISTED_OPERATIONS/);
    expect(() => loadConfig({ AKB_PERSISTED_OPERATIONS: 'ops.json', AKB_PERSISTED_OPERATIONS_BYPASS: 'boss' })).toThrow(/must be one of/);
  });
});
