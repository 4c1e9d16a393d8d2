/**
 * JWTs from an identity provider (issue #7): a key pair made here, the app configured with the
 * public key (no network), tokens signed here. A valid JWT acts with its mapped role and is named in
 * audit events; every way a JWT can be wrong is refused with 401 UNAUTHENTICATED; API tokens keep
 * working next to JWTs. The AKB_JWT_* variables: tests/unit/jwt-config.test.ts.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JwtConfig } from '../server/src/auth/jwt.js';
import { createApp } from '../server/src/http/app.js';
import { gql, TEST_HOSTS, testDb } from './setup/db.js';

const ISSUER = 'https://idp.test/realms/akb';
const AUDIENCE = 'akb';
const rsa = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
const idp = rsa();
const impostor = rsa();
const PUBLIC_PEM = idp.publicKey.export({ type: 'spki', format: 'pem' }).toString();

const db = testDb();
const base: JwtConfig = { publicKey: PUBLIC_PEM, issuer: ISSUER, audience: AUDIENCE, roleClaim: 'akb_role', roleMap: null, nameClaim: 'preferred_username' };
const yoga = createApp({ db, quiet: true, allowedHosts: TEST_HOSTS, publicRead: true, jwt: base });

interface Claims {
  sub?: string;
  iss?: string;
  aud?: string | string[];
  /** Seconds from now; negative: in the past. */
  expIn?: number;
  [claim: string]: unknown;
}

