/**
 * Duplication scan, reuse candidates and proposal appraisal: gathers the facts, applies the rules
 * (checks.ts, proposal.ts) and, when asked, stores a proposal with its frozen report.
 *
 * Two ways to gather the facts, same answers: on this server's analysis graph when it serves
 * (on-graph.ts, graph-scan.ts; the national scan kept current by scan-cache.ts; the sources of the
 * findings returned read from Neo4j), else with a few named queries in read transactions (the
 * database path: the oracle the graph path is tested against, and the answer while the graph
 * builds).
 */
import { randomUUID } from 'node:crypto';
import type { AnalysisGraph } from '../analysis/graph.js';
import type { AnalysisService } from '../analysis/service.js';
import type { Database, Tx } from '../db/database.js';
import { recordAudit } from '../db/audit.js';
import { AkbError } from '../errors.js';
import { PROVENANCES } from '../model/model.js';
import { fold } from '../model/text.js';
import { citationEn, citationVi, sourceDocument } from '../documents/source-documents.js';
import {
  RuleContext,
  SEVERITY_RANK,
  bucketKey,
  normalizeSubject,
  parseSources,
  overlaps,
  sameSystemTwice,
  scanCatalogue,
  bypassesLgsp,
  hostedOutsideDatacentre,
  noDataSharing,
  rebuildsNationalData,
  reimplementsSharedService,
} from './checks.js';
import { GraphFacts, fillSources, namedNodes, scopedSubjects, servicesOnGraph } from './on-graph.js';
import { GraphScan } from './graph-scan.js';
import { scanCacheOf } from './scan-cache.js';
import { proposalPairs } from './graph-proposal.js';
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
  /** Only the rules of this rule set (its id: the architecture or document stating them). */
  ruleSet?: string | null;
}

export const DEFAULT_PROVENANCE = ['stated', 'inferred'];

/**
 * A set of appraisal rules: those one architecture, plan or document states (STATED_IN), with
 * that node's province as where they are official guidance (null: national). The rules of Quảng
 * Nam 2.0 §6 are Quảng Nam's; another province's proposal is appraised against them only as a
 * reference, and its report says so.
 */
export interface RuleSet {
  id: string;
  name: string;
  nameEn: string | null;
  jurisdiction: string | null;
  /** The document stating the rules, as people cite it (title, number, issuer, date). */
  citation: string | null;
  citationEn: string | null;
  rules: RuleInfo[];
}

/** The rule set a report used (without its rules), and whether it binds the proposal. */
export interface AppliedRuleSet extends Omit<RuleSet, 'rules'> {
  binding: boolean;
  noteVi: string;
  noteEn: string;
}

/** The rule set to apply: the one asked for, else the one of the province, else a national one, else the first. */
export function chooseRuleSet(sets: readonly RuleSet[], requested: string | null | undefined, province: string | null): RuleSet | null {
  if (requested) {
    const set = sets.find((x) => x.id === requested);
    if (!set)
      throw new AkbError('VALIDATION_FAILED', `ruleSet: no rule set ${requested} (${sets.map((x) => x.id).join(', ') || 'none'})`, [
        {
          where: 'ruleSet',
          message: `one of ${sets.map((x) => x.id).join(', ')}`,
          messageVi: `phải là một trong ${sets.map((x) => x.id).join(', ')}`,
          value: requested,
        },
      ]);
    return set;
  }
  const same = (a: string | null, b: string | null) => a !== null && b !== null && fold(a) === fold(b);
  return sets.find((x) => same(x.jurisdiction, province)) ?? sets.find((x) => x.jurisdiction === null) ?? sets[0] ?? null;
}

