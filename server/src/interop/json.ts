/**
 * The JSON formats: a fixture-format document `{"nodes": [...], "relationships": [...]}` (what an
 * export writes, lossless) and NDJSON, one `{"node": {...}}` or `{"relationship": {...}}` per line,
 * for files too large to parse as one document (the national generator writes it).
 */
import type { Readable } from 'node:stream';
import type { NodeRecord, RelRecord } from '../model/validate.js';
import { NO_READ_LIMITS, RowBudget, type ReadLimits } from './limits.js';
import type { GraphRecords, ImportBatch, NodeInput, ReadProblem, RelInput } from './types.js';

const problem = (file: string, message: string, messageVi: string, path?: string): ReadProblem => ({ at: { file, path }, message, messageVi });

const notUtf8 = (file: string, line: number): { message: string; messageVi: string } => ({
  message: `${file} is not UTF-8 (first invalid byte on line ${line}); save it as UTF-8 and import again`,
  messageVi: `${file} không phải mã UTF-8 (byte sai đầu tiên ở dòng ${line}); hãy lưu lại dạng UTF-8 rồi nhập lại`,
});

/** The line (1-based) of the first byte that is not UTF-8, or 0 when every byte is. */
function firstInvalidUtf8Line(bytes: Uint8Array): number {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 0;
  } catch {
    // Decode line by line to say where: the first line that does not decode.
    let line = 1;
    let start = 0;
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        strict.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
    return line;
  }
}

/**
 * Reads a fixture-format JSON document from its bytes, refusing bytes that are not UTF-8 (they
 * would otherwise be stored as U+FFFD, silently) as the CSV reader does.
 */
export function readJsonBytes(bytes: Uint8Array, file: string, limits: ReadLimits = NO_READ_LIMITS): ImportBatch {
  const bad = firstInvalidUtf8Line(bytes);
  if (bad) {
    const { message, messageVi } = notUtf8(file, bad);
    return { format: 'json', nodes: [], relationships: [], problems: [{ at: { file, path: `line ${bad}` }, message, messageVi }] };
  }
  return readJson(new TextDecoder('utf-8').decode(bytes), file, limits);
}

/** Reads a fixture-format JSON document. `ownerAgency` on a record is taken out as the row's agency. */
export function readJson(text: string, file: string, limits: ReadLimits = NO_READ_LIMITS): ImportBatch {
  const batch: ImportBatch = { format: 'json', nodes: [], relationships: [], problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    batch.problems.push(problem(file, `not valid JSON: ${(e as Error).message}`, `không phải JSON hợp lệ: ${(e as Error).message}`));
    return batch;
  }
  const d = data as { nodes?: unknown; relationships?: unknown };
  if (
    !d ||
    typeof d !== 'object' ||
    Array.isArray(d) ||
    (d.nodes !== undefined && !Array.isArray(d.nodes)) ||
    (d.relationships !== undefined && !Array.isArray(d.relationships))
  ) {
    batch.problems.push(problem(file, 'expected {"nodes": [...], "relationships": [...]}', 'cần dạng {"nodes": [...], "relationships": [...]}'));
    return batch;
  }
  new RowBudget(limits.maxRows, file).take(((d.nodes ?? []) as unknown[]).length + ((d.relationships ?? []) as unknown[]).length);
  ((d.nodes ?? []) as unknown[]).forEach((r, i) => batch.nodes.push(nodeInput(r, { file, row: i, path: `nodes[${i}]` })));
  ((d.relationships ?? []) as unknown[]).forEach((r, i) =>
    batch.relationships.push({ at: { file, row: i, path: `relationships[${i}]` }, record: (r ?? {}) as Partial<RelRecord> }),
  );
  return batch;
}

function nodeInput(raw: unknown, at: NodeInput['at']): NodeInput {
  const { ownerAgency, ...record } = (raw && typeof raw === 'object' ? raw : { __invalid: raw }) as Partial<NodeRecord> & { ownerAgency?: unknown };
  return { at, record, ...(typeof ownerAgency === 'string' ? { ownerAgency } : {}) };
}

/** Reads NDJSON line by line (a stream, so large files never sit in memory as one string). */
export async function readNdjson(input: Readable, file: string, limits: ReadLimits = NO_READ_LIMITS): Promise<ImportBatch> {
  const batch: ImportBatch = { format: 'json', nodes: [], relationships: [], problems: [] };
  const budget = new RowBudget(limits.maxRows, file);
  for await (const entry of ndjsonEntries(input, file)) {
    if ('problem' in entry) batch.problems.push(entry.problem);
    else if ('node' in entry) {
      budget.take();
      batch.nodes.push(entry.node);
    } else {
      budget.take();
      batch.relationships.push(entry.relationship);
    }
  }
  return batch;
}

