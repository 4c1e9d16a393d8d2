/**
 * Reports an appraiser can sign, through GraphQL (yoga.fetch, no port): rule sets carry their
 * jurisdiction as data and a report says whether its rules bind the proposal or are a reference;
 * every finding reads in plain words (relationships translated, agencies named, no raw ids, no
 * type codes, no "Jaccard"), cites documents by title and never by file name, names what to reuse
 * with its province or "quốc gia", lists the items compared by name, and says when it rests on
 * example data; scans, reports and impact say how many more results example data would add.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../server/src/config/config.js';
import { gql, testApp, testDb } from './setup/db.js';

const db = testDb();
const yoga = testApp(db);
const proposal = (file: string) => JSON.parse(readFileSync(join(ROOT, 'fixtures', 'proposals', file), 'utf8')).proposal;
const SAMPLE = proposal('qnam-tiep-nhan-ho-so-truc-tuyen.json');
const CONFORMING = proposal('qng-quan-ly-tai-san-cong.json');

beforeAll(() => db.autoCommit('test/delete-test-nodes'));
afterAll(async () => {
  await db.autoCommit('test/delete-test-nodes');
  await db.close();
});

const SOURCE = 'document citation section quote';
const END = 'id name agencies province national';
const FINDING = `id ruleCode messageVi messageEn recommendationVi recommendationEn restsOnExamples provenance similarity
  subjects { ${END} } reuseInstead { ${END} } compared { kind name side }
  rule { id ... on AppraisalRule { text } sources { ${SOURCE} } }
  evidence { textVi textEn steps { type relationVi relationEn textVi textEn from { ${END} } to { ${END} } sources { ${SOURCE} } } }`;
const RULE_SET = 'id name jurisdiction citation binding noteVi noteEn';

interface End {
  id: string;
  name: string;
  agencies: string[];
  province: string | null;
  national: boolean;
}
interface Src {
  document: string;
  citation: string | null;
  section: string;
  quote: string;
}
interface F {
  id: string;
  ruleCode: string;
  messageVi: string;
  messageEn: string;
  recommendationVi: string;
  recommendationEn: string;
  restsOnExamples: boolean;
  provenance: string;
  similarity: number | null;
  subjects: End[];
  reuseInstead: End[];
  compared: { kind: string; name: string; side: 'BOTH' | 'FIRST' | 'SECOND' }[];
  rule: { id: string; text: string; sources: Src[] };
  evidence: {
    textVi: string;
    textEn: string;
    steps: { type: string; relationVi: string; relationEn: string; textVi: string; textEn: string; from: End; to: End; sources: Src[] }[];
  }[];
}
interface RuleSetOut {
  id: string;
  name: string;
  jurisdiction: string | null;
  citation: string | null;
  binding: boolean;
  noteVi: string;
  noteEn: string;
}

/** Raw ids, relationship type codes, jargon and file names: none of them may reach a reader. */
const UNREADABLE = /\b(component|domain|ndb|service|agency|arch|proposal):[a-z0-9-]|\b[A-Z]+(_[A-Z]+)+\b|Jaccard|Dice|\.txt\b|\.md\b/;

/** Everything a finding shows a reader, as one text. */
function readerText(f: F): string {
  return [
    f.messageVi,
    f.recommendationVi,
    f.rule.text,
    ...f.rule.sources.map((s) => `${s.citation} ${s.section} ${s.quote}`),
    ...f.evidence.flatMap((e) => [
      e.textVi,
      ...e.steps.flatMap((s) => [s.relationVi, s.textVi, s.from.name, s.to.name, ...s.sources.map((x) => `${x.citation} ${x.section} ${x.quote}`)]),
    ]),
    ...f.subjects.map((s) => `${s.name} ${s.agencies.join(' ')}`),
    ...f.reuseInstead.map((r) => `${r.name} ${r.province ?? ''}`),
    ...f.compared.map((c) => c.name),
  ].join('\n');
}

function expectSignable(f: F) {
  const text = readerText(f);
  expect(text, f.id).not.toMatch(UNREADABLE);
  expect(f.rule.text.length, f.id).toBeGreaterThan(20);
  expect(f.rule.sources.length, f.id).toBeGreaterThan(0);
  for (const s of [...f.rule.sources, ...f.evidence.flatMap((e) => e.steps.flatMap((x) => x.sources))]) {
    // Cited by title (with issuer and date), never by file name; the quote verbatim.
    expect(s.citation, f.id).toBeTruthy();
    expect(s.citation, f.id).not.toBe(s.document);
    expect(s.quote.length, f.id).toBeGreaterThan(0);
  }
  for (const e of f.evidence) {
    expect(e.textVi.length, f.id).toBeGreaterThan(0);
    for (const s of e.steps) {
      expect(s.relationVi, `${f.id} ${s.type}`).not.toBe(s.type);
      expect(s.relationVi, `${f.id} ${s.type}`).not.toMatch(/_/);
      expect(s.textVi, f.id).toContain(s.relationVi);
    }
  }
  // A platform, database or centre to reuse is a node, placed: its province, or national (a twin's
  // record to keep is the system itself, named with its agency above).
  if (f.ruleCode !== 'same-system-twice') for (const r of f.reuseInstead) expect(r.national || r.province !== null, `${f.id} ${r.id}`).toBe(true);
  expect(f.restsOnExamples, f.id).toBe(f.provenance === 'example');
}

