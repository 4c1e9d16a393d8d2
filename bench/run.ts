/**
 * `npm run bench`: impact latency side by side in one run, on the same machine and database —
 * through GraphQL (yoga.fetch, no network), the same named Cypher through the driver, and a plain
 * in-memory breadth-first search over adjacency arrays (the lower bound) — on the fixture graph
 * and on a generated graph of ~100k nodes (`--nodes N` to change). In the same run, the appraisal
 * (bench/appraisal.ts): the full duplication scan and one proposal appraisal, through the API and
 * through GraphQL, on the fixtures and on the generated graph (which carries a catalogue the
 * appraisal rules read: provinces, agencies, LGSPs, data held, hosting…), with a profile of
 * where the scan spends its time. Results go to bench/results/<date>-impact.json and summary rows
 * to the tables of bench/RESULTS.md.
 *
 * `npm run bench -- --size S|M|L`: the national-scale benchmark instead (bench/national.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../server/src/config/config.js';
import { Database } from '../server/src/db/database.js';
import { loadFixtures } from '../server/src/fixtures/loader.js';
import { PROPAGATING_TYPES } from '../server/src/model/model.js';
import { freePort, startEmbeddedNeo4j } from '../server/src/neo4j/embedded.js';
import { createApp } from '../server/src/http/app.js';
import { waitForDatabase } from '../server/src/boot.js';
import type { ProposalInput } from '../server/src/appraisal/proposal.js';
import { Adjacency, addRows, measure, rng, type Case } from './common.js';
import { appraisalGraph, benchProposal, measureAppraisal, measureScan, profileAppraisal, profileScan, type Edge } from './appraisal.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const N = arg('nodes', 100_000);
const ITER = arg('iterations', 200);
const APPRAISE_ITER = arg('appraisals', 50);
const SCAN_RUNS = arg('scans', 3);
/**
 * `--nodelay`: diagnostic, sets TCP_NODELAY on every socket (the driver leaves Nagle's algorithm
 * on, which holds the last segment of a multi-segment Bolt message for the server's delayed ACK).
 */
const NODELAY = args.includes('--nodelay');
if (NODELAY) {
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (this: net.Socket, ...a: unknown[]) {
    this.setNoDelay(true);
    return (connect as (...x: unknown[]) => net.Socket).apply(this, a);
  } as typeof connect;
}
/** `--no-save`: print only (trial runs), write neither the JSON nor RESULTS.md. */
const SAVE = !args.includes('--no-save');
/** The provenance the appraisal reads on the generated graph: its facts point at the fixtures' stated domains, databases and services. */
const ALL = ['stated', 'inferred', 'example'];
const SAMPLE = (JSON.parse(readFileSync(join(ROOT, 'fixtures', 'proposals', 'qnam-tiep-nhan-ho-so-truc-tuyen.json'), 'utf8')) as { proposal: ProposalInput })
  .proposal;
