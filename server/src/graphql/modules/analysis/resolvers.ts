import type { GraphQLResolveInfo } from 'graphql';
import { AkbError } from '../../../errors.js';
import {
  impactCursor,
  impactFromDatabase,
  validateImpactParams,
  type ImpactAnswer,
  type ImpactHit,
  type ImpactParams,
  type PathStep,
} from '../../../impact/impact.js';
import { impactOnGraph } from '../../../analysis/impact.js';
import { neighbourhoodOnGraph } from '../../../analysis/neighbourhood.js';
import type { AnalysisGraph } from '../../../analysis/graph.js';
import { requireRole } from '../../../auth/roles.js';
import type { AnalysisStatus } from '../../../analysis/service.js';
import type { Context } from '../../context.js';
import { selectsOnly } from '../../selection.js';
import { sourcesOf } from '../graph/resolvers.js';

/** Node fields the analysis graph holds: a selection of only these needs no database read. */
const HELD_FIELDS = new Set(['id', 'name', 'kind', 'componentKind', 'province', 'provenance', '__typename']);

const node = (ctx: Context, id: string) => ctx.loaders.node.load(id);

/** A node as the analysis graph holds it, when the selection needs nothing more; else the loader. */
function heldOrLoaded(ctx: Context, g: AnalysisGraph | null, id: string, info: GraphQLResolveInfo) {
  if (g && selectsOnly(info, [], HELD_FIELDS)) {
    const s = g.slot(id);
    if (s !== undefined) return g.node(s);
  }
  return node(ctx, id);
}

interface ImpactOut {
  answer: ImpactAnswer;
  graph: AnalysisGraph | null;
  /** The request's arguments (ImpactSummary.exampleAdds runs it again with example data). */
  args?: ImpactParams;
}

interface HitOut {
  hit: ImpactHit;
  graph: AnalysisGraph | null;
  /** Position in the whole ordered result (the cursor is made from it when asked for). */
  at: number;
}

interface CountOut {
  id: string;
  count: number;
  graph: AnalysisGraph | null;
}

interface StepOut extends PathStep {
  graph: AnalysisGraph | null;
}

const status = (s: AnalysisStatus) => ({ ...s, progressNodes: s.progress?.nodes ?? null, progressRelationships: s.progress?.relationships ?? null });

/** Runs impact on this server's analysis graph, or on the database while the graph is not ready. */
export async function runImpact(ctx: Context, args: ImpactParams): Promise<ImpactOut> {
  const p = validateImpactParams(args);
  const graph = (await ctx.analysis?.current()) ?? null;
  const answer = graph ? impactOnGraph(graph, p, p.offset) : await impactFromDatabase(ctx.db, p);
  return { answer, graph, args };
}

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
    root: ({ answer, graph }: ImpactOut, _: unknown, ctx: Context, info: GraphQLResolveInfo) => heldOrLoaded(ctx, graph, answer.rootId, info),
    total: ({ answer }: ImpactOut) => answer.total,
    truncated: ({ answer }: ImpactOut) => answer.hasNextPage,
    pageInfo: ({ answer }: ImpactOut) => ({
      hasNextPage: answer.hasNextPage,
      hasPreviousPage: answer.offset > 0,
      startCursor: answer.hits.length ? impactCursor(answer.offset) : null,
      endCursor: answer.hits.length ? impactCursor(answer.offset + answer.hits.length - 1) : null,
    }),
    summary: async ({ answer, graph, args }: ImpactOut) => ({ ...(await answer.summary()), graph, args }),
    affected: ({ answer, graph }: ImpactOut): HitOut[] => answer.hits.map((hit, i) => ({ hit, graph, at: answer.offset + i })),
    byAgency: async ({ answer, graph }: ImpactOut) => (await answer.summary()).byAgency.map((a) => ({ ...a, graph })),
    byLayer: async ({ answer, graph }: ImpactOut) => (await answer.summary()).byLayer.map((l) => ({ ...l, graph })),
    byProvince: async ({ answer }: ImpactOut) => (await answer.summary()).byProvince,
    tasks: async ({ answer }: ImpactOut, _: unknown, ctx: Context) => (await answer.summary()).tasks.map((id) => node(ctx, id)),
    indicators: async ({ answer }: ImpactOut, _: unknown, ctx: Context) => (await answer.summary()).indicators.map((id) => node(ctx, id)),
    answeredBy: ({ answer }: ImpactOut) => answer.answeredBy,
  },
  ImpactSummary: {
    // How many more nodes the same question reaches with illustrative (example) data (issue 18:
    // "+8 hệ thống trong dữ liệu minh hoạ — hiện"); null when example data is already included.
    exampleAdds: async (s: { total: number; args?: ImpactParams }, _: unknown, ctx: Context) => {
      if (!s.args) return null;
      const p = validateImpactParams(s.args);
      if (p.provenance.includes('example')) return null;
      const more = await runImpact(ctx, { ...s.args, provenance: [...p.provenance, 'example'], first: 0, after: null } as ImpactParams);
      return Math.max(0, (await more.answer.summary()).total - s.total);
    },
    byAgency: (s: { byAgency: { id: string; count: number }[]; graph: AnalysisGraph | null }) => s.byAgency.map((a) => ({ ...a, graph: s.graph })),
    byLayer: (s: { byLayer: { id: string; count: number }[]; graph: AnalysisGraph | null }) => s.byLayer.map((l) => ({ ...l, graph: s.graph })),
  },
  // Counted nodes: from the analysis graph when the selection needs only what it holds.
  AgencyCount: {
    agency: (c: CountOut, _: unknown, ctx: Context, info: GraphQLResolveInfo) => heldOrLoaded(ctx, c.graph, c.id, info),
  },
  LayerCount: {
    layer: (c: CountOut, _: unknown, ctx: Context, info: GraphQLResolveInfo) => heldOrLoaded(ctx, c.graph, c.id, info),
  },
  ImpactHit: {
    node: ({ hit }: HitOut, _: unknown, ctx: Context, info: GraphQLResolveInfo) =>
      selectsOnly(info, [], HELD_FIELDS)
        ? { id: hit.id, name: hit.name, kind: hit.kind, componentKind: hit.componentKind, province: hit.province }
        : node(ctx, hit.id),
    depth: ({ hit }: HitOut) => hit.depth,
    cursor: ({ at }: HitOut) => impactCursor(at),
    exposure: ({ hit }: HitOut) => hit.exposure,
    path: ({ hit, graph }: HitOut): StepOut[] => hit.path.map((s) => ({ ...s, graph })),
  },
  PathStep: {
    from: (s: StepOut, _: unknown, ctx: Context, info: GraphQLResolveInfo) => heldOrLoaded(ctx, s.graph, s.from, info),
    to: (s: StepOut, _: unknown, ctx: Context, info: GraphQLResolveInfo) => heldOrLoaded(ctx, s.graph, s.to, info),
    // The analysis graph keeps no quotes: a page's sources are read in one query, when selected.
    source: async (s: StepOut, _: unknown, ctx: Context) => {
      const sources = s.sources !== undefined ? s.sources : await ctx.loaders.relationshipSources.load({ from: s.from, type: s.type, to: s.to });
      return sourcesOf({ sources: sources ?? '[]', provenance: s.provenance })[0] ?? null;
    },
  },
};
