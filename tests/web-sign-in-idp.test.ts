/**
 * Sign-in through an identity provider in a real browser (issue 22): the server configured with
 * JWT verification and AKB_OIDC_* settings; a stand-in identity provider on another loopback port
 * (authorize: redirects back with a code; token: answers only the verifier whose S256 challenge it
 * was given, with a JWT signed by the key the server trusts). The client goes out with PKCE, comes
 * back, exchanges the code, shows "signed in as … (role)" and puts the address back; a state that
 * does not match, or a refusal, is said in Vietnamese and signs nobody in.
 */
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createApp } from '../server/src/http/app.js';
import type { JwtConfig } from '../server/src/auth/jwt.js';
import { testDb } from './setup/db.js';
import { launchBrowser } from './setup/browser.js';

const ISSUER = 'https://idp.test/realms/akb';
const AUDIENCE = 'akb';
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwtConfig: JwtConfig = {
  publicKey: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  issuer: ISSUER,
  audience: AUDIENCE,
  roleClaim: 'akb_role',
  roleMap: null,
  nameClaim: 'preferred_username',
};

const db = testDb();
let app: Server;
let appUrl: string;
let idp: Server;
let idpUrl: string;
let browser: Browser;
/** What the identity provider saw. */
const seen: { authorize: URLSearchParams[]; token: URLSearchParams[]; refuse: boolean } = { authorize: [], token: [], refuse: false };
const codes = new Map<string, { challenge: string; redirect: string }>();

const b64url = (b: Buffer) => b.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  idp = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://idp');
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type' };
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    if (url.pathname === '/authorize') {
      const q = url.searchParams;
      seen.authorize.push(q);
      const back = new URL(q.get('redirect_uri')!);
      if (seen.refuse) back.searchParams.set('error', 'access_denied');
      else {
        const code = b64url(randomBytes(16));
        codes.set(code, { challenge: q.get('code_challenge') ?? '', redirect: q.get('redirect_uri')! });
        back.searchParams.set('code', code);
      }
      back.searchParams.set('state', q.get('state') ?? '');
      return void res.writeHead(302, { location: back.toString() }).end();
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      let raw = '';
      for await (const c of req) raw += c;
      const form = new URLSearchParams(raw);
      seen.token.push(form);
      const issued = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      const ok =
        issued &&
        issued.redirect === form.get('redirect_uri') &&
        form.get('grant_type') === 'authorization_code' &&
        b64url(createHash('sha256').update(verifier).digest()) === issued.challenge;
      if (!ok) return void res.writeHead(400, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify({ error: 'invalid_grant' }));
      const now = Math.floor(Date.now() / 1000);
      const token = await new SignJWT({ preferred_username: 'nguyen.van.a', akb_role: 'editor' })
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
        .setSubject('u-22')
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(now - 5)
        .setExpirationTime(now + 600)
        .sign(keys.privateKey);
      return void res
        .writeHead(200, { ...cors, 'content-type': 'application/json' })
        .end(JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: 600 }));
    }
    res.writeHead(404).end();
  });
  idpUrl = await listen(idp);
  app = createServer(
    createApp({
      db,
      quiet: true,
      webDir: inject('webDir'),
      jwt: jwtConfig,
      oidc: { authorizeUrl: `${idpUrl}/authorize`, tokenUrl: `${idpUrl}/token`, clientId: 'akb-web', scope: 'openid profile' },
    }),
  );
  appUrl = await listen(app);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  app?.closeAllConnections();
  idp?.closeAllConnections();
  await new Promise((r) => app?.close(r));
  await new Promise((r) => idp?.close(r));
  await db.close();
});

const session = (page: Page) => page.locator('kb-app header kb-session');
/** What the sign-in's error box says happened ('' while there is none). */
const sessionError = (page: Page) =>
  session(page)
    .locator('kb-error .what')
    .innerText()
    .catch(() => '');

async function startIdpSignIn(page: Page) {
  await session(page).getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await session(page).getByRole('button', { name: 'Đăng nhập qua hệ thống xác thực' }).click();
}

describe('sign-in through the identity provider (authorization code + PKCE)', () => {
  it('goes out with an S256 challenge, comes back to the same view signed in as the token’s user and role', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${appUrl}/?view=explore&id=ndb:dan-cu`);
    await startIdpSignIn(page);
    await expect
      .poll(
        () =>
          session(page)
            .locator('.name')
            .innerText()
            .catch(() => ''),
        { timeout: 15_000 },
      )
      .toBe('Đã đăng nhập: nguyen.van.a (biên tập viên)');
    const q = seen.authorize.at(-1)!;
    expect(q.get('response_type')).toBe('code');
    expect(q.get('client_id')).toBe('akb-web');
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(q.get('state')!.length).toBeGreaterThanOrEqual(16);
    // The verifier went to the token endpoint only, never through the address bar.
    const verifier = seen.token.at(-1)!.get('code_verifier')!;
    expect(verifier.length).toBeGreaterThanOrEqual(43);
    expect(q.toString()).not.toContain(verifier);
    // Back where the user was, code and state gone from the address.
    const back = new URL(page.url());
    expect(back.searchParams.get('view')).toBe('explore');
    expect(back.searchParams.get('id')).toBe('ndb:dan-cu');
    expect(back.searchParams.has('code')).toBe(false);
    expect(back.searchParams.has('state')).toBe(false);
    // The JWT is the bearer now: the server says who that is.
    const who = await page.evaluate(async () => {
      const r = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${sessionStorage.getItem('akb.editorToken')}` },
        body: JSON.stringify({ query: '{ whoami { name role } }' }),
      });
      return ((await r.json()) as { data: { whoami: unknown } }).data.whoami;
    });
    expect(who).toEqual({ name: 'jwt:u-22 (nguyen.van.a)', role: 'editor' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a refusal, or an answer to a sign-in not started here, is said in Vietnamese and signs nobody in', async () => {
    const page = await browser.newPage();
    await page.goto(`${appUrl}/?view=edit`);
    seen.refuse = true;
    try {
      await startIdpSignIn(page);
      await expect.poll(() => sessionError(page), { timeout: 15_000 }).toBe('Hệ thống xác thực không cấp quyền đăng nhập.');
      expect(await session(page).locator('kb-error .next').innerText()).toContain('đăng nhập bằng mã truy cập');
      expect(new URL(page.url()).searchParams.get('view')).toBe('edit');
    } finally {
      seen.refuse = false;
    }
    // A forged return: a code and a state this tab never asked for.
    await page.goto(`${appUrl}/?view=home&code=forged&state=not-mine`);
    await expect.poll(() => sessionError(page), { timeout: 15_000 }).toContain('không khớp');
    expect(await session(page).locator('.name').count()).toBe(0);
    expect(seen.token.every((f) => f.get('code') !== 'forged')).toBe(true);
    expect(new URL(page.url()).searchParams.has('code')).toBe(false);
    await page.close();
  });
});
