/**
 * The GraphQL operations the client runs, typed. Field selections live here only.
 *
 * Each operation is a `graphql(...)` document: GraphQL Code Generator (`npm run codegen`) checks it
 * against the server's schema and generates its result and variable types
 * (web/src/generated/graphql/). The interfaces below are the views the elements take; every
 * function's declared return type makes the compiler check that the generated result fits its view,
 * so a change of the schema that a view does not follow fails `tsc`.
 */
import { gql } from './client.js';
import { graphql } from '../generated/graphql/index.js';
import type {
  AppraisalReportFragment,
  AppraisalRulesQuery,
  DuplicationScope as DuplicationScopeInput,
  DuplicationSummaryQuery,
  FindingFragment,
  HistoryQuery,
  NeighbourhoodQuery,
  Provenance,
  ProposalInput,
  RuleSetViewFragment,
} from '../generated/graphql/graphql.js';

export interface NodeSummary {
  id: string;
  name: string;
  nameEn?: string | null;
  kind: string;
  provenance: string;
  province?: string | null;
  abbreviations?: string[];
}

export interface SourceRef {
  /** The document's key (for import and export); never shown: show `citation`. */
  document: string;
  /** The document as cited to people: title, number, issuer, date (the server's `Source.citation`). */
  citation?: string;
  section: string;
  quote: string;
  provenance: string;
}

/** The selection of a node wherever one is drawn or listed: one fragment, spread by every operation. */
graphql(`
  fragment NodeSummary on Node {
    id
    name
    nameEn
    kind
    provenance
    province
    abbreviations
  }
`);

/** A source as the panels cite it. */
graphql(`
  fragment SourceRef on Source {
    document
    citation
    section
    quote
    provenance
  }
`);

/** The proposal under appraisal, as an end of a finding: `proposal:<this appraisal>` (or plain "proposal" in old reports). */
export const isProposalId = (id: string) => id === 'proposal' || id.startsWith('proposal:');

export interface SearchHit {
  node: NodeSummary;
  score: number;
  matched: string | null;
  /** The owning (else operating) agency, a task's lead, a document's issuer: tells two hits of one name apart. */
  owner?: { id: string; name: string } | null;
  cursor?: string | null;
}

export const search = (text: string, signal?: AbortSignal): Promise<SearchHit[]> =>
  gql(
    graphql(`
      query Search($t: String!) {
        search(text: $t, first: 12) { score matched owner { id name } node { ...NodeSummary } }
      }
    `),
    { t: text },
    signal,
  ).then((r) => r.search);

/** Search among some kinds only (the owner picker: agencies). */
export const searchOfKinds =
  (kinds: string[]) =>
  (text: string, signal?: AbortSignal): Promise<SearchHit[]> =>
    gql(
      graphql(`
      query SearchOfKinds($t: String!, $k: [String!]) {
        search(text: $t, kinds: $k, first: 12) { score matched owner { id name } node { ...NodeSummary } }
      }
    `),
      { t: text, k: kinds },
      signal,
    ).then((r) => r.search);

