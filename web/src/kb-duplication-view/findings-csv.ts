/**
 * The findings list as CSV, for a spreadsheet: pure, so it is tested headless. UTF-8 with a byte
 * order mark (Excel otherwise reads Vietnamese as Latin-1), CRLF line ends (RFC 4180), every field
 * quoted when it holds a separator, a quote or a line break.
 */
import type { Finding } from '../api/queries.js';

export const CSV_BOM = '\uFEFF';

export interface CsvLabels {
  /** Column headers, in the order of `findingCsvRow`. */
  headers: string[];
  /** Severity → its label in the chosen language. */
  severity: (s: string) => string;
  /** Provenance → its label in the chosen language. */
  provenance: (p: string) => string;
}

export function csvField(v: string | number | null | undefined): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",;\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One finding as its CSV fields: rule number, rule code, rule name, severity, subjects, message, recommendation, reuse instead, provenance, id. */
export function findingCsvRow(f: Finding, lang: 'vi' | 'en', ruleNumber: number | null, labels: CsvLabels): (string | number)[] {
  const en = lang === 'en';
  return [
    ruleNumber ?? '',
    f.ruleCode,
    f.rule ? (en ? (f.rule.nameEn ?? f.rule.name) : f.rule.name) : '',
    labels.severity(f.severity),
    f.subjects.map((s) => s.name).join('; '),
    en ? f.messageEn : f.messageVi,
    en ? f.recommendationEn : f.recommendationVi,
    f.reuseInstead.map((r) => r.name).join('; '),
    labels.provenance(f.provenance),
    f.id,
  ];
}

/** The whole list, BOM first, one header line then one line per finding. */
export function findingsToCsv(findings: Finding[], lang: 'vi' | 'en', ruleNumbers: ReadonlyMap<string, number>, labels: CsvLabels): string {
  const lines = [labels.headers, ...findings.map((f) => findingCsvRow(f, lang, ruleNumbers.get(f.ruleCode) ?? null, labels))];
  return CSV_BOM + lines.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
