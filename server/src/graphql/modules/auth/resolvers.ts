import { requireRole } from '../../../auth/roles.js';
import type { Context } from '../../context.js';

export const authResolvers = {
  Query: {
    whoami: (_: unknown, __: unknown, ctx: Context) => ({ name: ctx.actor.name, role: ctx.actor.role }),
    tokens: (_: unknown, __: unknown, ctx: Context) => {
      requireRole(ctx.actor, 'admin', 'tokens');
      return ctx.tokens.list();
    },
  },
  Mutation: {
    createToken: (_: unknown, a: { role: string; name: string; expiresInDays?: number | null }, ctx: Context) => {
      requireRole(ctx.actor, 'admin', 'createToken');
      return ctx.tokens.create(ctx.actor, a);
    },
    revokeToken: (_: unknown, a: { id: string }, ctx: Context) => {
      requireRole(ctx.actor, 'admin', 'revokeToken');
      return ctx.tokens.revoke(ctx.actor, a.id);
    },
  },
};
