/**
 * `npm run bench:import [-- --size S|M|L] [--file F.ndjson] [--skip before,initial,online] [--engine] [--no-save]`:
 * loading the national generator's graph (`npm run generate`), the paths side by side in one run,
 * each on a fresh embedded Neo4j of its own (heap and page cache as below):
 * - initial: an empty data directory loaded through Neo4j's importer (`initialLoad`: the fixtures
 *   and the file validated and written as CSV, `neo4j-admin database import full`, start, schema
 *   and indexes online) — seconds to ready;
 * - online: `bulkImport` (all-or-nothing, eventually consistent full-text index) into a live
 *   database holding the fixtures — nodes/s and relationships/s (write time: reading and
 *   validating overlap it), and wall-clock seconds to the end (index refresh included);
 * - before: the bulk import as it was before issue 19 (bench/legacy-bulk.ts: MERGE per row in
 *   batches of 10,000, the full-text index updated in each commit), the same way;
 * - `--engine`: the engine's steps (read, dry run, one transaction, Excel) as measured for issue 8
 *   (they hold the whole file in memory: S and M only).
 * Peak resident memory of this process (sampled) and of Neo4j's JVM (VmHWM) for each path.
 * Goals (issue 19, at L on this machine): ready in ≤ 90 s from empty; online ≥ 50,000 nodes/s and
 * ≥ 100,000 relationships/s; peak Node RSS ≤ 1 GiB. The figures go to bench/results/<date>-<size>.json
 * under `import` (merged into the national bench's file of that day: `import.nodesPerS`,
 * `import.relationshipsPerS` for the online path, `import.initial.seconds` for the importer path)
 * and a table in bench/RESULTS.md.
 */
import { appendFileSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../server/src/config/config.js';
import { Database } from '../server/src/db/database.js';
import { loadFixtures } from '../server/src/fixtures/loader.js';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../server/src/neo4j/embedded.js';
import { waitForDatabase } from '../server/src/boot.js';
import { importBatch } from '../server/src/interop/engine.js';
import { bulkImport } from '../server/src/interop/bulk.js';
import { fixtureSource, initialLoad, ndjsonFileSource } from '../server/src/interop/initial-load.js';
import { ndjsonEntries, ndjsonEntryChunks, readNdjson } from '../server/src/interop/json.js';
import { readXlsx, writeXlsx } from '../server/src/interop/tabular/xlsx.js';
import type { GraphRecords } from '../server/src/interop/types.js';
import type { NodeRecord, RelRecord } from '../server/src/model/validate.js';
import { legacyBulkImport } from './legacy-bulk.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'M' },
    file: { type: 'string' },
    skip: { type: 'string', default: '' },
    engine: { type: 'boolean', default: false },
    'no-save': { type: 'boolean', default: false },
    'no-xlsx': { type: 'boolean', default: false },
  },
});
const size = values.size!.toUpperCase();
const FILE = values.file ?? join(ROOT, 'data', 'generated', `national-${size}.ndjson`);
const skip = new Set(values.skip!.split(',').filter(Boolean));
const HEAP_MB = 4096;
const PAGECACHE_MB = 2048;
/** Off-heap memory for Neo4j's importer (its id map and caches). */
const IMPORT_MEMORY_MB = 2048;
const GOALS = { initialSeconds: 90, nodesPerS: 50_000, relationshipsPerS: 100_000, nodeRssMiB: 1024 };

const mib = (b: number) => Math.round((b / 2 ** 20) * 10) / 10;
const seconds = (t: number) => (performance.now() - t) / 1000;
const rate = (n: number, s: number) => (s > 0 ? Math.round(n / s) : 0);
const r1 = (x: number) => Math.round(x * 10) / 10;

/** Peak RSS of this process over one path (sampled every 100 ms). */
function rssSampler() {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 100);
  return () => {
    clearInterval(timer);
    return mib(Math.max(peak, process.memoryUsage.rss()));
  };
}

