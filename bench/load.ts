/**
 * `npm run bench:load [-- --size M] [--seconds 60] [--connections 64]`: the akb server under mixed
 * load over loopback HTTP, bounded in time. This process runs Neo4j (embedded) and the server
 * (createApp on node:http with its analysis graph, as `npm start` serves it, load shedding on); the load generator
 * (bench/load-client.ts, autocannon) is a separate process, so the two do not share a CPU
 * budget. Traffic: search, impact, neighbourhood (reads, anonymous-free with an editor token) and
 * node updates (writes, each one transaction with its audit event).
 *
 * `--size S|M|L`: the generated national graph (`npm run generate -- --size M`, written first when
 * missing) bulk-loaded on the fixtures, as README "National scale" does; without it, the fixtures.
 * `--data-dir DIR`: keep the database there and reuse it next time (the load step is skipped when
 * it already holds the graph). Reports errors, latency p50/p99 and throughput overall and per kind,
 * and the CPU each process used; writes bench/results/<date>-load[-<size>].json and appends a row to
 * bench/RESULTS.md. Goal (issue 16, at size M): 0 errors, p99 ≤ 200 ms, ≥ 1,000 req/s.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../server/src/config/config.js';
import { Database } from '../server/src/db/database.js';
import { loadFixtures } from '../server/src/fixtures/loader.js';
import { freePort, startEmbeddedNeo4j } from '../server/src/neo4j/embedded.js';
import { waitForDatabase } from '../server/src/boot.js';
import { createApp } from '../server/src/http/app.js';
import { LIMITS } from '../server/src/http/security.js';
import { TokenStore } from '../server/src/auth/tokens.js';
import { bulkImport } from '../server/src/interop/bulk.js';
import { ndjsonEntries } from '../server/src/interop/json.js';
import { AnalysisService } from '../server/src/analysis/service.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '64' },
    size: { type: 'string' },
    file: { type: 'string' },
    'data-dir': { type: 'string' },
    heap: { type: 'string' },
    pagecache: { type: 'string' },
    'max-concurrent': { type: 'string' },
    tag: { type: 'string' },
    'no-save': { type: 'boolean', default: false },
    'no-writes': { type: 'boolean', default: false },
    /** Only these kinds of the mix (search,impact,neighbourhood,write), to see what each costs alone. */
    kinds: { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const size = values.size?.toUpperCase();
if (size && !['S', 'M', 'L'].includes(size)) throw new Error(`--size: S, M or L, not ${values.size}`);
const heapMb = Number(values.heap ?? (size ? 2048 : 1024));
const pageCacheMb = Number(values.pagecache ?? (size ? 2048 : 512));
const GOAL = { p99Ms: 200, perSecond: 1000 };

const search = (t: string) => ({ query: 'query($t: String!) { search(text: $t) { node { id name } } }', variables: { t } });
/** The mix of today's bench (issue 7), unchanged so the figures compare: 2 searches, 2 impacts, 1 neighbourhood per 5 reads. */
const READS = [
  { name: 'search', body: search('dan cu') },
  { name: 'search', body: search('LGSP') },
  { name: 'impact', body: { query: '{ impact(id: "component:qng-lgsp", direction: DEPENDENTS, maxDepth: 3) { total affected { depth node { id } } } }' } },
  { name: 'impact', body: { query: '{ impact(id: "ndb:dan-cu", direction: DEPENDENTS, maxDepth: 3) { total } }' } },
  { name: 'neighbourhood', body: { query: '{ neighbourhood(id: "component:qng-httt-gq-tthc", depth: 1) { nodes { id } edges { id } } }' } },
];
const WRITE = {
  name: 'write',
  body: {
    query: 'mutation($id: ID!, $d: String!) { updateNode(id: $id, patch: { description: $d }) { id } }',
    variables: { id: 'component:qng-ex-ho-tich', d: 'tải {i}' },
  },
};

const cpuSeconds = (pid: number) => {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return NaN;
  }
};

