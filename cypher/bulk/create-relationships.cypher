// Creates relationships known to be new (bulk import): endpoints by the references looked up once
// for the batch (bulk/node-refs) or returned when this import created them. $rows: [{a, b, type,
// props}]; type is checked against the model first. Returns how many were created, so a reference
// that no longer resolves fails the batch instead of dropping a row.
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS created
