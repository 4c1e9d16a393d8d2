/**
 * The national view's operations: impact counted by province only (`first: 0`, so the server walks
 * and aggregates but sends no list, whatever the size of the affected set), and the national roots
 * one picks from (the national databases and the national platforms).
 */
import { gql } from './client.js';
import { graphql } from '../generated/graphql/index.js';
import type { Provenance } from '../generated/graphql/graphql.js';
import type { ImpactArgs, NodeSummary, ProvinceCount } from './queries.js';

export interface NationalImpact {
  root: NodeSummary;
  /** All affected nodes. */
  total: number;
  byProvince: Required<ProvinceCount>[];
}

export const nationalImpact = (a: ImpactArgs, signal?: AbortSignal): Promise<NationalImpact> =>
  gql(
    graphql(`
      query NationalImpact($id: ID!, $direction: ImpactDirection!, $maxDepth: Int, $relationshipTypes: [String!], $provenance: [Provenance!]) {
        impact(id: $id, direction: $direction, maxDepth: $maxDepth, relationshipTypes: $relationshipTypes, provenance: $provenance, first: 0) {
          total root { ...NodeSummary } byProvince { province count byKind { kind componentKind count } }
        }
      }
    `),
    {
      id: a.id,
      direction: a.direction,
      maxDepth: a.maxDepth,
      relationshipTypes: a.relationshipTypes ?? null,
      provenance: (a.provenance as Provenance[] | null | undefined) ?? null,
    },
    signal,
  ).then((r) => r.impact);

/** The server's analysis graph (issue 17): whether national questions are answered from memory yet. */
export interface AnalysisGraphStatus {
  state: string;
  serving: boolean;
  nodes: number;
  relationships: number;
  progressNodes: number | null;
  progressRelationships: number | null;
}

/** The analysis graph's state; null when the server has none (then the database answers everything). */
export const analysisGraphStatus = (signal?: AbortSignal): Promise<AnalysisGraphStatus | null> =>
  gql(
    graphql(`
      query AnalysisGraphStatus {
        analysisGraph { state serving nodes relationships progressNodes progressRelationships }
      }
    `),
    {},
    signal,
  )
    .then((r): AnalysisGraphStatus => r.analysisGraph)
    .catch((e) => {
      if ((e as Error).name === 'AbortError') throw e;
      return null;
    });

export interface NationalRoots {
  databases: NodeSummary[];
  platforms: NodeSummary[];
}

export const nationalRoots = () =>
  gql(
    graphql(`
      query NationalRoots {
        nationalDatabases(first: 100) { nodes { ...NodeSummary } }
        components(kind: "platform", level: "national", first: 100) { nodes { ...NodeSummary } }
      }
    `),
  ).then((r): NationalRoots => {
    const byName = (a: NodeSummary, b: NodeSummary) => a.name.localeCompare(b.name, 'vi');
    return { databases: [...r.nationalDatabases.nodes].sort(byName), platforms: [...r.components.nodes].sort(byName) };
  });

let roots: Promise<NationalRoots> | null = null;

/** The national roots, fetched once per page load (a failure is retried next time). */
export function cachedNationalRoots(): Promise<NationalRoots> {
  roots ??= nationalRoots().catch(() => {
    roots = null;
    return { databases: [], platforms: [] };
  });
  return roots;
}
