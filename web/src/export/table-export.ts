/**
 * Tables out of the client: CSV text and XLSX workbooks built from plain rows, pure (no DOM), so
 * tests check them headless (tests/unit/web-export.test.ts). exceljs is imported only when an XLSX is
 * asked for, so it stays out of the main bundle.
 */

export type Cell = string | number | boolean | null | undefined;

export interface ExportColumn {
  key: string;
  header: string;
  /** Column width in characters in the XLSX (CSV has none). */
  width?: number;
}

export interface ExportTable {
  columns: ExportColumn[];
  rows: Record<string, Cell>[];
}

export interface ExportSheet extends ExportTable {
  name: string;
}

/** UTF-8 byte order mark: without it Excel reads a CSV as the local code page and breaks Vietnamese. */
export const BOM = '\uFEFF';

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, line break or edge space, quotes
 * doubled. Text starting with = + - @ or a tab is prefixed with ' so a spreadsheet does not run it
 * as a formula (CSV injection); numbers are written as they are.
 */
export function csvField(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') return String(v);
  const text = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV: a BOM, a header line, one line per row, CRLF line ends (what Excel expects). */
export function toCsv(table: ExportTable): string {
  const lines = [table.columns.map((c) => csvField(c.header)), ...table.rows.map((r) => table.columns.map((c) => csvField(r[c.key])))];
  return BOM + lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
export function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

type ExcelModule = typeof import('exceljs');

async function loadExcel(): Promise<ExcelModule> {
  const mod = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
  // Node gives the CommonJS exports as `default`; the browser bundle may give them either way.
  return mod.Workbook ? mod : (mod.default as ExcelModule);
}

/** The sheets as an XLSX workbook: bold frozen header row, widths, numbers kept as numbers. */
export async function toXlsx(sheets: ExportSheet[], meta: { creator?: string; created?: Date } = {}): Promise<ArrayBuffer> {
  const Excel = await loadExcel();
  const wb = new Excel.Workbook();
  wb.creator = meta.creator ?? 'akb';
  wb.created = meta.created ?? new Date();
  const taken = new Set<string>();
  for (const s of sheets) {
    const ws = wb.addWorksheet(sheetName(s.name, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = s.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? Math.min(60, Math.max(10, c.header.length + 2)) }));
    ws.getRow(1).font = { bold: true };
    for (const r of s.rows) ws.addRow(Object.fromEntries(s.columns.map((c) => [c.key, r[c.key] ?? null])));
    ws.eachRow((row, n) => {
      if (n > 1) row.alignment = { vertical: 'top', wrapText: true };
    });
  }
  const buf = await wb.xlsx.writeBuffer();
  // In Node writeBuffer gives a Buffer that may share a larger pool: copy out exactly its bytes.
  const bytes =
    buf instanceof ArrayBuffer
      ? new Uint8Array(buf)
      : new Uint8Array((buf as unknown as Uint8Array).buffer, (buf as unknown as Uint8Array).byteOffset, (buf as unknown as Uint8Array).byteLength);
  return bytes.slice().buffer;
}

export const CSV_TYPE = 'text/csv;charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const SVG_TYPE = 'image/svg+xml;charset=utf-8';
