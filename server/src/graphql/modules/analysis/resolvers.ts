import type { GraphQLResolveInfo } from 'graphql';
import { AkbError } from '../../../errors.js';
import {
  HELD_NODE_FIELDS,
  impactCursor,
  validateImpactParams,
  type ImpactAnswer,
  type ImpactHit,
  type ImpactParams,
  type ImpactSummary,
  type PathStep,
} from '../../../impact/impact.js';
import { answerImpact, exampleAdds } from '../../../impact/answer.js';
import { neighbourhoodOnGraph } from '../../../analysis/neighbourhood.js';
import type { AnalysisGraph } from '../../../analysis/graph.js';
import { requireRole } from '../../../auth/roles.js';
import type { AnalysisStatus } from '../../../analysis/service.js';
import type { Context } from '../../context.js';
import { selectsOnly } from '../../selection.js';
import { sourcesOf } from '../graph/resolvers.js';

const node = (ctx: Context, id: string) => ctx.loaders.node.load(id);

/** A node as the answer holds it, when the selection needs nothing more; else the loader. */
function heldOrLoaded(ctx: Context, answer: ImpactAnswer, id: string, info: GraphQLResolveInfo) {
  return (selectsOnly(info, [], HELD_NODE_FIELDS) && answer.held(id)) || node(ctx, id);
}

interface ImpactOut {
  answer: ImpactAnswer;
  /** The graph that answered (ImpactSummary.exampleAdds asks it again with example data). */
  graph: AnalysisGraph | null;
}

interface SummaryOut extends ImpactSummary {
  out: ImpactOut;
}

interface HitOut {
  hit: ImpactHit;
  answer: ImpactAnswer;
  /** Position in the whole ordered result (the cursor is made from it when asked for). */
  at: number;
}

interface CountOut {
  id: string;
  count: number;
  answer: ImpactAnswer;
}

interface StepOut extends PathStep {
  answer: ImpactAnswer;
}

const status = (s: AnalysisStatus) => ({ ...s, progressNodes: s.progress?.nodes ?? null, progressRelationships: s.progress?.relationships ?? null });

/** Runs impact on this server's analysis graph, or on the database while the graph is not ready. */
export async function runImpact(ctx: Context, args: ImpactParams): Promise<ImpactOut> {
  const p = validateImpactParams(args);
  const graph = (await ctx.analysis?.current()) ?? null;
  return { answer: await answerImpact(ctx.db, graph, p), graph };
}

/** Counted agencies or layers, each resolved from the answer that counted it. */
const countsOf = (answer: ImpactAnswer, rows: { id: string; count: number }[]): CountOut[] => rows.map((r) => ({ ...r, answer }));

