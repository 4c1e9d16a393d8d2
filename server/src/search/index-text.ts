/**
 * The search properties stored on every node, derived from its names whenever it is written:
 * `searchText` (indexed full-text beside name and nameEn), `exactKeys` and `abbreviationKeys`
 * (for ranking exact hits first).
 */
import { foldKey } from '../model/text.js';
import { exactKeys, expandAbbreviations, JOINED_NUMBER } from './query.js';

export function searchProps(node: Record<string, unknown>): { searchText: string; exactKeys: string[]; abbreviationKeys: string[] } {
  const parts: string[] = [];
  const names: string[] = [];
  for (const key of ['name', 'nameEn']) if (typeof node[key] === 'string') names.push(node[key] as string);
  for (const key of ['abbreviations', 'aliases']) {
    const v = node[key];
    if (Array.isArray(v)) {
      parts.push(...(v as string[]));
      names.push(...(v as string[]));
    }
  }
  for (const key of ['code', 'number', 'docType', 'province']) {
    const v = node[key];
    if (typeof v === 'string' && v) parts.push(v);
  }
  // "2568/QĐ-BTTTT" → also "2568 QĐ BTTTT", so "QD 2568" and "Quyết định 2568" meet it.
  if (typeof node.number === 'string') parts.push(node.number.replace(/[/\-.]/g, ' '));
  const expanded = names.map(expandAbbreviations).filter(Boolean);
  parts.push(...expanded);
  // "phiên bản 2.0" is indexed as the word "2.0"; its parts ("2 0") too, so a query written "2,0"
  // (or a name written so) meets it through the phrase query.ts sends beside the word.
  for (const n of names) if (JOINED_NUMBER.test(n)) parts.push(n.replace(/([0-9])[.,](?=[0-9])/g, '$1 '));
  return {
    searchText: parts.join(' | '),
    exactKeys: exactKeys(node),
    abbreviationKeys: ((node.abbreviations as string[]) ?? []).map(foldKey),
  };
}
