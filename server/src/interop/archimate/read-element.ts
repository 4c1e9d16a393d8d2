/**
 * One ArchiMate element as an akb node record: its kind (the mapping's, or `akb:kind` in files akb
 * wrote, or `Element` when the kind would need a fact the file does not give), its id, texts,
 * properties and folder. ArchiMate facts an export would not derive again are kept on the record.
 */
import { KIND_BY_NAME } from '../../model/model.js';
import type { NodeRecord } from '../../model/validate.js';
import { slugOf } from '../engine.js';
import type { ReadProblem } from '../types.js';
import { idOfNcName, ncName } from './ids.js';
import { defaultElementType, KIND_OF_TYPE } from './mapping.js';
import { propertyMap, readAkbField, readProvenance, splitProperties, type ReadProperty } from './properties.js';
import { readProblem, type MappingNotes } from './notes.js';
import type { ArchimateReadOptions } from './read.js';
import { akbTexts, reconcileTexts, sameTexts, type Texts } from './texts.js';
import { ARCHIMATE_ELEMENT_TYPES } from '../../model/archimate-vocabulary.js';
import { attr, langTexts, list, type XmlNode } from './xml.js';

export interface ElementContext extends ArchimateReadOptions {
  file: string;
  definitionNames: Map<string, string>;
  folders: Map<string, string[]>;
  notes: MappingNotes;
  problems: ReadProblem[];
}

export function elementRecord(el: XmlNode, ctx: ElementContext): NodeRecord | undefined {
  const identifier = attr(el, 'identifier') ?? '';
  const type = attr(el, 'type') ?? '';
  if (!ARCHIMATE_ELEMENT_TYPES.includes(type as never)) {
    ctx.problems.push(
      readProblem({ file: ctx.file, path: identifier }, `unknown ArchiMate element type "${type}"`, `loại phần tử ArchiMate không xác định "${type}"`, type),
    );
    return undefined;
  }
  const texts: Texts = { name: langTexts(el.name), documentation: langTexts(el.documentation) };
  const fields = akbTexts(texts);
  if (fields.name === undefined) ctx.notes.add(type, 'name', 'no name in the file: akb shows it under its type, and an export leaves it unnamed');
  const props = splitProperties(list((el.properties as XmlNode)?.property), ctx.definitionNames);

  const akbKind = props.akb.get('kind');
  const wanted = akbKind !== undefined && KIND_BY_NAME.has(akbKind) ? akbKind : (KIND_OF_TYPE.get(type)?.kind ?? 'Element');
  let built = build(wanted, wanted === akbKind);
  const missing = Object.entries(KIND_BY_NAME.get(wanted)!.props)
    .filter(([p, s]) => s.required && built.record[p] === undefined && p !== 'archimateType')
    .map(([p]) => p);
  if (missing.length) {
    const hint = missing.includes('level') ? ' (give the import a level, or the element an akb:level property)' : '';
    ctx.notes.add(type, 'Element', `${wanted} needs ${missing.join(', ')}, which the file does not give${hint}`);
    built = build('Element', false);
  } else ctx.notes.add(type, wanted);
  const { record, rest } = built;

  // Kept only when an export would not give it back by itself.
  if (record.kind === 'Element' || type !== defaultElementType(record)) record.archimateType = type;
  if (identifier !== ncName(record.id)) record.archimateId = identifier;
  // An element the file leaves unnamed (a junction, usually) keeps its texts, so an export leaves it unnamed too.
  if (fields.name === undefined || !sameTexts(texts, reconcileTexts(undefined, fields))) record.archimateTexts = JSON.stringify(texts);
  const map = propertyMap(rest, texts.name[0]?.lang);
  if (map) record.archimateProperties = JSON.stringify(map);
  const folder = ctx.folders.get(identifier);
  if (folder?.length) record.folder = folder;
  return record;

  /** The record as `kind`, and the properties left over once the kind has taken its `akb:` fields. */
  function build(kind: string, kindFromFile: boolean): { record: NodeRecord; rest: ReadProperty[] } {
    const akb = new Map(props.akb);
    if (kindFromFile) akb.delete('kind');
    const record: NodeRecord = { id: '', kind, name: fields.name ?? type, provenance: 'external', reference: ctx.file };
    if (fields.nameEn !== undefined) record.nameEn = fields.nameEn;
    if (fields.description !== undefined) record.description = fields.description;
    readProvenance(record, akb);
    if (!kindFromFile) Object.assign(record, KIND_OF_TYPE.get(type)?.kind === kind ? KIND_OF_TYPE.get(type)!.props : {});
    for (const [field, raw] of [...akb]) if (readAkbField(record, 'node', kind, field, raw)) akb.delete(field);
    // What a kind needs and the file does not say: a capability key made from the name; the level the caller gives.
    if (kind === 'SharedService' && record.capability === undefined) record.capability = slugOf(record.name);
    if (kind === 'Component' && record.level === undefined && ctx.level !== undefined) record.level = ctx.level;
    const prefix = KIND_BY_NAME.get(kind)!.idPrefix;
    const akbId = akb.get('id');
    if (akbId !== undefined && akbId.startsWith(`${prefix}:`) && !/\s/.test(akbId)) {
      record.id = akbId;
      akb.delete('id');
    } else record.id = (ctx.idNamespace === undefined ? idOfNcName(identifier, prefix) : undefined) ?? `${prefix}:${ctx.idNamespace ?? ''}${identifier}`;
    const rest = [...props.archimate, ...[...akb].map(([field, raw]) => ({ name: `akb:${field}`, values: [{ text: raw }] }))];
    return { record, rest };
  }
}
