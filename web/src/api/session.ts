/**
 * Who the client is signed in as, once per browser session: the bearer (an API token pasted once,
 * or a JWT from the identity provider) lives in sessionStorage, so it is gone when the browser
 * session ends and never written to disk; tabs of the same origin hand it to each other over a
 * BroadcastChannel (a new tab asks, a signed-in tab answers), so a second tab does not ask again,
 * and signing out in one tab signs out every tab. The role and name come from the server
 * (`whoami`); the server checks the role on every request whatever the client shows.
 *
 * Sign-in through the identity provider is the OAuth 2.0 authorization code flow with PKCE
 * (RFC 7636, S256) for a public client: the verifier and state stay in this tab's sessionStorage
 * between the redirect out and the redirect back; the code is exchanged at the token endpoint
 * from the browser; the access token (else the ID token) becomes the bearer.
 */
import { ApiError, TOKEN_KEY, configureApi } from './client.js';
import { whoami } from './interop.js';

export type Role = 'viewer' | 'appraiser' | 'editor' | 'admin';

export interface Session {
  name: string;
  role: Role;
  via: 'token' | 'oidc';
}

export interface OidcSettings {
  authorizeUrl: string;
  tokenUrl: string;
  clientId: string;
  scope: string;
}

export interface AuthConfig {
  publicRead: boolean;
  oidc: OidcSettings | null;
}

export const SESSION_EVENT = 'kb-session-changed';
const INFO_KEY = 'akb.session';
const PKCE_KEY = 'akb.pkce';
const CHANNEL = 'akb-session';
const ROLE_ORDER: Role[] = ['viewer', 'appraiser', 'editor', 'admin'];

/** Whether `role` may do what `needed` may (roles include the ones before them). */
export function atLeast(role: Role | null | undefined, needed: Role): boolean {
  return !!role && ROLE_ORDER.indexOf(role) >= ROLE_ORDER.indexOf(needed);
}

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

let current: Session | null = null;
let channel: BroadcastChannel | null = null;
let started: Promise<void> | null = null;

function readStored(): { token: string; info: Session | null } | null {
  const s = storage();
  const token = s?.getItem(TOKEN_KEY);
  if (!token) return null;
  let info: Session | null;
  try {
    info = JSON.parse(s?.getItem(INFO_KEY) ?? 'null') as Session | null;
  } catch {
    info = null;
  }
  return { token, info };
}

function announce() {
  globalThis.dispatchEvent?.(new CustomEvent(SESSION_EVENT, { detail: current }));
}

function store(token: string | null, info: Session | null) {
  const s = storage();
  try {
    if (token) s?.setItem(TOKEN_KEY, token);
    else s?.removeItem(TOKEN_KEY);
    if (info) s?.setItem(INFO_KEY, JSON.stringify(info));
    else s?.removeItem(INFO_KEY);
  } catch {
    // Storage refused (private mode): the session still holds for this page.
  }
  configureApi({ token });
  current = info;
  announce();
}

/** The session as the client knows it; null: not signed in. */
export function session(): Session | null {
  return current;
}

/** The bearer this tab holds, if any (for requests that are not GraphQL). */
export function bearer(): string | null {
  return readStored()?.token ?? null;
}

/**
 * The name to show for the server's actor name: a JWT caller is `jwt:<sub> (<name claim>)` in audit
 * events; the header shows the person's name, or the subject when the provider gave none.
 */
export function displayName(actor: string): string {
  const jwt = /^jwt:(\S+)(?: \((.+)\))?$/.exec(actor);
  return jwt ? (jwt[2] ?? jwt[1]) : actor;
}

async function whoamiWith(token: string): Promise<Session> {
  configureApi({ token });
  const who = await whoami();
  if (!who.role) throw new ApiError('the server knows no role for this token', 'UNAUTHENTICATED');
  return { name: displayName(who.name), role: who.role, via: 'token' };
}

/**
 * Signs in with a bearer (an API token or a JWT): asks the server who that is; keeps it only when
 * the server accepts it. Throws ApiError (UNAUTHENTICATED…) otherwise, leaving the previous state.
 */
export async function signIn(token: string, via: Session['via'] = 'token'): Promise<Session> {
  const trimmed = token.trim();
  if (!trimmed) throw new ApiError('no token given', 'TOKEN_EMPTY');
  const previous = readStored()?.token ?? null;
  try {
    const info = { ...(await whoamiWith(trimmed)), via };
    store(trimmed, info);
    channel?.postMessage({ type: 'share', token: trimmed, info });
    return info;
  } catch (e) {
    configureApi({ token: previous });
    throw e;
  }
}

/** Signs out here and in every other tab of this browser session. */
export function signOut() {
  store(null, null);
  channel?.postMessage({ type: 'signout' });
}

interface Message {
  type: 'ask' | 'share' | 'signout';
  token?: string;
  info?: Session;
}

/**
 * Starts once per page: the bearer of this tab (checked with the server, in the background),
 * else one from another open tab; then keeps tabs in step. Resolves when the session is known.
 */
