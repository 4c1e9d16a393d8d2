/**
 * `npm run bench -- --size S|M|L` (issue #9): the national-scale benchmark, one run, side by side on
 * one machine and one database. bench/run.ts hands over to `main()` here when `--size` is given.
 *
 * 1. Neo4j (embedded; heap and page cache 2 GB, 4 GB at L), the fixtures with their examples, then
 *    the generated national graph `data/generated/national-<size>.ndjson` (written first by the
 *    generator when missing) through `bulkImport`: nodes/s and relationships/s (write time), peak
 *    RSS of this process and of the Neo4j JVM.
 * 2. Impact, DEPENDENTS and DEPENDENCIES at depth 1–6 from roots drawn with a seeded PRNG among the
 *    hubs (highest fan-in over the propagating relationships) and the leaves (no fan-in): through
 *    GraphQL (`first: 1000`), the same walk through the driver, and an in-memory BFS over adjacency
 *    arrays (bench/common.ts `measure`); one row per depth, and the cases with ≤ 1,000 results (the
 *    goal's) together. Cases whose walk takes over `--heavy-ms` are timed once and listed apart.
 * 3. Neighbourhood (a node with its neighbours over every relationship type, both directions) and a
 *    list (first 100 components of a province by name, and the same with the total count) through
 *    akb's API vs `@neo4j/graphql` over the same database (bench/neo4j-graphql.ts); both through
 *    yoga.fetch in process, interleaved; the answers are checked equal before timing.
 * 4. Throughput: `--connections` (32) autocannon connections for `--seconds` (30) of impact queries
 *    (the ≤ 1,000-result cases) over loopback HTTP against a node:http server around the app, with
 *    the CPU each process used meanwhile.
 * 5. One appraisal (the sample proposal moved to the largest generated province; and as it is) and
 *    the full duplication scan (bench/appraisal.ts), on the analysis graph with the database path
 *    beside them (the scan's database path once: `--scan-database-runs N`, 0 to skip); the kept
 *    scan rescored after one component is edited; reuseCandidates(ndb:dan-cu).
 * 6. Web: the national view (the map of the 34 provinces) in headless Chromium (bench/national-web.ts).
 *
 * Results: bench/results/<date>-<size>.json (rewritten after each step, so a run stopped half-way
 * keeps what it measured) and, at the end, a "National scale" table appended to bench/RESULTS.md.
 * `--render FILE.json` appends the table for a saved (possibly partial) result instead of running.
 *
 * Flags: `--size S|M|L`, `--file F` (default data/generated/national-<size>.ndjson), `--seed N`
 * (generator), `--heap MB`, `--pagecache MB`, `--iterations N` (per depth), `--compare-iterations N`,
 * `--seconds N`, `--connections N`, `--heavy-ms N`, `--skip import-only,impact,compare,load,appraisal,scan,web`,
 * `--no-save`.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import { ROOT } from '../server/src/config/config.js';
import { Database, toParams } from '../server/src/db/database.js';
import { query } from '../server/src/db/queries.js';
import { loadFixtures } from '../server/src/fixtures/loader.js';
import { validateImpactParams, walk } from '../server/src/impact/impact.js';
import { PROPAGATING_TYPES, REL_BY_TYPE } from '../server/src/model/model.js';
import { freePort, startEmbeddedNeo4j } from '../server/src/neo4j/embedded.js';
import { createApp } from '../server/src/http/app.js';
import { waitForDatabase } from '../server/src/boot.js';
import { bulkImport } from '../server/src/interop/bulk.js';
import { ndjsonEntries } from '../server/src/interop/json.js';
import type { ProposalInput } from '../server/src/appraisal/proposal.js';
import type { Manifest } from '../server/src/generate/national.js';
import { Adjacency, IMPACT_QUERY, addRows, generateLoad, measure, percentile, rng, type Case, type Sample, type Yoga } from './common.js';
import { AnalysisService } from '../server/src/analysis/service.js';
import { forgetKeptAnswers } from '../server/src/analysis/impact.js';
import { measureAppraisal, measureRescore, measureReuse, measureScan, profileAppraisal, profileScan } from './appraisal.js';
import * as cmp from './neo4j-graphql.js';
import { measureNationalView } from './national-web.js';
import { listParams } from '../server/src/graph/repository.js';

const args = process.argv.slice(2);
const str = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const num = (name: string, fallback: number) => (str(name) !== undefined ? Number(str(name)) : fallback);

/** Every provenance: the walk and the lower bound then follow exactly the same edges. */
const ALL_PROVENANCE = ['stated', 'inferred', 'external', 'example'];
/** What the appraisal and scan read (as bench/run.ts). */
const APPRAISAL_PROVENANCE = ['stated', 'inferred', 'example'];
const SAMPLE = (JSON.parse(readFileSync(join(ROOT, 'fixtures', 'proposals', 'qnam-tiep-nhan-ho-so-truc-tuyen.json'), 'utf8')) as { proposal: ProposalInput })
  .proposal;
// Issue 17's goals for impact, the projection and the national view (issue 9's for the rest).
// Issue 18's for the scan, the rescore, the appraisal and reuse candidates.
const GOALS = {
  impactP50: 2,
  impactP99: 10,
  graphqlOverDriver: 1.3,
  overInMemory: 5,
  overLibrary: 3,
  throughput: 2000,
  importNodesPerS: 50_000,
  scanS: 5,
  rescoreMs: 200,
  appraiseMs: 50,
  appraiseP99Ms: 150,
  reuseMs: 500,
  fps: 30,
  paintMs: 2000,
  heavyMs: 300,
  buildS: 30,
  rssMiB: 2048,
};

const ms = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;
const r3 = (x: number) => +x.toFixed(3);
const r1 = (x: number) => +x.toFixed(1);
/** A time for the table: one decimal under 100 ms, none above. */
const f1 = (x: number) => (x >= 100 ? Math.round(x).toLocaleString('en') : x.toFixed(1));
const row = (xs: number[]) => ({ p50: r3(percentile(xs, 50)), p99: r3(percentile(xs, 99)), n: xs.length });

/** Memory of a process from /proc (MiB): current and peak resident set. */
function procMemory(pid: number | 'self'): { rssMiB: number; hwmMiB: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(s)?.[1] ?? 0);
    return { rssMiB: r1(kb('VmRSS') / 1024), hwmMiB: r1(kb('VmHWM') / 1024) };
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) a process has used, from /proc/<pid>/stat. */
function procCpuSeconds(pid: number | 'self'): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = f.slice(f.lastIndexOf(')') + 2).split(' ');
    return (Number(rest[11]) + Number(rest[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return NaN;
  }
}

function dirMiB(dir: string): number {
  let total = 0;
  const walkDir = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walkDir(p);
      else if (e.isFile()) total += statSync(p).size;
    }
  };
  try {
    walkDir(dir);
  } catch {
    /* counted what could be read */
  }
  return r1(total / 2 ** 20);
}

async function gql(yoga: { fetch: Yoga['fetch'] }, q: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const res = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  if (body.errors)
    throw new Error(
      body.errors
        .map((e) => e.message)
        .join('; ')
        .slice(0, 2000),
    );
  return body.data!;
}

// ─── Results and the table ─────────────────────────────────────────────────────────────────────

type Results = Record<string, unknown> & { date: string; size: string; machine: Record<string, unknown>; neo4j: Record<string, unknown> };

