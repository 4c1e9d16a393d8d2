/**
 * Duplication scan, reuse candidates and proposal appraisal: gathers the facts with a few named
 * queries in one read transaction, applies the rules (checks.ts, proposal.ts) and, when asked,
 * stores a proposal with its frozen report.
 */
import { randomUUID } from 'node:crypto';
import type { Database, Tx } from '../db/database.js';
import { AkbError } from '../db/errors.js';
import { PROVENANCES } from '../model/model.js';
import { RuleContext, SEVERITY_RANK, overlaps, sameSystemTwice, scanCatalogue, bypassesLgsp, hostedOutsideDatacentre, noDataSharing, rebuildsNationalData, reimplementsSharedService } from './checks.js';
import {
  idsNamed,
  isProposalId,
  PROPOSAL_ID,
  unsavedProposalId,
  linesOfService,
  loadServices,
  proposalSubject,
  provinceOf,
  rebudgetsSecurity,
  rebuildsComputerisedDomain,
  securityLevelUnstated,
  transmissionNetworkUnstated,
  unfundedLines,
  validateProposal,
  type NamedNode,
  type ProposalInput,
} from './proposal.js';
import type { Finding, NodeRef, Resource, RuleInfo, Subject } from './types.js';

export interface DuplicationScope {
  architecture?: string | null;
  agency?: string | null;
  province?: string | null;
  rules?: string[] | null;
  provenance?: string[] | null;
}

export const DEFAULT_PROVENANCE = ['stated', 'inferred'];

export type Verdict = 'CONFORMS' | 'CONFORMS_WITH_CONDITIONS' | 'DOES_NOT_CONFORM';

export interface AppraisalReport {
  id: string | null;
  appraisedAt: string;
  actor: string;
  proposal: ProposalInput;
  owner: NodeRef;
  province: string | null;
  findings: Finding[];
  reuse: { rule: string; use: NodeRef[]; reasonVi: string; reasonEn: string }[];
  unfundedBudgetLines: ReturnType<typeof unfundedLines>;
  requestedTotal: number;
  unfundedTotal: number;
  conformance: { verdict: Verdict; rulesChecked: string[]; rulesPassed: string[]; rulesFailed: string[]; summaryVi: string; summaryEn: string };
  provenance: string[];
}

function checkProvenance(p: string[] | null | undefined): string[] {
  const list = p?.length ? p : DEFAULT_PROVENANCE;
  const bad = list.filter((x) => !PROVENANCES.includes(x as never));
  if (bad.length) throw new AkbError('VALIDATION_FAILED', `unknown provenance ${bad.join(', ')}`, bad.map((value) => ({ where: 'provenance', message: `one of ${PROVENANCES.join(', ')}`, value })));
  return list;
}

/** One collator: `localeCompare(…, 'vi')` builds one per call, which dominated sorting national scans. */
const VI = new Intl.Collator('vi');

export function sortFindings(fs: Finding[], rules: readonly RuleInfo[]): Finding[] {
  const num = new Map(rules.map((r) => [r.code, r.order]));
  return fs.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (num.get(a.rule) ?? 99) - (num.get(b.rule) ?? 99) ||
      VI.compare(a.subjects[0].name, b.subjects[0].name) ||
      (a.id < b.id ? -1 : 1),
  );
}

export class Appraisals {
  constructor(private readonly db: Database) {}

  async rules(tx?: Tx): Promise<RuleInfo[]> {
    const rows = tx ? await tx.run('appraisal/rules', {}) : await this.db.read('appraisal/rules', {});
    return rows.map((r) => r.rule as RuleInfo);
  }

  private async load(tx: Tx, scope: { province: string | null; architecture: string | null; agency: string | null }, provenance: string[]) {
    const subjects = (await tx.run('appraisal/subjects', { ...scope, unassigned: false, provenance })) as unknown as Subject[];
    const ctx = new RuleContext((await tx.run('appraisal/context', { provenance })) as unknown as Resource[]);
    return { subjects, ctx };
  }

