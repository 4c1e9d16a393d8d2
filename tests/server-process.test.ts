/**
 * Issue 16 with real processes: `npm start`'s server (server/src/main.ts) with its own embedded
 * Neo4j, whose Java process is killed with SIGKILL — the server restarts it with back-off, says so
 * in its log, and /ready comes back by itself (10); and `npm run backup` writes a file only its
 * owner can read (12).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../server/src/config/config.js';
import { freePort } from '../server/src/neo4j/embedded.js';
import { neo4jEnv } from './setup/db.js';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('16.10 the embedded Neo4j is supervised', () => {
  it('after kill -9 of the embedded Neo4j, the server restarts it (logged) and /ready comes back without a person', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'akb-supervise-'));
    dirs.push(dataDir);
    const port = await freePort();
    const env = {
      ...process.env,
      PORT: String(port),
      AKB_BOLT_PORT: String(await freePort()),
      AKB_DATA_DIR: dataDir,
      AKB_PAGECACHE_MB: '64',
      AKB_HEAP_MB: '384',
      AKB_EXAMPLES: '0',
      NEO4J_URI: '',
    };
    const server: ChildProcess = spawn(TSX, [join(ROOT, 'server', 'src', 'main.ts')], { env, cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    server.stdout!.on('data', (d) => (log += d));
    server.stderr!.on('data', (d) => (log += d));
    const exited = new Promise<number | null>((r) => server.once('exit', (code) => r(code)));
    const url = (path: string) => `http://127.0.0.1:${port}${path}`;
    const status = async (path: string) => (await fetch(url(path)).catch(() => null))?.status;
    const javaPids: number[] = [];
    try {
      await waitFor('the server to start', () => (/akb ready on/.test(log) ? true : undefined), 180_000);
      const first = Number(/embedded Neo4j running \(pid (\d+)\), supervised/.exec(log)?.[1]);
      expect(first).toBeGreaterThan(0);
      javaPids.push(first);
      expect(await status('/ready')).toBe(200);

      process.kill(first, 'SIGKILL');
      await waitFor('the crash to be noticed', () => (/exited unexpectedly/.test(log) ? true : undefined), 30_000);
      expect(log).toMatch(new RegExp(`embedded Neo4j \\(pid ${first}\\) exited unexpectedly.*restarting it in 1 s \\(attempt 1\\)`));
      const second = await waitFor(
        'the restart',
        () => {
          const m = /embedded Neo4j restarted \(pid (\d+), restart 1\)/.exec(log);
          return m ? Number(m[1]) : undefined;
        },
        120_000,
      );
      javaPids.push(second);
      expect(second).not.toBe(first);
      await waitFor('/ready to answer 200 again', async () => ((await status('/ready')) === 200 ? true : undefined), 60_000);
      const q = await fetch(url('/graphql'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { nodes } }' }),
      });
      expect(q.status).toBe(200);
      expect(((await q.json()) as { data: { stats: { nodes: number } } }).data.stats.nodes).toBeGreaterThan(0);

      // A clean stop is not a crash: no restart, and the database goes with the server.
      server.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(log).not.toMatch(/restart 2/);
      await waitFor('the restarted Neo4j to stop', () => (alive(second) ? undefined : true), 30_000);
    } finally {
      if (server.exitCode === null) server.kill('SIGKILL');
      for (const pid of javaPids) if (alive(pid)) process.kill(pid, 'SIGKILL');
    }
  }, 420_000);
});

describe('16.12 backups are private', () => {
  it('npm run backup writes its file 0600, also over an existing world-readable file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'akb-backup-mode-'));
    dirs.push(dir);
    const out = join(dir, 'backup.json');
    writeFileSync(out, 'old', { mode: 0o644 });
    const env = neo4jEnv();
    const r = spawnSync(TSX, [join(ROOT, 'server', 'src', 'cli', 'backup.ts'), 'backup', '--out', out], { env, cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(statSync(out).size).toBeGreaterThan(1000);
    const fresh = join(dir, 'sub', 'fresh.json');
    const again = spawnSync(TSX, [join(ROOT, 'server', 'src', 'cli', 'backup.ts'), 'backup', '--out', fresh], {
      env,
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(again.status, again.stderr).toBe(0);
    expect(statSync(fresh).mode & 0o777).toBe(0o600);
  }, 240_000);
});
