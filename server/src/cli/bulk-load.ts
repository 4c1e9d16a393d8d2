/**
 * What `npm run import -- FILE --bulk` and `npm run db:reset -- --size L` share: choosing the path
 * (Neo4j's importer into an empty embedded database, the online bulk import otherwise), the
 * terminal progress bar (rows/s, ETA), and the summary.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { bootDatabase, type Booted } from '../boot.js';
import type { Config } from '../config/config.js';
import { isEmpty } from '../fixtures/loader.js';
import { BulkImportError, bulkImport, type BulkProgress, type BulkReport } from '../interop/bulk.js';
import { describe } from '../interop/engine.js';
import { fixtureSource, initialLoad, ndjsonFileSource, type InitialLoadReport, type LoadProgress, type RecordSource } from '../interop/initial-load.js';
import { readJson, type NdjsonEntry } from '../interop/json.js';
import type { ItemProblem } from '../interop/types.js';

const fmt = (n: number) => Math.round(n).toLocaleString('en');
const duration = (s: number) =>
  s >= 3600 ? `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m` : s >= 60 ? `${Math.floor(s / 60)}m ${Math.round(s % 60)}s` : `${Math.round(s)}s`;

/** A one-line progress bar on stderr (a TTY redraws in place; a log gets a line every 5 s). */
export function terminalBar() {
  const tty = process.stderr.isTTY;
  let last = 0;
  let lastLine = '';
  return {
    draw(fraction: number | null, text: string, force = false) {
      const now = Date.now();
      if (!force && now - last < (tty ? 200 : 5000)) return;
      last = now;
      const width = 24;
      const filled = fraction === null ? 0 : Math.max(0, Math.min(width, Math.round(fraction * width)));
      const bar = fraction === null ? '' : `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% `;
      const line = `${bar}${text}`;
      if (tty) process.stderr.write(`\r${line}${' '.repeat(Math.max(0, lastLine.length - line.length))}`);
      else process.stderr.write(`${line}\n`);
      lastLine = line;
    },
    end() {
      if (tty && lastLine) process.stderr.write('\n');
      lastLine = '';
    },
  };
}

/** A file of records for a bulk load: NDJSON (streamed) or a JSON document (an export). */
export function fileSource(path: string): RecordSource {
  if (!/\.json$/i.test(path)) return ndjsonFileSource(path);
  const name = basename(path);
  async function* entries(): AsyncGenerator<NdjsonEntry> {
    const batch = readJson(readFileSync(path, 'utf8'), name);
    for (const problem of batch.problems) yield { problem };
    for (const node of batch.nodes) {
      if (node.ownerAgency !== undefined)
        yield {
          problem: {
            at: node.at,
            column: 'ownerAgency',
            value: node.ownerAgency,
            message: 'a bulk load does not read ownerAgency; give the OWNED_BY relationship instead',
            messageVi: 'nạp khối lượng lớn không đọc ownerAgency; hãy ghi quan hệ OWNED_BY',
          },
        };
      else yield { node };
    }
    for (const relationship of batch.relationships) yield { relationship };
  }
  return { name, entries: entries() };
}

/** True when the embedded data directory has no store yet (nothing to start to find out). */
export function noStoreYet(dataDir: string): boolean {
  return !existsSync(join(dataDir, 'data', 'databases', 'neo4j'));
}

export interface LoadOutcome {
  path: 'importer' | 'online';
  rejected: number;
  booted: Booted | null;
}

function printProblems(problems: ItemProblem[], rejected: number) {
  for (const p of problems.slice(0, 50))
    console.log(
      `  ✗ ${describe(p.at)}${p.column ? ` › ${p.column}` : ''}${p.value !== undefined ? ` = ${JSON.stringify(p.value)}` : ''}: ${p.message} / ${p.messageVi}`,
    );
  if (rejected > 50) console.log(`  … ${fmt(rejected)} rejected in all (the first 1,000 problems are kept)`);
}

/** Loads through Neo4j's importer into the embedded data directory (its store is replaced). */
export async function loadThroughImporter(config: Config, sources: RecordSource[], actor: string): Promise<LoadOutcome> {
  const bar = terminalBar();
  const phases: Record<LoadProgress['phase'], string> = {
    validating: 'reading and checking',
    importing: 'Neo4j importer',
    starting: 'starting Neo4j',
    indexes: 'building indexes',
    finishing: 'finishing',
  };
  let phase = '';
  const t0 = performance.now();
  const { report, booted } = await initialLoad({
    dataDir: config.dataDir,
    boltPort: config.boltPort,
    heapMb: config.heapMb,
    pageCacheMb: config.pageCacheMb,
    importMemoryMb: Math.max(1024, config.pageCacheMb),
    sources,
    actor,
    log: (s) => (bar.end(), console.error(`akb: ${s}`)),
    progress: (p) => {
      if (p.phase !== phase) bar.end();
      const s = (performance.now() - t0) / 1000;
      const rate = p.phase === 'validating' && s > 0 ? ` · ${fmt(p.done / s)} records/s` : '';
      const eta = p.phase === 'validating' && p.fraction && p.fraction > 0.01 ? ` · ETA ${duration((s * (1 - p.fraction)) / p.fraction)}` : '';
      bar.draw(
        p.fraction,
        `${phases[p.phase]}${p.detail ? ` (${p.detail})` : ''}${p.phase === 'validating' ? ` · ${fmt(p.done)} records` : ''}${rate}${eta}`,
        p.phase !== phase,
      );
      phase = p.phase;
    },
  });
  bar.end();
  printInitial(report);
  return { path: 'importer', rejected: report.nodes.rejected + report.relationships.rejected, booted };
}

