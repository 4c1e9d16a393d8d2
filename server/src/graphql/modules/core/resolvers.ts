import type { Context } from '../../context.js';

export const coreResolvers = {
  Query: {
    health: async (_: unknown, __: unknown, ctx: Context) => ({ database: await ctx.db.ping() }),
    stats: async (_: unknown, __: unknown, ctx: Context) => {
      const rows = await ctx.db.read('admin/count-by-kind');
      const pick = (what: string) => rows.filter((r) => r.what === what).map((r) => ({ name: r.name as string, count: r.count as number }));
      const nodesByKind = pick('node');
      const relationshipsByType = pick('relationship');
      const sum = (xs: { count: number }[]) => xs.reduce((a, x) => a + x.count, 0);
      return { nodes: sum(nodesByKind), relationships: sum(relationshipsByType), nodesByKind, relationshipsByType };
    },
  },
};
