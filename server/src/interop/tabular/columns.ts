/**
 * The tabular layout (Excel sheets, CSV files), derived once from the model and shared by the
 * templates, the readers and the writers, so the three never disagree.
 *
 * - One sheet (or CSV file) per kind, named after the kind (`Component`), and one `Relationships`.
 * - Row 1 holds the headers, bilingual: `Tên · name` (Vietnamese label · English key). A reader
 *   also understands the bare key (`name`) or the bare Vietnamese label (`Tên`, with or without
 *   diacritics, any case).
 * - Node columns: id, name, nameEn, abbreviations, aliases, province, description, the kind's props,
 *   `ownerAgency` (kinds that can be OWNED_BY only), the other common props (ArchiMate's), then
 *   provenance, rule, confidence, reference, sources.
 * - Relationship columns: type, from, to, note, every relationship prop (status, via…), then the
 *   provenance columns.
 * - A row whose first cell (column A) starts with `#` is an example or a comment and is never read
 *   as data: the templates' example rows are written that way.
 *
 * Cell encodings (see cells.ts): a list (`string[]`) is items separated by `; ` (a reader also
 * splits on new lines); when an item itself holds `;`, a line break or surrounding spaces, or
 * starts with `[`, the whole cell is written as a JSON array instead, which a reader recognises.
 * Sources are one line per source, `document | section | quote`; when a document or section holds
 * `|`, a field holds a line break or is empty, the cell is written as a JSON array of
 * `{document, section, quote}` instead.
 */
import { fold } from '../../model/text.js';
import {
  COMMON_PROPS,
  CONFIDENCES,
  KINDS,
  PROVENANCES,
  REL_BY_TYPE,
  RELATIONSHIPS,
  REL_COMMON_PROPS,
  type KindSpec,
  type PropSpec,
  type PropType,
} from '../../model/model.js';

export type CellType = PropType | 'sources';

export interface Column {
  /** Record property (`ownerAgency` is the NodeInput's, not the record's). */
  key: string;
  /** Vietnamese label. */
  vi: string;
  /** Header text as written: `vi · key`. */
  header: string;
  type: CellType;
  values?: readonly string[];
  required: boolean;
  /** English description, from the model. */
  description: string;
  /** Column width in characters (Excel). */
  width: number;
}

export interface SheetLayout {
  /** Sheet name, and CSV file name without `.csv`. */
  name: string;
  entity: 'node' | 'relationship';
  /** For node sheets. */
  kind?: KindSpec;
  columns: Column[];
}

export const RELATIONSHIPS_SHEET = 'Relationships';
/** Sheets the xlsx writer adds for people; readers skip them. */
export const GUIDE_SHEET = 'Hướng dẫn · Guide';
export const LISTS_SHEET = 'Danh mục · Lists';
/** Marks an example or comment row (first cell). */
export const COMMENT_MARK = '#';
const SEP = ' · ';

/** Vietnamese label of each property; `Kind.key` entries override the plain key for one kind. */
const LABELS_VI: Record<string, string> = {
  id: 'Mã định danh',
  name: 'Tên',
  nameEn: 'Tên tiếng Anh',
  abbreviations: 'Tên viết tắt',
  aliases: 'Tên gọi khác',
  province: 'Tỉnh',
  description: 'Mô tả',
  kind: 'Loại đối tượng',
  version: 'Phiên bản',
  level: 'Cấp',
  issuedOn: 'Ngày ban hành',
  period: 'Giai đoạn',
  number: 'Số, ký hiệu',
  'AppraisalRule.order': 'Số thứ tự quy tắc',
  docType: 'Loại văn bản',
  agencyType: 'Loại cơ quan',
  componentKind: 'Loại thành phần',
  hosting: 'Nơi triển khai',
  hostingReason: 'Lý do triển khai ngoài trung tâm dữ liệu',
  securityLevel: 'Cấp độ an toàn hệ thống thông tin',
  domainType: 'Loại miền dữ liệu',
  order: 'Thứ tự',
  layerKey: 'Mã lớp',
  capability: 'Mã năng lực',
  code: 'Số hiệu',
  'AppraisalRule.code': 'Mã kiểm tra',
  text: 'Nội dung',
  results: 'Kết quả, sản phẩm',
  timeline: 'Thời gian thực hiện',
  area: 'Đề mục',
  target: 'Giá trị mục tiêu',
  summaryEn: 'Tóm tắt tiếng Anh',
  severity: 'Mức độ',
  checks: 'Nội dung kiểm tra',
  appliesTo: 'Phạm vi áp dụng',
  ownerAgency: 'Cơ quan chủ quản',
  provenance: 'Nguồn gốc',
  rule: 'Quy tắc suy luận',
  confidence: 'Độ tin cậy',
  reference: 'Tham chiếu ngoài',
  sources: 'Nguồn trích dẫn',
  type: 'Loại quan hệ',
  from: 'Từ',
  to: 'Đến',
  note: 'Ghi chú',
  status: 'Trạng thái',
  via: 'Qua nền tảng',
  archimateType: 'Loại phần tử ArchiMate',
  archimateId: 'Mã phần tử ArchiMate',
  archimateProperties: 'Thuộc tính ArchiMate (JSON)',
  archimateTexts: 'Tên và mô tả ArchiMate (JSON)',
  folder: 'Thư mục ArchiMate',
  archimateTypes: 'Loại quan hệ ArchiMate',
  archimate: 'Quan hệ ArchiMate (JSON)',
};

