/**
 * The declared model and its validator: one check per field rule, so a record is refused with
 * a clear where/why whichever door it comes through (fixtures, mutations, imports).
 */
import { describe, expect, it } from 'vitest';
import { KINDS, RELATIONSHIPS, KIND_BY_NAME } from '../../server/src/model/model.js';
import { validateNode, validateRelationship } from '../../server/src/model/validate.js';

const src = [{ document: '000_ad6ee82cc589edb4.txt', section: 'PL III', quote: 'LGSP' }];
/** A minimal valid record of each kind. */
function valid(kind: string): Record<string, unknown> {
  const spec = KIND_BY_NAME.get(kind)!;
  const r: Record<string, unknown> = { id: `${spec.idPrefix}:x`, kind, name: 'Tên', provenance: 'stated', sources: src };
  for (const [p, s] of Object.entries(spec.props)) {
    if (!s.required) continue;
    r[p] = s.values ? s.values[0] : s.type === 'int' ? 1 : s.type === 'string[]' ? [] : s.type === 'boolean' ? true : 'x';
  }
  return r;
}
const problems = (r: Record<string, unknown>) => validateNode('r', r).map((p) => `${p.where}: ${p.message}`);

describe('model', () => {
  it('declares each relationship’s endpoints with kinds that exist', () => {
    for (const r of RELATIONSHIPS) for (const k of [...r.from, ...r.to]) expect(KIND_BY_NAME.has(k), `${r.type}: ${k}`).toBe(true);
  });

  it.each(KINDS.map((k) => k.name))('a minimal %s is valid', (kind) => {
    expect(problems(valid(kind))).toEqual([]);
  });

  for (const kind of KINDS)
    for (const [prop, spec] of Object.entries(kind.props)) {
      if (spec.required)
        it(`${kind.name}.${prop} is required`, () => {
          const r = valid(kind.name);
          delete r[prop];
          expect(problems(r)).toContainEqual(`r.${prop}: is required for ${kind.name}`);
        });
      if (spec.values)
        it(`${kind.name}.${prop} takes only its listed values`, () => {
          expect(problems({ ...valid(kind.name), [prop]: 'not-a-value' }).join('\n')).toContain(`r.${prop}: must be one of`);
        });
      it(`${kind.name}.${prop} must be a ${spec.type}`, () => {
        const wrong = spec.type === 'string' ? 42 : spec.type === 'int' ? 'x' : spec.type === 'boolean' ? 'x' : 'x';
        expect(problems({ ...valid(kind.name), [prop]: wrong }).length).toBeGreaterThan(0);
      });
    }

  it('refuses an unknown kind, an id with the wrong prefix, a missing name and an unknown property', () => {
    expect(problems({ ...valid('Agency'), kind: 'Nope' })[0]).toMatch(/r\.kind: unknown kind/);
    expect(problems({ ...valid('Agency'), id: 'component:x' })).toContainEqual('r.id: must be "agency:<slug>" with no spaces');
    expect(problems({ ...valid('Agency'), name: '  ' })).toContainEqual('r.name: is required');
    expect(problems({ ...valid('Agency'), colour: 'red' })).toContainEqual('r.colour: is not a property of Agency');
  });

  it('needs provenance; stated needs a source; inferred a rule and confidence; external a reference', () => {
    expect(problems({ ...valid('Agency'), provenance: undefined })).toContainEqual('r.provenance: must be one of stated, inferred, external, example');
    expect(problems({ ...valid('Agency'), sources: [] })).toContainEqual('r.sources: a stated fact needs at least one source (document, section, quote)');
    expect(problems({ ...valid('Agency'), sources: [{ document: 'd', section: '', quote: 'q' }] })).toContainEqual('r.sources[0].section: is required');
    const inferred = problems({ ...valid('Agency'), provenance: 'inferred' });
    expect(inferred).toContainEqual('r.rule: an inferred fact names the rule that derived it');
    expect(inferred.join('\n')).toContain('r.confidence: must be one of high, medium, low');
    expect(problems({ ...valid('Agency'), provenance: 'external' })).toContainEqual('r.reference: an external fact names its reference');
    expect(problems({ ...valid('Agency'), provenance: 'example', sources: undefined })).toEqual([]);
  });

  it('checks relationship endpoints, dangling ids and relationship properties', () => {
    const kinds: Record<string, string> = { 'component:a': 'Component', 'component:b': 'Component', 'agency:x': 'Agency', 'arch:v': 'Architecture' };
    const kindOf = (id: string) => kinds[id];
    const rel = (r: Record<string, unknown>) => validateRelationship('r', { provenance: 'example', ...r }, kindOf).map((p) => `${p.where}: ${p.message}`);
    expect(rel({ type: 'INTEGRATES_VIA', from: 'component:a', to: 'component:b' })).toEqual([]);
    expect(rel({ type: 'NOPE', from: 'component:a', to: 'component:b' })[0]).toMatch(/unknown relationship type/);
    expect(rel({ type: 'INTEGRATES_VIA', from: 'component:a', to: 'component:zzz' })).toContainEqual('r.to: no node has this id');
    expect(rel({ type: 'INTEGRATES_VIA', from: 'agency:x', to: 'component:b' })[0]).toMatch(/INTEGRATES_VIA cannot start at a Agency/);
    expect(rel({ type: 'INCLUDES', from: 'arch:v', to: 'component:a' })).toContainEqual('r.status: is required on INCLUDES');
    expect(rel({ type: 'INCLUDES', from: 'arch:v', to: 'component:a', status: 'maybe' })[0]).toMatch(/status: must be one of existing/);
    expect(rel({ type: 'CONNECTS_TO', from: 'component:a', to: 'component:a' })).toContainEqual('r: a relationship cannot join a node to itself');
  });
});
