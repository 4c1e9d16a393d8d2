/**
 * The embedded Neo4j launcher, for real: its own instances on free ports and temporary data
 * directories (separate from the shared test database).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../server/src/db/database.js';
import { EmbeddedNeo4jError, freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../server/src/neo4j/embedded.js';
import { waitForDatabase } from '../server/src/boot.js';

const dirs: string[] = [];
const running: EmbeddedNeo4j[] = [];
afterAll(async () => {
  for (const r of running) await r.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function start(dataDir: string, port?: number) {
  const n = await startEmbeddedNeo4j({ dataDir, boltPort: port ?? (await freePort()), pageCacheMb: 64, heapMb: 384 });
  running.push(n);
  return n;
}

async function withDb<T>(uri: string, work: (db: Database) => Promise<T>): Promise<T> {
  const db = Database.connect({ uri });
  try {
    await waitForDatabase(db, 30_000);
    return await work(db);
  } finally {
    await db.close();
  }
}

const countNodes = (db: Database) => db.read('admin/count-nodes').then(([r]) => r.count as number);
const agencyRow = (id: string, name: string) => ({ id, kind: 'Agency', props: { id, kind: 'Agency', name, provenance: 'example' } });

describe('embedded Neo4j launcher', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'akb-launcher-'));
  dirs.push(dataDir);

  it('starts Neo4j 5.26 with Bolt on loopback, and a restart keeps the data', async () => {
    const first = await start(dataDir);
    expect(first.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    await withDb(first.uri, async (db) => {
      const info = await db.driver.getServerInfo();
      expect(info.agent).toMatch(/^Neo4j\/5\.26\./);
      await db.applySchema();
      await db.write('fixtures/merge-nodes', { rows: [agencyRow('agency:test-restart', 'Cơ quan thử')] });
      expect(await countNodes(db)).toBe(1);
    });
    await first.stop();
    const second = await start(dataDir);
    await withDb(second.uri, async (db) => expect(await countNodes(db)).toBe(1));
    await second.stop();
  });

  it('a second launcher on the same data directory fails fast with a clear message', async () => {
    const first = await start(dataDir);
    const err = await start(dataDir).catch((e) => e);
    expect(err).toBeInstanceOf(EmbeddedNeo4jError);
    expect(err.code).toBe('LOCKED');
    expect(err.message).toContain('is in use by another Neo4j');
    expect(err.message).not.toMatch(/\tat org\.neo4j/); // no Java stack trace
    await first.stop();
  });

  it('after kill -9 the next start recovers and keeps every committed transaction', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'akb-crash-'));
    dirs.push(dir);
    const first = await start(dir);
    const acknowledged: string[] = [];
    await withDb(first.uri, async (db) => {
      for (let i = 0; i < 20; i++) {
        const id = `agency:crash-${i}`;
        await db.write('fixtures/merge-nodes', { rows: [agencyRow(id, `Thử ${i}`)] });
        acknowledged.push(id);
      }
    });
    await first.kill9();
    const second = await start(dir);
    await withDb(second.uri, async (db) => expect(await countNodes(db)).toBe(acknowledged.length));
    await second.stop();
  });

  it('reports a Bolt port already in use clearly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'akb-port-'));
    dirs.push(dir);
    const port = await freePort();
    const first = await start(dataDir, port);
    const err = await start(dir, port).catch((e) => e);
    expect(err).toBeInstanceOf(EmbeddedNeo4jError);
    expect(err.code).toBe('PORT_IN_USE');
    expect(err.message).toMatch(/port \d+ .* in use/i);
    await first.stop();
  });
});