const WIDE = new Set(['name', 'nameEn', 'description', 'text', 'results', 'checks', 'summaryEn', 'aliases', 'sources', 'hostingReason']);

/**
 * The Vietnamese label; the bare key when LABELS_VI has none yet, so a property added to the model
 * still gets a column (tests/unit/interop-tabular.test.ts fails until it has its label).
 */
function labelVi(key: string, kind?: string): string {
  return (kind && LABELS_VI[`${kind}.${key}`]) || LABELS_VI[key] || key;
}

function column(key: string, spec: PropSpec | { type: CellType; values?: readonly string[]; required?: boolean; description: string }, kind?: string): Column {
  const vi = labelVi(key, kind);
  const header = vi === key ? key : `${vi}${SEP}${key}`;
  const width = WIDE.has(key) ? 50 : Math.min(40, Math.max(14, header.length + 2));
  return { key, vi, header, type: spec.type, values: spec.values, required: !!spec.required, description: spec.description, width };
}

const PROVENANCE_COLUMNS = (kind?: string): Column[] => [
  column(
    'provenance',
    {
      type: 'string',
      values: PROVENANCES,
      required: true,
      description: 'stated (from a document, with sources) | inferred (by a named rule) | external (with a reference) | example.',
    },
    kind,
  ),
  column('rule', { type: 'string', description: 'The inference rule, when provenance is inferred.' }, kind),
  column('confidence', { type: 'string', values: CONFIDENCES, description: 'high | medium | low, when provenance is inferred.' }, kind),
  column('reference', { type: 'string', description: 'The external reference, when provenance is external.' }, kind),
  column(
    'sources',
    { type: 'sources', description: 'One source per line: document | section | verbatim quote (or a JSON array of {document, section, quote}).' },
    kind,
  ),
];

/** Kinds whose nodes an agency can own: they get an `ownerAgency` column. */
const OWNABLE = new Set(REL_BY_TYPE.get('OWNED_BY')?.from ?? []);

/** Common props that lead every node sheet; the other common props (ArchiMate's…) follow the kind's own. */
const LEADING_COMMON = new Set(['id', 'name', 'nameEn', 'abbreviations', 'aliases', 'province', 'description']);

function nodeLayout(kind: KindSpec): SheetLayout {
  const common = Object.entries(COMMON_PROPS);
  const own = Object.entries(kind.props);
  const columns = [
    ...common.filter(([k]) => LEADING_COMMON.has(k) && !(k in kind.props)).map(([k, s]) => column(k, s, kind.name)),
    ...own.map(([k, s]) => column(k, s, kind.name)),
  ];
  if (OWNABLE.has(kind.name))
    columns.push(
      column(
        'ownerAgency',
        { type: 'string', description: 'Owning agency (chủ quản): its id (agency:…) or its exact name. Becomes an OWNED_BY relationship.' },
        kind.name,
      ),
    );
  // A kind may redeclare a common prop (Element.archimateType); its own declaration wins.
  columns.push(...common.filter(([k]) => !LEADING_COMMON.has(k) && !(k in kind.props)).map(([k, s]) => column(k, s, kind.name)));
  columns.push(...PROVENANCE_COLUMNS(kind.name));
  return { name: kind.name, entity: 'node', kind, columns };
}

function relationshipLayout(): SheetLayout {
  const props = new Map<string, PropSpec>(Object.entries(REL_COMMON_PROPS));
  for (const r of RELATIONSHIPS)
    for (const [k, s] of Object.entries(r.props ?? {})) {
      const prev = props.get(k);
      if (prev && prev.type !== s.type)
        throw new Error(
          `tabular/columns.ts: relationship property ${k} is a ${prev.type} on one type and a ${s.type} on ${r.type}; one column cannot hold both`,
        );
      // A prop required on one type only is optional in the shared sheet; the engine checks per type.
      if (!prev) props.set(k, { ...s, required: false });
    }
  const columns = [
    column('type', { type: 'string', values: RELATIONSHIPS.map((r) => r.type), required: true, description: 'Relationship type.' }),
    column('from', { type: 'string', required: true, description: 'Id of the node it starts at.' }),
    column('to', { type: 'string', required: true, description: 'Id of the node it ends at.' }),
    ...[...props].map(([k, s]) => column(k, s)),
    ...PROVENANCE_COLUMNS(),
  ];
  return { name: RELATIONSHIPS_SHEET, entity: 'relationship', columns };
}

