/**
 * Issue 16.2 and 16.7: what one import may take. Generated files, small caps set per call (the
 * same environment variables a deployment sets): a workbook over the row limit, a sheet that
 * inflates past the inflate limit (with honest and with lying zip headers), a zip of CSV files
 * doing the same, a file whose reading needs more heap than the reading thread has — each refused
 * with PAYLOAD_TOO_LARGE stating the limit in Vietnamese and English, nothing written, and the
 * server answering the next request. And the documented upload limit (50 MB) is the one applied.
 */
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenStore } from '../server/src/auth/tokens.js';
import { createApp } from '../server/src/http/app.js';
import { writeCsvZip } from '../server/src/interop/tabular/csv.js';
import { writeXlsx } from '../server/src/interop/tabular/xlsx.js';
import type { GraphRecords } from '../server/src/interop/types.js';
import { postFile, TEST_HOSTS, testDb } from './setup/db.js';

const db = testDb();
const yoga = createApp({ db, quiet: true, allowedHosts: TEST_HOSTS, rateLimit: { requests: 100_000, windowMs: 60_000 } });
const store = new TokenStore(db);
let editor = '';

beforeAll(async () => {
  await db.autoCommit('test/delete-test-nodes');
  editor = (await store.create({ name: 'test-setup', role: 'admin', tokenId: null }, { role: 'editor', name: 'test-import-limits' })).token;
});
afterAll(async () => {
  await db.autoCommit('test/delete-test-nodes');
  await db.autoCommit('test/delete-test-tokens');
  await db.close();
});

type Answer = {
  status: number;
  json: {
    data?: { importData: { written: boolean; itemCount: number; nodes: { created: number; rejected: number } } } | null;
    errors?: { message: string; extensions?: { code?: string; problems?: { where: string; message: string; messageVi: string; value?: unknown }[] } }[];
  };
};

async function upload(content: Uint8Array | string, name: string, dryRun = true): Promise<Answer> {
  const query = 'mutation($file: File!, $dryRun: Boolean) { importData(file: $file, dryRun: $dryRun) { written itemCount nodes { created rejected } } }';
  const res = await postFile(yoga, query, { dryRun }, { content, name }, `Bearer ${editor}`);
  return { status: res.status, json: (await res.json()) as Answer['json'] };
}

/** Runs `work` with these environment variables, restoring them after. */
async function withEnv<T>(vars: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await work();
  } finally {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
}

const components = (n: number, prefix = 'limits'): GraphRecords =>
  ({
    nodes: Array.from({ length: n }, (_, i) => ({
      id: `component:test-${prefix}-${i}`,
      kind: 'Component',
      name: `Hệ thống thử ${i}`,
      componentKind: 'system',
      level: 'province',
      provenance: 'example',
    })),
    relationships: [],
  }) as never;

function expectTooLarge(r: Answer, limitText: RegExp) {
  expect(r.status).toBeLessThan(500);
  const e = r.json.errors?.[0];
  expect(e?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  expect(e?.message).toMatch(limitText);
  const p = e!.extensions!.problems![0];
  expect(p.where).toBe('file');
  expect(p.message).toMatch(limitText);
  expect(p.messageVi).toMatch(limitText);
}

/** The server still serves imports after a refusal. */
async function stillServes() {
  const ok = await upload(JSON.stringify(components(2, 'after')), 'after.json');
  expect(ok.json.errors).toBeUndefined();
  expect(ok.json.data!.importData.nodes.created).toBe(2);
}

/** A workbook whose Component sheet's XML is replaced by `bytes` of padding (an inflate bomb). */
async function paddedWorkbook(bytes: number): Promise<Uint8Array> {
  const parts = unzipSync(await writeXlsx(components(3, 'bomb')));
  const sheet = Object.keys(parts).find((k) => /xl\/worksheets\/sheet\d+\.xml$/.test(k) && new TextDecoder().decode(parts[k]).includes('test-bomb-0'))!;
  const xml = new TextDecoder().decode(parts[sheet]);
  // Padding inside the sheet data: legal XML whitespace, as a workbook "saved with a million empty
  // formatted rows" or a crafted bomb carries.
  parts[sheet] = new TextEncoder().encode(xml.replace('<sheetData>', `<sheetData>${' '.repeat(bytes)}`));
  return zipSync(parts, { level: 9 });
}

/** Rewrites every central-directory entry's declared uncompressed size to `size` (a lying header). */
function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  for (let i = 0; i + 30 <= out.length; i++) if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, size, true);
  return out;
}

