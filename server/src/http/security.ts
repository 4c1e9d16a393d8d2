/**
 * Hardening of the GraphQL endpoint, every limit in one place (README "Security" lists them):
 * GraphQL Armor (depth, cost, aliases, directives, tokens; field suggestions blocked in
 * production), CSRF prevention, optional introspection, a request size limit and a per-token /
 * per-IP rate limit. Values start from GraphQL Armor's defaults, tuned for the web client's real
 * queries (the appraisal report is depth 6 and ~260 tokens; the neighbourhood query costs ~23,000).
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import type { Plugin } from 'graphql-yoga';

export interface SecurityOptions {
  production: boolean;
  introspection: boolean;
  /** Requests per window per caller (token, else IP). */
  rateLimit: { requests: number; windowMs: number };
  maxBodyBytes: number;
  /** Limit for multipart uploads (importData); a province's inventory workbook is a few MB. */
  maxUploadBytes: number;
  /** Only allow-listed operations (AKB_PERSISTED_OPERATIONS, persisted.ts); absent: any document. */
  persistedOperations?: Plugin | null;
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
} as const;

/** A fixed-window counter per caller; enough for one server (several servers: put limits at the balancer). */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();
  constructor(private readonly requests: number, private readonly windowMs: number) {}

  /** True when the caller may go on. */
  take(key: string, now = Date.now()): boolean {
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      if (this.windows.size > 50_000) this.windows.clear(); // bounded memory under a spray of IPs
      this.windows.set(key, { start: now, count: 1 });
      return true;
    }
    w.count++;
    return w.count <= this.requests;
  }
}

function limitsPlugin(opts: SecurityOptions): Plugin {
  const limiter = new RateLimiter(opts.rateLimit.requests, opts.rateLimit.windowMs);
  const json = (fetchAPI: { Response: typeof Response }, status: number, code: string, message: string) =>
    new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), { status, headers: { 'content-type': 'application/json' } });
  return {
    async onRequest({ request, url, endResponse, fetchAPI, serverContext }) {
      if (url.pathname !== '/graphql' && !url.pathname.startsWith('/export')) return;
      const declared = request.headers.get('content-length');
      // Without a declared length (chunked), measure a copy: the body is read once more, bounded by the limit's purpose.
      const length = declared !== null ? Number(declared) : request.method === 'POST' ? (await request.clone().arrayBuffer()).byteLength : 0;
      const limit = (request.headers.get('content-type') ?? '').startsWith('multipart/form-data') ? opts.maxUploadBytes : opts.maxBodyBytes;
      if (length > limit) return endResponse(json(fetchAPI, 413, 'PAYLOAD_TOO_LARGE', `request body over ${limit} bytes`));
      const auth = request.headers.get('authorization');
      const ip = (serverContext as { req?: { socket?: { remoteAddress?: string } } })?.req?.socket?.remoteAddress ?? 'local';
      if (!limiter.take(auth ? `t:${auth}` : `ip:${ip}`))
        return endResponse(json(fetchAPI, 429, 'RATE_LIMITED', `more than ${opts.rateLimit.requests} requests in ${opts.rateLimit.windowMs / 1000} s; slow down`));
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