/** How a rule set applies to a proposal of a province, in words for the report's header. */
export function appliedRuleSet(set: RuleSet, province: string | null): AppliedRuleSet {
  const binding = set.jurisdiction === null || (province !== null && fold(set.jurisdiction) === fold(province));
  const cite = set.citation ? ` (${set.citation})` : '';
  const citeEn = set.citationEn ? ` (${set.citationEn})` : '';
  const where = set.jurisdiction ?? 'cấp quốc gia';
  const whereEn = set.jurisdiction ?? 'the national level';
  const mine = province ?? 'cấp quốc gia';
  const mineEn = province ?? 'the national level';
  return {
    id: set.id,
    name: set.name,
    nameEn: set.nameEn,
    jurisdiction: set.jurisdiction,
    citation: set.citation,
    citationEn: set.citationEn,
    binding,
    noteVi: binding
      ? `Thẩm định theo các quy tắc của ${set.name}${cite}, là hướng dẫn chính thức của ${where}.`
      : `Các quy tắc của ${set.name}${cite} là hướng dẫn của ${where}; đề xuất thuộc ${mine} nên chỉ được đối chiếu với các quy tắc này để tham khảo, không phải căn cứ bắt buộc.`,
    noteEn: binding
      ? `Appraised against the rules of ${set.nameEn ?? set.name}${citeEn}, the official guidance of ${whereEn}.`
      : `The rules of ${set.nameEn ?? set.name}${citeEn} are the guidance of ${whereEn}; the proposal belongs to ${mineEn}, so it is compared with them for reference only, not as binding requirements.`,
  };
}

/** A finding's key without the proposal's own id, to compare two appraisals of one proposal. */
const findingKey = (f: Finding, pid: string) => f.id.split(pid).join('proposal');

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
  /** The rule set applied and how (absent on reports saved before rule sets). */
  ruleSet?: AppliedRuleSet | null;
}

