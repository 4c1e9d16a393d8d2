import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../server/src/db/database.js';
import { freePort, startEmbeddedNeo4j } from '../server/src/neo4j/embedded.js';
import { createApp } from '../server/src/http/app.js';
import { gql, TEST_HOSTS, testApp, testDb } from './setup/db.js';

const db = testDb();
afterAll(() => db.close());

describe('HTTP surface', () => {
  it('answers GraphQL through yoga.fetch (no port)', async () => {
    const yoga = testApp(db);
    const r = await gql<{ stats: { nodes: number }; health: { database: boolean } }>(yoga, '{ stats { nodes } health { database } }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.health.database).toBe(true);
    expect(r.data!.stats.nodes).toBeGreaterThan(0);
  });

  it('serves GraphiQL at /graphql for a browser', async () => {
    const res = await testApp(db).fetch('http://akb.test/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('akb GraphQL');
  });

  it('/health, /ready and GraphQL are 503 while Neo4j is down (fast, with a clear code) and serve again when it is back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'akb-health-'));
    const port = await freePort();
    const neo = await startEmbeddedNeo4j({ dataDir: dir, boltPort: port, pageCacheMb: 64, heapMb: 384 });
    const own = Database.connect({ uri: neo.uri });
    const yoga = createApp({ db: own, allowedHosts: TEST_HOSTS });
    try {
      // A fresh Neo4j's first query can take longer than the 2 s ping on a loaded machine: poll.
      await expect.poll(async () => (await yoga.fetch('http://akb.test/health')).status, { timeout: 30_000, interval: 500 }).toBe(200);
      expect((await yoga.fetch('http://akb.test/ready')).status).toBe(503); // schema not applied yet
      await own.applySchema();
      expect((await yoga.fetch('http://akb.test/ready')).status).toBe(200);
      await neo.stop();
      const down = await yoga.fetch('http://akb.test/health');
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ database: false });
      expect((await yoga.fetch('http://akb.test/ready')).status).toBe(503);
      // GraphQL fails fast with 503 and a clear code while Neo4j is away.
      const started = Date.now();
      const q = await yoga.fetch('http://akb.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ search(text: "LGSP") { node { id } } }' }),
      });
      expect(q.status).toBe(503);
      expect(((await q.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(15_000);
      const again = await startEmbeddedNeo4j({ dataDir: dir, boltPort: port, pageCacheMb: 64, heapMb: 384 });
      try {
        await expect.poll(async () => (await yoga.fetch('http://akb.test/health')).status, { timeout: 30_000, interval: 500 }).toBe(200);
        // …and the same server serves again by itself.
        const back = await yoga.fetch('http://akb.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ stats { nodes } }' }),
        });
        expect(back.status).toBe(200);
      } finally {
        await again.stop();
      }
    } finally {
      await own.close();
      await neo.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
