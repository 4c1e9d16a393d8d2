/**
 * Issue 16 over real sockets: the app behind a node:http server on loopback, driven by node:http
 * clients. A chunked body streaming far past the limit is answered 413 and the server stops reading
 * it (1); a forged Host is refused on the wire too (11); past the concurrency limit requests are
 * shed at once with 503 and Retry-After (load); the documented upload limit is the one applied (7).
 */
import { request, type IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/src/http/app.js';
import { listenOnLoopback } from '../server/src/http/loopback.js';
import { testDb } from './setup/db.js';

const db = testDb();
afterAll(() => db.close());

interface Running {
  port: number;
  sockets: Socket[];
  close(): Promise<void>;
}

async function serve(app: ReturnType<typeof createApp>): Promise<Running> {
  const running = await listenOnLoopback(app);
  const sockets: Socket[] = [];
  running.server.on('connection', (s) => sockets.push(s));
  return { ...running, sockets };
}

interface Streamed {
  status: number;
  body: string;
  headers: IncomingMessage['headers'];
  /** Bytes the client had handed to the socket when the answer came. */
  sentWhenAnswered: number;
}

/**
 * POSTs a body of `total` bytes in 64 KiB chunks, chunked unless a Content-Length is given,
 * respecting backpressure, and stops writing when the answer arrives or the connection ends.
 */
function streamBody(port: number, path: string, headers: Record<string, string>, total: number, prefix = Buffer.alloc(0)): Promise<Streamed> {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered: Streamed | null = null;
    let stop = false;
    const req = request({
      host: '127.0.0.1',
      port,
      path,
      method: 'POST',
      headers: headers['content-length'] ? headers : { 'transfer-encoding': 'chunked', ...headers },
    });
    req.on('response', (res) => {
      stop = true;
      const sentWhenAnswered = sent;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => {
        answered = { status: res.statusCode!, body, headers: res.headers, sentWhenAnswered };
        req.destroy();
        resolve(answered);
      });
    });
    req.on('error', (e) => {
      // The server closing the connection under the rest of the body is expected, after the answer.
      if (!answered) setTimeout(() => (answered ? resolve(answered) : reject(e)), 1_000);
    });
    if (prefix.length) {
      req.write(prefix);
      sent += prefix.length;
    }
    const pump = () => {
      while (!stop && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!stop) req.end();
    };
    pump();
  });
}

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: IncomingMessage['headers'] }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

function postJson(port: number, body: unknown, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string; headers: IncomingMessage['headers'] }>((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(data)), ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode!, body: text, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

describe('16.1 body limits are enforced while the body streams', () => {
  let srv: Running;
  beforeAll(async () => {
    srv = await serve(createApp({ db, quiet: true, maxUploadBytes: 3_000_000 }));
  });
  afterAll(() => srv.close());

  it('a chunked JSON body with no Content-Length streaming toward 200 MB is answered 413 after about 1 MB, and the rest is never read', async () => {
    const r = await streamBody(srv.port, '/graphql', { 'content-type': 'application/json' }, 200_000_000);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    // What the client could hand over before the answer is the limit plus socket buffers, not 200 MB.
    expect(r.sentWhenAnswered).toBeLessThan(24_000_000);
    const read = srv.sockets.reduce((n, s) => n + s.bytesRead, 0);
    expect(read).toBeLessThan(24_000_000);
    // The server is fine afterwards.
    expect((await postJson(srv.port, { query: '{ __typename }' })).status).toBe(200);
  });

  it('a chunked multipart upload streaming past the upload limit is answered 413 without reading it all', async () => {
    const boundary = 'akbboundary';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: 'mutation($f: File!) { importData(file: $f) { written } }', variables: { f: null } })}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0": ["variables.f"]}\r\n--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="big.json"\r\nContent-Type: application/json\r\n\r\n`,
    );
    // The multipart preamble, then file content that never ends (spaces).
    const r = await streamBody(
      srv.port,
      '/graphql',
      { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-graphql-yoga-csrf': 't' },
      200_000_000,
      head,
    );
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(r.sentWhenAnswered).toBeLessThan(30_000_000);
  });

  it('a client that disconnects in the middle of its body leaves the server serving (no unhandled rejection)', async () => {
    const rejections: unknown[] = [];
    const onRejection = (e: unknown) => rejections.push(e);
    process.on('unhandledRejection', onRejection);
    try {
      for (let i = 0; i < 5; i++) {
        await new Promise<void>((resolve) => {
          const req = request({
            host: '127.0.0.1',
            port: srv.port,
            path: '/graphql',
            method: 'POST',
            headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
          });
          req.on('error', () => resolve());
          req.write('{"query": "{ __typename }", "pad": "');
          setTimeout(() => {
            req.destroy();
            resolve();
          }, 50);
        });
      }
      await new Promise((r) => setTimeout(r, 300));
      expect((await postJson(srv.port, { query: '{ __typename }' })).status).toBe(200);
      expect(rejections).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });

  it('a declared Content-Length over the limit is answered 413 at once, and the body the client goes on sending is not read to its end', async () => {
    const r = await streamBody(srv.port, '/graphql', { 'content-type': 'application/json', 'content-length': '200000000' }, 200_000_000);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(r.sentWhenAnswered).toBeLessThan(24_000_000);
  });
});

