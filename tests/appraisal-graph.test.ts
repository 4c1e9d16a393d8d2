/**
 * The duplication scan, reuse candidates and appraisal on the analysis graph against their oracle,
 * the database path (server/src/appraisal/appraisal.ts with no analysis graph): every finding —
 * id, rule, subjects, messages, scores, shared items, evidence with its provenance and quotes —
 * and every report, identical, on the fixtures (with the examples), on random proposals, on a
 * generated national graph of size S written into the test database for the occasion, and after
 * edits that the kept national result absorbs by rescoring only what they touched.
 */
import { Readable } from 'node:stream';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalysisService } from '../server/src/analysis/service.js';
import { Appraisals } from '../server/src/appraisal/appraisal.js';
import type { ProposalInput } from '../server/src/appraisal/proposal.js';
import { scanCacheOf } from '../server/src/appraisal/scan-cache.js';
import type { Finding } from '../server/src/appraisal/types.js';
import { ANONYMOUS, type Actor } from '../server/src/auth/roles.js';
import { AkbError } from '../server/src/errors.js';
import { NationalGenerator, ndjsonLine, type Manifest } from '../server/src/generate/national.js';
import { GraphMutations } from '../server/src/graph/mutations.js';
import { bulkImport } from '../server/src/interop/bulk.js';
import { ndjsonEntries } from '../server/src/interop/json.js';
import { ROOT } from '../server/src/config/config.js';
import { testDb } from './setup/db.js';

const db = testDb();
const onDb = new Appraisals(db);
let service: AnalysisService;
let onGraph: Appraisals;
const ADMIN: Actor = { ...ANONYMOUS, name: 'test', role: 'admin' };
const mutations = new GraphMutations(db);

const ALL = ['stated', 'inferred', 'example'];
const PROVENANCE_SETS = [['stated', 'inferred'], ALL, ['example'], ['stated'], ['stated', 'inferred', 'external', 'example']];
const SAMPLE = (JSON.parse(readFileSync(join(ROOT, 'fixtures', 'proposals', 'qnam-tiep-nhan-ho-so-truc-tuyen.json'), 'utf8')) as { proposal: ProposalInput })
  .proposal;
const CONFORMING = (JSON.parse(readFileSync(join(ROOT, 'fixtures', 'proposals', 'qng-quan-ly-tai-san-cong.json'), 'utf8')) as { proposal: ProposalInput })
  .proposal;

beforeAll(async () => {
  await db.autoCommit('test/delete-test-nodes');
  service = new AnalysisService(db).start();
  await service.ready();
  onGraph = new Appraisals(db, service);
});
afterAll(async () => {
  await db.autoCommit('test/delete-test-nodes');
  service?.stop();
  await db.close();
});

/** Findings of both paths for one scope: the same ids in the same order, then the same everything. */
async function sameScan(scope: Parameters<Appraisals['duplication']>[0]): Promise<Finding[]> {
  const expected = await onDb.duplication(scope);
  const actual = await onGraph.duplication(scope);
  expect(
    actual.map((f) => f.id),
    JSON.stringify(scope),
  ).toEqual(expected.map((f) => f.id));
  expect(actual, JSON.stringify(scope)).toEqual(expected);
  return expected;
}

async function sameReuse(resource: string, provenance: string[]) {
  const expected = await onDb.reuseCandidates(resource, provenance);
  const actual = await onGraph.reuseCandidates(resource, provenance);
  expect(actual, `${resource} ${provenance}`).toEqual(expected);
  return expected;
}

/** Both paths' appraisal of one proposal: the same report, or the same refusal. */
async function sameAppraisal(p: ProposalInput, provenance: string[]) {
  const run = (a: Appraisals) =>
    a.appraise(p, { actor: 'test', provenance }).then(
      (r) => ({ ...r, appraisedAt: '' }),
      (e: unknown) => (e instanceof AkbError ? { error: e.code, message: e.message, problems: e.problems } : Promise.reject(e)),
    );
  const expected = await run(onDb);
  const actual = await run(onGraph);
  expect(actual).toEqual(expected);
  return expected as { findings?: Finding[]; error?: string };
}

/** Ids of live nodes of a kind, from the analysis graph (its own listing is what is compared). */
async function idsOfKind(kind: string): Promise<string[]> {
  const g = (await service.current())!;
  const out: string[] = [];
  for (let s = 0; s < g.size; s++) if (!g.deleted[s] && g.kindOf(s) === kind) out.push(g.ids[s]);
  return out.sort();
}

