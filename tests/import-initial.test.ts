/**
 * The initial load through Neo4j's importer (`neo4j-admin database import full`, run by the
 * launcher jar) into an empty embedded data directory of its own: the fixtures and a file go in,
 * the database starts with the schema and its indexes, and what it holds is what the online bulk
 * import writes from the same records. Refused input writes nothing; a swap that akb never
 * confirmed (the process died between the import and the start) is undone at the next start.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForDatabase } from '../server/src/boot.js';
import { Database } from '../server/src/db/database.js';
import { createApp } from '../server/src/http/app.js';
import { bulkImport } from '../server/src/interop/bulk.js';
import { fixtureSource, initialLoad, ndjsonFileSource } from '../server/src/interop/initial-load.js';
import { ndjsonEntries } from '../server/src/interop/json.js';
import { freePort, startEmbeddedNeo4j } from '../server/src/neo4j/embedded.js';
import { runImporter } from '../server/src/neo4j/importer.js';
import { TEST_HOSTS, gql, testDb } from './setup/db.js';

const shared = testDb();
const dir = mkdtempSync(join(tmpdir(), 'akb-initial-'));
const home = join(dir, 'home');
beforeAll(() => shared.autoCommit('test/delete-test-nodes'));
afterAll(async () => {
  await shared.autoCommit('test/delete-test-nodes');
  await shared.close();
  rmSync(dir, { recursive: true, force: true });
});

const source = (document: string) => [{ document, section: 'Điều 3', quote: 'Hệ thống một cửa điện tử của tỉnh' }];
// Values CSV holds directly, and those it cannot (an empty list, a list item with a line break,
// a multi-line text, a record given twice) all go in.
const records = [
  {
    node: {
      id: 'component:test-init-a',
      kind: 'Component',
      name: 'Hệ thống "Một cửa" điện tử, tỉnh thử',
      nameEn: 'One-stop shop',
      abbreviations: ['HTMCĐT', 'MCĐT'],
      componentKind: 'application',
      level: 'province',
      securityLevel: 3,
      provenance: 'stated',
      sources: source('Quyết định 100/QĐ-UBND'),
    },
  },
  {
    node: {
      id: 'component:test-init-b',
      kind: 'Component',
      name: 'Cổng dịch vụ công thử',
      description: 'Dòng một\nDòng hai, có dấu phẩy',
      aliases: [],
      componentKind: 'portal',
      level: 'province',
      provenance: 'example',
    },
  },
  {
    node: {
      id: 'component:test-init-c',
      kind: 'Component',
      name: 'Kho dữ liệu thử',
      aliases: ['Kho\ndữ liệu'],
      componentKind: 'database',
      level: 'province',
      provenance: 'example',
    },
  },
  {
    node: {
      id: 'component:test-init-b',
      kind: 'Component',
      name: 'Cổng dịch vụ công thử (mới)',
      componentKind: 'portal',
      level: 'province',
      provenance: 'example',
    },
  },
  {
    relationship: {
      from: 'component:test-init-a',
      type: 'INTEGRATES_VIA',
      to: 'component:qng-lgsp',
      provenance: 'stated',
      sources: source('Quyết định 100/QĐ-UBND'),
    },
  },
  { relationship: { from: 'component:test-init-b', type: 'CONNECTS_TO', to: 'component:test-init-a', provenance: 'example', note: 'qua\nLGSP' } },
  { relationship: { from: 'component:test-init-c', type: 'CONNECTS_TO', to: 'component:test-init-a', provenance: 'example' } },
  { relationship: { from: 'component:test-init-c', type: 'CONNECTS_TO', to: 'component:test-init-a', provenance: 'example', note: 'lần hai' } },
];
const ids = ['component:test-init-a', 'component:test-init-b', 'component:test-init-c'];
// One key per relationship (c→a is given twice).
const relKeys = [
  ...new Map(
    records.flatMap((r) => {
      const rel = (r as { relationship?: { from: string; type: string; to: string } }).relationship;
      return rel ? [[`${rel.from}-${rel.type}->${rel.to}`, { from: rel.from, type: rel.type, to: rel.to }] as const] : [];
    }),
  ).values(),
];
const text = `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
const file = join(dir, 'catalogue.ndjson');
writeFileSync(file, text);

/** Properties as stored, an absent derived list and an empty one alike (queries read them with IN). */
const normal = (props: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(props)
      .filter(([k, v]) => !(['sourceDocuments', 'exactKeys', 'abbreviationKeys'].includes(k) && Array.isArray(v) && v.length === 0))
      .sort(([a], [b]) => a.localeCompare(b)),
  );

async function stored(db: Database) {
  const nodes = await db.read('interop/existing-nodes', { ids });
  const rels = await db.read('interop/existing-relationships', { rows: relKeys });
  return {
    nodes: nodes.map((n) => ({ id: n.id, props: normal(n.props as Record<string, unknown>) })).sort((a, b) => String(a.id).localeCompare(String(b.id))),
    rels: rels
      .map((r) => ({ key: `${r.from}-${r.type}->${r.to}`, props: normal(r.props as Record<string, unknown>) }))
      .sort((a, b) => a.key.localeCompare(b.key)),
  };
}

