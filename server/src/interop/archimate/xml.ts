/**
 * The XML side of the exchange format, through fast-xml-parser: one parser setup that reads an
 * exchange file into plain objects (namespace prefixes dropped, so `xsi:type` is `@type` and
 * `xml:lang` is `@lang`), and one builder setup that writes them back.
 */
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import type { LangText } from './texts.js';

export const ARCHIMATE_NS = 'http://www.opengroup.org/xsd/archimate/3.0/';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
export const SCHEMA_LOCATION = `${ARCHIMATE_NS} http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd`;

/** Elements that may repeat, always read as lists. */
const LISTS = new Set([
  'element',
  'relationship',
  'name',
  'documentation',
  'label',
  'property',
  'value',
  'item',
  'propertyDefinition',
  'view',
  'node',
  'connection',
]);

/** A parsed XML element: attributes as `@name`, text as `#text`, children by tag name. */
export type XmlNode = { [key: string]: unknown };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  alwaysCreateTextNode: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => LISTS.has(name),
});

export type ParseResult = { ok: true; root: XmlNode; rootName: string } | { ok: false; line?: number; message: string };

export function parseXml(xml: string): ParseResult {
  // An exchange file declares no DTD; refusing one rules out entity expansion attacks.
  if (/<!DOCTYPE/i.test(xml)) return { ok: false, message: 'a DOCTYPE declaration is not allowed in an ArchiMate exchange file' };
  const check = XMLValidator.validate(xml);
  if (check !== true)
    return { ok: false, line: check.err.line, message: `not well-formed XML: ${check.err.msg} (line ${check.err.line}, column ${check.err.col})` };
  const doc = parser.parse(xml) as XmlNode;
  const rootName = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#'));
  if (!rootName) return { ok: false, message: 'the file has no root element' };
  return { ok: true, root: doc[rootName] as XmlNode, rootName };
}

export const list = (v: unknown): XmlNode[] => (Array.isArray(v) ? (v as XmlNode[]) : v === undefined ? [] : [v as XmlNode]);
export const attr = (n: XmlNode | undefined, name: string): string | undefined => (n?.[`@${name}`] as string | undefined) ?? undefined;

/** `<name xml:lang="en">x</name>` elements as texts; empty ones are dropped. */
export function langTexts(v: unknown): LangText[] {
  return list(v)
    .map((n) => {
      const text = String(n['#text'] ?? '');
      const lang = attr(n, 'lang');
      return lang ? { lang, text } : { text };
    })
    .filter((t) => t.text !== '');
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  // isDirected="true" must keep its value; the builder's default writes a bare attribute.
  suppressBooleanAttributes: false,
  processEntities: true,
});

// XML 1.0 cannot carry most C0 control characters, even escaped; they are dropped on the way out.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export const xmlSafe = (s: string) => s.replace(NOT_XML, '');

/** `{lang, text}` texts as `<name xml:lang>` elements for the builder. */
export const langElements = (texts: LangText[]) => texts.map((t) => ({ '#text': xmlSafe(t.text), ...(t.lang ? { '@xml:lang': t.lang } : {}) }));

export function buildXml(root: XmlNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(root) as string}`;
}
