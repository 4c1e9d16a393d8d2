/**
 * The bulk loads' bookkeeping (server/src/interop/bulk-ids.ts): ids interned with their kind, the
 * element ids of the nodes met (kept compactly, always given back exactly), and the exact set of
 * relationships written.
 */
import { describe, expect, it } from 'vitest';
import { IdTable, RelKeySet, TYPE_CODE } from '../../server/src/interop/bulk-ids.js';

describe('IdTable', () => {
  it('keeps kind, created flag and element id of 200,000 ids (past several growths)', () => {
    const ids = new IdTable();
    for (let i = 0; i < 200_000; i++) {
      ids.set(`component:c-${i}`, 'Component', i % 2 === 0);
      ids.setRef(`component:c-${i}`, `4:5f0c1a2b-0000-4000-8000-00000000abcd:${i * 7}`);
    }
    expect(ids.size).toBe(200_000);
    for (const i of [0, 1, 65_535, 65_536, 131_072, 199_999]) {
      expect(ids.kindOf(`component:c-${i}`)).toBe('Component');
      expect(ids.created(`component:c-${i}`)).toBe(i % 2 === 0);
      expect(ids.refOf(`component:c-${i}`)).toBe(`4:5f0c1a2b-0000-4000-8000-00000000abcd:${i * 7}`);
    }
    expect(ids.refOf('component:unknown')).toBeUndefined();
  });

  it('gives back element ids of any other shape exactly', () => {
    const ids = new IdTable();
    const refs = ['4:db:12', '4:other-db:13', 'no-colon', '4:db:007', '4:db:1e3', `4:db:${2 ** 60}`, '4:db:'];
    refs.forEach((ref, i) => {
      ids.set(`agency:a-${i}`, 'Agency');
      ids.setRef(`agency:a-${i}`, ref);
    });
    refs.forEach((ref, i) => expect(ids.refOf(`agency:a-${i}`)).toBe(ref));
    // Replacing a ref of another shape by a compact one (and back) leaves no stale value.
    ids.setRef('agency:a-1', '4:db:99');
    expect(ids.refOf('agency:a-1')).toBe('4:db:99');
    ids.setRef('agency:a-0', 'whole');
    expect(ids.refOf('agency:a-0')).toBe('whole');
    expect(ids.refOf('agency:a-2')).toBe('no-colon');
  });
});

describe('RelKeySet', () => {
  it('tells a relationship given again from a new one, past growth', () => {
    const keys = new RelKeySet();
    const uses = TYPE_CODE.get('USES_DATA_FROM')!;
    const owned = TYPE_CODE.get('OWNED_BY')!;
    for (let i = 0; i < 100_000; i++) expect(keys.add(i, uses, i + 1)).toBe(true);
    expect(keys.add(5, uses, 6)).toBe(false);
    expect(keys.add(5, owned, 6)).toBe(true);
    expect(keys.add(6, uses, 5)).toBe(true);
    expect(keys.has(99_999, uses, 100_000)).toBe(true);
    expect(keys.has(100_000, uses, 100_001)).toBe(false);
    expect(keys.size).toBe(100_002);
  });
});
