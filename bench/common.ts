/**
 * What the benchmarks share (bench/run.ts, bench/national.ts): percentiles, a seeded PRNG, the
 * in-memory adjacency arrays of the lower bound, the side-by-side impact measurement (GraphQL
 * through yoga.fetch, the same named Cypher through the driver, in-memory BFS), and the helper
 * that appends rows to a table of bench/RESULTS.md.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Result as AutocannonResult } from 'autocannon';
import { ROOT } from '../server/src/config/config.js';
import type { Database } from '../server/src/db/database.js';
import { validateImpactParams, walk, type ImpactDirection } from '../server/src/impact/impact.js';
import type { createApp } from '../server/src/http/app.js';

export type Yoga = ReturnType<typeof createApp>;

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** Deterministic pseudo-random numbers (same graph every run). */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export interface Case {
  id: string;
  direction: ImpactDirection;
  maxDepth: number;
}

/** Adjacency arrays for the in-memory lower bound, built from the same edges. */
export class Adjacency {
  index = new Map<string, number>();
  /** Node ids by index. */
  ids: string[] = [];
  out: number[][] = [];
  in: number[][] = [];
  private idx(id: string) {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.out.length;
      this.index.set(id, i);
      this.ids.push(id);
      this.out.push([]);
      this.in.push([]);
    }
    return i;
  }
  add(from: string, to: string) {
    const a = this.idx(from);
    const b = this.idx(to);
    this.out[a].push(b);
    this.in[b].push(a);
  }
  bfs(root: string, backwards: boolean, maxDepth: number): number {
    const start = this.index.get(root);
    if (start === undefined) return 0;
    const adj = backwards ? this.in : this.out;
    const seen = new Uint8Array(this.out.length);
    seen[start] = 1;
    let frontier = [start];
    let count = 0;
    for (let d = 1; d <= maxDepth && frontier.length; d++) {
      const next: number[] = [];
      for (const u of frontier)
        for (const v of adj[u])
          if (!seen[v]) {
            seen[v] = 1;
            next.push(v);
            count++;
          }
      frontier = next;
    }
    return count;
  }
}

export async function time<T>(fn: () => Promise<T> | T): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** The impact query the benchmarks time through GraphQL (and the load run sends over HTTP). */
export const IMPACT_QUERY = `query($id: ID!, $direction: ImpactDirection!, $maxDepth: Int, $provenance: [Provenance!]) {
    impact(id: $id, direction: $direction, maxDepth: $maxDepth, provenance: $provenance, first: 1000) { total affected { node { id } depth } } }`;

/** One interleaved iteration's times (ms) and the driver walk's result count. */
export interface Sample {
  case: Case;
  graphql: number;
  driver: number;
  inMemory: number;
  results: number;
}

/**
 * Impact side by side: GraphQL, driver, in-memory BFS, interleaved over `iterations` runs cycling
 * through `cases`, after a driver warm-up; p50/p99 of each and the ratios of the p50s.
 */
export async function measure(
  db: Database,
  yoga: Yoga,
  adj: Adjacency,
  cases: Case[],
  provenance: string[],
  label: string,
  iterations: number,
  onSample?: (s: Sample) => void,
) {
  const gqlTimes: number[] = [];
  const driverTimes: number[] = [];
  const memTimes: number[] = [];
  let results = 0;
  // Warm-up: plan caches, JIT, page cache.
  for (const c of cases.slice(0, 20)) await db.readTransaction((tx) => walk(tx, validateImpactParams({ ...c, provenance })));
  for (let i = 0; i < iterations; i++) {
    const c = cases[i % cases.length];
    // Interleaved so that all three see the same machine state.
    const g = await time(async () => {
      const res = await yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: IMPACT_QUERY, variables: { ...c, provenance } }),
      });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    });
    let n = 0;
    const d = await time(async () => {
      n = (await db.readTransaction((tx) => walk(tx, validateImpactParams({ ...c, provenance })))).hits.length;
    });
    const m = await time(() => adj.bfs(c.id, c.direction === 'DEPENDENTS', c.maxDepth));
    gqlTimes.push(g);
    driverTimes.push(d);
    memTimes.push(m);
    results += n;
    onSample?.({ case: c, graphql: g, driver: d, inMemory: m, results: n });
  }
  const row = (xs: number[]) => ({ p50: +percentile(xs, 50).toFixed(3), p99: +percentile(xs, 99).toFixed(3) });
  const r = { label, iterations, meanResults: +(results / iterations).toFixed(1), graphql: row(gqlTimes), driver: row(driverTimes), inMemory: row(memTimes) };
  const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : 'n/a');
  console.log(
    `${label.padEnd(34)} GraphQL p50 ${r.graphql.p50} ms p99 ${r.graphql.p99} | driver p50 ${r.driver.p50} p99 ${r.driver.p99} | in-memory p50 ${r.inMemory.p50} p99 ${r.inMemory.p99} | GraphQL/driver ${ratio(r.graphql.p50, r.driver.p50)}× driver/in-memory ${ratio(r.driver.p50, r.inMemory.p50)}× | mean results ${r.meanResults}`,
  );
  return { ...r, ratios: { graphqlOverDriver: +ratio(r.graphql.p50, r.driver.p50), driverOverInMemory: +ratio(r.driver.p50, r.inMemory.p50) } };
}

/** Adds rows at the end of the table that starts with `header` (creating the table at the end of the file if absent). */
export function addRows(file: string, header: string, rows: string[]) {
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(header);
  if (at < 0) {
    writeFileSync(file, `${text.replace(/\n*$/, '\n')}\n${header}\n${rows.join('\n')}\n`);
    return;
  }
  // The table ends at the first line after its header that is not a table row.
  const lines = text.slice(at + header.length).split('\n');
  let k = 1;
  while (k < lines.length && lines[k].startsWith('|')) k++;
  const before = text.slice(0, at + header.length) + lines.slice(0, k).join('\n');
  const after = lines.slice(k).join('\n');
  writeFileSync(file, `${before}\n${rows.join('\n')}${after ? `\n${after}` : '\n'}`);
}

/**
 * Sends load from a separate process (bench/load-generator.ts), so the generator's own CPU is not
 * counted against the server it measures. Resolves with autocannon's result.
 */
export function generateLoad(spec: {
  url: string;
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  bodies: string[];
}): Promise<AutocannonResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'bench', 'load-generator.ts'), JSON.stringify(spec)],
      { cwd: ROOT, maxBuffer: 64 * 2 ** 20 },
      (err, stdout, stderr) => {
        if (err) return reject(new Error(`load generator: ${err.message}\n${stderr}`));
        resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as AutocannonResult);
      },
    );
  });
}
