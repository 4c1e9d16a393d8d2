/**
 * The online bulk import (`npm run import -- FILE.ndjson --bulk` into a database that already
 * holds data): records stream in, each is validated against the model exactly as everywhere else,
 * and valid ones are written in batches that commit one by one — yet the import stays all or
 * nothing:
 * - every batch records, in its own transaction, what it did under the import's id (a
 *   `:BulkImportUndo` node: the ids it created, the previous state of what it updated), so a bulk
 *   import that fails half-way (a bad row found late, a database error, the process killed) is
 *   undone: at once in-process, or at the next start of akb (boot.ts `recoverBulkImports`);
 * - `:BulkImport {id}` says the import runs, with its progress (rows, rate, ETA) for the web's
 *   import page; it becomes `done` in the transaction that drops the undo records.
 * Writes: each batch looks up its ids once; rows for new nodes are CREATEd, stored ones replaced;
 * a relationship is CREATEd when one end is a node this import created and the import has not
 * written it before, MERGEd otherwise; relationship ends are looked up once per batch and reached
 * by elementId. The next batch is read and validated while the database writes the current one.
 * The analysis graph: batches declare no graph change; the import records one change of
 * everything at the end (or after undoing), so every server rebuilds once. The full-text index is
 * eventually consistent; the end of the import waits for it, so what was imported is searchable.
 * `mode: 'valid-rows'` writes the valid rows and reports the rest, like the other imports.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Database, Tx } from '../db/database.js';
import { recordAudit } from '../db/audit.js';
import type { FieldProblem } from '../errors.js';
import { nodeRow, relRow } from '../graph/rows.js';
import { validateNode, validateRelationship, type NodeRecord, type RelRecord } from '../model/validate.js';
import { IdTable, RelKeySet, TYPE_CODE } from './bulk-ids.js';
import { located } from './engine.js';
import type { EntryStream, NdjsonEntry } from './json.js';
import type { ItemProblem, Location } from './types.js';

/** Rows per transaction, chosen by measurement (bench/import-profile.ts; README "Benchmarks"). */
export const BULK_BATCH = 25_000;

export interface BulkOptions {
  /** Records per transaction (default BULK_BATCH). */
  batchSize?: number;
  /** 'all-or-nothing' (default): any rejected row undoes the import; 'valid-rows' writes the rest. */
  mode?: 'all-or-nothing' | 'valid-rows';
  /** Named in the import's record and audit event. */
  file?: string;
  actor?: string;
  /** Bytes read of the input and in total (for the fraction done and the ETA). */
  position?: () => { done: number; total: number };
  progress?: (p: BulkProgress) => void;
}

export interface BulkProgress {
  phase: 'nodes' | 'relationships' | 'finishing' | 'undoing';
  nodes: number;
  relationships: number;
  /** Rows written per second since the start. */
  rowsPerSecond: number;
  /** Fraction of the input read (null when unknown). */
  fraction: number | null;
  etaSeconds: number | null;
}

export interface BulkReport {
  /** The import's id (`bulk:<uuid>`), also on its `:BulkImport` record. */
  id: string;
  nodes: { written: number; rejected: number; created: number; updated: number };
  relationships: { written: number; rejected: number; created: number; updated: number };
  /** The first 1,000 problems (the counts above are complete). */
  problems: ItemProblem[];
  transactions: number;
  /** Seconds spent writing nodes and relationships (database time, reading overlapped), and in all. */
  seconds: { nodes: number; relationships: number; finish: number; total: number };
  /** True when the import was undone (rows rejected in all-or-nothing mode): nothing stays. */
  undone: boolean;
}

/** Raised after the import was undone because the database refused a batch. */
export class BulkImportError extends Error {
  constructor(
    message: string,
    readonly report: BulkReport,
  ) {
    super(message);
    this.name = 'BulkImportError';
  }
}

type NodeRow = ReturnType<typeof nodeRow> & { at: Location };
type RelRow = ReturnType<typeof relRow> & { at: Location; record: RelRecord };

const kindClash = (id: string, stored: string, kind: string, at: Location): ItemProblem => ({
  at,
  column: 'kind',
  value: kind,
  message: `${id} is stored as a ${stored}; an id cannot change kind`,
  messageVi: `${id} đang là ${stored}; mã không thể đổi loại`,
});

/** Validation failures inside a batch (a kind clash with a stored node), in all-or-nothing mode. */
class RejectedRows extends Error {}

/**
 * Streams records into the database. Nodes must come before the relationships that name them (the
 * NDJSON the generator writes does); a relationship may also name a node already stored.
 */
