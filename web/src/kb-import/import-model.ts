/**
 * Pure helpers of the import page: what a report says in a few numbers, which of its problems to
 * list, whether it may be confirmed, and how a file is named on screen. No DOM, no fetching.
 */
import type { ImportItem, ImportMode, ImportProblem, ImportReport } from '../api/interop.js';

/** The sum of both entities' counts. */
export function totals(r: ImportReport) {
  return {
    created: r.nodes.created + r.relationships.created,
    updated: r.nodes.updated + r.relationships.updated,
    unchanged: r.nodes.unchanged + r.relationships.unchanged,
    rejected: r.nodes.rejected + r.relationships.rejected,
  };
}

/** Something would be written: a node or relationship created or updated. */
export const hasChanges = (r: ImportReport) => {
  const s = totals(r);
  return s.created + s.updated > 0;
};

export type ConfirmState =
  /** The dry run may be confirmed. */
  | 'ok'
  /** All-or-nothing and some rows were refused: confirming would write nothing. */
  | 'rejected'
  /** Nothing to create or update. */
  | 'nothing'
  /** Not a dry run (already written). */
  | 'final';

/** Whether a report from a dry run can be confirmed, and if not, why. */
export function confirmState(r: ImportReport, mode: ImportMode = r.mode): ConfirmState {
  if (!r.dryRun) return 'final';
  if (mode === 'ALL_OR_NOTHING' && totals(r).rejected > 0) return 'rejected';
  if (!hasChanges(r)) return 'nothing';
  return 'ok';
}

/** One line of the problems table: a problem with the item it belongs to (if any). */
export interface ProblemRow {
  item: ImportItem | null;
  problem: ImportProblem;
}

const itemKey = (i: ImportItem) => `${i.entity}|${i.key}|${i.at.file}|${i.at.sheet ?? ''}|${i.at.row ?? ''}|${i.at.path ?? ''}`;

/**
 * Every problem of the report, each once: the rejected items first (`report.problems`), then
 * problems on items that were not rejected (warnings), in file order.
 */
export function problemRows(r: ImportReport): ProblemRow[] {
  const seen = new Set<string>();
  const rows: ProblemRow[] = [];
  for (const item of [...(r.problems ?? []), ...r.items]) {
    const k = itemKey(item);
    if (seen.has(k)) continue;
    seen.add(k);
    for (const problem of item.problems) rows.push({ item, problem });
  }
  return rows;
}

/** The items that are (or would be) created or updated, in file order. */
export const changedItems = (r: ImportReport) => r.items.filter((i) => i.action === 'CREATED' || i.action === 'UPDATED');

/** A problem's value as text: strings as they are, anything else as JSON; absent → ''. */
export function valueText(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

/** "file › sheet › path" for a location, without the empty parts. */
export const placeText = (at: { file: string; sheet: string | null; path: string | null }) => [at.file, at.sheet, at.path].filter(Boolean).join(' › ');

/** A byte size for people: 512 B, 12.3 KB, 4.5 MB. */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Identifies a file by what the picker tells about it (two picks of the same file are the same). */
export const fileKey = (f: File) => `${f.name}|${f.size}|${f.lastModified}`;