export const analysisResolvers = {
  Query: {
    impact: (_: unknown, args: ImpactParams, ctx: Context) => runImpact(ctx, args),
    neighbourhood: async (_: unknown, args: { id: string; depth: number; first: number }, ctx: Context) => {
      if (!Number.isInteger(args.depth) || args.depth < 1 || args.depth > 3)
        throw new AkbError('VALIDATION_FAILED', 'depth must be between 1 and 3', [{ where: 'depth', message: '1..3', value: args.depth }]);
      if (!Number.isInteger(args.first) || args.first < 1 || args.first > 2000)
        throw new AkbError('VALIDATION_FAILED', 'first must be between 1 and 2000', [{ where: 'first', message: '1..2000', value: args.first }]);
      const g = (await ctx.analysis?.current()) ?? null;
      const n = g ? neighbourhoodOnGraph(g, args.id, args.depth, args.first) : await ctx.graph.neighbourhood(args.id, args.depth, args.first);
      return { root: node(ctx, args.id), nodes: n.ids.map((id) => node(ctx, id)), edges: n.edges, truncated: n.truncated };
    },
    analysisGraph: (_: unknown, __: unknown, ctx: Context) => {
      if (!ctx.analysis) throw new AkbError('NOT_FOUND', 'this server runs without an analysis graph');
      return status(ctx.analysis.status());
    },
  },
  Mutation: {
    refreshAnalysisGraph: async (_: unknown, __: unknown, ctx: Context) => {
      requireRole(ctx.actor, 'admin', 'refreshAnalysisGraph');
      if (!ctx.analysis) throw new AkbError('NOT_FOUND', 'this server runs without an analysis graph');
      return status(await ctx.analysis.refresh());
    },
  },
  Impact: {
    root: ({ answer }: ImpactOut, _: unknown, ctx: Context, info: GraphQLResolveInfo) => heldOrLoaded(ctx, answer, answer.rootId, info),
    total: ({ answer }: ImpactOut) => answer.total,
    truncated: ({ answer }: ImpactOut) => answer.hasNextPage,
    pageInfo: ({ answer }: ImpactOut) => ({
      hasNextPage: answer.hasNextPage,
      hasPreviousPage: answer.offset > 0,
      startCursor: answer.hits.length ? impactCursor(answer.offset) : null,
      endCursor: answer.hits.length ? impactCursor(answer.offset + answer.hits.length - 1) : null,
    }),
    summary: async (out: ImpactOut): Promise<SummaryOut> => ({ ...(await out.answer.summary()), out }),
    affected: ({ answer }: ImpactOut): HitOut[] => answer.hits.map((hit, i) => ({ hit, answer, at: answer.offset + i })),
    byAgency: async ({ answer }: ImpactOut) => countsOf(answer, (await answer.summary()).byAgency),
    byLayer: async ({ answer }: ImpactOut) => countsOf(answer, (await answer.summary()).byLayer),
    byProvince: async ({ answer }: ImpactOut) => (await answer.summary()).byProvince,
    tasks: async ({ answer }: ImpactOut, _: unknown, ctx: Context) => (await answer.summary()).tasks.map((id) => node(ctx, id)),
    indicators: async ({ answer }: ImpactOut, _: unknown, ctx: Context) => (await answer.summary()).indicators.map((id) => node(ctx, id)),
    answeredBy: ({ answer }: ImpactOut) => answer.answeredBy,
  },
  // The whole affected set as the domain counted it; the counted nodes resolved from the answer.
  ImpactSummary: {
    byAgency: ({ byAgency, out }: SummaryOut) => countsOf(out.answer, byAgency),
    byLayer: ({ byLayer, out }: SummaryOut) => countsOf(out.answer, byLayer),
    exampleAdds: ({ out }: SummaryOut, _: unknown, ctx: Context) => exampleAdds(ctx.db, out.graph, out.answer),
  },
  // Counted nodes: from the answer when the selection needs only what it holds.
  AgencyCount: {
    agency: (c: CountOut, _: unknown, ctx: Context, info: GraphQLResolveInfo) => heldOrLoaded(ctx, c.answer, c.id, info),
  },
  LayerCount: {
    layer: (c: CountOut, _: unknown, ctx: Context, info: GraphQLResolveInfo) => heldOrLoaded(ctx, c.answer, c.id, info),
  },
  ImpactHit: {
    // The hit carries what the views draw of its node: no read for such a selection.
    node: ({ hit }: HitOut, _: unknown, ctx: Context, info: GraphQLResolveInfo) => (selectsOnly(info, [], HELD_NODE_FIELDS) ? hit : node(ctx, hit.id)),
    depth: ({ hit }: HitOut) => hit.depth,
    cursor: ({ at }: HitOut) => impactCursor(at),
    exposure: ({ hit }: HitOut) => hit.exposure,
    path: ({ hit, answer }: HitOut): StepOut[] => hit.path.map((s) => ({ ...s, answer })),
  },
  PathStep: {
    from: (s: StepOut, _: unknown, ctx: Context, info: GraphQLResolveInfo) => heldOrLoaded(ctx, s.answer, s.from, info),
    to: (s: StepOut, _: unknown, ctx: Context, info: GraphQLResolveInfo) => heldOrLoaded(ctx, s.answer, s.to, info),
    // The analysis graph keeps no quotes: a page's sources are read in one query, when selected.
    source: async (s: StepOut, _: unknown, ctx: Context) => {
      const sources = s.sources !== undefined ? s.sources : await ctx.loaders.relationshipSources.load({ from: s.from, type: s.type, to: s.to });
      return sourcesOf({ sources: sources ?? '[]', provenance: s.provenance })[0] ?? null;
    },
  },
};
