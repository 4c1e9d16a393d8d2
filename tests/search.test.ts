/**
 * Search as people type it: with and without diacritics, đ as d, both tone-mark styles,
 * abbreviations and old names, English, legal numbers written loosely. Each row: the query and
 * the node that must come first (or be among the first N when several are equally right).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { parseQuery } from '../server/src/search/query.js';
import { gql, testApp, testDb } from './setup/db.js';

const db = testDb();
const yoga = testApp(db);
afterAll(() => db.close());

type Row = [query: string, expected: string, within?: number, kinds?: string[]];
const TABLE: Row[] = [
  // Without diacritics, đ typed as d.
  ['dan cu', 'ndb:dan-cu'],
  ['co so du lieu quoc gia ve dan cu', 'ndb:dan-cu'],
  ['CSDL quoc gia ve dan cu', 'ndb:dan-cu'],
  ['dang ky doanh nghiep', 'ndb:dang-ky-doanh-nghiep'],
  ['CSDL dat dai', 'ndb:dat-dai'],
  ['ho tich dien tu', 'ndb:ho-tich'],
  ['CSDL ho tich', 'ndb:ho-tich'],
  ['can bo cong chuc vien chuc', 'ndb:can-bo-cong-chuc-vien-chuc', 2], // the data subject of that name ranks with it
  ['trung tam du lieu tinh Quang Ngai', 'component:qng-trung-tam-du-lieu'],
  ['Cổng dịch vụ công quốc gia', 'component:cong-dvc-quoc-gia'],
  ['cong dich vu cong quoc gia', 'component:cong-dvc-quoc-gia'],
  ['dinh danh va xac thuc dien tu', 'component:nen-tang-dinh-danh-xac-thuc', 3], // service, system and platform share the name
  ['giai quyet thu tuc hanh chinh', 'component:qng-httt-gq-tthc'],
  // Abbreviations and old names.
  ['LGSP', 'component:qng-lgsp', 2],
  ['LGSP', 'component:qnam-lgsp', 2],
  ['NGSP', 'component:ndxp'],
  ['NDXP', 'component:ndxp'],
  ['VDXP', 'component:vdxp'],
  ['TSLCD', 'network:tslcd'],
  ['Cổng DVCQG', 'component:cong-dvc-quoc-gia'],
  ['HTTT giai quyet TTHC', 'component:qng-httt-gq-tthc'],
  ['Sở KH&CN', 'agency:qng-so-khoa-hoc-va-cong-nghe'],
  ['Sở TTTT Quảng Nam', 'agency:qnam-so-thong-tin-va-truyen-thong'],
  ['EMC', 'component:emc'],
  ['QLVB', 'component:qng-qlvb', 2],
  // Typos kept as aliases.
  ['Thu dien tu cong vu', 'component:qng-thu-dien-tu-cong-vu'],
  ['mang dau thau quoc gia', 'component:he-thong-mang-dau-thau-quoc-gia'],
  // Both tone-mark styles.
  ['Uỷ ban nhân dân tỉnh Quảng Ngãi', 'agency:qng-ubnd-tinh'],
  ['Ủy ban nhân dân tỉnh Quảng Ngãi', 'agency:qng-ubnd-tinh'],
  ['Cục Tin học hoá', 'agency:cuc-tin-hoc-hoa'],
  ['Cục Tin học hóa', 'agency:cuc-tin-hoc-hoa'],
  // English.
  ['population database', 'ndb:dan-cu'],
  ['business registration database', 'ndb:dang-ky-doanh-nghiep'],
  ['national public service portal', 'component:cong-dvc-quoc-gia'],
  ['provincial data centre Quang Ngai', 'component:qng-trung-tam-du-lieu'],
  // Legal numbers written loosely.
  ['QD 2568', 'law:2568-qd-btttt'],
  ['2568/QĐ-BTTTT', 'law:2568-qd-btttt'],
  ['Quyết định 2568', 'law:2568-qd-btttt'],
  ['quyet dinh 1729', 'law:1729-qd-btttt'],
  ['ND 59/2022', 'law:59-2022-nd-cp'],
  // A province in the query boosts its entities.
  ['LGSP Quảng Nam', 'component:qnam-lgsp'],
  ['LGSP Quang Ngai', 'component:qng-lgsp'],
  ['SOC Quảng Nam', 'component:qnam-soc'],
  // Kind filter.
  ['dan cu', 'domain:dan-cu', 1, ['DataDomain']],
  // Versions and numbers are words: "2.0" is one token in the index, not "2" and "0" (issue 22).
  ['kien truc quang ngai 2.0', 'arch:qng-2.0'],
  ['quang ngai 2.0', 'arch:qng-2.0', 3],
  ['phien ban 2.0', 'arch:qng-2.0', 5],
  ['2.0', 'arch:qng-2.0', 10],
  ['CQĐT 3.0 Quảng Ngãi', 'arch:qng-3.0'],
  ['59/2022', 'law:59-2022-nd-cp'],
  // Ten more of the same family.
  ['kien truc CQDT Quang Nam 2.0', 'arch:qnam-2.0'],
  ['Quảng Nam phiên bản 1.0', 'arch:qnam-1.0'],
  ['khung kien truc CPDT 3.0', 'arch:khung-cpdt-3.0'],
  ['Khung kiến trúc Chính phủ điện tử 2.0', 'arch:khung-cpdt-2.0'],
  ['kien truc 2,0 Quang Ngai', 'arch:qng-2.0'],
  ['Nghị định 59/2022/NĐ-CP', 'law:59-2022-nd-cp'],
  ['2126/QĐ-UBND', 'law:2126-qd-ubnd'],
  ['QD 2126 kien truc 2.0', 'law:2126-qd-ubnd'],
  ['CPĐT 3.0', 'arch:khung-cpdt-3.0', 3],
  ['kiến trúc 3.0 Quảng Ngãi', 'arch:qng-3.0'],
  ['Kiến trúc tổng thể CQĐT 1.0', 'arch:qng-1.0'],
];

describe('search', () => {
  it.each(TABLE)('"%s" finds %s', async (text, expected, within = 1, kinds) => {
    const r = await gql<{ search: { node: { id: string }; matched: string | null; score: number }[] }>(
      yoga,
      'query($text: String!, $kinds: [String!]) { search(text: $text, kinds: $kinds, first: 10) { score matched node { id name kind } } }',
      { text, kinds: kinds ?? null },
    );
    expect(r.errors).toBeUndefined();
    const ids = r.data!.search.map((h) => h.node.id);
    expect(ids.slice(0, within), `top hits: ${ids.slice(0, 5).join(', ')}`).toContain(expected);
  });

  it('keeps versions apart: "kien truc quang ngai 2.0" lists 2.0, never 3.0; "3.0" the other way', async () => {
    const ids = async (text: string) =>
      (
        await gql<{ search: { node: { id: string } }[] }>(yoga, 'query($t: String!) { search(text: $t, first: 50) { node { id } } }', { t: text })
      ).data!.search.map((h) => h.node.id);
    const two = await ids('kien truc quang ngai 2.0');
    expect(two).toContain('arch:qng-2.0');
    expect(two).not.toContain('arch:qng-3.0');
    const three = await ids('kien truc quang ngai 3.0');
    expect(three[0]).toBe('arch:qng-3.0');
    expect(three).not.toContain('arch:qng-2.0');
    // Unversioned, both versions are found.
    expect(await ids('kien truc quang ngai')).toEqual(expect.arrayContaining(['arch:qng-2.0', 'arch:qng-3.0']));
  });

  it('parses versions as one word, sent only inside quotes', () => {
    expect(parseQuery('quang ngai 2.0')!.lucene).toContain('("2.0" OR "2 0")');
    expect(parseQuery('kien truc 2,0')!.tokens).toEqual(['kien', 'truc', '2.0']);
    expect(parseQuery('2.0.')!.tokens).toEqual(['2.0']);
    expect(parseQuery('"2.0"')!.lucene).toBe('("2.0" OR "2 0")');
    expect(parseQuery('59/2022')!.tokens).toEqual(['59', '2022']);
  });

  it('gives each hit its province and owner, so two LGSPs or two data centres tell apart', async () => {
    type R = { search: { node: { id: string; province: string | null }; owner: { id: string } | null }[] };
    const lgsp = (await gql<R>(yoga, '{ search(text: "LGSP", first: 5) { node { id province } owner { id } } }')).data!.search;
    const byId = new Map(lgsp.map((h) => [h.node.id, h]));
    expect(byId.get('component:qng-lgsp')!.node.province).toBe('Quảng Ngãi');
    expect(byId.get('component:qnam-lgsp')!.node.province).toBe('Quảng Nam');
    const centre = (await gql<R>(yoga, '{ search(text: "trung tam du lieu Quang Nam", first: 5) { node { id province } owner { id } } }')).data!.search;
    expect(centre.find((h) => h.node.id === 'component:qnam-trung-tam-du-lieu')!.owner?.id).toBe('agency:qnam-so-thong-tin-va-truyen-thong');
    const ndxp = (await gql<R>(yoga, '{ search(text: "NDXP", first: 1) { node { id province } owner { id } } }')).data!.search;
    expect(ndxp[0].owner?.id).toBe('agency:bo-thong-tin-va-truyen-thong');
  });

  it('searchResults pages through every hit with counts per kind and a kind filter', async () => {
    const q =
      'query($t: String!, $k: [String!], $a: String) { searchResults(text: $t, kinds: $k, first: 5, after: $a) { totalCount capped byKind { kind count } pageInfo { hasNextPage endCursor } hits { cursor node { id kind } } } }';
    type R = {
      searchResults: {
        totalCount: number;
        capped: boolean;
        byKind: { kind: string; count: number }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        hits: { cursor: string; node: { id: string; kind: string } }[];
      };
    };
    const first = (await gql<R>(yoga, q, { t: 'quang ngai' })).data!.searchResults;
    expect(first.hits).toHaveLength(5);
    expect(first.totalCount).toBe(first.byKind.reduce((n, k) => n + k.count, 0));
    expect(first.totalCount).toBeGreaterThan(10);
    const seen = new Set(first.hits.map((h) => h.node.id));
    let after = first.pageInfo.endCursor;
    for (let i = 0; i < 3; i++) {
      const next = (await gql<R>(yoga, q, { t: 'quang ngai', a: after })).data!.searchResults;
      for (const h of next.hits) {
        expect(seen.has(h.node.id), h.node.id).toBe(false);
        seen.add(h.node.id);
      }
      after = next.pageInfo.endCursor;
    }
    expect(seen.size).toBe(20);
    // The kind filter: only that kind, and its count from byKind.
    const kind = first.byKind.find((k) => k.count >= 2)!.kind;
    const only = (await gql<R>(yoga, q, { t: 'quang ngai', k: [kind] })).data!.searchResults;
    expect(only.totalCount).toBe(first.byKind.find((k) => k.kind === kind)!.count);
    expect(only.hits.every((h) => h.node.kind === kind)).toBe(true);
    const bad = await gql(yoga, '{ searchResults(text: "x", after: "nope") { totalCount } }');
    expect(bad.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('returns the matched surface form and scores in descending order', async () => {
    const r = await gql<{ search: { node: { id: string }; matched: string; score: number }[] }>(yoga, '{ search(text: "NGSP") { score matched node { id } } }');
    expect(r.data!.search[0].matched).toBe('NGSP');
    const scores = r.data!.search.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('treats Lucene syntax in user text as plain text', async () => {
    for (const text of ['LGSP AND (', '*:*', 'name:"x" OR 1=1', '\\"; MATCH (n) DETACH DELETE n //', '~~~', '']) {
      const r = await gql(yoga, 'query($t: String!) { search(text: $t) { node { id } } }', { t: text });
      expect(r.errors, text).toBeUndefined();
    }
    expect(parseQuery('*:*')).toBeNull();
    expect(parseQuery('LGSP AND (')!.lucene).toMatch(/^[a-z0-9 ()*~"|OR AND]+$/);
    // A dot appears only between digits, inside a quoted phrase.
    expect(parseQuery('1.0" OR *:* "2.0')!.lucene).toBe('("1.0" OR "1 0") AND ("2.0" OR "2 0")');
  });

  it('refuses unknown kinds with VALIDATION_FAILED', async () => {
    const r = await gql(yoga, '{ search(text: "LGSP", kinds: ["Nope"]) { node { id } } }');
    expect(r.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
  });
});
