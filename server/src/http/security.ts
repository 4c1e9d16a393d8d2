/**
 * Hardening of the GraphQL endpoint, every limit in one place (README "Security" lists them):
 * GraphQL Armor (depth, cost, aliases, directives, tokens; field suggestions blocked in
 * production), CSRF prevention, optional introspection, a streamed request size limit, a rate limit
 * per authenticated principal or client IP, and load shedding (guards.ts; the Host check is there
 * too, installed first by the app). Values start from GraphQL Armor's defaults, tuned for the web client's real
 * queries (the appraisal report is depth 6 and ~260 tokens; the neighbourhood query costs ~23,000).
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Actor } from '../auth/roles.js';
import {
  clientAddress,
  closeAfterAnswer,
  ConcurrencyGate,
  DEFAULT_CONCURRENT,
  jsonError,
  limitedBody,
  nodeRequest,
  RateLimiter,
  rateKey,
  tooLargeError,
  trustedProxyList,
} from './guards.js';

export interface SecurityOptions {
  production: boolean;
  introspection: boolean;
  /** Requests per window per caller (authenticated principal, else client IP); `maxKeys` callers remembered. */
  rateLimit: { requests: number; windowMs: number; maxKeys?: number };
  maxBodyBytes: number;
  /** Limit for multipart uploads (importData); a province's inventory workbook is a few MB. */
  maxUploadBytes: number;
  /** Only allow-listed operations (AKB_PERSISTED_OPERATIONS, persisted.ts); absent: any document. */
  persistedOperations?: Plugin | null;
  /** Who a request proves to be (memoised per request by the app); a refusal counts as anonymous here. */
  authenticate?: (request: Request) => Promise<Actor>;
  /** The body guard replaces the request: the same caller stands behind the new one. */
  sameCaller?: (from: Request, to: Request) => void;
  /** Proxies whose X-Forwarded-For is believed (addresses or networks); none by default. */
  trustedProxies?: readonly string[];
  /** Requests executing at once, waiting, and how long one may wait; null: no shedding. */
  concurrency?: { limit: number; queue: number; waitMs: number } | null;
}

export const LIMITS = {
  maxDepth: 10,
  // Armor's default is 5,000; the web client's neighbourhood query scores ~23,000 (static cost of its selection).
  maxCost: 60_000,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 2_000,
  maxBodyBytes: 1_000_000,
  maxUploadBytes: Number(process.env.AKB_IMPORT_MAX_MB ?? 50) * 1_000_000,
  rateLimit: { requests: 600, windowMs: 60_000 },
  // A short wait absorbs a burst; under sustained overload a quick 503 beats a slow one.
  concurrency: { limit: DEFAULT_CONCURRENT, queue: 256, waitMs: 500 },
} as const;

/**
 * Rate limit, load shedding and body size for /graphql and /export (guards.ts says how each works).
 * Order: a declared oversized body is refused unread; then the caller is counted (429); then a
 * slot is taken (503 when shed); then the body is read through a counter (413 past the limit).
 */
const busyMessage = (gate: ConcurrencyGate) => `the server is busy (${gate.limit} requests in progress, ${gate.queue} waiting); try again shortly`;

