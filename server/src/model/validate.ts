/**
 * Validation of records against the declared model. Used by the fixture loader, the mutations and
 * the importers alike, so a record is judged the same way whichever door it comes through.
 */
import type { FieldProblem } from '../errors.js';
import { COMMON_PROPS, CONFIDENCES, KIND_BY_NAME, PROVENANCES, REL_BY_TYPE, REL_COMMON_PROPS, type PropSpec } from './model.js';

export interface Source {
  document: string;
  section: string;
  quote: string;
}

export interface ProvenanceFields {
  provenance: string;
  sources?: Source[];
  rule?: string;
  confidence?: string;
  reference?: string;
}

export interface NodeRecord extends ProvenanceFields {
  id: string;
  kind: string;
  name: string;
  [prop: string]: unknown;
}

export interface RelRecord extends ProvenanceFields {
  type: string;
  from: string;
  to: string;
  [prop: string]: unknown;
}

const PROVENANCE_KEYS = new Set(['provenance', 'sources', 'rule', 'confidence', 'reference']);
const MAX_STRING = 20_000;
const MAX_QUOTE = 400;

function badValue(out: FieldProblem[], where: string, key: string, value: unknown, message: string, messageVi: string) {
  out.push({ where: `${where}.${key}`, message, messageVi, value });
}

// Hot on bulk paths (millions of records): no closure per call, so nothing is allocated for a valid value.
function checkValue(where: string, key: string, spec: PropSpec, value: unknown, out: FieldProblem[]) {
  switch (spec.type) {
    case 'string':
      if (typeof value !== 'string') return badValue(out, where, key, value, 'must be a string', 'phải là chuỗi ký tự');
      if (value.length > MAX_STRING) return badValue(out, where, key, value, `is longer than ${MAX_STRING} characters`, `dài quá ${MAX_STRING} ký tự`);
      if (spec.values && !spec.values.includes(value))
        return badValue(out, where, key, value, `must be one of ${spec.values.join(', ')}`, `phải là một trong: ${spec.values.join(', ')}`);
      return;
    case 'string[]':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
        return badValue(out, where, key, value, 'must be a list of strings', 'phải là danh sách chuỗi ký tự');
      if (spec.values)
        for (const v of value)
          if (!spec.values.includes(v))
            badValue(out, where, key, value, `"${v}" must be one of ${spec.values.join(', ')}`, `"${v}" phải là một trong: ${spec.values.join(', ')}`);
      return;
    case 'int':
      if (typeof value !== 'number' || !Number.isInteger(value)) return badValue(out, where, key, value, 'must be a whole number', 'phải là số nguyên');
      return;
    case 'boolean':
      if (typeof value !== 'boolean') return badValue(out, where, key, value, 'must be true or false', 'phải là true (đúng) hoặc false (sai)');
  }
}

/** A kind's or relationship type's properties (common ones first), worked out once, not per record. */
interface PropTable {
  specs: Record<string, PropSpec>;
  entries: [string, PropSpec][];
}
const propTable = (specs: Record<string, PropSpec>): PropTable => ({ specs, entries: Object.entries(specs) });
const NODE_PROPS = new Map([...KIND_BY_NAME].map(([name, kind]) => [name, propTable({ ...COMMON_PROPS, ...kind.props })]));
const REL_PROPS = new Map([...REL_BY_TYPE].map(([type, spec]) => [type, propTable({ ...REL_COMMON_PROPS, ...(spec.props ?? {}) })]));

export function validateProvenance(where: string, r: ProvenanceFields, out: FieldProblem[]) {
  if (!PROVENANCES.includes(r.provenance as never)) {
    out.push({
      where: `${where}.provenance`,
      message: `must be one of ${PROVENANCES.join(', ')}`,
      messageVi: `phải là một trong: ${PROVENANCES.join(', ')}`,
      value: r.provenance,
    });
    return;
  }
  if (r.sources !== undefined) {
    if (!Array.isArray(r.sources)) out.push({ where: `${where}.sources`, message: 'must be a list', messageVi: 'phải là danh sách', value: r.sources });
    else
      r.sources.forEach((s, i) => {
        const w = `${where}.sources[${i}]`;
        if (!s || typeof s !== 'object')
          return out.push({ where: w, message: 'must be {document, section, quote}', messageVi: 'phải có dạng {document, section, quote}' });
        for (const k of ['document', 'section', 'quote'] as const)
          if (typeof s[k] !== 'string' || !s[k].trim()) out.push({ where: `${w}.${k}`, message: 'is required', messageVi: 'bắt buộc', value: s[k] });
        if (typeof s.quote === 'string' && s.quote.length > MAX_QUOTE)
          out.push({ where: `${w}.quote`, message: `is longer than ${MAX_QUOTE} characters`, messageVi: `dài quá ${MAX_QUOTE} ký tự` });
      });
  }
  if (r.provenance === 'stated' && !(Array.isArray(r.sources) && r.sources.length))
    out.push({
      where: `${where}.sources`,
      message: 'a stated fact needs at least one source (document, section, quote)',
      messageVi: 'dữ kiện nêu trong tài liệu (stated) cần ít nhất một trích dẫn (tài liệu, mục, trích nguyên văn)',
    });
  if (r.provenance === 'inferred') {
    if (typeof r.rule !== 'string' || !r.rule)
      out.push({
        where: `${where}.rule`,
        message: 'an inferred fact names the rule that derived it',
        messageVi: 'dữ kiện suy luận phải nêu quy tắc đã suy ra nó',
      });
    if (!CONFIDENCES.includes(r.confidence as never))
      out.push({
        where: `${where}.confidence`,
        message: `must be one of ${CONFIDENCES.join(', ')}`,
        messageVi: `phải là một trong: ${CONFIDENCES.join(', ')}`,
        value: r.confidence,
      });
  }
  if (r.provenance === 'external' && (typeof r.reference !== 'string' || !r.reference))
    out.push({
      where: `${where}.reference`,
      message: 'an external fact names its reference',
      messageVi: 'dữ kiện từ nguồn bên ngoài phải nêu nguồn tham chiếu (reference)',
    });
}

