/**
 * Turns what a person types into a full-text query for the `node_search` index, and scores exact
 * hits. Pure functions, tested without a database.
 *
 * - Diacritics and đ fold away (the index folds the same way), so "dan cu" meets "Dân cư".
 * - Every token is required (AND); the last one may be a prefix (typeahead); tokens of five
 *   letters or more tolerate one typo.
 * - Known abbreviations also match their expansion: "CSDL" OR "co so du lieu".
 * - Legal numbers written loosely ("QD 2568", "2568/QĐ-BTTTT", "Quyết định 2568") reduce to the
 *   same tokens.
 * - User text never reaches Lucene syntax: tokens are [a-z0-9] only; everything else is a separator.
 */
import { fold, foldKey } from '../model/text.js';
import { ABBREVIATIONS } from './abbreviations.js';

/** Lucene's English stop words, which the standard analyzers drop at index and query time. */
const STOP = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not', 'of', 'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with']);

export const PROVINCES: Record<string, string> = { 'quang ngai': 'Quảng Ngãi', 'quang nam': 'Quảng Nam' };

export interface ParsedQuery {
  /** The whole query folded: compared with exact keys. */
  folded: string;
  tokens: string[];
  lucene: string;
  /** A province the query names, boosting that province's entities. */
  province: string | null;
}

export function tokenize(text: string): string[] {
  return fold(text.normalize('NFC'))
    .replace(/kh&cn/g, 'khcn')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function phrase(words: string): string {
  return `"${words}"`;
}

export function parseQuery(text: string): ParsedQuery | null {
  const folded = foldKey(text);
  const all = tokenize(text);
  let province: string | null = null;
  for (const [key, name] of Object.entries(PROVINCES)) if (folded.includes(key)) province = name;
  const tokens = all.filter((t) => !STOP.has(t));
  if (tokens.length === 0) return null;
  const clauses = tokens.map((t, i) => {
    const alts = new Set<string>([t]);
    const last = i === tokens.length - 1;
    if (last && t.length >= 2 && !/^\d+$/.test(t)) alts.add(`${t}*`);
    if (t.length >= 5 && !/\d/.test(t)) alts.add(`${t}~1`);
    for (const exp of ABBREVIATIONS[t] ?? []) alts.add(phrase(exp));
    return alts.size === 1 ? t : `(${[...alts].join(' OR ')})`;
  });
  return { folded, tokens, lucene: clauses.join(' AND '), province };
}

/** Keys a node is matched exactly against: its name, aliases, abbreviations and English name, folded. */
export function exactKeys(node: { name?: unknown; nameEn?: unknown; aliases?: unknown; abbreviations?: unknown; code?: unknown; number?: unknown }): string[] {
  const out = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string' && v) out.add(foldKey(v));
  };
  add(node.name);
  add(node.nameEn);
  add(node.number);
  for (const v of (node.aliases as string[]) ?? []) add(v);
  for (const v of (node.abbreviations as string[]) ?? []) add(v);
  return [...out];
}

/** Text with known abbreviations spelt out, indexed alongside the name so either form finds it. */
export function expandAbbreviations(text: string): string {
  const words = tokenize(text);
  const expanded = words.flatMap((w) => ABBREVIATIONS[w]?.[0]?.split(' ') ?? []);
  return expanded.join(' ');
}
