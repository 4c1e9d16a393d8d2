/**
 * The saved appraisal reports as a light list, for the appraisal view (the
 * full `appraisals` selection carries every finding of every report; the list only needs a line
 * each, and one report is fetched with `appraisal(id)` when opened).
 */
import { gql } from './client.js';
import { graphql } from '../generated/graphql/index.js';
import type { AppraisalReport, EvidenceEnd } from './queries.js';

export interface SavedAppraisalLine {
  id: string;
  name: string;
  appraisedAt: string;
  owner: EvidenceEnd;
  province: string | null;
  requestedTotal: number;
  unfundedTotal: number;
  conformance: { verdict: AppraisalReport['conformance']['verdict'] };
}

export const savedAppraisals = (first = 50): Promise<{ totalCount: number; reports: SavedAppraisalLine[] }> =>
  gql(
    graphql(`
      query SavedAppraisals($f: Int) {
        appraisals(first: $f) {
          totalCount reports { id name appraisedAt owner { id name } province requestedTotal unfundedTotal conformance { verdict } }
        }
      }
    `),
    { f: first },
  ).then((r) => ({
    totalCount: r.appraisals.totalCount,
    // A report's id is null only before it is saved; every report listed here was saved.
    reports: r.appraisals.reports.flatMap((x) => (x.id === null ? [] : [{ ...x, id: x.id }])),
  }));
