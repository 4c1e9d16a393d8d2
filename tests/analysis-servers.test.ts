/**
 * The analysis graph behind a balancer, for real: a Neo4j started on its own with authentication
 * on, and two akb server processes against it (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD), as a
 * deployment runs. A write through one server is in the next impact on that server, and on the
 * other within a second (its revision poll); `db:reset` and a restore (a new database epoch) make
 * both rebuild.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../server/src/config/config.js';
import { Database } from '../server/src/db/database.js';
import { createBackup, restoreBackup } from '../server/src/backup/backup.js';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../server/src/neo4j/embedded.js';
import { waitForDatabase } from '../server/src/boot.js';

const PASSWORD = 'akb-test-password';
let neo: EmbeddedNeo4j;
let dataDir: string;
const servers: ChildProcess[] = [];
let env: NodeJS.ProcessEnv;

interface Server {
  url: string;
  out: string[];
}

async function startServer(): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server', 'src', 'main.ts')], {
    cwd: ROOT,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  servers.push(child);
  const out: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out.join('')}`)), 120_000);
    const onData = (d: Buffer) => {
      out.push(d.toString());
      if (out.join('').includes('akb ready on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${out.join('')}`)));
  });
  return { url: `http://127.0.0.1:${port}`, out };
}

async function gql<T>(
  s: Server,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ data?: T; errors?: { message: string }[] }> {
  const res = await fetch(`${s.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as never;
}

const DEPENDENTS = `{ impact(id: "ndb:dan-cu", direction: DEPENDENTS, maxDepth: 1, provenance: [stated, inferred, example]) { total answeredBy { analysisGraph revision } affected { node { id } } } }`;
type ImpactOut = { impact: { total: number; answeredBy: { analysisGraph: boolean; revision: number | null }; affected: { node: { id: string } }[] } };
const dependents = async (s: Server) => {
  const r = await gql<ImpactOut>(s, DEPENDENTS);
  expect(r.errors).toBeUndefined();
  return r.data!.impact;
};

async function serving(s: Server, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const h = (await (await fetch(`${s.url}/health`)).json()) as { analysisGraph: { serving: boolean } | null };
    if (h.analysisGraph?.serving) return;
    if (Date.now() > deadline) throw new Error(`the analysis graph of ${s.url} is not serving: ${JSON.stringify(h)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Polls a server until it answers from its analysis graph and `seen` holds, for at most `ms`; true
 * if it did in time. An answer with errors counts as not yet (a wipe is not a transaction: a reader
 * in the middle of one sees whatever is left).
 */
async function within(ms: number, s: Server, seen: (i: ImpactOut['impact']) => boolean): Promise<boolean> {
  const deadline = Date.now() + ms;
  do {
    const r = await gql<ImpactOut>(s, DEPENDENTS);
    const i = r.data?.impact;
    if (!r.errors && i?.answeredBy.analysisGraph && seen(i)) return true;
    await new Promise((r) => setTimeout(r, 25));
  } while (Date.now() < deadline);
  return false;
}

let a: Server;
let b: Server;
let token: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'akb-servers-'));
  neo = await startEmbeddedNeo4j({ dataDir, boltPort: await freePort(), pageCacheMb: 128, heapMb: 512, password: PASSWORD });
  env = { ...process.env, NEO4J_URI: neo.uri, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: PASSWORD, AKB_HOST: '127.0.0.1', AKB_EXAMPLES: '1', NODE_ENV: 'test' };
  // The first server loads the fixtures into the empty database and prints the first admin token.
  a = await startServer();
  token = /\n\s+(akb_[A-Za-z0-9_-]+)\s*\n/.exec(a.out.join(''))?.[1] ?? '';
  expect(token).toMatch(/^akb_/);
  b = await startServer();
  await Promise.all([serving(a), serving(b)]);
}, 300_000);

