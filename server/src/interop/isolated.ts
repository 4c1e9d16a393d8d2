/**
 * Uploaded files are read in a worker thread with its own heap limit, one import at a time: a file
 * built to exhaust memory (a zip bomb past the inflate check, a pathological XML) ends that thread
 * with a clear error, never the server or the embedded database beside it. The limits on rows and
 * inflated bytes (limits.ts) apply inside the thread as everywhere.
 */
import { Worker } from 'node:worker_threads';
import { AkbError, type ErrorCode, type FieldProblem } from '../errors.js';
import type { ReadOptions } from './formats.js';
import type { ImportBatch, ImportFormat } from './types.js';

export const DEFAULT_READ_HEAP_MB = 1024;
export const DEFAULT_READ_TIMEOUT_MS = 300_000;

export interface IsolatedReadOptions extends ReadOptions {
  /** The reading thread's old-generation heap limit (AKB_IMPORT_WORKER_HEAP_MB). */
  heapMb?: number;
  timeoutMs?: number;
}

export function readHeapMbFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const v = env.AKB_IMPORT_WORKER_HEAP_MB;
  if (v === undefined || v.trim() === '') return DEFAULT_READ_HEAP_MB;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 64) throw new Error(`AKB_IMPORT_WORKER_HEAP_MB must be a whole number of MB, at least 64, got ${JSON.stringify(v)}`);
  return n;
}

/** Reads `data` as formats.ts readFile would, in a worker thread; the bytes are moved there, not copied. */
export function readFileIsolated(data: Uint8Array, fileName: string, format: ImportFormat | undefined, opts: IsolatedReadOptions = {}): Promise<ImportBatch> {
  const heapMb = opts.heapMb ?? readHeapMbFromEnv();
  const own = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? data : data.slice();
  return new Promise<ImportBatch>((resolve, reject) => {
    let settled = false;
    const worker = new Worker(new URL('./read-worker.mjs', import.meta.url), {
      workerData: { data: own, fileName, format, opts: { level: opts.level, limits: opts.limits } },
      transferList: [own.buffer as ArrayBuffer],
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(16, heapMb >> 4)) },
      execArgv: [],
    });
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timeoutMs = opts.timeoutMs ?? DEFAULT_READ_TIMEOUT_MS;
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new AkbError('PAYLOAD_TOO_LARGE', `reading ${fileName} took longer than ${timeoutMs / 1000} s and was stopped; split the file`, [
              {
                where: 'file',
                message: `reading took longer than ${timeoutMs / 1000} s`,
                messageVi: `đọc tệp quá ${timeoutMs / 1000} giây nên đã dừng; hãy chia nhỏ tệp`,
              },
            ]),
          ),
        ),
      timeoutMs,
    );
    worker.once('message', (m: { batch?: ImportBatch; error?: { code: ErrorCode; message: string; problems: FieldProblem[] } }) =>
      finish(() => (m.batch ? resolve(m.batch) : reject(new AkbError(m.error!.code, m.error!.message, m.error!.problems)))),
    );
    worker.once('error', (e: Error & { code?: string }) =>
      finish(() => {
        if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          const message = `reading ${fileName} needs more than ${heapMb} MB of memory (AKB_IMPORT_WORKER_HEAP_MB); split the file`;
          reject(
            new AkbError('PAYLOAD_TOO_LARGE', message, [
              {
                where: 'file',
                message,
                messageVi: `đọc tệp ${fileName} cần hơn ${heapMb} MB bộ nhớ (AKB_IMPORT_WORKER_HEAP_MB); hãy chia nhỏ tệp`,
                value: heapMb,
              },
            ]),
          );
        } else reject(new AkbError('INTERNAL', `reading ${fileName} failed: ${e.message}`, [], { cause: e }));
      }),
    );
    worker.once('exit', (code) =>
      finish(() => reject(new AkbError('INTERNAL', `the thread reading ${fileName} stopped (exit code ${code}) without an answer`))),
    );
  });
}

/**
 * One import at a time (reading and checking a file takes memory in proportion to it); a few more
 * wait their turn, and past that an import is refused with OVERLOADED and a Retry-After rather
 * than queued without end.
 */
export class ImportGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly concurrency = 1,
    private readonly maxWaiting = 4,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.maxWaiting)
        throw new AkbError(
          'OVERLOADED',
          `${this.running + this.waiting.length} imports are already in progress or waiting; try again shortly`,
          [{ where: 'file', message: 'the server is busy with other imports', messageVi: 'máy chủ đang bận với các lần nhập khác; hãy thử lại sau ít phút' }],
          { retryAfterSeconds: 10 },
        );
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else this.running++;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
