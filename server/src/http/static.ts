/**
 * The built web client at /: hashed files under /assets/ cached for a year (their name changes with
 * their content), everything else (index.html) revalidated on each load. Text is sent compressed
 * when the browser accepts it: brotli, else gzip. The build writes `.br` and `.gz` beside each
 * text asset (vite.config.ts); a file without them (a client built elsewhere) is compressed here
 * once and kept in memory, keyed by its path, size and modification time.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Worth compressing: text formats (PNG, woff2 are compressed already). */
export const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt', '.map']);
/** Below this, headers cost more than compression saves. */
const MIN_BYTES = 1024;

type Encoding = 'br' | 'gzip';

/** The encoding to send for an Accept-Encoding header: brotli first, then gzip; q=0 refuses. */
export function chooseEncoding(accept: string | null): Encoding | null {
  if (!accept) return null;
  const offered = new Map<string, number>();
  for (const part of accept.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
    offered.set(name.trim(), q ? Number(q[1]) : 1);
  }
  const ok = (name: string) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

const memo = new Map<string, Buffer>();
const MEMO_MAX = 64;

function compressed(file: string, encoding: Encoding, body: Buffer, stamp: string): Buffer {
  const pre = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
  if (existsSync(pre) && statSync(pre).mtimeMs >= statSync(file).mtimeMs) return readFileSync(pre);
  const key = `${encoding}|${file}|${stamp}`;
  let out = memo.get(key);
  if (!out) {
    out =
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
        : gzipSync(body, { level: 9 });
    if (memo.size >= MEMO_MAX) memo.delete(memo.keys().next().value!);
    memo.set(key, out);
  }
  return out;
}

/** Serves `webDir`; unknown paths that are not files get index.html (client-side routes). */
export function staticPlugin(webDir: string, skip: (path: string) => boolean): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (skip(url.pathname)) return;
      const rel = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
      let file = join(webDir, rel);
      if (!file.startsWith(webDir)) return;
      if (!existsSync(file) || !statSync(file).isFile()) file = join(webDir, 'index.html');
      if (!existsSync(file)) {
        endResponse(new fetchAPI.Response('The web client is not built; run `npm run build:web`.', { status: 404 }));
        return;
      }
      const ext = extname(file);
      const stat = statSync(file);
      const hashed = file.startsWith(join(webDir, 'assets'));
      const etag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`;
      const headers: Record<string, string> = {
        'content-type': MIME[ext] ?? 'application/octet-stream',
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        etag,
      };
      const compressible = COMPRESSIBLE.has(ext) && stat.size >= MIN_BYTES;
      if (compressible) headers.vary = 'Accept-Encoding';
      if (!hashed && request.headers.get('if-none-match') === etag) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      let body: Buffer = readFileSync(file);
      const encoding = compressible ? chooseEncoding(request.headers.get('accept-encoding')) : null;
      if (encoding) {
        body = compressed(file, encoding, body, etag);
        headers['content-encoding'] = encoding;
      }
      headers['content-length'] = String(body.length);
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : (body as Buffer<ArrayBuffer>), { headers }));
    },
  };
}
