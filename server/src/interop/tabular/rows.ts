/**
 * Reads one table (an Excel sheet or a CSV file) row by row into located node or relationship
 * inputs: resolves the header row (row 1), skips example and comment rows (first cell starting
 * with `#`), converts every cell and reports, in English and Vietnamese, what it cannot convert or
 * does not know. Shared by the Excel and CSV readers.
 */
import type { ImportBatch, Location, NodeInput, RelInput } from '../types.js';
import type { RowBudget } from '../limits.js';
import { cellText, decodeCell, type CellProblem, type RawCell } from './cells.js';
import { COMMENT_MARK, headerIndex, KIND_COLUMN, NODE_LAYOUT_BY_KIND, NODE_LAYOUTS, resolveHeader, type Column, type SheetLayout } from './columns.js';

export interface TableSource {
  file: string;
  sheet?: string;
  /** The layout the sheet or file name gives; absent for a node table whose rows name their kind. */
  layout?: SheetLayout;
}

/** Every node column of every kind, plus `kind`: what a table holding several kinds may use. */
let mixedIndex: Map<string, Column> | undefined;
const mixedNodeIndex = () => (mixedIndex ??= headerIndex([KIND_COLUMN, ...NODE_LAYOUTS.flatMap((l) => l.columns)]));

const KIND_NAMES = NODE_LAYOUTS.map((l) => l.name).join(', ');

export const SKIPPED_ROWS_DETAIL =
  'Dòng có ô đầu tiên bắt đầu bằng # là ví dụ hoặc ghi chú, không được nhập · Rows whose first cell starts with # are examples or comments and are not imported';

export class TableReader {
  private cols: Array<Column | undefined> = [];
  private headers: string[] = [];
  private columns: Record<string, string> = {};
  private kindAt = -1;
  private reportedHeaderless = new Set<number>();
  private skipped = 0;
  private started = false;
  private dead = false;

  constructor(
    private readonly batch: ImportBatch,
    private readonly src: TableSource,
    /** Counts data rows against the import's row limit (throws past it). */
    private readonly budget?: RowBudget,
  ) {}

  private at(row: number): Location {
    return this.src.sheet === undefined ? { file: this.src.file, row } : { file: this.src.file, sheet: this.src.sheet, row };
  }

  private get where(): string {
    return this.src.sheet === undefined ? `file ${this.src.file}` : `sheet "${this.src.sheet}"`;
  }

  private get whereVi(): string {
    return this.src.sheet === undefined ? `tệp ${this.src.file}` : `trang "${this.src.sheet}"`;
  }

  private problem(row: number, column: string | undefined, value: unknown, message: string, messageVi: string) {
    this.batch.problems.push({ at: this.at(row), ...(column !== undefined ? { column } : {}), ...(value !== undefined ? { value } : {}), message, messageVi });
  }

  private cellProblem(row: number, column: string, value: unknown, p: CellProblem) {
    this.problem(row, column, value, `column "${column}" ${p.message}`, `cột "${column}" ${p.messageVi}`);
  }

  /** Feeds one row; `cells[0]` is column A. Rows must come in order, row 1 (the header) first. */
  row(number: number, cells: readonly RawCell[]): void {
    if (this.dead) return;
    if (!this.started) {
      this.started = true;
      if (number !== 1) {
        this.dead = true;
        return this.problem(
          number,
          undefined,
          undefined,
          `${this.where} has no header row: row 1 is empty; its rows were not read`,
          `${this.whereVi} không có dòng tiêu đề: dòng 1 trống; các dòng của nó không được đọc`,
        );
      }
      return this.header(cells);
    }
    this.data(number, cells);
  }

  private header(cells: readonly RawCell[]) {
    const layout = this.src.layout;
    const index = layout ? headerIndex(layout.entity === 'node' ? [KIND_COLUMN, ...layout.columns] : layout.columns) : mixedNodeIndex();
    const what = layout ? (layout.entity === 'node' ? `a property of ${layout.name}` : 'a relationship column') : 'a node property';
    const whatVi = layout ? (layout.entity === 'node' ? `thuộc tính của ${layout.name}` : 'cột của quan hệ') : 'thuộc tính của nút';
    const firstBy = new Map<string, string>();
    cells.forEach((raw, i) => {
      const text = cellText(raw).trim();
      this.headers[i] = text;
      if (!text) return;
      const col = resolveHeader(index, text);
      if (!col) {
        this.problem(
          1,
          text,
          text,
          `unknown column "${text}" in ${this.where}: it is not ${what}, so its values were not read`,
          `cột "${text}" trong ${this.whereVi} không rõ: không phải ${whatVi}, nên giá trị của nó không được đọc`,
        );
        return;
      }
      const first = firstBy.get(col.key);
      if (first !== undefined) {
        this.problem(
          1,
          text,
          text,
          `column "${text}" repeats column "${first}" (both are ${col.key}); only the first was read`,
          `cột "${text}" trùng cột "${first}" (cùng là ${col.key}); chỉ cột đầu được đọc`,
        );
        return;
      }
      firstBy.set(col.key, text);
      this.cols[i] = col;
      this.columns[col.key] = text;
      if (col.key === 'kind') this.kindAt = i;
    });
    if (!layout && this.kindAt < 0) {
      this.dead = true;
      this.problem(
        1,
        undefined,
        undefined,
        `cannot tell what ${this.where} holds: name it after a kind (${KIND_NAMES}) or Relationships, or add a kind column; its rows were not read`,
        `không xác định được ${this.whereVi} chứa gì: đặt tên theo loại (${KIND_NAMES}) hoặc Relationships, hoặc thêm cột kind (Loại đối tượng); các dòng không được đọc`,
      );
    }
  }

