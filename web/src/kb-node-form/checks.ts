/**
 * The server's rules for a node (server/src/model/validate.ts validateNode and validateProvenance),
 * checked in the browser before anything is sent, from the same model specs the form is built
 * from (KindSpec, PropSpec, PROVENANCES, CONFIDENCES through api/edit.ts) — not by importing the
 * server's validator, which the web must not load at run time. tests/web-node-checks.test.ts runs
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
      if (spec.values) for (const v of value as string[]) if (!spec.values.includes(v)) bad(`"${v}" must be one of ${spec.values.join(', ')}`, `"${v}" phải là một trong: ${spec.values.join(', ')}`);
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
    out.push({ where: `${where}.provenance`, message: `must be one of ${PROVENANCES.join(', ')}`, messageVi: `phải là một trong: ${PROVENANCES.join(', ')}`, value: provenance });
    return;
  }
  const sources = r.sources;
  if (Array.isArray(sources)) {
    sources.forEach((s: Record<string, unknown>, i) => {
      const w = `${where}.sources[${i}]`;
      for (const k of ['document', 'section', 'quote']) if (typeof s[k] !== 'string' || !(s[k] as string).trim()) out.push({ where: `${w}.${k}`, message: 'is required', messageVi: 'bắt buộc', value: s[k] });
      if (typeof s.quote === 'string' && s.quote.length > MAX_QUOTE) out.push({ where: `${w}.quote`, message: `is longer than ${MAX_QUOTE} characters`, messageVi: `dài quá ${MAX_QUOTE} ký tự` });
    });
  }
  // On update a null removes the sources; the server checks the merged record, so a stated node
  // left without any is refused there too.
  const noSources = !Array.isArray(sources) || sources.length === 0;
  if (provenance === 'stated' && noSources && (!update || sources === null))
    out.push({ where: `${where}.sources`, message: 'a stated fact needs at least one source (document, section, quote)', messageVi: 'dữ kiện nêu trong tài liệu (stated) cần ít nhất một trích dẫn (tài liệu, mục, trích nguyên văn)' });
  if (provenance === 'inferred') {
    if (typeof r.rule !== 'string' || !r.rule) out.push({ where: `${where}.rule`, message: 'an inferred fact names the rule that derived it', messageVi: 'dữ kiện suy luận phải nêu quy tắc đã suy ra nó' });
    if (r.confidence !== undefined && r.confidence !== null && !CONFIDENCES.includes(r.confidence as never))
      out.push({ where: `${where}.confidence`, message: `must be one of ${CONFIDENCES.join(', ')}`, messageVi: `phải là một trong: ${CONFIDENCES.join(', ')}`, value: r.confidence });
  }
  if (provenance === 'external' && !update && (typeof r.reference !== 'string' || !r.reference))
    out.push({ where: `${where}.reference`, message: 'an external fact names its reference', messageVi: 'dữ kiện từ nguồn bên ngoài phải nêu nguồn tham chiếu (reference)' });
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
    out.push({ where: `${where}.kind`, message: `unknown kind; one of ${KINDS.map((k) => k.name).join(', ')}`, messageVi: `loại không xác định; phải là một trong: ${KINDS.map((k) => k.name).join(', ')}`, value: kind });
    return out;
  }
  if (mode === 'create') {
    const id = input.id;
    if (typeof id !== 'string' || !id.startsWith(`${spec.idPrefix}:`) || id.length <= spec.idPrefix.length + 1 || /\s/.test(id))
      out.push({ where: `${where}.id`, message: `must be "${spec.idPrefix}:<slug>" with no spaces`, messageVi: `phải có dạng "${spec.idPrefix}:<slug>", không có khoảng trắng`, value: id });
  }
  if (mode === 'create' || 'name' in input) {
    if (typeof input.name !== 'string' || !input.name.trim()) out.push({ where: `${where}.name`, message: 'is required', messageVi: 'bắt buộc', value: input.name });
  }
  const properties = (input.properties as Record<string, unknown> | undefined) ?? {};
  const common: Record<string, PropSpec> = COMMON_PROPS;
  for (const [key, ps] of Object.entries(common)) {
    if (key === 'name') continue;
    const v = input[key];
    if (v === undefined || v === null) continue;
    checkValue(`${where}.${key}`, ps, v, out);
  }
  for (const [key, ps] of Object.entries(spec.props)) {
    if (key in common) continue;
    const v = properties[key];
    if (v === undefined || v === null) {
      // Creating: a required property must be there; updating: only a null removes it.
      if (ps.required && (mode === 'create' || v === null)) out.push({ where: `${where}.${key}`, message: `is required for ${spec.name}`, messageVi: `bắt buộc với loại ${spec.name}` });
      continue;
    }
    checkValue(`${where}.${key}`, ps, v, out);
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
