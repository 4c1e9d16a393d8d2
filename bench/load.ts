/**
 * `npm run bench:load [-- --seconds 60 --connections 64]`: the akb server under load, loopback only,
 * bounded in time. Mixed traffic through real HTTP: search, impact, neighbourhood (reads) and node
 * updates with an editor token (writes, each one transaction with its audit event). Reports errors,
 * latency p50/p99 and throughput per kind and overall; appends to bench/RESULTS.md.
 * Goal (issue 7): 0 errors, p99 ≤ 200 ms.
 */
import { createServer } from 'node:http';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { ROOT } from '../server/src/config/config.js';
import { Database } from '../server/src/db/database.js';
import { loadFixtures } from '../server/src/fixtures/loader.js';
import { freePort, startEmbeddedNeo4j } from '../server/src/neo4j/embedded.js';
import { waitForDatabase } from '../server/src/boot.js';
import { createApp } from '../server/src/http/app.js';
import { TokenStore } from '../server/src/auth/tokens.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '60' }, connections: { type: 'string', default: '64' }, 'no-save': { type: 'boolean', default: false }, 'no-writes': { type: 'boolean', default: false } } });
const seconds = Number(values.seconds);
const connections = Number(values.connections);

const READS = [
  { name: 'search', body: { query: 'query($t: String!) { search(text: $t) { node { id name } } }', variables: { t: 'dan cu' } } },
  { name: 'search', body: { query: 'query($t: String!) { search(text: $t) { node { id name } } }', variables: { t: 'LGSP' } } },
  { name: 'impact', body: { query: '{ impact(id: "component:qng-lgsp", direction: DEPENDENTS, maxDepth: 3) { total affected { depth node { id } } } }' } },
  { name: 'impact', body: { query: '{ impact(id: "ndb:dan-cu", direction: DEPENDENTS, maxDepth: 3) { total } }' } },
  { name: 'neighbourhood', body: { query: '{ neighbourhood(id: "component:qng-httt-gq-tthc", depth: 1) { nodes { id } edges { id } } }' } },
];

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'akb-load-'));
  const neo = await startEmbeddedNeo4j({ dataDir, boltPort: await freePort(), pageCacheMb: 512, heapMb: 1024 });
  const db = Database.connect({ uri: neo.uri });
  try {
    await waitForDatabase(db, 60_000);
    await db.applySchema();
    await loadFixtures(db, { examples: true });
    const tokens = new TokenStore(db);
    const { token } = await tokens.create({ name: 'bench', role: 'admin', tokenId: null }, { role: 'editor', name: 'bench-load' });
    // The per-caller rate limit would (rightly) throttle one client this fast: lift it for the measurement.
    const yoga = createApp({ db, quiet: true, rateLimit: { requests: 10_000_000, windowMs: 60_000 } });
    const server = createServer(yoga);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    // One write target per connection, so writes do not all queue on one node's lock.
    const write = (i: number) => ({ name: 'write', body: { query: 'mutation($id: ID!, $d: String!) { updateNode(id: $id, patch: { description: $d }) { id } }', variables: { id: 'component:qng-ex-ho-tich', d: `tải ${i}` } } });
    // --no-writes: reads only, to tell write contention (the graph write lock) from read cost.
    const mix = values['no-writes'] ? [...READS, ...READS] : [...READS, ...READS, write(0)];
    let n = 0;
    const kinds = new Map<string, number>();
    const result = await autocannon({
      url,
      connections,
      duration: seconds,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      requests: [
        {
          setupRequest: (req) => {
            const pick = mix[n % mix.length].name === 'write' ? write(n) : mix[n % mix.length];
            n++;
            kinds.set(pick.name, (kinds.get(pick.name) ?? 0) + 1);
            return { ...req, body: JSON.stringify(pick.body) };
          },
        },
      ],
    });
    // Let in-flight requests finish before the database closes.
    server.closeIdleConnections();
    await new Promise<void>((r) => server.close(() => r()));
    const machine = { cores: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10, loadAverage: loadavg().map((x) => Math.round(x * 10) / 10) };
    const summary = {
      date: new Date().toISOString().slice(0, 10),
      machine,
      seconds,
      connections,
      requests: result.requests.total,
      throughputPerSecond: Math.round(result.requests.average),
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      mix: Object.fromEntries(kinds),
    };
    console.log(JSON.stringify(summary, null, 2));
    const ok = summary.errors === 0 && summary.non2xx === 0 && summary.latencyMs.p99 <= 200;
    console.log(`goal (0 errors, p99 ≤ 200 ms): ${ok ? 'met' : 'missed'}`);
    if (!values['no-save']) {
      mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
      writeFileSync(join(ROOT, 'bench', 'results', `${summary.date}-load.json`), JSON.stringify(summary, null, 2));
      appendFileSync(
        join(ROOT, 'bench', 'RESULTS.md'),
        `\n### Load ${summary.date} (${machine.cores} cores, ${machine.memoryGiB} GiB, load average ${machine.loadAverage.join(' ')}; Neo4j heap 1 GB, page cache 512 MB)\n\n` +
          `| connections | seconds | requests | req/s | p50 ms | p99 ms | max ms | errors | non-2xx | mix |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n` +
          `| ${connections} | ${seconds} | ${summary.requests} | ${summary.throughputPerSecond} | ${summary.latencyMs.p50} | ${summary.latencyMs.p99} | ${summary.latencyMs.max} | ${summary.errors + summary.timeouts} | ${summary.non2xx} | ${Object.entries(summary.mix).map(([k, v]) => `${k} ${v}`).join(', ')} |\n`,
      );
    }
  } finally {
    await db.close();
    await neo.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
