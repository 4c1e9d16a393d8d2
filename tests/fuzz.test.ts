/**
 * A GraphQL fuzzer generated from the schema: seeded, a few thousand random queries (every query
 * field, random arguments drawn from hostile and ordinary values, random selections) through the
 * real app. No 5xx answer, no INTERNAL error, no crash, no unhandled rejection.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../server/src/graphql/schema.js';
import { testApp, testDb } from './setup/db.js';

const db = testDb();
const yoga = testApp(db);
afterAll(() => db.close());

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRINGS = [
  '',
  'ndb:dan-cu',
  'component:qng-lgsp',
  'arch:qng-3.0',
  'agency:qng-so-tai-chinh',
  'dan cu',
  'LGSP',
  'Component',
  'Task',
  'CONNECTS_TO',
  'x'.repeat(600),
  "') DETACH DELETE n //",
  '🙂',
  '\u0000',
  '%',
  '*',
  'domain:dan-cu',
  'rule:overlap',
];
const INTS = [-1, 0, 1, 3, 7, 50, 501, 100000, 2 ** 31 - 1];

type T = { kind: string; name?: string; ofType?: T };
interface Field {
  name: string;
  args: { name: string; type: T }[];
  type: T;
}

describe('GraphQL fuzzer', () => {
  it('2,000 seeded random queries: no 5xx, no INTERNAL error, no unhandled rejection', async () => {
    const schema = buildSchema();
    // Duck-typed: graphql may be loaded twice (ESM/CJS) under vitest.
    const typeMap = schema.getTypeMap() as unknown as Record<
      string,
      { getFields?: () => Record<string, unknown>; getValues?: () => { name: string }[]; getTypes?: () => { name: string }[] }
    >;
    const named = (t: { ofType?: unknown; name?: string }): { name: string } => (t.ofType ? named(t.ofType as never) : (t as { name: string }));
    const rejections: unknown[] = [];
    const onRejection = (e: unknown) => rejections.push(e);
    process.on('unhandledRejection', onRejection);
    const random = rng(20261125);
    const pick = <X>(xs: readonly X[]): X => xs[Math.floor(random() * xs.length)];

    function value(t: { toString(): string; ofType?: unknown }, depth = 0): string {
      const s = t.toString();
      if (s.endsWith('!')) return value(t.ofType as never, depth);
      if (s.startsWith('[')) return random() < 0.2 ? 'null' : `[${value(t.ofType as never, depth)}]`;
      const type = typeMap[s];
      if (random() < 0.1) return 'null';
      if (s === 'Int') return String(pick(INTS));
      if (s === 'Float') return String(pick(INTS) / 3);
      if (s === 'Boolean') return pick(['true', 'false']);
      if (s === 'String' || s === 'ID') return JSON.stringify(pick(STRINGS));
      if (s === 'JSON') return pick(['{}', '{a: 1}', '"x"', '[1, 2]']);
      if (type?.getValues) return pick(type.getValues()).name;
      if (type?.getFields && depth < 3) {
        const fields = Object.values(type.getFields()) as { name: string; type: never }[];
        return `{ ${fields
          .filter((f) => String((f as { type: object }).type).endsWith('!') || random() < 0.5)
          .map((f) => `${f.name}: ${value(f.type, depth + 1)}`)
          .join(', ')} }`;
      }
      return 'null';
    }

    function selection(typeName: string, depth: number): string {
      const type = typeMap[typeName];
      if (type?.getTypes)
        return `{ __typename ${type
          .getTypes()
          .slice(0, 2)
          .map((m) => `... on ${m.name} ${selection(m.name, depth)}`)
          .join(' ')} }`;
      if (!type?.getFields) return '';
      const fields = Object.values(type.getFields()) as Field[];
      const chosen = fields.filter((f) => f.args.every((a) => !String(a.type).endsWith('!')) && random() < (depth === 0 ? 0.6 : 0.3)).slice(0, 6);
      const parts = chosen.map((f) => {
        const inner = named(f.type as never).name;
        const sub = depth < 2 ? selection(inner, depth + 1) : typeMap[inner]?.getFields ? '{ __typename }' : '';
        if (typeMap[inner]?.getFields && !sub) return '';
        return `${f.name} ${sub}`;
      });
      const body = parts.filter(Boolean).join(' ');
      return `{ ${body || '__typename'} }`;
    }

    const query = (schema.getQueryType() as unknown as { getFields(): Record<string, Field> }).getFields();
    const roots = Object.values(query);
    const statuses = new Map<number, number>();
    const internal: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const f = pick(roots);
      const args = f.args.filter((a) => String(a.type).endsWith('!') || random() < 0.5).map((a) => `${a.name}: ${value(a.type as never)}`);
      const inner = named(f.type as never).name;
      const sel = typeMap[inner]?.getFields || typeMap[inner]?.getTypes ? selection(inner, 1) : '';
      const doc = `{ ${f.name}${args.length ? `(${args.join(', ')})` : ''} ${sel} }`;
      const res = await yoga.fetch('http://akb.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: doc }),
      });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
      for (const e of body.errors ?? []) if (e.extensions?.code === 'INTERNAL') internal.push(`${doc} → ${e.message}`);
      expect(res.status, doc).toBeLessThan(500);
    }
    process.off('unhandledRejection', onRejection);
    expect(internal.slice(0, 5)).toEqual([]);
    expect(rejections).toEqual([]);
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
  }, 600_000);
});
