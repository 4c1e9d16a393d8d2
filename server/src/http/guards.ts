/**
 * The HTTP guards in front of GraphQL and /export (README "Security" states them):
 * - Host: only configured host names are served (loopback names by default), so a DNS-rebinding
 *   page cannot read a loopback instance through a name it controls.
 * - Rate limit: per authenticated principal (the token or JWT subject the request proves), else per
 *   client IP — `X-Forwarded-For` counted only from configured trusted proxies; a fixed window per
 *   key, least recently used keys evicted (never all at once); 429 says when to come back.
 * - Load shedding: at most N requests execute at once, a bounded number wait a short time, the
 *   rest get 503 with Retry-After at once instead of queueing into timeouts.
 * - Body size: counted while it streams, never buffered past the limit (1 MB, uploads more); a
 *   chunked body without Content-Length is cut off at the limit, answered 413 and the connection
 *   closed without reading the rest.
 */
import { BlockList, isIP } from 'node:net';
import { availableParallelism, networkInterfaces, hostname as machineName } from 'node:os';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Actor } from '../auth/roles.js';

// ---------------------------------------------------------------------------------------------
// Host names

export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '::1'];

/** A Host header's or URL's host name: lower case, no port, IPv6 without brackets. */
export function hostName(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') > 0 ? h.indexOf(']') : undefined);
  const colon = h.indexOf(':');
  // More than one colon and no brackets: a bare IPv6 address.
  if (colon >= 0 && h.indexOf(':', colon + 1) < 0) return h.slice(0, colon);
  return h.replace(/\.$/, '');
}

/**
 * The names this server answers to when AKB_ALLOWED_HOSTS is not set: the loopback names, the bind
 * address when it is a name or an address, and — when bound to every interface — the machine's
 * own addresses and name (a DNS-rebinding page always sends a name the attacker controls).
 */
export function defaultAllowedHosts(bindHost: string): string[] {
  const out = new Set(LOOPBACK_HOSTS);
  const bind = hostName(bindHost);
  if (bind === '0.0.0.0' || bind === '::' || bind === '') {
    for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) out.add(hostName(a.address.split('%')[0]));
    out.add(machineName().toLowerCase());
  } else out.add(bind);
  return [...out];
}

/** `*` allows every host (a proxy in front checks it); `.example.vn` allows that domain's subdomains. */
export function hostAllowed(allowed: readonly string[], host: string): boolean {
  const name = hostName(host);
  return allowed.some((a) => a === '*' || a === name || (a.startsWith('.') && (name.endsWith(a) || name === a.slice(1))));
}

export function hostPlugin(allowed: readonly string[]): Plugin {
  const list = allowed.map((a) => (a === '*' || a.startsWith('.') ? a.toLowerCase() : hostName(a)));
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      const header = request.headers.get('host');
      const bad = [url.host, header].find((h): h is string => !!h && !hostAllowed(list, h));
      if (bad === undefined) return;
      const message = `Host "${hostName(bad)}" is not one this server answers to; set AKB_ALLOWED_HOSTS to serve it (a guard against DNS rebinding)`;
      endResponse(jsonError(fetchAPI, 403, 'HOST_NOT_ALLOWED', message));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Client address behind trusted proxies

/** Trusted proxy addresses and networks (`10.0.0.1`, `10.0.0.0/8`, `::1`), as a BlockList. */
export function trustedProxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    const [address, bits] = entry.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : isIP(address) === 4 ? 'ipv4' : null;
    if (!family) throw new Error(`AKB_TRUSTED_PROXIES: "${entry}" is not an IP address or network`);
    if (bits === undefined) list.addAddress(address, family);
    else {
      const prefix = Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 'ipv4' ? 32 : 128))
        throw new Error(`AKB_TRUSTED_PROXIES: "${entry}" has a bad prefix length`);
      list.addSubnet(address, prefix, family);
    }
  }
  return list;
}

const plainAddress = (a: string) => (a.startsWith('::ffff:') && isIP(a.slice(7)) === 4 ? a.slice(7) : a);