export async function bulkImport(db: Database, entries: EntryStream, opts: BulkOptions = {}): Promise<BulkReport> {
  const size = opts.batchSize ?? BULK_BATCH;
  const allOrNothing = (opts.mode ?? 'all-or-nothing') === 'all-or-nothing';
  const id = `bulk:${randomUUID()}`;
  const report: BulkReport = {
    id,
    nodes: { written: 0, rejected: 0, created: 0, updated: 0 },
    relationships: { written: 0, rejected: 0, created: 0, updated: 0 },
    problems: [],
    transactions: 0,
    seconds: { nodes: 0, relationships: 0, finish: 0, total: 0 },
    undone: false,
  };
  const started = performance.now();
  const reject = (p: ItemProblem) => {
    if (report.problems.length < 1000) report.problems.push(p);
  };
  const ids = new IdTable();
  const relKeys = new RelKeySet();
  let batchNo = 0;
  let phase: BulkProgress['phase'] = 'nodes';

  const status = (): BulkProgress => {
    const s = (performance.now() - started) / 1000;
    const rows = report.nodes.written + report.relationships.written;
    const p = opts.position?.();
    const fraction = p && p.total > 0 ? Math.min(1, p.done / p.total) : null;
    return {
      phase,
      nodes: report.nodes.written,
      relationships: report.relationships.written,
      rowsPerSecond: s > 0 ? Math.round(rows / s) : 0,
      fraction,
      etaSeconds: fraction && fraction > 0.001 ? Math.round((s * (1 - fraction)) / fraction) : null,
    };
  };
  const recordProgress = (tx: Tx) => {
    const p = status();
    return tx.run('bulk/progress', {
      id,
      phase: p.phase,
      nodes: p.nodes,
      relationships: p.relationships,
      rowsPerSecond: p.rowsPerSecond,
      fraction: p.fraction,
      etaSeconds: p.etaSeconds,
    });
  };
  const anyRejected = () => report.nodes.rejected + report.relationships.rejected > 0;

  await db.writeTransaction(async (tx) => {
    tx.changed({ none: true });
    await tx.run('bulk/begin', {
      id,
      file: opts.file ?? null,
      actor: opts.actor ?? null,
      host: hostname(),
      pid: process.pid,
      mode: allOrNothing ? 'all-or-nothing' : 'valid-rows',
    });
  });

  // One batch in flight while the next is read and validated: a batch starts once the previous
  // one has committed (they share the graph's write lock anyway).
  let inFlight: Promise<void> = Promise.resolve();
  let failure: unknown = null;
  const enqueue = async (work: () => Promise<void>) => {
    await inFlight;
    if (failure) return;
    inFlight = work().catch((e) => {
      failure = e;
    });
  };

  const writeNodes = async (rows: NodeRow[]) => {
    const t = performance.now();
    const batch = ++batchNo;
    const out = await db.writeTransaction(async (tx) => {
      tx.changed({ none: true });
      const stored = new Map((await tx.run('interop/existing-nodes', { ids: rows.map((r) => r.id) })).map((r) => [r.id as string, r]));
      const created: NodeRow[] = [];
      const updated: NodeRow[] = [];
      const rejected: ItemProblem[] = [];
      const clashes: [string, string][] = [];
      for (const r of rows) {
        const s = stored.get(r.id);
        if (!s) created.push(r);
        else if (s.kind !== r.kind) {
          rejected.push(kindClash(r.id, s.kind as string, r.kind, r.at));
          clashes.push([r.id, s.kind as string]);
        } else updated.push(r);
      }
      if (rejected.length && allOrNothing) {
        rejected.forEach(reject);
        report.nodes.rejected += rejected.length;
        throw new RejectedRows();
      }
      const refs = created.length ? await tx.run('bulk/create-nodes', { rows: created.map((r) => ({ kind: r.kind, props: r.props })) }) : [];
      if (updated.length) await tx.run('interop/update-nodes', { rows: updated.map((r) => ({ id: r.id, props: r.props })) });
      await tx.run('bulk/record-undo', {
        importId: id,
        batch,
        createdNodes: created.map((r) => r.id),
        updatedNodes: updated.map((r) => JSON.stringify({ id: r.id, props: stored.get(r.id)!.props })),
        createdRelationships: [],
        updatedRelationships: [],
      });
      await recordProgress(tx);
      return { created, updated, rejected, clashes, refs: refs.map((x) => x.ref as string) };
    }, 300_000);
    out.created.forEach((r, i) => {
      ids.set(r.id, r.kind, true);
      ids.setRef(r.id, out.refs[i]);
    });
    // Rejected for a kind clash (valid-rows): relationships will meet the stored kind.
    for (const [nodeId, kind] of out.clashes) ids.set(nodeId, kind);
    out.rejected.forEach(reject);
    report.nodes.rejected += out.rejected.length;
    report.nodes.created += out.created.length;
    report.nodes.updated += out.updated.length;
    report.nodes.written += out.created.length + out.updated.length;
    report.transactions++;
    report.seconds.nodes += (performance.now() - t) / 1000;
    opts.progress?.(status());
  };

  const writeRelationships = async (rows: RelRow[]) => {
    const t = performance.now();
    const batch = ++batchNo;
    const out = await db.writeTransaction(async (tx) => {
      tx.changed({ none: true });
      // The ends this import has not met yet, once for the batch: their kinds (for the rows that
      // name stored nodes) and references. Ends it created or met before are known already.
      const refs = new Map<string, string>();
      const storedKind = new Map<string, string>();
      const unknown = new Set<string>();
      for (const r of rows)
        for (const end of [r.from, r.to]) {
          const ref = ids.refOf(end);
          if (ref !== undefined) refs.set(end, ref);
          else unknown.add(end);
        }
      if (unknown.size)
        for (const r of await tx.run('bulk/node-refs', { ids: [...unknown] })) {
          refs.set(r.id as string, r.ref as string);
          storedKind.set(r.id as string, r.kind as string);
        }
      const rejected: ItemProblem[] = [];
      const create: { a: string; b: string; type: string; props: Record<string, unknown> }[] = [];
      const merge: RelRow[] = [];
      for (const r of rows) {
        const problems = validateRelationship('@', r.record, (x) => ids.kindOf(x) ?? storedKind.get(x));
        // A node this import was told of but could not write (rejected) is not there.
        if (!problems.length && (!refs.has(r.from) || !refs.has(r.to)))
          for (const end of ['from', 'to'] as const)
            if (!refs.has(r[end]))
              problems.push({ where: `@.${end}`, message: 'no node has this id', messageVi: 'không có nút nào mang mã này', value: r[end] });
        if (problems.length) {
          for (const p of problems) rejected.push(located(p, r.at, undefined));
          continue;
        }
        for (const end of [r.from, r.to])
          if (ids.refOf(end) === undefined) {
            if (ids.indexOf(end) === undefined) ids.set(end, storedKind.get(end)!);
            ids.setRef(end, refs.get(end)!);
          }
        const first = relKeys.add(ids.indexOf(r.from)!, TYPE_CODE.get(r.type)!, ids.indexOf(r.to)!);
        // New for certain: one end was created by this import, which has not written this
        // relationship before. Anything else may exist: MERGE, keeping what it replaces. (Created
        // rows run first, so a repeat later in the batch MERGEs onto them: the later row wins.)
        if (first && (ids.created(r.from) || ids.created(r.to))) create.push({ a: refs.get(r.from)!, b: refs.get(r.to)!, type: r.type, props: r.props });
        else merge.push(r);
      }
      const rejectedRows = new Set(rejected.map((p) => p.at));
      if (rejected.length && allOrNothing) {
        rejected.forEach(reject);
        report.relationships.rejected += rejectedRows.size;
        throw new RejectedRows();
      }
      let createdCount = 0;
      if (create.length) {
        const [c] = await tx.run('bulk/create-relationships', { rows: create });
        createdCount = Number(c.created);
        if (createdCount !== create.length)
          throw new Error(`${create.length - createdCount} relationship end(s) of this batch were deleted while it was written`);
      }
      const createdKeys: string[] = [];
      const updatedRels: string[] = [];
      if (merge.length) {
        for (const r of await tx.run('bulk/merge-relationships', { rows: merge.map((r) => ({ from: r.from, to: r.to, type: r.type, props: r.props })) })) {
          const before = r.before as Record<string, unknown>;
          if (Object.keys(before).length === 0) createdKeys.push(JSON.stringify([r.from, r.type, r.to]));
          else updatedRels.push(JSON.stringify({ from: r.from, type: r.type, to: r.to, props: before }));
        }
      }
      await tx.run('bulk/record-undo', {
        importId: id,
        batch,
        createdNodes: [],
        updatedNodes: [],
        createdRelationships: createdKeys,
        updatedRelationships: updatedRels,
      });
      await recordProgress(tx);
      return { created: createdCount + createdKeys.length, updated: updatedRels.length, rejected, rejectedRows: rejectedRows.size };
    }, 300_000);
    out.rejected.forEach(reject);
    report.relationships.rejected += out.rejectedRows;
    report.relationships.created += out.created;
    report.relationships.updated += out.updated;
    report.relationships.written += out.created + out.updated;
    report.transactions++;
    report.seconds.relationships += (performance.now() - t) / 1000;
    opts.progress?.(status());
  };

  // Read and validate; rows that are already known to fail are reported, not written.
  let nodeBatch = new Map<string, NodeRow>();
  let relBatch: RelRow[] = [];
  const flushNodes = async () => {
    if (!nodeBatch.size) return;
    const rows = [...nodeBatch.values()];
    nodeBatch = new Map();
    if (allOrNothing && anyRejected()) return;
    await enqueue(() => writeNodes(rows));
  };
  const flushRelationships = async () => {
    if (!relBatch.length) return;
    const rows = relBatch;
    relBatch = [];
    if (allOrNothing && anyRejected()) return;
    await enqueue(() => writeRelationships(rows));
  };
  let lastTick = 0;
  try {
    reading: for await (const item of entries)
      for (const entry of Array.isArray(item) ? item : [item as NdjsonEntry]) {
        if (failure) break reading;
        if ('problem' in entry) {
          report.nodes.rejected++;
          reject(entry.problem);
        } else if ('node' in entry) {
          const r = entry.node.record as Partial<NodeRecord>;
          const { problems, earlier } = nodeEntryProblems(r, ids);
          if (problems.length) {
            report.nodes.rejected++;
            for (const p of problems) reject(located(p, entry.node.at, undefined));
            continue;
          }
          if (earlier === undefined) ids.set(r.id!, r.kind!);
          // Given twice in one batch: the later record is the one written.
          nodeBatch.set(r.id!, { ...nodeRow({ ...(r as NodeRecord), name: r.name!.normalize('NFC') }), at: entry.node.at });
          if (nodeBatch.size >= size) await flushNodes();
        } else {
          if (phase === 'nodes') await flushNodes();
          phase = 'relationships';
          const record = entry.relationship.record as RelRecord;
          // The model's checks that need no database (type, properties, provenance) right away; the
          // ends' kinds inside the batch, where stored nodes are looked up.
          const problems = validateRelationship('@', record, () => 'Component').filter((p) => !/\.(from|to)$/.test(p.where));
          if (problems.length) {
            report.relationships.rejected++;
            for (const p of problems) reject(located(p, entry.relationship.at, undefined));
            continue;
          }
          relBatch.push({ ...relRow(record), record, at: entry.relationship.at });
          if (relBatch.length >= size) await flushRelationships();
        }
        const now = performance.now();
        if (now - lastTick > 250) {
          lastTick = now;
          opts.progress?.(status());
        }
      }
    await flushNodes();
    await flushRelationships();
    await inFlight;
  } catch (e) {
    failure ??= e;
    await inFlight;
  }

  const failed = failure && !(failure instanceof RejectedRows) ? failure : null;
  if (failed || (allOrNothing && anyRejected())) {
    phase = 'undoing';
    opts.progress?.(status());
    await rollbackBulkImport(db, id, {
      actor: opts.actor,
      reason: failed ? (failed as Error).message : `${report.nodes.rejected + report.relationships.rejected} row(s) rejected`,
    });
    report.undone = true;
    report.nodes = { ...report.nodes, written: 0, created: 0, updated: 0 };
    report.relationships = { ...report.relationships, written: 0, created: 0, updated: 0 };
    report.seconds.total = (performance.now() - started) / 1000;
    if (failed) throw new BulkImportError(`the bulk import failed and was undone; nothing was written: ${(failed as Error).message}`, report);
    return report;
  }

  // Done: searchable, then final — the undo records go, one change of everything, one audit event.
  const t = performance.now();
  phase = 'finishing';
  opts.progress?.(status());
  await db.autoCommit('search/await-refresh');
  await db.writeTransaction(async (tx) => {
    tx.changed({ all: true });
    await tx.run('bulk/finish', { id, keep: 20, nodes: report.nodes.written, relationships: report.relationships.written });
    await recordAudit(tx, {
      actor: opts.actor ?? 'akb',
      operation: 'bulkImport',
      targets: [],
      before: null,
      after: { importId: id, file: opts.file ?? null, nodes: report.nodes, relationships: { ...report.relationships } },
    });
  }, 300_000);
  report.seconds.finish = (performance.now() - t) / 1000;
  report.seconds.total = (performance.now() - started) / 1000;
  return report;
}