export const NODE_LAYOUTS: readonly SheetLayout[] = KINDS.map(nodeLayout);
export const RELATIONSHIP_LAYOUT: SheetLayout = relationshipLayout();
export const LAYOUTS: readonly SheetLayout[] = [...NODE_LAYOUTS, RELATIONSHIP_LAYOUT];
export const NODE_LAYOUT_BY_KIND: ReadonlyMap<string, SheetLayout> = new Map(NODE_LAYOUTS.map((l) => [l.name, l]));

/** The `kind` column a node table may carry (a CSV holding several kinds needs it). */
export const KIND_COLUMN: Column = column('kind', {
  type: 'string',
  values: KINDS.map((k) => k.name),
  description: 'Node kind, when one file holds several kinds.',
});

/**
 * Header lookup for a set of columns: the bilingual header, the key and the Vietnamese label, all
 * folded (case, diacritics, spacing: `Ten`, `tên ` and `TÊN` all match `Tên`). Throws when two columns would answer to the same text (a model change made labels clash).
 */
export function headerIndex(columns: readonly Column[]): Map<string, Column> {
  const index = new Map<string, Column>();
  for (const c of columns)
    for (const text of [c.header, c.key, c.vi]) {
      const k = fold(text);
      const prev = index.get(k);
      if (prev && prev.key !== c.key) throw new Error(`tabular/columns.ts: header "${text}" would name both ${prev.key} and ${c.key}`);
      index.set(k, c);
    }
  return index;
}

/**
 * Resolves a header cell against an index: the whole text, then the English key after the last
 * ` · `, then the Vietnamese label before it. Undefined when nothing matches.
 */
export function resolveHeader(index: ReadonlyMap<string, Column>, header: string): Column | undefined {
  const whole = index.get(fold(header));
  if (whole) return whole;
  const parts = header
    .split('·')
    .map((p) => p.trim())
    .filter(Boolean);
  for (const p of [...parts].reverse()) {
    const c = index.get(fold(p));
    if (c) return c;
  }
  return undefined;
}

/** An enumeration a column draws from, for the Excel lists sheet and its validations. */
export interface EnumList {
  /** The column key (`level`), or `key (Sheet)` when the same key takes other values elsewhere. */
  name: string;
  /** Bilingual header on the lists sheet. */
  header: string;
  values: readonly string[];
}

function buildEnumLists(): { lists: EnumList[]; byColumn: Map<Column, EnumList> } {
  const lists: EnumList[] = [];
  const byColumn = new Map<Column, EnumList>();
  const tables: Array<[string, readonly Column[]]> = [['', [KIND_COLUMN]], ...LAYOUTS.map((l): [string, readonly Column[]] => [l.name, l.columns])];
  for (const [sheet, columns] of tables)
    for (const c of columns) {
      // A list cell holds several values, which an Excel drop-down cannot; only single values get one.
      const values = c.type === 'boolean' ? ['true', 'false'] : c.type === 'string' ? c.values : undefined;
      if (!values) continue;
      const same = lists.find((l) => (l.name === c.key || l.name.startsWith(`${c.key} (`)) && l.values.join('\u0000') === values.join('\u0000'));
      const name = lists.some((l) => l.name === c.key) ? `${c.key} (${sheet})` : c.key;
      const list = same ?? { name, header: `${c.vi}${SEP}${name}`, values };
      if (!same) lists.push(list);
      byColumn.set(c, list);
    }
  return { lists, byColumn };
}

const ENUMS = buildEnumLists();
/** Every enumeration list, each once (`level` is shared by all kinds that have it). */
export const ENUM_LISTS: readonly EnumList[] = ENUMS.lists;
/** The list a column's values must come from, if any. */
export const enumListOf = (c: Column): EnumList | undefined => ENUMS.byColumn.get(c);

/** How a sheet or file name maps to a layout; `skip` for the sheets the writer adds for people. */
export type SheetMatch = { layout: SheetLayout } | { skip: true } | undefined;

const RELATIONSHIP_NAMES = new Set(['relationships', 'relationship', 'quan he', 'quan he · relationships'].map(fold));
const SKIPPED_NAMES = new Set([GUIDE_SHEET, LISTS_SHEET, 'Guide', 'Hướng dẫn', 'Lists', 'Danh mục', 'README'].map(fold));
const NODE_BY_FOLDED = new Map(NODE_LAYOUTS.map((l) => [fold(l.name), l]));

export function matchSheet(name: string): SheetMatch {
  const k = fold(name);
  if (SKIPPED_NAMES.has(k)) return { skip: true };
  if (RELATIONSHIP_NAMES.has(k)) return { layout: RELATIONSHIP_LAYOUT };
  const node = NODE_BY_FOLDED.get(k);
  return node ? { layout: node } : undefined;
}

export const SHEET_NAMES_HINT = `${KINDS.map((k) => k.name).join(', ')}, ${RELATIONSHIPS_SHEET}`;
