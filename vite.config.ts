import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

// One config for the web build (Vite) and the tests (Vitest).
export default defineConfig({
  root: 'web',
  // Cytoscape (~400 kB) and Lit make one ~840 kB entry; exceljs is split out and loaded on export only.
  build: { outDir: '../dist/web', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1200 },
  test: {
    root: ROOT,
    dir: ROOT,
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/global-neo4j.ts', 'tests/setup/global-web.ts'],
    // Nothing beside the repository may be read (the repository is self-contained).
    setupFiles: ['tests/setup/fence-setup.ts'],
    reporters: ['default', './tests/setup/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Tests share one Neo4j; files run one after another so each can own the data it sets up.
    fileParallelism: false,
    pool: 'forks',
  },
});
