import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JwtConfig } from '../auth/jwt.js';
import { isRole, ROLES, type Role } from '../auth/roles.js';
import { DEFAULT_CONCURRENT, defaultAllowedHosts, trustedProxyList } from '../http/guards.js';

/** The repository root, whatever the working directory. */
export const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

export interface Neo4jTarget {
  uri: string;
  username?: string;
  password?: string;
  database?: string;
}

export interface Config {
  port: number;
  host: string;
  /** External Neo4j when set; otherwise the embedded one is started. */
  neo4j: Neo4jTarget | null;
  dataDir: string;
  boltPort: number;
  pageCacheMb: number;
  heapMb: number;
  loadExamples: boolean;
  production: boolean;
  /** Reads without a token: by default only when the server listens on loopback. */
  publicRead: boolean;
  introspection: boolean;
  corsOrigins: string[];
  /** Requests per minute per caller (token, else IP). */
  rateLimitPerMinute: number;
  /** JWTs from an identity provider, accepted next to API tokens; null: off (no AKB_JWT_* key source set). */
  jwt: JwtConfig | null;
  /** Only allow-listed operations (AKB_PERSISTED_OPERATIONS = manifest file); null: off. */
  persistedOperations: { file: string; bypassRole: Role | null } | null;
  /** Host names served (AKB_ALLOWED_HOSTS; default: loopback names plus the bind address). */
  allowedHosts: string[];
  /** Reverse proxies whose X-Forwarded-For names the client (AKB_TRUSTED_PROXIES). */
  trustedProxies: string[];
  /** Load shedding: requests executing at once, waiting, and the longest wait (AKB_MAX_CONCURRENT…); null when AKB_MAX_CONCURRENT=0. */
  concurrency: { limit: number; queue: number; waitMs: number } | null;
  /** Restart the embedded Neo4j when it dies (AKB_SUPERVISE_NEO4J, default on). */
  superviseNeo4j: boolean;
  /** Where the web client signs in (authorization code + PKCE); null: API tokens only. */
  oidc: OidcConfig | null;
}

/** An identity provider's endpoints for the web client's sign-in (a public client, PKCE, no secret). */
export interface OidcConfig {
  authorizeUrl: string;
  tokenUrl: string;
  clientId: string;
  scope: string;
}

/** How JWTs are verified and mapped to akb's roles (see server/src/auth/jwt.ts). Exactly one key source. */

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