describe('rule sets carry their jurisdiction as data', () => {
  it("lists Quảng Nam 2.0's rules as Quảng Nam's guidance, cited by title", async () => {
    const r = await gql<{ appraisalRuleSets: { id: string; name: string; jurisdiction: string | null; citation: string; rules: { id: string }[] }[] }>(
      yoga,
      '{ appraisalRuleSets { id name jurisdiction citation rules { id } } }',
    );
    expect(r.errors).toBeUndefined();
    const [set, ...more] = r.data!.appraisalRuleSets;
    expect(more).toEqual([]);
    expect(set.id).toBe('arch:qnam-2.0');
    expect(set.jurisdiction).toBe('Quảng Nam');
    expect(set.citation).toContain('Quảng Nam');
    expect(set.citation).not.toMatch(/\.txt|\.md/);
    expect(set.rules).toHaveLength(11);
  });

  it('a Quảng Nam proposal: binding; a Quảng Ngãi one: for reference only, said in the header; the rule set can be named; an unknown one is refused', async () => {
    const q = `mutation($p: ProposalInput!, $r: ID) { appraise(proposal: $p, ruleSet: $r) { ruleSet { ${RULE_SET} } findings { id } } }`;
    const own = await gql<{ appraise: { ruleSet: RuleSetOut } }>(yoga, q, { p: SAMPLE });
    expect(own.errors).toBeUndefined();
    expect(own.data!.appraise.ruleSet).toMatchObject({ id: 'arch:qnam-2.0', jurisdiction: 'Quảng Nam', binding: true });
    expect(own.data!.appraise.ruleSet.noteVi).toContain('hướng dẫn chính thức của Quảng Nam');

    const other = await gql<{ appraise: { ruleSet: RuleSetOut } }>(yoga, q, { p: CONFORMING });
    expect(other.errors).toBeUndefined();
    expect(other.data!.appraise.ruleSet.binding).toBe(false);
    expect(other.data!.appraise.ruleSet.noteVi).toMatch(/hướng dẫn của Quảng Nam.*thuộc Quảng Ngãi.*tham khảo/);
    expect(other.data!.appraise.ruleSet.noteEn).toContain('for reference only');

    const named = await gql<{ appraise: { ruleSet: RuleSetOut } }>(yoga, q, { p: CONFORMING, r: 'arch:qnam-2.0' });
    expect(named.data!.appraise.ruleSet.id).toBe('arch:qnam-2.0');

    const bad = await gql(yoga, q, { p: SAMPLE, r: 'arch:khong-co' });
    expect(bad.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(bad.errors?.[0].message).toContain('ruleSet');
  });
});

describe('findings in plain words', () => {
  it("the sample proposal's report: every finding signable, what to reuse named with its province", async () => {
    const r = await gql<{ appraise: { findings: F[]; reuse: { use: End[] }[] } }>(
      yoga,
      `mutation($p: ProposalInput!) { appraise(proposal: $p, provenance: [stated, inferred, example]) { findings { ${FINDING} } reuse { use { ${END} } } } }`,
      { p: SAMPLE },
    );
    expect(r.errors).toBeUndefined();
    const { findings, reuse } = r.data!.appraise;
    expect(findings.length).toBeGreaterThan(3);
    for (const f of findings) expectSignable(f);
    const uses = reuse.flatMap((x) => x.use);
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) expect(u.national || u.province === 'Quảng Nam', u.id).toBe(true);
    expect(uses.map((u) => u.name)).toContain('Nền tảng xác thực định danh dùng chung');
  });

  it('the duplication scan with the example applications: relationships, agencies, overlaps and twins in words', async () => {
    const r = await gql<{ duplication: F[] }>(
      yoga,
      `{ duplication(scope: { architecture: "arch:qng-3.0", provenance: [stated, inferred, example] }) { ${FINDING} } }`,
    );
    expect(r.errors).toBeUndefined();
    const list = r.data!.duplication;
    expect(list).toHaveLength(11);
    for (const f of list) {
      expectSignable(f);
      // Every finding here rests on the illustrative applications, and says so.
      expect(f.restsOnExamples).toBe(true);
      // The system a finding is about, with its agency (a national database it names has none here).
      expect(f.subjects[0].agencies.length, f.id).toBeGreaterThan(0);
    }
    const steps = list.flatMap((f) => f.evidence.flatMap((e) => e.steps));
    expect(steps.find((s) => s.type === 'HOLDS_DATA')?.relationVi).toBe('lưu dữ liệu');
    const rebuild = list.find((f) => f.ruleCode === 'rebuilds-national-data')!;
    expect(rebuild.reuseInstead[0]).toMatchObject({ name: 'CSDL quốc gia về Dân cư', national: true });
    expect(rebuild.evidence[0].textVi).toContain('không khai thác dữ liệu từ CSDL quốc gia về Dân cư');

    const overlap = list.find((f) => f.ruleCode === 'overlap')!;
    expect(overlap.messageVi).toMatch(/trùng \d+% dữ liệu, nghiệp vụ và dịch vụ, có trọng số/);
    expect(overlap.messageVi).toContain(`${Math.round(overlap.similarity! * 100)}%`);
    expect(overlap.compared.filter((c) => c.side === 'BOTH').length).toBeGreaterThan(0);
    for (const c of overlap.compared) expect(['data', 'business', 'builds']).toContain(c.kind);

    const twin = list.find((f) => f.ruleCode === 'same-system-twice')!;
    expect(twin.compared.every((c) => c.kind === 'word')).toBe(true);
    expect(twin.recommendationVi).toMatch(/giữ “[^”]+”/);
  });
});