function isTrusted(list: BlockList | null, address: string): boolean {
  if (!list) return false;
  const a = plainAddress(address);
  const family = isIP(a);
  return family !== 0 && list.check(a, family === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy; then the nearest
 * `X-Forwarded-For` entry that is not itself a trusted proxy (entries a client wrote itself sit
 * further left and are never believed).
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | null, trusted: BlockList | null): string {
  const socket = plainAddress(peer ?? 'local');
  if (!forwardedFor || !isTrusted(trusted, socket)) return socket;
  const hops = forwardedFor
    .split(',')
    .map((h) => plainAddress(h.trim()))
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (isIP(hops[i]) === 0) return socket; // a garbled chain: fall back to the proxy itself
    if (!isTrusted(trusted, hops[i])) return hops[i];
  }
  return hops[0] ?? socket;
}

// ---------------------------------------------------------------------------------------------
// Rate limit

/**
 * A fixed-window counter per key with a bounded number of keys: when full, the least recently used
 * key goes (a Map keeps insertion order; every use re-inserts), never all at once. A key past its
 * limit moves to a separate penalty list until its window ends, which a flood of fresh keys cannot
 * push out (getting onto it takes `requests` requests per key).
 */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();
  private blocked = new Map<string, number>();

  constructor(
    private readonly requests: number,
    private readonly windowMs: number,
    private readonly maxKeys = 100_000,
  ) {}

  /** 0 when the caller may go on, else the milliseconds until it may. */
  take(key: string, now = Date.now()): number {
    const until = this.blocked.get(key);
    if (until !== undefined) {
      if (until > now) return until - now;
      this.blocked.delete(key);
    }
    let w = this.windows.get(key);
    if (w) this.windows.delete(key);
    if (!w || now - w.start >= this.windowMs) w = { start: now, count: 0 };
    w.count++;
    if (w.count > this.requests) {
      const end = w.start + this.windowMs;
      this.blocked.set(key, end);
      while (this.blocked.size > this.maxKeys) this.blocked.delete(this.blocked.keys().next().value!);
      return Math.max(1, end - now);
    }
    this.windows.set(key, w);
    while (this.windows.size > this.maxKeys) this.windows.delete(this.windows.keys().next().value!);
    return 0;
  }

  /** Keys remembered (counting and refused). */
  get size(): number {
    return this.windows.size + this.blocked.size;
  }
}

/** An IPv6 client is one /64 (what one subscriber gets); an IPv4 client one address. */
export function addressKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head, tail = ''] = address.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...h, ...Array(Math.max(0, 8 - h.length - t.length)).fill('0'), ...t] : h;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** The rate-limit key of a request: who it proves to be, else where it comes from. */
export function rateKey(actor: Actor | null, address: string): string {
  if (actor?.role) return actor.tokenId ? `token:${actor.tokenId}` : `principal:${actor.name}`;
  return `ip:${addressKey(address)}`;
}

// ---------------------------------------------------------------------------------------------
// Load shedding

/** Requests executing at once by default: a few per core keep the CPUs (the server's and an embedded Neo4j's) busy; more only queue inside. */
export const DEFAULT_CONCURRENT = Math.max(8, 4 * availableParallelism());

/** At most `limit` at once; up to `queue` more wait up to `waitMs`; the rest are refused at once. */
export class ConcurrencyGate {
  private active = 0;
  private readonly waiting: Array<{ admit: () => void }> = [];

  constructor(
    readonly limit: number,
    readonly queue: number,
    readonly waitMs: number,
  ) {}

  /** Resolves with a release function, or null when the request is to be shed. */
  async enter(): Promise<(() => void) | null> {
    if (this.active < this.limit) {
      this.active++;
      return this.releaser();
    }
    if (this.waiting.length >= this.queue) return null;
    return new Promise((resolve) => {
      const entry = {
        admit: () => {
          clearTimeout(timer);
          resolve(this.releaser());
        },
      };
      const timer = setTimeout(() => {
        const i = this.waiting.indexOf(entry);
        if (i >= 0) this.waiting.splice(i, 1);
        resolve(null);
      }, this.waitMs);
      this.waiting.push(entry);
    });
  }