function bool(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'yes'].includes(value.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(value.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got ${JSON.stringify(value)}`);
}

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535 * 1024) {
    throw new Error(`${name} must be a whole number, got ${JSON.stringify(value)}`);
  }
  return n;
}

function jwtConfig(env: NodeJS.ProcessEnv): JwtConfig | null {
  const v = (name: string) => env[name]?.trim() || undefined;
  const keyFile = v('AKB_JWT_PUBLIC_KEY_FILE');
  const sources = { AKB_JWT_JWKS_URI: v('AKB_JWT_JWKS_URI'), AKB_JWT_PUBLIC_KEY_FILE: keyFile, AKB_JWT_SECRET: v('AKB_JWT_SECRET') };
  const set = Object.entries(sources)
    .filter(([, value]) => value !== undefined)
    .map(([name]) => name);
  if (!set.length) {
    // Half a configuration is a mistake, not "JWT off".
    const stray = Object.keys(env).filter((name) => name.startsWith('AKB_JWT_') && env[name]?.trim());
    if (stray.length)
      throw new Error(`${stray.join(', ')} set, but no key to verify JWTs with: set one of AKB_JWT_JWKS_URI, AKB_JWT_PUBLIC_KEY_FILE, AKB_JWT_SECRET`);
    return null;
  }
  if (set.length > 1) throw new Error(`set only one of AKB_JWT_JWKS_URI, AKB_JWT_PUBLIC_KEY_FILE, AKB_JWT_SECRET (got ${set.join(', ')})`);
  const issuer = v('AKB_JWT_ISSUER');
  const audience = v('AKB_JWT_AUDIENCE');
  if (!issuer || !audience) throw new Error('JWT verification needs AKB_JWT_ISSUER and AKB_JWT_AUDIENCE');
  if (sources.AKB_JWT_JWKS_URI && !/^https?:\/\//.test(sources.AKB_JWT_JWKS_URI))
    throw new Error(`AKB_JWT_JWKS_URI must be an http(s) URL, got ${JSON.stringify(sources.AKB_JWT_JWKS_URI)}`);
  if (sources.AKB_JWT_SECRET && sources.AKB_JWT_SECRET.length < 32) throw new Error('AKB_JWT_SECRET must be at least 32 characters');
  let publicKey: string | undefined;
  if (keyFile) {
    try {
      publicKey = readFileSync(resolve(keyFile), 'utf8');
    } catch (e) {
      throw new Error(`AKB_JWT_PUBLIC_KEY_FILE: cannot read ${keyFile}: ${(e as Error).message}`, { cause: e });
    }
  }
  let roleMap: Record<string, Role> | null = null;
  const mapText = v('AKB_JWT_ROLE_MAP');
  if (mapText) {
    roleMap = {};
    for (const pair of mapText
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const at = pair.lastIndexOf('=');
      const idpRole = pair.slice(0, at).trim();
      const role = pair.slice(at + 1).trim();
      if (at < 1 || !idpRole || !isRole(role)) throw new Error(`AKB_JWT_ROLE_MAP: "${pair}" must be IDP_ROLE=${ROLES.join('|')}`);
      roleMap[idpRole] = role;
    }
  }
  const algorithms = v('AKB_JWT_ALGORITHMS')
    ?.split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  return {
    jwksUri: sources.AKB_JWT_JWKS_URI,
    publicKey,
    secret: sources.AKB_JWT_SECRET,
    issuer,
    audience,
    algorithms: algorithms?.length ? algorithms : undefined,
    roleClaim: v('AKB_JWT_ROLE_CLAIM') ?? 'akb_role',
    roleMap,
    nameClaim: v('AKB_JWT_NAME_CLAIM') ?? 'preferred_username',
  };
}

function oidcConfig(env: NodeJS.ProcessEnv, jwt: JwtConfig | null): OidcConfig | null {
  const v = (name: string) => env[name]?.trim() || undefined;
  const authorizeUrl = v('AKB_OIDC_AUTHORIZE_URL');
  const tokenUrl = v('AKB_OIDC_TOKEN_URL');
  const clientId = v('AKB_OIDC_CLIENT_ID');
  if (!authorizeUrl && !tokenUrl && !clientId) return null;
  if (!authorizeUrl || !tokenUrl || !clientId) throw new Error('web sign-in needs all of AKB_OIDC_AUTHORIZE_URL, AKB_OIDC_TOKEN_URL and AKB_OIDC_CLIENT_ID');
  for (const [name, url] of [
    ['AKB_OIDC_AUTHORIZE_URL', authorizeUrl],
    ['AKB_OIDC_TOKEN_URL', tokenUrl],
  ])
    if (!/^https?:\/\//.test(url)) throw new Error(`${name} must be an http(s) URL, got ${JSON.stringify(url)}`);
  // The tokens it issues must be ones this server accepts.
  if (!jwt) throw new Error('AKB_OIDC_* is set but JWT verification is off: set AKB_JWT_* for the same identity provider');
  return { authorizeUrl, tokenUrl, clientId, scope: v('AKB_OIDC_SCOPE') ?? 'openid profile' };
}

function persistedConfig(env: NodeJS.ProcessEnv): Config['persistedOperations'] {
  const file = env.AKB_PERSISTED_OPERATIONS?.trim();
  const bypass = env.AKB_PERSISTED_OPERATIONS_BYPASS?.trim();
  if (!file) {
    if (bypass) throw new Error('AKB_PERSISTED_OPERATIONS_BYPASS is set but AKB_PERSISTED_OPERATIONS (the manifest) is not');
    return null;
  }
  if (bypass && !isRole(bypass)) throw new Error(`AKB_PERSISTED_OPERATIONS_BYPASS must be one of ${ROLES.join(', ')}, got ${JSON.stringify(bypass)}`);
  return { file, bypassRole: bypass ? (bypass as Role) : null };
}

/** A comma-separated list; undefined when unset or empty. */
function list(value: string | undefined): string[] | undefined {
  const items = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

function trustedProxies(value: string | undefined): string[] {
  const items = list(value) ?? [];
  trustedProxyList(items); // refuses a malformed entry at start, not at the first request
  return items;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const uri = env.NEO4J_URI?.trim();
  const jwt = jwtConfig(env);
  return {
    port: int('PORT', env.PORT, 4000),
    host: env.AKB_HOST ?? '127.0.0.1',
    neo4j: uri ? { uri, username: env.NEO4J_USERNAME, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE || undefined } : null,
    dataDir: resolve(env.AKB_DATA_DIR ?? join(ROOT, 'data', 'neo4j')),
    boltPort: int('AKB_BOLT_PORT', env.AKB_BOLT_PORT, 7687),
    pageCacheMb: int('AKB_PAGECACHE_MB', env.AKB_PAGECACHE_MB, 512),
    heapMb: int('AKB_HEAP_MB', env.AKB_HEAP_MB, 1024),
    loadExamples: env.AKB_EXAMPLES !== '0',
    production: env.NODE_ENV === 'production',
    publicRead: bool('AKB_PUBLIC_READ', env.AKB_PUBLIC_READ, LOOPBACK.has(env.AKB_HOST ?? '127.0.0.1')),
    introspection: bool('AKB_INTROSPECTION', env.AKB_INTROSPECTION, env.NODE_ENV !== 'production'),
    corsOrigins: (env.AKB_CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    rateLimitPerMinute: int('AKB_RATE_LIMIT', env.AKB_RATE_LIMIT, 600),
    jwt,
    persistedOperations: persistedConfig(env),
    allowedHosts: list(env.AKB_ALLOWED_HOSTS) ?? defaultAllowedHosts(env.AKB_HOST ?? '127.0.0.1'),
    trustedProxies: trustedProxies(env.AKB_TRUSTED_PROXIES),
    concurrency:
      int('AKB_MAX_CONCURRENT', env.AKB_MAX_CONCURRENT, DEFAULT_CONCURRENT) === 0
        ? null
        : {
            limit: int('AKB_MAX_CONCURRENT', env.AKB_MAX_CONCURRENT, DEFAULT_CONCURRENT),
            queue: int('AKB_MAX_QUEUED', env.AKB_MAX_QUEUED, 256),
            waitMs: int('AKB_QUEUE_WAIT_MS', env.AKB_QUEUE_WAIT_MS, 500),
          },
    superviseNeo4j: bool('AKB_SUPERVISE_NEO4J', env.AKB_SUPERVISE_NEO4J, true),
    oidc: oidcConfig(env, jwt),
  };
}
