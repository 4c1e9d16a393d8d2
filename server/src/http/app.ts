/**
 * The akb HTTP application: GraphQL at /graphql (with GraphiQL), GET /health, and the built web
 * client at /. Everything is one graphql-yoga instance, so tests drive it through `yoga.fetch`
 * without opening a port.
 */
import { join } from 'node:path';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { ROOT, type OidcConfig } from '../config/config.js';
import { staticPlugin } from './static.js';
import type { Database } from '../db/database.js';
import { AkbError } from '../errors.js';
import { toGraphQLError } from './graphql-errors.js';
import { createContext, type Context } from '../graphql/context.js';
import { buildSchema } from '../graphql/schema.js';
import { TokenStore } from '../auth/tokens.js';
import { authenticator, JwtVerifier, type JwtConfig } from '../auth/jwt.js';
import { LIMITS, securityPlugins } from './security.js';
import { exportPlugin } from './export.js';
import { loadManifest, persistedOperationsPlugin, type PersistedOperationsConfig } from './persisted.js';
import { impactExportPlugin } from './impact-export.js';
import type { AnalysisService } from '../analysis/service.js';
import { hostPlugin, LOOPBACK_HOSTS } from './guards.js';
import type { Actor } from '../auth/roles.js';

export const WEB_DIST = join(ROOT, 'dist', 'web');

/**
 * /ready: Neo4j answers and the schema is applied (the id constraint exists), i.e. this instance
 * can serve; a balancer sends traffic only to ready instances. /health (below) says whether Neo4j
 * answers at all; /live (yoga's) only that the process runs.
 */
function readyPlugin(db: Database): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/ready') return;
      let database = false;
      let schema: boolean;
      try {
        database = await db.ping();
        schema = database && (await db.read('admin/show-constraints')).some((r) => r.name === 'node_id');
      } catch {
        schema = false;
      }
      const ready = database && schema;
      endResponse(
        new fetchAPI.Response(JSON.stringify({ status: ready ? 'ready' : 'not ready', database, schema }), {
          status: ready ? 200 : 503,
          headers: { 'content-type': 'application/json' },
        }),
      );
    },
  };
}

function healthPlugin(db: Database, analysis: AnalysisService | null): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/health') return;
      const up = await db.ping();
      // The analysis graph's state (building with progress, ready, rebuilding): while it is not
      // serving, analyses are answered by the database, correctly but more slowly.
      const analysisGraph = analysis?.status() ?? null;
      endResponse(
        new fetchAPI.Response(JSON.stringify({ status: up ? 'ok' : 'database unavailable', database: up, analysisGraph }), {
          status: up ? 200 : 503,
          headers: { 'content-type': 'application/json' },
        }),
      );
    },
  };
}

/** Paths the web client never answers (the API, files, probes). */
const NOT_WEB = (path: string) =>
  path.startsWith('/graphql') || path === '/health' || path.startsWith('/export') || path.startsWith('/impact') || path === '/auth/config';

/**
 * GET /auth/config: what the web client needs to sign in, public (it holds no secret): whether
 * an identity provider is configured and, if so, where to send the user (authorization code +
 * PKCE, a public client: no client secret). Reads are open or not as configured elsewhere.
 */
function authConfigPlugin(oidc: OidcConfig | null, publicRead: boolean): Plugin {
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== '/auth/config' || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const body = JSON.stringify({
        publicRead,
        oidc: oidc ? { authorizeUrl: oidc.authorizeUrl, tokenUrl: oidc.tokenUrl, clientId: oidc.clientId, scope: oidc.scope } : null,
      });
      endResponse(new fetchAPI.Response(body, { headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' } }));
    },
  };
}

const isGraphQLError = (e: unknown): e is GraphQLError => e instanceof GraphQLError || (e as Error)?.name === 'GraphQLError';

/**
 * graphql-js's own refusal of a request's variables: raised before execution (no path), by the
 * variable coercion ("Variable "$x" got invalid value…", "…was not provided") or by a scalar's
 * parseValue (the original error is a GraphQLError too). Never a resolver's failure.
 */
function isCoercionError(e: GraphQLError): boolean {
  if (e.path?.length || e.extensions?.code) return false;
  let inner: unknown = e.originalError;
  while (inner && isGraphQLError(inner)) inner = inner.originalError;
  return !inner && /^Variable "\$/.test(e.message);
}

function badUserInput(e: GraphQLError): GraphQLError {
  return new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, extensions: { ...e.extensions, code: 'BAD_USER_INPUT' } });
}

export interface AppOptions {
  db: Database;
  production?: boolean;
  webDir?: string;
  /** No request logging (tests). */
  quiet?: boolean;
  /** Reads without a token (default true; config: only when bound to loopback unless AKB_PUBLIC_READ says otherwise). */
  publicRead?: boolean;
  /** Introspection on (default: not in production). */
  introspection?: boolean;
  /** Origins allowed by CORS (default: none, same origin only). */
  corsOrigins?: string[];
  /** Requests per minute per caller (default LIMITS.rateLimit). */
  rateLimit?: { requests: number; windowMs: number; maxKeys?: number };
  /**
   * Host names served (Host header and URL); `*` any. Default: the loopback names (guards.ts
   * defaultAllowedHosts adds the bind address; config.ts reads AKB_ALLOWED_HOSTS).
   */
  allowedHosts?: readonly string[];
  /** Proxies whose X-Forwarded-For names the client (addresses or networks); default none. */
  trustedProxies?: readonly string[];
  /** Body limits (default LIMITS.maxBodyBytes, and LIMITS.maxUploadBytes from AKB_IMPORT_MAX_MB for uploads). */
  maxBodyBytes?: number;
  maxUploadBytes?: number;
  /** Load shedding (default LIMITS.concurrency); null: off. */
  concurrency?: { limit: number; queue: number; waitMs: number } | null;
  /** JWTs from an identity provider, accepted next to API tokens (default: none). */
  jwt?: JwtConfig | null;
  /** Only allow-listed operations (AKB_PERSISTED_OPERATIONS); default: off. */
  persistedOperations?: PersistedOperationsConfig | null;
  /** This server's analysis graph (started by the caller); null: analyses run on the database. */
  analysis?: AnalysisService | null;
  /** The identity provider the web client signs in through (AKB_OIDC_*); default: none. */
  oidc?: OidcConfig | null;
}