function printInitial(r: InitialLoadReport) {
  const rejected = r.nodes.rejected + r.relationships.rejected;
  if (rejected) {
    console.log(
      `initial load refused: ${fmt(r.nodes.rejected)} node and ${fmt(r.relationships.rejected)} relationship record(s) rejected; nothing was loaded.`,
    );
    printProblems(r.problems, rejected);
    return;
  }
  const s = r.seconds;
  console.log(
    `initial load (Neo4j importer): ${fmt(r.nodes.written)} nodes, ${fmt(r.relationships.written)} relationships in ${s.total.toFixed(1)} s ` +
      `(read and checked ${s.validate.toFixed(1)} s, imported ${s.import.toFixed(1)} s, started ${s.start.toFixed(1)} s, indexes ${s.indexes.toFixed(1)} s, finished ${s.finish.toFixed(1)} s)` +
      (r.followUps ? `; ${fmt(r.followUps)} value(s) CSV cannot hold written with Cypher` : ''),
  );
}

/** The online bulk import into a running database. */
export async function loadOnline(booted: Booted, source: RecordSource, opts: { batchSize?: number; validRows?: boolean; actor: string }): Promise<LoadOutcome> {
  const bar = terminalBar();
  let phase = '';
  const draw = (p: BulkProgress, force = false) => {
    const eta = p.etaSeconds !== null ? ` · ETA ${duration(p.etaSeconds)}` : '';
    bar.draw(p.fraction, `${p.phase} · ${fmt(p.nodes)} nodes · ${fmt(p.relationships)} relationships · ${fmt(p.rowsPerSecond)} rows/s${eta}`, force);
  };
  let report: BulkReport;
  try {
    report = await bulkImport(booted.db, source.entries, {
      batchSize: opts.batchSize,
      mode: opts.validRows ? 'valid-rows' : 'all-or-nothing',
      file: source.name,
      actor: opts.actor,
      position: source.position,
      progress: (p) => {
        draw(p, p.phase !== phase);
        phase = p.phase;
      },
    });
  } catch (e) {
    bar.end();
    if (e instanceof BulkImportError) printProblems(e.report.problems, e.report.nodes.rejected + e.report.relationships.rejected);
    throw e;
  }
  bar.end();
  const rate = (n: number, s: number) => (s > 0 ? fmt(n / s) : '0');
  const rejected = report.nodes.rejected + report.relationships.rejected;
  if (report.undone) {
    console.log(
      `bulk import undone: ${fmt(report.nodes.rejected)} node and ${fmt(report.relationships.rejected)} relationship record(s) rejected; the database is as it was (use --valid-rows to write the rest).`,
    );
  } else {
    console.log(
      `bulk import: ${fmt(report.nodes.written)} nodes (${fmt(report.nodes.created)} created, ${fmt(report.nodes.updated)} replaced; ${rate(report.nodes.written, report.seconds.nodes)}/s), ` +
        `${fmt(report.relationships.written)} relationships (${fmt(report.relationships.created)} created, ${fmt(report.relationships.updated)} replaced; ${rate(report.relationships.written, report.seconds.relationships)}/s), ` +
        `${fmt(rejected)} rejected, ${report.transactions} transactions, ${report.seconds.total.toFixed(1)} s`,
    );
  }
  printProblems(report.problems, rejected);
  return { path: 'online', rejected, booted };
}

/**
 * `--bulk`: an embedded database with nothing in it is loaded through Neo4j's importer (the
 * fixtures, then the file, as a first start would have them); anything else — data already there,
 * NEO4J_URI, or `--online` — through the online bulk import.
 */
export async function bulkLoadFile(
  config: Config,
  file: string,
  opts: { online?: boolean; batchSize?: number; validRows?: boolean; actor: string; log: (s: string) => void },
): Promise<LoadOutcome> {
  if (!config.neo4j && !opts.online && !opts.validRows) {
    if (!noStoreYet(config.dataDir)) {
      const booted = await bootDatabase(config, { loadIfEmpty: false, log: opts.log });
      if (!(await isEmpty(booted.db).catch(async (e) => (await booted.shutdown(), Promise.reject(e))))) return loadOnline(booted, fileSource(file), opts);
      await booted.shutdown();
    }
    opts.log("the database is empty: loading the fixtures and the file through Neo4j's importer…");
    return loadThroughImporter(config, [fixtureSource({ examples: config.loadExamples }), fileSource(file)], opts.actor);
  }
  if (config.neo4j)
    opts.log('NEO4J_URI is set: online bulk import (for a first load of an empty server, see README "National scale": neo4j-admin import and database load)');
  return loadOnline(await bootDatabase(config, { loadIfEmpty: false, log: opts.log }), fileSource(file), opts);
}