describe('on the fixtures', () => {
  it('the national scan: the same findings for every provenance filter, and for each rule alone', async () => {
    let total = 0;
    for (const provenance of PROVENANCE_SETS) total += (await sameScan({ provenance })).length;
    expect(total).toBeGreaterThanOrEqual(11); // the examples' findings, at least
    const rules = (await onDb.rules()).filter((r) => r.appliesTo !== 'proposal').map((r) => r.code);
    for (const rule of rules) await sameScan({ provenance: ALL, rules: [rule] });
  });

  it('scoped scans: every architecture, every province, the agencies that own systems', async () => {
    const archs = await idsOfKind('Architecture');
    const provinces = (await db.read('appraisal/component-provinces', {})).map((r) => r.province as string);
    let total = 0;
    for (const provenance of [ALL, ['stated', 'inferred']]) {
      for (const architecture of archs) total += (await sameScan({ architecture, provenance })).length;
      for (const province of provinces) total += (await sameScan({ province, provenance })).length;
    }
    expect(total).toBeGreaterThan(11);
    const agencies = (await idsOfKind('Agency')).filter((a) => a.startsWith('agency:qng') || a.startsWith('agency:qnam'));
    for (const agency of agencies) await sameScan({ agency, provenance: ALL });
    await sameScan({ architecture: 'arch:qng-3.0', agency: 'agency:qng-so-y-te', provenance: ALL, rules: ['overlap', 'rebuilds-national-data'] });
  });

  it('reuse candidates of every national database, platform and centre', async () => {
    const resources = [
      ...(await idsOfKind('NationalDatabase')),
      ...(await idsOfKind('Component')).filter((id) => /lgsp|ndxp|datacentre|trung-tam-du-lieu|soc|nen-tang/.test(id)),
    ];
    let named = 0;
    for (const r of resources) for (const provenance of [ALL, ['stated', 'inferred']]) named += (await sameReuse(r, provenance)).length;
    expect(named).toBeGreaterThanOrEqual(5);
  });

  it('held-out style cases, answered on the analysis graph: a compliant proposal gets no finding; a non-compliant one meets rules 1–4', async () => {
    expect(service.status().serving).toBe(true);
    const ok = await onGraph.appraise(CONFORMING, { actor: 'test', provenance: ALL });
    expect(ok.findings).toEqual([]);
    expect(ok.conformance.verdict).toBe('CONFORMS');
    const bad = await onGraph.appraise(SAMPLE, { actor: 'test', provenance: ALL });
    expect(bad.conformance.verdict).toBe('DOES_NOT_CONFORM');
    for (const rule of ['rebuilds-national-data', 'reimplements-shared-service', 'bypasses-lgsp', 'hosted-outside-datacentre'])
      expect(
        bad.findings.map((f) => f.rule),
        rule,
      ).toContain(rule);
  });

  it('the sample proposals and random ones: the same report (or the same refusal)', async () => {
    for (const provenance of PROVENANCE_SETS) {
      expect((await sameAppraisal(SAMPLE, provenance)).findings!.length).toBeGreaterThan(3);
      expect((await sameAppraisal(CONFORMING, provenance)).findings).toEqual([]);
    }
    const [agencies, archs, domains, components, ndbs, services, networks] = await Promise.all(
      ['Agency', 'Architecture', 'DataDomain', 'Component', 'NationalDatabase', 'SharedService', 'Network'].map(idsOfKind),
    );
    const platforms = components.filter((c) => /lgsp|ndxp/.test(c));
    const targets = [...components, ...ndbs];
    const g = (await service.current())!;
    const capabilities = [...new Set(services.map((s) => g.capabilityOf(g.slot(s)!)!))];
    const exchange = fc.record({ target: fc.constantFrom(...targets), via: fc.option(fc.constantFrom(...platforms), { nil: undefined }) });
    const proposal = fc.record({
      name: fc.constantFrom(
        'Hệ thống quản lý hồ sơ sức khỏe điện tử',
        'HTTT quản lý đất đai',
        'Phần mềm một cửa điện tử',
        'Hệ thống thông tin giải quyết thủ tục hành chính',
        'Kho dữ liệu dùng chung',
      ),
      ownerAgency: fc.constantFrom(...agencies),
      architecture: fc.option(fc.constantFrom(...archs), { nil: null }),
      businessDomains: fc.uniqueArray(fc.constantFrom(...domains), { maxLength: 3 }),
      justification: fc.option(fc.constant('Hệ thống cũ không đáp ứng.'), { nil: null }),
      dataDomains: fc.uniqueArray(fc.constantFrom(...domains), { maxLength: 4 }),
      usesData: fc.array(exchange, { maxLength: 3 }),
      integrations: fc.array(exchange, { maxLength: 2 }),
      modules: fc.uniqueArray(
        fc.record({
          name: fc.constantFrom('SSO', 'Thanh toán', 'Ký số', 'Định danh'),
          capability: fc.constantFrom(...capabilities, ...services),
          mode: fc.constantFrom('BUILD' as const, 'INTEGRATE' as const),
        }),
        { selector: (m) => m.name, maxLength: 3 },
      ),
      hosting: fc.record({
        location: fc.constantFrom('PROVINCIAL_DATACENTRE' as const, 'NATIONAL_DATACENTRE' as const, 'OUTSIDE' as const),
        reason: fc.option(fc.constant('thuê dịch vụ'), { nil: null }),
        monitoredBySoc: fc.boolean(),
      }),
      offersDataSharing: fc.boolean(),
      feedsWarehouse: fc.boolean(),
      securityLevel: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
      networks: fc.uniqueArray(fc.constantFrom(...networks), { maxLength: 2 }),
      budgetLines: fc.array(
        fc.record({
          name: fc.constantFrom('Phần mềm', 'ATTT', 'Truyền dẫn'),
          category: fc.constantFrom('SOFTWARE' as const, 'SECURITY' as const, 'TRANSMISSION' as const),
          amount: fc.integer({ min: 0, max: 900 }),
        }),
        { maxLength: 3 },
      ),
    });
    let withFindings = 0;
    await fc.assert(
      fc.asyncProperty(proposal, fc.constantFrom(...PROVENANCE_SETS), async (p, provenance) => {
        const r = await sameAppraisal(p as ProposalInput, provenance);
        if (r.findings?.some((f) => ['overlap', 'same-system-twice', 'rebuilds-computerised-domain'].includes(f.rule))) withFindings++;
      }),
      { numRuns: 60, seed: 1812 },
    );
    // Not vacuous: some proposals meet the catalogue rules (7–9), which read the catalogue from the graph.
    expect(withFindings).toBeGreaterThan(0);
  });
});

