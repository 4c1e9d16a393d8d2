/**
 * `npx tsx bench/import-profile.ts [--size M] [--nodes 50000]`: where the node import's time goes.
 * The first `--nodes` node records of the generated file, written in batches of 10,000 exactly as
 * `bulkImport` writes them (fixtures/merge-nodes in a write transaction), into a fresh database
 * with akb's schema, wiped between variants: as is (twice, the first a warm-up), without the
 * full-text index (node_search), and then CREATE instead of MERGE. Nodes per second for each.
 */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../server/src/config/config.js';
import { Database } from '../server/src/db/database.js';
import { nodeRow } from '../server/src/fixtures/loader.js';
import { ndjsonEntries } from '../server/src/interop/json.js';
import type { NodeRecord } from '../server/src/model/validate.js';
import { freePort, startEmbeddedNeo4j } from '../server/src/neo4j/embedded.js';
import { waitForDatabase } from '../server/src/boot.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const size = arg('size', 'M');
const limit = Number(arg('nodes', '50000'));

async function main() {
  const rows: ReturnType<typeof nodeRow>[] = [];
  for await (const e of ndjsonEntries(createReadStream(join(ROOT, 'data', 'generated', `national-${size}.ndjson`)), size)) {
    if (!('node' in e)) break;
    const r = e.node.record as NodeRecord;
    rows.push(nodeRow({ ...r, name: r.name.normalize('NFC') }));
    if (rows.length >= limit) break;
  }
  const dir = mkdtempSync(join(tmpdir(), 'akb-import-profile-'));
  const neo = await startEmbeddedNeo4j({ dataDir: dir, boltPort: await freePort(), pageCacheMb: 1024, heapMb: 2048 });
  const db = Database.connect({ uri: neo.uri });
  console.log(`${cpus().length} cores, load ${loadavg()[0].toFixed(1)}; ${rows.length} node records of national-${size}`);
  try {
    await waitForDatabase(db, 120_000);
    await db.applySchema();
    const run = async (label: string, name: string) => {
      await db.autoCommit('admin/wipe');
      const t = performance.now();
      for (let i = 0; i < rows.length; i += 10_000) await db.writeTransaction((tx) => tx.run(name, { rows: rows.slice(i, i + 10_000) }), 300_000);
      const s = (performance.now() - t) / 1000;
      console.log(`${label.padEnd(44)} ${s.toFixed(1)} s, ${Math.round(rows.length / s)} nodes/s (load ${loadavg()[0].toFixed(1)})`);
    };
    await run('merge-nodes, warm-up', 'fixtures/merge-nodes');
    await run('merge-nodes (as bulkImport)', 'fixtures/merge-nodes');
    await db.autoCommit('bench/drop-search-index');
    await run('merge-nodes, no full-text index', 'fixtures/merge-nodes');
    await run('create-nodes, no full-text index', 'bench/create-nodes');
  } finally {
    await db.close();
    await neo.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