/** `--tag T`: a partial run's own file (`<date>-<size>-T.json`), so it does not replace the full run's. */
function resultFile(date: string, size: string) {
  const tag = str('tag');
  return join(ROOT, 'bench', 'results', `${date}-${size}${tag ? `-${tag}` : ''}.json`);
}

const TABLE =
  '## National scale\n\n`npm run bench -- --size S|M|L` (bench/national.ts): the generated national graph (`npm run generate`) loaded on the fixtures, every figure from one run on one machine and one database; p50/p99 in ms; ratios of p50s measured side by side (interleaved) in the same run. Impact: DEPENDENTS and DEPENDENCIES, depth 1–6, roots drawn (seeded) among hubs and leaves, every provenance, `first: 1000`; in-memory = BFS over adjacency arrays (the lower bound). akb vs `@neo4j/graphql`: the same database, both through graphql-yoga in process, answers checked equal. Throughput: autocannon over loopback HTTP (from its own process since issue 17). Impact answered by the in-memory analysis graph since issue 17; driver = the database walk it replaced. Goals are the issues’, for size L on a 2-core machine.\n\n| date | size | machine | measurement | result | goal (at L) | verdict |\n| --- | --- | --- | --- | --- | --- | --- |';

function verdict(value: number | null | undefined, goal: number, higherIsBetter: boolean): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'not measured';
  const met = higherIsBetter ? value >= goal : value <= goal;
  if (met) return 'met';
  const factor = higherIsBetter ? goal / Math.max(value, 1e-9) : value / goal;
  return `missed by ${factor >= 10 ? Math.round(factor) : factor.toFixed(factor < 1.1 ? 2 : 1)}×`;
}

