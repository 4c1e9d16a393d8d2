/**
 * Named queries: every Cypher statement akb runs lives in cypher/<folder>/<name>.cypher and is
 * loaded here by its name ("impact/dependents", "schema/constraints"). A file holds one statement,
 * except schema files, which may hold several separated by semicolons at line ends.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ROOT } from '../config/config.js';

export const CYPHER_DIR = join(ROOT, 'cypher');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.cypher') ? [p] : [];
  });
}

/** Drops `//` comment lines; keeps everything else verbatim. */
function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n')
    .trim();
}

let cache: Map<string, string> | null = null;

export function allQueries(): Map<string, string> {
  if (!cache) {
    cache = new Map();
    for (const file of walk(CYPHER_DIR)) {
      const name = relative(CYPHER_DIR, file)
        .split(sep)
        .join('/')
        .replace(/\.cypher$/, '');
      cache.set(name, stripComments(readFileSync(file, 'utf8')));
    }
  }
  return cache;
}

export function query(name: string): string {
  const q = allQueries().get(name);
  if (q === undefined) throw new Error(`no Cypher file cypher/${name}.cypher`);
  return q;
}

/** The statements of a multi-statement file (schema). */
export function statements(name: string): string[] {
  return query(name)
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}
