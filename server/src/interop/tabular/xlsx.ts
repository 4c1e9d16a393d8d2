/**
 * Excel (.xlsx) reader and writer in the layout of columns.ts: a guide sheet, one sheet per kind,
 * Relationships, and a lists sheet the enumeration columns validate against. The writer streams
 * (exceljs WorkbookWriter); the reader parses one sheet at a time, row by row (see `sheets`). The
 * template is the same workbook with one grey example row per sheet, marked `#` so a reader never
 * imports it. Reading is bounded (limits.ts): rows and inflated bytes.
 */
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AkbError } from '../../errors.js';
import { InflateBudget, NO_READ_LIMITS, RowBudget, type ReadLimits } from '../limits.js';
import type { GraphRecords, ImportBatch } from '../types.js';
import { ZipReader } from '../zip.js';
import type { RawCell } from './cells.js';
import { ENUM_LISTS, enumListOf, GUIDE_SHEET, LISTS_SHEET, matchSheet, SHEET_NAMES_HINT } from './columns.js';
import { COLUMN_GUIDE_HEADER, columnGuideRows, GUIDE_LINES } from './guide.js';
import { columnLetter, TableReader } from './rows.js';
import { tableRows } from './table-rows.js';

/** An Excel cell holds at most this many characters. */
const EXCEL_CELL_MAX = 32_767;
/** Rows below the data that keep the enumeration drop-downs, for rows a user adds. */
const VALIDATED_EXTRA_ROWS = 2_000;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const EXAMPLE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };

/** The part of the streaming worksheet that exceljs's typings leave out. */
interface WorksheetWriterExtras {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
  commit(): void;
}

/**
 * exceljs's own WorkbookReader.parse() is unreliable here: unzipper's Parse emits 'end' as soon as
 * its input is written, so entries still waiting behind a sheet being copied to a temporary file
 * are lost (our template lost xl/workbook.xml: every sheet came out as "Sheet1"…; an Excel-saved
 * file, whose shared strings follow the sheets, could lose them), and a sheet whose relationship
 * target is absolute keeps its "SheetN" name (exceljs#2663). So the zip is opened by zip.ts, in
 * the order the parse needs (relationships, workbook, styles, shared strings, then each sheet in
 * tab order), and exceljs's own parsing steps are fed from it: exceljs still turns the XML into
 * cells, one row at a time.
 */
interface ReaderSteps {
  workbookRels?: Array<{ Id: string; Target: string }>;
  model?: { sheets?: Array<{ name: string; id: number; rId: string }> };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseWorksheet(entry: Readable, sheetNo: string): Iterable<{ eventType: string; value: ExcelJS.stream.xlsx.WorksheetReader }>;
}

async function toBytes(data: Buffer | Uint8Array | NodeJS.ReadableStream): Promise<Uint8Array> {
  if (data instanceof Uint8Array) return data;
  const chunks: Buffer[] = [];
  for await (const c of data as AsyncIterable<Buffer | string>) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}