  private data(number: number, cells: readonly RawCell[]) {
    if (cells.every((c) => !cellText(c).trim())) return;
    if (cellText(cells[0]).trim().startsWith(COMMENT_MARK)) {
      this.skipped++;
      return;
    }
    this.budget?.take();
    cells.forEach((c, i) => {
      if (!this.headers[i] && cellText(c).trim() && !this.reportedHeaderless.has(i)) {
        this.reportedHeaderless.add(i);
        const letter = columnLetter(i);
        this.problem(
          number,
          letter,
          cellText(c),
          `column ${letter} has values but no header; they were not read`,
          `cột ${letter} có giá trị nhưng không có tiêu đề; các giá trị không được đọc`,
        );
      }
    });
    if (this.src.layout?.entity === 'relationship') this.relationship(number, cells);
    else this.node(number, cells);
  }

  /** The row's kind: its kind cell, else the sheet's; a problem when neither or they disagree. */
  private kindOf(number: number, cells: readonly RawCell[]): SheetLayout | undefined {
    const sheetKind = this.src.layout;
    const raw = this.kindAt >= 0 ? cells[this.kindAt] : undefined;
    const decoded = decodeCell(KIND_COLUMN, raw);
    const header = this.headers[this.kindAt];
    if (!decoded || !('value' in decoded)) {
      if (sheetKind) return sheetKind;
      this.problem(
        number,
        header,
        undefined,
        `the row has no kind (column "${header}"); one of ${KIND_NAMES}`,
        `dòng không có loại (cột "${header}"); một trong ${KIND_NAMES}`,
      );
      return undefined;
    }
    const kind = decoded.value as string;
    const layout = NODE_LAYOUT_BY_KIND.get(kind);
    if (!layout) {
      this.problem(
        number,
        header,
        kind,
        `column "${header}": unknown kind "${kind}"; one of ${KIND_NAMES}`,
        `cột "${header}": loại "${kind}" không có; một trong ${KIND_NAMES}`,
      );
      return undefined;
    }
    if (sheetKind && sheetKind !== layout) {
      this.problem(
        number,
        header,
        kind,
        `column "${header}" says ${kind} but the row is in ${this.where}, which holds ${sheetKind.name}`,
        `cột "${header}" ghi ${kind} nhưng dòng nằm trong ${this.whereVi}, nơi chứa ${sheetKind.name}`,
      );
      return undefined;
    }
    return layout;
  }

  private node(number: number, cells: readonly RawCell[]) {
    const layout = this.kindOf(number, cells);
    if (!layout?.kind) return;
    const record: Record<string, unknown> = { kind: layout.kind.name };
    let ownerAgency: string | undefined;
    const own = this.src.layout ? undefined : new Map(layout.columns.map((c) => [c.key, c]));
    cells.forEach((raw, i) => {
      const col = this.cols[i];
      if (!col || i === this.kindAt) return;
      // In a table of several kinds the header names a column of some kind; this row's kind decides.
      const spec = own ? own.get(col.key) : col;
      if (!spec) {
        if (cellText(raw).trim())
          this.problem(
            number,
            this.headers[i],
            cellText(raw),
            `column "${this.headers[i]}" is not a property of ${layout.name}; the value was not read`,
            `cột "${this.headers[i]}" không phải thuộc tính của ${layout.name}; giá trị không được đọc`,
          );
        return;
      }
      const d = decodeCell(spec, raw);
      if (!d) return;
      if ('problem' in d) return this.cellProblem(number, this.headers[i], cellText(raw), d.problem);
      if (spec.key === 'ownerAgency') ownerAgency = d.value as string;
      else record[spec.key] = d.value;
    });
    const input: NodeInput = { at: this.at(number), columns: this.columns, record, ...(ownerAgency !== undefined ? { ownerAgency } : {}) };
    this.batch.nodes.push(input);
  }

  private relationship(number: number, cells: readonly RawCell[]) {
    const record: Record<string, unknown> = {};
    cells.forEach((raw, i) => {
      const col = this.cols[i];
      if (!col) return;
      const d = decodeCell(col, raw);
      if (!d) return;
      if ('problem' in d) return this.cellProblem(number, this.headers[i], cellText(raw), d.problem);
      record[col.key] = d.value;
    });
    const input: RelInput = { at: this.at(number), columns: this.columns, record };
    this.batch.relationships.push(input);
  }

  /** Call once after the last row: notes how many example and comment rows were skipped. */
  finish(): void {
    if (this.skipped)
      this.batch.notes = [
        ...(this.batch.notes ?? []),
        { source: `${this.src.sheet ?? this.src.file}: # rows`, target: 'skipped', count: this.skipped, detail: SKIPPED_ROWS_DETAIL },
      ];
  }
}

/** 0-based column index → Excel letter (0 → A, 26 → AA). */
export function columnLetter(i: number): string {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
