/**
 * The comparison bench/national.ts draws: the same database served by `@neo4j/graphql` (the
 * library a user would pick instead of akb's hand-written resolvers), with type definitions for
 * what akb stores — every node has the label `Node` (type `Entity`: the library reserves the name
 * `Node` for Relay) and its kind's label (`Component`…), and every relationship type of the model
 * is a pair of fields, its forward reading OUT and its reverse reading IN, named as in akb's
 * schema (connectsTo / connectedFrom…). Served by a plain graphql-yoga, in process (yoga.fetch).
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { RELATIONSHIPS } from '../server/src/model/model.js';

/** The scalar properties both sides read. */
const PROPS = ['id: ID!', 'name: String', 'kind: String', 'province: String', 'componentKind: String', 'level: String', 'provenance: String'];

/** Relationship fields of `Entity`: field name → [type, direction]. */
export const RELATION_FIELDS: [field: string, type: string, direction: 'OUT' | 'IN'][] = RELATIONSHIPS.flatMap((r) => [
  [r.forward, r.type, 'OUT'] as [string, string, 'OUT'],
  [r.reverse, r.type, 'IN'] as [string, string, 'IN'],
]);

export function typeDefs(): string {
  const rels = RELATION_FIELDS.map(([f, type, dir]) => `  ${f}: [Entity!]! @relationship(type: "${type}", direction: ${dir})`);
  return [
    `type Entity @node(labels: ["Node"]) {\n${PROPS.map((p) => `  ${p}`).join('\n')}\n${rels.join('\n')}\n}`,
    `type Component @node(labels: ["Component", "Node"]) {\n${PROPS.map((p) => `  ${p}`).join('\n')}\n}`,
  ].join('\n\n');
}

export async function neo4jGraphqlYoga(driver: Driver) {
  const schema = await new Neo4jGraphQL({ typeDefs: typeDefs(), driver }).getSchema();
  return createYoga({ schema, logging: false, graphqlEndpoint: '/graphql' });
}

const NB = 'id name kind';

/** A node and the neighbours over every relationship type in both directions (akb: `node { relationships }`). */
export const NEIGHBOURHOOD = {
  akb: `query($id: ID!) { node(id: $id) { ${NB} relationships { type direction node { ${NB} } } } }`,
  library: `query($id: ID!) { entities(where: { id: { eq: $id } }) { ${NB} ${RELATION_FIELDS.map(([f]) => `${f} { ${NB} }`).join(' ')} } }`,
};

/** The first 100 components of a province ordered by name (then id), with and without the total. */
export const LIST = {
  akb: `query($province: String!) { components(province: $province, first: 100) { nodes { ${NB} } } }`,
  library: `query($province: String!) { components(where: { province: { eq: $province } }, sort: [{ name: ASC }, { id: ASC }], limit: 100) { ${NB} } }`,
};
export const LIST_COUNT = {
  akb: `query($province: String!) { components(province: $province, first: 100) { totalCount nodes { ${NB} } } }`,
  library: `query($province: String!) { componentsConnection(where: { province: { eq: $province } }, sort: [{ name: ASC }, { id: ASC }], first: 100) { totalCount edges { node { ${NB} } } } }`,
};

type Row = { id: string; name: string; kind: string };

/** The neighbour triples (type, direction, id) an akb answer lists, sorted. */
export function akbNeighbours(data: Record<string, unknown>): string[] {
  const n = data.node as { relationships: { type: string; direction: string; node: Row }[] } | null;
  return (n?.relationships ?? []).map((r) => `${r.type} ${r.direction} ${r.node.id}`).sort();
}

/** The same triples from the library's answer. */
export function libraryNeighbours(data: Record<string, unknown>): string[] {
  const [n] = data.entities as Record<string, Row[]>[];
  if (!n) return [];
  return RELATION_FIELDS.flatMap(([f, type, dir]) => (n[f] ?? []).map((m) => `${type} ${dir} ${m.id}`)).sort();
}

export const akbListIds = (data: Record<string, unknown>) => (data.components as { nodes: Row[] }).nodes.map((n) => n.id);
export const libraryListIds = (data: Record<string, unknown>) => (data.components as Row[]).map((n) => n.id);
export const akbListCount = (data: Record<string, unknown>) => {
  const c = data.components as { totalCount: number; nodes: Row[] };
  return [String(c.totalCount), ...c.nodes.map((n) => n.id)];
};
export const libraryListCount = (data: Record<string, unknown>) => {
  const c = data.componentsConnection as { totalCount: number; edges: { node: Row }[] };
  return [String(c.totalCount), ...c.edges.map((e) => e.node.id)];
};