  private async nodes(tx: Tx, ids: string[]): Promise<Map<string, NamedNode>> {
    const rows = (await tx.run('appraisal/proposal-nodes', { ids })) as unknown as NamedNode[];
    return new Map(rows.map((n) => [n.id, n]));
  }

  /** Findings over the catalogue in scope. */
  async duplication(scope: DuplicationScope = {}): Promise<Finding[]> {
    const provenance = checkProvenance(scope.provenance);
    const loaded = await this.db.readTransaction(async (tx) => {
      const rules = await this.rules(tx);
      const codes = new Set(rules.map((r) => r.code));
      const unknown = (scope.rules ?? []).filter((r) => !codes.has(r));
      if (unknown.length)
        throw new AkbError('VALIDATION_FAILED', `unknown rule ${unknown.join(', ')}`, unknown.map((value) => ({ where: 'scope.rules', message: `one of ${[...codes].join(', ')}`, value })));
      let province = scope.province ?? null;
      for (const [key, id, kinds] of [['architecture', scope.architecture, ['Architecture']], ['agency', scope.agency, ['Agency', 'AgencyGroup']]] as const) {
        if (!id) continue;
        const n = (await this.nodes(tx, [id])).get(id);
        if (!n) throw new AkbError('NOT_FOUND', `scope.${key}: no node ${id}`, [{ where: `scope.${key}`, message: 'no node has this id', value: id }]);
        if (!(kinds as readonly string[]).includes(n.kind)) throw new AkbError('VALIDATION_FAILED', `scope.${key}: ${id} is a ${n.kind}`, [{ where: `scope.${key}`, message: `expected ${kinds.join(' or ')}`, value: id }]);
        if (key === 'architecture') province = province ?? n.province;
      }
      if (!province && !scope.architecture && !scope.agency) {
        // The whole country: province by province (below), each in its own transaction.
        const ctx = new RuleContext((await tx.run('appraisal/context', { provenance })) as unknown as Resource[]);
        const provinces = (await tx.run('appraisal/component-provinces', {})).map((r) => r.province as string);
        return { rules, ctx, subjects: null, provinces };
      }
      return { rules, provinces: null, ...(await this.load(tx, { province, architecture: scope.architecture ?? null, agency: scope.agency ?? null }, provenance)) };
    });
    // The rules run after the transaction closes: its timeout bounds the database's work, not ours.
    const wanted = scope.rules?.length ? new Set(scope.rules) : undefined;
    if (loaded.subjects) return sortFindings(scanCatalogue(loaded.subjects, loaded.ctx, wanted), loaded.rules);
    // Every rule compares entries within one province at most (overlap and same-system bucket by
    // province), so a national scan is the concatenation of per-province scans plus the entries of
    // no province; each read is bounded by its own transaction timeout instead of one for the country.
    let findings: Finding[] = [];
    const chunk = async (name: string, params: Record<string, unknown>) => {
      const subjects = (await this.db.readTransaction((tx) => tx.run(name, { ...params, provenance }))) as unknown as Subject[];
      findings = findings.concat(scanCatalogue(subjects, loaded.ctx, wanted));
    };
    for (const province of loaded.provinces!) await chunk('appraisal/subjects-in-province', { province });
    await chunk('appraisal/subjects', { province: null, architecture: null, agency: null, unassigned: true });
    return sortFindings(findings, loaded.rules);
  }

  /**
   * Which entries should reuse this resource (an LGSP, a national database, a shared platform, a
   * data centre…) and why: the catalogue findings that recommend it.
   */
  async reuseCandidates(resource: string, provenance?: string[] | null) {
    const n = await this.db.readTransaction((tx) => this.nodes(tx, [resource]));
    const node = n.get(resource);
    if (!node) throw new AkbError('NOT_FOUND', `no node ${resource}`, [{ where: 'resource', message: 'no node has this id', value: resource }]);
    const findings = await this.duplication({ province: node.province, provenance });
    const bySubject = new Map<string, { subject: NodeRef; findings: Finding[] }>();
    for (const f of findings) {
      if (!f.reuseInstead.some((r) => r.id === resource)) continue;
      const s = f.subjects[0];
      const entry = bySubject.get(s.id) ?? { subject: s, findings: [] };
      entry.findings.push(f);
      bySubject.set(s.id, entry);
    }
    return [...bySubject.values()];
  }

