/**
 * The repository carries everything it needs: a clone alone installs and passes its tests. No file
 * it tracks (code, tests, scripts, README, JSON…) names a path outside it, and every test file runs
 * behind a fence (setup/fence.ts) that refuses to read beside the repository.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../server/src/config/config.js';
import { fence, fencedFolders, FenceViolation, isFenced } from '../setup/fence.js';

/** What points outside the repository; built from parts so that this file does not match itself. */
const OUTSIDE: [string, RegExp][] = [
  ['a relative path to the folder beside the repository', new RegExp(['\\.\\.', 'shared'].join('[\\\\/]'))],
  ['a path built up out of the repository', new RegExp(`['"\`]\\.\\.['"\`]\\s*,\\s*['"\`]shared['"\`]`)],
  ['a path built from the repository root upwards', new RegExp(`\\b(ROOT|root)\\s*,\\s*['"\`]\\.\\.['"\`]`)],
  ['an absolute path of this machine', new RegExp(`(^|[\\s'"\`(=:\\[])/(${['work', 'home', 'Users', 'root', 'mnt', 'srv'].join('|')})/`)],
  ['an absolute Windows path', new RegExp(`[A-Za-z]:\\\\{1,2}(${['Users', 'work'].join('|')})\\\\`)],
];

const TEXT = /\.(ts|mts|mjs|cjs|js|json|md|sh|cypher|graphql|ya?ml|html|css|java|xml|xsd|txt|csv|toml)$|(^|\/)(\.gitignore|run|Dockerfile)$/;

/** The files the repository tracks (git), or, outside a git checkout, the tree without generated folders. */
function trackedFiles(): string[] {
  if (existsSync(join(ROOT, '.git'))) return execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  const skip = new Set(['node_modules', 'dist', 'data', '.git', 'backups', 'test-results']);
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => (skip.has(f) ? [] : statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [relative(ROOT, join(dir, f))]));
  return walk(ROOT);
}

describe('the repository is self-contained', () => {
  it('no tracked file names a path outside the repository', () => {
    const files = trackedFiles().filter((f) => TEXT.test(f) && existsSync(join(ROOT, f)));
    expect(files.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const f of files) {
      const lines = readFileSync(join(ROOT, f), 'utf8').split('\n');
      lines.forEach((line, i) => {
        for (const [what, re] of OUTSIDE) if (re.test(line)) found.push(`${f}:${i + 1}: ${what}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('carries the sample exchange files, the XSDs and the source documents its tests and exports use, with their notices', () => {
    for (const f of ['fixtures/interop/archimate/archisurance.xml', 'fixtures/interop/archimate/sample1.xml', 'fixtures/interop/archimate/README.md'])
      expect(existsSync(join(ROOT, f)), f).toBe(true);
    for (const f of ['archimate3_Diagram.xsd', 'archimate3_View.xsd', 'archimate3_Model.xsd', 'dc.xsd', 'xml.xsd', 'README.md'])
      expect(existsSync(join(ROOT, 'server/src/interop/archimate/xsd', f)), f).toBe(true);
    // The Open Group's own notes stay in their schemas, unmodified.
    expect(readFileSync(join(ROOT, 'server/src/interop/archimate/xsd/archimate3_Model.xsd'), 'utf8')).toContain(
      'Author: The Open Group ArchiMate Exchange Team',
    );
    const notice = readFileSync(join(ROOT, 'server/src/interop/archimate/xsd/README.md'), 'utf8');
    expect(notice).toMatch(/The Open Group/);
    expect(notice).toMatch(/W3C/);
    expect(readFileSync(join(ROOT, 'fixtures/interop/archimate/README.md'), 'utf8')).toMatch(/MIT/);
    for (const f of [
      '000_ad6ee82cc589edb4.txt',
      '001_6d4ebe594871add8.txt',
      '002_cc30e3969249a912.txt',
      '003_60dda40e9fc55daa.txt',
      'documents.json',
      'README.md',
    ])
      expect(existsSync(join(ROOT, 'fixtures/documents/sources', f)), f).toBe(true);
  });

  it('fences off the folder around the repository, or only the outside folder CI puts there when the repository sits in a shared place', () => {
    expect(fencedFolders('/opt/ci/akb', { tmp: '/tmp', home: '/opt/ci-home' })).toEqual(['/opt/ci']);
    expect(fencedFolders('/tmp/akb-clone', { tmp: '/tmp', home: '/root' })).toEqual(['/tmp/shared']);
    expect(fencedFolders('/opt/ci-home/akb', { tmp: '/tmp', home: '/opt/ci-home' })).toEqual(['/opt/ci-home/shared']);
    expect(fencedFolders('/akb', { tmp: '/tmp', home: '/root' })).toEqual(['/shared']);
    expect(isFenced('/opt/ci/shared/seeds/000.txt', '/opt/ci/akb', ['/opt/ci'])).toBe(true);
    expect(isFenced('/opt/ci/akb/fixtures/x.json', '/opt/ci/akb', ['/opt/ci'])).toBe(false);
    expect(isFenced('/opt/ci/akb-other/x', '/opt/ci/akb', ['/opt/ci'])).toBe(true);
    expect(isFenced(new URL('file:///opt/ci/shared/a.xsd'), '/opt/ci/akb', ['/opt/ci'])).toBe(true);
    expect(isFenced('/usr/bin/xmllint', '/opt/ci/akb', ['/opt/ci'])).toBe(false);
  });

  it('every test file runs behind the fence: reading beside the repository throws', () => {
    const installed = fence();
    expect(installed?.root).toBe(ROOT);
    expect(installed!.fenced).toEqual(fencedFolders(ROOT));
    const beside = join(installed!.fenced[0] === dirname(ROOT) ? dirname(ROOT) : installed!.fenced[0], 'akb-fence-probe.txt');
    expect(() => readFileSync(beside)).toThrow(FenceViolation);
    expect(() => readdirSync(dirname(beside))).toThrow(/the tests read outside the repository/);
    expect(() => execFileSync('cat', [beside])).toThrow(FenceViolation);
    // The repository itself, temporary files and system tools stay readable.
    expect(readFileSync(join(ROOT, 'package.json'), 'utf8')).toContain('"name": "akb"');
  });
});
