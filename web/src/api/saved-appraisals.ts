/**
 * The saved appraisal reports as a light list, for the appraisal view (the
 * full `appraisals` selection carries every finding of every report; the list only needs a line
 * each, and one report is fetched with `appraisal(id)` when opened).
 */
import { gql } from './client.js';
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

export const savedAppraisals = (first = 50) =>
  gql<{ appraisals: { totalCount: number; reports: SavedAppraisalLine[] } }>(
    `query($f: Int) { appraisals(first: $f) { totalCount reports { id name appraisedAt owner { id name } province requestedTotal unfundedTotal conformance { verdict } } } }`,
    { f: first },
  ).then((r) => r.appraisals);
