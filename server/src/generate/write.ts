/**
 * Writes the synthetic national architecture as NDJSON — one record a line, `{"node": {...}}` then
 * `{"relationship": {...}}`, every node before any relationship — through a write stream that
 * respects backpressure, and its manifest next to it (`<name>.manifest.json`).
 */
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';
import { ROOT } from '../config/config.js';
import { NationalGenerator, ndjsonLine, type GenerateOptions, type Manifest } from './national.js';

export const defaultOutput = (size: string) => join(ROOT, 'data', 'generated', `national-${size}.ndjson`);
export const manifestPath = (out: string) => join(dirname(out), `${basename(out).replace(/\.ndjson$/, '')}.manifest.json`);

export interface WriteResult {
  out: string;
  manifestFile: string;
  bytes: number;
  manifest: Manifest & { output: { file: string; bytes: number } };
}

const FLUSH = 1 << 20;

export async function writeNational(opts: GenerateOptions & { out?: string; progress?: (records: number) => void }): Promise<WriteResult> {
  const out = opts.out ?? defaultOutput(opts.size);
  mkdirSync(dirname(out), { recursive: true });
  const gen = new NationalGenerator(opts);
  const stream = createWriteStream(out, { highWaterMark: FLUSH });
  let bytes = 0;
  let buffer = '';
  let records = 0;
  const flush = async () => {
    if (!buffer) return;
    bytes += Buffer.byteLength(buffer);
    const ok = stream.write(buffer);
    buffer = '';
    if (!ok) await once(stream, 'drain');
  };
  try {
    for (const r of gen.records()) {
      buffer += ndjsonLine(r);
      if (buffer.length >= FLUSH) await flush();
      if (++records % 500_000 === 0) opts.progress?.(records);
    }
    await flush();
  } finally {
    stream.end();
  }
  await finished(stream);
  const manifest = { ...gen.manifest(), output: { file: basename(out), bytes } };
  const manifestFile = manifestPath(out);
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return { out, manifestFile, bytes, manifest };
}
