import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { AkbError } from '../../../errors.js';
import type { RelRecord } from '../../../model/validate.js';
import type { Context } from '../../context.js';
import { atLeast, requireRole } from '../../../auth/roles.js';
import { TOKEN_OPERATIONS, withoutSensitiveFields } from '../../../auth/visibility.js';

function literal(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map(literal);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literal(f.value)]));
    default:
      throw new AkbError('VALIDATION_FAILED', 'JSON: variables are not allowed inside a JSON literal');
  }
}

export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (v) => v,
  parseValue: (v) => v,
  parseLiteral: literal,
});

/** Kind-specific `properties` are flattened into the record; they may not shadow the named fields. */
function flatten(input: Record<string, unknown>, where: string): Record<string, unknown> {
  const { properties, ...rest } = input;
  if (properties === undefined || properties === null) return rest;
  if (typeof properties !== 'object' || Array.isArray(properties))
    throw new AkbError('VALIDATION_FAILED', `${where}.properties must be an object`, [
      { where: `${where}.properties`, message: 'must be an object', value: properties },
    ]);
  for (const k of Object.keys(properties)) {
    if (Object.hasOwn(rest, k) || k === 'id' || k === 'kind')
      throw new AkbError('VALIDATION_FAILED', `${where}.properties.${k} repeats a named field`, [
        { where: `${where}.properties.${k}`, message: 'use the named field instead' },
      ]);
  }
  return { ...rest, ...(properties as Record<string, unknown>) };
}

const parseJson = (s: unknown) => (typeof s === 'string' ? JSON.parse(s) : null);
const relOut = (r: RelRecord, ctx: Context) => ({
  from: ctx.loaders.node.load(r.from),
  to: ctx.loaders.node.load(r.to),
  type: r.type,
  status: r.status ?? null,
  via: (r as { via?: string }).via ?? null,
  note: r.note ?? null,
  provenance: r.provenance,
  sources: (r.sources ?? []).map((s) => ({ ...s, provenance: r.provenance })),
});

export const adminResolvers = {
  JSON: JSONScalar,
  Query: {
    history: async (_: unknown, a: { id: string; first: number }, ctx: Context) => {
      if (!Number.isInteger(a.first) || a.first < 1 || a.first > 1000)
        throw new AkbError('VALIDATION_FAILED', 'first must be between 1 and 1000', [{ where: 'first', message: '1..1000', value: a.first }]);
      // Token events (a token's name and role) are for admins; sensitive properties in before/after
      // follow the same rule as the node fields that hold them.
      const rows = await ctx.mutations.history(a.id, a.first, atLeast(ctx.actor.role, 'admin') ? [] : TOKEN_OPERATIONS);
      return rows.map((r) => ({
        ...r,
        before: withoutSensitiveFields(parseJson(r.before), ctx.actor),
        after: withoutSensitiveFields(parseJson(r.after), ctx.actor),
      }));
    },
  },
  Mutation: {
    // Every change to the graph needs an editor (or admin) token; checked here, whatever the client shows.
    createNode: (_: unknown, a: { input: Record<string, unknown> }, ctx: Context) => {
      requireRole(ctx.actor, 'editor', 'createNode');
      return ctx.mutations.createNode(ctx.actor, flatten(a.input, 'input'));
    },
    updateNode: (_: unknown, a: { id: string; patch: Record<string, unknown> }, ctx: Context) => {
      requireRole(ctx.actor, 'editor', 'updateNode');
      return ctx.mutations.updateNode(ctx.actor, a.id, flatten(a.patch, 'patch'));
    },
    deleteNode: (_: unknown, a: { id: string; force: boolean }, ctx: Context) => {
      requireRole(ctx.actor, 'editor', 'deleteNode');
      return ctx.mutations.deleteNode(ctx.actor, a.id, a.force);
    },
    createRelationship: async (_: unknown, a: { input: Record<string, unknown> }, ctx: Context) => {
      requireRole(ctx.actor, 'editor', 'createRelationship');
      return relOut(await ctx.mutations.createRelationship(ctx.actor, a.input), ctx);
    },
    updateRelationship: async (_: unknown, a: { key: { from: string; type: string; to: string }; patch: Record<string, unknown> }, ctx: Context) => {
      requireRole(ctx.actor, 'editor', 'updateRelationship');
      return relOut(await ctx.mutations.updateRelationship(ctx.actor, a.key, a.patch), ctx);
    },
    deleteRelationship: (_: unknown, a: { key: { from: string; type: string; to: string } }, ctx: Context) => {
      requireRole(ctx.actor, 'editor', 'deleteRelationship');
      return ctx.mutations.deleteRelationship(ctx.actor, a.key);
    },
  },
};
