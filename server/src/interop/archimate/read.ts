/**
 * Reads an ArchiMate exchange file (The Open Group Exchange Format 3.x, as Archi writes it) into an
 * import batch. Elements with an akb kind become nodes of that kind; the others become `Element`
 * nodes that keep their ArchiMate type. Relationships become the akb relationship their types and
 * ends allow (mapping.ts), else RELATED_TO with their ArchiMate type. Names and documentation in
 * every language, properties and folders are kept on the records; `notes` report what was mapped
 * how. Files akb wrote carry `akb:` properties (id, kind, level…) that give the akb records back.
 */
import type { NodeRecord, RelRecord } from '../../model/validate.js';
import type { ImportBatch, Location, RelInput } from '../types.js';
import { foldersOf } from './folders.js';
import { MappingNotes, readProblem } from './notes.js';
import { akbReading, readingOfAkbType } from './mapping.js';
import { elementRecord } from './read-element.js';
import { PROVENANCE_FIELDS, propertyMap, readAkbField, readProvenance, splitProperties } from './properties.js';
import { isDefaultEntry, relationshipEntry, type RelationshipEntry } from './relationship-entry.js';
import type { Texts } from './texts.js';
import { ARCHIMATE_RELATIONSHIP_TYPES } from '../../model/archimate-vocabulary.js';
import { attr, langTexts, list, parseXml, type XmlNode } from './xml.js';

export interface ArchimateReadOptions {
  /** Level (cấp) of the systems the file describes: a Component needs one and ArchiMate has none. */
  level?: string;
  /** Put before every slug made from an ArchiMate identifier, to keep files with overlapping identifiers apart. */
  idNamespace?: string;
}

const FOLDED =
  'joins the same two elements as another relationship akb reads the same way: kept in that relationship’s archimate list, and written back on export';

interface ReadElement {
  type: string;
  record: NodeRecord;
}

