/**
 * Crash safety: writes stream into an embedded Neo4j, the ids each acknowledged commit wrote are
 * recorded, then Neo4j is killed with SIGKILL mid-stream (the writer with it, as a crashed server
 * would be). After a restart on the same data directory every acknowledged write is there with its
 * audit event, and nothing is half-written: no node without its audit event, none twice.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../server/src/db/database.js';
import { GraphMutations } from '../server/src/graph/mutations.js';
import { freePort, startEmbeddedNeo4j } from '../server/src/neo4j/embedded.js';
import { waitForDatabase } from '../server/src/boot.js';

const dir = mkdtempSync(join(tmpdir(), 'akb-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crash safety', () => {
  it('after kill -9 mid-stream, every acknowledged write is present and nothing is half-written', async () => {
    const port = await freePort();
    const neo = await startEmbeddedNeo4j({ dataDir: dir, boltPort: port, pageCacheMb: 64, heapMb: 384 });
    let db = Database.connect({ uri: neo.uri });
    await waitForDatabase(db, 60_000);
    await db.applySchema();
    const mutations = new GraphMutations(db);
    const acknowledged: string[] = [];
    let stop = false;
    // Four writers in parallel, each write one transaction: the node and its audit event.
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const id = `component:test-crash-${w}-${i}`;
        try {
          await mutations.createNode(
            { name: 'crash-test' },
            { id, kind: 'Component', name: `Crash ${w}.${i}`, componentKind: 'system', level: 'province', provenance: 'example' },
          );
          acknowledged.push(id);
        } catch {
          return; // the database went away: this write was never acknowledged
        }
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    // Kill mid-stream: once a good number of writes are acknowledged (a slow machine takes longer to warm up).
    for (const deadline = Date.now() + 60_000; acknowledged.length < 20 && Date.now() < deadline;) await new Promise((r) => setTimeout(r, 50));
    await neo.kill9();
    stop = true;
    await Promise.all(writers);
    await db.close().catch(() => {});
    expect(acknowledged.length).toBeGreaterThan(10);

    const again = await startEmbeddedNeo4j({ dataDir: dir, boltPort: port, pageCacheMb: 64, heapMb: 384 });
    db = Database.connect({ uri: again.uri });
    try {
      await waitForDatabase(db, 60_000);
      const rows = await db.read('test/crash-check', { ids: acknowledged });
      const missing = rows.filter((r) => !r.present).map((r) => r.id);
      expect(missing).toEqual([]);
      for (const r of rows) expect(Number(r.audits), String(r.id)).toBe(1);
      // Whatever else got in (committed but not yet acknowledged) is whole too.
      const all = await db.read('test/count-crash-nodes');
      expect(all.length).toBeGreaterThanOrEqual(acknowledged.length);
      for (const r of all) expect(Number(r.audits), String(r.id)).toBe(1);
    } finally {
      await db.close();
      await again.stop();
    }
  }, 180_000);
});
