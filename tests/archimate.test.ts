/**
 * ArchiMate exchange files through the database (the files themselves: tests/unit/archimate.test.ts):
 * Archisurance imported with the engine and exported with exportGraph comes back the same, the whole
 * graph survives export → ArchiMate → import, provenance is kept unless its loss is allowed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBatch } from '../server/src/interop/engine.js';
import { exportGraph } from '../server/src/interop/export.js';
import { readArchimate } from '../server/src/interop/archimate/read.js';
import { validateArchimateXml } from '../server/src/interop/archimate/validate-xsd.js';
import { writeArchimate } from '../server/src/interop/archimate/write.js';
import type { GraphRecords } from '../server/src/interop/types.js';
import { archisurance, exchangeContent, records, sorted, withoutAkbProperties } from './setup/archimate.js';
import { testDb } from './setup/db.js';

describe('ArchiMate through the database', () => {
  const db = testDb();
  const WRITE = { dryRun: false, mode: 'all-or-nothing', actor: 'test' } as const;
  beforeAll(() => db.autoCommit('test/delete-test-nodes'));
  afterAll(async () => {
    await db.autoCommit('test/delete-test-nodes');
    await db.close();
  });

  it('imports Archisurance with the engine, exports it with exportGraph, and the XML imports back to the same records', async () => {
    const batch = readArchimate(archisurance, 'archisurance.xml', { level: 'sector', idNamespace: 'test-archi-' });
    const report = await importBatch(db, batch, WRITE);
    expect(report.nodes).toEqual({ created: 122, updated: 0, unchanged: 0, rejected: 0 });
    expect(report.relationships).toEqual({ created: 178, updated: 0, unchanged: 0, rejected: 0 });
    expect(report.notes).toEqual(batch.notes);
    const all = await exportGraph(db, { provenances: ['external'] });
    const mine = (id: string) => id.includes(':test-archi-');
    const exported: GraphRecords = { nodes: all.nodes.filter((n) => mine(n.id)), relationships: all.relationships.filter((r) => mine(r.from) && mine(r.to)) };
    expect(sorted(exported.nodes)).toEqual(sorted(records(batch).nodes));
    expect(sorted(exported.relationships)).toEqual(sorted(records(batch).relationships));
    const xml = writeArchimate(exported, { name: 'Archisurance' });
    expect(await validateArchimateXml(xml)).toEqual({ valid: true, errors: [] });
    const again = readArchimate(xml, 'archisurance.xml');
    expect(sorted(again.nodes.map((n) => n.record))).toEqual(sorted(records(batch).nodes));
    expect(sorted(again.relationships.map((r) => r.record))).toEqual(sorted(records(batch).relationships));
    const reimport = await importBatch(db, again, WRITE);
    expect(reimport.nodes).toEqual({ created: 0, updated: 0, unchanged: 122, rejected: 0 });
    expect(reimport.written).toBe(false);
  });

  it('round trip of the whole graph (export → ArchiMate → import into the same database) changes nothing: provenance, sources and every property come back', async () => {
    const before = await exportGraph(db);
    const stated = before.nodes.filter((n) => n.provenance === 'stated').length;
    expect(stated).toBeGreaterThan(400);
    const xml = writeArchimate(before, { name: 'akb' });
    expect(await validateArchimateXml(xml)).toEqual({ valid: true, errors: [] });
    const batch = readArchimate(xml, 'akb-export.xml');
    expect(batch.problems).toEqual([]);
    expect(sorted(batch.nodes.map((n) => n.record))).toEqual(sorted(before.nodes));
    expect(sorted(batch.relationships.map((r) => r.record))).toEqual(sorted(before.relationships));
    const dry = await importBatch(db, batch, { ...WRITE, dryRun: true });
    expect(dry.nodes).toEqual({ created: 0, updated: 0, unchanged: before.nodes.length, rejected: 0 });
    expect(dry.relationships).toEqual({ created: 0, updated: 0, unchanged: before.relationships.length, rejected: 0 });
    expect(dry.provenanceLoss).toEqual({ nodes: 0, relationships: 0, downgraded: 0, sourcesDropped: 0, allowed: false });
    const report = await importBatch(db, batch, WRITE);
    expect(report.written).toBe(false);
    const after = await exportGraph(db);
    expect(sorted(after.nodes)).toEqual(sorted(before.nodes));
    expect(sorted(after.relationships)).toEqual(sorted(before.relationships));
  });

  it('never downgrades provenance or drops sources unless allowed; the dry run counts and names what would lose them', async () => {
    const src = (quote: string) => ({ document: '000_ad6ee82cc589edb4.txt', section: 'PL III, 6', quote });
    const own: GraphRecords = {
      nodes: [
        {
          id: 'component:test-prov-a',
          kind: 'Component',
          name: 'Hệ thống thử A',
          componentKind: 'system',
          level: 'province',
          provenance: 'stated',
          sources: [src('Phát triển, hoàn thiện Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) tỉnh Quảng Ngãi')],
        },
        {
          id: 'component:test-prov-b',
          kind: 'Component',
          name: 'Hệ thống thử B',
          componentKind: 'system',
          level: 'province',
          provenance: 'inferred',
          rule: 'test-rule',
          confidence: 'high',
          sources: [src('LGSP')],
        },
      ],
      relationships: [
        { from: 'component:test-prov-a', type: 'USES_DATA_FROM', to: 'component:test-prov-b', provenance: 'stated', sources: [src('chia sẻ dữ liệu')] },
      ],
    };
    const json = await importBatch(
      db,
      {
        format: 'json',
        nodes: own.nodes.map((record, i) => ({ at: { file: 'own.json', row: i }, record })),
        relationships: own.relationships.map((record, i) => ({ at: { file: 'own.json', row: i }, record })),
        problems: [],
      },
      WRITE,
    );
    expect(json.written).toBe(true);
    const stored = async () => {
      const g = await exportGraph(db, { provenances: ['stated', 'inferred', 'external'] });
      return {
        nodes: g.nodes.filter((n) => n.id.includes(':test-prov-')).sort((a, b) => a.id.localeCompare(b.id)),
        relationships: g.relationships.filter((r) => r.from.includes(':test-prov-')),
      };
    };
    expect(sorted((await stored()).nodes)).toEqual(sorted(own.nodes));

    // A tool that drops akb's properties: every element reads as external, with no sources; edited in passing.
    const stripped = withoutAkbProperties(writeArchimate(own)).replace('Hệ thống thử A', 'Hệ thống thử A (đã sửa)');
    const read = () => readArchimate(stripped, 'archi-edit.xml', { level: 'province' });
    expect(read().nodes.map((n) => [n.record.id, n.record.provenance])).toEqual([
      ['component:test-prov-a', 'external'],
      ['component:test-prov-b', 'external'],
    ]);
    const dry = await importBatch(db, read(), { ...WRITE, dryRun: true });
    expect(dry.provenanceLoss).toEqual({ nodes: 2, relationships: 1, downgraded: 3, sourcesDropped: 3, allowed: false });
    expect(dry.items.filter((i) => i.warnings?.length).map((i) => i.key)).toEqual([
      'component:test-prov-a',
      'component:test-prov-b',
      'component:test-prov-a -USES_DATA_FROM-> component:test-prov-b',
    ]);
    expect(dry.items[0].warnings![0].message).toMatch(/the file says external, the stored record is stated; kept stated and its sources/);
    expect(dry.items[0].warnings![0].messageVi).toMatch(/giữ stated cùng trích dẫn/);
    // Only the name changed: the rename is written, provenance and sources stay.
    expect(dry.nodes).toEqual({ created: 0, updated: 1, unchanged: 1, rejected: 0 });
    expect(dry.relationships).toEqual({ created: 0, updated: 0, unchanged: 1, rejected: 0 });
    const kept = await importBatch(db, read(), WRITE);
    expect(kept.written).toBe(true);
    const afterKept = await stored();
    expect(afterKept.nodes.find((n) => n.id === 'component:test-prov-a')).toEqual({ ...own.nodes[0], name: 'Hệ thống thử A (đã sửa)' });
    expect(afterKept.nodes.find((n) => n.id === 'component:test-prov-b')).toEqual(own.nodes[1]);
    expect(afterKept.relationships).toEqual(own.relationships);

    // Asked for explicitly, the file's provenance replaces the stored one.
    const allowed = await importBatch(db, read(), { ...WRITE, allowProvenanceLoss: true });
    expect(allowed.provenanceLoss).toMatchObject({ nodes: 2, relationships: 1, allowed: true });
    expect(allowed.items[0].warnings![0].message).toBe('provenance: stated becomes external (allowed)');
    const afterAllowed = await stored();
    expect(afterAllowed.nodes.map((n) => [n.id, n.provenance, n.sources ?? [], n.reference])).toEqual([
      ['component:test-prov-a', 'external', [], 'archi-edit.xml'],
      ['component:test-prov-b', 'external', [], 'archi-edit.xml'],
    ]);
  });

  it('a file that lost akb’s properties but kept akb’s identifiers still updates the nodes it came from', () => {
    const own: GraphRecords = {
      nodes: [{ id: 'component:test-ids-x', kind: 'Component', name: 'Hệ thống X', componentKind: 'system', level: 'province', provenance: 'example' }],
      relationships: [],
    };
    const b = readArchimate(withoutAkbProperties(writeArchimate(own)), 'x.xml', { level: 'province' });
    expect(b.nodes.map((n) => n.record.id)).toEqual(['component:test-ids-x']);
  });

  it('exports the Quảng Nam and Quảng Ngãi architectures as valid XML with one layered view per architecture, nodes placed with x, y, w, h', async () => {
    const architectures = ['arch:qnam-1.0', 'arch:qnam-2.0', 'arch:qng-1.0', 'arch:qng-2.0', 'arch:qng-3.0'];
    const graph = await exportGraph(db, { architectures });
    const xml = writeArchimate(graph, { name: 'Quảng Nam, Quảng Ngãi' });
    expect(await validateArchimateXml(xml)).toEqual({ valid: true, errors: [] });
    const { views, elements } = exchangeContent(xml);
    const archElements = Object.entries(elements)
      .filter(([, e]) => (e as { type: string }).type === 'Plateau')
      .map(([id]) => id);
    expect(archElements.sort()).toEqual(architectures.map((a) => a.replace(':', '.')).sort());
    const viewed = views.map((v) => [v.node].flat()[0]['@elementRef']).sort();
    expect(viewed).toEqual(archElements.sort());
    const allNodes = (list: any[]): any[] => list.flatMap((x) => [x, ...allNodes(x.node ? [x.node].flat() : [])]);
    for (const v of views)
      for (const node of allNodes([v.node].flat()))
        for (const a of ['@x', '@y', '@w', '@h']) expect(Number(node[a]), `${v['@identifier']} ${node['@identifier']} ${a}`).toBeGreaterThanOrEqual(0);
    const qng3 = views.find((v) => v['@identifier'] === 'view.arch.qng-3.0');
    expect(allNodes([qng3.node].flat()).length).toBeGreaterThan(50);
  });
});
