/**
 * Duplication, reuse candidates, appraisal and impact diff through GraphQL (yoga.fetch, no
 * port), on the documents and the Quảng Ngãi example applications (fixtures/examples), and the
 * sample proposals of fixtures/proposals.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../server/src/config/config.js';
import { Appraisals } from '../server/src/appraisal/appraisal.js';
import { RuleContext, scanCatalogue } from '../server/src/appraisal/checks.js';
import type { Resource, Subject } from '../server/src/appraisal/types.js';
import { gql, testApp, testDb } from './setup/db.js';

const db = testDb();
const yoga = testApp(db);
const proposal = (file: string) => JSON.parse(readFileSync(join(ROOT, 'fixtures', 'proposals', file), 'utf8')).proposal;
const SAMPLE = proposal('qnam-tiep-nhan-ho-so-truc-tuyen.json');
const CONFORMING = proposal('qng-quan-ly-tai-san-cong.json');
const ALL = '[stated, inferred, example]';

beforeAll(() => db.autoCommit('test/delete-test-nodes'));
afterAll(async () => {
  await db.autoCommit('test/delete-test-nodes');
  await db.close();
});

const FINDING =
  'id ruleCode severity subjects { id name node { id } } messageVi recommendationVi recommendationEn reuseInstead { id name } provenance similarity shared budgetLines rule { id name text sources { document section quote } } evidence { textVi steps { from { id } type to { id } provenance sources { quote } } }';

type F = {
  id: string;
  ruleCode: string;
  severity: string;
  subjects: { id: string; node: { id: string } | null }[];
  reuseInstead: { id: string; name: string }[];
  recommendationVi: string;
  provenance: string;
  budgetLines: string[] | null;
  rule: { id: string; text: string; sources: { document: string; section: string; quote: string }[] };
  evidence: { steps: { type: string; provenance: string | null }[] }[];
};

describe('appraisal rules as data', () => {
  it('lists the eleven rules in order, each citing Quảng Nam 2.0 §6 or the principle it derives from', async () => {
    const r = await gql<{
      appraisalRules: {
        id: string;
        code: string;
        order: number;
        severity: string;
        provenance: string;
        sources: { document: string; section: string }[];
        statedIn: { id: string }[];
      }[];
    }>(yoga, '{ appraisalRules { id ... on AppraisalRule { code order severity provenance sources { document section } statedIn { id } } } }');
    expect(r.errors).toBeUndefined();
    const rules = r.data!.appraisalRules;
    expect(rules.map((x) => x.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (const rule of rules) {
      expect(rule.sources.length).toBeGreaterThan(0);
      expect(rule.sources[0].document).toBe('003_60dda40e9fc55daa.txt');
      expect(rule.statedIn.map((a) => a.id)).toEqual(['arch:qnam-2.0']);
    }
    expect(rules.filter((x) => x.provenance === 'inferred').map((x) => x.code)).toEqual(['overlap', 'same-system-twice']);
  });
});

describe('duplication over the catalogue', () => {
  it('finds nothing on what the documents state alone (they describe no violation)', async () => {
    const r = await gql<{ duplication: F[] }>(yoga, `{ duplication { id } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.duplication).toEqual([]);
  });

  it('on the Quảng Ngãi example applications, finds exactly the planted cases, high severity first, each marked example', async () => {
    const r = await gql<{ duplication: F[] }>(yoga, `{ duplication(scope: { architecture: "arch:qng-3.0", provenance: ${ALL} }) { ${FINDING} } }`);
    expect(r.errors).toBeUndefined();
    const ids = r.data!.duplication.map((f) => f.id);
    expect(ids).toEqual([
      'rebuilds-national-data:component:qng-ex-ho-so-suc-khoe:domain:dan-cu',
      'rebuilds-national-data:component:qng-ex-lao-dong-viec-lam:domain:lao-dong-viec-lam',
      'reimplements-shared-service:component:qng-ex-ho-so-suc-khoe:service:sso',
      'reimplements-shared-service:component:qng-ex-phan-he-xac-thuc:service:e-identity',
      'hosted-outside-datacentre:component:qng-ex-ho-so-suc-khoe',
      'bypasses-lgsp:component:qng-ex-quan-ly-giao-duc:component:qng-ex-ho-so-suc-khoe',
      'bypasses-lgsp:component:qng-ex-thong-tin-dat-dai:ndb:dat-dai',
      'hosted-outside-datacentre:component:qng-ex-thu-bhxh',
      'no-data-sharing:component:qng-ex-ho-so-suc-khoe',
      'overlap:component:qng-ex-ho-so-suc-khoe+component:qng-ex-tiem-chung',
      'same-system-twice:component:qng-ex-ho-so-suc-khoe+component:qng-ex-httt-ho-so-suc-khoe',
    ]);
    for (const f of r.data!.duplication) {
      expect(f.provenance).toBe('example');
      expect(f.rule.id).toBe(`rule:${f.ruleCode}`);
      expect(f.subjects[0].node?.id).toBe(f.subjects[0].id);
    }
    const dc = r.data!.duplication[0];
    expect(dc.recommendationVi).toBe(
      'Tái sử dụng CSDL quốc gia về Dân cư qua Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) tỉnh Quảng Ngãi; không xây dựng lại miền dữ liệu Dân cư.',
    );
    // The authority of the national database over the subject is an inferred fact; the holding is example data.
    expect(dc.evidence[0].steps.map((s) => `${s.type}:${s.provenance}`)).toEqual(['HOLDS_DATA:example', 'AUTHORITATIVE_FOR:inferred']);
  });

  it('which apps should reuse LGSP, and the population database, and why', async () => {
    const q = `query($r: ID!) { reuseCandidates(resource: $r, provenance: ${ALL}) { subject { id } findings { ruleCode } } }`;
    const lgsp = await gql<{ reuseCandidates: { subject: { id: string }; findings: { ruleCode: string }[] }[] }>(yoga, q, { r: 'component:qng-lgsp' });
    expect(lgsp.errors).toBeUndefined();
    expect(Object.fromEntries(lgsp.data!.reuseCandidates.map((c) => [c.subject.id, c.findings.map((f) => f.ruleCode).sort()]))).toEqual({
      'component:qng-ex-ho-so-suc-khoe': ['no-data-sharing', 'rebuilds-national-data'],
      'component:qng-ex-lao-dong-viec-lam': ['rebuilds-national-data'],
      'component:qng-ex-quan-ly-giao-duc': ['bypasses-lgsp'],
      'component:qng-ex-thong-tin-dat-dai': ['bypasses-lgsp'],
    });
    const danCu = await gql<{ reuseCandidates: { subject: { id: string } }[] }>(yoga, q, { r: 'ndb:dan-cu' });
    expect(danCu.data!.reuseCandidates.map((c) => c.subject.id)).toEqual(['component:qng-ex-ho-so-suc-khoe']);
  });

  it('the national scan, run province by province, finds exactly the per-province scans plus a scan of the entries of no province', async () => {
    const appraisals = new Appraisals(db);
    const ALL = ['stated', 'inferred', 'example'];
    const national = await appraisals.duplication({ provenance: ALL });
    const provinces = (await db.read('appraisal/component-provinces', {})).map((r) => r.province as string);
    expect(provinces).toContain('Quảng Ngãi');
    const perProvince = (await Promise.all(provinces.map((province) => appraisals.duplication({ province, provenance: ALL })))).flat();
    const ctx = new RuleContext((await db.read('appraisal/context', { provenance: ALL })) as unknown as Resource[]);
    const unassigned = (await db.read('appraisal/subjects', {
      province: null,
      architecture: null,
      agency: null,
      unassigned: true,
      provenance: ALL,
    })) as unknown as Subject[];
    expect(unassigned.every((s) => s.province === null)).toBe(true);
    const expected = [...perProvince, ...scanCatalogue(unassigned, ctx)].map((f) => f.id).sort();
    expect(national.length).toBeGreaterThan(0);
    expect(national.map((f) => f.id).sort()).toEqual(expected);
  });

  it('subjects-in-province (the index-seeking copy) returns exactly what subjects returns for each province', async () => {
    const ALL = ['stated', 'inferred', 'example'];
    for (const r of await db.read('appraisal/component-provinces', {})) {
      const a = await db.read('appraisal/subjects', { province: r.province, architecture: null, agency: null, unassigned: false, provenance: ALL });
      const b = await db.read('appraisal/subjects-in-province', { province: r.province, provenance: ALL });
      expect(b).toEqual(a);
    }
  });

  it('unknown scope ids and rules are refused with a typed error', async () => {
    const r = await gql(yoga, '{ duplication(scope: { architecture: "arch:nope" }) { id } }');
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const r2 = await gql(yoga, '{ duplication(scope: { rules: ["nope"] }) { id } }');
    expect(r2.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
  });
});

const REPORT = `id name appraisedAt owner { id name } province requestedTotal unfundedTotal
  findings { ${FINDING} } reuse { ruleCode use { id name } reasonVi }
  unfundedBudgetLines { name amount ruleCode reasonVi }
  conformance { verdict rulesChecked rulesFailed rulesPassed summaryVi summaryEn }`;

describe('appraise', () => {
  it('the sample proposal: SSO, e-payment and signature rebuilds with the platforms to reuse, those modules unfunded, does not conform', async () => {
    const r = await gql<{
      appraise: {
        findings: F[];
        reuse: { ruleCode: string; use: { id: string }[] }[];
        unfundedBudgetLines: { name: string; amount: number; ruleCode: string }[];
        unfundedTotal: number;
        conformance: { verdict: string; rulesFailed: string[] };
      };
    }>(yoga, `mutation($p: ProposalInput!) { appraise(proposal: $p, provenance: ${ALL}) { ${REPORT} } }`, { p: SAMPLE });
    expect(r.errors).toBeUndefined();
    const a = r.data!.appraise;
    const rebuilt = a.findings.filter((f) => f.ruleCode === 'reimplements-shared-service');
    expect(Object.fromEntries(rebuilt.map((f) => [f.id.split(':').slice(3).join(':'), f.reuseInstead.map((x) => x.id).sort()]))).toEqual({
      'service:sso': ['component:qnam-nen-tang-xac-thuc-dinh-danh', 'group:qnam-nen-tang-so-dung-chung'],
      'service:e-payment': ['component:qnam-nen-tang-thanh-toan', 'group:qnam-nen-tang-so-dung-chung'],
      'service:digital-signature': ['group:qnam-nen-tang-so-dung-chung'],
    });
    for (const f of rebuilt) expect(f.rule.text).toContain('không bố trí kinh phí và chỉ tính kinh phí tích hợp');
    expect(a.unfundedBudgetLines.map((l) => l.name).sort()).toEqual([
      'Xây dựng module ký số',
      'Xây dựng module thanh toán trực tuyến',
      'Xây dựng module đăng nhập một lần (SSO)',
    ]);
    expect(a.unfundedTotal).toBe(1430);
    expect(a.conformance.verdict).toBe('DOES_NOT_CONFORM');
    expect(a.conformance.rulesFailed).toEqual(
      expect.arrayContaining([
        'rebuilds-national-data',
        'reimplements-shared-service',
        'bypasses-lgsp',
        'hosted-outside-datacentre',
        'no-data-sharing',
        'transmission-network-unstated',
        'security-level-unstated',
      ]),
    );
    expect(a.reuse.some((x) => x.ruleCode === 'rebuilds-national-data' && x.use.some((u) => u.id === 'ndb:dan-cu'))).toBe(true);
  });

  it('the conforming sample proposal gets no finding', async () => {
    const r = await gql<{ appraise: { findings: F[]; conformance: { verdict: string } } }>(
      yoga,
      `mutation($p: ProposalInput!) { appraise(proposal: $p, provenance: ${ALL}) { ${REPORT} } }`,
      { p: CONFORMING },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.appraise.findings).toEqual([]);
    expect(r.data!.appraise.conformance.verdict).toBe('CONFORMS');
  });

  it('save: true stores a frozen report that appraisals lists and appraisal(id) returns unchanged', async () => {
    const p = { ...SAMPLE, name: 'Đề xuất lưu :test-', ownerAgency: 'agency:qnam-trung-tam-phuc-vu-hanh-chinh-cong' };
    // Saved under a test owner id so the test can clean up: a test agency of Quảng Nam.
    const agency = await gql(
      yoga,
      'mutation { createNode(input: { id: "agency:test-qnam-ttphcc", kind: "Agency", name: "Trung tâm thử nghiệm", province: "Quảng Nam", provenance: example }) { id } }',
    );
    expect(agency.errors).toBeUndefined();
    p.ownerAgency = 'agency:test-qnam-ttphcc';
    const saved = await gql<{ appraise: { id: string; findings: { id: string }[] } }>(
      yoga,
      `mutation($p: ProposalInput!) { appraise(proposal: $p, save: true, provenance: ${ALL}) { ${REPORT} } }`,
      { p },
    );
    expect(saved.errors).toBeUndefined();
    const id = saved.data!.appraise.id;
    expect(id).toMatch(/^appraisal:/);
    const list = await gql<{ appraisals: { totalCount: number; reports: { id: string; name: string }[] } }>(
      yoga,
      '{ appraisals(ownerAgency: "agency:test-qnam-ttphcc") { totalCount reports { id name } } }',
    );
    expect(list.data!.appraisals).toEqual({ totalCount: 1, reports: [{ id, name: 'Đề xuất lưu :test-' }] });
    const again = await gql<{ appraisal: unknown }>(yoga, `query($id: ID!) { appraisal(id: $id) { ${REPORT} } }`, { id });
    expect(again.data!.appraisal).toEqual(saved.data!.appraise);
    const history = await gql<{ history: { operation: string }[] }>(yoga, `{ history(id: "agency:test-qnam-ttphcc") { operation } }`);
    expect(history.data!.history.map((h) => h.operation)).toContain('saveAppraisal');
  });

  it('ids are unique per appraisal, so client caches never merge two reports: A then B, A again, A saved', async () => {
    const Q = `mutation($p: ProposalInput!, $save: Boolean) { appraise(proposal: $p, save: $save, provenance: ${ALL}) { id findings { id subjects { id name } evidence { steps { from { id } to { id } } } } } }`;
    type R = {
      appraise: {
        id: string | null;
        findings: { id: string; subjects: { id: string; name: string }[]; evidence: { steps: { from: { id: string }; to: { id: string } }[] }[] }[];
      };
    };
    const appraise = async (p: object, save = false) => {
      const r = await gql<R>(yoga, Q, { p, save });
      expect(r.errors).toBeUndefined();
      return r.data!.appraise;
    };
    const proposalIds = (a: R['appraise']) =>
      new Set(
        a.findings.flatMap((f) =>
          [...f.subjects, ...f.evidence.flatMap((e) => e.steps.flatMap((s) => [s.from, s.to]))].map((x) => x.id).filter((id) => id.startsWith('proposal')),
        ),
      );
    const a = await appraise(SAMPLE);
    const b = await appraise({ ...SAMPLE, name: 'Đề xuất B: một dự án khác' });
    expect(a.findings.length).toBeGreaterThan(3);
    const [pa, pb] = [proposalIds(a), proposalIds(b)];
    expect(pa.size).toBe(1);
    expect(pb.size).toBe(1);
    expect([...pa][0]).toMatch(/^proposal:[0-9a-f]{20}$/);
    expect([...pa][0]).not.toBe([...pb][0]);
    // No finding id and no proposal end is shared: a normalising cache keeps A's findings naming A.
    const idsA = new Set(a.findings.map((f) => f.id));
    expect(b.findings.filter((f) => idsA.has(f.id))).toEqual([]);
    for (const f of a.findings) expect(f.subjects.filter((s) => s.id.startsWith('proposal')).map((s) => s.name)).toEqual([SAMPLE.name]);
    // The same proposal appraised again answers with the same ids (a hash of the proposal and the provenance used).
    expect((await appraise(SAMPLE)).findings.map((f) => f.id)).toEqual(a.findings.map((f) => f.id));
    const other = await gql<R>(
      yoga,
      `mutation($p: ProposalInput!) { appraise(proposal: $p, provenance: [stated, inferred]) { id findings { id subjects { id name } evidence { steps { from { id } to { id } } } } } }`,
      { p: SAMPLE },
    );
    expect([...proposalIds(other.data!.appraise)][0]).not.toBe([...pa][0]);
  });

  it('a saved appraisal’s proposal takes the saved id; reports saved before ids were unique read back with theirs', async () => {
    const agency = await gql(
      yoga,
      'mutation { createNode(input: { id: "agency:test-qnam-ids", kind: "Agency", name: "Trung tâm thử nghiệm mã", province: "Quảng Nam", provenance: example }) { id } }',
    );
    expect(agency.errors).toBeUndefined();
    const p = { ...SAMPLE, ownerAgency: 'agency:test-qnam-ids' };
    const saved = await gql<{ appraise: { id: string; findings: { id: string; subjects: { id: string }[] }[] } }>(
      yoga,
      `mutation($p: ProposalInput!) { appraise(proposal: $p, save: true, provenance: ${ALL}) { id findings { id subjects { id } } } }`,
      { p },
    );
    expect(saved.errors).toBeUndefined();
    const uuid = saved.data!.appraise.id.replace('appraisal:', '');
    for (const f of saved.data!.appraise.findings) {
      expect(f.subjects[0].id).toBe(`proposal:${uuid}`);
      expect(f.id).toContain(`proposal:${uuid}`);
    }
    const { uniqueProposalIds } = await import('../server/src/appraisal/appraisal.js');
    const legacy = {
      id: 'appraisal:old-1',
      findings: [
        {
          id: 'overlap:component:a+proposal',
          subjects: [
            { id: 'component:a', name: 'A' },
            { id: 'proposal', name: 'P' },
          ],
          reuseInstead: [],
          evidence: [
            {
              textVi: '',
              textEn: '',
              steps: [{ from: { id: 'proposal', name: 'P' }, type: 'HOLDS_DATA', to: { id: 'domain:x', name: 'X' }, provenance: null, sources: [] }],
            },
          ],
        },
      ],
      reuse: [],
    } as never;
    const fixed = uniqueProposalIds(legacy) as unknown as {
      findings: { id: string; subjects: { id: string }[]; evidence: { steps: { from: { id: string } }[] }[] }[];
    };
    expect(fixed.findings[0].id).toBe('overlap:component:a+proposal:old-1');
    expect(fixed.findings[0].subjects.map((s) => s.id)).toEqual(['component:a', 'proposal:old-1']);
    expect(fixed.findings[0].evidence[0].steps[0].from.id).toBe('proposal:old-1');
  });

  it('a bad proposal is refused with located problems in extensions', async () => {
    const r = await gql(yoga, `mutation($p: ProposalInput!) { appraise(proposal: $p) { id } }`, {
      p: { ...CONFORMING, ownerAgency: 'agency:nope', securityLevel: 0 },
    });
    expect(r.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    const problems = r.errors?.[0].extensions?.problems as { where: string }[];
    expect(problems.map((p) => p.where).sort()).toEqual(['proposal.ownerAgency', 'proposal.securityLevel']);
  });
});

describe('impactDiff', () => {
  it('lists the links a proposal adds and how many more dependents each target gets', async () => {
    const r = await gql<{
      impactDiff: {
        links: { type: string; target: { id: string }; change: string }[];
        newlyNeeded: { id: string }[];
        dependents: { node: { id: string }; before: number; after: number }[];
      };
    }>(
      yoga,
      'query($p: ProposalInput!) { impactDiff(proposal: $p) { links { type target { id } change } newlyNeeded { id } dependents { node { id } before after } } }',
      { p: CONFORMING },
    );
    expect(r.errors).toBeUndefined();
    const d = r.data!.impactDiff;
    expect(d.links.map((l) => `${l.change} ${l.type} ${l.target.id}`)).toEqual(
      expect.arrayContaining([
        'ADDED USES_DATA_FROM ndb:tai-chinh',
        'ADDED INTEGRATES_VIA component:qng-lgsp',
        'ADDED HOSTED_ON component:qng-trung-tam-du-lieu',
        'ADDED CONNECTED_OVER network:tslcd',
        'ADDED USES_SERVICE service:sso',
      ]),
    );
    const tc = d.dependents.find((x) => x.node.id === 'ndb:tai-chinh')!;
    expect(tc.after).toBe(tc.before + 1);
    expect(d.newlyNeeded.map((n) => n.id)).toContain('ndb:tai-chinh');
  });

  it('against a baseline system, links both have are unchanged and links only the baseline has are removed', async () => {
    const r = await gql<{ impactDiff: { baseline: { id: string }; links: { type: string; target: { id: string }; change: string }[] } }>(
      yoga,
      `query($p: ProposalInput!) { impactDiff(proposal: $p, baseline: "component:qng-ex-ho-tich", provenance: ${ALL}) { baseline { id } links { type target { id } change } } }`,
      { p: CONFORMING },
    );
    expect(r.errors).toBeUndefined();
    const changes = r.data!.impactDiff.links.map((l) => `${l.change} ${l.type} ${l.target.id}`);
    expect(changes).toEqual(
      expect.arrayContaining([
        'UNCHANGED INTEGRATES_VIA component:qng-lgsp',
        'UNCHANGED HOSTED_ON component:qng-trung-tam-du-lieu',
        'REMOVED USES_DATA_FROM ndb:ho-tich',
        'ADDED USES_DATA_FROM ndb:tai-chinh',
      ]),
    );
  });
});
