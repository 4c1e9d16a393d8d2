/**
 * The ArchiMate mapping tables and helpers, without files or database: the tables name only types
 * and kinds that exist, each akb relationship exported through a rule reads back as itself, texts
 * keep their languages under edits, and derived identifiers are valid and distinct.
 */
import { describe, expect, it } from 'vitest';
import { KINDS, REL_BY_TYPE } from '../../server/src/model/model.js';
import { ncName, isNcName, IdentifierPool } from '../../server/src/interop/archimate/ids.js';
import {
  archimateReading,
  akbReading,
  ELEMENT_KINDS,
  KIND_ELEMENT_TYPES,
  COMPONENT_KIND_TYPES,
  RELATIONSHIP_RULES,
  readingOfAkbType,
} from '../../server/src/interop/archimate/mapping.js';
import { akbTexts, reconcileTexts, type Texts } from '../../server/src/interop/archimate/texts.js';
import { ARCHIMATE_ELEMENT_TYPES, ARCHIMATE_RELATIONSHIP_TYPES } from '../../server/src/model/archimate-vocabulary.js';

const isElementType = (t: string) => (ARCHIMATE_ELEMENT_TYPES as readonly string[]).includes(t);

describe('ArchiMate mapping tables', () => {
  it('give every akb kind but Element an ArchiMate type to export as', () => {
    for (const k of KINDS.filter((k) => k.name !== 'Element')) expect(isElementType(KIND_ELEMENT_TYPES[k.name]), k.name).toBe(true);
    for (const t of Object.values(COMPONENT_KIND_TYPES)) expect(isElementType(t)).toBe(true);
  });

  it('map ArchiMate element types only to kinds that exist, with values the model allows', () => {
    for (const m of ELEMENT_KINDS) {
      expect(isElementType(m.type), m.type).toBe(true);
      const kind = KINDS.find((k) => k.name === m.kind);
      expect(kind, m.kind).toBeDefined();
      for (const [p, v] of Object.entries(m.props)) expect(kind!.props[p]?.values ?? [v], `${m.type}.${p}`).toContain(v);
    }
  });

  it('name only ArchiMate relationship and element types and akb relationship types that exist', () => {
    for (const r of RELATIONSHIP_RULES) {
      expect((ARCHIMATE_RELATIONSHIP_TYPES as readonly string[]).includes(r.archimate), r.archimate).toBe(true);
      expect(REL_BY_TYPE.has(r.akb), r.akb).toBe(true);
      for (const t of [...(r.source ?? []), ...(r.target ?? [])]) expect(isElementType(t), t).toBe(true);
    }
  });

  it('export each akb relationship of a rule as that rule, and read it back as itself', () => {
    for (const r of RELATIONSHIP_RULES) {
      const s = r.source?.[0] ?? 'Grouping';
      const t = r.target?.[0] ?? 'ApplicationComponent';
      const [fromType, toType] = r.reversed ? [t, s] : [s, t];
      const reading = archimateReading(r.akb, fromType, toType);
      expect(reading.type, r.akb).toBe(r.archimate);
      expect(reading.reversed, r.akb).toBe(r.reversed);
      expect(readingOfAkbType(reading.type, r.akb), r.akb).toEqual({ akb: r.akb, reversed: r.reversed });
    }
  });

  it('export what no rule covers as an Association in akb’s direction', () => {
    expect(archimateReading('OWNED_BY', 'ApplicationComponent', 'BusinessActor')).toEqual({ type: 'Association', reversed: false });
    expect(archimateReading('PART_OF', 'ApplicationComponent', 'Node')).toEqual({ type: 'Association', reversed: false });
    expect(readingOfAkbType('Association', 'OWNED_BY')).toEqual({ akb: 'OWNED_BY', reversed: false });
  });

  it('read a Serving from a service to a component as USES_SERVICE pointing at the service, and only where the kinds allow it', () => {
    const service = { type: 'ApplicationService', kind: 'SharedService' };
    const app = { type: 'ApplicationComponent', kind: 'Component' };
    expect(akbReading({ type: 'Serving' }, service, app, new Set())).toEqual({ akb: 'USES_SERVICE', reversed: true });
    expect(akbReading({ type: 'Serving' }, service, { type: 'BusinessProcess', kind: 'Element' }, new Set())).toBeUndefined();
  });

  it('read Access as HOLDS_DATA only when it writes', () => {
    const app = { type: 'ApplicationComponent', kind: 'Component' };
    const data = { type: 'DataObject', kind: 'DataDomain' };
    expect(akbReading({ type: 'Access', accessType: 'Write' }, app, data, new Set())).toEqual({ akb: 'HOLDS_DATA', reversed: false });
    expect(akbReading({ type: 'Access', accessType: 'Read' }, app, data, new Set())).toBeUndefined();
    expect(akbReading({ type: 'Access' }, app, data, new Set())).toBeUndefined();
  });

  it('read an Aggregation from an architecture as INCLUDES only when the file gives its status', () => {
    const arch = { type: 'Plateau', kind: 'Architecture' };
    const app = { type: 'ApplicationComponent', kind: 'Component' };
    expect(akbReading({ type: 'Aggregation' }, arch, app, new Set())).toBeUndefined();
    expect(akbReading({ type: 'Aggregation' }, arch, app, new Set(['status']))).toEqual({ akb: 'INCLUDES', reversed: false });
  });
});

