/**
 * The documents as a graph: every record has provenance, every quote is verbatim, the counts per
 * kind are what was extracted, and the named cases of the documents are there.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../server/src/config/config.js';
import { mergeAndValidate, readFixtureFiles } from '../server/src/fixtures/loader.js';
import { checkSourceDocuments, citationVi, SOURCE_DOCUMENTS_FILE, sourceDocuments } from '../server/src/documents/source-documents.js';
import { gql, testApp, testDb } from './setup/db.js';

const db = testDb();
const yoga = testApp(db);
afterAll(() => db.close());

const SEEDS = join(ROOT, 'fixtures', 'documents', 'sources');
const foldForQuote = (s: string) =>
  s
    .normalize('NFC')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_#`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const graph = mergeAndValidate(readFixtureFiles(undefined, { examples: false }));

describe('fixtures from the documents', () => {
  it('every node and relationship in the database has provenance, and stated ones a source', async () => {
    expect(await db.read('admin/missing-provenance')).toEqual([]);
  });

  it('every stated or inferred quote appears verbatim in its document', () => {
    const docs = new Map(
      readdirSync(SEEDS)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => [f, foldForQuote(readFileSync(join(SEEDS, f), 'utf8'))]),
    );
    const bad: string[] = [];
    const check = (what: string, sources: { document: string; quote: string }[] | undefined) => {
      for (const s of sources ?? []) {
        const doc = docs.get(s.document);
        if (!doc || !doc.includes(foldForQuote(s.quote))) bad.push(`${what}: ${s.document}: ${s.quote.slice(0, 60)}`);
      }
    };
    for (const n of graph.nodes.values()) check(n.id, n.sources);
    for (const r of graph.relationships.values()) check(`${r.from} -${r.type}-> ${r.to}`, r.sources);
    expect(bad).toEqual([]);
    expect(docs.size).toBe(4);
  });

  it('the repository carries the four source documents, each with its title, issuer and date, and every source names one of them', () => {
    const meta = JSON.parse(readFileSync(SOURCE_DOCUMENTS_FILE, 'utf8'));
    expect(checkSourceDocuments(meta)).toEqual([]);
    const texts = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect([...sourceDocuments().keys()].sort()).toEqual(texts);
    expect(texts).toHaveLength(4);
    const cited = new Set<string>();
    for (const n of graph.nodes.values()) for (const s of n.sources ?? []) cited.add(s.document);
    for (const r of graph.relationships.values()) for (const s of r.sources ?? []) cited.add(s.document);
    expect([...cited].filter((d) => !sourceDocuments().has(d))).toEqual([]);
    expect(citationVi(sourceDocuments().get('000_ad6ee82cc589edb4.txt')!)).toBe(
      'Quyết định phê duyệt Kiến trúc Chính quyền điện tử tỉnh Quảng Ngãi, phiên bản 3.0, hướng tới Chính quyền số (Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi, 31/12/2024)',
    );
    // The title each document gives itself is in its text (headings fold case and line breaks).
    const heading = (f: string) => foldForQuote(readFileSync(join(SEEDS, f), 'utf8')).toLowerCase();
    expect(heading('000_ad6ee82cc589edb4.txt')).toContain('phê duyệt kiến trúc chính quyền điện tử tỉnh quảng ngãi, phiên bản 3.0, hướng tới chính quyền số');
    expect(heading('003_60dda40e9fc55daa.txt')).toContain('phê duyệt kiến trúc cqđt tỉnh quảng nam (phiên bản 2.0)');
  });

  it('cites sources to users by title, number and date through GraphQL, never by file name', async () => {
    const r = await gql<{
      node: {
        sources: {
          document: string;
          citation: string;
          sourceDocument: { title: string; number: string | null; issuedOn: string; issuer: string; citationEn: string };
        }[];
      };
      sourceDocuments: { id: string; shortTitle: string }[];
    }>(
      yoga,
      '{ node(id: "component:qng-lgsp") { sources { document citation sourceDocument { title number issuer issuedOn citationEn } } } sourceDocuments { id shortTitle } }',
    );
    expect(r.errors).toBeUndefined();
    const s = r.data!.node.sources.find((x) => x.document === '000_ad6ee82cc589edb4.txt')!;
    expect(s.citation).toMatch(/^Quyết định phê duyệt Kiến trúc Chính quyền điện tử tỉnh Quảng Ngãi, phiên bản 3\.0.*31\/12\/2024\)$/);
    expect(s.citation).not.toMatch(/\.txt/);
    expect(s.sourceDocument).toMatchObject({ number: null, issuer: 'Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi', issuedOn: '2024-12-31' });
    expect(s.sourceDocument.citationEn).toMatch(/^Decision approving the e-government architecture of Quảng Ngãi province, version 3\.0/);
    expect(r.data!.sourceDocuments.map((d) => d.shortTitle)).toEqual([
      'Kiến trúc CQĐT tỉnh Quảng Ngãi 3.0',
      'Kế hoạch phát triển Chính quyền số tỉnh Quảng Ngãi 2026 - 2030',
      'Kế hoạch triển khai Kiến trúc CQĐT 2.0 tại xã Hành Minh',
      'Kiến trúc CQĐT tỉnh Quảng Nam 2.0',
    ]);
  });

  it('names are stored NFC-normalised', () => {
    for (const n of graph.nodes.values()) expect(n.name, n.id).toBe(n.name.normalize('NFC'));
  });

  it('holds exactly the nodes extracted, per kind', () => {
    const counts: Record<string, number> = {};
    for (const n of graph.nodes.values()) counts[n.kind] = (counts[n.kind] ?? 0) + 1;
    // Extracted from the four documents (fixtures/documents), the eleven appraisal rules of 003 §6
    // included; README "What the graph holds".
    expect(counts).toEqual({
      Agency: 42,
      AgencyGroup: 22,
      AppraisalRule: 11,
      Architecture: 7,
      ArchitectureLayer: 41,
      Component: 87,
      ComponentGroup: 29,
      DataDomain: 22,
      Indicator: 21,
      LegalDocument: 48,
      NationalDatabase: 13,
      Network: 10,
      Plan: 2,
      SharedService: 7,
      Task: 59,
    });
  });

  it('holds the tasks, indicators and national databases the documents list', () => {
    const count = (kind: string, prefix = '') => [...graph.nodes.values()].filter((n) => n.kind === kind && n.id.startsWith(prefix)).length;
    expect(count('Task', 'task:000-')).toBe(16);
    expect(count('Task', 'task:001-')).toBe(43);
    expect(count('Indicator', 'indicator:001-')).toBe(21);
    // 000 PL I 3.1 lists twelve; 002 adds đất đai.
    expect(count('NationalDatabase')).toBeGreaterThanOrEqual(13);
    for (const id of ['ndb:dan-cu', 'ndb:dang-ky-doanh-nghiep', 'ndb:dat-dai', 'ndb:ho-tich', 'ndb:bao-hiem', 'ndb:can-bo-cong-chuc-vien-chuc'])
      expect(graph.nodes.has(id), id).toBe(true);
  });

  it('links architectures, versions and plans as the documents state', async () => {
    const r = await gql<{ node: { supersedes: { id: string }[]; conformsTo: { id: string }[]; includes: { id: string }[] } }>(
      yoga,
      '{ node(id: "arch:qng-3.0") { ... on Architecture { supersedes { id } conformsTo { id } includes { id } } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.node.supersedes.map((n) => n.id)).toContain('arch:qng-2.0');
    expect(r.data!.node.conformsTo.map((n) => n.id)).toContain('arch:khung-cpdt-3.0');
    expect(r.data!.node.includes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['component:qng-lgsp', 'component:qng-httt-gq-tthc', 'ndb:dan-cu', 'component:ndxp']),
    );
    const plan = await gql<{ node: { implements: { id: string }[] } }>(yoga, '{ node(id: "plan:hanh-minh-kt-2.0") { ... on Plan { implements { id } } } }');
    expect(plan.data!.node.implements.map((n) => n.id)).toContain('arch:qng-2.0');
  });

  it('3.0 merges the public-service portal and the one-stop system into HTTT giải quyết TTHC', async () => {
    const r = await gql<{ node: { mergedFrom: { id: string }[] } }>(
      yoga,
      '{ node(id: "component:qng-httt-gq-tthc") { ... on Component { mergedFrom { id } } } }',
    );
    expect(r.data!.node.mergedFrom.map((n) => n.id).sort()).toEqual(['component:qng-cong-dvc', 'component:qng-mot-cua-dien-tu']);
    const statuses = await gql<{ node: { relationships: { type: string; status: string; node: { id: string } }[] } }>(
      yoga,
      '{ node(id: "arch:qng-3.0") { relationships(direction: OUT, types: ["INCLUDES"]) { status node { id } } } }',
    );
    const status = (id: string) => statuses.data!.node.relationships.find((x) => x.node.id === id)?.status;
    expect(status('component:qng-cong-dvc')).toBe('merged');
    expect(status('component:qng-mot-cua-dien-tu')).toBe('merged');
  });

  it('connects LGSP to NDXP for Quảng Ngãi and to NGSP/VDXP for Quảng Nam', async () => {
    const out = async (id: string) => {
      const r = await gql<{ node: { relationships: { node: { id: string } }[] } }>(
        yoga,
        'query($id: ID!) { node(id: $id) { relationships(direction: OUT, types: ["CONNECTS_TO", "INTEGRATES_VIA"]) { node { id } } } }',
        { id },
      );
      return r.data!.node.relationships.map((x) => x.node.id);
    };
    expect(await out('component:qng-lgsp')).toContain('component:ndxp');
    expect(await out('component:qng-lgsp')).not.toContain('component:vdxp');
    expect(await out('component:qnam-lgsp')).toEqual(expect.arrayContaining(['component:ndxp', 'component:vdxp']));
  });

  it('keeps the documents’ typos as aliases of the right entity', () => {
    const aliases = (id: string) => (graph.nodes.get(id)?.aliases as string[] | undefined) ?? [];
    expect(aliases('component:qng-thu-dien-tu-cong-vu').join('|')).toMatch(/Thu điện tử/);
    expect(aliases('component:he-thong-mang-dau-thau-quoc-gia').join('|')).toMatch(/đầu thầu/);
  });
});
