/**
 * Writes akb records as an ArchiMate exchange file (Open Group Exchange Format 3.1, valid against
 * its XSDs) that Archi opens: every node as an element, every relationship as the ArchiMate
 * relationship(s) it reads as (mapping.ts) or was imported from, folders, properties, names and
 * documentation in their languages, and one layered view per architecture (diagram.ts). akb's
 * fields without an ArchiMate place travel as `akb:` properties, provenance and sources included,
 * so importing the file again gives the same records.
 */
import type { NodeRecord, RelRecord } from '../../model/validate.js';
import type { GraphRecords } from '../types.js';
import { layeredView, type WrittenRelationship } from './diagram.js';
import { organizations } from './folders.js';
import { IdentifierPool, isNcName, ncName, relationshipNcName } from './ids.js';
import { elementTypeOf } from './mapping.js';
import { akbFields, propertyList, provenanceProperties, type AkbProperty, type PropertyMap, type ReadProperty } from './properties.js';
import { defaultEntry, parseEntries, type RelationshipEntry } from './relationship-entry.js';
import { parseTexts, reconcileTexts, type Texts } from './texts.js';
import { ARCHIMATE_NS, buildXml, langElements, SCHEMA_LOCATION, XSI_NS, type XmlNode } from './xml.js';

export interface ArchimateWriteOptions {
  /** The model's name (default "akb"). */
  name?: string;
  /** One generated layered view per architecture (default true). */
  views?: boolean;
}

type DataType = AkbProperty['dataType'];

/** Property definitions, one per property name, in order of first use. */
class PropertyDefinitions {
  private readonly byName = new Map<string, { identifier: string; type: DataType }>();
  constructor(private readonly pool: IdentifierPool) {}

  ref(name: string, type: DataType): string {
    const known = this.byName.get(name);
    if (known) return known.identifier;
    const identifier = this.pool.claim(`propid-${this.byName.size + 1}`);
    this.byName.set(name, { identifier, type });
    return identifier;
  }

  xml(): XmlNode | undefined {
    if (!this.byName.size) return undefined;
    return {
      propertyDefinition: [...this.byName].map(([name, d]) => ({ '@identifier': d.identifier, '@type': d.type, name: langElements([{ text: name }]) })),
    };
  }
}