function limitsPlugin(opts: SecurityOptions): Plugin {
  const limiter = new RateLimiter(opts.rateLimit.requests, opts.rateLimit.windowMs, opts.rateLimit.maxKeys);
  const trusted = opts.trustedProxies?.length ? trustedProxyList(opts.trustedProxies) : null;
  const gate = opts.concurrency ? new ConcurrencyGate(opts.concurrency.limit, opts.concurrency.queue, opts.concurrency.waitMs) : null;
  const releases = new WeakMap<object, () => void>();
  const overLimit = new WeakMap<object, number>();
  const release = (ctx: object) => {
    releases.get(ctx)?.();
    releases.delete(ctx);
  };
  return {
    async onRequest({ request, url, endResponse, fetchAPI, serverContext, setRequest }) {
      if (url.pathname !== '/graphql' && !url.pathname.startsWith('/export')) return;
      const ctx = serverContext as object;
      const limit = (request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data') ? opts.maxUploadBytes : opts.maxBodyBytes;
      const declared = request.headers.get('content-length');
      if (declared !== null && (!/^\d+$/.test(declared.trim()) || Number(declared) > limit)) {
        closeAfterAnswer(serverContext);
        return endResponse(jsonError(fetchAPI, 413, 'PAYLOAD_TOO_LARGE', `request body over ${limit} bytes`));
      }
      const node = nodeRequest(serverContext);
      let actor: Actor | null;
      try {
        actor = opts.authenticate ? await opts.authenticate(request) : null;
      } catch {
        actor = null; // a refused token: counted by address here, answered 401 by the context
      }
      const key = rateKey(actor, clientAddress(node?.socket?.remoteAddress, request.headers.get('x-forwarded-for'), trusted));
      const waitMs = limiter.take(key);
      if (waitMs)
        return endResponse(
          jsonError(
            fetchAPI,
            429,
            'RATE_LIMITED',
            `more than ${opts.rateLimit.requests} requests in ${opts.rateLimit.windowMs / 1000} s; slow down (try again in ${Math.ceil(waitMs / 1000)} s)`,
            { 'retry-after': String(Math.ceil(waitMs / 1000)) },
          ),
        );
      // An export holds its slot from here to its answer; a GraphQL request only while it executes
      // (onParams), so a slow client sending its body holds none.
      if (gate && url.pathname !== '/graphql') {
        const leave = await gate.enter();
        if (!leave) return endResponse(jsonError(fetchAPI, 503, 'OVERLOADED', busyMessage(gate), { 'retry-after': '1' }));
        releases.set(ctx, leave);
        // However the exchange ends (even a client gone mid-way), the slot is given back.
        (serverContext as { res?: { once(e: string, f: () => void): void } }).res?.once('close', () => release(ctx));
      }
      if (request.body && request.method !== 'GET' && request.method !== 'HEAD') {
        // Past the limit, after a moment for the client to read the 413, the connection is closed.
        const body = limitedBody(
          request.body as ReadableStream<Uint8Array>,
          limit,
          fetchAPI.ReadableStream,
          () => overLimit.set(ctx, limit),
          () => node?.socket?.destroy(),
        );
        const limited = new fetchAPI.Request(request.url, {
          method: request.method,
          headers: request.headers,
          body,
          signal: request.signal,
          duplex: 'half',
        } as RequestInit);
        opts.sameCaller?.(request, limited);
        setRequest(limited);
      }
    },
    onRequestParse({ serverContext, requestParser, setRequestParser }) {
      if (!requestParser) return;
      const ctx = serverContext as object;
      setRequestParser(async (req) => {
        try {
          return await requestParser(req);
        } catch (e) {
          // The parser saw the body end early; say why: it was over the limit.
          const limit = overLimit.get(ctx);
          if (limit !== undefined) throw tooLargeError(limit);
          throw e;
        }
      });
    },
    async onParams({ request, paramsHandler, setParamsHandler, setResult }) {
      if (!gate) return;
      const leave = await gate.enter();
      if (!leave) {
        setResult({
          errors: [new GraphQLError(busyMessage(gate), { extensions: { code: 'OVERLOADED', http: { status: 503, headers: { 'retry-after': '1' } } } })],
        });
        return;
      }
      // Given back when execution ends, or at the latest with the response (if a later plugin
      // answers without executing).
      releases.set(request, leave);
      setParamsHandler(async (payload) => {
        try {
          return await paramsHandler(payload);
        } finally {
          leave();
        }
      });
    },
    onResponse({ request, serverContext }) {
      release(serverContext as object);
      release(request);
    },
  };
}

/** Armor's refusals carry no code; give them the one clients already handle for refused documents. */
const onReject = [
  (_: unknown, error: { extensions?: Record<string, unknown> }) => {
    if (error?.extensions && !Object.isFrozen(error.extensions)) error.extensions.code = 'QUERY_TOO_COMPLEX';
  },
];

export function securityPlugins(opts: SecurityOptions): Plugin[] {
  return [
    limitsPlugin(opts),
    useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
    EnvelopArmorPlugin({
      maxDepth: { n: LIMITS.maxDepth, flattenFragments: true, onReject },
      costLimit: { maxCost: LIMITS.maxCost, onReject },
      maxAliases: { n: LIMITS.maxAliases, onReject },
      maxDirectives: { n: LIMITS.maxDirectives, onReject },
      maxTokens: { n: LIMITS.maxTokens, onReject },
      blockFieldSuggestion: { enabled: opts.production },
    }) as Plugin,
    ...(opts.introspection ? [] : [useDisableIntrospection() as Plugin]),
    ...(opts.persistedOperations ? [opts.persistedOperations] : []),
  ];
}
