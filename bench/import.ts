/**
 * `npm run bench:import [-- --size S|M] [--no-save]`: import speed on the national generator's
 * graph (`npm run generate`), side by side in one run on a fresh embedded Neo4j:
 * - read: NDJSON parsed into records (rows/s);
 * - validate: the engine's dry run over all records (resolve, validate, compare with the stored
 *   graph; rows/s);
 * - write, all-or-nothing: `importBatch` of everything in one transaction (nodes/s, rels/s);
 * - write, bulk: `bulkImport` in batches that commit one by one, into a second fresh database
 *   (nodes/s, rels/s);
 * - Excel: the same records written as a workbook (the template's layout) and read back (rows/s);
 * - peak resident memory of this process and of Neo4j (VmHWM).
 * Goal (issue 8): ≥ 50k nodes/s and ≥ 100k relationships/s written.
 */
import { appendFileSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../server/src/config/config.js';
import { Database } from '../server/src/db/database.js';
import { loadFixtures } from '../server/src/fixtures/loader.js';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../server/src/neo4j/embedded.js';
import { waitForDatabase } from '../server/src/boot.js';
import { importBatch } from '../server/src/interop/engine.js';
import { bulkImport } from '../server/src/interop/bulk.js';
import { ndjsonEntries, readNdjson } from '../server/src/interop/json.js';
import { readXlsx, writeXlsx } from '../server/src/interop/tabular/xlsx.js';
import type { GraphRecords } from '../server/src/interop/types.js';
import type { NodeRecord, RelRecord } from '../server/src/model/validate.js';

const { values } = parseArgs({ options: { size: { type: 'string', default: 'M' }, 'no-save': { type: 'boolean', default: false }, 'no-xlsx': { type: 'boolean', default: false } } });
const size = values.size!.toUpperCase();
const FILE = join(ROOT, 'data', 'generated', `national-${size}.ndjson`);
const HEAP_MB = 4096;
const PAGECACHE_MB = 2048;

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const mb = (b: number) => Math.round(b / 2 ** 20);

function neo4jPeakMb(neo: EmbeddedNeo4j): number | null {
  const pid = neo.pid;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

async function freshDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'akb-bench-import-'));
  const neo = await startEmbeddedNeo4j({ dataDir: dir, boltPort: await freePort(), pageCacheMb: PAGECACHE_MB, heapMb: HEAP_MB });
  const db = Database.connect({ uri: neo.uri });
  await waitForDatabase(db, 60_000);
  await db.applySchema();
  await loadFixtures(db, { examples: true });
  return {
    db,
    neo,
    stop: async () => {
      await db.close();
      await neo.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const seconds = (t: number) => (performance.now() - t) / 1000;
const rate = (n: number, s: number) => Math.round(n / s);

async function main() {
  if (!existsSync(FILE)) {
    console.log(`generating ${FILE}…`);
    execFileSync('npx', ['tsx', 'server/src/cli/generate.ts', '--size', size], { cwd: ROOT, stdio: 'inherit' });
  }
  const machine = { cores: cpus().length, memoryGiB: +(totalmem() / 2 ** 30).toFixed(1), neo4jHeapMb: HEAP_MB, neo4jPageCacheMb: PAGECACHE_MB, node: process.version, loadAverageAtStart: loadavg().map((x) => +x.toFixed(2)) };
  console.log(`machine: ${JSON.stringify(machine)}`);

  // 1. Read.
  let t = performance.now();
  const batch = await readNdjson(createReadStream(FILE), `national-${size}.ndjson`);
  const readS = seconds(t);
  const nodes = batch.nodes.length;
  const rels = batch.relationships.length;
  console.log(`read ${nodes} nodes + ${rels} relationships in ${readS.toFixed(1)} s (${rate(nodes + rels, readS)} rows/s)`);

  // 2. Validate (dry run) and 3. write all-or-nothing, on one fresh database.
  const a = await freshDatabase();
  const phases: Record<string, number> = {};
  let phaseStart = performance.now();
  let phase = '';
  const progress = (p: string) => {
    if (p !== phase) {
      if (phase) phases[phase] = (phases[phase] ?? 0) + seconds(phaseStart);
      phase = p;
      phaseStart = performance.now();
    }
  };
  t = performance.now();
  const dry = await importBatch(a.db, batch, { dryRun: true, mode: 'all-or-nothing', actor: 'bench', progress });
  const dryS = seconds(t);
  console.log(`validate (dry run): ${dryS.toFixed(1)} s (${rate(nodes + rels, dryS)} rows/s); rejected ${dry.nodes.rejected + dry.relationships.rejected}`);
  phase = '';
  t = performance.now();
  const real = await importBatch(a.db, batch, { dryRun: false, mode: 'all-or-nothing', actor: 'bench', progress });
  progress('end');
  const realS = seconds(t);
  const writeS = phases.write ?? realS;
  console.log(`import, one transaction: ${realS.toFixed(1)} s total, write phase ${writeS.toFixed(1)} s → ${rate(nodes + rels, writeS)} records/s written (written: ${real.written})`);
  const neoPeakA = neo4jPeakMb(a.neo);
  await a.stop();

  // 4. Bulk on another fresh database.
  const b = await freshDatabase();
  t = performance.now();
  const bulk = await bulkImport(b.db, ndjsonEntries(createReadStream(FILE), `national-${size}.ndjson`), { batchSize: 10_000 });
  const bulkS = seconds(t);
  console.log(`bulk: ${bulkS.toFixed(1)} s; nodes ${rate(bulk.nodes.written, bulk.seconds.nodes)}/s, relationships ${rate(bulk.relationships.written, bulk.seconds.relationships)}/s (write time only), ${bulk.transactions} transactions`);
  const neoPeakB = neo4jPeakMb(b.neo);
  await b.stop();

  // 5. Excel: the same records as a workbook, then read back.
  let xlsx: { rows: number; writeS: number; readS: number; bytes: number } | null = null;
  if (!values['no-xlsx']) {
    const records: GraphRecords = { nodes: batch.nodes.map((n) => n.record as NodeRecord), relationships: batch.relationships.map((r) => r.record as RelRecord) };
    t = performance.now();
    const buf = await writeXlsx(records);
    const w = seconds(t);
    t = performance.now();
    const back = await readXlsx(buf, `national-${size}.xlsx`);
    const r = seconds(t);
    xlsx = { rows: back.nodes.length + back.relationships.length, writeS: +w.toFixed(1), readS: +r.toFixed(1), bytes: buf.length };
    console.log(`xlsx: ${mb(buf.length)} MB written in ${w.toFixed(1)} s, read back ${xlsx.rows} rows in ${r.toFixed(1)} s (${rate(xlsx.rows, r)} rows/s), ${back.problems.length} problems`);
  }

  clearInterval(sampler);
  const result = {
    date: new Date().toISOString().slice(0, 10),
    size,
    machine: { ...machine, loadAverageAtEnd: loadavg().map((x) => +x.toFixed(2)) },
    nodes,
    relationships: rels,
    read: { seconds: +readS.toFixed(2), rowsPerSecond: rate(nodes + rels, readS) },
    validate: { seconds: +dryS.toFixed(2), rowsPerSecond: rate(nodes + rels, dryS) },
    oneTransaction: { seconds: +realS.toFixed(2), writeSeconds: +writeS.toFixed(2), recordsPerSecondWritten: rate(nodes + rels, writeS) },
    bulk: { seconds: +bulkS.toFixed(2), nodesPerSecond: rate(bulk.nodes.written, bulk.seconds.nodes), relationshipsPerSecond: rate(bulk.relationships.written, bulk.seconds.relationships), transactions: bulk.transactions },
    xlsx,
    peakMemoryMb: { bench: mb(peakRss), neo4jOneTransaction: neoPeakA, neo4jBulk: neoPeakB },
  };
  console.log(JSON.stringify(result, null, 2));
  if (!values['no-save']) {
    const dir = join(ROOT, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${result.date}-import-${size}.json`), JSON.stringify(result, null, 2));
    const m = `${machine.cores} cores, ${machine.memoryGiB} GiB, heap ${HEAP_MB} MB, page cache ${PAGECACHE_MB} MB, load ${machine.loadAverageAtStart[0]}→${result.machine.loadAverageAtEnd[0]}`;
    const goal = (n: number, g: number) => (n >= g ? 'met' : `missed (${(g / n).toFixed(1)}× short)`);
    appendFileSync(
      join(ROOT, 'bench', 'RESULTS.md'),
      `\n### Import, ${size} (${nodes} nodes, ${rels} relationships) — ${result.date}, ${m}\n\n` +
        `| step | seconds | rate | goal |\n| --- | --- | --- | --- |\n` +
        `| read NDJSON | ${result.read.seconds} | ${result.read.rowsPerSecond} rows/s | |\n` +
        `| validate (dry run) | ${result.validate.seconds} | ${result.validate.rowsPerSecond} rows/s | |\n` +
        `| write, one transaction | ${result.oneTransaction.writeSeconds} | ${result.oneTransaction.recordsPerSecondWritten} records/s | |\n` +
        `| write, bulk: nodes | ${bulk.seconds.nodes.toFixed(1)} | ${result.bulk.nodesPerSecond} nodes/s | ≥ 50,000: ${goal(result.bulk.nodesPerSecond, 50_000)} |\n` +
        `| write, bulk: relationships | ${bulk.seconds.relationships.toFixed(1)} | ${result.bulk.relationshipsPerSecond} rels/s | ≥ 100,000: ${goal(result.bulk.relationshipsPerSecond, 100_000)} |\n` +
        (xlsx ? `| Excel write / read back | ${xlsx.writeS} / ${xlsx.readS} | ${rate(xlsx.rows, xlsx.readS)} rows/s read | |\n` : '') +
        `\nPeak memory: bench process ${result.peakMemoryMb.bench} MB; Neo4j ${neoPeakA ?? '?'} MB (one transaction), ${neoPeakB ?? '?'} MB (bulk).\n`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
