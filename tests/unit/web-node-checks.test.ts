/**
 * The edit form's checks in the browser (web/src/kb-node-form/checks.ts) flag exactly the fields
 * the server's validator (server/src/model/validate.ts) flags, on random createNode inputs built
 * from the model — the web runs the validator generated from the server's (it may not load server
 * code), on the record the API would build; an update is judged over the node as stored. Also the
 * id proposed from a name.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNodeInput, slugFromName } from '../../web/src/kb-node-form/checks.js';
import { validateNode } from '../../server/src/model/validate.js';
import { COMMON_PROPS, CONFIDENCES, KINDS, PROVENANCES, type PropSpec } from '../../server/src/model/model.js';

const valueFor = (spec: PropSpec) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.constant(undefined) },
    spec.values
      ? fc.constantFrom(...spec.values)
      : spec.type === 'int'
        ? fc.integer()
        : spec.type === 'boolean'
          ? fc.boolean()
          : spec.type === 'string[]'
            ? fc.array(fc.string(), { maxLength: 2 })
            : fc.string({ maxLength: 8 }),
    // Wrong on purpose: another type, a value outside the list, nothing.
    fc.constantFrom(12.5, 'not-in-list', true, ['x'], null),
  );
/** Mostly right, sometimes wrong: `good` 9 times in 10. */
const mostly = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) => fc.oneof({ weight: 9, arbitrary: good }, { weight: 1, arbitrary: bad });

const source = fc.record({
  document: mostly(fc.constant('doc'), fc.constantFrom('', '  ')),
  section: mostly(fc.constant('1'), fc.constant('')),
  quote: mostly(fc.constant('q'), fc.constantFrom('', 'x'.repeat(401))),
});

const input = fc.constantFrom(...KINDS.map((k) => k.name), 'Nope').chain((kind) => {
  const spec = KINDS.find((k) => k.name === kind);
  const own = spec ? Object.entries(spec.props).filter(([k]) => !(k in COMMON_PROPS)) : [];
  const prefix = spec?.idPrefix ?? 'x';
  return fc.record(
    {
      kind: fc.constant(kind),
      id: mostly(fc.constant(`${prefix}:ok-slug`), fc.constantFrom(`${prefix}:`, `${prefix}:with space`, 'other:slug', '')),
      name: mostly(fc.constant('Tên'), fc.constantFrom('', '   ', 42 as unknown as string)),
      nameEn: valueFor(COMMON_PROPS.nameEn),
      abbreviations: valueFor(COMMON_PROPS.abbreviations),
      province: valueFor(COMMON_PROPS.province),
      properties: fc.record(Object.fromEntries(own.map(([k, s]) => [k, valueFor(s)])), { requiredKeys: [] }),
      provenance: mostly(fc.constantFrom(...PROVENANCES), fc.constant('made-up')),
      sources: mostly<unknown[] | undefined>(fc.array(source, { minLength: 1, maxLength: 2 }), fc.constantFrom(undefined, [])),
      rule: mostly(fc.constant('R1'), fc.constantFrom('', undefined)),
      confidence: mostly(fc.constantFrom(...CONFIDENCES), fc.constantFrom('certain', undefined)),
      reference: mostly(fc.constant('ref'), fc.constantFrom('', undefined)),
    },
    { requiredKeys: ['kind', 'provenance'] },
  );
});

/** As the API does before validating: `properties` flattened into the record; absent values dropped. */
function flatten(i: Record<string, unknown>): Record<string, unknown> {
  const { properties, ...rest } = i;
  const out = { ...rest, ...((properties as Record<string, unknown>) ?? {}) };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

const clean = (i: Record<string, unknown>): Record<string, unknown> => {
  const properties = Object.fromEntries(Object.entries((i.properties as Record<string, unknown>) ?? {}).filter(([, v]) => v !== undefined));
  return { ...Object.fromEntries(Object.entries(i).filter(([k, v]) => v !== undefined && k !== 'properties')), properties };
};

describe('node form checks = server validation', () => {
  it('flags the same fields as validateNode on 3,000 random createNode inputs', () => {
    let valid = 0;
    let invalid = 0;
    fc.assert(
      fc.property(input, (raw) => {
        const i = clean(raw as Record<string, unknown>);
        const browser = new Set(checkNodeInput('create', i).map((p) => p.where));
        const server = new Set(validateNode('input', flatten(i) as never).map((p) => p.where));
        expect([...browser].sort()).toEqual([...server].sort());
        if (server.size) invalid++;
        else valid++;
      }),
      { numRuns: 3000, seed: 22 },
    );
    // Not vacuous: both outcomes occur often.
    expect(invalid).toBeGreaterThan(300);
    expect(valid).toBeGreaterThan(30);
  });

  it('passes a valid system and refuses an empty one with Vietnamese messages', () => {
    const ok = {
      id: 'component:cong-dvc',
      kind: 'Component',
      name: 'Cổng DVC',
      provenance: 'stated',
      sources: [{ document: 'd', section: '1', quote: 'q' }],
      properties: { componentKind: 'portal' },
    };
    expect(checkNodeInput('create', ok)).toEqual(validateNode('input', flatten(ok) as never));
    const empty = checkNodeInput('create', { id: '', kind: 'Component', name: '', provenance: 'stated' });
    expect(empty.map((p) => p.where)).toEqual(expect.arrayContaining(['input.id', 'input.name', 'input.sources']));
    expect(empty.every((p) => /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđáàãâăéèêíìóòõôơúùưý]/i.test(p.messageVi))).toBe(true);
  });

  it('judges an update as the server does: the patch over the node as stored', () => {
    const stored = {
      id: 'component:cong-dvc',
      kind: 'Component',
      name: 'Cổng DVC',
      nameEn: null,
      abbreviations: [],
      aliases: [],
      province: null,
      description: null,
      provenance: 'inferred',
      rule: 'R1',
      confidence: 'high',
      sources: [],
      properties: { componentKind: 'portal', level: 'province' },
    };
    // The patch leaves rule and confidence out: the stored ones stand.
    expect(checkNodeInput('update', { name: 'Cổng DVC tỉnh', provenance: 'inferred' }, stored)).toEqual([]);
    // Emptying a required property or the name is refused where the server refuses it.
    const wrong = checkNodeInput('update', { name: ' ', properties: { componentKind: null, level: 'galaxy' }, provenance: 'inferred', rule: null }, stored);
    expect(wrong.map((p) => p.where).sort()).toEqual(['patch.componentKind', 'patch.level', 'patch.name', 'patch.rule']);
    // An external node's stored reference is not returned by the API: only a patch that sets one is judged.
    expect(checkNodeInput('update', { provenance: 'external' }, stored)).toEqual([]);
    expect(checkNodeInput('update', { provenance: 'external', reference: '' }, stored).map((p) => p.where)).toEqual(['patch.reference']);
  });

  it('proposes an id slug from a Vietnamese name', () => {
    expect(slugFromName('Cổng Dịch vụ công tỉnh Quảng Ngãi')).toBe('cong-dich-vu-cong-tinh-quang-ngai');
    expect(slugFromName('Hệ thống Đ/H — “thử” 2.0')).toBe('he-thong-d-h-thu-2-0');
    expect(slugFromName('  ')).toBe('');
    expect(slugFromName('a'.repeat(30) + ' ' + 'b'.repeat(40))).toBe('a'.repeat(30));
  });
});