describe('ArchiMate texts', () => {
  const texts: Texts = {
    name: [
      { lang: 'en', text: 'Population database' },
      { lang: 'vi', text: 'CSDL dân cư' },
      { lang: 'fr', text: 'Base de population' },
    ],
    documentation: [
      { lang: 'vi', text: 'Mô tả' },
      { lang: 'en', text: 'Description' },
    ],
  };

  it('take the Vietnamese name as the name, the English one as nameEn, and the documentation in the name’s language', () => {
    expect(akbTexts(texts)).toEqual({ name: 'CSDL dân cư', nameEn: 'Population database', description: 'Mô tả' });
  });

  it('give the texts back unchanged when nothing was edited, and keep the other languages when something was', () => {
    expect(reconcileTexts(texts, akbTexts(texts))).toEqual(texts);
    const edited = reconcileTexts(texts, { name: 'CSDL quốc gia về dân cư', nameEn: 'Population database', description: undefined });
    expect(edited.name).toEqual([
      { lang: 'en', text: 'Population database' },
      { lang: 'vi', text: 'CSDL quốc gia về dân cư' },
      { lang: 'fr', text: 'Base de population' },
    ]);
    expect(edited.documentation).toEqual([{ lang: 'en', text: 'Description' }]);
  });

  it('write akb’s own nodes in Vietnamese with the English name beside it', () => {
    expect(reconcileTexts(undefined, { name: 'Nền tảng LGSP', nameEn: 'LGSP platform', description: 'Nền tảng tích hợp' })).toEqual({
      name: [
        { lang: 'vi', text: 'Nền tảng LGSP' },
        { lang: 'en', text: 'LGSP platform' },
      ],
      documentation: [{ lang: 'vi', text: 'Nền tảng tích hợp' }],
    });
  });
});

describe('ArchiMate identifiers', () => {
  it('derive a valid, distinct NCName from each akb id', () => {
    const ids = ['component:lgsp-qng', 'arch:qng-3.0', 'agency:sở-y-tế', 'component:a/b', 'component:a_x002F_b'];
    const names = ids.map(ncName);
    for (const n of names) expect(isNcName(n), n).toBe(true);
    expect(new Set(names).size).toBe(ids.length);
    expect(ncName('component:lgsp-qng')).toBe('component.lgsp-qng');
  });

  it('hand out each identifier once', () => {
    const pool = new IdentifierPool();
    expect([pool.claim('a'), pool.claim('a'), pool.claim('a')]).toEqual(['a', 'a-2', 'a-3']);
  });
});