export function startSession(): Promise<void> {
  started ??= (async () => {
    if (typeof BroadcastChannel !== 'undefined') {
      channel = new BroadcastChannel(CHANNEL);
      channel.onmessage = (e: MessageEvent<Message>) => {
        const m = e.data;
        if (m.type === 'ask') {
          const mine = readStored();
          if (mine && current) channel!.postMessage({ type: 'share', token: mine.token, info: current });
        } else if (m.type === 'share' && m.token && m.info) {
          if (readStored()?.token !== m.token) store(m.token, m.info);
        } else if (m.type === 'signout') {
          if (current || readStored()) store(null, null);
        }
      };
    }
    const mine = readStored();
    if (mine) {
      configureApi({ token: mine.token });
      current = mine.info;
      announce();
      try {
        const info = { ...(await whoamiWith(mine.token)), via: mine.info?.via ?? 'token' };
        store(mine.token, info);
      } catch (e) {
        // Revoked or expired since: signed out, said once in the header.
        if (e instanceof ApiError && e.code === 'UNAUTHENTICATED') store(null, null);
      }
      return;
    }
    if (channel) {
      // Another tab may already be signed in: ask, and wait briefly for an answer.
      await new Promise<void>((resolve) => {
        const done = () => {
          globalThis.removeEventListener?.(SESSION_EVENT, done);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(done, 300);
        globalThis.addEventListener?.(SESSION_EVENT, done);
        channel!.postMessage({ type: 'ask' });
      });
    }
  })();
  return started;
}

let config: Promise<AuthConfig> | null = null;

/** The server's sign-in settings (GET /auth/config); none when the server predates it. */
export function authConfig(): Promise<AuthConfig> {
  config ??= fetch('/auth/config')
    .then((r) => (r.ok ? (r.json() as Promise<AuthConfig>) : { publicRead: true, oidc: null }))
    .catch(() => ({ publicRead: true, oidc: null }));
  return config;
}

function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString(bytes = 32): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** The PKCE challenge of a verifier: base64url(SHA-256(verifier)). */
export async function pkceChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** Where the identity provider sends the user back: this page's origin and path, nothing else. */
function redirectUri(): string {
  return `${location.origin}${location.pathname}`;
}

/** Leaves for the identity provider's sign-in page; comes back to the same view. */
export async function beginOidcSignIn(oidc: OidcSettings): Promise<void> {
  const verifier = randomString(48);
  const state = randomString(24);
  storage()?.setItem(PKCE_KEY, JSON.stringify({ verifier, state, back: location.search }));
  const url = new URL(oidc.authorizeUrl);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', oidc.clientId);
  url.searchParams.set('redirect_uri', redirectUri());
  url.searchParams.set('scope', oidc.scope);
  url.searchParams.set('state', state);
  url.searchParams.set('code_challenge', await pkceChallenge(verifier));
  url.searchParams.set('code_challenge_method', 'S256');
  location.assign(url.toString());
}

/**
 * On the way back from the identity provider (`?code=…&state=…`, or `?error=…`): checks the state,
 * exchanges the code with the verifier, signs in with the token, and puts back the address the user
 * left from. Returns null when this is not such a return; an ApiError when it failed.
 */
export async function completeOidcSignIn(): Promise<Session | ApiError | null> {
  const q = new URLSearchParams(location.search);
  const code = q.get('code');
  const returned = q.get('state');
  const failure = q.get('error');
  if ((!code && !failure) || !returned) return null;
  const s = storage();
  let saved: { verifier: string; state: string; back: string } | null = null;
  try {
    saved = JSON.parse(s?.getItem(PKCE_KEY) ?? 'null');
  } catch {
    saved = null;
  }
  s?.removeItem(PKCE_KEY);
  const back = () => history.replaceState(null, '', `${location.pathname}${saved?.back ?? ''}`);
  if (!saved || saved.state !== returned) {
    back();
    return new ApiError('the sign-in answer does not match a sign-in started here', 'OIDC_STATE');
  }
  if (failure) {
    back();
    return new ApiError(`the identity provider refused: ${failure}`, 'OIDC_REFUSED');
  }
  try {
    const { oidc } = await authConfig();
    if (!oidc) throw new ApiError('this server has no identity provider configured', 'OIDC_REFUSED');
    const res = await fetch(oidc.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: code!,
        redirect_uri: redirectUri(),
        client_id: oidc.clientId,
        code_verifier: saved.verifier,
      }),
    }).catch((e: Error) => {
      throw new ApiError(`network: ${e.message}`, 'NETWORK');
    });
    const body = (await res.json().catch(() => null)) as { access_token?: string; id_token?: string; error?: string } | null;
    const token = body?.access_token ?? body?.id_token;
    if (!res.ok || !token) throw new ApiError(`token endpoint: ${body?.error ?? `HTTP ${res.status}`}`, 'OIDC_REFUSED');
    back();
    return await signIn(token, 'oidc');
  } catch (e) {
    back();
    return e instanceof ApiError ? e : new ApiError((e as Error).message, 'INTERNAL');
  }
}

/** For tests: forget the module's state. */
export function resetSessionForTests() {
  channel?.close();
  channel = null;
  started = null;
  config = null;
  current = null;
}
