import { landscape, type Landscape, type Placement } from '../../../architecture/landscape.js';
import type { Context } from '../../context.js';

const node = (ctx: Context, id: string | null) => (id ? ctx.loaders.node.load(id) : null);

export const landscapeResolvers = {
  Query: {
    architectureLandscape: (_: unknown, args: { id: string }, ctx: Context) => landscape(ctx.db, args.id),
  },
  ArchitectureLandscape: {
    architecture: (l: Landscape, _: unknown, ctx: Context) => node(ctx, l.architectureId),
  },
  LandscapeLayer: {
    layer: (l: Landscape['layers'][number], _: unknown, ctx: Context) => node(ctx, l.id),
  },
  LandscapePlacement: {
    node: (p: Placement, _: unknown, ctx: Context) => node(ctx, p.nodeId),
    layer: (p: Placement, _: unknown, ctx: Context) => node(ctx, p.layerId),
    group: (p: Placement, _: unknown, ctx: Context) => node(ctx, p.groupId),
    via: (p: Placement, _: unknown, ctx: Context) => node(ctx, p.viaId),
  },
};