/** Problems with one node record; empty when it is valid. */
export function validateNode(where: string, r: Partial<NodeRecord>): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (!r || typeof r !== 'object') return [{ where, message: 'must be an object', messageVi: 'phải là một đối tượng' }];
  const kind = KIND_BY_NAME.get(r.kind as string);
  if (!kind) {
    out.push({
      where: `${where}.kind`,
      message: `unknown kind; one of ${[...KIND_BY_NAME.keys()].join(', ')}`,
      messageVi: `loại không xác định; phải là một trong: ${[...KIND_BY_NAME.keys()].join(', ')}`,
      value: r.kind,
    });
    return out;
  }
  if (typeof r.id !== 'string' || !r.id.startsWith(`${kind.idPrefix}:`) || r.id.length <= kind.idPrefix.length + 1 || /\s/.test(r.id))
    out.push({
      where: `${where}.id`,
      message: `must be "${kind.idPrefix}:<slug>" with no spaces`,
      messageVi: `phải có dạng "${kind.idPrefix}:<slug>", không có khoảng trắng`,
      value: r.id,
    });
  if (typeof r.name !== 'string' || !r.name.trim()) out.push({ where: `${where}.name`, message: 'is required', messageVi: 'bắt buộc', value: r.name });
  checkProps(where, r, NODE_PROPS.get(kind.name)!, NODE_OWN, { name: kind.name, en: 'for', vi: 'loại' }, out);
  validateProvenance(where, r as ProvenanceFields, out);
  return out;
}

const NODE_OWN = ['kind'];
const REL_OWN = ['type', 'from', 'to'];

/**
 * A record's properties against their table: the required ones present, each value of its type,
 * and nothing else besides the record's `own` fields and its provenance. `of` names what the
 * record is in the messages ("is required for Component", "… on OWNED_BY").
 */
function checkProps(
  where: string,
  r: object,
  { specs, entries }: PropTable,
  own: readonly string[],
  of: { name: string; en: 'for' | 'on'; vi: 'loại' | 'quan hệ' },
  out: FieldProblem[],
): void {
  const values = r as Record<string, unknown>;
  for (const [key, spec] of entries) {
    const v = values[key];
    if (v === undefined || v === null) {
      if (spec.required) out.push({ where: `${where}.${key}`, message: `is required ${of.en} ${of.name}`, messageVi: `bắt buộc với ${of.vi} ${of.name}` });
      continue;
    }
    checkValue(where, key, spec, v, out);
  }
  for (const key of Object.keys(values)) {
    // Own properties only: `key in specs` would accept toString, constructor, __proto__…
    if (own.includes(key) || PROVENANCE_KEYS.has(key) || Object.hasOwn(specs, key)) continue;
    out.push({ where: `${where}.${key}`, message: `is not a property of ${of.name}`, messageVi: `không phải thuộc tính của ${of.vi} ${of.name}` });
  }
}

/**
 * Problems with one relationship record. `kindOf` tells the kind of an id (undefined when no such
 * node exists).
 */
export function validateRelationship(where: string, r: Partial<RelRecord>, kindOf: (id: string) => string | undefined): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (!r || typeof r !== 'object') return [{ where, message: 'must be an object', messageVi: 'phải là một đối tượng' }];
  const spec = REL_BY_TYPE.get(r.type as string);
  if (!spec) {
    out.push({
      where: `${where}.type`,
      message: `unknown relationship type; one of ${[...REL_BY_TYPE.keys()].join(', ')}`,
      messageVi: `loại quan hệ không xác định; phải là một trong: ${[...REL_BY_TYPE.keys()].join(', ')}`,
      value: r.type,
    });
    return out;
  }
  const fromKind = typeof r.from === 'string' ? kindOf(r.from) : undefined;
  const toKind = typeof r.to === 'string' ? kindOf(r.to) : undefined;
  if (!fromKind) out.push({ where: `${where}.from`, message: 'no node has this id', messageVi: 'không có nút nào mang mã này', value: r.from });
  else if (!spec.from.includes(fromKind))
    out.push({
      where: `${where}.from`,
      message: `${r.type} cannot start at a ${fromKind}; it starts at ${spec.from.join(' or ')}`,
      messageVi: `${r.type} không thể bắt đầu từ ${fromKind}; nó bắt đầu từ ${spec.from.join(' hoặc ')}`,
      value: r.from,
    });
  if (!toKind) out.push({ where: `${where}.to`, message: 'no node has this id', messageVi: 'không có nút nào mang mã này', value: r.to });
  else if (!spec.to.includes(toKind))
    out.push({
      where: `${where}.to`,
      message: `${r.type} cannot end at a ${toKind}; it ends at ${spec.to.join(' or ')}`,
      messageVi: `${r.type} không thể kết thúc ở ${toKind}; nó kết thúc ở ${spec.to.join(' hoặc ')}`,
      value: r.to,
    });
  if (r.from !== undefined && r.from === r.to)
    out.push({ where, message: 'a relationship cannot join a node to itself', messageVi: 'quan hệ không thể nối một nút với chính nó' });
  checkProps(where, r, REL_PROPS.get(spec.type)!, REL_OWN, { name: spec.type, en: 'on', vi: 'quan hệ' }, out);
  validateProvenance(where, r as ProvenanceFields, out);
  return out;
}
