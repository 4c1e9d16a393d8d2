import { architectureDiff, type ArchitectureDiff, type DiffItem, type DiffLink } from '../../../diff/architecture-diff.js';
import type { Context } from '../../context.js';

const node = (ctx: Context, id: string) => ctx.loaders.node.load(id);

export const diffResolvers = {
  Query: {
    architectureDiff: (_: unknown, args: { from: string; to: string }, ctx: Context) => architectureDiff(ctx.db, args.from, args.to),
  },
  ArchitectureDiff: {
    from: (d: ArchitectureDiff, _: unknown, ctx: Context) => node(ctx, d.fromId),
    to: (d: ArchitectureDiff, _: unknown, ctx: Context) => node(ctx, d.toId),
  },
  DiffItem: {
    node: (i: DiffItem, _: unknown, ctx: Context) => node(ctx, i.id),
  },
  DiffLink: {
    from: (l: DiffLink, _: unknown, ctx: Context) => node(ctx, l.from),
    to: (l: DiffLink, _: unknown, ctx: Context) => node(ctx, l.to),
  },
};
