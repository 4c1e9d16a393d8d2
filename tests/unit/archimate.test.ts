/**
 * ArchiMate exchange files (The Open Group Exchange Format 3.x). Files Archi wrote
 * (fixtures/interop/archimate) import with every element kept — as an akb kind, or as an Element
 * with its ArchiMate type — with properties, documentation, folders and languages, and notes that
 * say what was mapped how. Exports validate against The Open Group's XSDs (xmllint) and carry one
 * layered view per architecture. Archisurance survives import → export → import in memory (through
 * the database: tests/archimate.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { readArchimate } from '../../server/src/interop/archimate/read.js';
import { validateArchimateXml } from '../../server/src/interop/archimate/validate-xsd.js';
import { ARCHIMATE_RELATIONSHIP_TYPES } from '../../server/src/model/archimate-vocabulary.js';
import { writeArchimate } from '../../server/src/interop/archimate/write.js';
import type { GraphRecords } from '../../server/src/interop/types.js';
import { validateNode, validateRelationship, type NodeRecord, type RelRecord } from '../../server/src/model/validate.js';
import { archisurance, exchangeContent, junctions, JUNCTIONS_TALLY, note, records, sample1, sorted } from '../setup/archimate.js';

describe('ArchiMate import', () => {
  it('imports sample1.xml: the role and the process kept as Elements with their types, the Assignment as RELATED_TO, documentation and languages kept', () => {
    const b = readArchimate(sample1, 'sample1.xml');
    expect(b.problems).toEqual([]);
    expect(b.notes).toEqual([
      { source: 'BusinessRole', target: 'Element', count: 1 },
      { source: 'BusinessProcess', target: 'Element', count: 1 },
      { source: 'Assignment', target: 'RELATED_TO', count: 1, detail: 'no akb relationship joins Element to Element as Assignment' },
      {
        source: 'Model',
        target: 'not imported',
        count: 1,
        detail: 'the model’s own name, documentation, properties and metadata: akb keeps no node for the model',
      },
    ]);
    const role = b.nodes.find((n) => n.at.path === 'id-37d5bc4b')!.record;
    expect(role).toMatchObject({
      id: 'element:id-37d5bc4b',
      kind: 'Element',
      archimateType: 'BusinessRole',
      name: 'Sales Person',
      description: 'A description of a sales person',
      provenance: 'external',
      reference: 'sample1.xml',
      archimateId: 'id-37d5bc4b',
    });
    expect(JSON.parse(role.archimateTexts as string)).toEqual({
      name: [{ lang: 'en', text: 'Sales Person' }],
      documentation: [{ text: 'A description of a sales person' }],
    });
    expect(b.relationships.map((r) => r.record)).toEqual([
      {
        from: 'element:id-37d5bc4b',
        type: 'RELATED_TO',
        to: 'element:id-89c22226',
        provenance: 'external',
        reference: 'sample1.xml',
        archimateTypes: ['Assignment'],
        archimate: JSON.stringify([{ identifier: 'id-52b86b7b', type: 'Assignment' }]),
      },
    ]);
  });

  it('maps Archisurance’s element and relationship types to akb kinds and relationships, keeps every element and relationship, and reports what was mapped how', () => {
    const b = readArchimate(archisurance, 'archisurance.xml', { level: 'sector' });
    expect(b.problems).toEqual([]);
    const kinds: Record<string, number> = {};
    for (const n of b.nodes) kinds[n.record.kind!] = (kinds[n.record.kind!] ?? 0) + 1;
    expect(kinds).toEqual({ Element: 72, Agency: 17, Component: 23, SharedService: 3, DataDomain: 4, Network: 3 });
    const file = exchangeContent(archisurance);
    expect(b.nodes.length).toBe(Object.keys(file.elements).length);
    const kept = b.relationships.reduce((sum, r) => sum + (r.record.archimate ? JSON.parse(r.record.archimate as string).length : 1), 0);
    expect(kept).toBe(Object.keys(file.relationships).length);
    expect(
      [
        ['BusinessActor', 'Agency'],
        ['ApplicationComponent', 'Component'],
        ['Node', 'Component'],
        ['Device', 'Component'],
        ['SystemSoftware', 'Component'],
        ['ApplicationService', 'SharedService'],
        ['DataObject', 'DataDomain'],
        ['CommunicationNetwork', 'Network'],
        ['BusinessProcess', 'Element'],
        ['Principle', 'Element'],
        ['Serving', 'USES_SERVICE (reversed)'],
        ['Serving', 'CONNECTS_TO (reversed)'],
        ['Realization', 'PROVIDED_BY (reversed)'],
        ['Access', 'HOLDS_DATA'],
        ['Composition', 'PART_OF (reversed)'],
        ['Flow', 'RELATED_TO'],
        ['Triggering', 'RELATED_TO'],
        ['View', 'not imported'],
      ].map(([s, t]) => [s, t, note(b, s, t)]),
    ).toEqual([
      ['BusinessActor', 'Agency', 17],
      ['ApplicationComponent', 'Component', 10],
      ['Node', 'Component', 4],
      ['Device', 'Component', 5],
      ['SystemSoftware', 'Component', 4],
      ['ApplicationService', 'SharedService', 3],
      ['DataObject', 'DataDomain', 4],
      ['CommunicationNetwork', 'Network', 3],
      ['BusinessProcess', 'Element', 9],
      ['Principle', 'Element', 9],
      ['Serving', 'USES_SERVICE (reversed)', 2],
      ['Serving', 'CONNECTS_TO (reversed)', 7],
      ['Realization', 'PROVIDED_BY (reversed)', 3],
      ['Access', 'HOLDS_DATA', 3],
      ['Composition', 'PART_OF (reversed)', 2],
      ['Flow', 'RELATED_TO', 33],
      ['Triggering', 'RELATED_TO', 13],
      ['View', 'not imported', 18],
    ]);
    const relationshipNotes = b.notes!.filter((n) => ARCHIMATE_RELATIONSHIP_TYPES.includes(n.source as never));
    expect(relationshipNotes.reduce((sum, n) => sum + n.count, 0)).toBe(Object.keys(file.relationships).length);
  });

  it('gives records the model accepts: every node and relationship of Archisurance validates', () => {
    const b = readArchimate(archisurance, 'archisurance.xml', { level: 'sector' });
    const kinds = new Map(b.nodes.map((n) => [n.record.id as string, n.record.kind as string]));
    const problems = [
      ...b.nodes.flatMap((n) => validateNode(n.at.path!, n.record)),
      ...b.relationships.flatMap((r) => validateRelationship(r.at.path!, r.record, (id) => kinds.get(id))),
    ];
    expect(problems).toEqual([]);
    expect(new Set(b.relationships.map((r) => `${r.record.from} ${r.record.type} ${r.record.to}`)).size).toBe(b.relationships.length);
  });

  it('without a level, keeps application and technology components as Elements of their type and says why', () => {
    const b = readArchimate(archisurance, 'archisurance.xml');
    expect(b.nodes.filter((n) => n.record.kind === 'Component')).toEqual([]);
    expect(b.nodes.filter((n) => n.record.archimateType === 'ApplicationComponent').map((n) => n.record.kind)).toEqual(Array(10).fill('Element'));
    expect(b.notes).toContainEqual({
      source: 'ApplicationComponent',
      target: 'Element',
      count: 10,
      detail: 'Component needs level, which the file does not give (give the import a level, or the element an akb:level property)',
    });
  });

  it('keeps properties, documentation, folders and languages of Archisurance’s elements', () => {
    const b = readArchimate(archisurance, 'archisurance.xml', { level: 'sector' });
    const byPath = (p: string) => b.nodes.find((n) => n.at.path === p)!.record;
    expect(byPath('id-275')).toMatchObject({ kind: 'Agency', name: 'Archisurance', folder: ['Business', 'Actors'] });
    expect(JSON.parse(byPath('id-275').archimateProperties as string)).toEqual({
      Property1: 'Another Value of Property 1',
      Property2: 'Another Value of Property 2',
      Property3: 'Value of Property 3',
    });
    expect(byPath('id-1407')).toMatchObject({ kind: 'SharedService', name: 'CIS', capability: 'cis', description: 'Customer Information Service' });
    expect(JSON.parse(byPath('id-1407').archimateTexts as string)).toEqual({
      name: [{ lang: 'en', text: 'CIS' }],
      documentation: [{ lang: 'en', text: 'Customer Information Service' }],
    });
  });

  it('keeps two ArchiMate relationships that akb reads alike on one relationship, listing both', () => {
    const b = readArchimate(archisurance, 'archisurance.xml', { level: 'sector' });
    const both = b.relationships.find((r) => (r.record.archimate as string | undefined)?.includes('id-90702769'))!.record;
    expect(both.archimateTypes).toEqual(['Access', 'Access']);
    expect(JSON.parse(both.archimate as string).map((e: { identifier: string; accessType: string }) => [e.identifier, e.accessType])).toEqual([
      ['id-712', 'Write'],
      ['id-90702769', 'Write'],
    ]);
  });

  it('accounts for every element and relationship of a file with junctions, relationships to relationships, repeated and self relationships', () => {
    const b = readArchimate(junctions, 'qng-junctions.xml', { level: 'province' });
    expect(b.problems).toEqual([]);
    const file = exchangeContent(junctions);
    expect(b.tally).toEqual(JUNCTIONS_TALLY);
    const t = b.tally!;
    expect(t.elements).toBe(Object.keys(file.elements).length);
    expect(t.relationships).toBe(Object.keys(file.relationships).length);
    expect(t.elementsAsNodes + t.elementsNotImported).toBe(t.elements);
    expect(t.relationshipsAsRelationships + t.relationshipsFolded + t.relationshipsNotImported).toBe(t.relationships);
    expect(b.relationships).toHaveLength(t.relationshipsAsRelationships);
    // The notes say where each relationship went, once each: as a relationship, folded, or not imported (and why).
    const relationshipNotes = b.notes!.filter((n) => ARCHIMATE_RELATIONSHIP_TYPES.includes(n.source as never));
    expect(relationshipNotes.reduce((sum, n) => sum + n.count, 0)).toBe(t.relationships);
    expect(relationshipNotes.filter((n) => n.target.endsWith('(folded)')).reduce((sum, n) => sum + n.count, 0)).toBe(2);
    expect(relationshipNotes.filter((n) => n.target === 'not imported').map((n) => [n.source, n.detail])).toEqual([
      ['Association', 'joins a relationship; akb relationships join nodes only'],
      ['Aggregation', 'joins a relationship; akb relationships join nodes only'],
      ['Flow', 'joins an element to itself; akb relationships join two different nodes'],
    ]);
    // The two flows from the population database are one akb relationship listing both.
    const uses = b.relationships.find((r) => r.record.type === 'USES_DATA_FROM')!.record;
    expect(uses).toMatchObject({ from: 'component:id-phan-mem-ho-tich', to: 'component:id-csdl-dan-cu' });
    expect(JSON.parse(uses.archimate as string).map((e: { identifier: string }) => e.identifier)).toEqual(['id-r-dan-cu-1', 'id-r-dan-cu-2']);
    const both = b.relationships.find((r) => r.record.from === 'element:id-tiep-nhan' && r.record.to === 'element:id-cap-nhat')!.record;
    expect(both.archimateTypes).toEqual(['Flow', 'Triggering']);
    // Junctions: kept with their type; akb shows them under it, and they stay unnamed in ArchiMate.
    const and = b.nodes.find((n) => n.at.path === 'id-and-1')!.record;
    expect(and).toMatchObject({ kind: 'Element', archimateType: 'AndJunction', name: 'AndJunction' });
    expect(b.notes).toContainEqual({
      source: 'AndJunction',
      target: 'name',
      count: 1,
      detail: 'no name in the file: akb shows it under its type, and an export leaves it unnamed',
    });
  });

  it('junctions without a name stay without a name through import and export, and the file round-trips', async () => {
    const first = readArchimate(junctions, 'qng-junctions.xml', { level: 'province' });
    const exported = writeArchimate(records(first));
    expect(await validateArchimateXml(exported)).toEqual({ valid: true, errors: [] });
    const back = exchangeContent(exported);
    for (const id of ['id-and-1', 'id-or-1']) expect(back.elements[id]).toMatchObject({ name: [], documentation: [] });
    expect(exported).not.toMatch(/>AndJunction</);
    // Everything the file said about its elements and the relationships akb imports comes back.
    const source = exchangeContent(junctions);
    expect(back.elements).toEqual(source.elements);
    const imported = Object.fromEntries(
      Object.entries(source.relationships).filter(([id]) => !['id-r-nguyen-tac', 'id-r-nhom-luong', 'id-r-tu-goi'].includes(id)),
    );
    expect(back.relationships).toEqual(imported);
    const second = readArchimate(exported, 'qng-junctions.xml');
    expect(sorted(second.nodes.map((n) => n.record))).toEqual(sorted(first.nodes.map((n) => n.record)));
    expect(sorted(second.relationships.map((r) => r.record))).toEqual(sorted(first.relationships.map((r) => r.record)));
  });

  it('refuses what is not an ArchiMate exchange file, saying where and why, and reads nothing from it', () => {
    const read = (xml: string) => readArchimate(xml, 'bad.xml');
    const only = (xml: string) => {
      const b = read(xml);
      expect(b.nodes).toEqual([]);
      return b.problems.map((p) => [p.at, p.message]);
    };
    expect(only('<model><elements>')[0][1]).toMatch(/^not well-formed XML: .*line 1/);
    expect(only('<!DOCTYPE model [<!ENTITY a "b">]><model/>')).toEqual([
      [{ file: 'bad.xml' }, 'a DOCTYPE declaration is not allowed in an ArchiMate exchange file'],
    ]);
    expect(only('<rss version="2.0"/>')).toEqual([[{ file: 'bad.xml' }, 'not an ArchiMate exchange file: the root element is <rss>, not <model>']]);
    const xsi = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
    const b = read(
      `<model ${xsi}><elements><element identifier="e1" xsi:type="Spaceship"><name>X</name></element><element identifier="e2" xsi:type="Goal"><name>Y</name></element></elements>` +
        `<relationships><relationship identifier="r1" source="e2" target="e9" xsi:type="Influence"/></relationships></model>`,
    );
    expect(b.problems.map((p) => [p.at, p.message])).toEqual([
      [{ file: 'bad.xml', path: 'e1' }, 'unknown ArchiMate element type "Spaceship"'],
      [{ file: 'bad.xml', path: 'r1' }, 'Influence r1 refers to an element the file does not have (e2 → e9)'],
    ]);
    expect(b.problems.every((p) => p.messageVi.length > 0)).toBe(true);
  });
});

describe('ArchiMate export', () => {
  it('Archisurance, imported and exported, validates against the exchange format’s XSDs', async () => {
    const xml = writeArchimate(records(readArchimate(archisurance, 'archisurance.xml', { level: 'sector' })), { name: 'Archisurance' });
    expect(await validateArchimateXml(xml)).toEqual({ valid: true, errors: [] });
  });

  it('round trip: Archisurance imported, exported and imported again gives the same elements and relationships, and the file the same content', () => {
    const first = readArchimate(archisurance, 'archisurance.xml', { level: 'sector' });
    const exported = writeArchimate(records(first));
    const second = readArchimate(exported, 'archisurance.xml');
    expect(second.problems).toEqual([]);
    expect(sorted(second.nodes.map((n) => n.record))).toEqual(sorted(first.nodes.map((n) => n.record)));
    expect(sorted(second.relationships.map((r) => r.record))).toEqual(sorted(first.relationships.map((r) => r.record)));
    // Against the source file itself: types, names, documentation, properties and folders, with their languages.
    const [source, back] = [exchangeContent(archisurance), exchangeContent(exported)];
    expect(back.elements).toEqual(source.elements);
    expect(back.relationships).toEqual(source.relationships);
  });

  it('languages survive: Archisurance’s English stays English; akb’s own names export as Vietnamese with the English name beside them', () => {
    const back = exchangeContent(writeArchimate(records(readArchimate(archisurance, 'archisurance.xml', { level: 'sector' }))));
    expect(back.elements['id-1407'].name).toEqual([['en', 'CIS']]);
    const own: GraphRecords = {
      nodes: [
        {
          id: 'arch:vd',
          kind: 'Architecture',
          name: 'Kiến trúc ví dụ',
          nameEn: 'Example architecture',
          description: 'Mô tả',
          version: '1.0',
          level: 'province',
          provenance: 'example',
        },
      ],
      relationships: [],
    };
    const xml = writeArchimate(own);
    expect(exchangeContent(xml).elements['arch.vd']).toMatchObject({
      type: 'Plateau',
      name: [
        ['vi', 'Kiến trúc ví dụ'],
        ['en', 'Example architecture'],
      ],
      documentation: [['vi', 'Mô tả']],
    });
    // akb's own provenance travels with the element, so reading it back gives the record unchanged.
    expect(readArchimate(xml, 'vd.xml').nodes.map((n) => n.record)).toEqual([own.nodes[0]]);
  });

  it('draws each architecture’s layers as bands in their order, each holding its members, with the relationships between them', () => {
    const n = (id: string, kind: string, extra: object = {}) => ({ id, kind, name: id, provenance: 'example', ...extra }) as NodeRecord;
    const r = (from: string, type: string, to: string, extra: object = {}) => ({ from, type, to, provenance: 'example', ...extra }) as RelRecord;
    const graph: GraphRecords = {
      nodes: [
        n('arch:vd', 'Architecture', { version: '1', level: 'province' }),
        n('layer:vd-2', 'ArchitectureLayer', { order: 2, layerKey: 'integration' }),
        n('layer:vd-1', 'ArchitectureLayer', { order: 1, layerKey: 'portal' }),
        n('component:vd-portal', 'Component', { componentKind: 'portal', level: 'province' }),
        n('component:vd-lgsp', 'Component', { componentKind: 'platform', level: 'province' }),
        n('component:vd-other', 'Component', { componentKind: 'system', level: 'province' }),
      ],
      relationships: [
        r('layer:vd-1', 'LAYER_OF', 'arch:vd'),
        r('layer:vd-2', 'LAYER_OF', 'arch:vd'),
        r('component:vd-portal', 'IN_LAYER', 'layer:vd-1'),
        r('component:vd-lgsp', 'IN_LAYER', 'layer:vd-2'),
        r('component:vd-portal', 'INTEGRATES_VIA', 'component:vd-lgsp'),
        r('arch:vd', 'INCLUDES', 'component:vd-other', { status: 'new' }),
      ],
    };
    const { views } = exchangeContent(writeArchimate(graph));
    expect(views).toHaveLength(1);
    const nodes = [views[0].node].flat() as any[];
    const box = (x: any) => ({ x: +x['@x'], y: +x['@y'], w: +x['@w'], h: +x['@h'] });
    expect(nodes.map((x) => x['@elementRef'] ?? 'container')).toEqual(['arch.vd', 'layer.vd-1', 'layer.vd-2', 'container']);
    const bands = nodes.slice(1).map(box);
    expect(bands[0].y + bands[0].h).toBeLessThan(bands[1].y);
    expect(bands[1].y + bands[1].h).toBeLessThan(bands[2].y);
    const members = nodes.slice(1).map((band) => [band.node].flat().map((m: any) => [m['@elementRef'], box(m)]));
    expect(members.map((m) => m.map(([ref]) => ref))).toEqual([['component.vd-portal'], ['component.vd-lgsp'], ['component.vd-other']]);
    members.forEach((m, i) => {
      const [, b] = m[0] as [string, ReturnType<typeof box>];
      expect(b.x >= bands[i].x && b.y >= bands[i].y && b.x + b.w <= bands[i].x + bands[i].w && b.y + b.h <= bands[i].y + bands[i].h).toBe(true);
    });
    const connections = [views[0].connection].flat().filter(Boolean) as any[];
    expect(connections).toHaveLength(1);
    expect(connections[0]['@relationshipRef']).toBe('component.vd-portal.INTEGRATES_VIA.component.vd-lgsp');
  });

  it('the XSD check rejects a file the schema does not allow, with xmllint’s reason', async () => {
    const xml = writeArchimate({
      nodes: [{ id: 'element:x', kind: 'Element', archimateType: 'Goal', name: 'Mục tiêu', provenance: 'example' }],
      relationships: [],
    }).replace('xsi:type="Goal"', 'xsi:type="Spaceship"');
    const result = await validateArchimateXml(xml);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/Spaceship/);
  });

  it('says clearly that xmllint is missing when it is not on the PATH', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      await expect(validateArchimateXml(writeArchimate({ nodes: [], relationships: [] }))).rejects.toThrow(
        /xmllint is not installed: install the Debian package libxml2-utils/,
      );
    } finally {
      process.env.PATH = path;
    }
  });
});
