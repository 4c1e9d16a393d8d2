// akb schema, applied at every start; every statement is idempotent (IF NOT EXISTS).
// Every node has the label :Node plus its kind's label; ids are unique across all kinds and per kind.
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT architecture_id IF NOT EXISTS FOR (n:Architecture) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT plan_id IF NOT EXISTS FOR (n:Plan) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT legaldocument_id IF NOT EXISTS FOR (n:LegalDocument) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agencygroup_id IF NOT EXISTS FOR (n:AgencyGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT component_id IF NOT EXISTS FOR (n:Component) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT nationaldatabase_id IF NOT EXISTS FOR (n:NationalDatabase) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT componentgroup_id IF NOT EXISTS FOR (n:ComponentGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT datadomain_id IF NOT EXISTS FOR (n:DataDomain) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT architecturelayer_id IF NOT EXISTS FOR (n:ArchitectureLayer) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sharedservice_id IF NOT EXISTS FOR (n:SharedService) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT network_id IF NOT EXISTS FOR (n:Network) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (n:Task) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT indicator_id IF NOT EXISTS FOR (n:Indicator) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT appraisalrule_id IF NOT EXISTS FOR (n:AppraisalRule) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT element_id IF NOT EXISTS FOR (n:Element) REQUIRE n.id IS UNIQUE;
// Saved appraisals are records of a decision, not part of the architecture: no :Node label.
CREATE CONSTRAINT appraisal_id IF NOT EXISTS FOR (a:Appraisal) REQUIRE a.id IS UNIQUE;
// API tokens (hash only) are not :Node either.
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.hash IS UNIQUE;
// The graph's write lock (backup/lock.cypher): one node, kept unique.
CREATE CONSTRAINT akb_lock_id IF NOT EXISTS FOR (l:AkbLock) REQUIRE l.id IS UNIQUE;
// The graph revision and the change log the analysis graphs follow (cypher/analysis/); not :Node.
CREATE CONSTRAINT graph_revision_id IF NOT EXISTS FOR (g:GraphRevision) REQUIRE g.id IS UNIQUE;
CREATE INDEX graph_change_revision IF NOT EXISTS FOR (c:GraphChange) ON (c.revision);
CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.id IS UNIQUE;
// The home page's recent changes, newest first (dashboard/recent-events.cypher).
CREATE INDEX audit_event_at IF NOT EXISTS FOR (e:AuditEvent) ON (e.at);
CREATE INDEX node_kind IF NOT EXISTS FOR (n:Node) ON (n.kind);
CREATE INDEX node_provenance IF NOT EXISTS FOR (n:Node) ON (n.provenance);
// Lists of one kind in one province (graph/list-nodes-in-province), national scale.
CREATE INDEX node_kind_province IF NOT EXISTS FOR (n:Node) ON (n.kind, n.province);
// Names, English names, abbreviations and aliases, folded: the standard-folding analyzer lower-cases
// and ASCII-folds (ủ→u, đ→d), so "dan cu" matches "Dân cư" and both tone-mark styles meet.
// Eventually consistent: a commit queues its index updates instead of applying them itself (they
// cost ~60% of a bulk write); akb's own writes wait for them where their callers must find what
// they wrote (db/database.ts, after a write that changed nodes; the end of an import). A store
// with the index as it was before (updated in each commit) has it dropped and rebuilt once, at
// start (schema/node-search-options.cypher, Database.applySchema).
CREATE FULLTEXT INDEX node_search IF NOT EXISTS FOR (n:Node) ON EACH [n.name, n.nameEn, n.searchText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: true } };
// Bulk imports (server/src/interop/bulk.ts): their records and the undo log of their batches.
CREATE CONSTRAINT bulk_import_id IF NOT EXISTS FOR (b:BulkImport) REQUIRE b.id IS UNIQUE;
CREATE INDEX bulk_import_undo IF NOT EXISTS FOR (u:BulkImportUndo) ON (u.importId);
// A freshly imported national store populates its indexes after these statements: Database.applySchema
// waits for them from the client (each wait a short read), not in one transaction bounded by the
// server's transaction timeout.
// Data written before AppraisalRule.number became `order` (one GraphQL type per field name across kinds).
MATCH (r:AppraisalRule) WHERE r.number IS NOT NULL SET r.order = coalesce(r.order, r.number) REMOVE r.number;