describe('16.2 one import cannot take the server down', () => {
  it('an Excel workbook over AKB_IMPORT_MAX_ROWS is refused, saying the limit in both languages; at the limit it is read', async () => {
    await withEnv({ AKB_IMPORT_MAX_ROWS: '500' }, async () => {
      expectTooLarge(await upload(await writeXlsx(components(501)), 'many.xlsx'), /500/);
      expect((await upload(await writeXlsx(components(501)), 'many.xlsx')).json.errors![0].extensions!.problems![0].messageVi).toMatch(
        /dòng.*AKB_IMPORT_MAX_ROWS/,
      );
      const atLimit = await upload(await writeXlsx(components(500)), 'enough.xlsx');
      expect(atLimit.json.errors).toBeUndefined();
      expect(atLimit.json.data!.importData.nodes.created).toBe(500);
    });
    await stillServes();
  });

  it('the row limit holds for CSV, JSON, NDJSON and zipped CSV alike', async () => {
    await withEnv({ AKB_IMPORT_MAX_ROWS: '100' }, async () => {
      const records = components(101);
      const ndjson = records.nodes.map((n) => JSON.stringify({ node: n })).join('\n');
      const csvZip = writeCsvZip(records);
      const csv = unzipSync(csvZip)['Component.csv'];
      for (const [file, name] of [
        [JSON.stringify(records), 'many.json'],
        [ndjson, 'many.ndjson'],
        [csvZip, 'many.zip'],
        [csv, 'Component.csv'],
      ] as const)
        expectTooLarge(await upload(file, name), /100/);
    });
  });

  it('a workbook that inflates past AKB_IMPORT_MAX_INFLATED_MB is refused while inflating', async () => {
    const bomb = await paddedWorkbook(40_000_000);
    expect(bomb.length).toBeLessThan(1_000_000); // ~40 MB of padding in well under 1 MB
    await withEnv({ AKB_IMPORT_MAX_INFLATED_MB: '5' }, async () => expectTooLarge(await upload(bomb, 'bomb.xlsx'), /5 MB/));
    await stillServes();
  });

  it('lying zip headers (a tiny declared size) do not get a bomb past the inflate limit', async () => {
    const liar = lieAboutSizes(await paddedWorkbook(40_000_000), 100);
    await withEnv({ AKB_IMPORT_MAX_INFLATED_MB: '5' }, async () => expectTooLarge(await upload(liar, 'liar.xlsx'), /5 MB/));
  });

  it('a zip of CSV files inflating past the limit is refused too', async () => {
    const bomb = zipSync({ 'Component.csv': new TextEncoder().encode(`id,kind,name\n${' '.repeat(30_000_000)}\n`) }, { level: 9 });
    await withEnv({ AKB_IMPORT_MAX_INFLATED_MB: '5' }, async () => expectTooLarge(await upload(bomb, 'bomb.zip'), /5 MB/));
  });

  it('a file whose reading needs more memory than the reading thread has is refused, and the server serves on', async () => {
    const big = JSON.stringify(components(150_000, 'heap'));
    await withEnv({ AKB_IMPORT_WORKER_HEAP_MB: '64', AKB_IMPORT_MAX_ROWS: '1000000' }, async () => expectTooLarge(await upload(big, 'heap.json'), /64 MB/));
    await stillServes();
  });
});

describe('16.7 the documented upload limit is the one applied', () => {
  it('an upload of 30 MB (over graphql-yoga’s 25 MB default) is read; one over 50 MB is refused with 413', async () => {
    const padded = (bytes: number) => `{"nodes": [${JSON.stringify(components(1, 'upload').nodes[0])}], "relationships": []}${' '.repeat(bytes)}`;
    const ok = await upload(padded(30_000_000), 'big.json');
    expect(ok.status).toBe(200);
    expect(ok.json.errors).toBeUndefined();
    expect(ok.json.data!.importData.nodes.created).toBe(1);
    const over = await upload(padded(50_100_000), 'too-big.json');
    expect(over.status).toBe(413);
    expect(over.json.errors![0].extensions!.code).toBe('PAYLOAD_TOO_LARGE');
  }, 120_000);
});
