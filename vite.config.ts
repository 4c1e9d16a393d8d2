import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

// One config for the web build (Vite) and the tests (Vitest).
export default defineConfig({
  root: 'web',
  // Cytoscape (~400 kB) and Lit make one ~840 kB entry; exceljs is split out and loaded on export only.
  build: { outDir: '../dist/web', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1200 },
  test: {
    root: ROOT,
    dir: ROOT,
    // Nothing beside the repository may be read (the repository is self-contained).
    setupFiles: ['tests/setup/fence-setup.ts'],
    reporters: ['default', './tests/setup/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Two tiers, unit first: `npm run test:unit` runs only the first, `npm test` both.
    projects: [
      {
        extends: true,
        // Pure functions, files and happy-dom elements: neither Neo4j nor Chromium, files in parallel.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/unit/**'],
          globalSetup: ['tests/setup/global-neo4j.ts', 'tests/setup/global-web.ts'],
          // Tests share one Neo4j; files run one after another so each can own the data it sets up.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
