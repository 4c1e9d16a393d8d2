/**
 * A corpus of Cypher-injection and GraphQL-abuse payloads — in names, ids, search text, filters,
 * relationship types, kinds, JSON properties, backup files; deep queries, alias floods, huge
 * strings, invalid UTF-8 — each refused or harmless, and the graph unchanged afterwards.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup, verifyBackup } from '../server/src/backup/backup.js';
import { gql, testApp, testDb } from './setup/db.js';

const db = testDb();
const yoga = testApp(db);

/** What the graph holds (nodes and relationships; not audit events). */
async function fingerprint(): Promise<string> {
  const b = await createBackup(db);
  const nodes = b.nodes.filter((n) => n.labels.includes('Node'));
  return createHash('sha256')
    .update(JSON.stringify([nodes, b.relationships]))
    .digest('hex');
}

let before = '';
beforeAll(async () => {
  await db.autoCommit('test/delete-test-nodes');
  before = await fingerprint();
});
afterAll(async () => {
  await db.autoCommit('test/delete-test-nodes');
  await db.close();
});

const CYPHER = [
  `") DETACH DELETE n //`,
  `'}) MATCH (n) DETACH DELETE n //`,
  `x' OR 1=1 --`,
  `\\") RETURN 1 UNION MATCH (n) DETACH DELETE n //`,
  '`) DETACH DELETE n //',
  `$(drop)`,
  `{id: 'x'}) SET n.pwned = true //`,
  `CALL db.clearQueryCaches()`,
  `CALL dbms.security.createUser('x','y')`,
  `LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l`,
  `*/ MATCH (n) DETACH DELETE n /*`,
  `\u0000\u0001\u0002`,
  `${'('.repeat(200)}`,
  `<script>alert(1)</script>`,
  `{{7*7}}`,
];

