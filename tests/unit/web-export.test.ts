/**
 * Table exports, headless: CSV quoting (RFC 4180, a BOM so Excel reads Vietnamese, formula
 * injection defused), XLSX read back with exceljs cell by cell, export file names.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { BOM, csvField, sheetName, toCsv, toXlsx, type ExportTable } from '../../web/src/export/table-export.js';
import { exportFileName } from '../../web/src/graph/impact-model.js';

/** A strict RFC 4180 reader, to check what toCsv writes reads back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

const table: ExportTable = {
  columns: [
    { key: 'name', header: 'Tên' },
    { key: 'depth', header: 'Độ sâu' },
    { key: 'witness', header: 'Đường chứng minh' },
  ],
  rows: [
    { name: 'CSDL quốc gia về Dân cư', depth: 1, witness: 'A kết nối tới B; C "trích" D' },
    { name: 'Hệ thống, có dấu phẩy', depth: 2, witness: 'dòng 1\ndòng 2' },
    { name: '=HYPERLINK("x")', depth: 3, witness: null },
    { name: ' khoảng trắng ', depth: 0, witness: undefined },
  ],
};

describe('CSV', () => {
  it('quotes only what needs quoting and doubles quotes', () => {
    const cases: [Parameters<typeof csvField>[0], string][] = [
      ['plain', 'plain'],
      ['a,b', '"a,b"'],
      ['say "hi"', '"say ""hi"""'],
      ['two\nlines', '"two\nlines"'],
      [' edge', '" edge"'],
      [42, '42'],
      [-1, '-1'],
      [null, ''],
      [undefined, ''],
    ];
    for (const [given, expected] of cases) expect(csvField(given), String(given)).toBe(expected);
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+84 123')).toBe("'+84 123");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-x,y')).toBe(`"'-x,y"`);
  });

  it('writes a BOM, a header, CRLF lines, and reads back to the same cells', () => {
    const csv = toCsv(table);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toEqual([
      ['Tên', 'Độ sâu', 'Đường chứng minh'],
      ['CSDL quốc gia về Dân cư', '1', 'A kết nối tới B; C "trích" D'],
      ['Hệ thống, có dấu phẩy', '2', 'dòng 1\ndòng 2'],
      ['\'=HYPERLINK("x")', '3', ''],
      [' khoảng trắng ', '0', ''],
    ]);
    // Vietnamese survives as UTF-8 bytes (precomposed, as typed).
    expect(new TextDecoder().decode(new TextEncoder().encode(csv))).toContain('Dân cư');
  });
});

describe('XLSX', () => {
  it('builds a workbook exceljs reads back cell by cell, numbers as numbers, header bold and frozen', async () => {
    const buf = await toXlsx([
      { name: 'Nút bị ảnh hưởng', ...table },
      {
        name: 'Theo cơ quan',
        columns: [
          { key: 'name', header: 'Cơ quan' },
          { key: 'count', header: 'Số lượng' },
        ],
        rows: [{ name: 'Sở KH&CN', count: 3 }],
      },
    ]);
    expect(buf).toBeInstanceOf(ArrayBuffer);
    expect(buf.byteLength).toBeGreaterThan(1000);
    // An XLSX is a zip: "PK".
    expect([...new Uint8Array(buf.slice(0, 2))]).toEqual([0x50, 0x4b]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Nút bị ảnh hưởng', 'Theo cơ quan']);
    const ws = wb.getWorksheet('Nút bị ảnh hưởng')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'Tên', 'Độ sâu', 'Đường chứng minh']);
    expect(ws.getCell('A2').value).toBe('CSDL quốc gia về Dân cư');
    expect(ws.getCell('B2').value).toBe(1);
    expect(ws.getCell('C2').value).toBe('A kết nối tới B; C "trích" D');
    expect(ws.getCell('C3').value).toBe('dòng 1\ndòng 2');
    // Cells are data, never formulas, whatever the text.
    expect(ws.getCell('A4').value).toBe('=HYPERLINK("x")');
    expect(ws.getCell('C4').value).toBeNull();
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.rowCount).toBe(5);
    const agencies = wb.getWorksheet('Theo cơ quan')!;
    expect(agencies.getCell('A2').value).toBe('Sở KH&CN');
    expect(agencies.getCell('B2').value).toBe(3);
  });

  it('keeps sheet names within Excel rules, unique', () => {
    const taken = new Set<string>();
    expect(sheetName('a/b:c', taken)).toBe('a b c');
    const long = 'Nhiệm vụ liên quan đến các nút bị ảnh hưởng';
    const first = sheetName(long, taken);
    const second = sheetName(long, taken);
    expect(first.length).toBeLessThanOrEqual(31);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second).not.toBe(first);
    expect(second.endsWith(' 2')).toBe(true);
  });
});

describe('export file names', () => {
  it('slugs the id', () => {
    expect(exportFileName('impact', 'ndb:dan-cu', 'csv')).toBe('akb-impact-ndb-dan-cu.csv');
    expect(exportFileName('impact', 'component:qng-httt-gq-tthc', 'xlsx')).toBe('akb-impact-component-qng-httt-gq-tthc.xlsx');
    expect(exportFileName('impact', 'agency:Sở Tư pháp', 'png')).toBe('akb-impact-agency-so-tu-phap.png');
    expect(exportFileName('impact', '::', 'svg')).toBe('akb-impact-export.svg');
  });
});