export function readArchimate(xml: string, fileName: string, opts: ArchimateReadOptions = {}): ImportBatch {
  const batch: ImportBatch = { format: 'archimate', nodes: [], relationships: [], problems: [], notes: [] };
  const parsed = parseXml(xml);
  if (!parsed.ok) {
    batch.problems.push(readProblem({ file: fileName }, parsed.message, `tệp không đọc được: ${parsed.message}`));
    return batch;
  }
  if (parsed.rootName !== 'model') {
    const message = `not an ArchiMate exchange file: the root element is <${parsed.rootName}>, not <model>`;
    batch.problems.push(readProblem({ file: fileName }, message, `không phải tệp trao đổi ArchiMate: phần tử gốc là <${parsed.rootName}>, không phải <model>`));
    return batch;
  }
  const model = parsed.root;
  const notes = new MappingNotes();
  const definitionNames = new Map(
    list((model.propertyDefinitions as XmlNode)?.propertyDefinition).map((d) => [
      attr(d, 'identifier') ?? '',
      langTexts(d.name)[0]?.text ?? attr(d, 'identifier') ?? '',
    ]),
  );
  const folders = foldersOf(model.organizations);

  const elementXml = list((model.elements as XmlNode)?.element);
  const elements = new Map<string, ReadElement>();
  for (const el of elementXml) {
    const identifier = attr(el, 'identifier') ?? '';
    const record = elementRecord(el, { file: fileName, definitionNames, folders, notes, problems: batch.problems, ...opts });
    if (!record) continue;
    elements.set(identifier, { type: attr(el, 'type')!, record });
    batch.nodes.push({ at: { file: fileName, path: identifier }, record });
  }

  const relationshipXml = list((model.relationships as XmlNode)?.relationship);
  let notImported = 0;
  const relationshipIds = new Set(relationshipXml.map((r) => attr(r, 'identifier')));
  const merged = new Map<string, { input: RelInput; entries: RelationshipEntry[]; fromType: string; toType: string }>();
  for (const rel of relationshipXml) {
    const identifier = attr(rel, 'identifier') ?? '';
    const at: Location = { file: fileName, path: identifier };
    const type = attr(rel, 'type') ?? '';
    const [sourceId, targetId] = [attr(rel, 'source') ?? '', attr(rel, 'target') ?? ''];
    if (!ARCHIMATE_RELATIONSHIP_TYPES.includes(type as never)) {
      batch.problems.push(readProblem(at, `unknown ArchiMate relationship type "${type}"`, `loại quan hệ ArchiMate không xác định "${type}"`, type));
      notImported++;
      continue;
    }
    const source = elements.get(sourceId);
    const target = elements.get(targetId);
    if (!source || !target) {
      notImported++;
      if (relationshipIds.has(sourceId) || relationshipIds.has(targetId))
        notes.add(type, 'not imported', 'joins a relationship; akb relationships join nodes only');
      else
        batch.problems.push(
          readProblem(
            at,
            `${type} ${identifier} refers to an element the file does not have (${sourceId} → ${targetId})`,
            `${type} ${identifier} trỏ tới phần tử không có trong tệp (${sourceId} → ${targetId})`,
          ),
        );
      continue;
    }
    if (source === target) {
      notImported++;
      notes.add(type, 'not imported', 'joins an element to itself; akb relationships join two different nodes');
      continue;
    }
    const texts: Texts = { name: langTexts(rel.name), documentation: langTexts(rel.documentation) };
    const props = splitProperties(list((rel.properties as XmlNode)?.property), definitionNames);
    const accessType = attr(rel, 'accessType');
    const akbType = props.akb.get('type');
    const named = akbType !== undefined ? readingOfAkbType(type, akbType) : undefined;
    if (named) props.akb.delete('type');
    const reading =
      named ??
      akbReading(
        { type, accessType },
        { type: source.type, kind: source.record.kind },
        { type: target.type, kind: target.record.kind },
        new Set(props.akb.keys()),
      );
    const akb = reading?.akb ?? 'RELATED_TO';
    const [from, to] = reading?.reversed ? [target, source] : [source, target];
    const key = `${from.record.id} -${akb}-> ${to.record.id}`;
    const prev = merged.get(key);
    if (prev) notes.add(type, `${akb} (folded)`, FOLDED);
    else if (reading) notes.add(type, `${akb}${reading.reversed ? ' (reversed)' : ''}`);
    else notes.add(type, 'RELATED_TO', `no akb relationship joins ${source.record.kind} to ${target.record.kind} as ${type}`);

    const record: Partial<RelRecord> = prev?.input.record ?? { from: from.record.id, type: akb, to: to.record.id, provenance: 'external', reference: fileName };
    // The first ArchiMate relationship of an akb relationship carries its provenance; akb writes the same on the others.
    if (!prev) readProvenance(record, props.akb);
    else if (props.akb.has('provenance')) for (const field of PROVENANCE_FIELDS) props.akb.delete(field);
    for (const [field, raw] of [...props.akb]) if (readAkbField(record, 'relationship', akb, field, raw)) props.akb.delete(field);
    for (const [field, raw] of props.akb) props.archimate.push({ name: `akb:${field}`, values: [{ text: raw }] });
    if (akb === 'RELATED_TO') record.archimateTypes = [...((record.archimateTypes as string[] | undefined) ?? []), type];
    const entry = relationshipEntry({
      identifier,
      type,
      reversed: !!reading?.reversed,
      accessType,
      isDirected: attr(rel, 'isDirected'),
      modifier: attr(rel, 'modifier'),
      texts,
      properties: propertyMap(props.archimate, texts.name[0]?.lang),
      folder: folders.get(identifier),
    });
    if (prev) prev.entries.push(entry);
    else merged.set(key, { input: { at, record }, entries: [entry], fromType: from.type, toType: to.type });
  }
  let folded = 0;
  for (const { input, entries, fromType, toType } of merged.values()) {
    if (entries.length > 1 || !isDefaultEntry(entries[0], input.record as RelRecord, fromType, toType)) input.record.archimate = JSON.stringify(entries);
    folded += entries.length - 1;
    batch.relationships.push(input);
  }
  batch.tally = {
    elements: elementXml.length,
    elementsAsNodes: batch.nodes.length,
    elementsNotImported: elementXml.length - batch.nodes.length,
    relationships: relationshipXml.length,
    relationshipsAsRelationships: batch.relationships.length,
    relationshipsFolded: folded,
    relationshipsNotImported: notImported,
  };

  notes.add('Model', 'not imported', 'the model’s own name, documentation, properties and metadata: akb keeps no node for the model');
  const views = list(((model.views as XmlNode)?.diagrams as XmlNode)?.view);
  for (let i = 0; i < views.length; i++) notes.add('View', 'not imported', 'akb draws its own diagrams (one layered view per architecture on export)');
  batch.notes = notes.list();
  return batch;
}
