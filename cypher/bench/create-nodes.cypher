// Import profile only (bench/import-profile.ts): the node rows of fixtures/merge-nodes created, not
// merged (no lookup by id first), to see what the MERGE costs.
UNWIND $rows AS row
CREATE (n:Node)
SET n = row.props
SET n:$(row.kind)
