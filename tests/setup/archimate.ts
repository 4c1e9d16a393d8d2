/** ArchiMate exchange files of the fixtures and helpers the ArchiMate tests (unit and through the database) share. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { ROOT } from '../../server/src/config/config.js';
import type { GraphRecords, ImportBatch } from '../../server/src/interop/types.js';
import type { NodeRecord, RelRecord } from '../../server/src/model/validate.js';

export const DIR = join(ROOT, 'fixtures', 'interop', 'archimate');
export const archisurance = readFileSync(join(DIR, 'archisurance.xml'), 'utf8');
export const sample1 = readFileSync(join(DIR, 'sample1.xml'), 'utf8');
export const junctions = readFileSync(join(DIR, 'qng-junctions.xml'), 'utf8');
export { JUNCTIONS_TALLY } from './archimate-tally.js';

/** The file without its `akb:` properties, as a tool that drops unknown properties would give it back. */
export function withoutAkbProperties(xml: string): string {
  const ids = [...xml.matchAll(/<propertyDefinition identifier="([^"]+)"[^>]*>\s*<name[^>]*>akb:[^<]*<\/name>/g)].map((m) => m[1]);
  let out = xml;
  for (const id of ids) out = out.replace(new RegExp(`<property propertyDefinitionRef="${id}">[\\s\\S]*?</property>`, 'g'), '');
  return out.replace(/<properties>\s*<\/properties>/g, '');
}

export const records = (b: ImportBatch): GraphRecords => ({
  nodes: b.nodes.map((n) => n.record as NodeRecord),
  relationships: b.relationships.map((r) => r.record as RelRecord),
});
export const note = (b: ImportBatch, source: string, target: string) =>
  b.notes!.filter((n) => n.source === source && n.target === target).reduce((sum, n) => sum + n.count, 0);
export const sorted = (list: object[]) => list.map((r) => JSON.stringify(r, Object.keys(r).sort())).sort();

/**
 * What an exchange file says, read independently of akb's reader: each element's type, names,
 * documentation and properties (with languages) and folder; each relationship's type, ends,
 * access type, names and properties and folder; by identifier. `akb:` properties are akb's own.
 */
export function exchangeContent(xml: string) {
  const lists = new Set(['element', 'relationship', 'name', 'documentation', 'property', 'value', 'item', 'label', 'propertyDefinition']);
  const m = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    alwaysCreateTextNode: true,
    parseTagValue: false,
    isArray: (n) => lists.has(n),
  }).parse(xml).model;
  const defs = new Map<string, string>((m.propertyDefinitions?.propertyDefinition ?? []).map((d: any) => [d['@identifier'], d.name[0]['#text']]));
  const texts = (v: any[] | undefined) => (v ?? []).map((t) => [t['@lang'] ?? '', t['#text']]);
  const props = (p: any) =>
    (p?.property ?? [])
      .map((x: any) => [defs.get(x['@propertyDefinitionRef']), texts(x.value)])
      .filter(([name]: [string]) => !name.startsWith('akb:'))
      .sort((a: any, b: any) => String(a[0]).localeCompare(String(b[0])));
  const folders = new Map<string, string[]>();
  const walk = (items: any[], path: string[]) => {
    for (const i of items ?? []) {
      if (i['@identifierRef']) folders.set(i['@identifierRef'], path);
      if (i.item) walk(i.item, i.label ? [...path, i.label[0]['#text']] : path);
    }
  };
  walk(m.organizations?.item, []);
  const elements = Object.fromEntries(
    (m.elements?.element ?? []).map((e: any) => [
      e['@identifier'],
      {
        type: e['@type'],
        name: texts(e.name),
        documentation: texts(e.documentation),
        properties: props(e.properties),
        folder: folders.get(e['@identifier']) ?? [],
      },
    ]),
  );
  const relationships = Object.fromEntries(
    (m.relationships?.relationship ?? []).map((r: any) => [
      r['@identifier'],
      {
        type: r['@type'],
        source: r['@source'],
        target: r['@target'],
        accessType: r['@accessType'],
        name: texts(r.name),
        documentation: texts(r.documentation),
        properties: props(r.properties),
        folder: folders.get(r['@identifier']) ?? [],
      },
    ]),
  );
  const views = (m.views?.diagrams?.view ? [m.views.diagrams.view].flat() : []) as any[];
  return { elements, relationships, views };
}
