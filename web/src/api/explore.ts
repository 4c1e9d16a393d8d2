/**
 * Operations of the Explore and Impact views beyond queries.ts: a node with its kind's own
 * properties (`Node.properties`), the architecture versions, and what one version includes.
 */
import { gql } from './client.js';
import { graphql } from '../generated/graphql/index.js';
import type { NodeSummary, RelationshipView, SourceRef } from './queries.js';
import { KIND_PROPS } from '../generated/model.js';

export interface RelationshipDetail extends RelationshipView {
  /** The inference rule, for an inferred relationship. */
  rule?: string | null;
}

export interface NodeFull extends NodeSummary {
  aliases: string[];
  description: string | null;
  /** The inference rule, for an inferred node. */
  rule?: string | null;
  sources: SourceRef[];
  /** The kind's own properties that have a value, in the order the model declares them (KIND_PROPS). */
  properties: Record<string, unknown> | null;
  relationships: RelationshipDetail[];
}

export const nodeFull = (id: string, signal?: AbortSignal): Promise<NodeFull | null> =>
  gql(
    graphql(`
      query NodeFull($id: ID!) {
        node(id: $id) {
          ...NodeSummary aliases description rule sources { ...SourceRef } properties
          relationships { type field direction provenance status rule sources { ...SourceRef } node { ...NodeSummary } }
        }
      }
    `),
    { id },
    signal,
  ).then((r) => {
    if (!r.node) return null;
    // `properties` holds the kind's own values; show them in the model's order.
    const order = KIND_PROPS[r.node.kind] ?? [];
    const entries = Object.entries(r.node.properties ?? {}).filter(([, v]) => v !== null && v !== undefined && v !== '');
    entries.sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
    return {
      ...r.node,
      properties: Object.fromEntries(entries),
      // A relationship seen from a node is OUT or IN (the schema's Direction also has BOTH, for asking).
      relationships: r.node.relationships.map((rel) => ({ ...rel, direction: rel.direction === 'IN' ? ('IN' as const) : ('OUT' as const) })),
    };
  });

let architectureList: Promise<NodeSummary[]> | null = null;

/** The architecture versions, fetched once per page load (a failure is retried next time). */
export function cachedArchitectures(): Promise<NodeSummary[]> {
  architectureList ??= architectures().catch(() => {
    architectureList = null;
    return [];
  });
  return architectureList;
}

export const architectures = (): Promise<NodeSummary[]> =>
  gql(
    graphql(`
      query Architectures {
        architectures(first: 100) { nodes { ...NodeSummary } }
      }
    `),
  ).then((r) => r.architectures.nodes);

/**
 * What an architecture version covers: the version itself, what it INCLUDES and the layers of its
 * overall diagram (LAYER_OF), the same test the impact walk applies for `architecture`.
 */
export const architectureMembers = (id: string, signal?: AbortSignal) =>
  gql(
    graphql(`
      query ArchitectureMembers($id: ID!) {
        node(id: $id) { id relationships(types: ["INCLUDES", "LAYER_OF"]) { type direction node { id } } }
      }
    `),
    { id },
    signal,
  ).then((r) => {
    const members = new Set<string>();
    if (!r.node) return members;
    members.add(r.node.id);
    for (const rel of r.node.relationships)
      if ((rel.type === 'INCLUDES' && rel.direction === 'OUT') || (rel.type === 'LAYER_OF' && rel.direction === 'IN')) members.add(rel.node.id);
    return members;
  });
