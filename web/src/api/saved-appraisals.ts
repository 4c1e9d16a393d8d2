/**
 * The saved appraisal reports as a light list, for the appraisal view (the
 * full `appraisals` selection carries every finding of every report; the list only needs a line
 * each, and one report is fetched with `appraisal(id)` when opened).
 */
import { gql } from './client.js';
import { graphql } from '../generated/graphql/index.js';
import type { SavedAppraisalsQuery } from '../generated/graphql/graphql.js';

/** One saved report as the list shows it (the `SavedAppraisals` selection below), its id known. */
export type SavedAppraisalLine = SavedAppraisalsQuery['appraisals']['reports'][number] & { id: string };

export const savedAppraisals = (first = 50, signal?: AbortSignal): Promise<{ totalCount: number; reports: SavedAppraisalLine[] }> =>
  gql(
    graphql(`
      query SavedAppraisals($f: Int) {
        appraisals(first: $f) {
          totalCount reports { id name appraisedAt owner { id name } province requestedTotal unfundedTotal conformance { verdict } }
        }
      }
    `),
    { f: first },
    signal,
  ).then((r) => ({
    totalCount: r.appraisals.totalCount,
    // A report's id is null only before it is saved; every report listed here was saved.
    reports: r.appraisals.reports.flatMap((x) => (x.id === null ? [] : [{ ...x, id: x.id }])),
  }));