describe('after edits, the kept national result is rescored where they touched, never recomputed whole', () => {
  const P = 'Quảng Ngãi';
  const app = (slug: string, name: string, extra: Record<string, unknown> = {}) =>
    mutations.createNode(ADMIN, {
      id: `component:test-${slug}`,
      kind: 'Component',
      name,
      componentKind: 'application',
      level: 'province',
      province: P,
      hosting: 'provincial-datacentre',
      provenance: 'example',
      ...extra,
    });
  const rel = (type: string, from: string, to: string, extra: Record<string, unknown> = {}) =>
    mutations.createRelationship(ADMIN, { type, from, to, provenance: 'example', ...extra });

  /** The kept result (graph) against a fresh database scan, and how the last change was absorbed. */
  async function check(what: string, rescore: 'partial' | 'whole' | 'none' = 'partial') {
    for (const provenance of [ALL, ['stated', 'inferred']]) {
      const expected = await onDb.duplication({ provenance });
      const actual = await onGraph.duplication({ provenance });
      expect(
        actual.map((f) => f.id),
        what,
      ).toEqual(expected.map((f) => f.id));
      expect(actual, what).toEqual(expected);
      // How the kept result with example data (what the edits are) absorbed the change.
      if (provenance !== ALL) continue;
      const last = scanCacheOf(service).lastRescore;
      if (rescore !== 'none') expect(last?.full, what).toBe(rescore === 'whole');
      if (rescore === 'partial') expect(last!.subjects, what).toBeLessThan(400);
    }
  }

  it('new systems, new facts, renames, hosting, removals: each matches a full database scan', async () => {
    await check('before', 'none');
    await app('e1', 'Hệ thống quản lý hồ sơ sức khỏe điện tử thử nghiệm', {});
    await rel('OWNED_BY', 'component:test-e1', 'agency:qng-so-y-te');
    await check('a new owned system');
    await rel('HOLDS_DATA', 'component:test-e1', 'domain:dan-cu');
    await check('holds national data (rule 1)');
    await rel('HOLDS_DATA', 'component:test-e1', 'domain:y-te');
    await rel('COMPUTERISES', 'component:test-e1', 'domain:y-te');
    await check('overlaps with the health records (rule 8)');
    await app('e2', 'HTTT quản lý hồ sơ sức khoẻ điện tử thử nghiệm');
    await rel('OWNED_BY', 'component:test-e2', 'agency:qng-so-y-te');
    await check('the same system registered twice (rule 9)');
    await mutations.updateNode(ADMIN, 'component:test-e2', { name: 'Cổng thông tin tiêm chủng thử nghiệm' });
    await check('renamed: no longer a twin');
    await mutations.updateNode(ADMIN, 'component:test-e1', { hosting: 'outside' });
    await check('hosted outside (rule 4)');
    await rel('USES_DATA_FROM', 'component:test-e1', 'ndb:dan-cu');
    await check('uses the population database directly (rule 1 off, rule 3 on)');
    await mutations.updateRelationship(ADMIN, { from: 'component:test-e1', type: 'USES_DATA_FROM', to: 'ndb:dan-cu' }, { via: 'component:qng-lgsp' });
    await check('through LGSP now');
    // A fixture agency renamed, then given back the name the fixtures give it (other test files read it).
    const agencyName = ((await db.read('graph/nodes-by-ids', { ids: ['agency:qng-so-y-te'] }))[0].node as { name: string }).name;
    await mutations.updateNode(ADMIN, 'agency:qng-so-y-te', { name: `${agencyName} (đổi tên thử)` });
    await check('an owner renamed: its systems rescored');
    await mutations.updateNode(ADMIN, 'agency:qng-so-y-te', { name: agencyName });
    await mutations.deleteRelationship(ADMIN, { from: 'component:test-e1', type: 'HOLDS_DATA', to: 'domain:y-te' });
    await check('a fact removed');
    await mutations.deleteNode(ADMIN, 'component:test-e1', true);
    await check('a system deleted');
    await mutations.deleteNode(ADMIN, 'component:test-e2', true);
    await check('the other deleted');
  });

  it('a change to the rule context (a new platform providing data sharing) recomputes whole, and still matches', async () => {
    await mutations.createNode(ADMIN, {
      id: 'component:test-lgsp2',
      kind: 'Component',
      name: 'Nền tảng tích hợp thử nghiệm',
      componentKind: 'platform',
      level: 'province',
      province: P,
      provenance: 'example',
    });
    await rel('PROVIDED_BY', 'service:data-sharing', 'component:test-lgsp2');
    await check('a second integration platform in Quảng Ngãi', 'whole');
    await mutations.deleteNode(ADMIN, 'component:test-lgsp2', true);
    await check('removed again', 'whole');
  });
});

