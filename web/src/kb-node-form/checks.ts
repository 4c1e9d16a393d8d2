/**
 * The server's rules for a node (server/src/model/validate.ts validateNode and validateProvenance),
 * checked in the browser before anything is sent, from the same model specs the form is built
 * from (KindSpec, PropSpec, PROVENANCES, CONFIDENCES through api/edit.ts) — not by importing the
 * server's validator, which the web must not load at run time. tests/unit/web-node-checks.test.ts runs
 * both on the same random inputs and requires the same fields to be flagged.
 *
 * Problems carry `where` as the server writes it (`input.name`, `patch.properties.level`), so the
 * form shows them exactly where it shows the server's.
 */
import type { Problem } from '../api/client.js';
import { COMMON_PROPS, CONFIDENCES, KINDS, PROVENANCES, type PropSpec } from '../api/edit.js';

const MAX_STRING = 20_000;
const MAX_QUOTE = 400;

type Out = (Problem & { messageVi: string })[];

function checkValue(where: string, spec: PropSpec, value: unknown, out: Out) {
  const bad = (message: string, messageVi: string) => out.push({ where, message, messageVi, value });
  switch (spec.type) {
    case 'string':
      if (typeof value !== 'string') return bad('must be a string', 'phải là chuỗi ký tự');
      if (value.length > MAX_STRING) return bad(`is longer than ${MAX_STRING} characters`, `dài quá ${MAX_STRING} ký tự`);
      if (spec.values && !spec.values.includes(value)) return bad(`must be one of ${spec.values.join(', ')}`, `phải là một trong: ${spec.values.join(', ')}`);
      return;
    case 'string[]':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return bad('must be a list of strings', 'phải là danh sách chuỗi ký tự');
      if (spec.values)
        for (const v of value as string[])
          if (!spec.values.includes(v)) bad(`"${v}" must be one of ${spec.values.join(', ')}`, `"${v}" phải là một trong: ${spec.values.join(', ')}`);
      return;
    case 'int':
      if (typeof value !== 'number' || !Number.isInteger(value)) return bad('must be a whole number', 'phải là số nguyên');
      return;
    case 'boolean':
      if (typeof value !== 'boolean') return bad('must be true or false', 'phải là true (đúng) hoặc false (sai)');
  }
}

function checkProvenance(where: string, r: Record<string, unknown>, out: Out, update: boolean) {
  const provenance = r.provenance;
  if (!PROVENANCES.includes(provenance as never)) {
    out.push({
      where: `${where}.provenance`,
      message: `must be one of ${PROVENANCES.join(', ')}`,
      messageVi: `phải là một trong: ${PROVENANCES.join(', ')}`,
      value: provenance,
    });
    return;
  }
  const sources = r.sources;
  if (sources !== undefined && sources !== null) {
    if (!Array.isArray(sources)) out.push({ where: `${where}.sources`, message: 'must be a list', messageVi: 'phải là danh sách', value: sources });
    else
      sources.forEach((s: unknown, i) => {
        const w = `${where}.sources[${i}]`;
        if (!s || typeof s !== 'object')
          return out.push({ where: w, message: 'must be {document, section, quote}', messageVi: 'phải có dạng {document, section, quote}' });
        const src = s as Record<string, unknown>;
        for (const k of ['document', 'section', 'quote'])
          if (typeof src[k] !== 'string' || !(src[k] as string).trim())
            out.push({ where: `${w}.${k}`, message: 'is required', messageVi: 'bắt buộc', value: src[k] });
        if (typeof src.quote === 'string' && src.quote.length > MAX_QUOTE)
          out.push({ where: `${w}.quote`, message: `is longer than ${MAX_QUOTE} characters`, messageVi: `dài quá ${MAX_QUOTE} ký tự` });
      });
  }
  // On update the server checks the patch merged with what is stored: a field the patch leaves out
  // is kept, so only what the patch removes (null) or sets can be judged here.
  const noSources = !(Array.isArray(sources) && sources.length);
  if (provenance === 'stated' && noSources && (!update || sources === null))
    out.push({
      where: `${where}.sources`,
      message: 'a stated fact needs at least one source (document, section, quote)',
      messageVi: 'dữ kiện nêu trong tài liệu (stated) cần ít nhất một trích dẫn (tài liệu, mục, trích nguyên văn)',
    });
  if (provenance === 'inferred') {
    if ((!update || r.rule !== undefined) && (typeof r.rule !== 'string' || !r.rule))
      out.push({
        where: `${where}.rule`,
        message: 'an inferred fact names the rule that derived it',
        messageVi: 'dữ kiện suy luận phải nêu quy tắc đã suy ra nó',
      });
    if ((!update || r.confidence !== undefined) && !CONFIDENCES.includes(r.confidence as never))
      out.push({
        where: `${where}.confidence`,
        message: `must be one of ${CONFIDENCES.join(', ')}`,
        messageVi: `phải là một trong: ${CONFIDENCES.join(', ')}`,
        value: r.confidence,
      });
  }
  if (provenance === 'external' && !update && (typeof r.reference !== 'string' || !r.reference))
    out.push({
      where: `${where}.reference`,
      message: 'an external fact names its reference',
      messageVi: 'dữ kiện từ nguồn bên ngoài phải nêu nguồn tham chiếu (reference)',
    });
}

