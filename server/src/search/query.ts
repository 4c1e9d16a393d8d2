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
 * - Versions and decimals ("2.0", "3.0", "v2.0", "2,0") stay one token, as Lucene's standard
 *   tokenizer (Unicode word breaks: digits joined by "." or "," are one word) indexes them; the
 *   query asks for that token or its parts in a row ("2.0" OR "2 0"), and the indexed text carries
 *   the parts too (index-text.ts), so "2,0" and "2.0" meet. Without this "2.0" became "2" AND "0",
 *   neither of which the index holds, and any query with a version in it found nothing.
 * - User text never reaches Lucene syntax: tokens are [a-z0-9] joined by "." or "," between digits;
 *   everything else is a separator, and dotted tokens are only ever sent inside quotes.
 */
import { fold, foldKey } from '../model/text.js';
import { ABBREVIATIONS } from './abbreviations.js';

/** Lucene's English stop words, which the standard analyzers drop at index and query time. */
const STOP = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'if',
  'in',
  'into',
  'is',
  'it',
  'no',
  'not',
  'of',
  'on',
  'or',
  'such',
  'that',
  'the',
  'their',
  'then',
  'there',
  'these',
  'they',
  'this',
  'to',
  'was',
  'will',
  'with',
]);

export const PROVINCES: Record<string, string> = { 'quang ngai': 'Quảng Ngãi', 'quang nam': 'Quảng Nam' };

export interface ParsedQuery {
  /** The whole query folded: compared with exact keys. */
  folded: string;
  tokens: string[];
  lucene: string;
  /** A province the query names, boosting that province's entities. */
  province: string | null;
}

/** Digits joined by "." or "," (a version, a decimal): one word for the standard tokenizer. */
export const JOINED_NUMBER = /[0-9][.,](?=[0-9])/;

/**
 * Words as the index's analyzer cuts them, folded: letters and digits, with "." or "," kept between
 * two digits ("2.0", "v2.0", "1,5"); a "," between digits becomes "." (how versions are written).
 */
export function tokenize(text: string): string[] {
  return (
    fold(text.normalize('NFC'))
      // \uE000 (private use) marks a kept dot below; one typed by the user is only a separator.
      .replace(/\uE000/g, ' ')
      .replace(/kh&cn/g, 'khcn')
      .replace(/([0-9]),(?=[0-9])/g, '$1.')
      .replace(/([0-9])\.(?=[0-9])/g, '$1\uE000')
      .split(/[^a-z0-9\uE000]+/)
      .filter(Boolean)
      .map((w) => w.replace(/\uE000/g, '.'))
  );
}

/** A dotted number's parts ("2.0" → "2 0"), for phrases and for the indexed text. */
export function numberParts(token: string): string {
  return token.split('.').join(' ');
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
    const last = i === tokens.length - 1;
    // "2.0": the indexed word itself, or its parts in a row (a "2,0" written in a name, or a name
    // indexed before versions were kept whole). Both inside quotes: the dot is never syntax.
    if (t.includes('.')) return `(${phrase(t)} OR ${phrase(numberParts(t))})`;
    const alts = new Set<string>([t]);
    // The last word may be unfinished; a number only from its second digit ("2" alone would
    // prefix-match every number of the graph), so "quang ngai 20" finds "2021" and "2.0" needs the dot.
    if (last && t.length >= 2) alts.add(`${t}*`);
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