function neo4jPeakMiB(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? r1(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

async function liveDatabase(fullTextAsBefore: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'akb-bench-import-'));
  const neo: EmbeddedNeo4j = await startEmbeddedNeo4j({ dataDir: dir, boltPort: await freePort(), pageCacheMb: PAGECACHE_MB, heapMb: HEAP_MB });
  const db = Database.connect({ uri: neo.uri });
  await waitForDatabase(db, 60_000);
  await db.applySchema();
  if (fullTextAsBefore) {
    // The full-text index as it was before issue 19: updated inside each commit.
    await db.autoCommit('bench/drop-search-index');
    await db.autoCommit('bench/search-index-consistent');
    await db.autoCommit('bench/await-indexes');
  }
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

function manifestCounts(): { nodes: number; relationships: number } | null {
  const m = FILE.replace(/\.ndjson$/, '.manifest.json');
  if (!existsSync(m)) return null;
  const c = (JSON.parse(readFileSync(m, 'utf8')) as { counts?: { nodes: number; relationships: number } }).counts;
  return c ? { nodes: c.nodes, relationships: c.relationships } : null;
}

async function main() {
  if (!existsSync(FILE)) {
    if (values.file) throw new Error(`no such file: ${FILE}`);
    console.log(`generating ${FILE}…`);
    execFileSync('npx', ['tsx', 'server/src/cli/generate.ts', '--size', size], { cwd: ROOT, stdio: 'inherit' });
  }
  const machine = {
    cores: cpus().length,
    memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
    neo4jHeapMb: HEAP_MB,
    neo4jPageCacheMb: PAGECACHE_MB,
    importerOffHeapMb: IMPORT_MEMORY_MB,
    node: process.version,
    loadAverageAtStart: loadavg().map((x) => +x.toFixed(2)),
  };
  console.log(`machine: ${JSON.stringify(machine)}; file ${FILE}`);
  const result: Record<string, unknown> = {};

  // 1. Empty database → Neo4j's importer → ready (schema, indexes online).
  let initial: Record<string, unknown> | null = null;
  const failures: Record<string, string> = {};
  if (!skip.has('initial')) initial = await initialPath().catch((e) => ((failures.initial = String((e as Error).stack ?? e)), console.error(e), null));

  async function initialPath() {
    const dir = mkdtempSync(join(tmpdir(), 'akb-bench-initial-'));
    const peak = rssSampler();
    const t = performance.now();
    let lastPhase = '';
    const { report, booted } = await initialLoad({
      dataDir: dir,
      boltPort: await freePort(),
      heapMb: HEAP_MB,
      pageCacheMb: PAGECACHE_MB,
      importMemoryMb: IMPORT_MEMORY_MB,
      sources: [fixtureSource({ examples: true }), ndjsonFileSource(FILE)],
      actor: 'bench',
      progress: (p) => {
        if (p.phase !== lastPhase) {
          console.log(`initial: ${p.phase} at ${seconds(t).toFixed(1)} s`);
          lastPhase = p.phase;
        }
      },
    });
    const s = seconds(t);
    const nodeRss = peak();
    if (!booted) throw new Error(`initial load refused the file: ${JSON.stringify(report.problems.slice(0, 3))}`);
    const neoPeak = neo4jPeakMiB(booted.embedded!.pid);
    const [counts] = await booted.db.read('test/graph-counts');
    await booted.shutdown();
    rmSync(dir, { recursive: true, force: true });
    const out = {
      seconds: r1(s),
      phases: Object.fromEntries(Object.entries(report.seconds).map(([k, v]) => [k, r1(v)])),
      nodes: Number(counts.nodes),
      relationships: Number(counts.relationships),
      recordsPerS: rate(report.nodes.written + report.relationships.written, s),
      followUps: report.followUps,
      peak: { nodeRssMiB: nodeRss, neo4jVmHwmMiB: neoPeak },
    };
    console.log(`initial (importer): ${JSON.stringify(out)}`);
    return out as Record<string, unknown>;
  }

  // 2. and 3. Online, into a live database with the fixtures: the new path, then today's.
  const online = async (label: string, before: boolean) => {
    const live = await liveDatabase(before);
    const peak = rssSampler();
    const t = performance.now();
    let last = 0;
    const input = createReadStream(FILE, { highWaterMark: 1 << 20 });
    const tick = (phase: string, done: number) => {
      if (done - last >= 100_000 || done < last) {
        console.log(`${label}: ${phase} ${done.toLocaleString('en')} at ${seconds(t).toFixed(1)} s`);
        last = done;
      }
    };
    const report = before
      ? await legacyBulkImport(live.db, ndjsonEntries(input, basename(FILE)), { batchSize: 10_000, progress: tick })
      : await bulkImport(live.db, ndjsonEntryChunks(input, basename(FILE)), {
          progress: (p) => tick(p.phase, p.phase === 'nodes' ? p.nodes : p.relationships),
        });
    const wall = seconds(t);
    const nodeRss = peak();
    const neoPeak = neo4jPeakMiB(live.neo.pid);
    await live.stop();
    const out = {
      nodesPerS: rate(report.nodes.written, report.seconds.nodes),
      relationshipsPerS: rate(report.relationships.written, report.seconds.relationships),
      wallSeconds: r1(wall),
      rowsPerSWall: rate(report.nodes.written + report.relationships.written, wall),
      nodes: report.nodes.written,
      relationships: report.relationships.written,
      rejected: report.nodes.rejected + report.relationships.rejected,
      seconds: Object.fromEntries(Object.entries(report.seconds).map(([k, v]) => [k, r1(v)])),
      transactions: report.transactions,
      peak: { nodeRssMiB: nodeRss, neo4jVmHwmMiB: neoPeak },
    };
    console.log(`${label}: ${JSON.stringify(out)}`);
    return out;
  };
  const attempt = <T>(name: string, work: () => Promise<T>) =>
    work().catch((e) => ((failures[name] = String((e as Error).stack ?? e)), console.error(e), null));
  const now = skip.has('online') ? null : await attempt('online', () => online('online', false));
  const before = skip.has('before') ? null : await attempt('before', () => online('before', true));

  // 4. The engine's steps (issue 8), S and M only.
  if (values.engine) result.engine = await engineSteps();

  const date = new Date().toISOString().slice(0, 10);
  const speedup = (a: number | undefined, b: number | undefined) => (a && b ? +(a / b).toFixed(2) : null);
  const imp = {
    file: basename(FILE),
    manifestCounts: manifestCounts(),
    ...(now ? { nodesPerS: now.nodesPerS, relationshipsPerS: now.relationshipsPerS, online: now } : {}),
    ...(initial ? { initial } : {}),
    ...(before ? { before } : {}),
    speedup: {
      nodes: speedup(now?.nodesPerS, before?.nodesPerS),
      relationships: speedup(now?.relationshipsPerS, before?.relationshipsPerS),
      wall: speedup(before?.wallSeconds, now?.wallSeconds),
    },
    machine: { ...machine, loadAverageAtEnd: loadavg().map((x) => +x.toFixed(2)) },
    ...(Object.keys(failures).length ? { failures } : {}),
  };
  console.log(JSON.stringify({ import: imp, ...result }, null, 2));
  if (values['no-save']) return;

  // Merged into the day's national results file (bench/national.ts writes the rest of it).
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${date}-${size}.json`);
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : { date, size };
  const merged = {
    ...previous,
    import: { ...((previous.import as Record<string, unknown>) ?? {}), ...imp },
    ...(result.engine ? { importEngine: result.engine } : {}),
  };
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  const m = `${machine.cores} cores, ${machine.memoryGiB} GiB, heap ${HEAP_MB} MB, page cache ${PAGECACHE_MB} MB, load ${machine.loadAverageAtStart[0]}→${imp.machine.loadAverageAtEnd[0]}`;
  const verdict = (v: number | undefined, goal: number, higher: boolean) =>
    v === undefined ? 'not measured' : (higher ? v >= goal : v <= goal) ? 'met' : `missed by ${(higher ? goal / v : v / goal).toFixed(1)}×`;
  const fmt = (n: number | undefined) => (n === undefined ? '—' : n.toLocaleString('en'));
  const peakNode = Math.max(now?.peak.nodeRssMiB ?? 0, (initial?.peak as { nodeRssMiB: number } | undefined)?.nodeRssMiB ?? 0);
  appendFileSync(
    join(ROOT, 'bench', 'RESULTS.md'),
    `\n### Import, ${size} (${basename(FILE)}) — ${date}, ${m}\n\n` +
      `\`npm run bench:import -- --size ${size}\`: each path on its own fresh embedded Neo4j, one run; rates are rows written per second of write time.\n\n` +
      `| path | measurement | result | before issue 19 (same run) | goal (at L) | verdict |\n| --- | --- | --- | --- | --- | --- |\n` +
      (initial
        ? `| empty database, Neo4j importer | seconds to ready (indexes online) | ${initial.seconds} (${JSON.stringify(initial.phases)}) | ${before ? `${before.wallSeconds} (online bulk, old)` : '—'} | ≤ 90 s | ${verdict(initial.seconds as number, GOALS.initialSeconds, false)} |\n`
        : '') +
      (now
        ? `| online bulk | nodes/s | ${fmt(now.nodesPerS)} | ${fmt(before?.nodesPerS)} | ≥ 50,000 | ${verdict(now.nodesPerS, GOALS.nodesPerS, true)} |\n` +
          `| online bulk | relationships/s | ${fmt(now.relationshipsPerS)} | ${fmt(before?.relationshipsPerS)} | ≥ 100,000 | ${verdict(now.relationshipsPerS, GOALS.relationshipsPerS, true)} |\n` +
          `| online bulk | wall seconds (index refresh included) | ${now.wallSeconds} | ${before?.wallSeconds ?? '—'} | | |\n`
        : '') +
      `| either | peak Node RSS (MiB) | ${peakNode} | ${before?.peak.nodeRssMiB ?? '—'} | ≤ 1024 | ${verdict(peakNode, GOALS.nodeRssMiB, false)} |\n`,
  );
  console.log(`wrote ${file} and a table in bench/RESULTS.md`);
  if (Object.keys(failures).length) process.exitCode = 1;
}