/**
 * Problems with a createNode input (`mode: 'create'`, where = `input`) or an updateNode patch of
 * a node of `kind` (`mode: 'update'`, where = `patch`), as the form builds them.
 */
export function checkNodeInput(mode: 'create' | 'update', input: Record<string, unknown>, kind: string): Out {
  const where = mode === 'create' ? 'input' : 'patch';
  const out: Out = [];
  const spec = KINDS.find((k) => k.name === kind);
  if (!spec) {
    out.push({
      where: `${where}.kind`,
      message: `unknown kind; one of ${KINDS.map((k) => k.name).join(', ')}`,
      messageVi: `loại không xác định; phải là một trong: ${KINDS.map((k) => k.name).join(', ')}`,
      value: kind,
    });
    return out;
  }
  if (mode === 'create') {
    const id = input.id;
    if (typeof id !== 'string' || !id.startsWith(`${spec.idPrefix}:`) || id.length <= spec.idPrefix.length + 1 || /\s/.test(id))
      out.push({
        where: `${where}.id`,
        message: `must be "${spec.idPrefix}:<slug>" with no spaces`,
        messageVi: `phải có dạng "${spec.idPrefix}:<slug>", không có khoảng trắng`,
        value: id,
      });
  }
  if (mode === 'create' || 'name' in input) {
    if (typeof input.name !== 'string' || !input.name.trim())
      out.push({ where: `${where}.name`, message: 'is required', messageVi: 'bắt buộc', value: input.name });
  }
  // As the server does: kind properties flattened into the record, the kind's specs over the common ones.
  const { properties, ...named } = input;
  const record: Record<string, unknown> = { ...named, ...((properties as Record<string, unknown> | undefined) ?? {}) };
  const specs: Record<string, PropSpec> = { ...COMMON_PROPS, ...spec.props };
  for (const [key, ps] of Object.entries(specs)) {
    if (key === 'name' || key === 'id') continue;
    const v = record[key];
    if (v === undefined || v === null) {
      // Creating: a required property must be there; updating: only a null removes it.
      if (ps.required && (mode === 'create' || v === null))
        out.push({ where: `${where}.${key}`, message: `is required for ${spec.name}`, messageVi: `bắt buộc với loại ${spec.name}` });
      continue;
    }
    checkValue(`${where}.${key}`, ps, v, out);
  }
  const PROVENANCE_KEYS = new Set(['provenance', 'sources', 'rule', 'confidence', 'reference']);
  for (const key of Object.keys(record)) {
    if (key === 'kind' || PROVENANCE_KEYS.has(key) || key in specs) continue;
    out.push({ where: `${where}.${key}`, message: `is not a property of ${spec.name}`, messageVi: `không phải thuộc tính của loại ${spec.name}` });
  }
  checkProvenance(where, input, out, mode === 'update');
  return out;
}

/** An id slug from a name: "Cổng Dịch vụ công Quảng Ngãi" → "cong-dich-vu-cong-quang-ngai". */
export function slugFromName(name: string, max = 60): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}
