import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

/**
 * Writes `name.br` (brotli, best) and `name.gz` (gzip -9) beside every text file of the build, so
 * the server sends them as they are (server/src/http/static.ts) instead of compressing per request.
 */
function precompress(): Plugin {
  return {
    name: 'akb-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir!;
      for (const name of Object.keys(bundle)) {
        if (!['.js', '.css', '.html', '.svg', '.json'].includes(extname(name))) continue;
        const file = join(dir, name);
        const body = readFileSync(file);
        if (body.length < 1024) continue;
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(body, {
            params: { [constants.BROTLI_PARAM_QUALITY]: body.length > 300_000 ? 9 : 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
          }),
        );
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}

// One config for the web build (Vite) and the tests (Vitest).
export default defineConfig({
  root: 'web',
  // The shell (Lit, search, the dictionary) is the entry; each view is its own chunk loaded when
  // first shown, Cytoscape with the first graph, exceljs and cytoscape-svg on their first export.
  build: { outDir: '../dist/web', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1200 },
  plugins: [precompress()],
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