/** A JWT signed by the identity provider's key (or another), valid unless the claims say otherwise. */
async function jwt(claims: Claims = {}, opts: { key?: KeyObject | Uint8Array; alg?: string } = {}): Promise<string> {
  const { sub = 'u-123', iss = ISSUER, aud = AUDIENCE, expIn = 600, ...rest } = claims;
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ preferred_username: 'nguyen.van.a', ...rest })
    .setProtectedHeader({ alg: opts.alg ?? 'RS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(iss)
    .setAudience(aud)
    .setIssuedAt(now - 60)
    .setExpirationTime(now + expIn)
    .sign(opts.key ?? idp.privateKey);
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The raw HTTP answer, to check the status as well as the GraphQL error. */
async function post(app: ReturnType<typeof createApp>, query: string, token: string) {
  const res = await app.fetch('http://akb.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: res.status, code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message ?? '', data: body.data };
}

const WHOAMI = '{ whoami { name role } }';
const createNode = (slug: string) =>
  `mutation { createNode(input: {id: "component:test-jwt-${slug}", kind: "Component", name: "JWT ${slug}", provenance: example, properties: {componentKind: "system", level: "province"}}) { id } }`;

beforeAll(async () => {
  await db.autoCommit('test/delete-test-nodes');
});

afterAll(async () => {
  await db.autoCommit('test/delete-test-nodes');
  await db.close();
});

describe('a valid JWT', () => {
  it('with role editor can run an editor mutation, and the audit event names the JWT actor', async () => {
    const r = await gql<{ createNode: { id: string } }>(yoga, createNode('editor'), {}, bearer(await jwt({ akb_role: 'editor' })));
    expect(r.errors).toBeUndefined();
    expect(r.data!.createNode.id).toBe('component:test-jwt-editor');
    const h = await gql<{ history: { actor: string; operation: string }[] }>(yoga, '{ history(id: "component:test-jwt-editor") { actor operation } }');
    expect(h.data!.history).toEqual([{ actor: 'jwt:u-123 (nguyen.van.a)', operation: 'createNode' }]);
  });

  it('with role viewer is FORBIDDEN on the editor mutation, and nothing is written', async () => {
    const r = await gql(yoga, createNode('viewer'), {}, bearer(await jwt({ akb_role: 'viewer' })));
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const node = await gql<{ node: null }>(yoga, '{ node(id: "component:test-jwt-viewer") { id } }');
    expect(node.data!.node).toBeNull();
  });

  it('whoami reports the JWT actor and its role', async () => {
    const r = await gql<{ whoami: { name: string; role: string } }>(yoga, WHOAMI, {}, bearer(await jwt({ akb_role: 'appraiser' })));
    expect(r.data!.whoami).toEqual({ name: 'jwt:u-123 (nguyen.van.a)', role: 'appraiser' });
  });

  it('without the name claim is named by its subject alone', async () => {
    const r = await gql<{ whoami: { name: string } }>(yoga, WHOAMI, {}, bearer(await jwt({ sub: 'u-456', preferred_username: undefined, akb_role: 'viewer' })));
    expect(r.data!.whoami.name).toBe('jwt:u-456');
  });

  it('reads when public reads are off', async () => {
    const closed = createApp({ db, quiet: true, allowedHosts: TEST_HOSTS, publicRead: false, jwt: base });
    const r = await gql(closed, '{ search(text: "LGSP") { node { id } } }', {}, bearer(await jwt({ akb_role: 'viewer' })));
    expect(r.errors).toBeUndefined();
  });
});

describe('refused JWTs: 401 UNAUTHENTICATED with the reason', () => {
  const refused = async (token: string, reason: RegExp) => {
    const r = await post(yoga, WHOAMI, token);
    expect(r).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(r.message).toMatch(reason);
  };

  it('expired', async () => refused(await jwt({ akb_role: 'admin', expIn: -3600 }), /expired/));
  it('wrong audience', async () => refused(await jwt({ akb_role: 'admin', aud: 'another-app' }), /audience must be akb/));
  it('wrong issuer', async () => refused(await jwt({ akb_role: 'admin', iss: 'https://evil.test' }), /issuer must be https:\/\/idp\.test\/realms\/akb/));
  it('wrong signature (signed by another key)', async () => refused(await jwt({ akb_role: 'admin' }, { key: impostor.privateKey }), /signature/));
  it('tampered payload', async () => {
    const [h, , s] = (await jwt({ akb_role: 'viewer' })).split('.');
    const forged = Buffer.from(
      JSON.stringify({ sub: 'u-123', iss: ISSUER, aud: AUDIENCE, exp: Math.floor(Date.now() / 1000) + 600, akb_role: 'admin' }),
    ).toString('base64url');
    await refused(`${h}.${forged}.${s}`, /signature/);
  });
  it('HS256 signed with the public key as the secret (algorithm confusion)', async () =>
    refused(await jwt({ akb_role: 'admin' }, { key: new TextEncoder().encode(PUBLIC_PEM), alg: 'HS256' }), /algorithm must be one of/));
  it('unsigned (alg none)', async () => {
    const h = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const p = Buffer.from(JSON.stringify({ sub: 'u-123', iss: ISSUER, aud: AUDIENCE, exp: Math.floor(Date.now() / 1000) + 600, akb_role: 'admin' })).toString(
      'base64url',
    );
    await refused(`${h}.${p}.`, /JWT refused/);
  });
  it('unmapped role', async () => refused(await jwt({ akb_role: 'superuser' }), /names no role akb accepts/));
  it('no role claim', async () => refused(await jwt(), /names no role akb accepts/));
  it('malformed', async () => refused('abc.def.ghi', /malformed/));
  it('refused for an editor mutation too, writing nothing', async () => {
    const r = await post(yoga, createNode('expired'), await jwt({ akb_role: 'editor', expIn: -3600 }));
    expect(r).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect((await gql<{ node: null }>(yoga, '{ node(id: "component:test-jwt-expired") { id } }')).data!.node).toBeNull();
  });
});

describe('role mapping', () => {
  const keycloak = createApp({
    db,
    quiet: true,
    allowedHosts: TEST_HOSTS,
    jwt: { ...base, roleClaim: 'realm_access.roles', roleMap: { 'akb-readers': 'viewer', 'akb-architects': 'editor', admin: 'appraiser' } },
  });
  const roleOf = async (claims: Claims) => (await gql<{ whoami: { role: string } }>(keycloak, WHOAMI, {}, bearer(await jwt(claims)))).data?.whoami.role;

  it('maps the identity provider’s role names through AKB_JWT_ROLE_MAP and takes the highest', async () => {
    expect(await roleOf({ realm_access: { roles: ['offline_access', 'akb-readers', 'akb-architects'] } })).toBe('editor');
    expect(await roleOf({ realm_access: { roles: ['akb-readers'] } })).toBe('viewer');
  });

  it('with a map, only the map counts: an IdP role that happens to be called "admin" is what the map says', async () => {
    expect(await roleOf({ realm_access: { roles: ['admin'] } })).toBe('appraiser');
    const r = await post(keycloak, WHOAMI, await jwt({ realm_access: { roles: ['editor'] } }));
    expect(r).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('without a map, a space-separated claim of akb role names works, highest first', async () => {
    const r = await gql<{ whoami: { role: string } }>(yoga, WHOAMI, {}, bearer(await jwt({ akb_role: 'viewer editor' })));
    expect(r.data!.whoami.role).toBe('editor');
  });
});

describe('next to API tokens', () => {
  it('akb API tokens keep working on a server that accepts JWTs', async () => {
    const r = await gql<{ whoami: { role: string } }>(yoga, WHOAMI);
    expect(r.data!.whoami.role).toBe('admin');
    const bad = await post(yoga, WHOAMI, 'akb_not-a-real-token');
    expect(bad).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('a server without JWT configuration refuses a JWT with 401 and says why', async () => {
    const plain = createApp({ db, quiet: true, allowedHosts: TEST_HOSTS });
    const r = await post(plain, WHOAMI, await jwt({ akb_role: 'admin' }));
    expect(r).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(r.message).toMatch(/accepts no JWTs/);
  });

  it('an HS256 shared secret can be the key instead of a public key', async () => {
    const secret = 'a-shared-secret-of-at-least-32-characters';
    const hs = createApp({ db, quiet: true, allowedHosts: TEST_HOSTS, jwt: { ...base, publicKey: undefined, secret } });
    const token = await jwt({ akb_role: 'viewer' }, { key: new TextEncoder().encode(secret), alg: 'HS256' });
    expect((await gql<{ whoami: { role: string } }>(hs, WHOAMI, {}, bearer(token))).data!.whoami.role).toBe('viewer');
    const r = await post(
      hs,
      WHOAMI,
      await jwt({ akb_role: 'viewer' }, { key: new TextEncoder().encode('another-secret-of-at-least-32-characters'), alg: 'HS256' }),
    );
    expect(r).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });
});