export type AkbYoga = YogaServerInstance<Record<string, never>, Context>;

export function createApp(opts: AppOptions): AkbYoga {
  const production = opts.production ?? process.env.NODE_ENV === 'production';
  const publicRead = opts.publicRead ?? true;
  const authenticate = authenticator(new TokenStore(opts.db), opts.jwt ? new JwtVerifier(opts.jwt) : null);
  const schema = buildSchema();
  const persisted = opts.persistedOperations
    ? persistedOperationsPlugin(loadManifest(opts.persistedOperations, schema), opts.persistedOperations.bypassRole, authenticate)
    : null;
  // One authentication per request, shared by the rate limit (which keys on who the caller proves
  // to be) and the GraphQL context.
  const callers = new WeakMap<Request, Promise<Actor>>();
  const callerOf = (request: Request): Promise<Actor> => {
    let actor = callers.get(request);
    if (!actor) {
      actor = authenticate(request.headers.get('authorization'));
      actor.catch(() => {}); // refusals are answered where awaited
      callers.set(request, actor);
    }
    return actor;
  };
  const sameCaller = (from: Request, to: Request) => {
    const actor = callers.get(from);
    if (actor) callers.set(to, actor);
  };
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    // Yoga's own check answers 200 without asking Neo4j; ours at /health does ask.
    healthCheckEndpoint: '/live',
    graphiql: { title: 'akb GraphQL' },
    landingPage: false,
    logging: opts.quiet ? false : production ? 'warn' : 'error',
    // Who is calling (an API token, or a JWT when configured): a bad, revoked or expired one is
    // refused even for reads; no token is anonymous, allowed to read only when reads are public.
    context: async ({ request }) => {
      const actor = await callerOf(request);
      if (!publicRead && actor.role === null)
        throw new AkbError('UNAUTHENTICATED', 'this server requires an API token for every request (Authorization: Bearer …)');
      return createContext(opts.db, actor, opts.analysis ?? null);
    },
    // No CORS headers unless origins are configured: the web client is same-origin.
    cors: opts.corsOrigins?.length ? { origin: opts.corsOrigins, credentials: false, methods: ['GET', 'POST'] } : false,
    batching: false,
    // The upload limit; every body is also counted, at its own limit, by the guard in security.ts.
    maxRequestBodySize: Math.max(opts.maxUploadBytes ?? LIMITS.maxUploadBytes, opts.maxBodyBytes ?? LIMITS.maxBodyBytes),
    plugins: [
      // First: a request for a host this server does not answer to gets nothing else.
      hostPlugin(opts.allowedHosts ?? LOOPBACK_HOSTS),
      healthPlugin(opts.db, opts.analysis ?? null),
      readyPlugin(opts.db),
      authConfigPlugin(opts.oidc ?? null, publicRead),
      staticPlugin(opts.webDir ?? WEB_DIST, NOT_WEB),
      ...securityPlugins({
        production,
        introspection: opts.introspection ?? !production,
        rateLimit: opts.rateLimit ?? LIMITS.rateLimit,
        maxBodyBytes: opts.maxBodyBytes ?? LIMITS.maxBodyBytes,
        maxUploadBytes: opts.maxUploadBytes ?? LIMITS.maxUploadBytes,
        authenticate: callerOf,
        sameCaller,
        trustedProxies: opts.trustedProxies ?? [],
        concurrency: opts.concurrency === undefined ? LIMITS.concurrency : opts.concurrency,
        persistedOperations: persisted,
      }),
      // After the security plugins, so exports are rate-limited like GraphQL.
      exportPlugin(opts.db, authenticate, publicRead),
      impactExportPlugin(opts.db, opts.analysis ?? null, authenticate, publicRead),
    ],
    maskedErrors: {
      maskError(error, message, isDev) {
        // Errors from the context factory (a bad token) arrive bare, resolver errors wrapped.
        const original = error instanceof AkbError ? error : (error as GraphQLError).originalError;
        if (original instanceof AkbError) {
          // Internal details stay in the log, not in the answer, in production.
          if (original.code === 'INTERNAL' && production) return new GraphQLError(message, { extensions: { code: 'INTERNAL' } });
          return toGraphQLError(original);
        }
        // Duck-typed too: under test runners graphql can be loaded twice, defeating instanceof.
        if (isGraphQLError(error)) {
          // A variable of the wrong type (graphql-js coercion, before any resolver runs): the
          // caller's mistake, said as such, never INTERNAL.
          if (isCoercionError(error)) return badUserInput(error);
          if (!original) return error;
        }
        return new GraphQLError(production && !isDev ? message : ((error as Error).message ?? message), {
          extensions: { code: 'INTERNAL' },
        });
      },
    },
  });
}
