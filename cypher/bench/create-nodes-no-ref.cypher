// Import profile only (bench/import-profile.ts): bulk/create-nodes without returning references.
UNWIND $rows AS row
CREATE (n:Node:$(row.kind))
SET n = row.props
