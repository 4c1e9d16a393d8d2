/**
 * The repository is self-contained: nothing the tests run may read a file beside it. CI clones the
 * repository with other material in the folder around it, which a user's clone does not have; a
 * test that read it would pass in CI and fail for everyone else. So every test file runs behind
 * this fence (vite.config.ts `setupFiles`): reading a file, listing a folder or starting a process
 * with a path outside the repository's own folder, in the folder that holds it, throws.
 *
 * Probes (exists, stat, access, realpath) are let through: module resolvers look for node_modules
 * and package.json up the tree without reading anything beside the repository.
 *
 * When the repository sits directly in a shared place (the temporary folder, the home folder, the
 * file system root), fencing off the whole parent would fence off temporary files and ~/.m2; only
 * the one folder of outside material CI puts beside clones is fenced then.
 */
import childProcess from 'node:child_process';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';

/** `a` is `b` or inside it. */
const within = (a: string, b: string) => a === b || a.startsWith(b.endsWith(sep) ? b : b + sep);

/** The folders whose files the tests may not touch, for a repository at `root`. */
export function fencedFolders(root: string, places: { tmp: string; home: string } = { tmp: tmpdir(), home: homedir() }): string[] {
  const parent = dirname(root);
  if (parent === root || within(places.tmp, parent) || within(places.home, parent)) return [join(parent, 'shared')];
  return [parent];
}

/** True when `path` (a string, URL or Buffer, relative to the working directory) lies in a fenced folder and outside the repository. */
export function isFenced(path: unknown, root: string, fenced: readonly string[]): boolean {
  let p: string;
  if (typeof path === 'string') p = path;
  else if (Buffer.isBuffer(path)) p = path.toString();
  else if (path && typeof path === 'object' && typeof (path as URL).protocol === 'string' && typeof (path as URL).pathname === 'string') {
    // A URL (Node's, or a test environment's own URL class).
    if ((path as URL).protocol !== 'file:') return false;
    p = decodeURIComponent((path as URL).pathname);
  } else return false;
  const abs = resolve(p);
  return !within(abs, root) && fenced.some((f) => within(abs, f));
}

export class FenceViolation extends Error {
  constructor(what: string, path: string) {
    super(`the tests read outside the repository: ${what} ${path} — the repository must carry what it needs`);
  }
}

/** Paths mentioned in a process's command line (absolute ones, and `--opt=/abs/path`). */
function pathsIn(args: unknown[]): string[] {
  return args
    .flat()
    .filter((a): a is string => typeof a === 'string')
    .flatMap((a) => a.split(/[\s=:]+/))
    .filter((a) => a.startsWith('/'));
}

let installed: { root: string; fenced: string[] } | null = null;

/** The fence in place, or null. */
export const fence = () => installed;

/** Puts the fence around `root` in this process (idempotent). */
export function installFence(root: string): void {
  if (installed) return;
  const fenced = fencedFolders(root);
  installed = { root, fenced };
  const guard = (what: string, path: unknown) => {
    if (isFenced(path, root, fenced))
      throw new FenceViolation(what, typeof path === 'object' && path && 'pathname' in path ? String((path as URL).pathname) : String(path));
  };
  const wrap = <T extends object>(target: T, names: string[], what: string, argIndexes: number[] = [0]) => {
    for (const name of names) {
      const original = (target as Record<string, unknown>)[name];
      if (typeof original !== 'function') continue;
      (target as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
        for (const i of argIndexes) guard(what, args[i]);
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      };
    }
  };
  wrap(
    fs,
    [
      'readFileSync',
      'readFile',
      'readdirSync',
      'readdir',
      'openSync',
      'open',
      'opendirSync',
      'opendir',
      'createReadStream',
      'readlinkSync',
      'readlink',
      'watch',
      'watchFile',
    ],
    'read',
  );
  wrap(fs, ['copyFileSync', 'copyFile', 'cpSync', 'cp'], 'copy from');
  wrap(fs.promises, ['readFile', 'readdir', 'open', 'opendir', 'readlink'], 'read');
  wrap(fs.promises, ['copyFile', 'cp'], 'copy from');
  const spawnGuard = (name: string) => {
    const original = (childProcess as unknown as Record<string, (...a: unknown[]) => unknown>)[name];
    (childProcess as unknown as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
      const opts = args.find((a) => a && typeof a === 'object' && !Array.isArray(a)) as { cwd?: unknown } | undefined;
      for (const p of [...pathsIn(args.filter((a) => typeof a === 'string' || Array.isArray(a))), ...(opts?.cwd ? [opts.cwd] : [])]) guard(`${name}`, p);
      return original.apply(this, args);
    };
  };
  for (const name of ['spawn', 'spawnSync', 'execFile', 'execFileSync', 'exec', 'execSync', 'fork']) spawnGuard(name);
  syncBuiltinESMExports();
}
