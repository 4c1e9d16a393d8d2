/**
 * The GraphQL schema is documented for other tools, in both of akb's languages: every type, field,
 * argument, input field and enum value has a description written "Vietnamese / English" — the
 * generated kinds and relationship fields (from the model) and the root types included, with no
 * exemption.
 */
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../server/src/graphql/schema.js';

/** A letter only Vietnamese writes (tone marks, ơ, ư, ă, â, ê, ô, đ). */
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

/** Why a description is not "Vietnamese / English", or null when it is. */
function bilingualProblem(description: string | null | undefined): string | null {
  if (!description?.trim()) return 'no description';
  const parts = description.split(/\s\/\s/);
  if (parts.length < 2) return 'no " / " between the Vietnamese and the English';
  const [vi, ...rest] = parts;
  const en = rest.join(' / ');
  if (!VIETNAMESE.test(vi)) return 'the part before " / " is not Vietnamese';
  if (!/[A-Za-z]{2,}/.test(en)) return 'no English after " / "';
  return null;
}

describe('GraphQL schema documentation', () => {
  it('the check itself: "Vietnamese / English" passes, one language alone does not', () => {
    expect(bilingualProblem('Tỉnh. / Province.')).toBeNull();
    expect(bilingualProblem('Cơ quan chủ quản.\n/ Owner agency.')).toBeNull();
    expect(bilingualProblem('Province.')).toBe('no " / " between the Vietnamese and the English');
    expect(bilingualProblem('national | province / sector')).toBe('the part before " / " is not Vietnamese');
    expect(bilingualProblem('Tỉnh. / Tỉnh.')).toBeNull();
    expect(bilingualProblem('Tỉnh. / …')).toBe('no English after " / "');
    expect(bilingualProblem(undefined)).toBe('no description');
  });

  it('describes every type, field, argument, input field and enum value in Vietnamese and English', () => {
    const schema = buildSchema();
    const missing: string[] = [];
    const check = (where: string, d: string | null | undefined) => {
      const problem = bilingualProblem(d);
      if (problem) missing.push(`${where}: ${problem}${d ? ` (${JSON.stringify(d.slice(0, 80))})` : ''}`);
    };
    const counted = { types: 0, fields: 0, args: 0, values: 0 };
    for (const t of Object.values(schema.getTypeMap())) {
      // GraphQL's own types and scalars are the specification's, not akb's.
      if (t.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name)) continue;
      counted.types++;
      check(t.name, t.description);
      // Duck-typed: graphql may be loaded twice (ESM and CJS), so instanceof checks do not apply.
      const withFields = t as unknown as {
        getFields?: () => Record<string, { name: string; description?: string | null; args?: readonly { name: string; description?: string | null }[] }>;
      };
      if (typeof withFields.getFields === 'function')
        for (const f of Object.values(withFields.getFields())) {
          counted.fields++;
          check(`${t.name}.${f.name}`, f.description);
          for (const a of f.args ?? []) {
            counted.args++;
            check(`${t.name}.${f.name}(${a.name})`, a.description);
          }
        }
      const withValues = t as unknown as { getValues?: () => readonly { name: string; description?: string | null }[] };
      if (typeof withValues.getValues === 'function')
        for (const v of withValues.getValues()) {
          counted.values++;
          check(`${t.name}.${v.name}`, v.description);
        }
    }
    expect(missing).toEqual([]);
    // The generated kinds, their relationship fields and the arguments are all in the count.
    expect(counted.fields).toBeGreaterThan(800);
    expect(counted.args).toBeGreaterThan(100);
    expect(counted.values).toBeGreaterThan(40);
  });
});
