/**
 * CSV reader and writer in the layout of columns.ts. One CSV holds one kind (named after it:
 * `Component.csv`), the relationships (`Relationships.csv`), or several kinds with a `kind` column;
 * a zip holds one CSV per kind plus Relationships.csv and a bilingual README.txt. Files are UTF-8
 * with a BOM (so Excel shows Vietnamese correctly); the reader strips the BOM, takes `,`, `;` or
 * tab as the delimiter (Excel in a Vietnamese locale saves with `;`) and parses as a stream.
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { AkbError } from '../../errors.js';
import { InflateBudget, NO_READ_LIMITS, RowBudget, type ReadLimits } from '../limits.js';
import type { GraphRecords, ImportBatch } from '../types.js';
import { ZipReader } from '../zip.js';
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
  if (input instanceof Uint8Array)
    return { head: input.subarray(0, 4096), stream: Readable.from([Buffer.from(input.buffer, input.byteOffset, input.byteLength)]) };
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
async function readTable(batch: ImportBatch, stream: Readable, head: Uint8Array, file: string, budget?: RowBudget): Promise<void> {
  const name = tableName(file);
  const match = matchSheet(name);
  if (match && 'skip' in match) return;
  const table = new TableReader(batch, { file, layout: match?.layout }, budget);
  const delimiter = sniffDelimiter(new TextDecoder().decode(head.subarray(0, 4096)));
  const parser = parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  // pipe() does not forward a source's error (an inflate limit, a damaged entry): the parser ends with it.
  stream.once('error', (e) => parser.destroy(e));
  stream.pipe(parser);
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
      table.row(row, cells.map(unescapeFormula));
    }
  } catch (e) {
    if (e instanceof AkbError) throw e; // a limit: the whole file is refused
    batch.problems.push({
      at: { file, row: row + 1 },
      message: `${file} is not valid CSV after row ${row}: ${(e as Error).message}`,
      messageVi: `${file} không phải CSV hợp lệ sau dòng ${row}: ${(e as Error).message}`,
    });
  }
  table.finish();
}

/**
 * Reads a CSV file or a zip of CSV files. Kind of each file: its name (`Component.csv`,
 * `Relationships.csv`), else a `kind` column; a file that gives neither is reported.
 */
export async function readCsv(data: CsvInput, fileName: string, limits: ReadLimits = NO_READ_LIMITS): Promise<ImportBatch> {
  const batch: ImportBatch = { format: 'csv', nodes: [], relationships: [], problems: [] };
  const budget = new RowBudget(limits.maxRows, fileName);
  const { head, stream } = await firstChunkAndRest(data);
  if (!isZip(head)) {
    await readTable(batch, stream, head, fileName, budget);
    return batch;
  }
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  let zip: ZipReader;
  try {
    zip = new ZipReader(Buffer.concat(chunks), new InflateBudget(limits.maxInflatedBytes, fileName));
  } catch (e) {
    batch.problems.push({
      at: { file: fileName },
      message: `${fileName} is not a readable zip: ${(e as Error).message}`,
      messageVi: `${fileName} không phải tệp zip đọc được: ${(e as Error).message}`,
    });
    return batch;
  }
  // Each CSV is inflated as a stream into the parser, counted against the inflate limit.
  for (const entry of [...zip.entries].sort((a, b) => a.name.localeCompare(b.name))) {
    const base = entry.name.split('/').pop() ?? '';
    if (!base || entry.name.startsWith('__MACOSX/') || base.startsWith('.') || base === README) continue;
    if (!/\.csv$/i.test(base)) {
      batch.problems.push({
        at: { file: entry.name },
        message: `${entry.name} in ${fileName} is not a .csv file; it was not read`,
        messageVi: `${entry.name} trong ${fileName} không phải tệp .csv; tệp không được đọc`,
      });
      continue;
    }
    try {
      const { head: entryHead, stream: entryStream } = await firstChunkAndRest(zip.stream(entry));
      await readTable(batch, entryStream, entryHead, entry.name, budget);
    } catch (e) {
      if (e instanceof AkbError) throw e;
      batch.problems.push({
        at: { file: entry.name },
        message: `${entry.name} in ${fileName} cannot be unpacked: ${(e as Error).message}`,
        messageVi: `không giải nén được ${entry.name} trong ${fileName}: ${(e as Error).message}`,
      });
    }
  }
  return batch;
}

/**
 * CSV injection: a spreadsheet runs a cell starting with = + - @ (or tab, CR) as a formula
 * (=HYPERLINK(…), +cmd|…). Such text is written behind an apostrophe, which Excel and LibreOffice
 * show as "text follows" and drop; text that already starts with apostrophes before such a
 * character gets one more, so reading strips exactly one and every value comes back as it was.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
export const escapeFormula = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);
export const unescapeFormula = (text: string) => (text.startsWith("'") && FORMULA_START.test(text) ? text.slice(1) : text);

const csvCell = (v: string | number | boolean | undefined) =>
  v === undefined ? '' : typeof v === 'boolean' ? String(v) : typeof v === 'string' ? escapeFormula(v) : v;

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
