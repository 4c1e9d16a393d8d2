/**
 * How much one import may read: rows (records) and bytes inflated out of a zip (an .xlsx, a zip of
 * CSV files). A file past either limit is refused as a whole with PAYLOAD_TOO_LARGE, saying the
 * limit and how to change it, before it can take the server's memory: a 21 MB workbook of a
 * million rows, or 1 MB that inflates to 1 GB of spaces, stops at the limit, not at the heap's end.
 * Configured by AKB_IMPORT_MAX_ROWS and AKB_IMPORT_MAX_INFLATED_MB; a caller (a test, the CLI) may
 * pass its own.
 */
import { AkbError } from '../errors.js';

export interface ReadLimits {
  /** Records (nodes + relationships: sheet rows, CSV lines, JSON records, ArchiMate elements and relationships). */
  maxRows: number;
  /** Bytes inflated out of every entry of a zip together (headers are not trusted: output is counted). */
  maxInflatedBytes: number;
}

export const DEFAULT_MAX_ROWS = 100_000;
export const DEFAULT_MAX_INFLATED_MB = 256;

export const NO_READ_LIMITS: ReadLimits = { maxRows: Infinity, maxInflatedBytes: Infinity };

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got ${JSON.stringify(value)}`);
  return n;
}

/** The limits of this server (environment), read when asked so tests and the CLI can set them. */
export function readLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): ReadLimits {
  return {
    maxRows: Math.floor(positive('AKB_IMPORT_MAX_ROWS', env.AKB_IMPORT_MAX_ROWS, DEFAULT_MAX_ROWS)),
    maxInflatedBytes: Math.floor(positive('AKB_IMPORT_MAX_INFLATED_MB', env.AKB_IMPORT_MAX_INFLATED_MB, DEFAULT_MAX_INFLATED_MB) * 1_000_000),
  };
}

const n = (x: number) => x.toLocaleString('en');

export function tooManyRows(file: string, limit: number): AkbError {
  const message = `${file} has more than ${n(limit)} rows (records); one import reads at most ${n(limit)} (AKB_IMPORT_MAX_ROWS). Split the file, or load it with \`npm run import -- FILE --bulk\`.`;
  const messageVi = `${file} có hơn ${n(limit)} dòng (bản ghi); mỗi lần nhập đọc tối đa ${n(limit)} dòng (AKB_IMPORT_MAX_ROWS). Hãy chia nhỏ tệp, hoặc nạp bằng \`npm run import -- TỆP --bulk\`.`;
  return new AkbError('PAYLOAD_TOO_LARGE', message, [{ where: 'file', message, messageVi, value: limit }]);
}

export function tooMuchInflated(file: string, limit: number): AkbError {
  const mb = limit >= 10_000_000 ? n(Math.round(limit / 1_000_000)) : String(+(limit / 1_000_000).toPrecision(2));
  const message = `${file} unpacks to more than ${mb} MB; one import unpacks at most ${mb} MB (AKB_IMPORT_MAX_INFLATED_MB). Split the file, or save it without padding or empty formatted rows.`;
  const messageVi = `${file} giải nén ra hơn ${mb} MB; mỗi lần nhập giải nén tối đa ${mb} MB (AKB_IMPORT_MAX_INFLATED_MB). Hãy chia nhỏ tệp, hoặc lưu lại tệp không có dữ liệu đệm hay dòng trống được định dạng.`;
  return new AkbError('PAYLOAD_TOO_LARGE', message, [{ where: 'file', message, messageVi, value: limit }]);
}

/** Counts the records a reader produces; throws at the first one past the limit. */
export class RowBudget {
  private count = 0;
  constructor(
    private readonly limit: number,
    private readonly file: string,
  ) {}

  take(rows = 1): void {
    this.count += rows;
    if (this.count > this.limit) throw tooManyRows(this.file, this.limit);
  }
}

/** Counts bytes inflated out of a zip, every entry together; throws past the limit. */
export class InflateBudget {
  private used = 0;
  constructor(
    private readonly limit: number,
    private readonly file: string,
  ) {}

  take(bytes: number): void {
    this.used += bytes;
    if (this.used > this.limit) throw tooMuchInflated(this.file, this.limit);
  }
}