describe('how many more results example data would add', () => {
  it('duplicationSummary: the findings example data would add, and none when it is included', async () => {
    const q = (p: string) =>
      `{ duplicationSummary(scope: { architecture: "arch:qng-3.0", provenance: ${p} }) { total exampleAdds ruleSet { id jurisdiction } } }`;
    const without = await gql<{ duplicationSummary: { total: number; exampleAdds: number | null; ruleSet: { id: string; jurisdiction: string } } }>(
      yoga,
      q('[stated, inferred]'),
    );
    expect(without.errors).toBeUndefined();
    expect(without.data!.duplicationSummary).toEqual({ total: 0, exampleAdds: 11, ruleSet: { id: 'arch:qnam-2.0', jurisdiction: 'Quảng Nam' } });
    const withEx = await gql<{ duplicationSummary: { total: number; exampleAdds: number | null } }>(yoga, q('[stated, inferred, example]'));
    expect(withEx.data!.duplicationSummary).toMatchObject({ total: 11, exampleAdds: null });
  });

  it("a report's exampleAdds is the findings the same appraisal gets with example data", async () => {
    const q = (p: string) => `mutation($p: ProposalInput!) { appraise(proposal: $p, provenance: ${p}) { exampleAdds findings { id } } }`;
    const p = {
      ...CONFORMING,
      name: 'HTTT quản lý hồ sơ sức khỏe điện tử',
      ownerAgency: 'agency:qng-so-y-te',
      businessDomains: ['domain:y-te'],
      dataDomains: ['domain:y-te'],
    };
    const without = await gql<{ appraise: { exampleAdds: number | null; findings: { id: string }[] } }>(yoga, q('[stated, inferred]'), { p });
    const withEx = await gql<{ appraise: { exampleAdds: number | null; findings: { id: string }[] } }>(yoga, q('[stated, inferred, example]'), { p });
    expect(without.errors).toBeUndefined();
    expect(withEx.errors).toBeUndefined();
    expect(without.data!.appraise.exampleAdds).toBe(withEx.data!.appraise.findings.length - without.data!.appraise.findings.length);
    expect(without.data!.appraise.exampleAdds).toBeGreaterThan(0);
    expect(withEx.data!.appraise.exampleAdds).toBeNull();
  });

  it("impact's exampleAdds is the nodes the same question reaches with example data", async () => {
    const q = (p: string) =>
      `{ impact(id: "component:qng-lgsp", direction: DEPENDENTS, maxDepth: 3, provenance: ${p}, first: 1) { total summary { total exampleAdds } } }`;
    const without = await gql<{ impact: { total: number; summary: { total: number; exampleAdds: number | null } } }>(yoga, q('[stated, inferred]'));
    const withEx = await gql<{ impact: { total: number; summary: { exampleAdds: number | null } } }>(yoga, q('[stated, inferred, example]'));
    expect(without.errors).toBeUndefined();
    expect(withEx.errors).toBeUndefined();
    expect(without.data!.impact.summary.exampleAdds).toBe(withEx.data!.impact.total - without.data!.impact.total);
    expect(without.data!.impact.summary.exampleAdds).toBeGreaterThan(0);
    expect(withEx.data!.impact.summary.exampleAdds).toBeNull();
  });
});
