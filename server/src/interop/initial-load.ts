/**
 * The initial load of an empty embedded database through Neo4j's own importer (`neo4j-admin
 * database import full`): the fastest way in for a national catalogue, used when the target holds
 * nothing yet (first load, `db:reset` with a generated size, an export loaded into an empty
 * database). Steps:
 * 1. Records stream in (the fixtures first, then the file) and are validated exactly as the online
 *    bulk import validates them (same checks, same messages); valid ones become CSV rows, one file
 *    per kind and per relationship type, typed from the model. Any problem: nothing is imported.
 * 2. The importer builds a new store in a staging directory (neo4j/importer.ts); the store is
 *    swapped in only when it succeeded.
 * 3. Neo4j starts on it, the schema is applied and the indexes are populated; what CSV cannot say
 *    (an empty list, a list item holding the list delimiter, a record given twice) is written
 *    with Cypher; the load is recorded as one change of everything (the analysis graphs build
 *    once at start) and one audit event. A failure in this step puts the previous store back.
 * Derived search keys (`sourceDocuments`, `exactKeys`, `abbreviationKeys`) that are empty are
 * absent rather than empty lists: every query reads them with `x IN list`, which treats both alike.
 */
import { createReadStream, createWriteStream, mkdirSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { hostname } from 'node:os';
import { basename, join } from 'node:path';
import { waitForDatabase, type Booted } from '../boot.js';
import { Database } from '../db/database.js';
import { recordAudit } from '../db/audit.js';
import { mergeAndValidate, readFixtureFiles } from '../fixtures/loader.js';
import { nodeRow, relRow } from '../graph/rows.js';
import { COMMON_PROPS, KINDS, RELATIONSHIPS, REL_COMMON_PROPS, type PropType } from '../model/model.js';
import { validateRelationship, type NodeRecord, type RelRecord } from '../model/validate.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../neo4j/embedded.js';
import { commitInitialImport, revertInitialImport, runImporter } from '../neo4j/importer.js';
import { nodeEntryProblems } from './bulk.js';
import { IdTable, RelKeySet, TYPE_CODE } from './bulk-ids.js';
import { located } from './engine.js';
import { ndjsonEntryChunks, type EntryStream, type NdjsonEntry } from './json.js';
import type { ItemProblem } from './types.js';

/** Records to load, in order, with how far through them the reading is (for progress). */
export interface RecordSource {
  name: string;
  entries: EntryStream;
  /** Bytes read and in total, when the source is a file. */
  position?: () => { done: number; total: number };
}

/** An NDJSON file as a record source. */
export function ndjsonFileSource(path: string): RecordSource {
  const total = statSync(path).size;
  let stream: ReturnType<typeof createReadStream> | null = null;
  // Opened when the first record is asked for, and never given a 'data' listener of its own: a
  // stream that flowed before the line reader was attached would lose what it read meanwhile.
  async function* entries(): AsyncGenerator<NdjsonEntry[]> {
    stream = createReadStream(path, { highWaterMark: 1 << 20 });
    yield* ndjsonEntryChunks(stream, basename(path));
  }
  return { name: basename(path), entries: entries(), position: () => ({ done: stream?.bytesRead ?? 0, total }) };
}

/** The fixtures (fixtures/**, merged and validated as at every first start) as a record source. */
export function fixtureSource(opts: { examples?: boolean; dir?: string } = {}): RecordSource {
  const graph = mergeAndValidate(readFixtureFiles(opts.dir, opts));
  async function* entries(): AsyncGenerator<NdjsonEntry> {
    for (const n of graph.nodes.values()) {
      const { __file, ...record } = n;
      yield { node: { at: { file: __file }, record } };
    }
    for (const r of graph.relationships.values()) yield { relationship: { at: { file: 'fixtures' }, record: r } };
  }
  return { name: 'fixtures', entries: entries() };
}

export type LoadPhase = 'validating' | 'importing' | 'starting' | 'indexes' | 'finishing';

export interface LoadProgress {
  phase: LoadPhase;
  /** Records read (validating), per cent (importing, indexes). */
  done: number;
  total: number | null;
  /** Fraction of the current phase, when known. */
  fraction: number | null;
  detail?: string;
}

export interface InitialLoadOptions {
  dataDir: string;
  boltPort: number;
  heapMb: number;
  pageCacheMb: number;
  /** Off-heap memory for the importer (default 2048 MB). */
  importMemoryMb?: number;
  sources: RecordSource[];
  actor?: string;
  progress?: (p: LoadProgress) => void;
  log?: (line: string) => void;
}

export interface InitialLoadReport {
  nodes: { written: number; rejected: number };
  relationships: { written: number; rejected: number };
  /** The first 1,000 problems (the counts above are complete). */
  problems: ItemProblem[];
  /** Values written after the import with Cypher (see the module comment). */
  followUps: number;
  seconds: { validate: number; import: number; start: number; indexes: number; finish: number; total: number };
}

export interface InitialLoadResult {
  report: InitialLoadReport;
  /** The database, started and ready (null when validation refused the input). */
  booted: Booted | null;
}

/** The list delimiter in CSV cells: a control character no text of the catalogue holds. */
export const LIST_DELIMITER = '\u001f';
/** Derived search keys: left out when empty (see the module comment). */
const DERIVED_LISTS = new Set(['sourceDocuments', 'exactKeys', 'abbreviationKeys']);
const PROVENANCE_COLUMNS: [string, PropType][] = [
  ['provenance', 'string'],
  ['rule', 'string'],
  ['confidence', 'string'],
  ['reference', 'string'],
  ['sources', 'string'],
  ['sourceDocuments', 'string[]'],
];

interface Column {
  key: string;
  type: PropType;
}

const csvType = (t: PropType) => (t === 'int' ? 'long' : t);

function columnsOf(specs: Record<string, { type: PropType }>[], extra: [string, PropType][]): Column[] {
  const out = new Map<string, PropType>();
  for (const s of specs) for (const [k, v] of Object.entries(s)) if (k !== 'id') out.set(k, v.type);
  for (const [k, t] of extra) if (!out.has(k)) out.set(k, t);
  return [...out].map(([key, type]) => ({ key, type }));
}

const NODE_COLUMNS = new Map(
  KINDS.map((k) => [
    k.name,
    columnsOf(
      [COMMON_PROPS, k.props],
      [['kind', 'string'], ...PROVENANCE_COLUMNS, ['searchText', 'string'], ['exactKeys', 'string[]'], ['abbreviationKeys', 'string[]']],
    ),
  ]),
);
const REL_COLUMNS = new Map(RELATIONSHIPS.map((r) => [r.type, columnsOf([REL_COMMON_PROPS, r.props ?? {}], PROVENANCE_COLUMNS)]));

const quote = (s: string) => `"${s.includes('"') ? s.replace(/"/g, '""') : s}"`;
const MULTILINE = /[\n\r]/;

/**
 * One CSV cell for a value, or undefined when CSV cannot hold it faithfully (it is then written
 * with Cypher after the import). Null and absent values are empty, unquoted cells (no property).
 */
function cell(value: unknown, col: Column): string | undefined {
  if (value === undefined || value === null) return '';
  switch (col.type) {
    case 'string':
      return typeof value === 'string' ? quote(value) : undefined;
    case 'int':
      return typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? String(value) : undefined;
    case 'string[]': {
      if (!Array.isArray(value)) return undefined;
      if (value.length === 0) return DERIVED_LISTS.has(col.key) ? '' : undefined;
      for (const v of value) if (typeof v !== 'string' || v === '' || v.includes(LIST_DELIMITER)) return undefined;
      return quote(value.join(LIST_DELIMITER));
    }
  }
}

/**
 * One CSV line: the key cells (quoted), then a cell per column. What a column cannot hold, and any
 * property without a column (other than the `keyed` ones the key cells carry), goes into a patch
 * written with Cypher after the import.
 */
function csvLine(
  keys: string[],
  props: Record<string, unknown>,
  cols: Column[],
  keyed: readonly string[],
): { line: string; multiline: boolean; patch: Record<string, unknown> | null } {
  let line = keys.map(quote).join(',');
  let multiline = keys.some((k) => MULTILINE.test(k));
  let patch: Record<string, unknown> | null = null;
  for (const c of cols) {
    const v = props[c.key];
    const text = cell(v, c);
    if (text === undefined) {
      (patch ??= {})[c.key] = v;
      line += ',';
    } else {
      line += `,${text}`;
      if (text.length > 2 && MULTILINE.test(text)) multiline = true;
    }
  }
  for (const k of Object.keys(props)) if (!keyed.includes(k) && !cols.some((c) => c.key === k)) (patch ??= {})[k] = props[k];
  return { line, multiline, patch };
}

/** Buffered CSV files, one per name, each with its header file apart. */
class CsvFiles {
  private files = new Map<string, { path: string; stream: WriteStream; buffer: string; rows: number }>();
  private headers = new Map<string, string>();

  constructor(private readonly dir: string) {}

  /** Appends one line; resolves when the file's buffer may take more. */
  async write(name: string, header: string, line: string): Promise<void> {
    let f = this.files.get(name);
    if (!f) {
      f = { path: join(this.dir, `${name}.csv`), stream: createWriteStream(join(this.dir, `${name}.csv`)), buffer: '', rows: 0 };
      this.files.set(name, f);
      this.headers.set(name, header);
    }
    f.buffer += line;
    f.rows++;
    if (f.buffer.length > 1 << 20) {
      const ok = f.stream.write(f.buffer);
      f.buffer = '';
      if (!ok) await new Promise<void>((r) => f!.stream.once('drain', () => r()));
    }
  }

  has(name: string): boolean {
    return this.files.has(name);
  }

  path(name: string): string {
    return this.files.get(name)!.path;
  }

  /** Flushes and closes every file and writes the header files; returns header path by name. */
  async close(): Promise<Map<string, string>> {
    const headerPaths = new Map<string, string>();
    for (const [name, f] of this.files) {
      f.stream.end(f.buffer);
      await new Promise<void>((r, j) => (f.stream.once('finish', () => r()), f.stream.once('error', j)));
      const headerPath = join(this.dir, `${name}.header.csv`);
      const h = createWriteStream(headerPath);
      h.end(this.headers.get(name));
      await new Promise<void>((r, j) => (h.once('finish', () => r()), h.once('error', j)));
      headerPaths.set(name, headerPath);
    }
    return headerPaths;
  }
}

/** Something CSV could not say, written with Cypher after the import, in input order. */
type FollowUp =
  | { entity: 'node'; replace: boolean; row: { id: string; props: Record<string, unknown> } }
  | { entity: 'relationship'; replace: boolean; row: { from: string; type: string; to: string; props: Record<string, unknown> } };

const FOLLOW_UP_QUERIES = {
  node: { replace: 'interop/update-nodes', patch: 'bulk/patch-nodes' },
  relationship: { replace: 'interop/update-relationships', patch: 'bulk/patch-relationships' },
} as const;

/**
 * Loads the sources into the embedded database at `dataDir` through Neo4j's importer. The data
 * directory must not be in use; whatever store it holds is replaced only when everything
 * succeeded. Returns the started database (to be shut down by the caller).
 */
export async function initialLoad(opts: InitialLoadOptions): Promise<InitialLoadResult> {
  const log = opts.log ?? (() => {});
  const progress = opts.progress ?? (() => {});
  const t0 = performance.now();
  const lap = (since: number) => (performance.now() - since) / 1000;
  const report: InitialLoadReport = {
    nodes: { written: 0, rejected: 0 },
    relationships: { written: 0, rejected: 0 },
    problems: [],
    followUps: 0,
    seconds: { validate: 0, import: 0, start: 0, indexes: 0, finish: 0, total: 0 },
  };
  const reject = (p: ItemProblem) => {
    if (report.problems.length < 1000) report.problems.push(p);
  };
  const csvDir = join(opts.dataDir, 'import-csv');
  rmSync(csvDir, { recursive: true, force: true });
  mkdirSync(csvDir, { recursive: true });
  const cleanCsv = () => rmSync(csvDir, { recursive: true, force: true });

  // 1. Validate and write CSV.
  const ids = new IdTable();
  const relKeys = new RelKeySet();
  const csv = new CsvFiles(csvDir);
  const followUps: FollowUp[] = [];
  const nodeHeader = new Map([...NODE_COLUMNS].map(([kind, cols]) => [kind, `id:ID,${cols.map((c) => `${c.key}:${csvType(c.type)}`).join(',')}\n`]));
  const relHeader = new Map([...REL_COLUMNS].map(([type, cols]) => [type, `:START_ID,:END_ID,${cols.map((c) => `${c.key}:${csvType(c.type)}`).join(',')}\n`]));
  let read = 0;
  let lastReport = 0;
  const tell = (source: RecordSource) => {
    const now = performance.now();
    if (now - lastReport < 200) return;
    lastReport = now;
    const p = source.position?.();
    progress({ phase: 'validating', done: read, total: null, fraction: p ? p.done / p.total : null, detail: source.name });
  };
  try {
    for (const source of opts.sources) {
      for await (const item of source.entries)
        for (const entry of Array.isArray(item) ? item : [item as NdjsonEntry]) {
          read++;
          if ((read & 1023) === 0) tell(source);
          if ('problem' in entry) {
            report.nodes.rejected++;
            reject(entry.problem);
          } else if ('node' in entry) {
            const r = entry.node.record as Partial<NodeRecord>;
            const { problems, earlier: stored } = nodeEntryProblems(r, ids);
            if (problems.length) {
              report.nodes.rejected++;
              for (const p of problems) reject(located(p, entry.node.at, undefined));
              continue;
            }
            if (report.problems.length) continue; // nothing will be imported; only validate
            const row = nodeRow({ ...(r as NodeRecord), name: r.name!.normalize('NFC') });
            report.nodes.written++;
            if (stored !== undefined) {
              // Given twice: the later record replaces the earlier one, as the online path's write would.
              followUps.push({ entity: 'node', replace: true, row: { id: row.id, props: row.props } });
              continue;
            }
            ids.set(row.id, row.kind, true);
            const { line, multiline, patch } = csvLine([row.id], row.props, NODE_COLUMNS.get(row.kind)!, ['id']);
            await csv.write(`nodes-${row.kind}${multiline ? '.multiline' : ''}`, nodeHeader.get(row.kind)!, `${line}\n`);
            if (patch) followUps.push({ entity: 'node', replace: false, row: { id: row.id, props: patch } });
          } else {
            const rec = entry.relationship.record as RelRecord;
            const problems = validateRelationship('@', rec, (id) => ids.kindOf(id));
            if (problems.length) {
              report.relationships.rejected++;
              for (const p of problems) reject(located(p, entry.relationship.at, undefined));
              continue;
            }
            if (report.problems.length) continue;
            const row = relRow(rec);
            report.relationships.written++;
            if (!relKeys.add(ids.indexOf(row.from)!, TYPE_CODE.get(row.type)!, ids.indexOf(row.to)!)) {
              followUps.push({ entity: 'relationship', replace: true, row });
              continue;
            }
            const { line, multiline, patch } = csvLine([row.from, row.to], row.props, REL_COLUMNS.get(row.type)!, []);
            await csv.write(`rels-${row.type}${multiline ? '.multiline' : ''}`, relHeader.get(row.type)!, `${line}\n`);
            if (patch) followUps.push({ entity: 'relationship', replace: false, row: { from: row.from, type: row.type, to: row.to, props: patch } });
          }
        }
    }
  } catch (e) {
    await csv.close().catch(() => {});
    cleanCsv();
    throw e;
  }
  const headers = await csv.close();
  report.seconds.validate = lap(t0);
  report.followUps = followUps.length;
  if (report.nodes.rejected + report.relationships.rejected > 0) {
    report.nodes.written = 0;
    report.relationships.written = 0;
    report.followUps = 0;
    cleanCsv();
    report.seconds.total = lap(t0);
    return { report, booted: null };
  }
  log(
    `validated ${report.nodes.written.toLocaleString('en')} nodes and ${report.relationships.written.toLocaleString('en')} relationships in ${report.seconds.validate.toFixed(1)} s; importing…`,
  );

  // 2. Import into a staging store and swap it in.
  const t1 = performance.now();
  const groups = (prefix: string) => {
    const out: { name: string; files: string[]; multiline: string | null }[] = [];
    for (const name of headers.keys()) {
      if (!name.startsWith(prefix) || name.endsWith('.multiline')) continue;
      out.push({ name: name.slice(prefix.length), files: [headers.get(name)!, csv.path(name)], multiline: null });
    }
    for (const name of headers.keys()) {
      if (!name.startsWith(prefix) || !name.endsWith('.multiline')) continue;
      const base = name.slice(prefix.length, -'.multiline'.length);
      let g = out.find((x) => x.name === base);
      if (!g) out.push((g = { name: base, files: [headers.get(name)!], multiline: null }));
      g.files.push(csv.path(name));
      g.multiline = csv.path(name);
    }
    return out;
  };
  const nodeGroups = groups('nodes-');
  const relGroups = groups('rels-');
  try {
    await runImporter({
      home: opts.dataDir,
      nodes: nodeGroups.map((g) => ({ labels: ['Node', g.name], files: g.files })),
      relationships: relGroups.map((g) => ({ type: g.name, files: g.files })),
      multiline: [...nodeGroups, ...relGroups].flatMap((g) => (g.multiline ? [g.multiline] : [])),
      arrayDelimiter: LIST_DELIMITER,
      heapMb: opts.heapMb,
      memoryMb: opts.importMemoryMb ?? 2048,
      reportFile: join(csvDir, 'import.report'),
      progress: (stage, name, percent) => progress({ phase: 'importing', done: percent, total: 100, fraction: (stage - 1 + percent / 100) / 4, detail: name }),
    });
  } finally {
    cleanCsv();
  }
  report.seconds.import = lap(t1);
  log(`imported in ${report.seconds.import.toFixed(1)} s; starting Neo4j…`);

  // 3. Start, schema and indexes, follow-ups, the change and the audit event; undone on failure.
  let embedded: EmbeddedNeo4j | null = null;
  let db: Database | null = null;
  try {
    const t2 = performance.now();
    progress({ phase: 'starting', done: 0, total: null, fraction: null });
    embedded = await startEmbeddedNeo4j({
      dataDir: opts.dataDir,
      boltPort: opts.boltPort,
      pageCacheMb: opts.pageCacheMb,
      heapMb: opts.heapMb,
      importPending: true,
      timeoutMs: 600_000,
    });
    db = Database.connect({ uri: embedded.uri });
    await waitForDatabase(db, 120_000);
    report.seconds.start = lap(t2);
    const t3 = performance.now();
    await applySchemaWithProgress(db, (fraction, detail) => progress({ phase: 'indexes', done: Math.round(fraction * 100), total: 100, fraction, detail }));
    report.seconds.indexes = lap(t3);
    const t4 = performance.now();
    progress({ phase: 'finishing', done: 0, total: followUps.length, fraction: null });
    for (let i = 0; i < followUps.length;) {
      const first = followUps[i];
      let j = i;
      while (j < followUps.length && j - i < 5000 && followUps[j].entity === first.entity && followUps[j].replace === first.replace) j++;
      const rows = followUps.slice(i, j).map((f) => f.row);
      await db.writeTransaction(
        (tx) => (tx.changed({ none: true }), tx.run(FOLLOW_UP_QUERIES[first.entity][first.replace ? 'replace' : 'patch'], { rows })),
        300_000,
      );
      i = j;
    }
    await db.writeTransaction(async (tx) => {
      tx.changed({ all: true });
      await recordAudit(tx, {
        actor: opts.actor ?? 'akb',
        operation: 'bulkImport',
        targets: [],
        before: null,
        after: {
          files: opts.sources.map((s) => s.name),
          path: 'neo4j-admin database import',
          host: hostname(),
          nodes: report.nodes.written,
          relationships: report.relationships.written,
        },
      });
    });
    commitInitialImport(opts.dataDir);
    report.seconds.finish = lap(t4);
  } catch (e) {
    log(`the load could not be finished (${(e as Error).message}); putting the previous database back…`);
    await db?.close().catch(() => {});
    await embedded?.stop().catch(() => {});
    revertInitialImport(opts.dataDir);
    throw e;
  }
  report.seconds.total = lap(t0);
  const booted: Booted = {
    db,
    embedded,
    loaded: { nodes: report.nodes.written, relationships: report.relationships.written },
    shutdown: async () => {
      await db!.close().catch(() => {});
      await embedded!.stop();
    },
  };
  return { report, booted };
}

/**
 * Applies the schema while reporting how far the indexes are populated (a national store builds
 * them all after the import: the constraints' indexes, then the full-text index).
 */
export async function applySchemaWithProgress(db: Database, progress: (fraction: number, detail: string) => void): Promise<void> {
  let done = false;
  const poll = (async () => {
    while (!done) {
      await new Promise((r) => setTimeout(r, 1000));
      if (done) break;
      try {
        const rows = await db.read('schema/index-progress');
        if (!rows.length) continue;
        const total = rows.reduce((s, r) => s + Number(r.populationPercent ?? 100), 0) / rows.length / 100;
        const busy = rows.filter((r) => r.state !== 'ONLINE').map((r) => r.name as string);
        progress(total, busy.length ? busy.slice(0, 3).join(', ') : 'online');
      } catch {
        // Progress is best effort; the schema statements below decide success.
      }
    }
  })();
  try {
    await db.applySchema();
  } finally {
    done = true;
    await poll;
  }
  progress(1, 'online');
}
