/**
 * The overlap and same-system rules find pairs by prefix filtering rather than comparing every
 * pair; these tests check it returns exactly the brute-force answer, and the name folding.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dice,
  idfWeights,
  jaccardForDice,
  pairsWith,
  similarPairs,
  unitWeights,
  weightedJaccard,
  type ItemSet,
} from '../../server/src/appraisal/similarity.js';
import { nameTokens } from '../../server/src/appraisal/checks.js';

function bruteForce(sets: ItemSet[], w: (i: string) => number, t: number) {
  const out: string[] = [];
  for (let i = 0; i < sets.length; i++)
    for (let j = i + 1; j < sets.length; j++) {
      const s = weightedJaccard(sets[i].items, sets[j].items, w);
      if (s + 1e-12 >= t) out.push([sets[i].id, sets[j].id].sort().join('+'));
    }
  return out.sort();
}

const setsArb = fc
  .array(fc.uniqueArray(fc.integer({ min: 0, max: 14 }), { minLength: 1, maxLength: 6 }), { minLength: 2, maxLength: 30 })
  .map((lists) => lists.map((l, k) => ({ id: `s${String(k).padStart(2, '0')}`, items: l.map((x) => `i${x}`) })));

describe('similar pairs by prefix filtering', () => {
  it('equals brute force with IDF weights, at any threshold', () => {
    fc.assert(
      fc.property(setsArb, fc.double({ min: 0.1, max: 1, noNaN: true }), (sets, t) => {
        const w = idfWeights(sets);
        expect(
          similarPairs(sets, w, t)
            .map((p) => `${p.a}+${p.b}`)
            .sort(),
        ).toEqual(bruteForce(sets, w, t));
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });

  it('equals brute force with unit weights (the Dice threshold through Jaccard)', () => {
    fc.assert(
      fc.property(setsArb, (sets) => {
        const t = jaccardForDice(0.8);
        const pairs = similarPairs(sets, unitWeights, t);
        expect(pairs.map((p) => `${p.a}+${p.b}`).sort()).toEqual(bruteForce(sets, unitWeights, t));
        for (const p of pairs) expect(dice(sets.find((s) => s.id === p.a)!.items, sets.find((s) => s.id === p.b)!.items)).toBeGreaterThanOrEqual(0.8 - 1e-12);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('pairs with one set (a proposal against the catalogue) equal the all-pairs answer filtered to it', () => {
    fc.assert(
      fc.property(setsArb, fc.double({ min: 0.1, max: 1, noNaN: true }), (sets, t) => {
        const w = idfWeights(sets);
        const only = new Set([sets[0].id]);
        const all = similarPairs(sets, w, t).filter((p) => only.has(p.a) || only.has(p.b));
        expect(pairsWith(sets, only, w, t)).toEqual(all);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('weights rare items more: sharing a rare item scores higher than sharing a common one', () => {
    const sets = [
      { id: 'a', items: ['common', 'rare'] },
      { id: 'b', items: ['common', 'rare'] },
      { id: 'c', items: ['common', 'x'] },
      { id: 'd', items: ['common', 'y'] },
      { id: 'e', items: ['common', 'z'] },
    ];
    const w = idfWeights(sets);
    expect(w('rare')).toBeGreaterThan(w('common'));
    expect(weightedJaccard(['common', 'x'], ['common', 'y'], w)).toBeLessThan(weightedJaccard(['rare', 'x'], ['rare', 'y'], w));
  });

  it('reports shared and unique items of each pair', () => {
    const [p] = similarPairs(
      [
        { id: 'b', items: ['x', 'y', 'z'] },
        { id: 'a', items: ['x', 'y', 'w'] },
      ],
      unitWeights,
      0.5,
    );
    expect(p).toMatchObject({ a: 'a', b: 'b', shared: ['x', 'y'], onlyA: ['w'], onlyB: ['z'] });
  });
});

describe('name tokens for entity resolution', () => {
  it('fold diacritics, both tone-mark styles and đ, expand abbreviations, drop generic words and the province', () => {
    expect(nameTokens('HTTT quản lý hồ sơ sức khoẻ điện tử', 'Quảng Ngãi')).toEqual(
      nameTokens('Hệ thống thông tin quản lý hồ sơ sức khỏe điện tử tỉnh Quảng Ngãi', 'Quảng Ngãi'),
    );
    expect(nameTokens('Hệ thống quản lý hoá đơn')).toEqual(['quan', 'ly', 'hoa', 'don']);
    expect(nameTokens('CSDL đất đai')).toEqual(['co', 'so', 'du', 'lieu', 'dat', 'dai']);
  });
});
