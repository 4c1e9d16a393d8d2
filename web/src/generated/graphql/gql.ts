/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n      query ArchitectureLandscape($id: ID!) {\n        node(id: $id) {\n          ...NodeSummary\n          ... on Architecture { version }\n          relationships(direction: BOTH, types: [\"SUPERSEDES\", \"CONFORMS_TO\", \"APPROVED_BY\"]) {\n            type field direction node { ...NodeSummary } sources { ...SourceRef }\n          }\n        }\n        architectureLandscape(id: $id) {\n          layers { layer { ...NodeSummary } order layerKey size }\n          placements {\n            node { ...NodeSummary } layer { id } group { id } status provenance rule explanationVi explanationEn\n            via { ...NodeSummary } sources { ...SourceRef }\n          }\n          componentCount statedCount inferredCount otherCount otherShare connections { type from to provenance }\n        }\n      }\n    ": typeof types.ArchitectureLandscapeDocument,
    "\n  fragment DiffItem on DiffItem {\n    node { ...NodeSummary } statusFrom statusTo sources { ...SourceRef }\n  }\n": typeof types.DiffItemFragmentDoc,
    "\n  fragment DiffLink on DiffLink {\n    type from { ...NodeSummary } to { ...NodeSummary } provenance sources { ...SourceRef }\n  }\n": typeof types.DiffLinkFragmentDoc,
    "\n      query ArchitectureDiff($from: ID!, $to: ID!) {\n        architectureDiff(from: $from, to: $to) {\n          from { ...NodeSummary } to { ...NodeSummary } keptCount\n          added { ...DiffItem } removed { ...DiffItem } statusChanged { ...DiffItem }\n          merged { target { ...DiffItem } merged { ...DiffItem } sources { ...SourceRef } }\n          renamed { previous { ...DiffItem } successor { ...DiffItem } provenance sources { ...SourceRef } }\n          nationalAdded { ...DiffItem } nationalDropped { ...DiffItem }\n          connectionsAdded { ...DiffLink } connectionsRemoved { ...DiffLink }\n        }\n      }\n    ": typeof types.ArchitectureDiffDocument,
    "\n      query Dashboard($recent: Int) {\n        dashboard(recent: $recent) {\n          nodes relationships byKind { name count } byProvince { province count } byProvenance { provenance nodes relationships }\n          coverage { components withLayer inArchitecture withOwner withSource }\n          recentChanges { id at actor operation targetCount nodeId nodeName nodeKind otherId otherName relationshipType }\n        }\n      }\n    ": typeof types.DashboardDocument,
    "\n      query NodeForEdit($id: ID!) {\n        node(id: $id) {\n          id kind name nameEn abbreviations aliases province description provenance rule confidence sources { document section quote }\n          properties\n          relationships {\n            type direction status via note provenance rule confidence sources { ...SourceRef } node { ...NodeSummary }\n          }\n        }\n      }\n    ": typeof types.NodeForEditDocument,
    "\n      query InputFields($n: String!) {\n        __type(name: $n) { inputFields { name } }\n      }\n    ": typeof types.InputFieldsDocument,
    "\n      mutation CreateNode($i: NodeInput!) {\n        createNode(input: $i) { id name }\n      }\n    ": typeof types.CreateNodeDocument,
    "\n      mutation UpdateNode($id: ID!, $p: NodePatch!) {\n        updateNode(id: $id, patch: $p) { id name }\n      }\n    ": typeof types.UpdateNodeDocument,
    "\n      mutation DeleteNode($id: ID!, $f: Boolean) {\n        deleteNode(id: $id, force: $f) { id removedRelationships { from type to } }\n      }\n    ": typeof types.DeleteNodeDocument,
    "\n      mutation CreateRelationship($i: RelationshipInput!) {\n        createRelationship(input: $i) { type from { id } to { id } }\n      }\n    ": typeof types.CreateRelationshipDocument,
    "\n      mutation UpdateRelationship($k: RelationshipKey!, $p: RelationshipPatch!) {\n        updateRelationship(key: $k, patch: $p) { type from { id } to { id } }\n      }\n    ": typeof types.UpdateRelationshipDocument,
    "\n      mutation DeleteRelationship($k: RelationshipKey!) {\n        deleteRelationship(key: $k)\n      }\n    ": typeof types.DeleteRelationshipDocument,
    "\n      query NodeFull($id: ID!) {\n        node(id: $id) {\n          ...NodeSummary aliases description rule sources { ...SourceRef } properties\n          relationships { type field direction provenance status rule sources { ...SourceRef } node { ...NodeSummary } }\n        }\n      }\n    ": typeof types.NodeFullDocument,
    "\n      query Architectures {\n        architectures(first: 100) { nodes { ...NodeSummary } }\n      }\n    ": typeof types.ArchitecturesDocument,
    "\n      query ArchitectureMembers($id: ID!) {\n        node(id: $id) { id relationships(types: [\"INCLUDES\", \"LAYER_OF\"]) { type direction node { id } } }\n      }\n    ": typeof types.ArchitectureMembersDocument,
    "\n  fragment ImportItem on ImportItem {\n    at { file sheet row path } entity key kind action matchedBy\n    problems { at { file sheet row path } column value message messageVi }\n    warnings { at { file sheet row path } column value message messageVi }\n  }\n": typeof types.ImportItemFragmentDoc,
    "\n  mutation ImportData(\n    $file: File!\n    $format: ImportFormat\n    $dryRun: Boolean\n    $mode: ImportMode\n    $level: String\n    $allowProvenanceLoss: Boolean\n    $first: Int\n  ) {\n    importData(file: $file, format: $format, dryRun: $dryRun, mode: $mode, level: $level, allowProvenanceLoss: $allowProvenanceLoss) {\n      format dryRun mode written itemCount\n      nodes { created updated unchanged rejected } relationships { created updated unchanged rejected }\n      notes { source target count detail }\n      provenanceLoss { nodes relationships downgraded sourcesDropped allowed }\n      tally {\n        elements elementsAsNodes elementsNotImported relationships relationshipsAsRelationships relationshipsFolded relationshipsNotImported\n      }\n      items(first: $first) { ...ImportItem }\n      problems: items(onlyProblems: true, first: $first) { ...ImportItem }\n      warned: items(onlyWarnings: true, first: $first) { ...ImportItem }\n    }\n  }\n": typeof types.ImportDataDocument,
    "\n      query Whoami {\n        whoami { name role }\n      }\n    ": typeof types.WhoamiDocument,
    "\n      query BulkImports($first: Int) {\n        bulkImports(first: $first) {\n          id state phase file actor nodes relationships rowsPerSecond fraction etaSeconds reason startedAt heartbeatAt finishedAt\n        }\n      }\n    ": typeof types.BulkImportsDocument,
    "\n      query NationalImpact($id: ID!, $direction: ImpactDirection!, $maxDepth: Int, $relationshipTypes: [String!], $provenance: [Provenance!]) {\n        impact(id: $id, direction: $direction, maxDepth: $maxDepth, relationshipTypes: $relationshipTypes, provenance: $provenance, first: 0) {\n          total root { ...NodeSummary } byProvince { province count byKind { kind componentKind count } }\n        }\n      }\n    ": typeof types.NationalImpactDocument,
    "\n      query AnalysisGraphStatus {\n        analysisGraph { state serving nodes relationships progressNodes progressRelationships }\n      }\n    ": typeof types.AnalysisGraphStatusDocument,
    "\n      query NationalRoots {\n        nationalDatabases(first: 100) { nodes { ...NodeSummary } }\n        components(kind: \"platform\", level: \"national\", first: 100) { nodes { ...NodeSummary } }\n      }\n    ": typeof types.NationalRootsDocument,
    "\n  fragment NodeSummary on Node {\n    id\n    name\n    nameEn\n    kind\n    provenance\n    province\n    abbreviations\n  }\n": typeof types.NodeSummaryFragmentDoc,
    "\n  fragment SourceRef on Source {\n    document\n    citation\n    section\n    quote\n    provenance\n  }\n": typeof types.SourceRefFragmentDoc,
    "\n      query Search($t: String!) {\n        search(text: $t, first: 12) { score matched owner { id name } node { ...NodeSummary } }\n      }\n    ": typeof types.SearchDocument,
    "\n      query SearchOfKinds($t: String!, $k: [String!]) {\n        search(text: $t, kinds: $k, first: 12) { score matched owner { id name } node { ...NodeSummary } }\n      }\n    ": typeof types.SearchOfKindsDocument,
    "\n      query SearchResults($t: String!, $k: [String!], $f: Int, $a: String) {\n        searchResults(text: $t, kinds: $k, first: $f, after: $a) {\n          totalCount capped byKind { kind count } pageInfo { hasNextPage endCursor }\n          hits { cursor score matched owner { id name } node { ...NodeSummary } }\n        }\n      }\n    ": typeof types.SearchResultsDocument,
    "\n      query NodeDetails($id: ID!) {\n        node(id: $id) {\n          ...NodeSummary aliases description properties sources { ...SourceRef }\n          relationships { type field direction provenance status sources { ...SourceRef } node { ...NodeSummary } }\n        }\n      }\n    ": typeof types.NodeDetailsDocument,
    "\n      query History($id: ID!) {\n        history(id: $id) { at actor operation before after }\n      }\n    ": typeof types.HistoryDocument,
    "\n      query Neighbourhood($id: ID!, $d: Int) {\n        neighbourhood(id: $id, depth: $d, first: 400) {\n          truncated root { ...NodeSummary } nodes { ...NodeSummary } edges { id from to type provenance status }\n        }\n      }\n    ": typeof types.NeighbourhoodDocument,
    "\n      query Impact(\n        $id: ID!\n        $direction: ImpactDirection!\n        $maxDepth: Int\n        $relationshipTypes: [String!]\n        $provenance: [Provenance!]\n        $architecture: ID\n        $provinces: [String]\n        $exposure: [Exposure!]\n        $first: Int\n        $after: String\n      ) {\n        impact(\n          id: $id\n          direction: $direction\n          maxDepth: $maxDepth\n          relationshipTypes: $relationshipTypes\n          provenance: $provenance\n          architecture: $architecture\n          provinces: $provinces\n          exposure: $exposure\n          first: $first\n          after: $after\n        ) {\n          total truncated pageInfo { endCursor hasNextPage } answeredBy { analysisGraph } root { ...NodeSummary }\n          byProvince { province count } summary { byExposure { exposure count } }\n          affected { depth exposure node { ...NodeSummary } path { type provenance from { id } to { id } source { ...SourceRef } } }\n          byAgency { count agency { ...NodeSummary } } byLayer { count layer { ...NodeSummary } }\n          tasks { ...NodeSummary code text } indicators { ...NodeSummary code text }\n        }\n      }\n    ": typeof types.ImpactDocument,
    "\n      query ImpactExampleAdds(\n        $id: ID!\n        $direction: ImpactDirection!\n        $maxDepth: Int\n        $relationshipTypes: [String!]\n        $provenance: [Provenance!]\n        $architecture: ID\n        $provinces: [String]\n        $exposure: [Exposure!]\n      ) {\n        impact(\n          id: $id\n          direction: $direction\n          maxDepth: $maxDepth\n          relationshipTypes: $relationshipTypes\n          provenance: $provenance\n          architecture: $architecture\n          provinces: $provinces\n          exposure: $exposure\n          first: 1\n        ) { summary { exampleAdds } }\n      }\n    ": typeof types.ImpactExampleAddsDocument,
    "\n  fragment Finding on Finding {\n    id ruleCode severity subjects { id name agencies } messageVi messageEn recommendationVi recommendationEn\n    reuseInstead { id name province national } provenance restsOnExamples similarity shared compared { kind name side } budgetLines\n    rule { id name nameEn text sources { ...SourceRef } }\n    evidence { textVi textEn steps { from { id name } type relationVi relationEn to { id name } provenance sources { ...SourceRef } } }\n  }\n": typeof types.FindingFragmentDoc,
    "\n  fragment RuleSetView on AppraisalRuleSet {\n    id name nameEn jurisdiction citation citationEn\n  }\n": typeof types.RuleSetViewFragmentDoc,
    "\n      query AppraisalRuleSets {\n        appraisalRuleSets { ...RuleSetView }\n      }\n    ": typeof types.AppraisalRuleSetsDocument,
    "\n      query DuplicationSummary($s: DuplicationScope) {\n        duplicationSummary(scope: $s) { total exampleAdds ruleSet { ...RuleSetView } }\n      }\n    ": typeof types.DuplicationSummaryDocument,
    "\n      query Duplication($s: DuplicationScope) {\n        duplication(scope: $s) { ...Finding }\n      }\n    ": typeof types.DuplicationDocument,
    "\n      query ReuseCandidates($r: ID!, $p: [Provenance!]) {\n        reuseCandidates(resource: $r, provenance: $p) { subject { id name agencies } findings { ...Finding } }\n      }\n    ": typeof types.ReuseCandidatesDocument,
    "\n      query AppraisalRules {\n        appraisalRules { id name nameEn sources { ...SourceRef } code number: order severity text summaryEn }\n      }\n    ": typeof types.AppraisalRulesDocument,
    "\n  fragment AppraisalReport on AppraisalReport {\n    id name appraisedAt owner { id name } province requestedTotal unfundedTotal proposal provenance\n    findings { ...Finding } reuse { ruleCode use { id name province national } reasonVi reasonEn }\n    unfundedBudgetLines { name category amount ruleCode reasonVi reasonEn }\n    conformance { verdict rulesChecked rulesPassed rulesFailed summaryVi summaryEn }\n    ruleSet { id name nameEn jurisdiction citation citationEn binding noteVi noteEn } exampleAdds\n  }\n": typeof types.AppraisalReportFragmentDoc,
    "\n      mutation Appraise($p: ProposalInput!, $s: Boolean, $v: [Provenance!], $r: ID) {\n        appraise(proposal: $p, save: $s, provenance: $v, ruleSet: $r) { ...AppraisalReport }\n      }\n    ": typeof types.AppraiseDocument,
    "\n      query Appraisals($f: Int) {\n        appraisals(first: $f) { totalCount reports { ...AppraisalReport } }\n      }\n    ": typeof types.AppraisalsDocument,
    "\n      query Appraisal($id: ID!) {\n        appraisal(id: $id) { ...AppraisalReport }\n      }\n    ": typeof types.AppraisalDocument,
    "\n      query NodesOfKind($k: String!, $f: Int) {\n        nodesOfKind(kind: $k, first: $f) { totalCount nodes { ...NodeSummary } }\n      }\n    ": typeof types.NodesOfKindDocument,
    "\n      query SavedAppraisals($f: Int) {\n        appraisals(first: $f) {\n          totalCount reports { id name appraisedAt owner { id name } province requestedTotal unfundedTotal conformance { verdict } }\n        }\n      }\n    ": typeof types.SavedAppraisalsDocument,
};
const documents: Documents = {
    "\n      query ArchitectureLandscape($id: ID!) {\n        node(id: $id) {\n          ...NodeSummary\n          ... on Architecture { version }\n          relationships(direction: BOTH, types: [\"SUPERSEDES\", \"CONFORMS_TO\", \"APPROVED_BY\"]) {\n            type field direction node { ...NodeSummary } sources { ...SourceRef }\n          }\n        }\n        architectureLandscape(id: $id) {\n          layers { layer { ...NodeSummary } order layerKey size }\n          placements {\n            node { ...NodeSummary } layer { id } group { id } status provenance rule explanationVi explanationEn\n            via { ...NodeSummary } sources { ...SourceRef }\n          }\n          componentCount statedCount inferredCount otherCount otherShare connections { type from to provenance }\n        }\n      }\n    ": types.ArchitectureLandscapeDocument,
    "\n  fragment DiffItem on DiffItem {\n    node { ...NodeSummary } statusFrom statusTo sources { ...SourceRef }\n  }\n": types.DiffItemFragmentDoc,
    "\n  fragment DiffLink on DiffLink {\n    type from { ...NodeSummary } to { ...NodeSummary } provenance sources { ...SourceRef }\n  }\n": types.DiffLinkFragmentDoc,
    "\n      query ArchitectureDiff($from: ID!, $to: ID!) {\n        architectureDiff(from: $from, to: $to) {\n          from { ...NodeSummary } to { ...NodeSummary } keptCount\n          added { ...DiffItem } removed { ...DiffItem } statusChanged { ...DiffItem }\n          merged { target { ...DiffItem } merged { ...DiffItem } sources { ...SourceRef } }\n          renamed { previous { ...DiffItem } successor { ...DiffItem } provenance sources { ...SourceRef } }\n          nationalAdded { ...DiffItem } nationalDropped { ...DiffItem }\n          connectionsAdded { ...DiffLink } connectionsRemoved { ...DiffLink }\n        }\n      }\n    ": types.ArchitectureDiffDocument,
    "\n      query Dashboard($recent: Int) {\n        dashboard(recent: $recent) {\n          nodes relationships byKind { name count } byProvince { province count } byProvenance { provenance nodes relationships }\n          coverage { components withLayer inArchitecture withOwner withSource }\n          recentChanges { id at actor operation targetCount nodeId nodeName nodeKind otherId otherName relationshipType }\n        }\n      }\n    ": types.DashboardDocument,
    "\n      query NodeForEdit($id: ID!) {\n        node(id: $id) {\n          id kind name nameEn abbreviations aliases province description provenance rule confidence sources { document section quote }\n          properties\n          relationships {\n            type direction status via note provenance rule confidence sources { ...SourceRef } node { ...NodeSummary }\n          }\n        }\n      }\n    ": types.NodeForEditDocument,
    "\n      query InputFields($n: String!) {\n        __type(name: $n) { inputFields { name } }\n      }\n    ": types.InputFieldsDocument,
    "\n      mutation CreateNode($i: NodeInput!) {\n        createNode(input: $i) { id name }\n      }\n    ": types.CreateNodeDocument,
    "\n      mutation UpdateNode($id: ID!, $p: NodePatch!) {\n        updateNode(id: $id, patch: $p) { id name }\n      }\n    ": types.UpdateNodeDocument,
    "\n      mutation DeleteNode($id: ID!, $f: Boolean) {\n        deleteNode(id: $id, force: $f) { id removedRelationships { from type to } }\n      }\n    ": types.DeleteNodeDocument,
    "\n      mutation CreateRelationship($i: RelationshipInput!) {\n        createRelationship(input: $i) { type from { id } to { id } }\n      }\n    ": types.CreateRelationshipDocument,
    "\n      mutation UpdateRelationship($k: RelationshipKey!, $p: RelationshipPatch!) {\n        updateRelationship(key: $k, patch: $p) { type from { id } to { id } }\n      }\n    ": types.UpdateRelationshipDocument,
    "\n      mutation DeleteRelationship($k: RelationshipKey!) {\n        deleteRelationship(key: $k)\n      }\n    ": types.DeleteRelationshipDocument,
    "\n      query NodeFull($id: ID!) {\n        node(id: $id) {\n          ...NodeSummary aliases description rule sources { ...SourceRef } properties\n          relationships { type field direction provenance status rule sources { ...SourceRef } node { ...NodeSummary } }\n        }\n      }\n    ": types.NodeFullDocument,
    "\n      query Architectures {\n        architectures(first: 100) { nodes { ...NodeSummary } }\n      }\n    ": types.ArchitecturesDocument,
    "\n      query ArchitectureMembers($id: ID!) {\n        node(id: $id) { id relationships(types: [\"INCLUDES\", \"LAYER_OF\"]) { type direction node { id } } }\n      }\n    ": types.ArchitectureMembersDocument,
    "\n  fragment ImportItem on ImportItem {\n    at { file sheet row path } entity key kind action matchedBy\n    problems { at { file sheet row path } column value message messageVi }\n    warnings { at { file sheet row path } column value message messageVi }\n  }\n": types.ImportItemFragmentDoc,
    "\n  mutation ImportData(\n    $file: File!\n    $format: ImportFormat\n    $dryRun: Boolean\n    $mode: ImportMode\n    $level: String\n    $allowProvenanceLoss: Boolean\n    $first: Int\n  ) {\n    importData(file: $file, format: $format, dryRun: $dryRun, mode: $mode, level: $level, allowProvenanceLoss: $allowProvenanceLoss) {\n      format dryRun mode written itemCount\n      nodes { created updated unchanged rejected } relationships { created updated unchanged rejected }\n      notes { source target count detail }\n      provenanceLoss { nodes relationships downgraded sourcesDropped allowed }\n      tally {\n        elements elementsAsNodes elementsNotImported relationships relationshipsAsRelationships relationshipsFolded relationshipsNotImported\n      }\n      items(first: $first) { ...ImportItem }\n      problems: items(onlyProblems: true, first: $first) { ...ImportItem }\n      warned: items(onlyWarnings: true, first: $first) { ...ImportItem }\n    }\n  }\n": types.ImportDataDocument,
    "\n      query Whoami {\n        whoami { name role }\n      }\n    ": types.WhoamiDocument,
    "\n      query BulkImports($first: Int) {\n        bulkImports(first: $first) {\n          id state phase file actor nodes relationships rowsPerSecond fraction etaSeconds reason startedAt heartbeatAt finishedAt\n        }\n      }\n    ": types.BulkImportsDocument,
    "\n      query NationalImpact($id: ID!, $direction: ImpactDirection!, $maxDepth: Int, $relationshipTypes: [String!], $provenance: [Provenance!]) {\n        impact(id: $id, direction: $direction, maxDepth: $maxDepth, relationshipTypes: $relationshipTypes, provenance: $provenance, first: 0) {\n          total root { ...NodeSummary } byProvince { province count byKind { kind componentKind count } }\n        }\n      }\n    ": types.NationalImpactDocument,
    "\n      query AnalysisGraphStatus {\n        analysisGraph { state serving nodes relationships progressNodes progressRelationships }\n      }\n    ": types.AnalysisGraphStatusDocument,
    "\n      query NationalRoots {\n        nationalDatabases(first: 100) { nodes { ...NodeSummary } }\n        components(kind: \"platform\", level: \"national\", first: 100) { nodes { ...NodeSummary } }\n      }\n    ": types.NationalRootsDocument,
    "\n  fragment NodeSummary on Node {\n    id\n    name\n    nameEn\n    kind\n    provenance\n    province\n    abbreviations\n  }\n": types.NodeSummaryFragmentDoc,
    "\n  fragment SourceRef on Source {\n    document\n    citation\n    section\n    quote\n    provenance\n  }\n": types.SourceRefFragmentDoc,
    "\n      query Search($t: String!) {\n        search(text: $t, first: 12) { score matched owner { id name } node { ...NodeSummary } }\n      }\n    ": types.SearchDocument,
    "\n      query SearchOfKinds($t: String!, $k: [String!]) {\n        search(text: $t, kinds: $k, first: 12) { score matched owner { id name } node { ...NodeSummary } }\n      }\n    ": types.SearchOfKindsDocument,
    "\n      query SearchResults($t: String!, $k: [String!], $f: Int, $a: String) {\n        searchResults(text: $t, kinds: $k, first: $f, after: $a) {\n          totalCount capped byKind { kind count } pageInfo { hasNextPage endCursor }\n          hits { cursor score matched owner { id name } node { ...NodeSummary } }\n        }\n      }\n    ": types.SearchResultsDocument,
    "\n      query NodeDetails($id: ID!) {\n        node(id: $id) {\n          ...NodeSummary aliases description properties sources { ...SourceRef }\n          relationships { type field direction provenance status sources { ...SourceRef } node { ...NodeSummary } }\n        }\n      }\n    ": types.NodeDetailsDocument,
    "\n      query History($id: ID!) {\n        history(id: $id) { at actor operation before after }\n      }\n    ": types.HistoryDocument,
    "\n      query Neighbourhood($id: ID!, $d: Int) {\n        neighbourhood(id: $id, depth: $d, first: 400) {\n          truncated root { ...NodeSummary } nodes { ...NodeSummary } edges { id from to type provenance status }\n        }\n      }\n    ": types.NeighbourhoodDocument,
    "\n      query Impact(\n        $id: ID!\n        $direction: ImpactDirection!\n        $maxDepth: Int\n        $relationshipTypes: [String!]\n        $provenance: [Provenance!]\n        $architecture: ID\n        $provinces: [String]\n        $exposure: [Exposure!]\n        $first: Int\n        $after: String\n      ) {\n        impact(\n          id: $id\n          direction: $direction\n          maxDepth: $maxDepth\n          relationshipTypes: $relationshipTypes\n          provenance: $provenance\n          architecture: $architecture\n          provinces: $provinces\n          exposure: $exposure\n          first: $first\n          after: $after\n        ) {\n          total truncated pageInfo { endCursor hasNextPage } answeredBy { analysisGraph } root { ...NodeSummary }\n          byProvince { province count } summary { byExposure { exposure count } }\n          affected { depth exposure node { ...NodeSummary } path { type provenance from { id } to { id } source { ...SourceRef } } }\n          byAgency { count agency { ...NodeSummary } } byLayer { count layer { ...NodeSummary } }\n          tasks { ...NodeSummary code text } indicators { ...NodeSummary code text }\n        }\n      }\n    ": types.ImpactDocument,
    "\n      query ImpactExampleAdds(\n        $id: ID!\n        $direction: ImpactDirection!\n        $maxDepth: Int\n        $relationshipTypes: [String!]\n        $provenance: [Provenance!]\n        $architecture: ID\n        $provinces: [String]\n        $exposure: [Exposure!]\n      ) {\n        impact(\n          id: $id\n          direction: $direction\n          maxDepth: $maxDepth\n          relationshipTypes: $relationshipTypes\n          provenance: $provenance\n          architecture: $architecture\n          provinces: $provinces\n          exposure: $exposure\n          first: 1\n        ) { summary { exampleAdds } }\n      }\n    ": types.ImpactExampleAddsDocument,
    "\n  fragment Finding on Finding {\n    id ruleCode severity subjects { id name agencies } messageVi messageEn recommendationVi recommendationEn\n    reuseInstead { id name province national } provenance restsOnExamples similarity shared compared { kind name side } budgetLines\n    rule { id name nameEn text sources { ...SourceRef } }\n    evidence { textVi textEn steps { from { id name } type relationVi relationEn to { id name } provenance sources { ...SourceRef } } }\n  }\n": types.FindingFragmentDoc,
    "\n  fragment RuleSetView on AppraisalRuleSet {\n    id name nameEn jurisdiction citation citationEn\n  }\n": types.RuleSetViewFragmentDoc,
    "\n      query AppraisalRuleSets {\n        appraisalRuleSets { ...RuleSetView }\n      }\n    ": types.AppraisalRuleSetsDocument,
    "\n      query DuplicationSummary($s: DuplicationScope) {\n        duplicationSummary(scope: $s) { total exampleAdds ruleSet { ...RuleSetView } }\n      }\n    ": types.DuplicationSummaryDocument,
    "\n      query Duplication($s: DuplicationScope) {\n        duplication(scope: $s) { ...Finding }\n      }\n    ": types.DuplicationDocument,
    "\n      query ReuseCandidates($r: ID!, $p: [Provenance!]) {\n        reuseCandidates(resource: $r, provenance: $p) { subject { id name agencies } findings { ...Finding } }\n      }\n    ": types.ReuseCandidatesDocument,
    "\n      query AppraisalRules {\n        appraisalRules { id name nameEn sources { ...SourceRef } code number: order severity text summaryEn }\n      }\n    ": types.AppraisalRulesDocument,
    "\n  fragment AppraisalReport on AppraisalReport {\n    id name appraisedAt owner { id name } province requestedTotal unfundedTotal proposal provenance\n    findings { ...Finding } reuse { ruleCode use { id name province national } reasonVi reasonEn }\n    unfundedBudgetLines { name category amount ruleCode reasonVi reasonEn }\n    conformance { verdict rulesChecked rulesPassed rulesFailed summaryVi summaryEn }\n    ruleSet { id name nameEn jurisdiction citation citationEn binding noteVi noteEn } exampleAdds\n  }\n": types.AppraisalReportFragmentDoc,
    "\n      mutation Appraise($p: ProposalInput!, $s: Boolean, $v: [Provenance!], $r: ID) {\n        appraise(proposal: $p, save: $s, provenance: $v, ruleSet: $r) { ...AppraisalReport }\n      }\n    ": types.AppraiseDocument,
    "\n      query Appraisals($f: Int) {\n        appraisals(first: $f) { totalCount reports { ...AppraisalReport } }\n      }\n    ": types.AppraisalsDocument,
    "\n      query Appraisal($id: ID!) {\n        appraisal(id: $id) { ...AppraisalReport }\n      }\n    ": types.AppraisalDocument,
    "\n      query NodesOfKind($k: String!, $f: Int) {\n        nodesOfKind(kind: $k, first: $f) { totalCount nodes { ...NodeSummary } }\n      }\n    ": types.NodesOfKindDocument,
    "\n      query SavedAppraisals($f: Int) {\n        appraisals(first: $f) {\n          totalCount reports { id name appraisedAt owner { id name } province requestedTotal unfundedTotal conformance { verdict } }\n        }\n      }\n    ": types.SavedAppraisalsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ArchitectureLandscape($id: ID!) {\n        node(id: $id) {\n          ...NodeSummary\n          ... on Architecture { version }\n          relationships(direction: BOTH, types: [\"SUPERSEDES\", \"CONFORMS_TO\", \"APPROVED_BY\"]) {\n            type field direction node { ...NodeSummary } sources { ...SourceRef }\n          }\n        }\n        architectureLandscape(id: $id) {\n          layers { layer { ...NodeSummary } order layerKey size }\n          placements {\n            node { ...NodeSummary } layer { id } group { id } status provenance rule explanationVi explanationEn\n            via { ...NodeSummary } sources { ...SourceRef }\n          }\n          componentCount statedCount inferredCount otherCount otherShare connections { type from to provenance }\n        }\n      }\n    "): typeof import('./graphql.js').ArchitectureLandscapeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DiffItem on DiffItem {\n    node { ...NodeSummary } statusFrom statusTo sources { ...SourceRef }\n  }\n"): typeof import('./graphql.js').DiffItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DiffLink on DiffLink {\n    type from { ...NodeSummary } to { ...NodeSummary } provenance sources { ...SourceRef }\n  }\n"): typeof import('./graphql.js').DiffLinkFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ArchitectureDiff($from: ID!, $to: ID!) {\n        architectureDiff(from: $from, to: $to) {\n          from { ...NodeSummary } to { ...NodeSummary } keptCount\n          added { ...DiffItem } removed { ...DiffItem } statusChanged { ...DiffItem }\n          merged { target { ...DiffItem } merged { ...DiffItem } sources { ...SourceRef } }\n          renamed { previous { ...DiffItem } successor { ...DiffItem } provenance sources { ...SourceRef } }\n          nationalAdded { ...DiffItem } nationalDropped { ...DiffItem }\n          connectionsAdded { ...DiffLink } connectionsRemoved { ...DiffLink }\n        }\n      }\n    "): typeof import('./graphql.js').ArchitectureDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Dashboard($recent: Int) {\n        dashboard(recent: $recent) {\n          nodes relationships byKind { name count } byProvince { province count } byProvenance { provenance nodes relationships }\n          coverage { components withLayer inArchitecture withOwner withSource }\n          recentChanges { id at actor operation targetCount nodeId nodeName nodeKind otherId otherName relationshipType }\n        }\n      }\n    "): typeof import('./graphql.js').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query NodeForEdit($id: ID!) {\n        node(id: $id) {\n          id kind name nameEn abbreviations aliases province description provenance rule confidence sources { document section quote }\n          properties\n          relationships {\n            type direction status via note provenance rule confidence sources { ...SourceRef } node { ...NodeSummary }\n          }\n        }\n      }\n    "): typeof import('./graphql.js').NodeForEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query InputFields($n: String!) {\n        __type(name: $n) { inputFields { name } }\n      }\n    "): typeof import('./graphql.js').InputFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CreateNode($i: NodeInput!) {\n        createNode(input: $i) { id name }\n      }\n    "): typeof import('./graphql.js').CreateNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation UpdateNode($id: ID!, $p: NodePatch!) {\n        updateNode(id: $id, patch: $p) { id name }\n      }\n    "): typeof import('./graphql.js').UpdateNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DeleteNode($id: ID!, $f: Boolean) {\n        deleteNode(id: $id, force: $f) { id removedRelationships { from type to } }\n      }\n    "): typeof import('./graphql.js').DeleteNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CreateRelationship($i: RelationshipInput!) {\n        createRelationship(input: $i) { type from { id } to { id } }\n      }\n    "): typeof import('./graphql.js').CreateRelationshipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation UpdateRelationship($k: RelationshipKey!, $p: RelationshipPatch!) {\n        updateRelationship(key: $k, patch: $p) { type from { id } to { id } }\n      }\n    "): typeof import('./graphql.js').UpdateRelationshipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DeleteRelationship($k: RelationshipKey!) {\n        deleteRelationship(key: $k)\n      }\n    "): typeof import('./graphql.js').DeleteRelationshipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query NodeFull($id: ID!) {\n        node(id: $id) {\n          ...NodeSummary aliases description rule sources { ...SourceRef } properties\n          relationships { type field direction provenance status rule sources { ...SourceRef } node { ...NodeSummary } }\n        }\n      }\n    "): typeof import('./graphql.js').NodeFullDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Architectures {\n        architectures(first: 100) { nodes { ...NodeSummary } }\n      }\n    "): typeof import('./graphql.js').ArchitecturesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ArchitectureMembers($id: ID!) {\n        node(id: $id) { id relationships(types: [\"INCLUDES\", \"LAYER_OF\"]) { type direction node { id } } }\n      }\n    "): typeof import('./graphql.js').ArchitectureMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportItem on ImportItem {\n    at { file sheet row path } entity key kind action matchedBy\n    problems { at { file sheet row path } column value message messageVi }\n    warnings { at { file sheet row path } column value message messageVi }\n  }\n"): typeof import('./graphql.js').ImportItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportData(\n    $file: File!\n    $format: ImportFormat\n    $dryRun: Boolean\n    $mode: ImportMode\n    $level: String\n    $allowProvenanceLoss: Boolean\n    $first: Int\n  ) {\n    importData(file: $file, format: $format, dryRun: $dryRun, mode: $mode, level: $level, allowProvenanceLoss: $allowProvenanceLoss) {\n      format dryRun mode written itemCount\n      nodes { created updated unchanged rejected } relationships { created updated unchanged rejected }\n      notes { source target count detail }\n      provenanceLoss { nodes relationships downgraded sourcesDropped allowed }\n      tally {\n        elements elementsAsNodes elementsNotImported relationships relationshipsAsRelationships relationshipsFolded relationshipsNotImported\n      }\n      items(first: $first) { ...ImportItem }\n      problems: items(onlyProblems: true, first: $first) { ...ImportItem }\n      warned: items(onlyWarnings: true, first: $first) { ...ImportItem }\n    }\n  }\n"): typeof import('./graphql.js').ImportDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Whoami {\n        whoami { name role }\n      }\n    "): typeof import('./graphql.js').WhoamiDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query BulkImports($first: Int) {\n        bulkImports(first: $first) {\n          id state phase file actor nodes relationships rowsPerSecond fraction etaSeconds reason startedAt heartbeatAt finishedAt\n        }\n      }\n    "): typeof import('./graphql.js').BulkImportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query NationalImpact($id: ID!, $direction: ImpactDirection!, $maxDepth: Int, $relationshipTypes: [String!], $provenance: [Provenance!]) {\n        impact(id: $id, direction: $direction, maxDepth: $maxDepth, relationshipTypes: $relationshipTypes, provenance: $provenance, first: 0) {\n          total root { ...NodeSummary } byProvince { province count byKind { kind componentKind count } }\n        }\n      }\n    "): typeof import('./graphql.js').NationalImpactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AnalysisGraphStatus {\n        analysisGraph { state serving nodes relationships progressNodes progressRelationships }\n      }\n    "): typeof import('./graphql.js').AnalysisGraphStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query NationalRoots {\n        nationalDatabases(first: 100) { nodes { ...NodeSummary } }\n        components(kind: \"platform\", level: \"national\", first: 100) { nodes { ...NodeSummary } }\n      }\n    "): typeof import('./graphql.js').NationalRootsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeSummary on Node {\n    id\n    name\n    nameEn\n    kind\n    provenance\n    province\n    abbreviations\n  }\n"): typeof import('./graphql.js').NodeSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SourceRef on Source {\n    document\n    citation\n    section\n    quote\n    provenance\n  }\n"): typeof import('./graphql.js').SourceRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Search($t: String!) {\n        search(text: $t, first: 12) { score matched owner { id name } node { ...NodeSummary } }\n      }\n    "): typeof import('./graphql.js').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SearchOfKinds($t: String!, $k: [String!]) {\n        search(text: $t, kinds: $k, first: 12) { score matched owner { id name } node { ...NodeSummary } }\n      }\n    "): typeof import('./graphql.js').SearchOfKindsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SearchResults($t: String!, $k: [String!], $f: Int, $a: String) {\n        searchResults(text: $t, kinds: $k, first: $f, after: $a) {\n          totalCount capped byKind { kind count } pageInfo { hasNextPage endCursor }\n          hits { cursor score matched owner { id name } node { ...NodeSummary } }\n        }\n      }\n    "): typeof import('./graphql.js').SearchResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query NodeDetails($id: ID!) {\n        node(id: $id) {\n          ...NodeSummary aliases description properties sources { ...SourceRef }\n          relationships { type field direction provenance status sources { ...SourceRef } node { ...NodeSummary } }\n        }\n      }\n    "): typeof import('./graphql.js').NodeDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query History($id: ID!) {\n        history(id: $id) { at actor operation before after }\n      }\n    "): typeof import('./graphql.js').HistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Neighbourhood($id: ID!, $d: Int) {\n        neighbourhood(id: $id, depth: $d, first: 400) {\n          truncated root { ...NodeSummary } nodes { ...NodeSummary } edges { id from to type provenance status }\n        }\n      }\n    "): typeof import('./graphql.js').NeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Impact(\n        $id: ID!\n        $direction: ImpactDirection!\n        $maxDepth: Int\n        $relationshipTypes: [String!]\n        $provenance: [Provenance!]\n        $architecture: ID\n        $provinces: [String]\n        $exposure: [Exposure!]\n        $first: Int\n        $after: String\n      ) {\n        impact(\n          id: $id\n          direction: $direction\n          maxDepth: $maxDepth\n          relationshipTypes: $relationshipTypes\n          provenance: $provenance\n          architecture: $architecture\n          provinces: $provinces\n          exposure: $exposure\n          first: $first\n          after: $after\n        ) {\n          total truncated pageInfo { endCursor hasNextPage } answeredBy { analysisGraph } root { ...NodeSummary }\n          byProvince { province count } summary { byExposure { exposure count } }\n          affected { depth exposure node { ...NodeSummary } path { type provenance from { id } to { id } source { ...SourceRef } } }\n          byAgency { count agency { ...NodeSummary } } byLayer { count layer { ...NodeSummary } }\n          tasks { ...NodeSummary code text } indicators { ...NodeSummary code text }\n        }\n      }\n    "): typeof import('./graphql.js').ImpactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ImpactExampleAdds(\n        $id: ID!\n        $direction: ImpactDirection!\n        $maxDepth: Int\n        $relationshipTypes: [String!]\n        $provenance: [Provenance!]\n        $architecture: ID\n        $provinces: [String]\n        $exposure: [Exposure!]\n      ) {\n        impact(\n          id: $id\n          direction: $direction\n          maxDepth: $maxDepth\n          relationshipTypes: $relationshipTypes\n          provenance: $provenance\n          architecture: $architecture\n          provinces: $provinces\n          exposure: $exposure\n          first: 1\n        ) { summary { exampleAdds } }\n      }\n    "): typeof import('./graphql.js').ImpactExampleAddsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Finding on Finding {\n    id ruleCode severity subjects { id name agencies } messageVi messageEn recommendationVi recommendationEn\n    reuseInstead { id name province national } provenance restsOnExamples similarity shared compared { kind name side } budgetLines\n    rule { id name nameEn text sources { ...SourceRef } }\n    evidence { textVi textEn steps { from { id name } type relationVi relationEn to { id name } provenance sources { ...SourceRef } } }\n  }\n"): typeof import('./graphql.js').FindingFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RuleSetView on AppraisalRuleSet {\n    id name nameEn jurisdiction citation citationEn\n  }\n"): typeof import('./graphql.js').RuleSetViewFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AppraisalRuleSets {\n        appraisalRuleSets { ...RuleSetView }\n      }\n    "): typeof import('./graphql.js').AppraisalRuleSetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DuplicationSummary($s: DuplicationScope) {\n        duplicationSummary(scope: $s) { total exampleAdds ruleSet { ...RuleSetView } }\n      }\n    "): typeof import('./graphql.js').DuplicationSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Duplication($s: DuplicationScope) {\n        duplication(scope: $s) { ...Finding }\n      }\n    "): typeof import('./graphql.js').DuplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReuseCandidates($r: ID!, $p: [Provenance!]) {\n        reuseCandidates(resource: $r, provenance: $p) { subject { id name agencies } findings { ...Finding } }\n      }\n    "): typeof import('./graphql.js').ReuseCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AppraisalRules {\n        appraisalRules { id name nameEn sources { ...SourceRef } code number: order severity text summaryEn }\n      }\n    "): typeof import('./graphql.js').AppraisalRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppraisalReport on AppraisalReport {\n    id name appraisedAt owner { id name } province requestedTotal unfundedTotal proposal provenance\n    findings { ...Finding } reuse { ruleCode use { id name province national } reasonVi reasonEn }\n    unfundedBudgetLines { name category amount ruleCode reasonVi reasonEn }\n    conformance { verdict rulesChecked rulesPassed rulesFailed summaryVi summaryEn }\n    ruleSet { id name nameEn jurisdiction citation citationEn binding noteVi noteEn } exampleAdds\n  }\n"): typeof import('./graphql.js').AppraisalReportFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation Appraise($p: ProposalInput!, $s: Boolean, $v: [Provenance!], $r: ID) {\n        appraise(proposal: $p, save: $s, provenance: $v, ruleSet: $r) { ...AppraisalReport }\n      }\n    "): typeof import('./graphql.js').AppraiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Appraisals($f: Int) {\n        appraisals(first: $f) { totalCount reports { ...AppraisalReport } }\n      }\n    "): typeof import('./graphql.js').AppraisalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Appraisal($id: ID!) {\n        appraisal(id: $id) { ...AppraisalReport }\n      }\n    "): typeof import('./graphql.js').AppraisalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query NodesOfKind($k: String!, $f: Int) {\n        nodesOfKind(kind: $k, first: $f) { totalCount nodes { ...NodeSummary } }\n      }\n    "): typeof import('./graphql.js').NodesOfKindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SavedAppraisals($f: Int) {\n        appraisals(first: $f) {\n          totalCount reports { id name appraisedAt owner { id name } province requestedTotal unfundedTotal conformance { verdict } }\n        }\n      }\n    "): typeof import('./graphql.js').SavedAppraisalsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
