/**
 * The bilingual guide written with every tabular file: the Excel "Hướng dẫn · Guide" sheet and the
 * README.txt inside a CSV zip. Built from the layout, so it lists exactly the columns a reader takes.
 */
import { KINDS } from '../../model/model.js';
import { COMMENT_MARK, LAYOUTS, RELATIONSHIPS_SHEET, type CellType, type Column, type SheetLayout } from './columns.js';

/** [Vietnamese, English] lines. */
export const GUIDE_LINES: ReadonlyArray<readonly [string, string]> = [
  ['Mẫu nhập liệu akb — cơ sở tri thức kiến trúc Chính quyền điện tử', 'akb import template — e-government architecture knowledge base'],
  [
    `Mỗi loại đối tượng một trang (hoặc một tệp CSV) mang tên loại (${KINDS[0].name}, ${KINDS[1].name}…); các quan hệ ở trang ${RELATIONSHIPS_SHEET}.`,
    `One sheet (or CSV file) per kind, named after the kind (${KINDS[0].name}, ${KINDS[1].name}…); relationships go in ${RELATIONSHIPS_SHEET}.`,
  ],
  [
    'Dòng 1 là tiêu đề «Nhãn tiếng Việt · key»; chỉ ghi nhãn tiếng Việt hoặc chỉ ghi key tiếng Anh cũng được. Thứ tự cột tùy ý.',
    'Row 1 holds the headers "Vietnamese label · key"; the Vietnamese label alone or the English key alone also works. Columns may come in any order.',
  ],
  [
    `Dòng có ô ở cột A bắt đầu bằng ${COMMENT_MARK} (như dòng ví dụ màu xám) là ví dụ hoặc ghi chú và không được nhập; ghi đè hoặc xóa dòng ví dụ.`,
    `A row whose cell in column A starts with ${COMMENT_MARK} (like the grey example row) is an example or a comment and is not imported; overwrite or delete the example row.`,
  ],
  [
    'Có mã định danh (id): tạo mới hoặc cập nhật đúng đối tượng đó. Để trống id: đối chiếu theo tên + cơ quan chủ quản (báo cáo nhập cho biết đã khớp với đối tượng nào), không khớp thì tạo mới.',
    'With an id: creates or updates that node. Without: matched by name + owning agency (the import report shows the match), or created when nothing matches.',
  ],
  [
    'Cơ quan chủ quản (ownerAgency): mã (agency:…) hoặc đúng tên cơ quan; tạo quan hệ OWNED_BY.',
    'ownerAgency: the agency id (agency:…) or its exact name; it becomes an OWNED_BY relationship.',
  ],
  [
    'Danh sách (tên viết tắt, tên gọi khác): các mục cách nhau bằng «; » hoặc xuống dòng. Khi một mục chứa dấu «;», ô được ghi dạng JSON, ví dụ ["a; b", "c"].',
    'Lists (abbreviations, aliases): items separated by "; " or line breaks. When an item holds ";", the cell is written as JSON, e.g. ["a; b", "c"].',
  ],
  [
    'Nguồn trích dẫn (sources): mỗi nguồn một dòng «văn bản | mục | trích dẫn nguyên văn». Khi văn bản hoặc mục chứa «|», ô được ghi dạng JSON [{"document", "section", "quote"}].',
    'Sources: one per line, "document | section | verbatim quote". When a document or section holds "|", the cell is written as JSON [{"document", "section", "quote"}].',
  ],
  [
    'Nguồn gốc (provenance): stated — nêu trong văn bản, cần ít nhất một nguồn; inferred — suy luận, cần quy tắc (rule) và độ tin cậy (confidence); external — cần tham chiếu (reference); example — dữ liệu minh họa.',
    'Provenance: stated — from a document, needs at least one source; inferred — needs the rule and a confidence; external — needs a reference; example — illustrative data.',
  ],
  [
    `Quan hệ: cột Từ (from) và Đến (to) là mã định danh của đối tượng; Loại quan hệ (type) chọn trong danh sách.`,
    'Relationships: from and to are node ids; pick the type from the list.',
  ],
  [
    'Số nguyên: chỉ chữ số. Đúng/sai: true hoặc false. Ngày: yyyy-mm-dd. Mọi lỗi được báo kèm trang/tệp, dòng, cột, giá trị và lý do.',
    'Whole numbers: digits only. True/false: true or false. Dates: yyyy-mm-dd. Every error is reported with sheet/file, row, column, value and reason.',
  ],
];

const TYPE_NAMES: Record<CellType, string> = {
  string: 'Văn bản · text',
  'string[]': 'Danh sách · list',
  int: 'Số nguyên · whole number',
  boolean: 'Đúng/sai · true/false',
  sources: 'Nguồn · sources',
};

export const COLUMN_GUIDE_HEADER = [
  'Trang · Sheet',
  'Cột · Column',
  'Kiểu · Type',
  'Bắt buộc · Required',
  'Giá trị cho phép · Allowed values',
  'Mô tả · Description',
] as const;

function requirement(l: SheetLayout, c: Column): string {
  if (c.key === 'id') return 'Nên có · recommended';
  if (c.required) return 'Bắt buộc · required';
  if (l.entity === 'relationship' && c.values && c.key !== 'type' && c.key !== 'provenance' && c.key !== 'confidence') return 'Tùy loại quan hệ · by type';
  return '';
}

/** One row per column of every sheet: sheet, header, type, required, allowed values, description. */
export function columnGuideRows(): string[][] {
  return LAYOUTS.flatMap((l) =>
    l.columns.map((c) => [l.name, c.header, TYPE_NAMES[c.type], requirement(l, c), c.values ? c.values.join(', ') : '', c.description]),
  );
}

/** The guide as plain text (README.txt of a CSV zip). */
export function guideText(): string {
  const lines = GUIDE_LINES.flatMap(([vi, en]) => [vi, en, '']);
  const byFile = LAYOUTS.map((l) => {
    const rows = columnGuideRows().filter((r) => r[0] === l.name);
    return [`${l.name}.csv`, ...rows.map((r) => `  ${r[1]} — ${r[2]}${r[3] ? `, ${r[3]}` : ''}${r[4] ? ` — ${r[4]}` : ''} — ${r[5]}`), ''];
  });
  return [
    ...lines,
    'Trong tệp zip CSV, mỗi loại một tệp .csv (UTF-8 có BOM). · In a CSV zip, one .csv file per kind (UTF-8 with a BOM).',
    '',
    ...byFile.flat(),
  ].join('\r\n');
}
