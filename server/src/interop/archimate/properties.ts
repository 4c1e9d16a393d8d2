/**
 * ArchiMate properties. A file's own properties are kept as JSON (`archimateProperties` on nodes,
 * `properties` in a relationship's `archimate` entry). akb's fields that ArchiMate has no place
 * for (kind, level, componentKind, status…) travel as properties named `akb:<field>`, which an
 * import reads back into the fields; an `akb:` property that names no field stays a property.
 * Every record's provenance travels the same way (`akb:provenance`, `akb:sources` as JSON,
 * `akb:rule`, `akb:confidence`, `akb:reference`), so a model exported, edited in Archi and
 * imported again keeps what each fact rests on.
 */
import { COMMON_PROPS, KIND_BY_NAME, REL_BY_TYPE, REL_COMMON_PROPS, type PropSpec } from '../../model/model.js';
import type { LangText } from './texts.js';
import { attr, langTexts, type XmlNode } from './xml.js';

export const AKB_PREFIX = 'akb:';

export interface ReadProperty {
  name: string;
  values: LangText[];
}

/** Property name → value, or → every value with its language when there are several or another language. */
export type PropertyMap = Record<string, string | LangText[]>;

/** Splits a file's properties into akb's own (`akb:x` → x) and the rest. */
export function splitProperties(props: XmlNode[], definitionNames: Map<string, string>): { akb: Map<string, string>; archimate: ReadProperty[] } {
  const akb = new Map<string, string>();
  const archimate: ReadProperty[] = [];
  for (const p of props) {
    const ref = attr(p, 'propertyDefinitionRef') ?? '';
    const name = definitionNames.get(ref) ?? ref;
    const values = langTexts(p.value);
    if (name.startsWith(AKB_PREFIX) && values.length === 1 && !akb.has(name.slice(AKB_PREFIX.length))) akb.set(name.slice(AKB_PREFIX.length), values[0].text);
    else archimate.push({ name, values });
  }
  return { akb, archimate };
}

/** Properties as a map; `lang` is the language a single value may have and still be written as plain text. */
export function propertyMap(props: ReadProperty[], lang: string | undefined): PropertyMap | undefined {
  if (!props.length) return undefined;
  // Property names come from the file: no prototype, so "constructor" or "__proto__" is just a name.
  const out: PropertyMap = Object.create(null);
  for (const p of props) {
    const prev = out[p.name];
    if (prev === undefined && p.values.length === 1 && p.values[0].lang === lang) out[p.name] = p.values[0].text;
    else out[p.name] = [...(prev === undefined ? [] : typeof prev === 'string' ? [lang ? { lang, text: prev } : { text: prev }] : prev), ...p.values];
  }
  return out;
}

/** A property map back to `{name, values}`, plain values taking `lang`. */
export function propertyList(map: PropertyMap | undefined, lang: string | undefined): ReadProperty[] {
  return Object.entries(map ?? {}).map(([name, v]) => ({ name, values: typeof v === 'string' ? [lang ? { lang, text: v } : { text: v }] : v }));
}

/** Record fields that never travel as `akb:` properties: the ArchiMate structure itself carries them. */
const CARRIED_ELSEWHERE = new Set([
  'id',
  'kind',
  'name',
  'nameEn',
  'description',
  'type',
  'from',
  'to',
  'provenance',
  'sources',
  'rule',
  'confidence',
  'reference',
  'archimateType',
  'archimateId',
  'archimateProperties',
  'archimateTexts',
  'folder',
  'archimate',
  'archimateTypes',
]);

function specOf(target: 'node' | 'relationship', kindOrType: string, field: string): PropSpec | undefined {
  if (CARRIED_ELSEWHERE.has(field)) return undefined;
  const specs =
    target === 'node' ? { ...COMMON_PROPS, ...KIND_BY_NAME.get(kindOrType)?.props } : { ...REL_COMMON_PROPS, ...REL_BY_TYPE.get(kindOrType)?.props };
  return Object.hasOwn(specs, field) ? specs[field] : undefined;
}

/** Sets `record[field]` from an `akb:` property; false when the field is not one of the record's. A value of the wrong type is kept as text, for the validator to report. */
export function readAkbField(record: Record<string, unknown>, target: 'node' | 'relationship', kindOrType: string, field: string, raw: string): boolean {
  const spec = specOf(target, kindOrType, field);
  if (!spec) return false;
  record[field] = parseValue(spec, raw);
  return true;
}

function parseValue(spec: PropSpec, raw: string): unknown {
  switch (spec.type) {
    case 'int':
      return /^-?\d+$/.test(raw) ? Number(raw) : raw;
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : raw;
    case 'string[]':
      try {
        const v = JSON.parse(raw) as unknown;
        return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : raw;
      } catch {
        return raw;
      }
    default:
      return raw;
  }
}

/** The provenance fields, as `akb:` properties. */
export const PROVENANCE_FIELDS = ['provenance', 'sources', 'rule', 'confidence', 'reference'] as const;

/** A record's provenance as `akb:` properties (sources as JSON; empty parts left out). */
export function provenanceProperties(record: Record<string, unknown>): AkbProperty[] {
  const out: AkbProperty[] = [];
  for (const field of PROVENANCE_FIELDS) {
    const v = record[field];
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length)) continue;
    out.push({ name: `${AKB_PREFIX}${field}`, value: field === 'sources' ? JSON.stringify(v) : String(v), dataType: 'string' });
  }
  return out;
}

/**
 * Sets a record's provenance from the `akb:` properties a file carries, and takes them out of
 * `akb`. Without `akb:provenance` the record keeps what the reader gave it (external, with the
 * file as reference). Values of the wrong shape are kept as they are, for the validator to report.
 */
export function readProvenance(record: Record<string, unknown>, akb: Map<string, string>): void {
  const provenance = akb.get('provenance');
  if (provenance === undefined) return;
  for (const field of PROVENANCE_FIELDS) delete record[field];
  record.provenance = provenance;
  const sources = akb.get('sources');
  if (sources !== undefined) {
    try {
      record.sources = JSON.parse(sources) as unknown;
    } catch {
      record.sources = sources;
    }
  }
  for (const field of ['rule', 'confidence', 'reference'] as const) if (akb.has(field)) record[field] = akb.get(field);
  for (const field of PROVENANCE_FIELDS) akb.delete(field);
}

export interface AkbProperty {
  name: string;
  value: string;
  dataType: 'string' | 'number' | 'boolean';
}

/** The record's fields ArchiMate has no place for, as `akb:` properties. */
export function akbFields(record: Record<string, unknown>, target: 'node' | 'relationship', kindOrType: string): AkbProperty[] {
  const out: AkbProperty[] = [];
  for (const [field, value] of Object.entries(record)) {
    const spec = value === undefined || value === null ? undefined : specOf(target, kindOrType, field);
    if (!spec) continue;
    const text = spec.type === 'string[]' ? JSON.stringify(value) : String(value);
    out.push({ name: `${AKB_PREFIX}${field}`, value: text, dataType: spec.type === 'int' ? 'number' : spec.type === 'boolean' ? 'boolean' : 'string' });
  }
  return out;
}
