import { AkbError } from '../../../errors.js';
import { DEFAULT_PROVENANCE, type AppraisalReport, type DuplicationScope, type RuleSet } from '../../../appraisal/appraisal.js';
import { factSentence, relationPhrase } from '../../../appraisal/phrases.js';
import { impactDiff } from '../../../appraisal/impact-diff.js';
import { isProposalId, type ProposalInput } from '../../../appraisal/proposal.js';
import { PENDING_SOURCES } from '../../../appraisal/on-graph.js';
import { parseSources } from '../../../appraisal/checks.js';
import type { EvidenceStep, Finding, NodeRef } from '../../../appraisal/types.js';
import type { Context } from '../../context.js';
import { requireRole } from '../../../auth/roles.js';
import { withoutSensitiveFields } from '../../../auth/visibility.js';

const ref = (id: string): NodeRef => ({ id, name: id });

export const appraisalResolvers = {
  Query: {
    appraisalRules: async (_: unknown, __: unknown, ctx: Context) => {
      const rules = await ctx.appraisals.rules();
      return ctx.loaders.node.loadMany(rules.map((r) => r.id));
    },
    appraisalRuleSets: (_: unknown, __: unknown, ctx: Context) => ctx.appraisals.ruleSets(),
    duplicationSummary: (_: unknown, args: { scope?: DuplicationScope | null }, ctx: Context) => ctx.appraisals.duplicationSummary(args.scope ?? {}),
    // Sources of facts read from the analysis graph are read for the steps selected (EvidenceStep.sources).
    duplication: (_: unknown, args: { scope?: DuplicationScope | null }, ctx: Context) => ctx.appraisals.duplication(args.scope ?? {}, { sources: 'lazy' }),
    reuseCandidates: (_: unknown, args: { resource: string; provenance?: string[] | null }, ctx: Context) =>
      ctx.appraisals.reuseCandidates(args.resource, args.provenance, { sources: 'lazy' }),
    appraisals: async (_: unknown, args: { ownerAgency?: string | null; first: number; offset: number }, ctx: Context) => {
      if (!Number.isInteger(args.first) || args.first < 0 || args.first > 200)
        throw new AkbError('VALIDATION_FAILED', 'first must be between 0 and 200', [{ where: 'first', message: '0..200', value: args.first }]);
      // Cypher list slices take 32-bit integers: offset + first must stay below 2³¹.
      if (!Number.isInteger(args.offset) || args.offset < 0 || args.offset > 1_000_000_000)
        throw new AkbError('VALIDATION_FAILED', 'offset must be between 0 and 1,000,000,000', [
          { where: 'offset', message: '0..1000000000', messageVi: 'phải từ 0 đến 1.000.000.000', value: args.offset },
        ]);
      const page = await ctx.appraisals.list(args.ownerAgency ?? null, args.offset, args.first);
      return { totalCount: page.total, reports: page.reports };
    },
    appraisal: (_: unknown, args: { id: string }, ctx: Context) => ctx.appraisals.get(args.id),
    impactDiff: async (
      _: unknown,
      args: { proposal: ProposalInput; baseline?: string | null; maxDepth: number; provenance?: string[] | null },
      ctx: Context,
    ) => {
      const d = await impactDiff(ctx.db, args.proposal, {
        baseline: args.baseline,
        maxDepth: args.maxDepth,
        provenance: args.provenance?.length ? args.provenance : DEFAULT_PROVENANCE,
        graph: (await ctx.analysis?.current()) ?? null,
      });
      return {
        baseline: d.baseline ? ref(d.baseline) : null,
        links: d.links.map((l) => ({ type: l.type, target: ref(l.target), change: l.change })),
        newlyNeeded: d.newlyNeeded.map(ref),
        dependents: d.dependents.map((x) => ({ node: ref(x.id), before: x.before, after: x.after })),
      };
    },
  },
  Mutation: {
    appraise: (_: unknown, args: { proposal: ProposalInput; save: boolean; provenance?: string[] | null; ruleSet?: string | null }, ctx: Context) => {
      // Appraising is a read; keeping the report is a decision on record: appraiser or above.
      if (args.save) requireRole(ctx.actor, 'appraiser', 'appraise(save: true)');
      return ctx.appraisals.appraise(args.proposal, { save: args.save, actor: ctx.actor.name, provenance: args.provenance, ruleSet: args.ruleSet });
    },
  },
  EvidenceEnd: {
    // Names frozen in a report stay as they were; `node` is today's node, when it still exists.
    name: async (e: NodeRef, _: unknown, ctx: Context) =>
      e.name !== e.id ? e.name : (((await ctx.loaders.node.load(e.id))?.name as string | undefined) ?? e.name),
    node: (e: NodeRef, _: unknown, ctx: Context) => (isProposalId(e.id) ? null : ctx.loaders.node.load(e.id)),
    agencies: (e: NodeRef) => e.agencies ?? [],
    province: (e: NodeRef) => e.province ?? null,
    national: (e: NodeRef) => e.province === null,
  },
  EvidenceStep: {
    relationVi: (s: EvidenceStep) => relationPhrase(s.type).vi,
    relationEn: (s: EvidenceStep) => relationPhrase(s.type).en,
    textVi: (s: EvidenceStep) => factSentence(s.from.name, s.type, s.to.name, 'vi'),
    textEn: (s: EvidenceStep) => factSentence(s.from.name, s.type, s.to.name, 'en'),
    sources: async (s: EvidenceStep, _: unknown, ctx: Context) => {
      const sources =
        s.sources === PENDING_SOURCES ? parseSources(await ctx.loaders.relationshipSources.load({ from: s.from.id, type: s.type, to: s.to.id })) : s.sources;
      return sources.map((x) => ({ ...x, provenance: s.provenance ?? 'stated' }));
    },
  },
  Finding: {
    ruleCode: (f: Finding) => f.rule,
    compared: (f: Finding) => (f.compared ?? []).map((c) => ({ ...c, side: c.side.toUpperCase(), node: c.id ? { id: c.id, name: c.name } : null })),
    restsOnExamples: (f: Finding) => f.provenance === 'example',
    rule: (f: Finding, _: unknown, ctx: Context) => ctx.loaders.node.load(`rule:${f.rule}`),
  },
  AppraisalRule: {
    number: (r: { order?: unknown }) => (typeof r.order === 'number' ? String(r.order) : null),
  },
  AppraisalReport: {
    name: (r: AppraisalReport) => r.proposal.name,
    // A saved proposal is stored data: its security level follows the node field rule. An unsaved
    // report echoes the caller's own input.
    proposal: (r: AppraisalReport, _: unknown, ctx: Context) => (r.id ? withoutSensitiveFields(r.proposal, ctx.actor) : r.proposal),
    ruleSet: (r: AppraisalReport) => r.ruleSet ?? null,
    // A hint on today's graph: a saved proposal that no longer validates (a node it names is gone) has none.
    exampleAdds: (r: AppraisalReport, _: unknown, ctx: Context) =>
      ctx.appraisals.exampleAdds(r).catch((e) => (e instanceof AkbError && e.code === 'VALIDATION_FAILED' ? null : Promise.reject(e))),
  },
  AppraisalRuleSet: {
    rules: (s: RuleSet, _: unknown, ctx: Context) => ctx.loaders.node.loadMany(s.rules.map((r) => r.id)),
  },
  DuplicationSummary: {
    byRule: (s: { byRule: { rule: string; count: number }[] }) => s.byRule.map((r) => ({ ruleCode: r.rule, count: r.count })),
  },
  ReuseSuggestion: {
    ruleCode: (s: { rule: string }) => s.rule,
  },
  UnfundedLine: {
    ruleCode: (s: { rule: string }) => s.rule,
  },
};
