/**
 * The GraphQL schema is documented for other tools: every type and every field has a description.
 */
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../server/src/graphql/schema.js';

describe('GraphQL schema', () => {
  it('describes every type and field', () => {
    const schema = buildSchema();
    const missing: string[] = [];
    for (const t of Object.values(schema.getTypeMap())) {
      if (t.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID', 'Query', 'Mutation'].includes(t.name) === true) {
        if (t.name !== 'Query' && t.name !== 'Mutation') continue;
      } else if (!t.description) missing.push(t.name);
      // Duck-typed: graphql may be loaded twice (ESM and CJS), so instanceof checks do not apply.
      const withFields = t as unknown as { getFields?: () => Record<string, { name: string; description?: string | null }> };
      if (typeof withFields.getFields === 'function')
        for (const f of Object.values(withFields.getFields())) if (!f.description) missing.push(`${t.name}.${f.name}`);
    }
    expect(missing).toEqual([]);
  });
});