/** Created nodes are deleted in transactions of this many (with their relationships). */
const UNDO_DELETE_CHUNK = 5_000;

/**
 * Undoes a bulk import from its undo records, newest batch first: relationships it created between
 * stored nodes are deleted, what it updated gets its previous properties back, the nodes it
 * created are deleted with their relationships. Each step is idempotent, so an undo that is itself
 * interrupted simply runs again at the next start. Ends with one change of everything.
 */
export async function rollbackBulkImport(db: Database, id: string, opts: { actor?: string; reason?: string } = {}): Promise<{ batches: number }> {
  let batches = 0;
  for (;;) {
    const [u] = await db.read('bulk/last-undo', { importId: id });
    if (!u) break;
    const parse = <T>(xs: unknown) => ((xs as string[] | null) ?? []).map((x) => JSON.parse(x) as T);
    const createdRels = parse<[string, string, string]>(u.createdRelationships).map(([from, type, to]) => ({ from, type, to }));
    const updatedRels = parse<{ from: string; type: string; to: string; props: Record<string, unknown> }>(u.updatedRelationships);
    const updatedNodes = parse<{ id: string; props: Record<string, unknown> }>(u.updatedNodes);
    await db.writeTransaction(async (tx) => {
      tx.changed({ none: true });
      if (createdRels.length) await tx.run('bulk/delete-relationships', { rows: createdRels });
      if (updatedRels.length) await tx.run('interop/update-relationships', { rows: updatedRels });
      if (updatedNodes.length) await tx.run('interop/update-nodes', { rows: updatedNodes });
    }, 300_000);
    const created = (u.createdNodes as string[] | null) ?? [];
    for (let i = 0; i < created.length; i += UNDO_DELETE_CHUNK)
      await db.writeTransaction((tx) => (tx.changed({ none: true }), tx.run('bulk/delete-nodes', { ids: created.slice(i, i + UNDO_DELETE_CHUNK) })), 300_000);
    await db.writeTransaction((tx) => (tx.changed({ none: true }), tx.run('bulk/delete-undo', { importId: id, batch: u.batch })));
    batches++;
  }
  await db.writeTransaction(async (tx) => {
    tx.changed({ all: true });
    await tx.run('bulk/undone', { id, reason: opts.reason ?? null });
    await recordAudit(tx, {
      actor: opts.actor ?? 'akb',
      operation: 'bulkImportUndone',
      targets: [],
      before: null,
      after: { importId: id, batches, reason: opts.reason ?? null },
    });
  });
  return { batches };
}

