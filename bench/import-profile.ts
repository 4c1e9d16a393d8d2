/**
 * `npx tsx bench/import-profile.ts [--file F | --size M] [--nodes N] [--rels N]`: where the online
 * bulk import's write time goes, and the measurements its batch size and queries were chosen by.
 * Records of the generated national file, written exactly as the bulk import writes them, into a
 * fresh database with akb's schema; one variant at a time, side by side in one run:
 * - nodes: MERGE as before issue 19 with the full-text index updated in each commit; the same
 *   with the index eventually consistent; CREATE after a lookup of the batch's ids (as bulkImport
 *   does) at 10k, 25k and 50k rows per batch;
 * - relationships: MERGE matching both ends by id on every row (before issue 19); CREATE matching
 *   by id on every row; CREATE with the ends looked up once per batch and reached by elementId;
 *   the same with the references this import's node writes returned (no lookup); at 10k, 25k, 50k.
 * Rows per second for each (eventually consistent variants include the final index refresh).
 */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../server/src/config/config.js';
import { Database } from '../server/src/db/database.js';
import { loadFixtures } from '../server/src/fixtures/loader.js';
import { nodeRow, relRow } from '../server/src/graph/rows.js';
import { ndjsonEntries } from '../server/src/interop/json.js';
import type { NodeRecord, RelRecord } from '../server/src/model/validate.js';
import { freePort, startEmbeddedNeo4j } from '../server/src/neo4j/embedded.js';
import { waitForDatabase } from '../server/src/boot.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const file = arg('file', join(ROOT, 'data', 'generated', `national-${arg('size', 'M')}.ndjson`));
const nodeLimit = Number(arg('nodes', '1000000000'));
const relLimit = Number(arg('rels', '1000000000'));

async function main() {
  const nodes: ReturnType<typeof nodeRow>[] = [];
  const rels: ReturnType<typeof relRow>[] = [];
  for await (const e of ndjsonEntries(createReadStream(file), file)) {
    if ('node' in e && nodes.length < nodeLimit) {
      const r = e.node.record as NodeRecord;
      nodes.push(nodeRow({ ...r, name: r.name.normalize('NFC') }));
    } else if ('relationship' in e && rels.length < relLimit) rels.push(relRow(e.relationship.record as RelRecord));
  }
  const loaded = new Set(nodes.map((n) => n.id));
  const usable = rels.filter((r) => (loaded.has(r.from) || !r.from.includes(':gen-')) && (loaded.has(r.to) || !r.to.includes(':gen-')));
  const dir = mkdtempSync(join(tmpdir(), 'akb-import-profile-'));
  const neo = await startEmbeddedNeo4j({ dataDir: dir, boltPort: await freePort(), pageCacheMb: 2048, heapMb: 2048 });
  const db = Database.connect({ uri: neo.uri });
  console.log(`${cpus().length} cores, load ${loadavg()[0].toFixed(1)}; ${nodes.length} nodes and ${usable.length} relationships of ${file}`);
  const batches = <T>(rows: T[], size: number) => Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));
  const timed = async (label: string, n: number, work: () => Promise<void>) => {
    const t = performance.now();
    await work();
    const s = (performance.now() - t) / 1000;
    console.log(`${label.padEnd(64)} ${s.toFixed(1).padStart(6)} s ${String(Math.round(n / s)).padStart(8)} rows/s (load ${loadavg()[0].toFixed(1)})`);
  };
  const write = (name: string, params: Record<string, unknown>) => db.writeTransaction((tx) => (tx.changed({ none: true }), tx.run(name, params)), 300_000);
  try {
    await waitForDatabase(db, 120_000);
    await db.applySchema();
    const searchIndex = async (variant: 'consistent' | 'eventual') => {
      await db.autoCommit('bench/drop-search-index');
      await db.autoCommit(`bench/search-index-${variant}`);
    };
    const refresh = () => db.autoCommit('search/await-refresh');

    // Nodes.
    const mergeNodes = async () => {
      for (const b of batches(nodes, 10_000)) await write('fixtures/merge-nodes', { rows: b });
    };
    const createNodes = (size: number) => async () => {
      for (const b of batches(nodes, size))
        await db.writeTransaction(async (tx) => {
          tx.changed({ none: true });
          await tx.run('bulk/node-refs', { ids: b.map((r) => r.id) });
          await tx.run('bench/create-nodes-no-ref', { rows: b.map((r) => ({ kind: r.kind, props: r.props })) });
        }, 300_000);
      await refresh();
    };
    const variant = async (label: string, index: 'consistent' | 'eventual', work: () => Promise<void>) => {
      await db.autoCommit('admin/wipe');
      await searchIndex(index);
      await timed(label, nodes.length, work);
    };
    await variant('nodes: MERGE, index in the commit (warm-up)', 'consistent', mergeNodes);
    await variant('nodes: MERGE, index in the commit (before issue 19)', 'consistent', mergeNodes);
    await variant('nodes: MERGE, index eventually consistent', 'eventual', async () => {
      await mergeNodes();
      await refresh();
    });
    for (const size of [10_000, 25_000, 50_000]) await variant(`nodes: lookup + CREATE, eventually consistent, ${size / 1000}k`, 'eventual', createNodes(size));

    // Relationships, over the same nodes (created once more, keeping their references).
    await db.autoCommit('admin/wipe');
    await loadFixtures(db, { examples: true });
    const refs = new Map<string, string>();
    for (const b of batches(nodes, 25_000)) {
      const out = await write('bulk/create-nodes', { rows: b.map((r) => ({ kind: r.kind, props: r.props })) });
      out.forEach((row, i) => refs.set(b[i].id, row.ref as string));
    }
    await refresh();
    const relVariant = async (label: string, work: () => Promise<void>) => {
      await db.autoCommit('bench/delete-relationships');
      await timed(label, usable.length, work);
    };
    await relVariant('relationships: MERGE, ends by id per row (before issue 19)', async () => {
      for (const b of batches(usable, 10_000)) await write('fixtures/merge-relationships', { rows: b });
    });
    await relVariant('relationships: CREATE, ends by id per row', async () => {
      for (const b of batches(usable, 10_000)) await write('interop/create-relationships', { rows: b });
    });
    for (const size of [10_000, 25_000, 50_000])
      await relVariant(`relationships: CREATE, ends looked up once per batch, ${size / 1000}k`, async () => {
        for (const b of batches(usable, size))
          await db.writeTransaction(async (tx) => {
            tx.changed({ none: true });
            const ids = [...new Set(b.flatMap((r) => [r.from, r.to]))];
            const found = new Map((await tx.run('bulk/node-refs', { ids })).map((r) => [r.id as string, r.ref as string]));
            await tx.run('bulk/create-relationships', { rows: b.map((r) => ({ a: found.get(r.from), b: found.get(r.to), type: r.type, props: r.props })) });
          }, 300_000);
      });
    const fixtureRefs = new Map(
      (await db.read('bulk/node-refs', { ids: [...new Set(usable.flatMap((r) => [r.from, r.to]))].filter((id) => !refs.has(id)) })).map((r) => [
        r.id as string,
        r.ref as string,
      ]),
    );
    const refOf = (id: string) => refs.get(id) ?? fixtureRefs.get(id);
    for (const size of [10_000, 25_000, 50_000])
      await relVariant(`relationships: CREATE, ends by the references node writes returned, ${size / 1000}k`, async () => {
        for (const b of batches(usable, size))
          await write('bulk/create-relationships', { rows: b.map((r) => ({ a: refOf(r.from), b: refOf(r.to), type: r.type, props: r.props })) });
      });
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
