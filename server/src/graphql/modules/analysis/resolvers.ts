import { AkbError } from '../../../db/errors.js';
import { impact, type ImpactParams, type PathStep } from '../../../impact/impact.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import { selectedFields, selectsOnly } from '../../selection.js';

const WALK_FIELDS = new Set(['id', 'name', 'kind', '__typename']);
import { sourcesOf } from '../graph/resolvers.js';

const node = (ctx: Context, id: string) => ctx.loaders.node.load(id);

export const analysisResolvers = {
  Query: {
    impact: async (_: unknown, args: ImpactParams, ctx: Context, info: GraphQLResolveInfo) => {
      const selected = selectedFields(info);
      const attachmentFields = ['byAgency', 'byLayer', 'tasks', 'indicators'];
      const r = await impact(ctx.db, args, { byProvince: selected.has('byProvince'), attachments: attachmentFields.some((f) => selected.has(f)) });
      const count = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);
      const byAgency = new Map<string, number>();
      const byLayer = new Map<string, number>();
      const tasks = new Set<string>();
      const indicators = new Set<string>();
      for (const id of [r.rootId, ...r.hits.map((h) => h.id)]) {
        const a = r.attachments.get(id);
        if (!a) continue;
        a.tasks.forEach((t) => tasks.add(t));
        a.indicators.forEach((i) => indicators.add(i));
        if (id === r.rootId) continue;
        a.agencies.forEach((g) => count(byAgency, g));
        a.layers.forEach((l) => count(byLayer, l));
      }
      for (const t of [...tasks, ...indicators]) for (const lead of r.leads.get(t) ?? []) count(byAgency, lead);
      const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      // The walk already knows each hit's id, name and kind: a selection of only those needs no load.
      const fromWalk = selectsOnly(info, ['affected', 'node'], WALK_FIELDS);
      // Fields are thunks (graphql-js calls a function-valued property): nothing unselected is loaded.
      return {
        root: () => node(ctx, r.rootId),
        total: r.total,
        truncated: r.truncated,
        affected: r.hits.map((h) => ({ node: () => (fromWalk ? { id: h.id, name: h.name, kind: h.kind } : node(ctx, h.id)), depth: h.depth, exposure: h.exposure, path: h.path })),
        byAgency: () => sorted(byAgency).map(([id, c]) => ({ agency: node(ctx, id), count: c })),
        byLayer: () => sorted(byLayer).map(([id, c]) => ({ layer: node(ctx, id), count: c })),
        byProvince: r.byProvince,
        tasks: () => [...tasks].sort().map((id) => node(ctx, id)),
        indicators: () => [...indicators].sort().map((id) => node(ctx, id)),
      };
    },
    neighbourhood: async (_: unknown, args: { id: string; depth: number; first: number }, ctx: Context) => {
      if (!Number.isInteger(args.depth) || args.depth < 1 || args.depth > 3)
        throw new AkbError('VALIDATION_FAILED', 'depth must be between 1 and 3', [{ where: 'depth', message: '1..3', value: args.depth }]);
      if (!Number.isInteger(args.first) || args.first < 1 || args.first > 2000)
        throw new AkbError('VALIDATION_FAILED', 'first must be between 1 and 2000', [{ where: 'first', message: '1..2000', value: args.first }]);
      const n = await ctx.graph.neighbourhood(args.id, args.depth, args.first);
      return { root: node(ctx, args.id), nodes: n.ids.map((id) => node(ctx, id)), edges: n.edges, truncated: n.truncated };
    },
  },
  PathStep: {
    from: (s: PathStep, _: unknown, ctx: Context) => node(ctx, s.from),
    to: (s: PathStep, _: unknown, ctx: Context) => node(ctx, s.to),
    source: (s: PathStep) => sourcesOf({ sources: s.sources ?? '[]', provenance: s.provenance })[0] ?? null,
  },
};