/** The rows of the "National scale" table for one run's results (whatever parts it reached). */
export function tableRows(r: Results): string[] {
  const m = r.machine as { cores: number; memoryGiB: number; loadAverageAtStart: number[]; loadAverageAtEnd?: number[] };
  const n = r.neo4j as { heapMb: number; pageCacheMb: number };
  const g = r.graph as { nodes?: number; relationships?: number } | undefined;
  const code = r.code as { commit: string; modifiedFiles: number } | undefined;
  const mach = `${m.cores} cores, ${m.memoryGiB} GiB, heap ${n.heapMb} MB, page cache ${n.pageCacheMb} MB, load ${m.loadAverageAtStart[0]}→${m.loadAverageAtEnd?.[0] ?? '?'}${code ? `, code ${code.commit}${code.modifiedFiles ? ' + work tree' : ''}` : ''}`;
  const size = `${r.size}${g?.nodes ? ` (${g.nodes.toLocaleString('en')} nodes, ${(g.relationships ?? 0).toLocaleString('en')} rels)` : ''}`;
  const rows: string[] = [];
  const add = (what: string, result: string, goal: string, v: string) => rows.push(`| ${r.date} | ${size} | ${mach} | ${what} | ${result} | ${goal} | ${v} |`);
  const imp = r.import as
    | {
        nodesPerS: number;
        relationshipsPerS: number;
        nodes: { written: number };
        relationships: { written: number };
        seconds: { nodes: number; relationships: number; total: number };
        peak: { nodeRssMiB: number; neo4jRssMiB: number | null };
      }
    | undefined;
  if (imp) {
    add(
      'import: nodes/s (write time)',
      `${Math.round(imp.nodesPerS).toLocaleString('en')} (${imp.nodes.written.toLocaleString('en')} in ${imp.seconds.nodes.toFixed(1)} s)`,
      '≥ 50,000',
      verdict(imp.nodesPerS, GOALS.importNodesPerS, true),
    );
    add(
      'import: relationships/s (write time)',
      `${Math.round(imp.relationshipsPerS).toLocaleString('en')} (${imp.relationships.written.toLocaleString('en')} in ${imp.seconds.relationships.toFixed(1)} s)`,
      '',
      '',
    );
    add('import: peak memory', `Node ${imp.peak.nodeRssMiB} MiB, Neo4j JVM ${imp.peak.neo4jRssMiB ?? 'n/a'} MiB (RSS)`, '', '');
  }
  const impact = r.impact as
    | {
        perDepth: {
          label: string;
          graphql: { p50: number; p99: number };
          driver: { p50: number; p99: number };
          inMemory: { p50: number; p99: number };
          meanResults: number;
          ratios: { graphqlOverDriver: number };
        }[];
        light: {
          graphql: { p50: number; p99: number; n: number };
          driver: { p50: number; p99: number };
          inMemory: { p50: number; p99: number };
          meanResults: number;
          ratios: { graphqlOverDriver: number; graphqlOverInMemory: number; driverOverInMemory: number };
        } | null;
        heavy: { results: number | null; ms: number }[];
      }
    | undefined;
  const projection = r.projection as { buildSeconds: number; withNameOrderSeconds: number; rssMiB: number; nodes: number; relationships: number } | undefined;
  if (projection) {
    add(
      'analysis graph: build at start (serving / with name order)',
      `${projection.buildSeconds} s / ${projection.withNameOrderSeconds} s (${projection.nodes.toLocaleString('en')} nodes, ${projection.relationships.toLocaleString('en')} relationships)`,
      '≤ 30 s',
      verdict(projection.buildSeconds, GOALS.buildS, false),
    );
    add('analysis graph: Node RSS after the build', `${projection.rssMiB} MiB`, '≤ 2 GiB', verdict(projection.rssMiB, GOALS.rssMiB, false));
  }
  for (const h of ((impact as { heavy?: unknown[] } | undefined)?.heavy ?? []) as {
    case?: Case;
    query?: string;
    results: number | null;
    ms: number;
    p99?: number;
    cold?: { ms: number; p99: number };
    runs?: number;
    databaseWalk?: { results: number | null; ms: number };
  }[]) {
    if (!h.query || !h.case) continue;
    const goal = h.case.id === 'ndb:dan-cu' && h.case.maxDepth === 6 ? '≤ 300 ms p50' : '';
    const db = h.databaseWalk
      ? h.databaseWalk.results === null
        ? `database walk failed after ${f1(h.databaseWalk.ms)} ms`
        : `database walk ${f1(h.databaseWalk.ms)} ms`
      : '';
    add(
      `impact ${h.case.direction} of ${h.case.id} at depth ${h.case.maxDepth}, ${h.query} (GraphQL, ${h.runs} runs)`,
      `p50 ${f1(h.ms)} / p99 ${f1(h.p99 ?? NaN)} ms for ${(h.results ?? 0).toLocaleString('en')} results${h.cold ? ` (answer kept for the revision; cold, after a write: p50 ${f1(h.cold.ms)} / p99 ${f1(h.cold.p99)} ms)` : ''}; ${db}`,
      goal,
      goal ? verdict(h.ms, GOALS.heavyMs, false) + (h.cold ? `; cold ${verdict(h.cold.ms, GOALS.heavyMs, false)}` : '') : '',
    );
  }
  if (impact) {
    for (const d of impact.perDepth)
      add(
        `impact ${d.label}`,
        `GraphQL ${f1(d.graphql.p50)}/${f1(d.graphql.p99)}, driver ${f1(d.driver.p50)}/${f1(d.driver.p99)}, in-memory ${d.inMemory.p50}/${d.inMemory.p99}; GraphQL ÷ driver ${d.ratios.graphqlOverDriver}×; mean results ${d.meanResults}`,
        '',
        '',
      );
    const l = impact.light;
    if (l) {
      add(
        `impact ≤ 1,000 results (${l.graphql.n} runs, mean ${l.meanResults} results): GraphQL p50`,
        `${f1(l.graphql.p50)}`,
        '≤ 2 ms',
        verdict(l.graphql.p50, GOALS.impactP50, false),
      );
      add('impact ≤ 1,000 results: GraphQL p99', `${f1(l.graphql.p99)}`, '≤ 10 ms', verdict(l.graphql.p99, GOALS.impactP99, false));
      add('impact ≤ 1,000 results: driver p50/p99', `${f1(l.driver.p50)}/${f1(l.driver.p99)}`, '', '');
      add('impact ≤ 1,000 results: GraphQL (analysis graph) ÷ driver (database walk)', `${l.ratios.graphqlOverDriver}×`, '', '');
      add(
        'impact ≤ 1,000 results: GraphQL ÷ in-memory (driver ÷ in-memory)',
        `${l.ratios.graphqlOverInMemory}× (${l.ratios.driverOverInMemory}×); in-memory p50 ${l.inMemory.p50}`,
        '≤ 5×',
        verdict(l.ratios.graphqlOverInMemory, GOALS.overInMemory, false),
      );
    }
    const older = impact.heavy.filter((h) => !(h as { query?: string }).query);
    const done = older.filter((h) => h.results !== null) as unknown as { case: Case; results: number; ms: number }[];
    const failed = older.filter((h) => h.results === null) as unknown as { case: Case; ms: number }[];
    if (done.length) {
      const hs = done.map((h) => h.ms);
      const span = (xs: number[], f: (x: number) => string) => (Math.min(...xs) === Math.max(...xs) ? f(xs[0]) : `${f(Math.min(...xs))}–${f(Math.max(...xs))}`);
      add(
        `impact, heavy cases (walk over 2 s; timed once through the driver, not in the rows above)`,
        `${done.length} case${done.length > 1 ? 's' : ''}: ${span(hs, f1)} ms, ${span(
          done.map((h) => h.results ?? 0),
          (x) => x.toLocaleString('en'),
        )} results (${done
          .map((h) => `${h.case.direction} of ${h.case.id} at depth ${h.case.maxDepth}`)
          .slice(0, 3)
          .join('; ')})`,
        '',
        '',
      );
    }
    for (const h of failed)
      add(`impact, ${h.case.direction} of ${h.case.id} at depth ${h.case.maxDepth}`, `failed: the 30 s read transaction timed out (${f1(h.ms)} ms)`, '', '');
  }
  const compare = r.compare as
    Record<string, { akb: { p50: number; p99: number }; library: { p50: number; p99: number }; libraryOverAkb: number; cases: number }> | undefined;
  if (compare)
    for (const [k, c] of Object.entries(compare))
      add(
        `${k}: akb vs @neo4j/graphql (${c.cases} cases)`,
        `akb ${f1(c.akb.p50)}/${f1(c.akb.p99)}, @neo4j/graphql ${f1(c.library.p50)}/${f1(c.library.p99)}: akb ${c.libraryOverAkb >= 1 ? `${c.libraryOverAkb}× faster` : `${(1 / c.libraryOverAkb).toFixed(2)}× slower`}`,
        '≥ 3× faster',
        verdict(c.libraryOverAkb, GOALS.overLibrary, true),
      );
  type Load = {
    connections: number;
    seconds: number;
    requestsPerS: number;
    latencyMs: { p50: number; p99: number };
    errors: number;
    non2xx: number;
    freshness?: string;
    cpu: { nodePct?: number; serverPct?: number; neo4jPct: number };
  };
  for (const [load, label] of [
    [r.throughput as Load | undefined, ''],
    [r.throughputCheckingEachRequest as Load | undefined, ', revision read on every request'],
  ] as const)
    if (load)
      add(
        `throughput: impact, ${load.connections} connections × ${load.seconds} s${label}`,
        `${load.requestsPerS} req/s (p50 ${load.latencyMs.p50}, p99 ${load.latencyMs.p99} ms; ${load.errors} errors, ${load.non2xx} non-2xx; CPU: server ${load.cpu.serverPct ?? load.cpu.nodePct} %, Neo4j ${load.cpu.neo4jPct} % of one core)`,
        label ? '' : '≥ 2,000/s, 0 errors',
        label ? '' : load.errors + load.non2xx > 0 ? 'missed (errors)' : verdict(load.requestsPerS, GOALS.throughput, true),
      );
  const appraisals = r.appraisal as
    | {
        label: string;
        province: string;
        api: { p50: number; p99: number };
        graphql: { p50: number; p99: number };
        database?: { p50: number; p99: number; n: number };
        findings: number;
        subjectsInProvince?: number;
        failedAfterMs?: number;
        error?: string;
      }[]
    | undefined;
  for (const a of appraisals ?? [])
    if (a.failedAfterMs !== undefined)
      add(
        `appraisal: ${a.label}`,
        `failed after ${(a.failedAfterMs / 1000).toFixed(1)} s (${(a.error ?? '').slice(0, 80)})`,
        '≤ 50 / ≤ 150 ms',
        'missed (failed)',
      );
    else {
      const db = a.database
        ? `; database path ${f1(a.database.p50)}/${f1(a.database.p99)} (${a.database.n} runs): ${(a.database.p50 / a.api.p50).toFixed(1)}× slower`
        : '';
      const p99 = verdict(a.api.p99, GOALS.appraiseP99Ms, false);
      add(
        `appraisal (save: false), p50/p99: ${a.label}`,
        `API ${f1(a.api.p50)}/${f1(a.api.p99)}, GraphQL ${f1(a.graphql.p50)}/${f1(a.graphql.p99)} (${a.findings} findings${a.subjectsInProvince !== undefined ? `; ${a.subjectsInProvince} catalogue entries in the province` : ''})${db}`,
        '≤ 50 / ≤ 150 ms',
        `p50 ${verdict(a.api.p50, GOALS.appraiseMs, false)}, p99 ${p99}`,
      );
    }
  type ScanPath = { median: number | null; failedAfterMs?: number; error?: string } | { skipped: true };
  const scan = r.scan as
    | {
        api: ScanPath;
        cached?: ScanPath;
        graphql: ScanPath;
        database?: ScanPath;
        findings: number | null;
        rescoreMs?: number;
        rescore?: { p50: number; max: number };
        apiAfterEdit?: { p50: number };
        lastRescore?: { subjects: number; provinces: number };
      }
    | undefined;
  if (scan) {
    const s = (x: ScanPath | undefined) =>
      !x || 'skipped' in x
        ? 'not run'
        : x.median !== null
          ? `${(x.median / 1000).toFixed(2)} s`
          : `failed after ${((x.failedAfterMs ?? 0) / 1000).toFixed(1)} s (${(x.error ?? '').slice(0, 60)})`;
    const med = (x: ScanPath | undefined) => (x && !('skipped' in x) ? x.median : null);
    const best = med(scan.api) !== null ? med(scan.api)! / 1000 : null;
    const ratio = med(scan.database) !== null && med(scan.api) ? `; database path ÷ analysis graph ${(med(scan.database)! / med(scan.api)!).toFixed(0)}×` : '';
    add(
      'duplication scan, full (all rules, all provinces)',
      `analysis graph, from nothing, every finding's sources read: ${s(scan.api)}; kept result ${s(scan.cached)}; GraphQL ${s(scan.graphql)}; database path (today's implementation) ${s(scan.database)}${ratio}; ${scan.findings ?? 'n/a'} findings`,
      '≤ 5 s (stretch 1 s)',
      best === null ? 'missed (failed)' : verdict(best, GOALS.scanS, false),
    );
    if (scan.rescoreMs !== undefined)
      add(
        'duplication scan: rescore after one component is edited',
        `${f1(scan.rescoreMs)} ms p50 (max ${f1(scan.rescore?.max ?? NaN)}; ${scan.lastRescore?.subjects ?? '?'} entries, ${scan.lastRescore?.provinces ?? '?'} provinces rescored); the whole scan call after it, sources read: ${f1(scan.apiAfterEdit?.p50 ?? NaN)} ms`,
        '≤ 200 ms',
        verdict(scan.rescoreMs, GOALS.rescoreMs, false),
      );
  }
  const reuse = r.reuse as { resource: string; ms: number; p99: number; coldMs: number; candidates: number; findings: number } | undefined;
  if (reuse)
    add(
      `reuseCandidates(${reuse.resource})`,
      `${f1(reuse.ms)} ms p50 (p99 ${f1(reuse.p99)}) from the kept result; ${f1(reuse.coldMs)} ms from nothing; ${reuse.candidates} entries, ${reuse.findings} findings`,
      '≤ 500 ms',
      verdict(reuse.ms, GOALS.reuseMs, false),
    );
  for (const w of (r.webFailedAttempts as { root: string; depth: number; error: string }[] | undefined) ?? [])
    add(
      `web: national view of ${w.root} at depth ${w.depth}`,
      `failed: ${w.error
        .replace(/\s+Thử lại$/, '')
        .replace(/\s+/g, ' ')
        .slice(0, 140)}`,
      '≤ 2,000 ms first paint',
      'missed (failed)',
    );
  const web = r.web as
    | {
        url?: string;
        nodes: number;
        median: { toLayoutDoneMs: number; layoutMs: number; firstPaintMs: number; impactRequestMs: number | null };
        pan: { fps: number; p95FrameMs: number } | null;
        renderer: string;
        webgl: boolean;
      }
    | undefined;
  if (web) {
    const q = new URLSearchParams((web.url ?? '').replace(/^\/\?/, ''));
    add(
      `web: national view of ${q.get('id') ?? '?'} at depth ${q.get('depth') ?? '?'} (${web.nodes} tiles, ${web.webgl ? 'WebGL' : web.renderer}, Chromium on SwiftShader): drawing / navigation → drawn / first paint`,
      `${web.median.layoutMs} / ${web.median.toLayoutDoneMs} / ${web.median.firstPaintMs} ms (impact request ${web.median.impactRequestMs ?? 'n/a'} ms)`,
      '≤ 2,000 ms first paint',
      verdict(web.median.firstPaintMs, GOALS.paintMs, false),
    );
    if (web.pan)
      add(
        'web: national view, scrolling the map',
        `${web.pan.fps} fps (p95 frame ${web.pan.p95FrameMs} ms)`,
        '≥ 30 fps',
        verdict(web.pan.fps, GOALS.fps, true),
      );
  }
  const failures = r.failures as string[] | undefined;
  for (const f of failures ?? []) add('failed step', f.replace(/\|/g, '/').slice(0, 200), '', '');
  return rows;
}

