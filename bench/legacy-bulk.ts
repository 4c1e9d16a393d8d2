/**
 * The bulk import as it was before issue 19, kept only so `npm run bench:import` can measure
 * today's path side by side with the new ones: records stream in, are validated, and are upserted
 * (MERGE on id) in batches of 10,000 that commit one by one, each declaring a change of everything.
 * Not all-or-nothing. Not used by akb itself (server/src/interop/bulk.ts is the bulk import).
 */
import type { Database } from '../server/src/db/database.js';
import { nodeRow, relRow } from '../server/src/graph/rows.js';
import { validateNode, validateRelationship, type NodeRecord, type RelRecord } from '../server/src/model/validate.js';
import { located } from '../server/src/interop/engine.js';
import type { NdjsonEntry } from '../server/src/interop/json.js';
import type { ItemProblem } from '../server/src/interop/types.js';

export interface LegacyBulkOptions {
  /** Records per transaction (default 10,000). */
  batchSize?: number;
  progress?: (phase: 'nodes' | 'relationships', done: number) => void;
}

export interface LegacyBulkReport {
  nodes: { written: number; rejected: number };
  relationships: { written: number; rejected: number };
  /** The first 1,000 problems (the counts above are complete). */
  problems: ItemProblem[];
  transactions: number;
  /** Seconds spent writing nodes and relationships (validation and reading excluded). */
  seconds: { nodes: number; relationships: number; total: number };
}

/**
 * Streams records into the database. Nodes must come before the relationships that name them (the
 * NDJSON the generator writes does); a relationship may also name a node already stored.
 */
export async function legacyBulkImport(db: Database, entries: AsyncIterable<NdjsonEntry>, opts: LegacyBulkOptions = {}): Promise<LegacyBulkReport> {
  const size = opts.batchSize ?? 10_000;
  const kinds = new Map<string, string>();
  const report: LegacyBulkReport = {
    nodes: { written: 0, rejected: 0 },
    relationships: { written: 0, rejected: 0 },
    problems: [],
    transactions: 0,
    seconds: { nodes: 0, relationships: 0, total: 0 },
  };
  const started = performance.now();
  const reject = (p: ItemProblem) => {
    if (report.problems.length < 1000) report.problems.push(p);
  };
  let nodeRows: ReturnType<typeof nodeRow>[] = [];
  let relRecords: { record: RelRecord; at: ItemProblem['at'] }[] = [];

  /** Writes one batch in its own transaction, and counts its time, transaction and rows. */
  const write = async (what: 'nodes' | 'relationships', query: string, rows: unknown[]) => {
    const t = performance.now();
    await db.writeTransaction((tx) => (tx.changed({ all: true }), tx.run(query, { rows })), 300_000);
    report.seconds[what] += (performance.now() - t) / 1000;
    report.transactions++;
    report[what].written += rows.length;
    opts.progress?.(what, report[what].written);
  };

  const flushNodes = async () => {
    if (!nodeRows.length) return;
    const rows = nodeRows;
    nodeRows = [];
    await write('nodes', 'fixtures/merge-nodes', rows);
  };

  const flushRelationships = async () => {
    if (!relRecords.length) return;
    const batch = relRecords;
    relRecords = [];
    // Endpoints not seen in this stream must already be stored (e.g. the fixtures' national databases).
    const unknown = [...new Set(batch.flatMap((b) => [b.record.from, b.record.to]).filter((id) => typeof id === 'string' && !kinds.has(id)))];
    if (unknown.length) for (const row of await db.read('interop/existing-nodes', { ids: unknown })) kinds.set(row.id as string, row.kind as string);
    const rows: ReturnType<typeof relRow>[] = [];
    for (const { record, at } of batch) {
      const problems = validateRelationship('@', record, (id) => kinds.get(id));
      if (problems.length) {
        report.relationships.rejected++;
        for (const p of problems) reject(located(p, at, undefined));
      } else rows.push(relRow(record));
    }
    if (rows.length) await write('relationships', 'fixtures/merge-relationships', rows);
  };

  for await (const entry of entries) {
    if ('problem' in entry) {
      report.nodes.rejected++;
      reject(entry.problem);
    } else if ('node' in entry) {
      const r = entry.node.record as Partial<NodeRecord>;
      const problems = validateNode('@', r);
      if (problems.length) {
        report.nodes.rejected++;
        for (const p of problems) reject(located(p, entry.node.at, undefined));
        continue;
      }
      kinds.set(r.id!, r.kind!);
      nodeRows.push(nodeRow({ ...(r as NodeRecord), name: r.name!.normalize('NFC') }));
      if (nodeRows.length >= size) await flushNodes();
    } else {
      await flushNodes();
      relRecords.push({ record: entry.relationship.record as RelRecord, at: entry.relationship.at });
      if (relRecords.length >= size) await flushRelationships();
    }
  }
  await flushNodes();
  await flushRelationships();
  report.seconds.total = (performance.now() - started) / 1000;
  return report;
}
