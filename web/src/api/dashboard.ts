/**
 * The home page's one request: the graph's counts by kind, province and provenance, the coverage
 * of the systems and the recent changes (names only, never the changes' content).
 */
import { gql } from './client.js';
import { graphql } from '../generated/graphql/index.js';
import type { DashboardQuery } from '../generated/graphql/graphql.js';

/** The home page's figures, as the `Dashboard` operation below selects them (generated type). */
export type Dashboard = DashboardQuery['dashboard'];
/** One recent change, names only. */
export type DashboardEvent = Dashboard['recentChanges'][number];

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
