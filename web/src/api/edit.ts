/**
 * Operations of the editing view: read a node or a relationship to edit, and the mutations
 * (createNode, updateNode, deleteNode, createRelationship, updateRelationship, deleteRelationship).
 * The forms are built from the model itself (server/src/model/model.ts, the one place kinds,
 * their properties and the relationship types are declared), so the client offers exactly what
 * the server validates against; the relationship props the API accepts are read by introspection.
 */
import { gql } from './client.js';
import {
  COMMON_PROPS,
  CONFIDENCES,
  KINDS,
  PROVENANCES,
  REL_COMMON_PROPS,
  RELATIONSHIPS,
  type KindSpec,
  type PropSpec,
  type RelSpec,
} from '../../../server/src/model/model.js';
import type { NodeSummary, SourceRef } from './queries.js';

export { COMMON_PROPS, CONFIDENCES, KINDS, PROVENANCES, REL_COMMON_PROPS, RELATIONSHIPS, type KindSpec, type PropSpec, type RelSpec };

const NODE = 'id name nameEn kind provenance province abbreviations';

/** The kind whose ids start with this id's prefix (`component:x` → Component). */
export function kindOfId(id: string): KindSpec | undefined {
  const prefix = id.includes(':') ? id.slice(0, id.indexOf(':')) : '';
  return KINDS.find((k) => k.idPrefix === prefix);
}

/** Relationship types that may start at `fromKind` and end at `toKind` (either may be unknown). */
export function relationshipTypesFor(fromKind?: string, toKind?: string): RelSpec[] {
  return RELATIONSHIPS.filter((r) => (!fromKind || r.from.includes(fromKind)) && (!toKind || r.to.includes(toKind)));
}

export interface Source {
  document: string;
  section: string;
  quote: string;
}

/** A node as the form edits it: common fields, provenance fields, and the kind's own properties. */
export interface EditableNode {
  id: string;
  kind: string;
  name: string;
  nameEn: string | null;
  abbreviations: string[];
  aliases: string[];
  province: string | null;
  description: string | null;
  provenance: string;
  rule: string | null;
  confidence: string | null;
  sources: Source[];
  properties: Record<string, unknown>;
}

export interface EditableRelationship {
  type: string;
  direction: 'OUT' | 'IN';
  status: string | null;
  note: string | null;
  provenance: string;
  rule: string | null;
  confidence: string | null;
  sources: SourceRef[];
  node: NodeSummary;
}



const COMMON_SELECTION = 'id kind name nameEn abbreviations aliases province description provenance rule confidence sources { document section quote }';

export const nodeForEdit = (id: string, signal?: AbortSignal) =>
  gql<{ node: (Record<string, unknown> & { relationships: EditableRelationship[] }) | null }>(
    `query($id: ID!) { node(id: $id) { ${COMMON_SELECTION} properties
       relationships { type direction status via note provenance rule confidence sources { document citation section quote provenance } node { ${NODE} } } } }`,
    { id },
    signal,
  ).then((r) => {
    const n = r.node;
    if (!n) return null;
    // `Node.properties`: the kind's own values, as stored.
    const properties: Record<string, unknown> = { ...((n.properties as Record<string, unknown>) ?? {}) };
    const node: EditableNode = {
      id: n.id as string,
      kind: n.kind as string,
      name: n.name as string,
      nameEn: (n.nameEn as string | null) ?? null,
      abbreviations: (n.abbreviations as string[]) ?? [],
      aliases: (n.aliases as string[]) ?? [],
      province: (n.province as string | null) ?? null,
      description: (n.description as string | null) ?? null,
      provenance: n.provenance as string,
      rule: (n.rule as string | null) ?? null,
      confidence: (n.confidence as string | null) ?? null,
      sources: ((n.sources as Source[]) ?? []).map((s) => ({ document: s.document, section: s.section, quote: s.quote })),
      properties,
    };
    return { node, relationships: n.relationships };
  });

/** The fields an input type of the API accepts (e.g. RelationshipInput), by introspection. */
export const inputFields = (typeName: string) =>
  gql<{ __type: { inputFields: { name: string }[] | null } | null }>(`query($n: String!) { __type(name: $n) { inputFields { name } } }`, { n: typeName }).then((r) =>
    (r.__type?.inputFields ?? []).map((f) => f.name),
  );

export const createNode = (input: Record<string, unknown>) =>
  gql<{ createNode: { id: string; name: string } }>(`mutation($i: NodeInput!) { createNode(input: $i) { id name } }`, { i: input }).then((r) => r.createNode);

export const updateNode = (id: string, patch: Record<string, unknown>) =>
  gql<{ updateNode: { id: string; name: string } }>(`mutation($id: ID!, $p: NodePatch!) { updateNode(id: $id, patch: $p) { id name } }`, { id, p: patch }).then((r) => r.updateNode);

export const deleteNode = (id: string, force: boolean) =>
  gql<{ deleteNode: { id: string; removedRelationships: { from: string; type: string; to: string }[] } }>(
    `mutation($id: ID!, $f: Boolean) { deleteNode(id: $id, force: $f) { id removedRelationships { from type to } } }`,
    { id, f: force },
  ).then((r) => r.deleteNode);

export interface RelationshipKey {
  from: string;
  type: string;
  to: string;
}

export const createRelationship = (input: Record<string, unknown>) =>
  gql<{ createRelationship: { type: string; from: { id: string }; to: { id: string } } }>(
    `mutation($i: RelationshipInput!) { createRelationship(input: $i) { type from { id } to { id } } }`,
    { i: input },
  ).then((r) => r.createRelationship);

export const updateRelationship = (key: RelationshipKey, patch: Record<string, unknown>) =>
  gql<{ updateRelationship: { type: string; from: { id: string }; to: { id: string } } }>(
    `mutation($k: RelationshipKey!, $p: RelationshipPatch!) { updateRelationship(key: $k, patch: $p) { type from { id } to { id } } }`,
    { k: key, p: patch },
  ).then((r) => r.updateRelationship);

export const deleteRelationship = (key: RelationshipKey) =>
  gql<{ deleteRelationship: boolean }>(`mutation($k: RelationshipKey!) { deleteRelationship(key: $k) }`, { k: key }).then((r) => r.deleteRelationship);