function appendTable(r: Results) {
  const md = join(ROOT, 'bench', 'RESULTS.md');
  if (!existsSync(md)) writeFileSync(md, '# Benchmark results\n');
  addRows(md, TABLE, tableRows(r));
}

// ─── The run ───────────────────────────────────────────────────────────────────────────────────

export async function main() {
  const render = str('render');
  if (render) {
    appendTable(JSON.parse(readFileSync(render, 'utf8')) as Results);
    console.log(`appended the National scale rows for ${render} to bench/RESULTS.md`);
    return;
  }
  const size = (str('size') ?? 'S').toUpperCase();
  if (!['S', 'M', 'L'].includes(size)) throw new Error(`--size: S, M or L, not ${size}`);
  const file = str('file') ?? join(ROOT, 'data', 'generated', `national-${size}.ndjson`);
  const manifestFile = file.replace(/\.ndjson$/, '.manifest.json');
  const skip = new Set((str('skip') ?? '').split(',').filter(Boolean));
  const SAVE = !args.includes('--no-save');
  const heapMb = num('heap', size === 'L' ? 4096 : 2048);
  const pageCacheMb = num('pagecache', size === 'L' ? 4096 : 2048);
  const perDepth = num('iterations', size === 'L' ? 40 : 60);
  const compareIterations = num('compare-iterations', size === 'L' ? 100 : 200);
  const seconds = num('seconds', 30);
  const connections = num('connections', 32);
  const heavyMs = num('heavy-ms', 2000);
  const started = Date.now();
  const lap = (what: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${what}`);

  // The generated file: written by the generator when missing.
  if (!existsSync(file) || !existsSync(manifestFile)) {
    lap(`${file} missing: running the generator (size ${size})`);
    const seed = str('seed');
    const g = spawnSync('npx', ['tsx', join(ROOT, 'server', 'src', 'cli', 'generate.ts'), '--size', size, '--out', file, ...(seed ? ['--seed', seed] : [])], {
      stdio: 'inherit',
      cwd: ROOT,
    });
    if (g.status !== 0) throw new Error(`the generator failed (exit ${g.status})`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;

  const date = new Date().toISOString().slice(0, 10);
  const machine: Record<string, unknown> & { loadAverageAtStart: number[] } = {
    cores: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    loadAverageAtStart: loadavg().map((x) => +x.toFixed(2)),
  };
  // The code measured: HEAD, and whether the work tree differs from it (read-only git).
  const git = (...a: string[]) => spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  const code = {
    commit: git('rev-parse', '--short', 'HEAD'),
    modifiedFiles: git('status', '--porcelain', '--untracked-files=no').split('\n').filter(Boolean).length,
  };
  const results: Results = {
    date,
    size,
    code,
    file: basename(file),
    seed: manifest.seed,
    machine,
    neo4j: { heapMb, pageCacheMb },
    manifestCounts: { nodes: manifest.counts.nodes, relationships: manifest.counts.relationships },
    failures: [] as string[],
  };
  const failures = results.failures as string[];
  const save = () => {
    if (!SAVE) return;
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
    results.machine = { ...machine, loadAverageNow: loadavg().map((x) => +x.toFixed(2)) };
    // `npm run bench:import` keeps its paths (importer, online, before issue 19) in the same file.
    let kept: Record<string, unknown> = {};
    try {
      const imp = (JSON.parse(readFileSync(resultFile(date, size), 'utf8')) as { import?: Record<string, unknown> }).import ?? {};
      kept = Object.fromEntries(['initial', 'online', 'before', 'speedup'].filter((k) => k in imp).map((k) => [k, imp[k]]));
    } catch {
      // No earlier file of the day.
    }
    if (Object.keys(kept).length) results.import = { ...kept, ...((results.import as Record<string, unknown>) ?? {}) };
    writeFileSync(resultFile(date, size), `${JSON.stringify(results, null, 2)}\n`);
  };
  /** Runs one step; a failure is recorded and the run goes on with the next step. */
  const step = async (name: string, fn: () => Promise<void>) => {
    if (skip.has(name) || stopping) return;
    try {
      await fn();
    } catch (e) {
      const msg = `${name}: ${(e as Error).message}`.slice(0, 500);
      failures.push(msg);
      console.error(`step failed: ${msg}`);
    }
    save();
  };
  console.log(
    `machine: ${JSON.stringify(machine)}; Neo4j heap ${heapMb} MB, page cache ${pageCacheMb} MB; ${manifest.counts.nodes} nodes, ${manifest.counts.relationships} relationships in ${file}`,
  );

  // --data-dir: a database already loaded with this size (kept); else a temporary one, loaded here.
  const given = str('data-dir');
  const dir = given ?? mkdtempSync(join(tmpdir(), `akb-bench-${size}-`));
  const neo = await startEmbeddedNeo4j({ dataDir: dir, boltPort: await freePort(), pageCacheMb, heapMb, timeoutMs: 300_000 });
  const db = Database.connect({ uri: neo.uri });
  // The analysis graph is started once the data is in (below), as a server starts it.
  let analysis: AnalysisService | null = null;
  let yoga = createApp({ db, quiet: true, rateLimit: { requests: 10_000_000, windowMs: 60_000 } });
  // Stopped from outside (a timeout): keep what was measured, stop Neo4j, append the table, exit.
  let stopping = false;
  process.once('SIGTERM', () => {
    stopping = true;
    failures.push(`stopped by SIGTERM after ${Math.round((Date.now() - started) / 1000)} s`);
    machine.loadAverageAtEnd = loadavg().map((x) => +x.toFixed(2));
    results.machine = machine;
    if (SAVE) {
      writeFileSync(resultFile(date, size), `${JSON.stringify(results, null, 2)}\n`);
      appendTable(results);
    }
    void neo.stop().finally(() => {
      if (!given) rmSync(dir, { recursive: true, force: true });
      process.exit(143);
    });
  });
  try {
    await waitForDatabase(db, 120_000);
    await db.applySchema();
    await loadFixtures(db, { examples: true });
    lap('fixtures loaded');

    // 1. Import, with this process's and the JVM's resident memory sampled every 200 ms.
    if (given && Number((await db.read('bench/counts'))[0].nodes) > manifest.counts.nodes) {
      const [counts] = await db.read('bench/counts');
      results.graph = { nodes: counts.nodes, relationships: counts.relationships, storeMiB: dirMiB(dir), loadedBefore: true };
      lap(`database in ${dir} already loaded: ${JSON.stringify(results.graph)}; import not measured`);
    } else {
      let nodePeak = 0;
      let neoPeak = 0;
      const sample = () => {
        nodePeak = Math.max(nodePeak, process.memoryUsage.rss() / 2 ** 20);
        neoPeak = Math.max(neoPeak, procMemory(neo.pid)?.rssMiB ?? 0);
      };
      const timer = setInterval(sample, 200);
      const t0 = process.hrtime.bigint();
      let last = 0;
      const report = await bulkImport(db, ndjsonEntries(createReadStream(file), basename(file)), {
        batchSize: num('batch', 25_000),
        progress: (p) => {
          const done = p.phase === 'nodes' ? p.nodes : p.relationships;
          if (done - last >= 100_000 || done < last) {
            lap(`import: ${p.phase} ${done.toLocaleString('en')} (${p.rowsPerSecond.toLocaleString('en')} rows/s)`);
            last = done;
          }
        },
      });
      const wall = ms(t0) / 1000;
      clearInterval(timer);
      sample();
      const [counts] = await db.read('bench/counts');
      results.graph = { nodes: counts.nodes, relationships: counts.relationships, storeMiB: dirMiB(dir) };
      results.import = {
        ...report,
        problems: report.problems.slice(0, 10),
        wallSeconds: r1(wall),
        nodesPerS: Math.round(report.nodes.written / report.seconds.nodes),
        relationshipsPerS: Math.round(report.relationships.written / report.seconds.relationships),
        peak: {
          nodeRssMiB: r1(nodePeak),
          neo4jRssMiB: neoPeak ? r1(neoPeak) : null,
          nodeMaxRssLifetimeMiB: r1(process.resourceUsage().maxRSS / 1024),
          neo4jVmHwmMiB: procMemory(neo.pid)?.hwmMiB ?? null,
        },
      };
      lap(`import: ${JSON.stringify(results.import)}; database ${JSON.stringify(results.graph)}`);
      save();
    }
    if (skip.has('import-only')) return;

    // The analysis graph, built in the background from the database as a server does at start:
    // time to serve, and this process's memory once it holds it (before anything else is loaded).
    await step('projection', async () => {
      const t = process.hrtime.bigint();
      analysis = new AnalysisService(db, { log: lap }).start();
      await analysis.ready();
      const buildSeconds = r1(ms(t) / 1000);
      await analysis.ordered();
      const orderedSeconds = r1(ms(t) / 1000);
      (globalThis as { gc?: () => void }).gc?.();
      const status = analysis.status();
      results.projection = {
        buildSeconds,
        withNameOrderSeconds: orderedSeconds,
        rssMiB: r1(process.memoryUsage.rss() / 2 ** 20),
        heapUsedMiB: r1(process.memoryUsage().heapUsed / 2 ** 20),
        nodes: status.nodes,
        relationships: status.relationships,
        note: 'RSS of the bench process right after the build (fixtures loaded, nothing else held yet)',
      };
      lap(`projection: ${JSON.stringify(results.projection)}`);
      yoga = createApp({ db, analysis, quiet: true, rateLimit: { requests: 10_000_000, windowMs: 60_000 } });
    });

    // The propagating edges, streamed from the database into adjacency arrays (the lower bound).
    const adj = new Adjacency();
    {
      const session = db.driver.session({ defaultAccessMode: 'READ', database: db.database });
      try {
        await new Promise<void>((resolve, reject) =>
          session.run(query('bench/propagating-edges'), { types: PROPAGATING_TYPES }).subscribe({
            onNext: (rec) => adj.add(rec.get('from') as string, rec.get('to') as string),
            onCompleted: () => resolve(),
            onError: reject,
          }),
        );
      } finally {
        await session.close();
      }
    }
    const n = adj.ids.length;
    const byFanIn = [...Array(n).keys()].sort((a, b) => adj.in[b].length - adj.in[a].length);
    const hubCount = Math.max(25, Math.ceil(n / 1000));
    const hubs = byFanIn
      .slice(0, hubCount)
      .filter((i) => adj.in[i].length >= 2)
      .map((i) => adj.ids[i]);
    const leaves = byFanIn.filter((i) => adj.in[i].length === 0).map((i) => adj.ids[i]);
    const propagatingEdges = adj.out.reduce((t, o) => t + o.length, 0);
    results.roots = {
      propagatingEdges,
      nodesOnThem: n,
      hubs: hubs.length,
      hubFanIn: [adj.in[adj.index.get(hubs[0])!].length, adj.in[adj.index.get(hubs[hubs.length - 1])!].length],
      leaves: leaves.length,
    };
    lap(`adjacency: ${JSON.stringify(results.roots)}`);
    const rand = rng(num('case-seed', 9));
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];

    // 2. Impact, depth 1–6.
    const lightCases: Case[] = [];
    await step('impact', async () => {
      const perCombo = num('cases', size === 'L' ? 3 : 4);
      const cases: Case[] = [];
      for (let depth = 1; depth <= 6; depth++)
        for (const [pool, direction] of [
          [hubs, 'DEPENDENTS'],
          [hubs, 'DEPENDENCIES'],
          [leaves, 'DEPENDENTS'],
          [leaves, 'DEPENDENCIES'],
        ] as const)
          for (let k = 0; k < perCombo; k++) cases.push({ id: pick(pool), direction, maxDepth: depth });
      // Classify: one driver walk each (also a warm-up); over heavy-ms, timed once and set apart.
      const heavy: { case: Case; root: 'hub' | 'leaf'; results: number | null; ms: number; error?: string }[] = [];
      const timed: Case[] = [];
      const resultsOf = new Map<string, number>();
      const key = (c: Case) => `${c.id} ${c.direction} ${c.maxDepth}`;
      for (const c of cases) {
        const t = process.hrtime.bigint();
        try {
          const hits = (await db.readTransaction((tx) => walk(tx, validateImpactParams({ ...c, provenance: ALL_PROVENANCE })))).hits.length;
          const took = ms(t);
          resultsOf.set(key(c), hits);
          if (took > heavyMs) heavy.push({ case: c, root: hubs.includes(c.id) ? 'hub' : 'leaf', results: hits, ms: r1(took) });
          else timed.push(c);
        } catch (e) {
          heavy.push({ case: c, root: hubs.includes(c.id) ? 'hub' : 'leaf', results: null, ms: r1(ms(t)), error: (e as Error).message.slice(0, 200) });
        }
      }
      lap(`impact: ${cases.length} cases, ${timed.length} timed, ${heavy.length} heavy (> ${heavyMs} ms or failed)`);
      const samples: Sample[] = [];
      const rows = [];
      // Queries per request, GraphQL vs driver (the extra work GraphQL does).
      const queriesPer: { graphql: number; driver: number } = { graphql: 0, driver: 0 };
      for (let depth = 1; depth <= 6; depth++) {
        const cs = timed.filter((c) => c.maxDepth === depth);
        if (!cs.length) continue;
        rows.push(await measure(db, yoga, adj, cs, ALL_PROVENANCE, `depth ${depth} (${cs.length} roots)`, perDepth, (s) => samples.push(s)));
      }
      {
        const c = timed.find((x) => x.maxDepth === 3 && (resultsOf.get(key(x)) ?? 0) > 0) ?? timed[0];
        if (c) {
          let q = 0;
          const off = db.onQuery(() => q++);
          await gql(yoga, IMPACT_QUERY, { ...c, provenance: ALL_PROVENANCE });
          queriesPer.graphql = q;
          q = 0;
          await db.readTransaction((tx) => walk(tx, validateImpactParams({ ...c, provenance: ALL_PROVENANCE })));
          queriesPer.driver = q;
          off();
        }
      }
      const light = samples.filter((s) => s.results <= 1000);
      for (const c of timed) if ((resultsOf.get(key(c)) ?? 0) <= 1000) lightCases.push(c);
      const lightRow = light.length
        ? (() => {
            const gq = row(light.map((s) => s.graphql));
            const dr = row(light.map((s) => s.driver));
            const im = row(light.map((s) => s.inMemory));
            return {
              graphql: gq,
              driver: dr,
              inMemory: im,
              meanResults: r1(light.reduce((t, s) => t + s.results, 0) / light.length),
              ratios: {
                graphqlOverDriver: +(gq.p50 / dr.p50).toFixed(2),
                graphqlOverInMemory: Math.round(gq.p50 / im.p50),
                driverOverInMemory: Math.round(dr.p50 / im.p50),
              },
            };
          })()
        : null;
      const over = samples.filter((s) => s.results > 1000);
      results.impact = {
        provenance: ALL_PROVENANCE,
        first: 1000,
        iterationsPerDepth: perDepth,
        heavyMs,
        perDepth: rows,
        light: lightRow,
        over1000: over.length
          ? {
              graphql: row(over.map((s) => s.graphql)),
              driver: row(over.map((s) => s.driver)),
              meanResults: r1(over.reduce((t, s) => t + s.results, 0) / over.length),
            }
          : null,
        queriesPerRequest: queriesPer,
        heavy,
        cases: cases.map((c) => ({ ...c, root: hubs.includes(c.id) ? 'hub' : 'leaf', results: resultsOf.get(key(c)) ?? null })),
      };
      lap(
        `impact ≤ 1,000 results: ${JSON.stringify(lightRow)}; over 1,000: ${JSON.stringify((results.impact as { over1000: unknown }).over1000)}; queries per request ${JSON.stringify(queriesPer)}`,
      );
    });

    // 2b. The national questions: a national root's whole fan-out, summary + first 100 through
    // GraphQL (p50/p99 of `--heavy-runs`), beside today's database walk timed once (30 s limit).
    await step('heavy', async () => {
      const Q = `query($id: ID!, $depth: Int, $p: [Provenance!]) { impact(id: $id, direction: DEPENDENTS, maxDepth: $depth, provenance: $p, first: 100) {
        total answeredBy { analysisGraph }
        summary { total byDepth { depth count } byExposure { exposure count } byKind { kind componentKind count } byProvince { province count } byAgency { count agency { id } } byLayer { count layer { id } } }
        affected { depth exposure node { id name kind province } path { type from { id } to { id } } } } }`;
      const runs = num('heavy-runs', 20);
      const heavy: Record<string, unknown>[] = [];
      for (const [id, depth] of [
        ['ndb:dan-cu', 6],
        ['ndb:dan-cu', 3],
        ['ndb:dat-dai', 3],
        ['component:ndxp', 3],
      ] as const) {
        const vars = { id, depth, p: APPRAISAL_PROVENANCE };
        const first = (await gql(yoga, Q, vars)) as { impact: { total: number; answeredBy: { analysisGraph: boolean } } };
        if (!first.impact.answeredBy.analysisGraph) throw new Error('heavy: not answered by the analysis graph');
        // As served: the answer kept for the revision (the same question again: the next page, the
        // map redrawn, another user). Cold: every kept answer forgotten first (the first request
        // after a write), interleaved with the served runs.
        const graph = analysis ? await (analysis as AnalysisService).current() : null;
        const times: number[] = [];
        const cold: number[] = [];
        for (let i = 0; i < runs; i++) {
          let t = process.hrtime.bigint();
          await gql(yoga, Q, vars);
          times.push(ms(t));
          if (graph) forgetKeptAnswers(graph);
          t = process.hrtime.bigint();
          await gql(yoga, Q, vars);
          cold.push(ms(t));
        }
        // Today's design, for comparison: the database walk, once, within the read transaction limit.
        const t = process.hrtime.bigint();
        let database: Record<string, unknown>;
        try {
          const hits = (
            await db.readTransaction((tx) => walk(tx, validateImpactParams({ id, direction: 'DEPENDENTS', maxDepth: depth, provenance: APPRAISAL_PROVENANCE })))
          ).hits.length;
          database = { results: hits, ms: r1(ms(t)) };
        } catch (e) {
          database = { results: null, ms: r1(ms(t)), error: (e as Error).message.slice(0, 200) };
        }
        const entry = {
          case: { id, direction: 'DEPENDENTS', maxDepth: depth },
          provenance: APPRAISAL_PROVENANCE,
          query: 'summary + first 100',
          results: first.impact.total,
          ms: r3(percentile(times, 50)),
          p99: r3(percentile(times, 99)),
          cold: { ms: r3(percentile(cold, 50)), p99: r3(percentile(cold, 99)) },
          runs,
          databaseWalk: database,
        };
        heavy.push(entry);
        lap(`heavy: ${JSON.stringify(entry)}`);
      }
      results.impact = { ...((results.impact as object) ?? {}), heavy };
    });

    // 3. akb vs @neo4j/graphql.
    await step('compare', async () => {
      const lib = await cmp.neo4jGraphqlYoga(db.driver);
      // Roots: 8 of the largest hubs and 32 nodes at random, all with at most NB_CAP propagating
      // neighbours (the largest hubs of L have ~900k: both sides would only time out or run out of memory).
      const NB_CAP = num('neighbourhood-cap', 5000);
      const degree = (id: string) => adj.in[adj.index.get(id)!].length + adj.out[adj.index.get(id)!].length;
      const small = (id: string) => degree(id) <= NB_CAP;
      const randomIds: string[] = [];
      while (randomIds.length < 32) {
        const id = adj.ids[Math.floor(rand() * n)];
        if (small(id)) randomIds.push(id);
      }
      const ids = [...hubs.filter(small).slice(0, 8), ...randomIds];
      results.neighbourhoodRoots = { cap: NB_CAP, excludedHubs: hubs.filter((h) => !small(h)).length, largestIncluded: Math.max(...ids.map(degree)) };
      const provinces = manifest.provinces.map((p) => p.name);
      const out: Record<string, unknown> = {};
      const cases: [
        string,
        { akb: string; library: string },
        (d: Record<string, unknown>) => string[],
        (d: Record<string, unknown>) => string[],
        Record<string, unknown>[],
      ][] = [
        ['neighbourhood', cmp.NEIGHBOURHOOD, cmp.akbNeighbours, cmp.libraryNeighbours, ids.map((id) => ({ id }))],
        ['list (first 100 components of a province by name)', cmp.LIST, cmp.akbListIds, cmp.libraryListIds, provinces.map((province) => ({ province }))],
        ['list with total count', cmp.LIST_COUNT, cmp.akbListCount, cmp.libraryListCount, provinces.map((province) => ({ province }))],
      ];
      for (const [name, q, akbOf, libOf, vars] of cases) {
        // Same answers first (and a warm-up for both).
        let items = 0;
        for (const v of vars) {
          const a = akbOf(await gql(yoga, q.akb, v));
          const b = libOf(await gql(lib, q.library, v));
          if (a.length !== b.length || a.some((x, i) => x !== b[i]))
            throw new Error(
              `${name} ${JSON.stringify(v)}: akb and @neo4j/graphql answer differently (${a.length} vs ${b.length} items; first difference ${a.find((x, i) => x !== b[i]) ?? b[a.length]})`,
            );
          items += a.length;
        }
        const ta: number[] = [];
        const tb: number[] = [];
        for (let i = 0; i < compareIterations; i++) {
          const v = vars[i % vars.length];
          // Interleaved, alternating which goes first.
          const runA = async () => {
            const t = process.hrtime.bigint();
            await gql(yoga, q.akb, v);
            ta.push(ms(t));
          };
          const runB = async () => {
            const t = process.hrtime.bigint();
            await gql(lib, q.library, v);
            tb.push(ms(t));
          };
          if (i % 2) {
            await runA();
            await runB();
          } else {
            await runB();
            await runA();
          }
        }
        const a = row(ta);
        const b = row(tb);
        out[name] = {
          cases: vars.length,
          meanItems: r1(items / vars.length),
          iterations: compareIterations,
          akb: a,
          library: b,
          libraryOverAkb: +(b.p50 / a.p50).toFixed(2),
          libraryOverAkbP99: +(b.p99 / a.p99).toFixed(2),
        };
        lap(`${name}: ${JSON.stringify(out[name])}`);
      }
      // Where akb's time goes on the largest hub and on a list: named queries per request, and
      // Neo4j's own time (result available + consumed) for the query that does the work.
      const neo4jTime = async (name: string, params: Record<string, unknown>) => {
        const session = db.driver.session({ defaultAccessMode: 'READ', database: db.database });
        try {
          const t = process.hrtime.bigint();
          const res = await session.run(query(name), toParams(params) as Record<string, unknown>);
          return {
            wallMs: r3(ms(t)),
            neo4jMs: Number(res.summary.resultAvailableAfter) + Number(res.summary.resultConsumedAfter),
            records: res.records.length,
          };
        } finally {
          await session.close();
        }
      };
      const countQueries = async (q: string, v: Record<string, unknown>) => {
        const names: string[] = [];
        const off = db.onQuery((name) => names.push(name));
        const t = process.hrtime.bigint();
        await gql(yoga, q, v);
        const took = r3(ms(t));
        off();
        return { graphqlMs: took, queries: names };
      };
      const hub = ids[0];
      const keys = [...REL_BY_TYPE.keys()].flatMap((type) => [true, false].map((out) => ({ id: hub, type, out })));
      await neo4jTime('graph/related', { keys });
      const province = provinces[0];
      const firstProvinceList = listParams({ kind: 'Component', province }, 0, 100);
      await neo4jTime('graph/list-nodes', firstProvinceList);
      results.compareProfile = {
        neighbourhoodOfLargestHub: {
          id: hub,
          ...(await countQueries(cmp.NEIGHBOURHOOD.akb, { id: hub })),
          relatedQuery: await neo4jTime('graph/related', { keys }),
          keys: keys.length,
        },
        listOfFirstProvince: {
          province,
          ...(await countQueries(cmp.LIST.akb, { province })),
          listQuery: await neo4jTime('graph/list-nodes', firstProvinceList),
        },
      };
      lap(`compare profile: ${JSON.stringify(results.compareProfile)}`);
      results.compare = out;
      results.libraryVersion = (
        JSON.parse(readFileSync(join(ROOT, 'node_modules', '@neo4j', 'graphql', 'package.json'), 'utf8')) as { version: string }
      ).version;
    });

    // 4. Throughput over loopback HTTP, the load generator in its own process. Twice: with the
    // analysis graph's revision polled (the design), and checked against the database on every
    // request (the alternative), to measure what freshness per request would cost.
    await step('load', async () => {
      if (!lightCases.length) throw new Error('no impact case with ≤ 1,000 results to send');
      const server = createServer(yoga);
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      const bodies = lightCases.map((c) => JSON.stringify({ query: IMPACT_QUERY, variables: { ...c, provenance: ALL_PROVENANCE } }));
      const run = async (checkEachRequest: boolean) => {
        if (analysis) analysis.checkEachRequest = checkEachRequest;
        const cpu0 = { node: process.cpuUsage(), neo: procCpuSeconds(neo.pid) };
        const t0 = process.hrtime.bigint();
        const res = await generateLoad({ url, connections, seconds, bodies });
        const wall = ms(t0) / 1000;
        const nodeCpu = process.cpuUsage(cpu0.node);
        const neoCpu = procCpuSeconds(neo.pid) - cpu0.neo;
        return {
          connections,
          seconds,
          cases: lightCases.length,
          freshness: checkEachRequest ? 'revision read from the database on every request' : 'revision polled every 500 ms',
          requests: res.requests.total,
          requestsPerS: Math.round(res.requests.average),
          latencyMs: { p50: res.latency.p50, p99: res.latency.p99, max: res.latency.max },
          errors: res.errors + res.timeouts,
          non2xx: res.non2xx,
          cpu: {
            serverPct: Math.round(((nodeCpu.user + nodeCpu.system) / 1e6 / wall) * 100),
            neo4jPct: Math.round((neoCpu / wall) * 100),
            note: 'per cent of one core over the run; the load generator runs in its own process',
          },
        };
      };
      try {
        results.throughput = await run(false);
        lap(`throughput: ${JSON.stringify(results.throughput)}`);
        if (analysis) {
          results.throughputCheckingEachRequest = await run(true);
          lap(`throughput, revision checked on every request: ${JSON.stringify(results.throughputCheckingEachRequest)}`);
        }
      } finally {
        if (analysis) analysis.checkEachRequest = false;
        server.closeIdleConnections();
        await new Promise<void>((r) => server.close(() => r()));
      }
    });

    // 5a. Appraisal: the sample proposal moved to the largest generated province (no fixture roles), and as it is.
    await step('appraisal', async () => {
      const ps = manifest.provinces
        .filter((p) => !Object.keys(p.fromFixtures).length)
        .sort((a, b) => b.applications + b.services - (a.applications + a.services));
      const p = ps[0];
      const g = (suffix: string) => `gen-${p.slug}-${suffix}`;
      const owner = `agency:${g('trung-tam-phuc-vu-hanh-chinh-cong')}`;
      const oneStop = `component:${g('httt-gq-tthc')}`;
      const found = new Set((await db.read('graph/nodes-by-ids', { ids: [owner, oneStop, p.lgsp] })).map((x) => (x.node as { id: string }).id));
      for (const id of [owner, oneStop, p.lgsp]) if (!found.has(id)) throw new Error(`appraisal: ${id} is not in the generated graph`);
      const moved: ProposalInput = {
        ...SAMPLE,
        name: `${SAMPLE.name} ${p.name}`,
        ownerAgency: owner,
        architecture: null,
        usesData: [{ target: 'ndb:dang-ky-doanh-nghiep' }, { target: 'ndb:dan-cu', via: p.lgsp }],
        integrations: [{ target: oneStop }],
      };
      // Each proposal on its own: one that fails (the 30 s transaction timeout) is recorded with the time it took.
      const list: Record<string, unknown>[] = [];
      results.appraisal = list;
      for (const [proposal, label] of [
        [moved, `sample moved to ${p.name}`],
        [SAMPLE, 'sample as it is (Quảng Nam, fixtures)'],
      ] as const) {
        const t = process.hrtime.bigint();
        try {
          const a = await measureAppraisal(db, yoga, proposal, APPRAISAL_PROVENANCE, label, 50, 5, analysis);
          // The database path's profile (its queries); skipped when the analysis graph answers.
          const ap = analysis ? null : await profileAppraisal(db, proposal, APPRAISAL_PROVENANCE);
          list.push({ ...a, ...(ap ? { subjectsInProvince: ap.subjectsInProvince, profile: ap } : {}) });
        } catch (e) {
          list.push({ label, failedAfterMs: r1(ms(t)), error: (e as Error).message.slice(0, 300) });
          lap(`appraisal ${label} failed after ${ms(t).toFixed(0)} ms: ${(e as Error).message.slice(0, 200)}`);
        }
      }
    });

    // 6. Web: the national view (before the scan, which may take long).
    await step('web', async () => {
      // The view's default root and depth first; when its impact request fails (the walk over the
      // 30 s transaction timeout at L), the failure is recorded and smaller roots are tried.
      const attempts: Record<string, unknown>[] = [];
      for (const [root, depth] of [
        ['ndb:dan-cu', 3],
        ['ndb:dan-cu', 1],
        ['ndb:dat-dai', 3],
        ['ndb:dat-dai', 1],
      ] as const) {
        try {
          results.web = await measureNationalView(db, { root, depth, provenance: APPRAISAL_PROVENANCE, runs: num('web-runs', 3), analysis });
          break;
        } catch (e) {
          attempts.push({ root, depth, error: (e as Error).message.slice(0, 300) });
          results.webFailedAttempts = attempts;
          lap(`national view ${root} depth ${depth} failed: ${(e as Error).message.slice(0, 300)}`);
        }
      }
    });

    // 5b. The full duplication scan; where its time goes when it misses (unless the scan is very slow).
    await step('scan', async () => {
      const s = await measureScan(db, yoga, APPRAISAL_PROVENANCE, `${size} scan (${APPRAISAL_PROVENANCE.join(',')})`, 3, {
        analysis,
        databaseRuns: num('scan-database-runs', 1),
      });
      results.scan = s;
      save();
      if (analysis) {
        // One departmental application of the largest generated province, edited and put back.
        const p = manifest.provinces
          .filter((x) => !Object.keys(x.fromFixtures).length)
          .sort((a, b) => b.applications + b.services - (a.applications + a.services))[0];
        const component = `component:gen-${p.slug}-ud-0001`;
        const rescore = await measureRescore(db, analysis, APPRAISAL_PROVENANCE, component);
        results.scan = {
          ...s,
          rescoreMs: rescore.rescoreMs,
          rescore: rescore.rescore,
          apiAfterEdit: rescore.apiAfterEdit,
          write: rescore.write,
          lastRescore: rescore.lastRescore,
          rescoredComponent: component,
        };
        save();
        results.reuse = await measureReuse(db, analysis, 'ndb:dan-cu', APPRAISAL_PROVENANCE);
        save();
      }
      // The profile repeats the database path's scan without the transaction timeout: only without
      // an analysis graph, when the scan finished and within the limit.
      const t = s.api.median;
      if (!analysis && t !== null && t > GOALS.scanS * 1000 && t < num('profile-limit-ms', 300_000) && !args.includes('--no-profile'))
        results.scanProfile = await profileScan(db, APPRAISAL_PROVENANCE);
    });
  } finally {
    // Stopped from outside: the SIGTERM handler saved, appended and stops Neo4j.
    if (!stopping) {
      machine.loadAverageAtEnd = loadavg().map((x) => +x.toFixed(2));
      results.machine = machine;
      results.neo4j = { ...results.neo4j, storeMiB: dirMiB(dir), vmHwmMiB: procMemory(neo.pid)?.hwmMiB ?? null };
      results.totalSeconds = Math.round((Date.now() - started) / 1000);
      console.log(`load average: start ${machine.loadAverageAtStart.join(' ')}, end ${(machine.loadAverageAtEnd as number[]).join(' ')}`);
      if (SAVE) {
        save();
        results.machine = machine;
        writeFileSync(resultFile(date, size), `${JSON.stringify(results, null, 2)}\n`);
        if (!skip.has('import-only')) appendTable(results);
        console.log(`wrote ${resultFile(date, size)}${skip.has('import-only') ? '' : ' and the National scale rows of bench/RESULTS.md'}`);
      }
      (analysis as AnalysisService | null)?.stop();
      await db.close();
      await neo.stop();
      if (!given) rmSync(dir, { recursive: true, force: true });
    }
  }
}