describe('16.11 and load shedding on a real socket', () => {
  it('a forged Host header is refused with 403 (DNS rebinding); the loopback names are served', async () => {
    const srv = await serve(createApp({ db, quiet: true }));
    try {
      for (const host of ['evil.example', `evil.example:${srv.port}`, 'attacker.test', `127.0.0.1.nip.io:${srv.port}`]) {
        const r = await get(srv.port, '/graphql?query={__typename}', { host, 'x-graphql-yoga-csrf': 't' });
        expect(r.status, host).toBe(403);
        expect(JSON.parse(r.body).errors[0].extensions.code).toBe('HOST_NOT_ALLOWED');
        expect((await get(srv.port, '/health', { host })).status, host).toBe(403);
      }
      for (const host of [`localhost:${srv.port}`, `127.0.0.1:${srv.port}`, `[::1]:${srv.port}`, 'LOCALHOST']) {
        const r = await get(srv.port, '/graphql?query={__typename}', { host, 'x-graphql-yoga-csrf': 't' });
        expect(r.status, host).toBe(200);
      }
    } finally {
      await srv.close();
    }
  });

  it('AKB_ALLOWED_HOSTS-style configuration serves the names it lists and nothing else', async () => {
    const srv = await serve(createApp({ db, quiet: true, allowedHosts: ['akb.tinh.gov.vn', '.noi-bo.vn'] }));
    try {
      expect((await get(srv.port, '/health', { host: 'akb.tinh.gov.vn' })).status).toBe(200);
      expect((await get(srv.port, '/health', { host: 'kb.noi-bo.vn:8443' })).status).toBe(200);
      expect((await get(srv.port, '/health', { host: 'noi-bo.vn.evil.example' })).status).toBe(403);
      expect((await get(srv.port, '/health', { host: 'localhost' })).status).toBe(403);
    } finally {
      await srv.close();
    }
  });

  it('past the concurrency limit a request is shed at once with 503 and Retry-After, not queued into a timeout', async () => {
    const srv = await serve(
      createApp({ db, quiet: true, concurrency: { limit: 1, queue: 1, waitMs: 200 }, rateLimit: { requests: 10_000, windowMs: 60_000 } }),
    );
    try {
      // Heavier than a ping: a search and a neighbourhood, several at once.
      const q = {
        query:
          '{ a: search(text: "dan cu", first: 50) { node { id name } } b: search(text: "LGSP", first: 50) { node { id } } c: neighbourhood(id: "ndb:dan-cu", depth: 2) { nodes { id } } }',
      };
      const started = Date.now();
      const answers = await Promise.all(Array.from({ length: 12 }, () => postJson(srv.port, q)));
      const shed = answers.filter((a) => a.status === 503);
      const served = answers.filter((a) => a.status === 200);
      expect(served.length).toBeGreaterThanOrEqual(1);
      expect(shed.length).toBeGreaterThanOrEqual(1);
      for (const a of shed) {
        expect(a.headers['retry-after']).toBe('1');
        expect(JSON.parse(a.body).errors[0].extensions.code).toBe('OVERLOADED');
      }
      expect(answers.every((a) => a.status === 200 || a.status === 503)).toBe(true);
      expect(Date.now() - started).toBeLessThan(30_000);
      // Once the burst is over the server serves normally.
      expect((await postJson(srv.port, q)).status).toBe(200);
    } finally {
      await srv.close();
    }
  });
});