const HEAP_MB = 2048;
const PAGECACHE_MB = 2048;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'akb-bench-'));
  const neo = await startEmbeddedNeo4j({ dataDir: dir, boltPort: await freePort(), pageCacheMb: PAGECACHE_MB, heapMb: HEAP_MB });
  const db = Database.connect({ uri: neo.uri });
  const yoga = createApp({ db, quiet: true });
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
    neo4jHeapMb: HEAP_MB,
    neo4jPageCacheMb: PAGECACHE_MB,
    node: process.version,
    loadAverageAtStart: loadavg().map((x) => +x.toFixed(2)),
    ...(NODELAY ? { tcpNoDelay: true } : {}),
  };
  console.log(`machine: ${JSON.stringify(machine)}`);
  try {
    await waitForDatabase(db, 60_000);
    await db.applySchema();
    await loadFixtures(db, { examples: true });

    // 1. The fixture graph.
    const fixtureEdges = await db.read('bench/propagating-edges', { types: PROPAGATING_TYPES });
    const fixtureAdj = new Adjacency();
    for (const e of fixtureEdges) fixtureAdj.add(e.from as string, e.to as string);
    const fixtureCases: Case[] = [];
    for (const id of ['component:qng-lgsp', 'component:ndxp', 'ndb:dan-cu', 'component:qng-trung-tam-du-lieu', 'network:tslcd', 'component:qng-httt-bao-cao'])
      for (const direction of ['DEPENDENTS', 'DEPENDENCIES'] as const) fixtureCases.push({ id, direction, maxDepth: 3 });
    const fixtures = await measure(db, yoga, fixtureAdj, fixtureCases, ['stated', 'inferred'], `fixtures (${fixtureEdges.length} edges)`, ITER);
    const fixtureScan = await measureScan(db, yoga, ALL, `fixtures scan (${ALL.join(',')})`, SCAN_RUNS);
    const fixtureAppraisal = await measureAppraisal(db, yoga, SAMPLE, ['stated', 'inferred'], 'fixtures appraise (sample)', APPRAISE_ITER);
    const fixtureAppraisalProfile = await profileAppraisal(db, SAMPLE, ['stated', 'inferred']);

    // 2. A generated graph: N components, skewed fan-in (a few hubs, many leaves), some cycles.
    const rand = rng(42);
    const src = JSON.stringify([]);
    const id = (i: number) => `component:bench-${i}`;
    const genAdj = new Adjacency();
    const t0 = Date.now();
    const hubs = Math.max(10, Math.floor(N / 1000));
    // What the appraisal reads (own random stream: the impact edges and cases stay as they were).
    const catalogue = appraisalGraph(N, hubs, id);
    const edges: Edge[] = [];
    for (let i = 0; i < N; i++) {
      const out = 1 + Math.floor(rand() * 4);
      for (let k = 0; k < out; k++) {
        // 60% of edges go to a hub (skew), the rest to a random earlier node or, rarely, a later one (cycles).
        const r = rand();
        const to = r < 0.6 ? Math.floor(rand() * hubs) : r < 0.97 ? Math.floor(rand() * Math.max(1, i)) : Math.floor(rand() * N);
        if (to === i) continue;
        const type = PROPAGATING_TYPES[Math.floor(rand() * 3)];
        edges.push({ from: id(i), to: id(to), type, props: { provenance: 'example', sources: src } });
        genAdj.add(id(i), id(to));
      }
    }
    const impactEdges = edges.length;
    // Most point-to-point exchanges among generated systems go through the sender's LGSP (a property: the edges stay).
    catalogue.annotateExchanges(edges);
    for (const e of catalogue.edges) edges.push(e);
    const nodeRows = [...catalogue.nodes];
    for (let j = 0; j < N; j++)
      nodeRows.push({
        id: id(j),
        kind: 'Component',
        props: { id: id(j), kind: 'Component', provenance: 'example', sources: src, ...catalogue.componentProps(j) },
      });
    for (let i = 0; i < nodeRows.length; i += 10_000) await db.write('fixtures/merge-nodes', { rows: nodeRows.slice(i, i + 10_000) });
    const nodeSeconds = (Date.now() - t0) / 1000;
    for (let i = 0; i < edges.length; i += 20_000) await db.write('fixtures/merge-relationships', { rows: edges.slice(i, i + 20_000) });
    const loadSeconds = (Date.now() - t0) / 1000;
    console.log(
      `generated ${nodeRows.length} nodes and ${edges.length} relationships (${impactEdges} impact edges + ${catalogue.edges.length} appraisal edges) in ${loadSeconds.toFixed(1)} s (nodes ${nodeSeconds.toFixed(1)} s; ${Math.round(nodeRows.length / loadSeconds)} nodes/s incl. relationships)`,
    );
    console.log(`catalogue: ${JSON.stringify(catalogue.stats)}`);
    const cases: Case[] = [];
    for (let k = 0; k < 50; k++) {
      const leaf = hubs + Math.floor(rand() * (N - hubs));
      const hub = Math.floor(rand() * hubs);
      cases.push({ id: id(leaf), direction: 'DEPENDENCIES', maxDepth: 1 + (k % 3) });
      cases.push({ id: id(hub), direction: 'DEPENDENTS', maxDepth: 1 });
      cases.push({ id: id(leaf), direction: 'DEPENDENTS', maxDepth: 2 + (k % 2) });
    }
    const generated = await measure(db, yoga, genAdj, cases, ['example'], `generated (${N} nodes, ${impactEdges} edges)`, ITER);

    // 3. The appraisal on the generated graph: full scans, where the time goes, one proposal.
    const graphLabel = `generated (${nodeRows.length} nodes, ${edges.length} edges)`;
    const scan = await measureScan(db, yoga, ALL, `generated scan (${ALL.join(',')})`, SCAN_RUNS);
    const scanExample = await measureScan(db, yoga, ['example'], 'generated scan (example)', SCAN_RUNS);
    const profile = await profileScan(db, ALL);
    const proposal = benchProposal(SAMPLE, catalogue, 0);
    const generatedAppraisal = await measureAppraisal(db, yoga, proposal, ALL, `generated appraise (${proposal.ownerAgency})`, APPRAISE_ITER);
    const generatedAppraisalProfile = await profileAppraisal(db, proposal, ALL);
    const fixtureAppraisalLoaded = await measureAppraisal(db, yoga, SAMPLE, ['stated', 'inferred'], 'fixtures appraise, generated loaded', APPRAISE_ITER);
    const fixtureAppraisalLoadedProfile = await profileAppraisal(db, SAMPLE, ['stated', 'inferred']);

    const date = new Date().toISOString().slice(0, 10);
    const machineEnd = { ...machine, loadAverageAtEnd: loadavg().map((x) => +x.toFixed(2)) };
    console.log(`load average: start ${machine.loadAverageAtStart.join(' ')}, end ${machineEnd.loadAverageAtEnd.join(' ')}`);
    if (!SAVE) return;
    const outDir = join(ROOT, 'bench', 'results');
    mkdirSync(outDir, { recursive: true });
    const appraisal = {
      goals: { scanMs: 5000, appraiseMs: 100 },
      catalogue: { nodes: nodeRows.length, relationships: edges.length, appraisalEdges: catalogue.edges.length, ...catalogue.stats },
      scans: { fixtures: fixtureScan, generated: scan, generatedExampleOnly: scanExample },
      profile,
      appraiseProfile: { fixtures: fixtureAppraisalProfile, generated: generatedAppraisalProfile, fixturesWithGeneratedLoaded: fixtureAppraisalLoadedProfile },
      appraise: { fixtures: fixtureAppraisal, generated: generatedAppraisal, fixturesWithGeneratedLoaded: fixtureAppraisalLoaded },
    };
    writeFileSync(join(outDir, `${date}-impact.json`), JSON.stringify({ date, machine: machineEnd, fixtures, generated, loadSeconds, appraisal }, null, 2));
    const md = join(ROOT, 'bench', 'RESULTS.md');
    if (!existsSync(md))
      writeFileSync(md, '# Benchmark results\n\nEach row is one `npm run bench` run; p50/p99 in ms; ratios of p50 measured side by side in the same run.\n');
    const m = `${machine.cores} cores, ${machine.memoryGiB} GiB, heap ${HEAP_MB} MB, page cache ${PAGECACHE_MB} MB${NODELAY ? ', TCP_NODELAY' : ''}, load ${machine.loadAverageAtStart[0]}→${machineEnd.loadAverageAtEnd[0]}`;
    addRows(
      md,
      IMPACT_TABLE,
      [fixtures, generated].map(
        (r) =>
          `| ${date} | ${m} | ${r.label} | ${r.graphql.p50}/${r.graphql.p99} | ${r.driver.p50}/${r.driver.p99} | ${r.inMemory.p50}/${r.inMemory.p99} | ${r.ratios.graphqlOverDriver}× | ${r.ratios.driverOverInMemory}× |`,
      ),
    );
    const rules = (b: Record<string, number>) =>
      Object.entries(b)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || 'none';
    const sec = (x: { median: number | null; failedAfterMs?: number; error?: string }) =>
      x.median !== null
        ? (x.median / 1000).toFixed(2)
        : `failed after ${((x.failedAfterMs ?? 0) / 1000).toFixed(1)} s (${(x.error ?? '').replace(/^(\S+) (Database error in read transaction: )?/, '$1: ').slice(0, 70)})`;
    addRows(
      md,
      SCAN_TABLE,
      [
        [fixtureScan, `fixtures (${fixtureEdges.length} edges)`],
        [scan, graphLabel],
        [scanExample, graphLabel],
      ].map(([r, g]) => {
        const s = r as typeof scan;
        // A scan that failed: the findings the same rules give outside a transaction (the profile).
        const found =
          s.findings !== null
            ? `${s.findings}: ${rules(s.byRule)}`
            : s === scan
              ? `(profile, no transaction) ${profile.findings}: ${rules(profile.byRule)}`
              : 'n/a';
        return `| ${date} | ${m} | ${g} | ${s.provenance.join(', ')} | ${sec(s.api)} / ${sec(s.graphql)} | ${found} |`;
      }),
    );
    const pt = profile.timesMs as Record<string, number>;
    const s1 = (k: string) => ((pt[k] ?? 0) / 1000).toFixed(1);
    addRows(md, PROFILE_TABLE, [
      `| ${date} | ${m} | ${graphLabel} | ${profile.subjects} (largest province ${profile.largestProvince}) | ${s1('query subjects')} (Neo4j ${(profile.subjectsQuery.consumedAfterMs / 1000).toFixed(1)}, toPlain ${s1('subjects: toPlain (akb conversion)')}) + context ${s1('query context')} | ${s1('rules 1–4, 6 (per subject)')} | ${s1('overlap: whole rule')} (similarPairs ${s1('overlap: similarPairs')}) | ${s1('same-system: whole rule')} (similarPairs ${s1('same-system: similarPairs')}; ${profile.sameSystem.candidatePairsAlphabeticalOrder} candidates, ${profile.sameSystem.candidatePairsRarestFirst} rarest-first) | ${s1('sortFindings')} | ${(profile.wallMs / 1000).toFixed(1)} |`,
    ]);
    addRows(
      md,
      APPRAISE_TABLE,
      [
        [fixtureAppraisal, `fixtures (${fixtureEdges.length} edges)`],
        [generatedAppraisal, graphLabel],
        [fixtureAppraisalLoaded, `fixtures, with the ${graphLabel} loaded`],
      ].map(([r, g]) => {
        const a = r as typeof generatedAppraisal;
        return `| ${date} | ${m} | ${g} | ${a.province} (${a.provenance.join(', ')}) | ${a.api.p50}/${a.api.p99} | ${a.graphql.p50}/${a.graphql.p99} | ${a.verdict}, ${a.findings} findings |`;
      }),
    );
  } finally {
    await db.close();
    await neo.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const IMPACT_TABLE =
  '| date | machine | graph | GraphQL p50/p99 | driver p50/p99 | in-memory p50/p99 | GraphQL/driver | driver/in-memory |\n| --- | --- | --- | --- | --- | --- | --- | --- |';
const SCAN_TABLE =
  '## Duplication scan\n\nFull scan (every rule, every province), wall time in seconds, median of 3 after a warm-up, through `Appraisals.duplication` and through GraphQL (`duplication { id ruleCode severity }`); findings per rule code. Goal: ≤ 5 s for ~100k nodes.\n\n| date | machine | graph | provenance | API / GraphQL s | findings |\n| --- | --- | --- | --- | --- | --- |';
const PROFILE_TABLE =
  '## Duplication scan profile\n\nOne full scan taken apart (bench/appraisal.ts `profileScan`, provenance stated, inferred, example; the queries in one read transaction, the rules after it, so no timeout): seconds per step; the two pairwise rules with the time in `similarPairs` and the candidate pairs its prefix filter lets through (tokens in alphabetical order as today, and rarest first).\n\n| date | machine | graph | subjects | queries s | rules 1–4, 6 s | overlap s | same-system s | sort s | total s |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |';
const APPRAISE_TABLE =
  '## Appraisal\n\nOne appraisal of the sample proposal (fixtures/proposals/qnam-tiep-nhan-ho-so-truc-tuyen.json, or the same moved to a generated province), `save: false`; p50/p99 in ms over 50 runs after a warm-up (fewer, at least 10, when one appraisal takes over a second). Goal: ≤ 100 ms.\n\n| date | machine | graph | province (provenance) | API p50/p99 | GraphQL p50/p99 | verdict |\n| --- | --- | --- | --- | --- | --- | --- |';

// `--size S|M|L`: the national-scale benchmark (bench/national.ts) instead.
(args.includes('--size') ? import('./national.js').then((m) => m.main()) : main()).catch((e) => {
  console.error(e);
  process.exit(1);
});
