/**
 * Inside the reading thread: reads the file it was handed (formats.ts readFile, with the import's
 * limits) and posts the batch back, or the error. A file that needs more memory than the thread's
 * heap limit ends this thread only, never the server.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AkbError } from '../errors.js';
import { readFile, type ReadOptions } from './formats.js';
import type { ImportFormat } from './types.js';

interface Job {
  data: Uint8Array;
  fileName: string;
  format?: ImportFormat;
  opts: ReadOptions;
}

const job = workerData as Job;
try {
  const batch = await readFile(job.data, job.fileName, job.format, job.opts);
  parentPort!.postMessage({ batch });
} catch (e) {
  const error =
    e instanceof AkbError
      ? { code: e.code, message: e.message, problems: e.problems }
      : { code: 'INTERNAL', message: (e as Error)?.message ?? String(e), problems: [] };
  parentPort!.postMessage({ error });
}