  /** Appraises a proposal against every rule that applies to proposals; `save` stores it frozen. */
  async appraise(input: ProposalInput, opts: { save?: boolean; actor: string; provenance?: string[] | null }): Promise<AppraisalReport> {
    const provenance = checkProvenance(opts.provenance);
    // The proposal's id in this report: unique per appraisal, so caches never merge two reports.
    const saved = opts.save ? randomUUID() : null;
    const pid = saved ? `${PROPOSAL_ID}:${saved}` : unsavedProposalId(input, provenance);
    const report = await this.db.readTransaction(async (tx) => {
      const rules = await this.rules(tx);
      const services = await loadServices(tx);
      const nodes = await this.nodes(tx, idsNamed(input, services));
      const problems = validateProposal(input, nodes, services);
      if (problems.length) throw new AkbError('VALIDATION_FAILED', `the proposal has ${problems.length} problem(s): ${problems.map((p) => `${p.where}: ${p.message}`).join('; ')}`, problems);
      const province = provinceOf(input, nodes);
      // The lighter catalogue query: an appraisal runs rules 7–9 against the catalogue, not the scan's 1–6.
      const catalogue = (await tx.run('appraisal/catalogue', { province, provenance })) as unknown as Subject[];
      const ctx = new RuleContext((await tx.run('appraisal/context', { provenance })) as unknown as Resource[]);
      const me = proposalSubject(input, nodes, services, ctx, pid);
      const findings: Finding[] = [
        ...rebuildsNationalData(me, ctx),
        ...reimplementsSharedService(me, ctx, undefined, linesOfService(input, services)),
        ...bypassesLgsp(me, ctx),
        ...hostedOutsideDatacentre(me, ctx),
        ...rebudgetsSecurity(input, pid),
        ...noDataSharing(me, ctx),
        ...rebuildsComputerisedDomain(input, nodes, catalogue, pid),
        ...overlaps([...catalogue, me], new Set([me.id])),
        ...sameSystemTwice([...catalogue, me], new Set([me.id])),
        ...transmissionNetworkUnstated(input, pid),
        ...securityLevelUnstated(input, pid),
      ];
      sortFindings(findings, rules);
      const checked = rules.filter((r) => r.appliesTo !== 'catalogue').map((r) => r.code);
      const failed = [...new Set(findings.map((f) => f.rule))];
      const verdict: Verdict = findings.some((f) => f.severity === 'high') ? 'DOES_NOT_CONFORM' : findings.length ? 'CONFORMS_WITH_CONDITIONS' : 'CONFORMS';
      const unfunded = unfundedLines(input, findings, services);
      const requestedTotal = (input.budgetLines ?? []).reduce((t, b) => t + b.amount, 0);
      const unfundedTotal = unfunded.reduce((t, b) => t + b.amount, 0);
      const verdictVi = { CONFORMS: 'Phù hợp với kiến trúc', CONFORMS_WITH_CONDITIONS: 'Phù hợp, có điều kiện', DOES_NOT_CONFORM: 'Chưa phù hợp với kiến trúc' }[verdict];
      const verdictEn = { CONFORMS: 'Conforms to the architecture', CONFORMS_WITH_CONDITIONS: 'Conforms, with conditions', DOES_NOT_CONFORM: 'Does not conform to the architecture' }[verdict];
      const owner = nodes.get(input.ownerAgency)!;
      const r: AppraisalReport = {
        id: null,
        appraisedAt: new Date().toISOString(),
        actor: opts.actor,
        proposal: input,
        owner: { id: owner.id, name: owner.name },
        province,
        findings,
        reuse: findings.filter((f) => f.reuseInstead.length && f.rule !== 'same-system-twice').map((f) => ({ rule: f.rule, use: f.reuseInstead, reasonVi: f.recommendationVi, reasonEn: f.recommendationEn })),
        unfundedBudgetLines: unfunded,
        requestedTotal,
        unfundedTotal,
        conformance: {
          verdict,
          rulesChecked: checked,
          rulesFailed: checked.filter((c) => failed.includes(c)),
          rulesPassed: checked.filter((c) => !failed.includes(c)),
          summaryVi: `${verdictVi}: ${findings.length} phát hiện (${findings.filter((f) => f.severity === 'high').length} mức cao) trên ${checked.length} quy tắc; đề nghị không bố trí ${unfundedTotal} / ${requestedTotal} triệu đồng.`,
          summaryEn: `${verdictEn}: ${findings.length} finding(s) (${findings.filter((f) => f.severity === 'high').length} high) over ${checked.length} rules; ${unfundedTotal} of ${requestedTotal} million VND should not be funded.`,
        },
        provenance,
      };
      return r;
    });
    if (!saved) return report;
    report.id = `appraisal:${saved}`;
    await this.db.writeTransaction(async (tx) => {
      tx.changed({ none: true }); // a saved report is a record, not part of the graph
      await tx.run('appraisal/save', {
        id: report.id,
        name: input.name,
        ownerAgency: input.ownerAgency,
        province: report.province,
        verdict: report.conformance.verdict,
        at: report.appraisedAt,
        actor: opts.actor,
        proposal: JSON.stringify(input),
        report: JSON.stringify(report),
      });
      await tx.run('audit/record', {
        id: randomUUID(),
        at: new Date().toISOString(),
        actor: opts.actor,
        operation: 'saveAppraisal',
        targets: [report.id, input.ownerAgency],
        before: null,
        after: JSON.stringify({ id: report.id, name: input.name, verdict: report.conformance.verdict }),
      });
    });
    return report;
  }