const status = async (body: string, headers: Record<string, string> = {}) =>
  (await yoga.fetch('http://akb.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })).status;

describe('injection and abuse corpus', () => {
  it('search text: every payload is a harmless search', async () => {
    for (const p of CYPHER) {
      const r = await gql(yoga, 'query($t: String!) { search(text: $t) { node { id } } }', { t: p });
      expect(r.errors?.[0]?.extensions?.code ?? 'ok', p).not.toBe('INTERNAL');
    }
  });

  it('ids and filters: unknown ids are not found, unknown kinds and types refused', async () => {
    for (const p of CYPHER) {
      const n = await gql<{ node: null }>(yoga, 'query($id: ID!) { node(id: $id) { id } }', { id: p });
      expect(n.errors, p).toBeUndefined();
      expect(n.data!.node).toBeNull();
      const k = await gql(yoga, 'query($k: String!) { nodesOfKind(kind: $k) { totalCount } }', { k: p });
      expect(k.errors?.[0].extensions?.code, p).toBe('VALIDATION_FAILED');
      const i = await gql(yoga, 'query($t: [String!]) { impact(id: "ndb:dan-cu", direction: DEPENDENTS, relationshipTypes: $t) { total } }', { t: [p] });
      expect(i.errors?.[0].extensions?.code, p).toBe('VALIDATION_FAILED');
      const d = await gql(yoga, 'query($r: [String!]) { duplication(scope: { rules: $r }) { id } }', { r: [p] });
      expect(d.errors?.[0].extensions?.code, p).toBe('VALIDATION_FAILED');
    }
  });

  it('relationship types and kinds in writes are checked against the model, never become Cypher', async () => {
    for (const p of CYPHER) {
      const r = await gql(yoga, 'mutation($i: RelationshipInput!) { createRelationship(input: $i) { type } }', {
        i: { from: 'component:qng-lgsp', type: p, to: 'component:qng-soc', provenance: 'example' },
      });
      expect(r.errors?.[0].extensions?.code, p).toBe('VALIDATION_FAILED');
      const k = await gql(yoga, 'mutation($i: NodeInput!) { createNode(input: $i) { id } }', {
        i: { id: 'component:test-inj', kind: p, name: 'x', provenance: 'example' },
      });
      expect(k.errors?.[0].extensions?.code, p).toBe('VALIDATION_FAILED');
    }
  });

  it('names and JSON properties are stored as text, exactly, and nothing else happens', async () => {
    for (const [i, p] of CYPHER.entries()) {
      const id = `component:test-inj-${i}`;
      const r = await gql<{ createNode: { name: string } }>(yoga, 'mutation($i: NodeInput!) { createNode(input: $i) { name } }', {
        i: {
          id,
          kind: 'Component',
          name: p.trim() || 'x',
          description: p,
          provenance: 'example',
          properties: { componentKind: 'system', level: 'province', hostingReason: p },
        },
      });
      if (r.errors) expect(r.errors[0].extensions?.code, p).toBe('VALIDATION_FAILED');
      else expect(r.data!.createNode.name).toBe(p.trim() || 'x');
      const bad = await gql(yoga, 'mutation($i: NodeInput!) { createNode(input: $i) { id } }', {
        i: { id: `${id}-b`, kind: 'Component', name: 'x', provenance: 'example', properties: { [p]: 1 } },
      });
      expect(bad.errors?.[0].extensions?.code, p).toBe('VALIDATION_FAILED');
    }
  });

  it('ids that break the id pattern are refused', async () => {
    for (const p of CYPHER) {
      const r = await gql(yoga, 'mutation($i: NodeInput!) { createNode(input: $i) { id } }', {
        i: { id: p, kind: 'Component', name: 'x', provenance: 'example', properties: { componentKind: 'system', level: 'province' } },
      });
      expect(r.errors?.[0].extensions?.code, p).toBe('VALIDATION_FAILED');
    }
  });

  it('deep queries, alias floods, directive floods and token floods are refused before execution', async () => {
    const deep = `{ node(id: "ndb:dan-cu") { ${'relationships { node { '.repeat(12)} id ${'} } '.repeat(12)} } }`;
    const aliases = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: stats { nodes }`).join(' ')} }`;
    const directives = `{ stats ${'@include(if: true) '.repeat(100)} { nodes } }`;
    const tokens = `{ ${Array.from({ length: 2500 }, () => '__typename').join(' ')} }`;
    for (const [doc, limit] of [
      [deep, /depth|cost/i],
      [aliases, /alias/i],
      [directives, /directive/i],
      [tokens, /token/i],
    ] as const) {
      const r = await gql(yoga, doc);
      expect(r.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(r.errors?.[0].message).toMatch(limit);
      expect((r as { data?: unknown }).data ?? null).toBeNull();
    }
  });

  it('a huge body is refused with 413, invalid JSON with 400, invalid UTF-8 as a query that does not parse, batches are off', async () => {
    const huge = JSON.stringify({ query: 'query($t: String!) { search(text: $t) { node { id } } }', variables: { t: 'x'.repeat(2_000_000) } });
    expect(await status(huge, { 'content-length': String(huge.length) })).toBe(413);
    expect(await status('{"query": ')).toBe(400);
    const bytes = new Uint8Array([0x7b, 0x22, 0x71, 0x75, 0x65, 0x72, 0x79, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    const res = await yoga.fetch('http://akb.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: bytes });
    // Decoded with replacement characters, it is a query that does not parse: refused, not a crash.
    expect(res.status).toBeLessThan(500);
    expect(((await res.json()) as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0);
    const batch = await yoga.fetch('http://akb.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ stats { nodes } }' }, { query: '{ stats { nodes } }' }]),
    });
    const answer = (await batch.json()) as { data?: unknown; errors?: unknown[] } | unknown[];
    expect(Array.isArray(answer)).toBe(false);
    expect((answer as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0);
  });

  it('search text over 500 characters and absurd paging are refused', async () => {
    expect((await gql(yoga, 'query($t: String!) { search(text: $t) { node { id } } }', { t: 'a'.repeat(501) })).errors?.[0].extensions?.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await gql(yoga, '{ nodesOfKind(kind: "Task", first: 501) { totalCount } }')).errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect((await gql(yoga, '{ nodesOfKind(kind: "Task", first: 100000) { totalCount } }')).errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect((await gql(yoga, '{ impact(id: "ndb:dan-cu", direction: DEPENDENTS, maxDepth: 1000) { total } }')).errors?.[0].extensions?.code).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('malformed and forged Authorization headers are refused with 401', async () => {
    for (const h of [
      'Bearer',
      'Bearer akb_',
      `Bearer akb_${'A'.repeat(300)}`,
      'Basic YWRtaW46YWRtaW4=',
      "Bearer ' OR 1=1 --",
      'Bearer akb_x\nX-Injected: 1'.replace('\n', ' '),
    ]) {
      const res = await yoga.fetch('http://akb.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: h },
        body: JSON.stringify({ query: '{ stats { nodes } }' }),
      });
      expect(res.status, h).toBe(401);
    }
  });

  it('a backup file naming labels or types outside the model is refused', () => {
    const file = {
      format: 'akb-backup/1',
      createdAt: '',
      counts: { nodes: 1, relationships: 1 },
      checksum: '',
      nodes: [{ labels: ['Node', 'Admin`) DETACH DELETE n //'], props: {}, datetimes: [] }],
      relationships: [{ from: 'a', type: 'X]->() DELETE a //', to: 'b', props: {} }],
    };
    expect(() => verifyBackup(file)).toThrow(/not a label akb stores|not a relationship type/);
  });

  it('after all of it, the graph is what it was (the harmless test nodes removed)', async () => {
    await db.autoCommit('test/delete-test-nodes');
    expect(await fingerprint()).toBe(before);
  });
});
