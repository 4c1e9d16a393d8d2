/**
 * The schema is selectable by every client: fields of one name have one type (and one argument
 * list) across the implementations of an interface and the members of a union, so a query that
 * selects `... on Component { level } ... on Agency { level }` passes GraphQL validation
 * (OverlappingFieldsCanBeMerged) in code generators, caches and the live server alike. The live
 * server's answer is in tests/graphql-schema.test.ts.
 */
import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';
import type { GraphQLField, GraphQLNamedType, GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../server/src/graphql/schema.js';

const schema = buildSchema();
// The graphql the schema was built with: Node resolves `graphql` to its CommonJS entry for
// @graphql-tools, while Vite would hand this file the ES module one (another realm).
const { getNamedType, parse, validate } = createRequire(import.meta.url)('graphql') as typeof GraphQL;

/** Interfaces with their implementations, unions with their members. */
function groups(): { name: string; types: readonly GraphQLObjectType[] }[] {
  const out: { name: string; types: readonly GraphQLObjectType[] }[] = [];
  for (const t of Object.values(schema.getTypeMap())) {
    if (t.name.startsWith('__')) continue;
    const abstract = t as GraphQLNamedType & { getTypes?: () => readonly GraphQLObjectType[] };
    if (typeof abstract.getTypes === 'function') out.push({ name: t.name, types: abstract.getTypes() });
    else if (t.constructor.name === 'GraphQLInterfaceType' || 'resolveType' in t) {
      try {
        out.push({ name: t.name, types: schema.getPossibleTypes(t as never) });
      } catch {
        /* not abstract */
      }
    }
  }
  return out.filter((g) => g.types.length > 1);
}

const signature = (f: GraphQLField<unknown, unknown>) => `${String(f.type)}(${f.args.map((a) => `${a.name}: ${String(a.type)}`).join(', ')})`;

describe('one type per field name', () => {
  it('across the implementations of every interface and the members of every union', () => {
    const all = groups();
    expect(all.map((g) => g.name)).toContain('Node');
    const conflicts: string[] = [];
    for (const g of all) {
      const byField = new Map<string, Map<string, string[]>>();
      for (const t of g.types)
        for (const f of Object.values(t.getFields())) {
          const seen = byField.get(f.name) ?? new Map<string, string[]>();
          seen.set(signature(f), [...(seen.get(signature(f)) ?? []), t.name]);
          byField.set(f.name, seen);
        }
      for (const [field, sigs] of byField)
        if (sigs.size > 1) conflicts.push(`${g.name}.${field}: ${[...sigs].map(([s, types]) => `${s} on ${types.join(', ')}`).join(' | ')}`);
    }
    expect(conflicts).toEqual([]);
  });

  it('a query selecting every field of every kind through `node` validates', () => {
    const node = schema.getType('Node')!;
    const fragments = schema.getPossibleTypes(node as never).map((t) => {
      const fields = Object.values(t.getFields()).map((f) => {
        const named = getNamedType(f.type);
        const leaf = !('getFields' in named);
        return leaf ? f.name : `${f.name} { __typename }`;
      });
      return `... on ${t.name} { ${fields.join(' ')} }`;
    });
    const errors = validate(schema, parse(`query($id: ID!) { node(id: $id) { ${fragments.join(' ')} } }`));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