/** Issue 8's measurements: parse, dry run, one transaction, Excel — the whole file in memory. */
async function engineSteps() {
  let t = performance.now();
  const batch = await readNdjson(createReadStream(FILE), basename(FILE));
  const readS = seconds(t);
  const nodes = batch.nodes.length;
  const rels = batch.relationships.length;
  const a = await liveDatabase(false);
  try {
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
    await importBatch(a.db, batch, { dryRun: true, mode: 'all-or-nothing', actor: 'bench', progress });
    const dryS = seconds(t);
    phase = '';
    t = performance.now();
    await importBatch(a.db, batch, { dryRun: false, mode: 'all-or-nothing', actor: 'bench', progress });
    progress('end');
    const realS = seconds(t);
    const writeS = phases.write ?? realS;
    let xlsx: { rows: number; writeS: number; readS: number } | null = null;
    if (!values['no-xlsx']) {
      const records: GraphRecords = {
        nodes: batch.nodes.map((n) => n.record as NodeRecord),
        relationships: batch.relationships.map((r) => r.record as RelRecord),
      };
      t = performance.now();
      const buf = await writeXlsx(records);
      const w = seconds(t);
      t = performance.now();
      const back = await readXlsx(buf, basename(FILE).replace(/\.ndjson$/, '.xlsx'));
      xlsx = { rows: back.nodes.length + back.relationships.length, writeS: r1(w), readS: r1(seconds(t)) };
    }
    const out = {
      read: { seconds: r1(readS), rowsPerS: rate(nodes + rels, readS) },
      validate: { seconds: r1(dryS), rowsPerS: rate(nodes + rels, dryS) },
      oneTransaction: { seconds: r1(realS), writeSeconds: r1(writeS), recordsPerS: rate(nodes + rels, writeS) },
      xlsx,
    };
    console.log(`engine: ${JSON.stringify(out)}`);
    return out;
  } finally {
    await a.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
