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
  });

  it('refuses unknown kinds with VALIDATION_FAILED', async () => {
    const r = await gql(yoga, '{ search(text: "LGSP", kinds: ["Nope"]) { node { id } } }');
    expect(r.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
  });
});