  private releaser(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.waiting.shift();
      if (next)
        next.admit(); // the slot passes straight on
      else this.active--;
    };
  }

  get inFlight(): number {
    return this.active;
  }
}

// ---------------------------------------------------------------------------------------------
// Body size

export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`request body over ${limit} bytes`);
    this.name = 'BodyTooLarge';
  }
}

/** After a 413, how much more of the body is read and dropped, so the client can read the answer. */
export const LINGER = { bytes: 8_000_000, ms: 2_000 };

/**
 * The body as a stream that ends in BodyTooLarge at the first byte past `limit`. Nothing past the
 * limit is kept. A client still sending when the 413 goes out must be able to read it: closing
 * the socket under unread data resets the connection and loses the answer. So the rest is read
 * and dropped for a moment (at most LINGER), then `abandon` closes the connection.
 */
export function limitedBody(
  source: ReadableStream<Uint8Array>,
  limit: number,
  Stream: typeof ReadableStream,
  onOver: () => void,
  abandon: () => void,
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let total = 0;
  let over = false;
  const drain = async () => {
    const until = Date.now() + LINGER.ms;
    let dropped = 0;
    try {
      while (dropped < LINGER.bytes && Date.now() < until) {
        const timeout = new Promise<'late'>((r) => setTimeout(() => r('late'), Math.max(1, until - Date.now())).unref());
        const read = reader.read();
        read.catch(() => {}); // if the time runs out first, a later failure is nobody's concern
        const next = await Promise.race([read, timeout]);
        if (next === 'late') break;
        if (next.done) return; // the whole body came: the connection can serve on
        dropped += next.value.byteLength;
      }
    } catch {
      // the client went away
    }
    void Promise.resolve(reader.cancel()).catch(() => {});
    abandon();
  };
  return new Stream<Uint8Array>({
    async pull(controller) {
      // Never reject: the stream implementation would leave the rejection unhandled (a client that
      // disconnects mid-body would take the process down); the error goes to the reader instead.
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch (e) {
        controller.error(e);
        return;
      }
      const { done, value } = next;
      if (done) return controller.close();
      total += value.byteLength;
      if (total > limit) {
        over = true;
        onOver();
        controller.error(new BodyTooLarge(limit));
        void drain();
        return;
      }
      controller.enqueue(value);
    },
    async cancel(reason) {
      if (!over) await reader.cancel(reason)?.catch?.(() => {});
    },
  });
}

/**
 * For an answer given before the body was read (a declared length over the limit): once the answer
 * is out, read and drop what the client still sends for a moment (at most LINGER), then close.
 */
export function closeAfterAnswer(serverContext: unknown): void {
  const req = nodeRequest(serverContext);
  const res = (serverContext as { res?: ServerResponse } | undefined)?.res;
  if (!req || !res) return;
  res.once('finish', () => {
    let dropped = 0;
    const close = () => req.socket?.destroy();
    const timer = setTimeout(close, LINGER.ms);
    timer.unref();
    req.on('data', (c: Buffer) => {
      dropped += c.length;
      if (dropped > LINGER.bytes) close();
    });
    req.once('end', () => clearTimeout(timer));
    req.resume();
  });
}

// ---------------------------------------------------------------------------------------------

export function jsonError(
  fetchAPI: { Response: typeof Response },
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

export const tooLargeError = (limit: number) =>
  new GraphQLError(`request body over ${limit} bytes`, { extensions: { code: 'PAYLOAD_TOO_LARGE', http: { status: 413 } } });

/** The node:http request behind a yoga request, when there is one (not under yoga.fetch). */
export const nodeRequest = (serverContext: unknown): IncomingMessage | undefined => (serverContext as { req?: IncomingMessage } | undefined)?.req;
