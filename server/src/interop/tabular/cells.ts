/**
 * One cell to one typed value and back, for Excel and CSV alike. Readers only convert (a whole
 * number, a list, sources); whether the value suits the model is the engine's judgement. The
 * encodings of lists and sources are described in columns.ts.
 */
import type { Source } from '../../model/validate.js';
import type { Column } from './columns.js';

/** A cell as a reader sees it: CSV gives strings, Excel also numbers, booleans and dates. */
export type RawCell = string | number | boolean | Date | null | undefined;

export interface CellProblem {
  message: string;
  messageVi: string;
}

/** `undefined` for an empty cell (the property is absent). */
export type Decoded = { value: unknown } | { problem: CellProblem } | undefined;

const LIST_SEP = '; ';

/** Text of a raw cell; dates at midnight UTC become `yyyy-mm-dd` (how the model writes dates). */
export function cellText(raw: RawCell): string {
  if (raw === null || raw === undefined) return '';
  if (raw instanceof Date) {
    const iso = raw.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return String(raw);
}

const clean = (s: string) => s.trim().normalize('NFC');

function enumValue(c: Column, text: string): string {
  if (!c.values || c.values.includes(text)) return text;
  // Case-insensitive match to the declared spelling ("Province" → "province"); else as written.
  return c.values.find((v) => v.toLowerCase() === text.toLowerCase()) ?? text;
}

const TRUE = new Set(['true', '1', 'yes', 'có', 'co', 'đúng', 'dung', 'x']);
const FALSE = new Set(['false', '0', 'no', 'không', 'khong', 'sai']);

function parseJsonArray(text: string): unknown[] | undefined {
  if (!text.startsWith('[')) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

function decodeList(text: string): Decoded {
  const json = parseJsonArray(text);
  if (json && json.every((v) => typeof v === 'string')) return { value: (json as string[]).map((v) => v.normalize('NFC')) };
  const items = text
    .split(/;|\r?\n/)
    .map(clean)
    .filter(Boolean);
  return items.length ? { value: items } : undefined;
}

function decodeSources(text: string): Decoded {
  const json = parseJsonArray(text);
  if (json) {
    const ok = json.every(
      (s) => s && typeof s === 'object' && ['document', 'section', 'quote'].every((k) => typeof (s as Record<string, unknown>)[k] === 'string'),
    );
    if (!ok)
      return {
        problem: {
          message: 'sources as JSON must be a list of {"document", "section", "quote"} with text values',
          messageVi: 'nguồn dạng JSON phải là danh sách {"document", "section", "quote"} có giá trị là chuỗi',
        },
      };
    return {
      value: (json as Source[]).map((s) => ({ document: s.document.normalize('NFC'), section: s.section.normalize('NFC'), quote: s.quote.normalize('NFC') })),
    };
  }
  const sources: Source[] = [];
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  for (const [i, line] of lines.entries()) {
    const parts = line.split('|');
    if (parts.length < 3)
      return {
        problem: {
          message: `line ${i + 1} of the sources is not "document | section | quote": "${line.trim()}"`,
          messageVi: `dòng ${i + 1} của nguồn không có dạng "văn bản | mục | trích dẫn": "${line.trim()}"`,
        },
      };
    sources.push({ document: clean(parts[0]), section: clean(parts[1]), quote: clean(parts.slice(2).join('|')) });
  }
  return sources.length ? { value: sources } : undefined;
}

/** Converts one cell to the column's type; a problem says why it could not. */
export function decodeCell(c: Column, raw: RawCell): Decoded {
  if (typeof raw === 'number' && !Number.isFinite(raw)) return { problem: { message: 'is not a number Excel can hold', messageVi: 'không phải số hợp lệ' } };
  const text = clean(cellText(raw));
  if (!text) return undefined;
  switch (c.type) {
    case 'string':
      return { value: enumValue(c, text) };
    case 'int': {
      const n = typeof raw === 'number' ? raw : /^[+-]?\d+(\.0+)?$/.test(text) ? Number(text) : NaN;
      if (Number.isSafeInteger(n)) return { value: n };
      return { problem: { message: `expects a whole number; "${text}" is not one`, messageVi: `cần một số nguyên; "${text}" không phải số nguyên` } };
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { value: raw };
      const t = text.toLowerCase();
      if (TRUE.has(t)) return { value: true };
      if (FALSE.has(t)) return { value: false };
      return { problem: { message: `expects true or false; "${text}" is neither`, messageVi: `cần true (đúng) hoặc false (sai); "${text}" không phải` } };
    }
    case 'string[]':
      return decodeList(text);
    case 'sources':
      return decodeSources(text);
  }
}

const plainListItem = (s: string) => s !== '' && s === s.trim() && !/[;\r\n]/.test(s);
const plainSourceField = (s: string, pipeAllowed: boolean) => s !== '' && s === s.trim() && !/[\r\n]/.test(s) && (pipeAllowed || !s.includes('|'));

/**
 * The cell a writer puts for a record value (undefined leaves it empty). Throws when the value is
 * not of the column's type: an export must not lose or reshape data silently.
 */
export function encodeCell(c: Column, v: unknown, where: string): string | number | boolean | undefined {
  if (v === undefined || v === null) return undefined;
  const wrong = () =>
    new Error(
      `${where}: ${c.key} is ${JSON.stringify(v)}, not a ${c.type === 'sources' ? 'list of sources' : c.type}; it cannot be written to the column "${c.header}"`,
    );
  switch (c.type) {
    case 'string':
      if (typeof v !== 'string') throw wrong();
      return v;
    case 'int':
      if (typeof v !== 'number' || !Number.isInteger(v)) throw wrong();
      return v;
    case 'boolean':
      if (typeof v !== 'boolean') throw wrong();
      return v;
    case 'string[]': {
      if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) throw wrong();
      if (!v.length) return undefined;
      const items = v as string[];
      return items.every(plainListItem) && !items[0].startsWith('[') ? items.join(LIST_SEP) : JSON.stringify(items);
    }
    case 'sources': {
      if (!Array.isArray(v) || v.some((s) => !s || typeof s !== 'object')) throw wrong();
      if (!v.length) return undefined;
      const sources = v as Source[];
      const plain =
        sources.every((s) => typeof s.document === 'string' && typeof s.section === 'string' && typeof s.quote === 'string') &&
        sources.every((s) => plainSourceField(s.document, false) && plainSourceField(s.section, false) && plainSourceField(s.quote, true)) &&
        !sources[0].document.startsWith('[');
      if (plain) return sources.map((s) => `${s.document} | ${s.section} | ${s.quote}`).join('\n');
      return JSON.stringify(sources);
    }
  }
}
