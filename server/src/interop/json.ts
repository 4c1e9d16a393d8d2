/**
 * The JSON formats: a fixture-format document `{"nodes": [...], "relationships": [...]}` (what an
 * export writes, lossless) and NDJSON, one `{"node": {...}}` or `{"relationship": {...}}` per line,
 * for files too large to parse as one document (the national generator writes it).
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { NodeRecord, RelRecord } from '../model/validate.js';
import type { GraphRecords, ImportBatch, NodeInput, ReadProblem, RelInput } from './types.js';

const problem = (file: string, message: string, messageVi: string, path?: string): ReadProblem => ({ at: { file, path }, message, messageVi });

/** Reads a fixture-format JSON document. `ownerAgency` on a record is taken out as the row's agency. */
export function readJson(text: string, file: string): ImportBatch {
  const batch: ImportBatch = { format: 'json', nodes: [], relationships: [], problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    batch.problems.push(problem(file, `not valid JSON: ${(e as Error).message}`, `không phải JSON hợp lệ: ${(e as Error).message}`));
    return batch;
  }
  const d = data as { nodes?: unknown; relationships?: unknown };
  if (!d || typeof d !== 'object' || Array.isArray(d) || (d.nodes !== undefined && !Array.isArray(d.nodes)) || (d.relationships !== undefined && !Array.isArray(d.relationships))) {
    batch.problems.push(problem(file, 'expected {"nodes": [...], "relationships": [...]}', 'cần dạng {"nodes": [...], "relationships": [...]}'));
    return batch;
  }
  ((d.nodes ?? []) as unknown[]).forEach((r, i) => batch.nodes.push(nodeInput(r, { file, row: i, path: `nodes[${i}]` })));
  ((d.relationships ?? []) as unknown[]).forEach((r, i) => batch.relationships.push({ at: { file, row: i, path: `relationships[${i}]` }, record: (r ?? {}) as Partial<RelRecord> }));
  return batch;
}

function nodeInput(raw: unknown, at: NodeInput['at']): NodeInput {
  const { ownerAgency, ...record } = (raw && typeof raw === 'object' ? raw : { __invalid: raw }) as Partial<NodeRecord> & { ownerAgency?: unknown };
  return { at, record, ...(typeof ownerAgency === 'string' ? { ownerAgency } : {}) };
}

/** Reads NDJSON line by line (a stream, so large files never sit in memory as one string). */
export async function readNdjson(input: Readable, file: string): Promise<ImportBatch> {
  const batch: ImportBatch = { format: 'json', nodes: [], relationships: [], problems: [] };
  for await (const entry of ndjsonEntries(input, file)) {
    if ('problem' in entry) batch.problems.push(entry.problem);
    else if ('node' in entry) batch.nodes.push(entry.node);
    else batch.relationships.push(entry.relationship);
  }
  return batch;
}

export type NdjsonEntry = { node: NodeInput } | { relationship: RelInput } | { problem: ReadProblem };

export async function* ndjsonEntries(input: Readable, file: string): AsyncGenerator<NdjsonEntry> {
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    const t = line === 1 ? text.replace(/^\uFEFF/, '') : text;
    if (!t.trim()) continue;
    const at = { file, row: line, path: `line ${line}` };
    let value: { node?: unknown; relationship?: unknown };
    try {
      value = JSON.parse(t);
    } catch (e) {
      yield { problem: { at, message: `line ${line} is not valid JSON: ${(e as Error).message}`, messageVi: `dòng ${line} không phải JSON hợp lệ: ${(e as Error).message}` } };
      continue;
    }
    if (value && typeof value === 'object' && value.node) yield { node: nodeInput(value.node, at) };
    else if (value && typeof value === 'object' && value.relationship) yield { relationship: { at, record: value.relationship as Partial<RelRecord> } };
    else yield { problem: { at, message: `line ${line}: expected {"node": {...}} or {"relationship": {...}}`, messageVi: `dòng ${line}: cần {"node": {...}} hoặc {"relationship": {...}}` } };
  }
}

/** The lossless JSON export: exactly the fixture format. */
export function writeJson(records: GraphRecords): string {
  return `${JSON.stringify({ nodes: records.nodes, relationships: records.relationships }, null, 2)}\n`;
}