export interface SearchResults {
  hits: SearchHit[];
  totalCount: number;
  capped: boolean;
  byKind: { kind: string; count: number }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The all-results page: one page of hits after `after`, the count per kind, optionally one kind only. */
export const searchResults = (text: string, kinds: string[] | null, first: number, after: string | null, signal?: AbortSignal): Promise<SearchResults> =>
  gql(
    graphql(`
      query SearchResults($t: String!, $k: [String!], $f: Int, $a: String) {
        searchResults(text: $t, kinds: $k, first: $f, after: $a) {
          totalCount capped byKind { kind count } pageInfo { hasNextPage endCursor }
          hits { cursor score matched owner { id name } node { ...NodeSummary } }
        }
      }
    `),
    { t: text, k: kinds, f: first, a: after },
    signal,
  ).then((r) => r.searchResults);

export interface RelationshipView {
  type: string;
  field: string;
  direction: 'OUT' | 'IN';
  provenance: string;
  status: string | null;
  sources: SourceRef[];
  node: NodeSummary;
}

export interface NodeDetails extends NodeSummary {
  aliases: string[];
  description: string | null;
  sources: SourceRef[];
  properties: Record<string, unknown> | null;
  relationships: RelationshipView[];
}

export const nodeDetails = (id: string): Promise<NodeDetails | null> =>
  gql(
    graphql(`
      query NodeDetails($id: ID!) {
        node(id: $id) {
          ...NodeSummary aliases description properties sources { ...SourceRef }
          relationships { type field direction provenance status sources { ...SourceRef } node { ...NodeSummary } }
        }
      }
    `),
    { id },
  ).then((r) =>
    // A relationship seen from a node is OUT or IN (the schema's Direction also has BOTH, for asking).
    r.node
      ? { ...r.node, relationships: r.node.relationships.map((rel) => ({ ...rel, direction: rel.direction === 'IN' ? ('IN' as const) : ('OUT' as const) })) }
      : null,
  );

/** One change of a node: who, when, what, and the node (or relationship) before and after (null when created or deleted). */
export type HistoryEvent = HistoryQuery['history'][number];

export const history = (id: string): Promise<HistoryEvent[]> =>
  gql(
    graphql(`
      query History($id: ID!) {
        history(id: $id) { at actor operation before after }
      }
    `),
    { id },
  ).then((r) => r.history);

/** A relationship as the graph draws it: ends by id. */
export type Edge = NeighbourhoodQuery['neighbourhood']['edges'][number];

export interface Neighbourhood {
  root: NodeSummary;
  nodes: NodeSummary[];
  edges: Edge[];
  truncated: boolean;
}

export const neighbourhood = (id: string, depth = 1): Promise<Neighbourhood> =>
  gql(
    graphql(`
      query Neighbourhood($id: ID!, $d: Int) {
        neighbourhood(id: $id, depth: $d, first: 400) {
          truncated root { ...NodeSummary } nodes { ...NodeSummary } edges { id from to type provenance status }
        }
      }
    `),
    { id, d: depth },
  ).then((r) => r.neighbourhood);

export interface PathStep {
  from: { id: string };
  type: string;
  to: { id: string };
  provenance: string;
  source: SourceRef | null;
}

export interface ImpactHit {
  node: NodeSummary;
  depth: number;
  exposure: 'DIRECT' | 'GROUP' | 'LAYER';
  path: PathStep[];
}

/** Affected nodes of one province (`province` null: nodes of no province), by kind within it. */
export interface ProvinceCount {
  province: string | null;
  count: number;
  byKind?: { kind: string; componentKind: string | null; count: number }[];
}

export interface ImpactResult {
  root: NodeSummary;
  total: number;
  truncated: boolean;
  /** Where the next page starts. */
  pageInfo?: { endCursor: string | null; hasNextPage: boolean };
  /** Whether the in-memory analysis graph answered (false: the database, while it is being built). */
  answeredBy?: { analysisGraph: boolean };
  affected: ImpactHit[];
  /** The whole affected set by province, before the province filter (asked for by `impact`). */
  byProvince?: ProvinceCount[];
  /** Counts of the whole reported set (after the exposure and province filters). */
  summary?: { byExposure: { exposure: 'DIRECT' | 'GROUP' | 'LAYER'; count: number }[] };
  byAgency: { agency: NodeSummary; count: number }[];
  byLayer: { layer: NodeSummary; count: number }[];
  tasks: (NodeSummary & { code?: string; text?: string })[];
  indicators: (NodeSummary & { code?: string; text?: string })[];
}

export interface ImpactArgs {
  id: string;
  direction: 'DEPENDENTS' | 'DEPENDENCIES';
  maxDepth: number;
  relationshipTypes?: string[] | null;
  provenance?: string[] | null;
  architecture?: string | null;
  /** Report only these provinces' nodes (`null`: nodes of no province). */
  provinces?: (string | null)[] | null;
  /** Report only nodes exposed this way. */
  exposure?: ('DIRECT' | 'GROUP' | 'LAYER')[] | null;
  first?: number;
  /** The previous page's end cursor. */
  after?: string | null;
}

/** Hits per page the impact view asks for: what it draws and lists; more on demand. */
export const IMPACT_PAGE = 500;

export const impact = (a: ImpactArgs): Promise<ImpactResult> =>
  gql(
    graphql(`
      query Impact(
        $id: ID!
        $direction: ImpactDirection!
        $maxDepth: Int
        $relationshipTypes: [String!]
        $provenance: [Provenance!]
        $architecture: ID
        $provinces: [String]
        $exposure: [Exposure!]
        $first: Int
        $after: String
      ) {
        impact(
          id: $id
          direction: $direction
          maxDepth: $maxDepth
          relationshipTypes: $relationshipTypes
          provenance: $provenance
          architecture: $architecture
          provinces: $provinces
          exposure: $exposure
          first: $first
          after: $after
        ) {
          total truncated pageInfo { endCursor hasNextPage } answeredBy { analysisGraph } root { ...NodeSummary }
          byProvince { province count } summary { byExposure { exposure count } }
          affected { depth exposure node { ...NodeSummary } path { type provenance from { id } to { id } source { ...SourceRef } } }
          byAgency { count agency { ...NodeSummary } } byLayer { count layer { ...NodeSummary } }
          tasks { ...NodeSummary code text } indicators { ...NodeSummary code text }
        }
      }
    `),
    { first: IMPACT_PAGE, ...a, provenance: a.provenance as Provenance[] | null | undefined },
  ).then((r) => r.impact);

/**
 * How many more nodes the same impact question reaches with illustrative (example) data; null
 * when example data is already included. Asked apart from the result, so the result never waits.
 */
export const impactExampleAdds = (a: ImpactArgs): Promise<number | null> =>
  gql(
    graphql(`
      query ImpactExampleAdds(
        $id: ID!
        $direction: ImpactDirection!
        $maxDepth: Int
        $relationshipTypes: [String!]
        $provenance: [Provenance!]
        $architecture: ID
        $provinces: [String]
        $exposure: [Exposure!]
      ) {
        impact(
          id: $id
          direction: $direction
          maxDepth: $maxDepth
          relationshipTypes: $relationshipTypes
          provenance: $provenance
          architecture: $architecture
          provinces: $provinces
          exposure: $exposure
          first: 1
        ) { summary { exampleAdds } }
      }
    `),
    {
      id: a.id,
      direction: a.direction,
      maxDepth: a.maxDepth,
      relationshipTypes: a.relationshipTypes,
      provenance: a.provenance as Provenance[] | null | undefined,
      architecture: a.architecture,
      provinces: a.provinces,
      exposure: a.exposure,
    },
  ).then((r) => r.impact.summary.exampleAdds);

export interface EvidenceEnd {
  id: string;
  name: string;
  /** The agencies a system belongs to, by name (where a finding names a system). */
  agencies?: string[];
  /** Where something to reuse belongs: its province; `national` when it is a national one. */
  province?: string | null;
  national?: boolean;
}

/** A finding with its rule and evidence, as the `Finding` fragment below selects it. */
export type Finding = FindingFragment;
/** One item two systems were compared on (overlap: data, business, own-built services; same system: a name's word). */
export type ComparedItem = Finding['compared'][number];
/** One step of a finding's evidence: a relationship of the graph between two named ends. */
export type EvidenceStepView = Finding['evidence'][number]['steps'][number];

/** A finding with its rule and evidence, as the findings list draws it. */
graphql(`
  fragment Finding on Finding {
    id ruleCode severity subjects { id name agencies } messageVi messageEn recommendationVi recommendationEn
    reuseInstead { id name province national } provenance restsOnExamples similarity shared compared { kind name side } budgetLines
    rule { id name nameEn text sources { ...SourceRef } }
    evidence { textVi textEn steps { from { id name } type relationVi relationEn to { id name } provenance sources { ...SourceRef } } }
  }
`);

/** Which findings to compute (`provenance` as the views hold it: names of provenances). */
export type DuplicationScope = Omit<DuplicationScopeInput, 'provenance'> & { provenance?: string[] | null };

/** An appraisal rule set: the rules one architecture or document states, and where they are official guidance (`jurisdiction` null: national). */
export type RuleSetView = RuleSetViewFragment;

graphql(`
  fragment RuleSetView on AppraisalRuleSet {
    id name nameEn jurisdiction citation citationEn
  }
`);

export const appraisalRuleSets = (): Promise<RuleSetView[]> =>
  gql(
    graphql(`
      query AppraisalRuleSets {
        appraisalRuleSets { ...RuleSetView }
      }
    `),
  ).then((r) => r.appraisalRuleSets);

/** The count of findings, how many more example data would add (null when included) and the rule set applied. */
export type DuplicationSummaryView = DuplicationSummaryQuery['duplicationSummary'];

export const duplicationSummary = (scope: DuplicationScope): Promise<DuplicationSummaryView> =>
  gql(
    graphql(`
      query DuplicationSummary($s: DuplicationScope) {
        duplicationSummary(scope: $s) { total exampleAdds ruleSet { ...RuleSetView } }
      }
    `),
    { s: { ...scope, provenance: scope.provenance as Provenance[] | null | undefined } },
  ).then((r) => r.duplicationSummary);

export const duplication = (scope: DuplicationScope): Promise<Finding[]> =>
  gql(
    graphql(`
      query Duplication($s: DuplicationScope) {
        duplication(scope: $s) { ...Finding }
      }
    `),
    { s: { ...scope, provenance: scope.provenance as Provenance[] | null | undefined } },
  ).then((r) => r.duplication);

export const reuseCandidates = (resource: string, provenance?: string[]): Promise<{ subject: EvidenceEnd; findings: Finding[] }[]> =>
  gql(
    graphql(`
      query ReuseCandidates($r: ID!, $p: [Provenance!]) {
        reuseCandidates(resource: $r, provenance: $p) { subject { id name agencies } findings { ...Finding } }
      }
    `),
    { r: resource, p: provenance as Provenance[] | undefined },
  ).then((r) => r.reuseCandidates);

/** An appraisal rule as the rules list shows it (`number`: its order in its rule set). */
export type AppraisalRuleView = AppraisalRulesQuery['appraisalRules'][number];

export const appraisalRules = (): Promise<AppraisalRuleView[]> =>
  gql(
    graphql(`
      query AppraisalRules {
        appraisalRules { id name nameEn sources { ...SourceRef } code number: order severity text summaryEn }
      }
    `),
  ).then((r) => r.appraisalRules);

/**
 * An appraisal report, whole, as the `AppraisalReport` fragment below selects it (`id` null: not
 * saved; `ruleSet` null on older reports; `exampleAdds` null when example data is included).
 */
export type AppraisalReport = AppraisalReportFragment;

/** An appraisal report, whole. */
graphql(`
  fragment AppraisalReport on AppraisalReport {
    id name appraisedAt owner { id name } province requestedTotal unfundedTotal proposal provenance
    findings { ...Finding } reuse { ruleCode use { id name province national } reasonVi reasonEn }
    unfundedBudgetLines { name category amount ruleCode reasonVi reasonEn }
    conformance { verdict rulesChecked rulesPassed rulesFailed summaryVi summaryEn }
    ruleSet { id name nameEn jurisdiction citation citationEn binding noteVi noteEn } exampleAdds
  }
`);

export const appraise = (proposal: Record<string, unknown>, save: boolean, provenance?: string[], ruleSet?: string | null): Promise<AppraisalReport> =>
  gql(
    graphql(`
      mutation Appraise($p: ProposalInput!, $s: Boolean, $v: [Provenance!], $r: ID) {
        appraise(proposal: $p, save: $s, provenance: $v, ruleSet: $r) { ...AppraisalReport }
      }
    `),
    {
      // The proposal form builds a ProposalInput; the server checks it and names what is wrong.
      p: proposal as unknown as ProposalInput,
      s: save,
      v: provenance as Provenance[] | undefined,
      r: ruleSet ?? null,
    },
  ).then((r) => r.appraise);

export const appraisals = (first = 50): Promise<{ totalCount: number; reports: AppraisalReport[] }> =>
  gql(
    graphql(`
      query Appraisals($f: Int) {
        appraisals(first: $f) { totalCount reports { ...AppraisalReport } }
      }
    `),
    { f: first },
  ).then((r) => r.appraisals);

export const appraisal = (id: string, signal?: AbortSignal): Promise<AppraisalReport | null> =>
  gql(
    graphql(`
      query Appraisal($id: ID!) {
        appraisal(id: $id) { ...AppraisalReport }
      }
    `),
    { id },
    signal,
  ).then((r) => r.appraisal);

/** A page of nodes of one kind (for pickers and filters). */
export const nodesOfKind = (kind: string, first = 500): Promise<{ totalCount: number; nodes: NodeSummary[] }> =>
  gql(
    graphql(`
      query NodesOfKind($k: String!, $f: Int) {
        nodesOfKind(kind: $k, first: $f) { totalCount nodes { ...NodeSummary } }
      }
    `),
    { k: kind, f: first },
  ).then((r) => r.nodesOfKind);
