/**
 * The home page's one request: the graph's counts by kind, province and provenance, the coverage
 * of the systems and the recent changes (names only, never the changes' content).
 */
import { gql } from './client.js';
import { graphql } from '../generated/graphql/index.js';

export interface DashboardEvent {
  id: string;
  at: string;
  actor: string;
  operation: string;
  targetCount: number;
  nodeId: string | null;
  nodeName: string | null;
  nodeKind: string | null;
  otherId: string | null;
  otherName: string | null;
  relationshipType: string | null;
}

export interface Dashboard {
  nodes: number;
  relationships: number;
  byKind: { name: string; count: number }[];
  byProvince: { province: string | null; count: number }[];
  byProvenance: { provenance: string; nodes: number; relationships: number }[];
  coverage: { components: number; withLayer: number; inArchitecture: number; withOwner: number; withSource: number };
  recentChanges: DashboardEvent[];
}

export const dashboard = (recent = 8, signal?: AbortSignal): Promise<Dashboard> =>
  gql(
    graphql(`
      query Dashboard($recent: Int) {
        dashboard(recent: $recent) {
          nodes relationships byKind { name count } byProvince { province count } byProvenance { provenance nodes relationships }
          coverage { components withLayer inArchitecture withOwner withSource }
          recentChanges { id at actor operation targetCount nodeId nodeName nodeKind otherId otherName relationshipType }
        }
      }
    `),
    { recent },
    signal,
  ).then((r) => r.dashboard);
