/**
 * Which format a file is in, and the reader and writer for each. The CLI, GraphQL's importData and
 * the /export route all come through here, so a file is read the same way whichever door it takes.
 */
import { Readable } from 'node:stream';
import { AkbError } from '../errors.js';
import { readJsonBytes, readNdjson, writeJson } from './json.js';
import { NO_READ_LIMITS, RowBudget, type ReadLimits } from './limits.js';
import type { GraphRecords, ImportBatch, ImportFormat } from './types.js';

export const FORMATS: readonly ImportFormat[] = ['json', 'csv', 'xlsx', 'archimate'];

const bad = (message: string) => new AkbError('VALIDATION_FAILED', message, [{ where: 'format', message, messageVi: 'không nhận ra định dạng tệp' }]);

/** The format of a file from its name, then its first bytes (zip → xlsx or csv zip, `<` → XML). */
export function detectFormat(fileName: string, head: Uint8Array): ImportFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json') || lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.xml')) return 'archimate';
  if (lower.endsWith('.zip')) return 'csv';
  const text = new TextDecoder()
    .decode(head.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('{') || text.startsWith('[')) return 'json';
  if (text.startsWith('<')) return 'archimate';
  throw bad(`cannot tell the format of "${fileName}": name it .json, .ndjson, .csv, .zip (CSV files), .xlsx or .xml (ArchiMate), or give the format`);
}

/** Reads a whole file (already in memory) in the given or detected format. */
export interface ReadOptions {
  /**
   * Level (national, province…) for ArchiMate components: the exchange format has none, and a
   * Component needs one, so without it they are kept as Elements (the mapping notes say so).
   */
  level?: string;
  /** Rows and inflated bytes one read may take (limits.ts); none by default (the caller decides). */
  limits?: ReadLimits;
}

export async function readFile(data: Uint8Array, fileName: string, format?: ImportFormat, opts: ReadOptions = {}): Promise<ImportBatch> {
  const f = format ?? detectFormat(fileName, data);
  const limits = opts.limits ?? NO_READ_LIMITS;
  switch (f) {
    case 'json':
      return /\.(nd)?jsonl?$/i.test(fileName) && !fileName.toLowerCase().endsWith('.json')
        ? readNdjson(Readable.from([Buffer.from(data)]), fileName, limits)
        : readJsonBytes(data, fileName, limits);
    case 'csv':
      return (await import('./tabular/csv.js')).readCsv(data, fileName, limits);
    case 'xlsx':
      return (await import('./tabular/xlsx.js')).readXlsx(data, fileName, limits);
    case 'archimate': {
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(data);
      } catch {
        const message = `${fileName} is not UTF-8; save it as UTF-8 and import again`;
        return {
          format: 'archimate',
          nodes: [],
          relationships: [],
          problems: [{ at: { file: fileName }, message, messageVi: `${fileName} không phải mã UTF-8; hãy lưu lại dạng UTF-8 rồi nhập lại` }],
        };
      }
      const batch = (await import('./archimate/read.js')).readArchimate(text, fileName, opts.level ? { level: opts.level } : {});
      new RowBudget(limits.maxRows, fileName).take(batch.nodes.length + batch.relationships.length);
      return batch;
    }
  }
}

export interface WrittenFile {
  data: Uint8Array | string;
  contentType: string;
  extension: string;
  /**
   * ArchiMate: `valid` when the file was checked against the exchange format's XSDs, or why it
   * was not (`not validated: xmllint is not installed`). An export that fails the check is an
   * error, never a download.
   */
  validation?: string;
}

/** Formats records as a file. `template` writes the empty template of that format. */
export async function writeFile(records: GraphRecords, format: ImportFormat, opts: { template?: boolean } = {}): Promise<WrittenFile> {
  switch (format) {
    case 'json':
      return {
        data: opts.template ? (await import('./tabular/template.js')).jsonTemplate() : writeJson(records),
        contentType: 'application/json; charset=utf-8',
        extension: 'json',
      };
    case 'csv':
      return { data: (await import('./tabular/csv.js')).writeCsvZip(records, opts), contentType: 'application/zip', extension: 'zip' };
    case 'xlsx':
      return {
        data: await (await import('./tabular/xlsx.js')).writeXlsx(records, opts),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extension: 'xlsx',
      };
    case 'archimate': {
      if (opts.template) throw bad('there is no ArchiMate template; export a model instead');
      const xml = (await import('./archimate/write.js')).writeArchimate(records, {});
      return { data: xml, contentType: 'application/xml; charset=utf-8', extension: 'xml', validation: await checkArchimate(xml) };
    }
  }
}

/**
 * Validates an ArchiMate export against the XSDs the repository carries (xmllint, offline). An
 * invalid export is akb's fault: refused with xmllint's reasons. Without xmllint (Debian's
 * libxml2-utils) the file goes out unchecked, and says so.
 */
async function checkArchimate(xml: string): Promise<string> {
  const { validateArchimateXml, xmllintAvailable } = await import('./archimate/validate-xsd.js');
  if (!(await xmllintAvailable())) return 'not validated: xmllint is not installed (Debian package libxml2-utils)';
  const result = await validateArchimateXml(xml);
  if (!result.valid)
    throw new AkbError(
      'INTERNAL',
      `the ArchiMate export does not validate against the exchange format's XSDs: ${result.errors.slice(0, 5).join('; ')}`,
      result.errors.slice(0, 20).map((e) => ({ where: 'export', message: e, messageVi: `tệp xuất không hợp lệ theo XSD: ${e}` })),
    );
  return 'valid';
}

export function parseFormat(value: string | null | undefined): ImportFormat | undefined {
  if (!value) return undefined;
  const f = value.toLowerCase() as ImportFormat;
  if (!FORMATS.includes(f)) throw bad(`unknown format "${value}"; one of ${FORMATS.join(', ')}`);
  return f;
}