const counts = async (db: Database) => {
  const [r] = await db.read('test/graph-counts');
  return { nodes: Number(r.nodes), relationships: Number(r.relationships) };
};

async function withStarted<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const neo = await startEmbeddedNeo4j({ dataDir: home, boltPort: await freePort(), pageCacheMb: 64, heapMb: 512 });
  const db = Database.connect({ uri: neo.uri });
  try {
    await waitForDatabase(db, 60_000);
    return await work(db);
  } finally {
    await db.close();
    await neo.stop();
  }
}

/** The initial load of the fixtures and one NDJSON file into `home`, as a small machine runs it. */
const loadInto = async (ndjson: string) =>
  initialLoad({
    dataDir: home,
    boltPort: await freePort(),
    heapMb: 512,
    pageCacheMb: 64,
    importMemoryMb: 256,
    sources: [fixtureSource({ examples: true }), ndjsonFileSource(ndjson)],
    actor: 'test',
  });

let loaded: { nodes: number; relationships: number };

describe('initial load through Neo4j importer', () => {
  it('loads the fixtures and a file into an empty data directory: same data as the online bulk import, schema and search ready', async () => {
    mkdirSync(home, { recursive: true });
    const { report, booted } = await loadInto(file);
    expect(report.nodes.rejected + report.relationships.rejected).toBe(0);
    expect(booted).not.toBeNull();
    const db = booted!.db;
    try {
      loaded = await counts(db);
      expect(loaded.nodes).toBe(report.nodes.written - 1); // test-init-b was given twice
      expect(loaded.relationships).toBe(report.relationships.written - 1);
      expect(report.followUps).toBeGreaterThan(0);

      // The same records through the online bulk import, into the shared test database.
      await bulkImport(shared, ndjsonEntries(Readable.from([text]), 'catalogue.ndjson'));
      const viaImporter = await stored(db);
      expect(viaImporter.nodes.length).toBe(3);
      expect(viaImporter.rels.length).toBe(3);
      expect(viaImporter).toEqual(await stored(shared));
      const a = viaImporter.nodes.find((n) => n.id === 'component:test-init-a')!.props;
      expect(a.securityLevel).toBe(3); // an integer, not text
      expect(a.abbreviations).toEqual(['HTMCĐT', 'MCĐT']);

      // The schema is there (uniqueness holds) and the full-text index serves what was imported.
      const yoga = createApp({ db, quiet: true, allowedHosts: TEST_HOSTS });
      const r = await gql<{ search: { node: { id: string } }[] }>(yoga, '{ search(text: "mot cua dien tu") { node { id } } }', {}, { authorization: '' });
      expect(r.errors).toBeUndefined();
      expect(r.data!.search.map((s) => s.node.id)).toContain('component:test-init-a');
      const indexes = await db.read('schema/index-progress');
      expect(indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['node_search', 'bulk_import_id']));
      expect(indexes.every((i) => i.state === 'ONLINE')).toBe(true);
      // One change of everything (the analysis graph builds once) and one audit event.
      const [rev] = await db.read('analysis/revision');
      expect(Number(rev.revision)).toBeGreaterThanOrEqual(1);
    } finally {
      await booted!.shutdown();
    }
  });

  it("refuses a file with a bad row with the online import's message, and leaves the store as it was", async () => {
    const bad = join(dir, 'bad.ndjson');
    const badText = `${text}${JSON.stringify({ node: { id: 'component:test-init-bad', kind: 'Component', name: 'Xấu', provenance: 'example' } })}\n`;
    writeFileSync(bad, badText);
    const { report, booted } = await loadInto(bad);
    expect(booted).toBeNull();
    expect(report.nodes.rejected).toBe(1);
    const online = await bulkImport(shared, ndjsonEntries(Readable.from([badText]), 'bad.ndjson'));
    expect(online.undone).toBe(true);
    const strip = (ps: typeof report.problems) => ps.map((p) => ({ ...p, at: { row: p.at.row } }));
    expect(strip(report.problems)).toEqual(strip(online.problems));
    expect(report.problems[0].messageVi).toMatch(/bắt buộc/);
    await withStarted(async (db) => expect(await counts(db)).toEqual(loaded));
  });

  it('a store swapped in but never confirmed (akb died before starting it) is undone at the next start', async () => {
    const csv = join(dir, 'csv');
    mkdirSync(csv, { recursive: true });
    writeFileSync(join(csv, 'h.csv'), 'id:ID,kind,name,provenance\n');
    writeFileSync(join(csv, 'd.csv'), '"component:test-init-other","Component","Khác","example"\n');
    await runImporter({
      home,
      nodes: [{ labels: ['Node', 'Component'], files: [join(csv, 'h.csv'), join(csv, 'd.csv')] }],
      relationships: [],
      multiline: [],
      arrayDelimiter: '\u001f',
      heapMb: 256,
      memoryMb: 256,
      reportFile: join(csv, 'report'),
    });
    await withStarted(async (db) => expect(await counts(db)).toEqual(loaded));
  });
});