/**
 * The lines of a byte stream, a chunk's worth at a time, each decoded as strict UTF-8: a line that
 * is not UTF-8 comes out as `{ invalid: true }` instead of text with U+FFFD in it. A chunk's whole
 * lines are decoded in one call (per line only when that fails, to find the bad ones): bulk files
 * have millions of lines, and a call and a promise per line cost more than parsing them.
 */
async function* utf8LineChunks(input: Readable): AsyncGenerator<({ text: string } | { invalid: true })[]> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decodeLine = (bytes: Buffer) => {
    if (bytes.length && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    try {
      return { text: decoder.decode(bytes) };
    } catch {
      return { invalid: true as const };
    }
  };
  const decodeLines = (bytes: Buffer): ({ text: string } | { invalid: true })[] => {
    try {
      return decoder
        .decode(bytes)
        .split('\n')
        .map((text) => ({ text: text.endsWith('\r') ? text.slice(0, -1) : text }));
    } catch {
      const out: ({ text: string } | { invalid: true })[] = [];
      let from = 0;
      for (let nl = bytes.indexOf(0x0a); nl >= 0; from = nl + 1, nl = bytes.indexOf(0x0a, from)) out.push(decodeLine(bytes.subarray(from, nl)));
      out.push(decodeLine(bytes.subarray(from)));
      return out;
    }
  };
  let pending: Buffer[] = [];
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    const last = buf.lastIndexOf(0x0a);
    if (last < 0) {
      pending.push(buf);
      continue;
    }
    pending.push(buf.subarray(0, last));
    yield decodeLines(pending.length === 1 ? pending[0] : Buffer.concat(pending));
    pending = last + 1 < buf.length ? [buf.subarray(last + 1)] : [];
  }
  if (pending.length) yield [decodeLine(pending.length === 1 ? pending[0] : Buffer.concat(pending))];
}

export type NdjsonEntry = { node: NodeInput } | { relationship: RelInput } | { problem: ReadProblem };

/** Records for the bulk paths: entries one at a time, or a chunk at a time (ndjsonEntryChunks). */
export type EntryStream = AsyncIterable<NdjsonEntry | readonly NdjsonEntry[]>;

/** The entries of an NDJSON stream, one by one. */
export async function* ndjsonEntries(input: Readable, file: string): AsyncGenerator<NdjsonEntry> {
  for await (const chunk of ndjsonEntryChunks(input, file)) for (const entry of chunk) yield entry;
}

/**
 * The entries of an NDJSON stream, a chunk of the input at a time (bulk paths: one await per
 * chunk, not per line). Blank lines are skipped; a line that is not UTF-8, not JSON or not
 * `{"node": …}` / `{"relationship": …}` is a problem entry naming the line.
 */
export async function* ndjsonEntryChunks(input: Readable, file: string): AsyncGenerator<NdjsonEntry[]> {
  let line = 0;
  for await (const lines of utf8LineChunks(input)) {
    const out: NdjsonEntry[] = [];
    for (const decoded of lines) {
      line++;
      if ('invalid' in decoded) {
        const { message, messageVi } = notUtf8(file, line);
        out.push({ problem: { at: { file, row: line, path: `line ${line}` }, message: `line ${line}: ${message}`, messageVi: `dòng ${line}: ${messageVi}` } });
        continue;
      }
      const entry = ndjsonLine(decoded.text, file, line);
      if (entry) out.push(entry);
    }
    if (out.length) yield out;
  }
}

function ndjsonLine(text: string, file: string, line: number): NdjsonEntry | null {
  const t = line === 1 ? text.replace(/^\uFEFF/, '') : text;
  if (!t.trim()) return null;
  const at = { file, row: line, path: `line ${line}` };
  let value: { node?: unknown; relationship?: unknown };
  try {
    value = JSON.parse(t);
  } catch (e) {
    return {
      problem: {
        at,
        message: `line ${line} is not valid JSON: ${(e as Error).message}`,
        messageVi: `dòng ${line} không phải JSON hợp lệ: ${(e as Error).message}`,
      },
    };
  }
  if (value && typeof value === 'object' && value.node) return { node: nodeInput(value.node, at) };
  if (value && typeof value === 'object' && value.relationship) return { relationship: { at, record: value.relationship as Partial<RelRecord> } };
  return {
    problem: {
      at,
      message: `line ${line}: expected {"node": {...}} or {"relationship": {...}}`,
      messageVi: `dòng ${line}: cần {"node": {...}} hoặc {"relationship": {...}}`,
    },
  };
}

/** The lossless JSON export: exactly the fixture format. */
export function writeJson(records: GraphRecords): string {
  return `${JSON.stringify({ nodes: records.nodes, relationships: records.relationships }, null, 2)}\n`;
}
