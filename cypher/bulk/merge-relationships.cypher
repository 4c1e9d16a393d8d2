// Upserts relationships that may already exist (bulk import), returning what each held before:
// an empty map for one this statement created (every stored relationship has a provenance).
// $rows: [{from, to, type, props}]; type is checked against the model first.
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
WITH row, r, properties(r) AS before
SET r = row.props
RETURN row.from AS from, row.type AS type, row.to AS to, before
