/**
 * Each appraisal rule on positive and negative cases built for it, in a province of its own
 * ("Tỉnh Thử nghiệm") so the fixtures never interfere: its own LGSP, data centre, SOC, national
 * database and shared services, all with ids containing ":test-" (removed afterwards).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeAndValidate, writeGraph } from '../server/src/fixtures/loader.js';
import { Appraisals } from '../server/src/appraisal/appraisal.js';
import { GraphMutations } from '../server/src/graph/mutations.js';
import type { Finding } from '../server/src/appraisal/types.js';
import { testDb } from './setup/db.js';

const db = testDb();
const appraisals = new Appraisals(db);
const P = 'Tỉnh Thử nghiệm';
const EX = { provenance: 'example' } as const;

type Rec = Record<string, unknown>;
const nodes: Rec[] = [];
const rels: Rec[] = [];
const node = (id: string, kind: string, name: string, props: Rec = {}) => nodes.push({ id, kind, name, ...props, ...EX });
const rel = (type: string, from: string, to: string, props: Rec = {}) => rels.push({ type, from, to, ...props, ...EX });
const app = (slug: string, name: string, owner: string | null = 'agency:test-a', props: Rec = {}) => {
  const id = `component:test-${slug}`;
  node(id, 'Component', name, { componentKind: 'application', level: 'province', province: P, hosting: 'provincial-datacentre', ...props });
  if (owner) rel('OWNED_BY', id, owner);
  return id;
};

const LGSP = 'component:test-lgsp';
const SOC = 'component:test-soc';
const DC = 'component:test-dc';

function scenario() {
  node('agency:test-a', 'Agency', 'Sở Thử nghiệm A', { province: P, level: 'province' });
  node('agency:test-b', 'Agency', 'Sở Thử nghiệm B', { province: P, level: 'province' });
  node(LGSP, 'Component', 'Nền tảng LGSP thử nghiệm', { componentKind: 'platform', level: 'province', province: P, abbreviations: ['LGSP'] });
  node(DC, 'Component', 'Trung tâm dữ liệu thử nghiệm', { componentKind: 'datacentre', level: 'province', province: P });
  node(SOC, 'Component', 'SOC thử nghiệm', { componentKind: 'operations-centre', level: 'province', province: P, abbreviations: ['SOC'] });
  node('component:test-other-pay', 'Component', 'Nền tảng thanh toán tỉnh khác', { componentKind: 'platform', level: 'province', province: 'Tỉnh Khác' });
  node('service:test-data-sharing', 'SharedService', 'Chia sẻ dữ liệu thử nghiệm', { capability: 'data-sharing' });
  node('service:test-sso', 'SharedService', 'Xác thực tập trung thử nghiệm', { capability: 'sso' });
  node('service:test-payment', 'SharedService', 'Thanh toán thử nghiệm', { capability: 'e-payment' });
  rel('PROVIDED_BY', 'service:test-data-sharing', LGSP);
  rel('PROVIDED_BY', 'service:test-sso', LGSP);
  rel('PROVIDED_BY', 'service:test-payment', 'component:test-other-pay');
  node('ndb:test-dan-cu', 'NationalDatabase', 'CSDL quốc gia thử nghiệm về Dân cư', { level: 'national' });
  for (const d of ['dan-cu', 'y-te', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8', 'x9', 'z'])
    node(`domain:test-${d}`, 'DataDomain', `Miền thử nghiệm ${d}`, { domainType: 'data-subject' });
  rel('AUTHORITATIVE_FOR', 'ndb:test-dan-cu', 'domain:test-dan-cu');

  // Rule 1
  rel('HOLDS_DATA', app('r1-pos', 'Ứng dụng R1 dương'), 'domain:test-dan-cu');
  const direct = app('r1-neg-direct', 'Ứng dụng R1 trực tiếp');
  rel('HOLDS_DATA', direct, 'domain:test-dan-cu');
  rel('USES_DATA_FROM', direct, 'ndb:test-dan-cu');
  const via = app('r1-neg-via', 'Ứng dụng R1 qua LGSP');
  rel('HOLDS_DATA', via, 'domain:test-dan-cu');
  rel('USES_DATA_FROM', via, 'ndb:test-dan-cu', { via: LGSP });
  rel('HOLDS_DATA', app('r1-neg-nonauth', 'Ứng dụng R1 dữ liệu ngành'), 'domain:test-y-te');
  // Rule 2
  rel('BUILDS_OWN', app('r2-pos', 'Ứng dụng R2 tự làm SSO'), 'service:test-sso');
  rel('BUILDS_OWN', app('r2-neg-other-province', 'Ứng dụng R2 thanh toán'), 'service:test-payment');
  rel('USES_SERVICE', app('r2-neg-uses', 'Ứng dụng R2 dùng SSO'), 'service:test-sso');
  // Rule 3
  const target = app('r3-target', 'Hệ thống đích của Sở B', 'agency:test-b');
  const target2 = app('r3-target-same', 'Hệ thống đích của Sở A');
  rel('CONNECTS_TO', app('r3-pos', 'Ứng dụng R3 điểm điểm'), target);
  rel('CONNECTS_TO', app('r3-neg-via', 'Ứng dụng R3 qua LGSP'), target, { via: LGSP });
  rel('CONNECTS_TO', app('r3-neg-same-owner', 'Ứng dụng R3 cùng chủ quản'), target2);
  rel('CONNECTS_TO', app('r3-neg-platform', 'Ứng dụng R3 vào LGSP'), LGSP);
  rel('CONNECTS_TO', app('r3-neg-unknown-owner', 'Ứng dụng R3 đích chưa rõ chủ'), app('r3-target-unowned', 'Hệ thống chưa rõ chủ quản', null));
  // Rule 4
  app('r4-pos-high', 'Ứng dụng R4 thuê ngoài', 'agency:test-a', { hosting: 'outside' });
  app('r4-pos-medium', 'Ứng dụng R4 có lý do', 'agency:test-a', { hosting: 'outside', hostingReason: 'yêu cầu riêng của ngành' });
  rel('MONITORED_BY', app('r4-neg-soc', 'Ứng dụng R4 có SOC', 'agency:test-a', { hosting: 'outside', hostingReason: 'yêu cầu riêng của ngành' }), SOC);
  rel('HOSTED_ON', app('r4-neg-dc', 'Ứng dụng R4 tại TTDL'), DC);
  // Rule 6
  rel('HOLDS_DATA', app('r6-pos', 'Ứng dụng R6 đóng'), 'domain:test-y-te');
  const integrates = app('r6-neg-integrates', 'Ứng dụng R6 trên LGSP');
  rel('HOLDS_DATA', integrates, 'domain:test-y-te');
  rel('INTEGRATES_VIA', integrates, LGSP);
  const consumed = app('r6-neg-consumed', 'Ứng dụng R6 được khai thác');
  rel('HOLDS_DATA', consumed, 'domain:test-y-te');
  rel('USES_DATA_FROM', app('r6-consumer', 'Ứng dụng R6 bên khai thác'), consumed, { via: LGSP });
  // Rule 8: three pairs, each with its own three items.
  const pair = (slug: string, ownerB: string, items: string[], link: boolean) => {
    const a = app(`${slug}-a`, `Hệ thống nghiệp vụ ${slug}`);
    const b = app(`${slug}-b`, `Cổng ${slug}`, ownerB);
    for (const id of [a, b]) {
      rel('HOLDS_DATA', id, `domain:test-${items[0]}`);
      rel('HOLDS_DATA', id, `domain:test-${items[1]}`);
      rel('COMPUTERISES', id, `domain:test-${items[2]}`);
    }
    if (link) rel('USES_DATA_FROM', b, a, { via: LGSP });
  };
  pair('r8-pos', 'agency:test-b', ['x1', 'x2', 'x3'], false);
  pair('r8-neg-linked', 'agency:test-b', ['x4', 'x5', 'x6'], true);
  pair('r8-neg-same-owner', 'agency:test-a', ['x7', 'x8', 'x9'], false);
  // Rule 9
  app('r9-pos-a', 'Hệ thống quản lý thư viện số');
  app('r9-pos-b', 'HTTT quản lý thư viện số');
  app('r9-neg-other-owner', 'Hệ thống Quản lý Thư viện số', 'agency:test-b');
  app('r9-tone-a', 'Hệ thống quản lý hoá đơn điện tử');
  app('r9-tone-b', 'Hệ thống quản lý hóa đơn điện tử');
  const old = app('r9-neg-linked-a', 'Phần mềm quản lý kho lưu trữ');
  rel('SUCCEEDED_BY', old, app('r9-neg-linked-b', 'Phần mềm quản lý kho lưu trữ bản mới'));
  // Two online public services of one owner with near-identical names are two procedures, not one system twice.
  app('r9-neg-service-a', 'Dịch vụ cấp giấy phép hoạt động thư viện', 'agency:test-a', { componentKind: 'service' });
  app('r9-neg-service-b', 'Dịch vụ cấp lại giấy phép hoạt động thư viện', 'agency:test-a', { componentKind: 'service' });
}

let findings: Finding[] = [];
const fired = (rule: string) =>
  findings
    .filter((f) => f.rule === rule)
    .map((f) => f.subjects.map((s) => s.id.replace('component:test-', '')).join('+'))
    .sort();

beforeAll(async () => {
  await db.autoCommit('test/delete-test-nodes');
  scenario();
  await writeGraph(db, mergeAndValidate([{ path: 'tests/appraisal-rules', nodes: nodes as never, relationships: rels as never }]));
  findings = await appraisals.duplication({ province: P, provenance: ['example'] });
});

afterAll(async () => {
  await db.autoCommit('test/delete-test-nodes');
  await db.close();
});

describe('appraisal rules over the catalogue', () => {
  it('rule 1 fires on data a national database is authoritative for and not used; silent when used directly, via LGSP, or not national', () => {
    expect(fired('rebuilds-national-data')).toEqual(['r1-pos']);
    const f = findings.find((x) => x.rule === 'rebuilds-national-data')!;
    expect(f.severity).toBe('high');
    expect(f.reuseInstead.map((r) => r.id)).toEqual(['ndb:test-dan-cu', LGSP]);
    // The platform to go through is named with its province; the national database's name says it is national.
    expect(f.recommendationVi).toBe(
      'Tái sử dụng CSDL quốc gia thử nghiệm về Dân cư qua Nền tảng LGSP thử nghiệm (Tỉnh Thử nghiệm); không xây dựng lại miền dữ liệu Miền thử nghiệm dan-cu.',
    );
    expect(f.evidence[0].steps.map((s) => s.type)).toEqual(['HOLDS_DATA', 'AUTHORITATIVE_FOR']);
  });

  it('rule 2 fires on a self-built capability a platform of the province provides; silent for another province’s platform or when the service is used', () => {
    expect(fired('reimplements-shared-service')).toEqual(['r2-pos']);
    const f = findings.find((x) => x.rule === 'reimplements-shared-service')!;
    expect(f.reuseInstead.map((r) => r.id)).toEqual([LGSP]);
    expect(f.evidence[0].steps.map((s) => `${s.type} ${s.to.id}`)).toEqual(['BUILDS_OWN service:test-sso', `PROVIDED_BY ${LGSP}`]);
  });

  it('rule 3 fires on a point-to-point link to another agency’s system or to a national database; silent via LGSP, same owner, to the platform itself, or owner unknown', () => {
    expect(fired('bypasses-lgsp')).toEqual(['r1-neg-direct+ndb:test-dan-cu', 'r3-pos+r3-target']);
    const f = findings.find((x) => x.id === 'bypasses-lgsp:component:test-r3-pos:component:test-r3-target')!;
    expect(f.reuseInstead.map((r) => r.id)).toEqual([LGSP]);
  });

  it('rule 4 is high outside the data centre with no reason, medium with a reason but no SOC, silent with SOC or at the data centre', () => {
    expect(fired('hosted-outside-datacentre')).toEqual(['r4-pos-high', 'r4-pos-medium']);
    const sev = Object.fromEntries(findings.filter((x) => x.rule === 'hosted-outside-datacentre').map((x) => [x.subjects[0].id, x.severity]));
    expect(sev).toEqual({ 'component:test-r4-pos-high': 'high', 'component:test-r4-pos-medium': 'medium' });
  });

  it('rule 6 fires on data nobody can take; silent when integrated via LGSP or consumed', () => {
    // Other scenario entries also hold data nothing takes; the rule 6 cases are the point here.
    const ids = fired('no-data-sharing');
    expect(ids).toContain('r6-pos');
    for (const silent of ['r6-neg-integrates', 'r6-neg-consumed', 'r1-neg-direct-consumer', 'r8-neg-linked-a']) expect(ids).not.toContain(silent);
  });

  it('rule 8 fires on entries of different owners sharing items with no link; silent when linked or same owner', () => {
    expect(fired('overlap')).toEqual(['r8-pos-a+r8-pos-b']);
    const f = findings.find((x) => x.rule === 'overlap')!;
    expect(f.similarity).toBe(1);
    expect(f.shared).toHaveLength(3);
    expect(f.severity).toBe('low');
  });

  it('rule 9 matches names across abbreviations and tone-mark styles with the same owner; silent across owners or when linked', () => {
    expect(fired('same-system-twice')).toEqual(['r9-pos-a+r9-pos-b', 'r9-tone-a+r9-tone-b']);
  });

  it('filters by rule and by owner agency', async () => {
    const only = await appraisals.duplication({ province: P, provenance: ['example'], rules: ['overlap'] });
    expect(new Set(only.map((f) => f.rule))).toEqual(new Set(['overlap']));
    const ofB = await appraisals.duplication({ province: P, provenance: ['example'], agency: 'agency:test-b' });
    expect(
      ofB.every((f) =>
        f.subjects.some((s) =>
          ['component:test-r3-target', 'component:test-r8-pos-b', 'component:test-r8-neg-linked-b', 'component:test-r9-neg-other-owner'].includes(s.id),
        ),
      ),
    ).toBe(true);
  });

  it('never rests on facts outside the provenance asked for', async () => {
    expect(await appraisals.duplication({ province: P, provenance: ['stated', 'inferred'] })).toEqual([]);
  });

  it('refuses unknown rules and provenances with a clear error', async () => {
    await expect(appraisals.duplication({ rules: ['nope'] })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [{ where: 'scope.rules', value: 'nope' }],
    });
    await expect(appraisals.duplication({ provenance: ['rumour'] })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(appraisals.duplication({ agency: 'agency:nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('appraisal rules on proposals', () => {
  const base = {
    name: 'Đề xuất thử nghiệm tuân thủ',
    ownerAgency: 'agency:test-a',
    businessDomains: ['domain:test-z'],
    dataDomains: ['domain:test-z'],
    modules: [{ name: 'Đăng nhập', capability: 'service:test-sso', mode: 'INTEGRATE' as const }],
    hosting: { location: 'PROVINCIAL_DATACENTRE' as const, monitoredBySoc: true },
    offersDataSharing: true,
    feedsWarehouse: true,
    securityLevel: 2,
    budgetLines: [{ name: 'Phần mềm', category: 'SOFTWARE', amount: 100 }] as { name: string; category: string; amount: number; special?: boolean }[],
  };
  const run = (p: Partial<typeof base> & Record<string, unknown>) =>
    appraisals.appraise({ ...base, ...p } as never, { actor: 'test', provenance: ['example'] });
  const rules = async (p: Record<string, unknown>) => [...new Set((await run(p)).findings.map((f) => f.rule))].sort();

  it('a proposal following every rule gets no finding and conforms', async () => {
    const r = await run({});
    expect(r.findings).toEqual([]);
    expect(r.conformance.verdict).toBe('CONFORMS');
    expect(r.conformance.rulesChecked).toHaveLength(11);
  });

  it('rules 1–4 and 6 apply to a proposal as to a catalogue entry', async () => {
    expect(await rules({ dataDomains: ['domain:test-dan-cu'] })).toEqual(['rebuilds-national-data']);
    expect(await rules({ dataDomains: ['domain:test-dan-cu'], usesData: [{ target: 'ndb:test-dan-cu', via: LGSP }] })).toEqual([]);
    expect(await rules({ modules: [{ name: 'SSO riêng', capability: 'sso', mode: 'BUILD' }] })).toEqual([]); // the fixtures' sso has no provider in this province
    expect(await rules({ modules: [{ name: 'SSO riêng', capability: 'service:test-sso', mode: 'BUILD' }] })).toEqual(['reimplements-shared-service']);
    expect(await rules({ integrations: [{ target: 'component:test-r3-target' }] })).toEqual(['bypasses-lgsp']);
    expect(await rules({ integrations: [{ target: 'component:test-r3-target', via: LGSP }] })).toEqual([]);
    expect(await rules({ hosting: { location: 'OUTSIDE' } })).toEqual(['hosted-outside-datacentre']);
    expect(await rules({ hosting: { location: 'OUTSIDE', reason: 'yêu cầu riêng', monitoredBySoc: true } })).toEqual([]);
    expect(await rules({ offersDataSharing: false, feedsWarehouse: false })).toEqual(['no-data-sharing']);
  });

  it('rule 5: security budgeted at the data centre is not funded unless special', async () => {
    const r = await run({
      budgetLines: [
        { name: 'Tường lửa', category: 'SECURITY', amount: 50 },
        { name: 'Mã hóa đặc thù', category: 'SECURITY', amount: 20, special: true },
      ],
    });
    expect(r.findings.map((f) => f.rule)).toEqual(['rebudgets-security']);
    expect(r.unfundedBudgetLines).toMatchObject([{ name: 'Tường lửa', amount: 50, rule: 'rebudgets-security' }]);
    expect(r.unfundedTotal).toBe(50);
    expect(await rules({ budgetLines: [{ name: 'Mã hóa đặc thù', category: 'SECURITY', amount: 20, special: true }] })).toEqual([]);
  });

  it('rule 7: a business already computerised in the province needs a justification', async () => {
    expect(await rules({ businessDomains: ['domain:test-x3'] })).toContain('rebuilds-computerised-domain');
    expect(await rules({ businessDomains: ['domain:test-x3'], justification: 'Hệ thống cũ không đáp ứng liên thông.' })).not.toContain(
      'rebuilds-computerised-domain',
    );
  });

  it('rules 8 and 9 compare a proposal with the catalogue', async () => {
    const overlap = await run({
      name: 'Đề xuất chồng chéo',
      dataDomains: ['domain:test-x1', 'domain:test-x2'],
      businessDomains: ['domain:test-x3'],
      justification: 'có lý do',
      ownerAgency: 'agency:test-b',
    });
    expect(overlap.findings.filter((f) => f.rule === 'overlap').map((f) => f.subjects.map((s) => s.id.replace(/^proposal:.*/, 'proposal')).sort())).toEqual([
      ['component:test-r8-pos-a', 'proposal'],
    ]);
    const twice = await run({ name: 'HTTT quản lý thư viện số' });
    expect(
      twice.findings.filter((f) => f.rule === 'same-system-twice').map((f) => f.subjects.map((s) => s.id.replace(/^proposal:.*/, 'proposal')).sort()),
    ).toEqual([
      ['component:test-r9-pos-a', 'proposal'],
      ['component:test-r9-pos-b', 'proposal'],
    ]);
  });

  it('rules 10 and 11: transmission needs a network, the system a security level', async () => {
    expect(await rules({ budgetLines: [{ name: 'Đường truyền', category: 'TRANSMISSION', amount: 10 }] })).toEqual(['transmission-network-unstated']);
    expect(await rules({ budgetLines: [{ name: 'Đường truyền', category: 'TRANSMISSION', amount: 10 }], networks: ['network:tslcd'] })).toEqual([]);
    expect(await rules({ securityLevel: null })).toEqual(['security-level-unstated']);
  });

  it('refuses a bad proposal with every problem located, and writes nothing', async () => {
    const before = await appraisals.list('agency:test-a', 0, 100);
    const bad = {
      ...base,
      ownerAgency: 'domain:test-z',
      dataDomains: ['agency:test-a'],
      securityLevel: 9,
      modules: [{ name: 'X', capability: 'teleport', mode: 'BUILD' }],
      budgetLines: [{ name: 'Y', category: 'MODULE', amount: -1, module: 'Z' }],
    };
    const err = await appraisals.appraise(bad as never, { actor: 'test', save: true }).catch((e) => e);
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.problems.map((p: { where: string }) => p.where).sort()).toEqual([
      'proposal.budgetLines[0].amount',
      'proposal.budgetLines[0].module',
      'proposal.dataDomains[0]',
      'proposal.modules[0].capability',
      'proposal.ownerAgency',
      'proposal.securityLevel',
    ]);
    expect((await appraisals.list('agency:test-a', 0, 100)).total).toBe(before.total);
  });

  it('a saved report is frozen: later changes to the graph do not rewrite it', async () => {
    const proposal = { ...base, name: 'Đề xuất lưu thử nghiệm', dataDomains: ['domain:test-dan-cu'] };
    const saved = await appraisals.appraise(proposal as never, { actor: 'test', save: true, provenance: ['example'] });
    expect(saved.id).toMatch(/^appraisal:/);
    expect(saved.findings.map((f) => f.rule)).toEqual(['rebuilds-national-data']);
    const listed = await appraisals.list('agency:test-a', 0, 10);
    expect(listed.reports.map((r) => r.id)).toContain(saved.id);
    // The graph changes: the national database is renamed and stops being authoritative.
    const mutations = new GraphMutations(db);
    await mutations.updateNode({ name: 'test' }, 'ndb:test-dan-cu', { name: 'CSDL đổi tên' });
    await mutations.deleteRelationship({ name: 'test' }, { from: 'ndb:test-dan-cu', type: 'AUTHORITATIVE_FOR', to: 'domain:test-dan-cu' });
    const fresh = await appraisals.appraise(proposal as never, { actor: 'test', provenance: ['example'] });
    expect(fresh.findings).toEqual([]);
    // The saved report reads back exactly as it was, names and all.
    expect(await appraisals.get(saved.id!)).toEqual(JSON.parse(JSON.stringify(saved)));
    expect(JSON.stringify(await appraisals.get(saved.id!))).toContain('CSDL quốc gia thử nghiệm về Dân cư');
    await mutations.updateNode({ name: 'test' }, 'ndb:test-dan-cu', { name: 'CSDL quốc gia thử nghiệm về Dân cư' });
    await mutations.createRelationship(
      { name: 'test' },
      { from: 'ndb:test-dan-cu', type: 'AUTHORITATIVE_FOR', to: 'domain:test-dan-cu', provenance: 'example' },
    );
  });
});
