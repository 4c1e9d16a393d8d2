/**
 * Builds the web client once per test run (Vite, into a temporary folder) so browser tests serve
 * exactly what `npm start` would, from this checkout's sources.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';
import { ROOT } from '../../server/src/config/config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    webDir: string;
  }
}

export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'akb-test-web-'));
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  project.provide('webDir', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