async function loadGraph(db: Database, dataDir: string) {
  await db.applySchema();
  const [{ count }] = await db.read('admin/count-nodes');
  if (Number(count) > 0) {
    console.log(`database in ${dataDir} already holds ${count} nodes: not loading again`);
    return;
  }
  await loadFixtures(db, { examples: true });
  if (!size) return;
  const file = values.file ? resolve(values.file) : join(ROOT, 'data', 'generated', `national-${size}.ndjson`);
  if (!existsSync(file)) {
    console.log(`${file} missing: running the generator (size ${size})`);
    const g = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'server', 'src', 'cli', 'generate.ts'), '--size', size, '--out', file], {
      stdio: 'inherit',
      cwd: ROOT,
    });
    if (g.status !== 0) throw new Error(`the generator failed (exit ${g.status})`);
  }
  const t0 = Date.now();
  const report = await bulkImport(db, ndjsonEntries(createReadStream(file), basename(file)), { batchSize: 10_000 });
  console.log(
    `loaded ${report.nodes.written} nodes and ${report.relationships.written} relationships from ${basename(file)} in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  );
}

interface ClientResult {
  requests: number;
  throughputPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  perKind: Record<string, { requests: number; p50: number; p99: number; max: number; statuses: Record<string, number> }>;
  clientCpuSeconds: number;
}

/** Runs the load generator in its own process and returns its summary. */
function runClient(job: object): Promise<ClientResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'bench', 'load-client.ts'), JSON.stringify(job)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      try {
        resolvePromise(JSON.parse(line) as ClientResult);
      } catch {
        reject(new Error(`the load generator exited ${code} without a result: ${out.slice(-500)}`));
      }
    });
  });
}

async function main() {
  const keep = values['data-dir'] ? resolve(values['data-dir']) : null;
  const dataDir = keep ?? mkdtempSync(join(tmpdir(), 'akb-load-'));
  mkdirSync(dataDir, { recursive: true });
  const neo = await startEmbeddedNeo4j({ dataDir, boltPort: await freePort(), pageCacheMb, heapMb, timeoutMs: 300_000 });
  const db = Database.connect({ uri: neo.uri });
  try {
    await waitForDatabase(db, 120_000);
    await loadGraph(db, dataDir);
    const [{ count: nodes }] = await db.read('admin/count-nodes');
    const { token } = await new TokenStore(db).create({ name: 'bench', role: 'admin', tokenId: null }, { role: 'editor', name: 'bench-load' });
    // One client at this rate is (rightly) over the per-caller rate limit: lift it for the measurement.
    // Load shedding stays as configured: it is part of what is measured.
    const concurrency = values['max-concurrent'] ? { ...LIMITS.concurrency, limit: Number(values['max-concurrent']) } : LIMITS.concurrency;
    // As `npm start` serves: with the in-memory analysis graph (impact, neighbourhood), built before measuring.
    const t0 = Date.now();
    const analysis = new AnalysisService(db).start();
    await analysis.ready();
    console.log(`analysis graph ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const yoga = createApp({ db, analysis, quiet: true, rateLimit: { requests: 100_000_000, windowMs: 60_000 }, concurrency });
    const server = createServer(yoga);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    // Warm up (query plans, page cache) before measuring.
    for (const r of [...READS, WRITE])
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(r.body).replace('{i}', 'warm'),
      });
    const only = values.kinds ? new Set(values.kinds.split(',').map((k) => k.trim())) : null;
    const mix = (values['no-writes'] ? [...READS, ...READS] : [...READS, ...READS, WRITE])
      .filter((r) => !only || only.has(r.name))
      .map((r) => ({ name: r.name, body: JSON.stringify(r.body) }));
    if (!mix.length) throw new Error(`--kinds: none of ${values.kinds} is in the mix (search, impact, neighbourhood, write)`);

    const load0 = loadavg();
    const server0 = process.cpuUsage();
    const neo0 = cpuSeconds(neo.pid);
    const result = await runClient({ url, token, connections, seconds, mix });
    const serverCpu = process.cpuUsage(server0);
    const neoCpu = cpuSeconds(neo.pid) - neo0;
    server.closeIdleConnections();
    await new Promise<void>((r) => server.close(() => r()));
    analysis.stop();

    const machine = {
      cores: cpus().length,
      cpu: cpus()[0]?.model,
      memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
      loadAverageBefore: load0.map((x) => +x.toFixed(1)),
      loadAverageAfter: loadavg().map((x) => +x.toFixed(1)),
    };
    const { clientCpuSeconds, ...measured } = result;
    const summary = {
      date: new Date().toISOString().slice(0, 10),
      size: size ?? 'fixtures',
      kinds: values.kinds ?? 'all',
      graph: { nodes: Number(nodes) },
      machine,
      neo4j: { heapMb, pageCacheMb },
      shedding: concurrency,
      seconds,
      connections,
      ...measured,
      cpuSeconds: { server: +((serverCpu.user + serverCpu.system) / 1e6).toFixed(1), neo4j: +neoCpu.toFixed(1), loadGenerator: clientCpuSeconds },
    };
    console.log(JSON.stringify(summary, null, 2));
    const errors = summary.errors + summary.non2xx;
    const met = errors === 0 && summary.latencyMs.p99 <= GOAL.p99Ms && summary.throughputPerSecond >= GOAL.perSecond;
    console.log(`goal (0 errors, p99 ≤ ${GOAL.p99Ms} ms, ≥ ${GOAL.perSecond} req/s): ${met ? 'met' : 'missed'}`);
    if (!values['no-save']) {
      mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
      const name = `${summary.date}-load${size ? `-${size}` : ''}${values.tag ? `-${values.tag}` : ''}.json`;
      writeFileSync(join(ROOT, 'bench', 'results', name), `${JSON.stringify(summary, null, 2)}\n`);
      const kinds = Object.entries(summary.perKind)
        .map(
          ([k, v]) =>
            `${k} ${v.requests} (p50 ${Math.round(v.p50)}, p99 ${Math.round(v.p99)} ms${
              Object.keys(v.statuses).some((s) => !s.startsWith('2'))
                ? `; ${Object.entries(v.statuses)
                    .map(([s, c]) => `${s}×${c}`)
                    .join(' ')}`
                : ''
            })`,
        )
        .join(', ');
      appendFileSync(
        join(ROOT, 'bench', 'RESULTS.md'),
        `\n### Load ${summary.date}, ${summary.size}${size ? ` (${summary.graph.nodes.toLocaleString('en')} nodes)` : ''}${values.kinds ? `, only ${values.kinds}` : ''} (${machine.cores} cores, ${machine.memoryGiB} GiB, load average ${machine.loadAverageBefore.join(' ')} → ${machine.loadAverageAfter.join(' ')}; Neo4j heap ${heapMb} MB, page cache ${pageCacheMb} MB; load generator in its own process; shedding at ${concurrency ? `${concurrency.limit} in flight, ${concurrency.queue} waiting ≤ ${concurrency.waitMs} ms` : 'off'})\n\n` +
          `| connections | seconds | requests | req/s | p50 ms | p99 ms | max ms | errors | non-2xx | CPU s: server / Neo4j / generator | per kind |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n` +
          `| ${connections} | ${seconds} | ${summary.requests} | ${summary.throughputPerSecond} | ${summary.latencyMs.p50} | ${summary.latencyMs.p99} | ${summary.latencyMs.max} | ${summary.errors} | ${summary.non2xx} | ${summary.cpuSeconds.server} / ${summary.cpuSeconds.neo4j} / ${summary.cpuSeconds.loadGenerator} | ${kinds} |\n`,
      );
    }
  } finally {
    await db.close();
    await neo.stop();
    if (!keep) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
