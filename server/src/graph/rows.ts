/**
 * Records as every write stores them (mutations, imports, the fixtures): the row a node or a
 * relationship becomes, with its sources as JSON text and the search fields beside the name.
 */
import { AkbError } from '../errors.js';
import { KIND_BY_NAME } from '../model/model.js';
import type { NodeRecord, RelRecord } from '../model/validate.js';
import { searchProps } from '../search/index-text.js';

/** Node properties as stored: scalars and lists only; sources as JSON text. */
export function nodeRow(n: NodeRecord): { id: string; kind: string; props: Record<string, unknown> } {
  const { id, kind, sources, ...rest } = n as NodeRecord & { __file?: string };
  delete (rest as Record<string, unknown>).__file;
  const props: Record<string, unknown> = { ...rest, id, kind };
  props.sources = JSON.stringify(sources ?? []);
  props.sourceDocuments = [...new Set((sources ?? []).map((s) => s.document))];
  Object.assign(props, searchProps(n));
  if (!KIND_BY_NAME.has(kind)) throw new AkbError('VALIDATION_FAILED', `unknown kind ${kind}`);
  return { id, kind, props };
}

const NOT_REL_PROPS = new Set(['from', 'to', 'type', 'sources']);

/**
 * Relationship properties as stored. Written with a plain loop: bulk loads build millions of these,
 * and rest destructuring costs several times as much per record.
 */
export function relRow(r: RelRecord): { from: string; to: string; type: string; props: Record<string, unknown> } {
  const props: Record<string, unknown> = {};
  for (const key in r) if (!NOT_REL_PROPS.has(key) && Object.hasOwn(r, key)) props[key] = r[key];
  const sources = r.sources;
  if (sources && sources.length) {
    props.sources = JSON.stringify(sources);
    props.sourceDocuments = [...new Set(sources.map((s) => s.document))];
  } else {
    props.sources = '[]';
    props.sourceDocuments = [];
  }
  return { from: r.from, to: r.to, type: r.type, props };
}