afterAll(async () => {
  for (const s of servers) s.kill('SIGTERM');
  await Promise.all(servers.map((s) => new Promise((r) => (s.exitCode !== null ? r(null) : s.once('exit', r)))));
  await neo?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('two akb servers on one Neo4j with authentication', () => {
  it('refuses a wrong password (authentication is really on)', async () => {
    const wrong = Database.connect({ uri: neo.uri, username: 'neo4j', password: 'wrong' });
    try {
      expect(await wrong.ping()).toBe(false);
    } finally {
      await wrong.close();
    }
  });

  it('a write through one server is in its next impact; the other server sees it within a second', async () => {
    const before = await dependents(a);
    expect(before.answeredBy.analysisGraph).toBe(true);
    const created = await gql(
      a,
      'mutation { createNode(input: { id: "component:test-fresh", kind: "Component", name: "Hệ thống thử độ tươi", provenance: example, properties: { componentKind: "system", level: "province" } }) { id } }',
      {},
      token,
    );
    expect(created.errors).toBeUndefined();
    const linked = await gql(
      a,
      'mutation { createRelationship(input: { from: "component:test-fresh", type: "USES_DATA_FROM", to: "ndb:dan-cu", provenance: example }) { type } }',
      {},
      token,
    );
    expect(linked.errors).toBeUndefined();
    // Read-your-writes on the server that wrote: no waiting.
    const onA = await dependents(a);
    expect(onA.answeredBy.analysisGraph).toBe(true);
    expect(onA.affected.map((h) => h.node.id)).toContain('component:test-fresh');
    expect(onA.total).toBe(before.total + 1);
    // The other server, from its revision poll.
    expect(await within(1_000, b, (i) => i.affected.some((h) => h.node.id === 'component:test-fresh'))).toBe(true);
    // And back: a delete through the other server.
    const removed = await gql(b, 'mutation { deleteNode(id: "component:test-fresh", force: true) { id } }', {}, token);
    expect(removed.errors).toBeUndefined();
    expect((await dependents(b)).affected.map((h) => h.node.id)).not.toContain('component:test-fresh');
    expect(await within(1_000, a, (i) => !i.affected.some((h) => h.node.id === 'component:test-fresh'))).toBe(true);
  });

  it('db:reset and a restore (another database epoch) make both servers rebuild; meanwhile they still answer', async () => {
    const db = Database.connect({ uri: neo.uri, username: 'neo4j', password: PASSWORD });
    try {
      await waitForDatabase(db, 30_000);
      // A node that exists only in the backup.
      expect(
        (
          await gql(
            a,
            'mutation { createNode(input: { id: "component:test-backup", kind: "Component", name: "Chỉ có trong bản sao lưu", provenance: example, properties: { componentKind: "system", level: "province" } }) { id } }',
            {},
            token,
          )
        ).errors,
      ).toBeUndefined();
      expect(
        (
          await gql(
            a,
            'mutation { createRelationship(input: { from: "component:test-backup", type: "USES_DATA_FROM", to: "ndb:dan-cu", provenance: example }) { type } }',
            {},
            token,
          )
        ).errors,
      ).toBeUndefined();
      const backup = await createBackup(db);

      const reset = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'server', 'src', 'cli', 'db-reset.ts')], { cwd: ROOT, env, encoding: 'utf8' });
      expect(reset.status, reset.stderr).toBe(0);
      // Public reads on loopback keep working (the reset removed the token); each server rebuilds
      // and answers from its new graph, without the node the reset removed.
      for (const s of [a, b]) expect(await within(30_000, s, (i) => i.total > 0 && !i.affected.some((h) => h.node.id === 'component:test-backup'))).toBe(true);
      for (const s of [a, b])
        expect(((await (await fetch(`${s.url}/health`)).json()) as { analysisGraph: { serving: boolean } }).analysisGraph.serving).toBe(true);

      await db.autoCommit('admin/wipe');
      await restoreBackup(db, backup);
      for (const s of [a, b]) expect(await within(30_000, s, (i) => i.affected.some((h) => h.node.id === 'component:test-backup'))).toBe(true);
    } finally {
      await db.close();
    }
  });
});
