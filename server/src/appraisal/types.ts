/**
 * The shapes the appraisal works on. A catalogue entry and a project proposal are both a
 * `Subject`: the facts the rules read (owners, data held, exchanges, hosting…), so one set of
 * checks serves the duplication scan and the appraisal of a proposal.
 */

export interface Source {
  document: string;
  section: string;
  quote: string;
}

/** A fact as the graph stores it; `provenance` null means "stated by the proposal under appraisal". */
export interface Fact {
  type: string;
  from: string;
  to: string;
  provenance: string | null;
  /** JSON text as stored on the relationship, or already parsed. */
  sources: string | Source[] | null;
}

export interface TargetFact {
  type: string;
  to: string;
  toName: string;
  toKind: string;
  toComponentKind?: string | null;
  toProvince?: string | null;
  toLevel?: string | null;
  capability?: string | null;
  fact: Fact;
}

export interface Exchange extends TargetFact {
  via?: string | null;
  toOwners: string[];
  /** The names of those owners (for reports; sorted on their own). */
  toOwnerNames?: string[];
}

export interface Subject {
  id: string;
  name: string;
  province: string | null;
  level: string | null;
  componentKind: string | null;
  hosting: string | null;
  hostingReason: string | null;
  provenance: string | null;
  owners: { id: string; name: string; fact: Fact }[];
  /** HOLDS_DATA, COMPUTERISES, BUILDS_OWN, INTEGRATES_VIA, HOSTED_ON, MONITORED_BY, PART_OF. */
  facts: TargetFact[];
  /** USES_DATA_FROM and CONNECTS_TO, with the target's owners and the platform they go through. */
  exchanges: Exchange[];
  /** Who takes data from it (USES_DATA_FROM into it). */
  usedBy: { id: string; fact: Fact }[];
  /** Entries already linked to it (data, reuse, merge, part, succession): never an overlap. */
  linked: string[];
}

/** A national database, a platform or a centre the rules point to. */
export interface Resource {
  role: 'authority' | 'provider' | 'datacentre' | 'soc';
  /** Data subject (authority), shared service (provider) or province (centres). */
  key: string;
  /** Capability of the service (providers only). */
  capability: string | null;
  id: string;
  name: string;
  nameEn: string | null;
  province: string | null;
  level: string | null;
  fact: Fact | null;
}

export interface NodeRef {
  id: string;
  name: string;
  /** The agencies an entry belongs to (its owners), by name, where a finding names an entry. */
  agencies?: string[];
  /** Where something to reuse belongs: its province, or null for a national one (absent: not said). */
  province?: string | null;
}

/** One item two entries were compared on (rule 8: data, business, builds; rule 9: a name's word). */
export interface ComparedItem {
  kind: string;
  /** The node the item is (data subject, business domain, shared service); null for words. */
  id: string | null;
  name: string;
  side: 'both' | 'first' | 'second';
}

export interface EvidenceStep {
  from: NodeRef;
  type: string;
  to: NodeRef;
  /** null when the proposal under appraisal states it. */
  provenance: string | null;
  sources: Source[];
}

export interface Evidence {
  textVi: string;
  textEn: string;
  steps: EvidenceStep[];
}

export type Severity = 'high' | 'medium' | 'low';

export interface Finding {
  /** Stable: rule, subjects and what the finding is about. */
  id: string;
  rule: string;
  severity: Severity;
  subjects: NodeRef[];
  messageVi: string;
  messageEn: string;
  recommendationVi: string;
  recommendationEn: string;
  evidence: Evidence[];
  /** What to reuse or go through instead (national database, platform, data centre, SOC…). */
  reuseInstead: NodeRef[];
  /** Weakest provenance among the graph facts the finding rests on. */
  provenance: string;
  /** Overlap and same-system findings: the score and the items compared. */
  similarity?: number;
  shared?: string[];
  onlyFirst?: string[];
  onlySecond?: string[];
  /** The same, as items with their kind and node, for people to read. */
  compared?: ComparedItem[];
  /** Proposal findings: the budget lines the finding concerns. */
  budgetLines?: string[];
}

export interface RuleInfo {
  id: string;
  code: string;
  /** The rule's number in akb's list (its order in §6). */
  order: number;
  name: string;
  nameEn: string;
  text: string;
  severity: Severity;
  appliesTo: 'catalogue' | 'proposal' | 'both';
}

export const PROVENANCE_RANK: Record<string, number> = { stated: 0, inferred: 1, external: 2, example: 3 };