function checkProvenance(p: string[] | null | undefined): string[] {
  const list = p?.length ? p : DEFAULT_PROVENANCE;
  const bad = list.filter((x) => !PROVENANCES.includes(x as never));
  if (bad.length)
    throw new AkbError(
      'VALIDATION_FAILED',
      `unknown provenance ${bad.join(', ')}`,
      bad.map((value) => ({ where: 'provenance', message: `one of ${PROVENANCES.join(', ')}`, value })),
    );
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

export interface ScanOptions {
  /**
   * `lazy`: facts read from the analysis graph keep PENDING_SOURCES and the GraphQL field resolves
   * them (one query for what is selected); default `fill`: read them before returning.
   */
  sources?: 'fill' | 'lazy';
  /** Compute the national scan again from nothing rather than from the kept result (benchmarks). */
  fresh?: boolean;
  /** Use the database path even when the analysis graph serves (tests, benchmarks). */
  database?: boolean;
}

/**
 * Checks a scan's rules and scope ids against what `nodeOf` finds (the database or the analysis
 * graph): every rule known, every id a node of the right kind. Returns the scope's architecture.
 */
async function checkScope<N extends { kind: string }>(
  scope: DuplicationScope,
  rules: RuleInfo[],
  nodeOf: (id: string) => Promise<N | undefined>,
): Promise<N | null> {
  const codes = new Set(rules.map((r) => r.code));
  const unknown = (scope.rules ?? []).filter((r) => !codes.has(r));
  if (unknown.length)
    throw new AkbError(
      'VALIDATION_FAILED',
      `unknown rule ${unknown.join(', ')}`,
      unknown.map((value) => ({ where: 'scope.rules', message: `one of ${[...codes].join(', ')}`, value })),
    );
  let architecture: N | null = null;
  for (const [key, id, kinds] of [
    ['architecture', scope.architecture, ['Architecture']],
    ['agency', scope.agency, ['Agency', 'AgencyGroup']],
  ] as const) {
    if (!id) continue;
    const n = await nodeOf(id);
    if (!n) throw new AkbError('NOT_FOUND', `scope.${key}: no node ${id}`, [{ where: `scope.${key}`, message: 'no node has this id', value: id }]);
    if (!(kinds as readonly string[]).includes(n.kind))
      throw new AkbError('VALIDATION_FAILED', `scope.${key}: ${id} is a ${n.kind}`, [
        { where: `scope.${key}`, message: `expected ${kinds.join(' or ')}`, value: id },
      ]);
    if (key === 'architecture') architecture = n;
  }
  return architecture;
}

export class Appraisals {
  constructor(
    private readonly db: Database,
    private readonly analysis: AnalysisService | null = null,
  ) {}

  /** The analysis graph to answer from, or null for the database path. */
  private async graph(opts?: { database?: boolean }): Promise<AnalysisGraph | null> {
    if (opts?.database || !this.analysis) return null;
    return this.analysis.current();
  }

  async rules(tx?: Tx): Promise<RuleInfo[]> {
    const rows = tx ? await tx.run('appraisal/rules', {}) : await this.db.read('appraisal/rules', {});
    return rows.map((r) => r.rule as RuleInfo);
  }

  /** The rule sets (rule-sets.cypher), each with the citation of the document its rules quote. */
  async ruleSets(tx?: Tx): Promise<RuleSet[]> {
    const rows = tx ? await tx.run('appraisal/rule-sets', {}) : await this.db.read('appraisal/rule-sets', {});
    return rows.map((r) => {
      const rules = r.rules as (RuleInfo & { sources?: string | { document: string }[] })[];
      const doc = rules.map((x) => parseSources(x.sources as never)[0]?.document).find(Boolean) ?? null;
      const d = doc ? sourceDocument(doc) : null;
      return {
        id: r.id as string,
        name: r.name as string,
        nameEn: (r.nameEn as string | null) ?? null,
        jurisdiction: (r.jurisdiction as string | null) ?? null,
        citation: d ? citationVi(d) : doc,
        citationEn: d ? citationEn(d) : doc,
        rules,
      };
    });
  }

  /**
   * The counts of a scan and, when its provenance leaves example data out, how many more findings
   * example data would add (findings the scan with it has and the scan without it does not).
   */
  async duplicationSummary(scope: DuplicationScope = {}) {
    const provenance = checkProvenance(scope.provenance);
    const findings = await this.duplication({ ...scope, provenance }, { sources: 'lazy' });
    const byRule = new Map<string, number>();
    for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    let exampleAdds: number | null = null;
    if (!provenance.includes('example')) {
      const ids = new Set(findings.map((f) => f.id));
      exampleAdds = (await this.duplication({ ...scope, provenance: [...provenance, 'example'] }, { sources: 'lazy' })).filter((f) => !ids.has(f.id)).length;
    }
    const sets = await this.ruleSets();
    const ruleSet = scope.ruleSet ? (sets.find((x) => x.id === scope.ruleSet) ?? null) : chooseRuleSet(sets, null, scope.province ?? null);
    return { total: findings.length, byRule: [...byRule].map(([rule, count]) => ({ rule, count })), exampleAdds, ruleSet };
  }

  /**
   * For a report whose provenance leaves example data out: how many more findings the same
   * proposal gets with example data, on today's graph.
   */
  async exampleAdds(report: AppraisalReport): Promise<number | null> {
    if (report.provenance.includes('example')) return null;
    const pid = report.findings[0]?.subjects.find((x) => isProposalId(x.id))?.id ?? PROPOSAL_ID;
    const before = new Set(report.findings.map((f) => findingKey(f, pid)));
    const withExamples = await this.appraise(report.proposal, {
      actor: report.actor,
      provenance: [...report.provenance, 'example'],
      ruleSet: report.ruleSet?.id ?? null,
      sources: 'lazy',
    });
    const pid2 = unsavedProposalId(report.proposal, [...report.provenance, 'example']);
    return withExamples.findings.filter((f) => !before.has(findingKey(f, pid2))).length;
  }

  private async load(tx: Tx, scope: { province: string | null; architecture: string | null; agency: string | null }, provenance: string[]) {
    const subjects = ((await tx.run('appraisal/subjects', { ...scope, unassigned: false, provenance })) as unknown as Subject[]).map(normalizeSubject);
    const ctx = new RuleContext((await tx.run('appraisal/context', { provenance })) as unknown as Resource[]);
    return { subjects, ctx };
  }

  private async nodes(tx: Tx, ids: string[]): Promise<Map<string, NamedNode>> {
    const rows = (await tx.run('appraisal/proposal-nodes', { ids })) as unknown as NamedNode[];
    return new Map(rows.map((n) => [n.id, n]));
  }

  /** Findings over the catalogue in scope. */
  async duplication(scope: DuplicationScope = {}, opts: ScanOptions = {}): Promise<Finding[]> {
    const provenance = checkProvenance(scope.provenance);
    if (scope.ruleSet) {
      // A rule set narrows the rules to its own (within those asked for).
      const set = chooseRuleSet(await this.ruleSets(), scope.ruleSet, null)!;
      const codes = set.rules.map((r) => r.code).filter((c) => !scope.rules?.length || scope.rules.includes(c));
      if (!codes.length) return [];
      scope = { ...scope, ruleSet: null, rules: codes };
    }
    const g = await this.graph(opts);
    if (g) {
      const findings = await this.duplicationOnGraph(g, scope, provenance, opts);
      return opts.sources === 'lazy' ? findings : fillSources(this.db, findings);
    }
    const loaded = await this.db.readTransaction(async (tx) => {
      const rules = await this.rules(tx);
      const architecture = await checkScope(scope, rules, async (id) => (await this.nodes(tx, [id])).get(id));
      const province = scope.province ?? (architecture?.province as string | null | undefined) ?? null;
      if (!province && !scope.architecture && !scope.agency) {
        // The whole country: province by province (below), each in its own transaction.
        const ctx = new RuleContext((await tx.run('appraisal/context', { provenance })) as unknown as Resource[]);
        const provinces = (await tx.run('appraisal/component-provinces', {})).map((r) => r.province as string);
        return { rules, ctx, subjects: null, provinces };
      }
      return {
        rules,
        provinces: null,
        ...(await this.load(tx, { province, architecture: scope.architecture ?? null, agency: scope.agency ?? null }, provenance)),
      };
    });
    // The rules run after the transaction closes: its timeout bounds the database's work, not ours.
    const wanted = scope.rules?.length ? new Set(scope.rules) : undefined;
    if (loaded.subjects) return sortFindings(scanCatalogue(loaded.subjects, loaded.ctx, wanted), loaded.rules);
    // Every rule compares entries within one province at most (overlap and same-system bucket by
    // province), so a national scan is the concatenation of per-province scans plus the entries of
    // no province; each read is bounded by its own transaction timeout instead of one for the country.
    let findings: Finding[] = [];
    const chunk = async (name: string, params: Record<string, unknown>) => {
      const subjects = ((await this.db.readTransaction((tx) => tx.run(name, { ...params, provenance }))) as unknown as Subject[]).map(normalizeSubject);
      findings = findings.concat(scanCatalogue(subjects, loaded.ctx, wanted));
    };
    for (const province of loaded.provinces!) await chunk('appraisal/subjects-in-province', { province });
    await chunk('appraisal/subjects', { province: null, architecture: null, agency: null, unassigned: true });
    return sortFindings(findings, loaded.rules);
  }

  /** Checks a scan's rules and scope ids (kind and existence) against the graph; returns the rules. */
  private async checkScope(g: AnalysisGraph, scope: DuplicationScope): Promise<RuleInfo[]> {
    const rules = await this.rules();
    await checkScope(scope, rules, async (id) => namedNodes(g, [id]).get(id));
    return rules;
  }

  /** duplication() on the analysis graph; sources still pending. */
  private async duplicationOnGraph(g: AnalysisGraph, scope: DuplicationScope, provenance: string[], opts: ScanOptions): Promise<Finding[]> {
    const rules = await this.checkScope(g, scope);
    const wanted = scope.rules?.length ? new Set(scope.rules) : undefined;
    let province = scope.province ?? null;
    if (scope.architecture) province = province ?? g.provinceOf(g.slot(scope.architecture)!);
    if (!province && !scope.architecture && !scope.agency) {
      // The whole country: the kept result, rescored after changes (scan-cache.ts).
      const cache = scanCacheOf(this.analysis!);
      if (opts.fresh) cache.clear();
      return sortFindings(cache.national(g, provenance, wanted), rules);
    }
    const scan = new GraphScan(g, provenance);
    const subjects = scopedSubjects(g, scan.facts, { province, architecture: scope.architecture ?? null, agency: scope.agency ?? null });
    let findings: Finding[] = [];
    for (const s of subjects) for (const f of scan.perSubject(s, wanted)) findings.push(f);
    const buckets = new Map<string, number[]>();
    for (const s of subjects) {
      const k = bucketKey(g.provinceOf(s));
      const b = buckets.get(k);
      if (b) b.push(s);
      else buckets.set(k, [s]);
    }
    for (const b of buckets.values()) {
      if (!wanted || wanted.has('overlap')) findings = findings.concat(scan.overlaps(b));
      if (!wanted || wanted.has('same-system-twice')) findings = findings.concat(scan.sameSystem(b));
    }
    return sortFindings(findings, rules);
  }

  /**
   * Which entries should reuse this resource (an LGSP, a national database, a shared platform, a
   * data centre…) and why: the catalogue findings that recommend it.
   */
  async reuseCandidates(resource: string, provenance?: string[] | null, opts: ScanOptions = {}) {
    const g = await this.graph(opts);
    const n = g ? namedNodes(g, [resource]) : await this.db.readTransaction((tx) => this.nodes(tx, [resource]));
    const node = n.get(resource);
    if (!node) throw new AkbError('NOT_FOUND', `no node ${resource}`, [{ where: 'resource', message: 'no node has this id', value: resource }]);
    // Rule 8 never names something to reuse (two entries to review together): not computed here.
    const rules = g ? (await this.rules()).map((r) => r.code).filter((c) => c !== 'overlap') : null;
    const all = await this.duplication({ province: node.province, provenance, ...(rules ? { rules } : {}) }, { ...opts, sources: 'lazy' });
    const chosen = all.filter((f) => f.reuseInstead.some((r) => r.id === resource));
    const findings = opts.sources === 'lazy' ? chosen : await fillSources(this.db, chosen);
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
  async appraise(
    input: ProposalInput,
    opts: { save?: boolean; actor: string; provenance?: string[] | null; database?: boolean; ruleSet?: string | null; sources?: 'fill' | 'lazy' },
  ): Promise<AppraisalReport> {
    const provenance = checkProvenance(opts.provenance);
    // The proposal's id in this report: unique per appraisal, so caches never merge two reports.
    const saved = opts.save ? randomUUID() : null;
    const pid = saved ? `${PROPOSAL_ID}:${saved}` : unsavedProposalId(input, provenance);
    const g = await this.graph(opts);
    const invalid = (problems: ReturnType<typeof validateProposal>) =>
      new AkbError(
        'VALIDATION_FAILED',
        `the proposal has ${problems.length} problem(s): ${problems.map((p) => `${p.where}: ${p.message}`).join('; ')}`,
        problems,
      );
    let gathered: {
      rules: RuleInfo[];
      services: Map<string, string>;
      nodes: Map<string, NamedNode>;
      province: string | null;
      ctx: RuleContext;
      me: Subject;
      catalogueFindings: Finding[];
    };
    if (g) {
      // On the analysis graph: rules 7–9 against the province's entries there (graph-proposal.ts).
      const rules = await this.rules();
      const services = servicesOnGraph(g);
      const nodes = namedNodes(g, idsNamed(input, services));
      const problems = validateProposal(input, nodes, services);
      if (problems.length) throw invalid(problems);
      const province = provinceOf(input, nodes);
      const facts = new GraphFacts(g, provenance);
      const ctx = new RuleContext(facts.context());
      const me = proposalSubject(input, nodes, services, ctx, pid);
      gathered = { rules, services, nodes, province, ctx, me, catalogueFindings: proposalPairs(facts, input, nodes, me, province, pid, ctx) };
    } else {
      gathered = await this.db.readTransaction(async (tx) => {
        const rules = await this.rules(tx);
        const services = await loadServices(tx);
        const nodes = await this.nodes(tx, idsNamed(input, services));
        const problems = validateProposal(input, nodes, services);
        if (problems.length) throw invalid(problems);
        const province = provinceOf(input, nodes);
        // The lighter catalogue query: an appraisal runs rules 7–9 against the catalogue, not the scan's 1–6.
        const catalogue = ((await tx.run('appraisal/catalogue', { province, provenance })) as unknown as Subject[]).map(normalizeSubject);
        const ctx = new RuleContext((await tx.run('appraisal/context', { provenance })) as unknown as Resource[]);
        const me = proposalSubject(input, nodes, services, ctx, pid);
        const catalogueFindings = [
          ...rebuildsComputerisedDomain(input, nodes, catalogue, pid),
          ...overlaps([...catalogue, me], new Set([me.id]), ctx),
          ...sameSystemTwice([...catalogue, me], new Set([me.id])),
        ];
        return { rules, services, nodes, province, ctx, me, catalogueFindings };
      });
    }
    const { rules: allRules, services, nodes, province, ctx, me } = gathered;
    let findings: Finding[] = [
      ...rebuildsNationalData(me, ctx),
      ...reimplementsSharedService(me, ctx, undefined, linesOfService(input, services)),
      ...bypassesLgsp(me, ctx),
      ...hostedOutsideDatacentre(me, ctx),
      ...rebudgetsSecurity(input, pid),
      ...noDataSharing(me, ctx),
      ...gathered.catalogueFindings,
      ...transmissionNetworkUnstated(input, pid),
      ...securityLevelUnstated(input, pid),
    ];
    // The rule set: the one asked for, else the proposal's province's, else the one there is (as a reference).
    const sets = await this.ruleSets();
    const set = chooseRuleSet(sets, opts.ruleSet, province);
    const rules = set ? set.rules : allRules;
    if (set) {
      const codes = new Set(set.rules.map((r) => r.code));
      findings = findings.filter((f) => codes.has(f.rule));
    }
    // A report is a document: the quotes of facts read from the graph are read now.
    if (g && opts.sources !== 'lazy') findings = await fillSources(this.db, findings);
    sortFindings(findings, rules);
    const checked = rules.filter((r) => r.appliesTo !== 'catalogue').map((r) => r.code);
    const failed = [...new Set(findings.map((f) => f.rule))];
    const verdict: Verdict = findings.some((f) => f.severity === 'high') ? 'DOES_NOT_CONFORM' : findings.length ? 'CONFORMS_WITH_CONDITIONS' : 'CONFORMS';
    const unfunded = unfundedLines(input, findings, services);
    const requestedTotal = (input.budgetLines ?? []).reduce((t, b) => t + b.amount, 0);
    const unfundedTotal = unfunded.reduce((t, b) => t + b.amount, 0);
    const verdictVi = { CONFORMS: 'Phù hợp với kiến trúc', CONFORMS_WITH_CONDITIONS: 'Phù hợp, có điều kiện', DOES_NOT_CONFORM: 'Chưa phù hợp với kiến trúc' }[
      verdict
    ];
    const verdictEn = {
      CONFORMS: 'Conforms to the architecture',
      CONFORMS_WITH_CONDITIONS: 'Conforms, with conditions',
      DOES_NOT_CONFORM: 'Does not conform to the architecture',
    }[verdict];
    const owner = nodes.get(input.ownerAgency)!;
    const report: AppraisalReport = {
      id: null,
      appraisedAt: new Date().toISOString(),
      actor: opts.actor,
      proposal: input,
      owner: { id: owner.id, name: owner.name },
      province,
      findings,
      reuse: findings
        .filter((f) => f.reuseInstead.length && f.rule !== 'same-system-twice')
        .map((f) => ({ rule: f.rule, use: f.reuseInstead, reasonVi: f.recommendationVi, reasonEn: f.recommendationEn })),
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
      ruleSet: set ? appliedRuleSet(set, province) : null,
    };
    if (!saved) return report;
    const id = (report.id = `appraisal:${saved}`);
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
      await recordAudit(tx, {
        actor: opts.actor,
        operation: 'saveAppraisal',
        targets: [id, input.ownerAgency],
        before: null,
        after: { id: report.id, name: input.name, verdict: report.conformance.verdict },
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