export function writeArchimate(records: GraphRecords, opts: ArchimateWriteOptions = {}): string {
  const pool = new IdentifierPool();
  const modelId = pool.claim('akb.model');
  const definitions = new PropertyDefinitions(pool);
  const properties = (own: ReadProperty[], akb: AkbProperty[]): XmlNode | undefined => {
    const list = [
      ...own.map((p) => ({ '@propertyDefinitionRef': definitions.ref(p.name, 'string'), value: langElements(p.values.length ? p.values : [{ text: '' }]) })),
      ...akb.map((p) => ({ '@propertyDefinitionRef': definitions.ref(p.name, p.dataType), value: langElements([{ text: p.value }]) })),
    ];
    return list.length ? { property: list } : undefined;
  };

  const nodes = [...records.nodes].sort((a, b) => a.id.localeCompare(b.id));
  const elementIds = new Map<string, string>();
  const typeOf = new Map<string, string>();
  const placed: { identifier: string; folder?: string[] }[] = [];
  const elements = nodes.map((n) => {
    const identifier = pool.claim(typeof n.archimateId === 'string' && isNcName(n.archimateId) ? n.archimateId : ncName(n.id));
    const type = elementTypeOf(n);
    elementIds.set(n.id, identifier);
    typeOf.set(n.id, type);
    placed.push({ identifier, folder: n.folder as string[] | undefined });
    const texts = nodeTexts(n, type);
    const lang = texts.name[0]?.lang;
    const akb: AkbProperty[] = [
      { name: 'akb:id', value: n.id, dataType: 'string' },
      { name: 'akb:kind', value: n.kind, dataType: 'string' },
      ...akbFields(n, 'node', n.kind),
      ...provenanceProperties(n),
    ];
    return withTexts(
      { '@identifier': identifier, '@xsi:type': type },
      texts,
      properties(propertyList(parseJson<PropertyMap>(n.archimateProperties), lang), akb),
    );
  });

  const written: (WrittenRelationship & { folder?: string[] })[] = [];
  const relationships = records.relationships
    .filter((r) => elementIds.has(r.from) && elementIds.has(r.to))
    .flatMap((r) =>
      entriesOf(r, typeOf.get(r.from)!, typeOf.get(r.to)!).map((e) => {
        const identifier = pool.claim(isNcName(e.identifier) ? e.identifier : relationshipNcName(r.from, r.type, r.to));
        const [source, target] = e.reversed ? [elementIds.get(r.to)!, elementIds.get(r.from)!] : [elementIds.get(r.from)!, elementIds.get(r.to)!];
        written.push({ identifier, source, target, folder: e.folder });
        const attrs: XmlNode = { '@identifier': identifier, '@source': source, '@target': target, '@xsi:type': e.type };
        if (e.type === 'Access' && e.accessType) attrs['@accessType'] = e.accessType;
        if (e.type === 'Association' && e.isDirected) attrs['@isDirected'] = e.isDirected;
        if (e.type === 'Influence' && e.modifier) attrs['@modifier'] = e.modifier;
        const texts = e.texts ?? { name: [], documentation: [] };
        const akb: AkbProperty[] = [
          { name: 'akb:type', value: r.type, dataType: 'string' },
          ...akbFields(r, 'relationship', r.type),
          ...provenanceProperties(r),
        ];
        return withTexts(attrs, texts, properties(propertyList(e.properties, texts.name[0]?.lang), akb));
      }),
    );

  const views =
    opts.views === false
      ? []
      : nodes.filter((n) => n.kind === 'Architecture').map((a) => layeredView(a, { records, elementIds, relationships: written, pool }));
  const folders = organizations([...placed, ...written], nodes.map((n) => nodeTexts(n, typeOf.get(n.id)!).name[0]?.lang).find(Boolean));
  const model: XmlNode = {
    '@xmlns': ARCHIMATE_NS,
    '@xmlns:xsi': XSI_NS,
    '@xsi:schemaLocation': SCHEMA_LOCATION,
    '@identifier': modelId,
    name: langElements([{ text: opts.name ?? 'akb' }]),
  };
  if (elements.length) model.elements = { element: elements };
  if (relationships.length) model.relationships = { relationship: relationships };
  if (folders) model.organizations = folders;
  const defs = definitions.xml();
  if (defs) model.propertyDefinitions = defs;
  if (views.length) model.views = { diagrams: { view: views } };
  return buildXml({ model });
}

/** The node's names and documentation in ArchiMate's form; an element the file gave no name keeps none. */
function nodeTexts(n: NodeRecord, type: string): Texts {
  const stored = parseTexts(n.archimateTexts);
  if (stored && !stored.name.length && n.name === type)
    return reconcileTexts(stored, { nameEn: n.nameEn as string | undefined, description: n.description as string | undefined });
  return reconcileTexts(stored, { name: n.name, nameEn: n.nameEn as string | undefined, description: n.description as string | undefined });
}

function withTexts(attrs: XmlNode, texts: Texts, props: XmlNode | undefined): XmlNode {
  const out: XmlNode = { ...attrs };
  if (texts.name.length) out.name = langElements(texts.name);
  if (texts.documentation.length) out.documentation = langElements(texts.documentation);
  if (props) out.properties = props;
  return out;
}

/** The ArchiMate relationship(s) an akb relationship is written as. */
function entriesOf(r: RelRecord, fromType: string, toType: string): RelationshipEntry[] {
  const kept = parseEntries(r.archimate);
  if (kept?.length) return kept;
  if (r.type === 'RELATED_TO') return ((r.archimateTypes as string[] | undefined) ?? ['Association']).map((_, i) => defaultEntry(r, fromType, toType, i));
  return [defaultEntry(r, fromType, toType)];
}

function parseJson<T>(v: unknown): T | undefined {
  return typeof v === 'string' && v ? (JSON.parse(v) as T) : undefined;
}
