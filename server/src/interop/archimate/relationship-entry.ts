/**
 * What an akb relationship keeps of the ArchiMate relationship(s) it was read from, in its
 * `archimate` property (JSON list): identifier, type, direction, access type, names,
 * documentation, properties and folder. Several entries when the file joins the same two elements
 * more than once in a way akb reads alike (two Access relationships, a Flow and a Triggering…).
 * A relationship an export would write exactly so keeps nothing.
 */
import type { RelRecord } from '../../model/validate.js';
import { relationshipNcName } from './ids.js';
import { archimateReading } from './mapping.js';
import type { PropertyMap } from './properties.js';
import type { Texts } from './texts.js';

export interface RelationshipEntry {
  identifier: string;
  type: string;
  /** The ArchiMate source is the akb relationship's `to`. */
  reversed?: true;
  accessType?: string;
  isDirected?: string;
  modifier?: string;
  texts?: Texts;
  properties?: PropertyMap;
  folder?: string[];
}

/** An entry with its empty parts left out. */
export function relationshipEntry(e: {
  identifier: string;
  type: string;
  reversed: boolean;
  accessType?: string;
  isDirected?: string;
  modifier?: string;
  texts: Texts;
  properties?: PropertyMap;
  folder?: string[];
}): RelationshipEntry {
  const out: RelationshipEntry = { identifier: e.identifier, type: e.type };
  if (e.reversed) out.reversed = true;
  if (e.accessType !== undefined) out.accessType = e.accessType;
  if (e.isDirected !== undefined) out.isDirected = e.isDirected;
  if (e.modifier !== undefined) out.modifier = e.modifier;
  if (e.texts.name.length || e.texts.documentation.length) out.texts = e.texts;
  if (e.properties && Object.keys(e.properties).length) out.properties = e.properties;
  if (e.folder?.length) out.folder = e.folder;
  return out;
}

/** The entry an export writes for an akb relationship that keeps none (the `n`-th of a RELATED_TO's types). */
export function defaultEntry(r: RelRecord, fromType: string, toType: string, n = 0): RelationshipEntry {
  const identifier = relationshipNcName(r.from, r.type, r.to);
  if (r.type === 'RELATED_TO') return { identifier, type: (r.archimateTypes as string[] | undefined)?.[n] ?? 'Association' };
  const reading = archimateReading(r.type, fromType, toType);
  // akb relationships have a direction; an Association standing for one says so.
  if (reading.type === 'Association') return { identifier, type: reading.type, isDirected: 'true' };
  return { identifier, type: reading.type, ...(reading.reversed ? { reversed: true as const } : {}) };
}

export const isDefaultEntry = (e: RelationshipEntry, r: RelRecord, fromType: string, toType: string) =>
  JSON.stringify(e) === JSON.stringify(defaultEntry(r, fromType, toType));

export function parseEntries(json: unknown): RelationshipEntry[] | undefined {
  if (typeof json !== 'string' || !json) return undefined;
  const v = JSON.parse(json) as unknown;
  return Array.isArray(v) ? (v as RelationshipEntry[]) : undefined;
}