  async list(ownerAgency: string | null, offset: number, limit: number): Promise<{ total: number; reports: AppraisalReport[] }> {
    const [row] = await this.db.read('appraisal/list', { ownerAgency, offset, limit });
    const saved = (row?.appraisals as { report: string }[]) ?? [];
    return { total: Number(row?.total ?? 0), reports: saved.map((a) => uniqueProposalIds(JSON.parse(a.report) as AppraisalReport)) };
  }

  async get(id: string): Promise<AppraisalReport | null> {
    const [row] = await this.db.read('appraisal/get', { id });
    const a = row?.appraisal as { report: string } | undefined;
    return a ? uniqueProposalIds(JSON.parse(a.report) as AppraisalReport) : null;
  }
}

/**
 * Reports saved before proposal ids were unique call every proposal "proposal"; read back, they
 * take `proposal:<their own uuid>` like reports saved since, so caches keep them apart too.
 */
export function uniqueProposalIds(r: AppraisalReport): AppraisalReport {
  if (!r.id) return r;
  const pid = `${PROPOSAL_ID}:${r.id.replace(/^appraisal:/, '')}`;
  const end = <T extends { id: string }>(e: T): T => (e.id === PROPOSAL_ID ? { ...e, id: pid } : e);
  if (!r.findings.some((f) => f.subjects.some((s) => s.id === PROPOSAL_ID))) return r;
  return {
    ...r,
    findings: r.findings.map((f) => ({
      ...f,
      id: f.id.replace(/(^|[:+])proposal(?=$|[:+])/g, `$1${pid}`),
      subjects: f.subjects.map(end),
      reuseInstead: f.reuseInstead.map(end),
      evidence: f.evidence.map((ev) => ({ ...ev, steps: ev.steps.map((st) => ({ ...st, from: end(st.from), to: end(st.to) })) })),
    })),
    reuse: r.reuse.map((x) => ({ ...x, use: x.use.map(end) })),
  };
}
