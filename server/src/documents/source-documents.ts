/**
 * The source documents the fixtures quote, as users are shown them: title, number, issuer and date
 * (fixtures/documents/sources/documents.json, beside the documents' text). A source's `document`
 * field is the document's key (its file name in that folder); people are never shown the key, but
 * the citation built here ("Quyết định phê duyệt Kiến trúc … Quảng Ngãi, phiên bản 3.0 … (Chủ tịch
 * UBND tỉnh Quảng Ngãi, 31/12/2024)"). A source naming a document akb does not hold (an imported
 * record's own reference) is cited as written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../config/config.js';

export const SOURCE_DOCUMENTS_DIR = join(ROOT, 'fixtures', 'documents', 'sources');
export const SOURCE_DOCUMENTS_FILE = join(SOURCE_DOCUMENTS_DIR, 'documents.json');

export interface SourceDocument {
  /** The key sources use in their `document` field: the text's file name in fixtures/documents/sources/. */
  id: string;
  docType: string;
  title: string;
  titleEn: string;
  shortTitle: string;
  /** Number and symbol as written; null when the text leaves it blank. */
  number: string | null;
  issuer: string;
  issuerEn: string;
  /** ISO date; `yyyy-mm` or `yyyy` when the text leaves the day (and month) blank. */
  issuedOn: string | null;
  note: string | null;
}

const ISO_PARTIAL = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Checks the metadata file's shape; the problems, each naming the document and field. */
export function checkSourceDocuments(data: unknown): string[] {
  const out: string[] = [];
  const docs = (data as { documents?: unknown })?.documents;
  if (!Array.isArray(docs)) return ['documents.json: expected {"documents": [...]}'];
  const seen = new Set<string>();
  docs.forEach((d: Record<string, unknown>, i) => {
    const where = `documents[${i}]${typeof d?.id === 'string' ? ` (${d.id})` : ''}`;
    for (const k of ['id', 'docType', 'title', 'titleEn', 'shortTitle', 'issuer', 'issuerEn'])
      if (typeof d?.[k] !== 'string' || !(d[k] as string).trim()) out.push(`${where}.${k}: required text`);
    for (const k of ['number', 'issuedOn', 'note']) if (d?.[k] !== null && typeof d?.[k] !== 'string') out.push(`${where}.${k}: text or null`);
    if (typeof d?.issuedOn === 'string' && !ISO_PARTIAL.test(d.issuedOn)) out.push(`${where}.issuedOn: yyyy, yyyy-mm or yyyy-mm-dd`);
    if (typeof d?.id === 'string') {
      if (seen.has(d.id)) out.push(`${where}.id: repeated`);
      seen.add(d.id);
    }
  });
  return out;
}

let cache: Map<string, SourceDocument> | null = null;

/** Every source document akb holds, by key (read once). */
export function sourceDocuments(): ReadonlyMap<string, SourceDocument> {
  if (cache) return cache;
  const data = JSON.parse(readFileSync(SOURCE_DOCUMENTS_FILE, 'utf8')) as { documents: SourceDocument[] };
  const problems = checkSourceDocuments(data);
  if (problems.length) throw new Error(`fixtures/documents/sources/documents.json is invalid: ${problems.join('; ')}`);
  cache = new Map(data.documents.map((d) => [d.id, d]));
  return cache;
}

export const sourceDocument = (key: string): SourceDocument | null => sourceDocuments().get(key) ?? null;

/** "2024-12-31" → "31/12/2024", "2026-01" → "01/2026", "2021" → "2021". */
export function dateVi(iso: string | null): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-');
  return [d, m, y].filter(Boolean).join('/');
}

/** Title, number, issuer and date, in Vietnamese ("…, số 2126/QĐ-UBND (UBND tỉnh Quảng Ngãi, 24/12/2021)"). */
export function citationVi(d: SourceDocument): string {
  const tail = [d.issuer, dateVi(d.issuedOn)].filter(Boolean).join(', ');
  return `${d.title}${d.number ? `, số ${d.number}` : ''}${tail ? ` (${tail})` : ''}`;
}

export function citationEn(d: SourceDocument): string {
  const tail = [d.issuerEn, dateVi(d.issuedOn)].filter(Boolean).join(', ');
  return `${d.titleEn}${d.number ? `, No. ${d.number}` : ''}${tail ? ` (${tail})` : ''}`;
}

/** How a source's document is cited to people: the citation when akb holds it, else the text as given. */
export const citationOf = (key: string): string => {
  const d = sourceDocument(key);
  return d ? citationVi(d) : key;
};