describe('on a generated national graph (size S), written into the test database', () => {
  let manifest: Manifest;
  beforeAll(async () => {
    // The generator's records with every generated id moved under ":test-" (so the suite's
    // clean-up removes them with everything attached), loaded as an import would load them.
    const gen = new NationalGenerator({ size: 'S', validate: false });
    const lines: string[] = [];
    for (const r of gen.records()) lines.push(ndjsonLine(r).replaceAll(':gen-', ':test-gen-'));
    manifest = gen.manifest();
    const report = await bulkImport(db, ndjsonEntries(Readable.from(lines), 'national-S-test.ndjson'), { batchSize: 10_000 });
    expect(report.problems).toEqual([]);
    await service.ready();
  }, 300_000);

  it('the national scan: the same findings, every rule met', async () => {
    const found = await sameScan({ provenance: ALL });
    const rules = new Set(found.map((f) => f.rule));
    for (const r of ['rebuilds-national-data', 'reimplements-shared-service', 'bypasses-lgsp', 'hosted-outside-datacentre', 'same-system-twice'])
      expect(rules, r).toContain(r);
    expect(found.length).toBeGreaterThan(manifest.planted.sameSystemTwice.count);
    await sameScan({ provenance: ['example'] });
    await sameScan({ provenance: ['stated', 'inferred'] });
  });

  it('provinces, one province’s agency, reuse of an LGSP and of the population database', async () => {
    const provinces = manifest.provinces.slice(0, 4);
    for (const p of provinces) await sameScan({ province: p.name, provenance: ALL });
    const p = provinces[0];
    await sameScan({ agency: `agency:test-gen-${p.slug}-trung-tam-phuc-vu-hanh-chinh-cong`, provenance: ALL });
    expect((await sameReuse(p.lgsp.replace(':gen-', ':test-gen-'), ALL)).length).toBeGreaterThan(0);
    expect((await sameReuse('ndb:dan-cu', ALL)).length).toBeGreaterThan(0);
  });

  it('the sample proposal moved into a generated province, and as it is', async () => {
    const p = manifest.provinces.filter((x) => !Object.keys(x.fromFixtures).length)[0];
    const gid = (suffix: string) => `test-gen-${p.slug}-${suffix}`;
    const moved: ProposalInput = {
      ...SAMPLE,
      name: `${SAMPLE.name} ${p.name}`,
      ownerAgency: `agency:${gid('trung-tam-phuc-vu-hanh-chinh-cong')}`,
      architecture: null,
      usesData: [{ target: 'ndb:dang-ky-doanh-nghiep' }, { target: 'ndb:dan-cu', via: p.lgsp.replace(':gen-', ':test-gen-') }],
      integrations: [{ target: `component:${gid('httt-gq-tthc')}` }],
    };
    const r = await sameAppraisal(moved, ALL);
    expect(r.error).toBeUndefined();
    expect(r.findings!.length).toBeGreaterThan(3);
    await sameAppraisal(SAMPLE, ALL);
  });
});
