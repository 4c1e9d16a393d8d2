/**
 * CSV reader and writer in the layout of columns.ts. One CSV holds one kind (named after it:
 * `Component.csv`), the relationships (`Relationships.csv`), or several kinds with a `kind` column;
 * a zip holds one CSV per kind plus Relationships.csv and a bilingual README.txt. Files are UTF-8
 * with a BOM (so Excel shows Vietnamese correctly); the reader strips the BOM, takes `,`, `;` or
 * tab as the delimiter (Excel in a Vietnamese locale saves with `;`) and parses as a stream.
 */
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { Readable } from 'node:stream';
import type { GraphRecords, ImportBatch } from '../types.js';
import { matchSheet } from './columns.js';
import { guideText } from './guide.js';
import { columnLetter, TableReader } from './rows.js';
import { tableRows } from './table-rows.js';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const README = 'README.txt';

type CsvInput = Buffer | Uint8Array | string | NodeJS.ReadableStream;

const isZip = (b: Uint8Array) => ZIP_MAGIC.every((x, i) => b[i] === x);

/** Base name without folders, `.csv` and a browser's " (1)" copy suffix: what names the kind. */
function tableName(fileName: string): string {
  return (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.csv$/i, '').replace(/\s*\(\d+\)$/, '');
}

/** The delimiter of the header line: headers hold none of `,` `;` tab, so the most frequent one wins. */
function sniffDelimiter(head: string): string {
  const line = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  const count = (d: string) => line.split(d).length - 1;
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

async function firstChunkAndRest(input: CsvInput): Promise<{ head: Uint8Array; stream: Readable }> {
  if (typeof input === 'string') return { head: strToU8(input.slice(0, 4096)), stream: Readable.from([Buffer.from(input, 'utf8')]) };
  if (input instanceof Uint8Array) return { head: input.subarray(0, 4096), stream: Readable.from([Buffer.from(input.buffer, input.byteOffset, input.byteLength)]) };
  const it = (input as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const first = await it.next();
  const head = first.done ? new Uint8Array() : typeof first.value === 'string' ? strToU8(first.value) : new Uint8Array(first.value);
  async function* rest() {
    if (!first.done) yield Buffer.from(head);
    for (let r = await it.next(); !r.done; r = await it.next()) yield typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
  }
  return { head, stream: Readable.from(rest()) };
}

/** Parses one CSV stream into the batch; `file` names it in every location. */
async function readTable(batch: ImportBatch, stream: Readable, head: Uint8Array, file: string): Promise<void> {
  const name = tableName(file);
  const match = matchSheet(name);
  if (match && 'skip' in match) return;
  const table = new TableReader(batch, { file, layout: match?.layout });
  const delimiter = sniffDelimiter(new TextDecoder().decode(head.subarray(0, 4096)));
  const parser = stream.pipe(parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }));
  let row = 0;
  let reportedEncoding = false;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      row++;
      const bad = reportedEncoding ? -1 : cells.findIndex((c) => c.includes('\uFFFD'));
      if (bad >= 0) {
        reportedEncoding = true;
        batch.problems.push({
          at: { file, row },
          column: columnLetter(bad),
          value: cells[bad],
          message: `${file} is not UTF-8 (first seen in row ${row}); save it as "CSV UTF-8" and import again`,
          messageVi: `${file} không phải mã UTF-8 (thấy đầu tiên ở dòng ${row}); hãy lưu dạng "CSV UTF-8" rồi nhập lại`,
        });
      }
      table.row(row, cells);
    }
  } catch (e) {
    batch.problems.push({ at: { file, row: row + 1 }, message: `${file} is not valid CSV after row ${row}: ${(e as Error).message}`, messageVi: `${file} không phải CSV hợp lệ sau dòng ${row}: ${(e as Error).message}` });
  }
  table.finish();
}

/**
 * Reads a CSV file or a zip of CSV files. Kind of each file: its name (`Component.csv`,
 * `Relationships.csv`), else a `kind` column; a file that gives neither is reported.
 */
export async function readCsv(data: CsvInput, fileName: string): Promise<ImportBatch> {
  const batch: ImportBatch = { format: 'csv', nodes: [], relationships: [], problems: [] };
  const { head, stream } = await firstChunkAndRest(data);
  if (!isZip(head)) {
    await readTable(batch, stream, head, fileName);
    return batch;
  }
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(Buffer.concat(chunks));
  } catch (e) {
    batch.problems.push({ at: { file: fileName }, message: `${fileName} is not a readable zip: ${(e as Error).message}`, messageVi: `${fileName} không phải tệp zip đọc được: ${(e as Error).message}` });
    return batch;
  }
  for (const [entry, bytes] of Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))) {
    const base = entry.split('/').pop() ?? '';
    if (!base || entry.startsWith('__MACOSX/') || base.startsWith('.') || base === README) continue;
    if (!/\.csv$/i.test(base)) {
      batch.problems.push({ at: { file: entry }, message: `${entry} in ${fileName} is not a .csv file; it was not read`, messageVi: `${entry} trong ${fileName} không phải tệp .csv; tệp không được đọc` });
      continue;
    }
    await readTable(batch, Readable.from([Buffer.from(bytes)]), bytes, entry);
  }
  return batch;
}

const csvCell = (v: string | number | boolean | undefined) => (v === undefined ? '' : typeof v === 'boolean' ? String(v) : v);

/** One CSV per kind plus Relationships.csv and README.txt, zipped; each CSV UTF-8 with a BOM. */
export function writeCsvZip(records: GraphRecords, opts: { template?: boolean } = {}): Uint8Array {
  const files: Zippable = { [README]: strToU8(`\uFEFF${guideText()}\r\n`) };
  for (const { layout, rows } of tableRows(records, opts)) {
    const data = [layout.columns.map((c) => c.header)];
    for (const r of rows) data.push(r.cells.map(csvCell) as string[]);
    // Quote `;` too, so a CSV re-saved by a `;`-delimited Excel still splits where it should.
    files[`${layout.name}.csv`] = strToU8(stringify(data, { bom: true, record_delimiter: 'windows', quoted_match: /[;\r\n]/ }));
  }
  return zipSync(files, { level: 6 });
}