/** Whether the process that ran a bulk import is gone (so its import will never finish). */
function ownerGone(b: Record<string, unknown>, embedded: boolean): boolean {
  // An embedded database is held by one process at a time: whatever ran before this start is gone.
  if (embedded) return true;
  if (b.host === hostname() && typeof b.pid === 'number') {
    if (b.pid === process.pid) return false;
    try {
      process.kill(b.pid, 0);
      return false;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'ESRCH';
    }
  }
  // Another machine: a batch commits at least every few minutes; silence for 15 minutes is death.
  return Date.now() - Date.parse(String(b.heartbeatAt)) > 15 * 60_000;
}

/**
 * At start (boot.ts): undoes the bulk imports whose process died before they finished (killed,
 * crashed), so the database is as it was before each. Returns the ids undone.
 */
export async function recoverBulkImports(db: Database, opts: { embedded: boolean; log?: (line: string) => void }): Promise<string[]> {
  const undone: string[] = [];
  for (const b of await db.read('bulk/unfinished')) {
    if (!ownerGone(b, opts.embedded)) continue;
    opts.log?.(`undoing bulk import ${b.id} (${b.file ?? 'no file'}), which did not finish…`);
    const { batches } = await rollbackBulkImport(db, b.id as string, { actor: 'akb', reason: 'the process running it stopped before it finished' });
    opts.log?.(`bulk import ${b.id} undone (${batches} batch(es)); the database is as it was before it`);
    undone.push(b.id as string);
  }
  return undone;
}

/**
 * A node record's problems on a bulk path (online or the importer's): the model's checks, and an
 * id given earlier (or stored) with another kind. `earlier` is the kind the id already has.
 */
export function nodeEntryProblems(r: Partial<NodeRecord>, ids: IdTable): { problems: FieldProblem[]; earlier: string | undefined } {
  const problems = validateNode('@', r);
  const earlier = problems.length ? undefined : ids.kindOf(r.id!);
  if (earlier !== undefined && earlier !== r.kind)
    problems.push({
      where: '@.kind',
      message: `${r.id} is stored as a ${earlier}; an id cannot change kind`,
      messageVi: `${r.id} đang là ${earlier}; mã không thể đổi loại`,
      value: r.kind,
    });
  return { problems, earlier };
}
