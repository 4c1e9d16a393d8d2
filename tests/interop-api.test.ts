/**
 * Import and export over HTTP: GraphQL's importData (multipart upload, editor role, dry run by
 * default) and GET /export, /export/template (authenticated like reads; sensitive properties only
 * for appraisers and above).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { TokenStore } from '../server/src/auth/tokens.js';
import { ROOT } from '../server/src/config/config.js';
import { JUNCTIONS_TALLY } from './setup/archimate.js';
import { postFile, testApp, testDb } from './setup/db.js';

const db = testDb();
const yoga = testApp(db);
const store = new TokenStore(db);
const tokens: Record<string, string> = {};
const cli = { name: 'test-cli', role: 'admin' as const, tokenId: null };

beforeAll(async () => {
  await db.autoCommit('test/delete-test-nodes');
  for (const role of ['viewer', 'appraiser', 'editor'] as const) tokens[role] = (await store.create(cli, { role, name: `test-interop-${role}` })).token;
});
afterAll(async () => {
  await db.autoCommit('test/delete-test-nodes');
  await db.autoCommit('test/delete-test-tokens');
  await db.close();
});

const IMPORT = `mutation($file: File!, $dryRun: Boolean, $mode: ImportMode) {
  importData(file: $file, dryRun: $dryRun, mode: $mode) {
    format dryRun mode written itemCount
    nodes { created updated unchanged rejected }
    relationships { created updated unchanged rejected }
    items(onlyProblems: true) { key action at { file row path } problems { column value message messageVi } }
  }
}`;

async function upload(content: string, name: string, variables: Record<string, unknown>, token: string | null) {
  const res = await postFile(yoga, IMPORT, variables, { content, name, type: 'application/json' }, token && `Bearer ${token}`);
  return {
    status: res.status,
    json: (await res.json()) as { data?: { importData: Record<string, any> }; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

const doc = JSON.stringify({
  nodes: [
    { id: 'agency:test-api-so', kind: 'Agency', name: 'Sở thử API', level: 'province', provenance: 'example' },
    {
      id: 'component:test-api-app',
      kind: 'Component',
      name: 'Ứng dụng thử API',
      componentKind: 'application',
      level: 'province',
      provenance: 'example',
      securityLevel: 3,
    },
  ],
  relationships: [{ from: 'component:test-api-app', type: 'OWNED_BY', to: 'agency:test-api-so', provenance: 'example' }],
});

describe('importData (GraphQL multipart)', () => {
  it('is a dry run unless told otherwise, and reports counts', async () => {
    const r = await upload(doc, 'inventory.json', {}, tokens.editor);
    expect(r.json.errors).toBeUndefined();
    expect(r.json.data!.importData).toMatchObject({
      format: 'JSON',
      dryRun: true,
      mode: 'ALL_OR_NOTHING',
      written: false,
      itemCount: 3,
      nodes: { created: 2 },
      relationships: { created: 1 },
    });
    expect((await db.read('interop/existing-nodes', { ids: ['agency:test-api-so'] })).length).toBe(0);
  });

  it('writes with dryRun false for an editor', async () => {
    const r = await upload(doc, 'inventory.json', { dryRun: false }, tokens.editor);
    expect(r.json.data!.importData).toMatchObject({ written: true, nodes: { created: 2 } });
    expect((await db.read('interop/existing-nodes', { ids: ['agency:test-api-so', 'component:test-api-app'] })).length).toBe(2);
  });

  it('is refused for a viewer (FORBIDDEN) and without a token (UNAUTHENTICATED), writing nothing', async () => {
    const other = doc.replaceAll('test-api-', 'test-api2-');
    const viewer = await upload(other, 'x.json', { dryRun: false }, tokens.viewer);
    expect(viewer.json.errors![0].extensions!.code).toBe('FORBIDDEN');
    const anonymous = await upload(other, 'x.json', { dryRun: false }, null);
    expect(anonymous.json.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await db.read('interop/existing-nodes', { ids: ['agency:test-api2-so'] })).length).toBe(0);
  });

  it('reports a bad row with its place, column, value and reason in both languages', async () => {
    const bad = JSON.stringify({
      nodes: [{ id: 'component:test-api-bad', kind: 'Component', name: 'Xấu', componentKind: 'application', level: 'galaxy', provenance: 'example' }],
    });
    const r = await upload(bad, 'bad.json', { dryRun: false }, tokens.editor);
    const report = r.json.data!.importData;
    expect(report.written).toBe(false);
    expect(report.items[0]).toMatchObject({ key: 'component:test-api-bad', action: 'REJECTED', at: { file: 'bad.json', row: 0, path: 'nodes[0]' } });
    expect(report.items[0].problems[0]).toMatchObject({ column: 'level', value: 'galaxy' });
    expect(report.items[0].problems[0].messageVi).toMatch(/phải là một trong/);
  });

  it('takes an ArchiMate file, with the level its components need, and reports the mapping', async () => {
    const xml = readFileSync(join(ROOT, 'fixtures', 'interop', 'archimate', 'archisurance.xml'), 'utf8');
    const Q =
      'mutation($file: File!, $level: String) { importData(file: $file, level: $level) { format written nodes { created rejected } notes { source target count } } }';
    const send = async (level?: string) => {
      const file = { content: xml, name: 'archisurance.xml', type: 'application/xml' };
      const res = await postFile(yoga, Q, { level }, file, `Bearer ${tokens.editor}`);
      return (
        (await res.json()) as {
          data: {
            importData: {
              format: string;
              written: boolean;
              nodes: { created: number; rejected: number };
              notes: { source: string; target: string; count: number }[];
            };
          };
        }
      ).data.importData;
    };
    const withLevel = await send('province');
    expect(withLevel).toMatchObject({ format: 'ARCHIMATE', written: false, nodes: { created: 122, rejected: 0 } });
    expect(withLevel.notes.some((n) => n.source === 'ApplicationComponent' && n.target === 'Component')).toBe(true);
    const without = await send();
    expect(without.notes.some((n) => n.source === 'ApplicationComponent' && n.target === 'Element')).toBe(true);
  });

  it('an exchange file with junctions and relationship-to-relationship links imports with counts that add up in the report', async () => {
    const xml = readFileSync(join(ROOT, 'fixtures', 'interop', 'archimate', 'qng-junctions.xml'), 'utf8');
    const Q = `mutation($file: File!) { importData(file: $file, level: "province") {
      written nodes { created updated unchanged rejected } relationships { created updated unchanged rejected }
      tally { elements elementsAsNodes elementsNotImported relationships relationshipsAsRelationships relationshipsFolded relationshipsNotImported }
      provenanceLoss { nodes relationships downgraded sourcesDropped allowed }
      notes { source target count detail } } }`;
    const res = await postFile(yoga, Q, {}, { content: xml, name: 'qng-junctions.xml', type: 'application/xml' }, `Bearer ${tokens.editor}`);
    const json = (await res.json()) as { errors?: unknown; data: { importData: Record<string, any> } };
    expect(json.errors).toBeUndefined();
    const r = json.data.importData;
    const sum = (c: Record<string, number>) => c.created + c.updated + c.unchanged + c.rejected;
    expect(r.tally).toEqual(JUNCTIONS_TALLY);
    expect(sum(r.nodes)).toBe(r.tally.elementsAsNodes);
    expect(sum(r.relationships)).toBe(r.tally.relationshipsAsRelationships);
    expect(sum(r.relationships) + r.tally.relationshipsFolded + r.tally.relationshipsNotImported).toBe(r.tally.relationships);
    expect(r.nodes).toEqual({ created: 17, updated: 0, unchanged: 0, rejected: 0 });
    expect(r.provenanceLoss).toEqual({ nodes: 0, relationships: 0, downgraded: 0, sourcesDropped: 0, allowed: false });
    expect(r.notes.filter((n: { target: string }) => n.target.endsWith('(folded)')).map((n: { count: number }) => n.count)).toEqual([1, 1]);
  });

  it('an unreadable file is a rejected item, not a server error', async () => {
    const r = await upload('{"nodes": [', 'broken.json', {}, tokens.editor);
    expect(r.status).toBe(200);
    expect(r.json.data!.importData.nodes.rejected).toBe(1);
  });
});

describe('GET /export', () => {
  const get = (query: string, token?: string) => yoga.fetch(`http://akb.test/export${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('downloads the whole graph as JSON that names itself an attachment', async () => {
    const res = await get('?format=json', inject('adminToken'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="akb-export-.*\.json"/);
    const body = (await res.json()) as { nodes: { id: string }[]; relationships: unknown[] };
    expect(body.nodes.length).toBeGreaterThan(400);
    expect(body.relationships.length).toBeGreaterThan(900);
  });

  it('filters by kind, and keeps security levels from viewers but not from appraisers', async () => {
    const asViewer = (await (await get('?kind=Component&provenance=example', tokens.viewer)).json()) as { nodes: Record<string, unknown>[] };
    expect(asViewer.nodes.every((n) => n.kind === 'Component')).toBe(true);
    expect(asViewer.nodes.find((n) => n.id === 'component:test-api-app')!.securityLevel).toBeUndefined();
    const asAppraiser = (await (await get('?kind=Component&provenance=example', tokens.appraiser)).json()) as { nodes: Record<string, unknown>[] };
    expect(asAppraiser.nodes.find((n) => n.id === 'component:test-api-app')!.securityLevel).toBe(3);
  });

  it('refuses an unknown format or kind with 400 and the reason', async () => {
    const format = await get('?format=docx');
    expect(format.status).toBe(400);
    expect(((await format.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/unknown format "docx"/);
    const kind = await get('?kind=Spaceship');
    expect(kind.status).toBe(400);
  });

  it('exports ArchiMate exchange XML', async () => {
    const res = await get('?format=archimate&provenance=stated', inject('adminToken'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/xml/);
    const xml = await res.text();
    expect(xml).toMatch(/<model [^>]*xmlns="http:\/\/www.opengroup.org\/xsd\/archimate\/3.0\/"/);
    // Checked against the exchange format's XSDs before it leaves, and it says so.
    expect(res.headers.get('x-akb-xsd-validation')).toBe('valid');
    expect(xml).toContain('akb:provenance');
    expect(xml).toContain('<views>');
  });

  it('refuses a bad token with 401', async () => {
    expect((await get('?format=json', 'akb_nonsense')).status).toBe(401);
  });
});