const entryName = (name: string) => name.replace(/^\//, '');

/**
 * The sheets of a workbook in tab order, each with its name and its rows as exceljs reads them.
 * Every part is inflated as a stream out of the zip (zip.ts), counted against the import's inflate
 * limit; a sheet's XML is parsed while it inflates, never held whole.
 */
async function* sheets(zip: ZipReader): AsyncGenerator<{ name: string; rows: AsyncIterable<ExcelJS.Row> }> {
  const steps = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as ReaderSteps;
  const rels = zip.find('xl/_rels/workbook.xml.rels');
  const book = zip.find('xl/workbook.xml');
  if (!rels || !book) throw new Error('it has no xl/workbook.xml: not a spreadsheet');
  await steps._parseRels(zip.textStream(rels));
  await steps._parseWorkbook(zip.textStream(book));
  const styles = zip.find('xl/styles.xml');
  if (styles) await steps._parseStyles(zip.textStream(styles));
  const shared = zip.find('xl/sharedStrings.xml');
  if (shared) for await (const _ of steps._parseSharedStrings(zip.textStream(shared)));
  for (const sheet of steps.model?.sheets ?? []) {
    const target = steps.workbookRels?.find((r) => r.Id === sheet.rId)?.Target;
    if (!target || !/worksheets\//.test(target)) continue; // a chart sheet holds no rows
    const xml = zip.find(target.startsWith('/') ? entryName(target) : `xl/${target}`);
    if (!xml) throw new Error(`sheet "${sheet.name}" is missing from the file (${target})`);
    for (const { value } of steps._parseWorksheet(zip.textStream(xml), String(sheet.id))) yield { name: sheet.name, rows: value };
  }
}

/** exceljs cell value → a plain raw cell: rich text joined, formulas by their result, links by text. */
function plainCell(v: unknown): RawCell {
  if (v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v as RawCell;
  const o = v as { richText?: { text: string }[]; result?: unknown; formula?: unknown; sharedFormula?: unknown; text?: unknown; error?: string };
  if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
  if ('formula' in o || 'sharedFormula' in o) return plainCell(o.result);
  if ('text' in o) return plainCell(o.text);
  if (typeof o.error === 'string') return o.error;
  return String(v);
}

/**
 * Reads a workbook: the compressed file is held in memory, each sheet is inflated and parsed as a
 * stream and its rows are converted as they come, so memory follows the rows read (at most
 * `limits.maxRows`), not the sheet's XML or an in-memory workbook model. Past a limit the whole
 * file is refused (PAYLOAD_TOO_LARGE).
 */
export async function readXlsx(data: Buffer | Uint8Array | NodeJS.ReadableStream, fileName: string, limits: ReadLimits = NO_READ_LIMITS): Promise<ImportBatch> {
  const batch: ImportBatch = { format: 'xlsx', nodes: [], relationships: [], problems: [] };
  const budget = new RowBudget(limits.maxRows, fileName);
  try {
    const zip = new ZipReader(await toBytes(data), new InflateBudget(limits.maxInflatedBytes, fileName));
    for await (const { name, rows } of sheets(zip)) {
      const match = matchSheet(name);
      if (!match || 'skip' in match) {
        let count = 0;
        for await (const row of rows) if (row.hasValues) count++;
        if (!match && count)
          batch.problems.push({
            at: { file: fileName, sheet: name },
            message: `sheet "${name}" is named after no kind (${SHEET_NAMES_HINT}); its ${count} row(s) were not read`,
            messageVi: `trang "${name}" không mang tên loại nào (${SHEET_NAMES_HINT}); ${count} dòng của trang không được đọc`,
          });
        continue;
      }
      const table = new TableReader(batch, { file: fileName, sheet: name, layout: match.layout }, budget);
      for await (const row of rows) if (row.hasValues) table.row(row.number, (row.values as unknown[]).slice(1).map(plainCell));
      table.finish();
    }
  } catch (e) {
    if (e instanceof AkbError) throw e; // a limit: the whole file is refused
    batch.problems.push({
      at: { file: fileName },
      message: `cannot read ${fileName} as an Excel workbook (.xlsx; an old .xls must be saved as .xlsx first): ${(e as Error).message}`,
      messageVi: `không đọc được ${fileName} dạng bảng tính Excel (.xlsx; tệp .xls cũ cần lưu lại dạng .xlsx): ${(e as Error).message}`,
    });
  }
  return batch;
}

function addGuideSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter) {
  const ws = wb.addWorksheet(GUIDE_SHEET);
  ws.columns = [{ width: 18 }, { width: 40 }, { width: 24 }, { width: 22 }, { width: 40 }, { width: 80 }];
  for (const [vi, en] of GUIDE_LINES) {
    ws.addRow([vi]).commit();
    const row = ws.addRow([en]);
    row.font = { italic: true, color: { argb: 'FF595959' } };
    row.commit();
  }
  ws.addRow([]).commit();
  const header = ws.addRow([...COLUMN_GUIDE_HEADER]);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.commit();
  for (const r of columnGuideRows()) ws.addRow(r).commit();
  (ws as unknown as WorksheetWriterExtras).commit();
}

function addListsSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter) {
  const ws = wb.addWorksheet(LISTS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = ENUM_LISTS.map((l) => ({ width: Math.max(16, l.header.length + 2, ...l.values.map((v) => v.length + 2)) }));
  const header = ws.addRow(ENUM_LISTS.map((l) => l.header));
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.commit();
  const depth = Math.max(...ENUM_LISTS.map((l) => l.values.length));
  for (let i = 0; i < depth; i++) ws.addRow(ENUM_LISTS.map((l) => l.values[i] ?? null)).commit();
  (ws as unknown as WorksheetWriterExtras).commit();
}

/** The lists sheet range of an enumeration, as a data validation formula. */
function listRange(name: string): string {
  const i = ENUM_LISTS.findIndex((l) => l.name === name);
  const col = columnLetter(i);
  return `'${LISTS_SHEET}'!$${col}$2:$${col}$${ENUM_LISTS[i].values.length + 1}`;
}

/**
 * Writes records (or, with `template`, only the example rows) as a workbook. Throws when a record
 * has a property the layout has no column for, or a value too long for an Excel cell: an export
 * never drops data silently.
 */
export async function writeXlsx(records: GraphRecords, opts: { template?: boolean } = {}): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'akb';
  addGuideSheet(wb);
  for (const table of tableRows(records, opts)) {
    const { layout } = table;
    const frozen = layout.entity === 'node' ? 2 : 3;
    const ws = wb.addWorksheet(layout.name, { views: [{ state: 'frozen', xSplit: frozen, ySplit: 1 }] });
    const textual = (t: string) => t !== 'int' && t !== 'boolean';
    // Text format keeps what people type as typed ("2.0" stays "2.0", ids never turn into numbers).
    ws.columns = layout.columns.map((c) => ({ width: c.width, style: textual(c.type) ? { numFmt: '@' } : {} }));
    const last = columnLetter(layout.columns.length - 1);
    ws.autoFilter = `A1:${last}1`;
    const header = ws.addRow(layout.columns.map((c) => c.header));
    header.font = { bold: true };
    header.fill = HEADER_FILL;
    header.alignment = { wrapText: true, vertical: 'top' };
    header.height = 32;
    header.commit();
    let rows = 1;
    for (const { cells, example, where } of table.rows) {
      cells.forEach((v, i) => {
        if (typeof v === 'string' && v.length > EXCEL_CELL_MAX)
          throw new Error(
            `${where}: ${layout.columns[i].key} is ${v.length} characters long; an Excel cell holds at most ${EXCEL_CELL_MAX}. Export to JSON or CSV instead.`,
          );
      });
      const row = ws.addRow(cells.map((v) => v ?? null));
      if (example) {
        row.font = { italic: true, color: { argb: 'FF595959' } };
        row.fill = EXAMPLE_FILL;
      }
      row.commit();
      rows++;
    }
    const validated = rows + VALIDATED_EXTRA_ROWS;
    layout.columns.forEach((c, i) => {
      const list = enumListOf(c);
      if (!list) return;
      const col = columnLetter(i);
      (ws as unknown as WorksheetWriterExtras).dataValidations.add(`${col}2:${col}${validated}`, {
        type: 'list',
        allowBlank: true,
        formulae: [listRange(list.name)],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: 'Sai giá trị · Invalid value',
        error: `Chọn một giá trị của ${list.name} (trang ${LISTS_SHEET}). · Pick a value of ${list.name} (sheet ${LISTS_SHEET}).`,
      });
    });
    (ws as unknown as WorksheetWriterExtras).commit();
  }
  addListsSheet(wb);
  await wb.commit();
  await ended;
  return Buffer.concat(chunks);
}
