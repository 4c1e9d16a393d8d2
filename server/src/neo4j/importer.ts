/**
 * Neo4j's own importer (`neo4j-admin database import full`, from `org.neo4j:neo4j-import-tool` on
 * the launcher's classpath), run in a JVM of its own by the launcher jar's `InitialImport` class
 * (launcher/src/main/java/akb/launcher/InitialImport.java) on an embedded data directory that no
 * Neo4j is using. It imports into a staging directory and swaps the store in only when the import
 * succeeded; `revertInitialImport` puts the previous store back, `commitInitialImport` makes the
 * swap final (see StoreSwap.java for the journal that makes a crash at any point safe).
 */
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { EmbeddedNeo4jError, ensureLauncherBuilt, launcherJavaArgs } from './embedded.js';

export interface ImporterInput {
  /** The embedded Neo4j's data directory (AKB_DATA_DIR). */
  home: string;
  /** Node files: labels, then a header file followed by data files. */
  nodes: { labels: string[]; files: string[] }[];
  relationships: { type: string; files: string[] }[];
  /** Data files whose quoted values may span lines (parsed more slowly, so kept apart). */
  multiline: string[];
  /** The delimiter between the elements of a list value. */
  arrayDelimiter: string;
  heapMb: number;
  /** Off-heap memory the importer may use (its id map and caches). */
  memoryMb: number;
  reportFile: string;
  /** Stage (1–4 of node import, relationship import, linking, post processing) and per cent. */
  progress?: (stage: number, stageName: string, percent: number) => void;
}

export class ImporterError extends Error {
  constructor(
    readonly code: 'LOCKED' | 'IMPORT_FAILED' | 'USAGE' | 'START_FAILED',
    message: string,
  ) {
    super(message);
    this.name = 'ImporterError';
  }
}

const u = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

const javaArgs = (heapMb: number, main: string[]) => launcherJavaArgs(heapMb, 'akb.launcher.InitialImport', main);

/** Imports and swaps the store in; resolves when done, rejects with the importer's own words. */
export async function runImporter(input: ImporterInput): Promise<{ output: string[] }> {
  ensureLauncherBuilt((l) => console.error(`akb: ${l}`));
  const args = [
    `--array-delimiter=${u(input.arrayDelimiter)}`,
    // akb has validated every row: a bad entry here is a bug, never something to skip.
    '--bad-tolerance=0',
    '--id-type=string',
    `--max-off-heap-memory=${input.memoryMb}M`,
    ...(input.multiline.length ? ['--multiline-fields-format=v2', `--multiline-fields=${input.multiline.join(',')}`] : []),
    ...input.nodes.map((g) => `--nodes=${g.labels.join(':')}=${g.files.join(',')}`),
    ...input.relationships.map((g) => `--relationships=${g.type}=${g.files.join(',')}`),
  ];
  const child = spawn('java', javaArgs(input.heapMb, ['import', input.home, input.reportFile, ...args]), { stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  let result: { code: string; message: string } | null = null;
  let stage = 0;
  let stageName = '';
  const onLine = (line: string) => {
    output.push(line);
    if (output.length > 400) output.splice(0, output.length - 400);
    const st = /^\((\d)\/4\) (.+?) \d{4}-\d\d-\d\d/.exec(line);
    if (st) {
      stage = Number(st[1]);
      stageName = st[2];
      input.progress?.(stage, stageName, 0);
      return;
    }
    const pc = /(\d+)% ∆/.exec(line);
    if (pc && stage) input.progress?.(stage, stageName, Number(pc[1]));
    if (/ COMPLETED in /.test(line) && stage) input.progress?.(stage, stageName, 100);
    if (line.startsWith('AKB_IMPORT_DONE')) result = { code: 'DONE', message: '' };
    const err = /^AKB_IMPORT_ERROR (\S+) (.*)$/.exec(line);
    if (err) result = { code: err[1], message: err[2] };
  };
  const lines = (stream: NodeJS.ReadableStream) => {
    let buffer = '';
    stream.setEncoding('utf8');
    stream.on('data', (d: string) => {
      buffer += d;
      let nl: number;
      // The importer draws its progress dots without newlines; a percentage ends each run of them.
      while ((nl = buffer.search(/\n|% ∆[^\n]*\]/)) >= 0) {
        const end = buffer[nl] === '\n' ? nl : buffer.indexOf(']', nl) + 1;
        onLine(buffer.slice(0, end).trim());
        buffer = buffer.slice(end + (buffer[end] === '\n' ? 1 : 0));
      }
    });
  };
  lines(child.stdout!);
  lines(child.stderr!);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', (e) => reject(new EmbeddedNeo4jError('JAVA_MISSING', `could not run java: ${e.message}`)));
    child.once('exit', resolve);
  });
  const r = result as { code: string; message: string } | null;
  if (r?.code === 'DONE' && code === 0) return { output };
  if (r && r.code !== 'DONE') throw new ImporterError(r.code as ImporterError['code'], r.message);
  throw new ImporterError('IMPORT_FAILED', `the importer exited with code ${code}: ${output.slice(-5).join(' | ')}`);
}

/** Puts the store that was there before the import back (the load could not be finished). */
export function revertInitialImport(home: string, heapMb = 256): void {
  const r = spawnSync('java', javaArgs(heapMb, ['revert', home]), { encoding: 'utf8' });
  if (r.status !== 0) throw new ImporterError('IMPORT_FAILED', `could not put the previous database back: ${(r.stdout ?? '').trim().split('\n').pop()}`);
}

/** Makes a swapped-in store final: the journal goes first, so a crash leaves the new store. */
export function commitInitialImport(home: string): void {
  rmSync(join(home, 'import-swap.properties'), { force: true });
  rmSync(join(home, 'import-previous'), { recursive: true, force: true });
}
