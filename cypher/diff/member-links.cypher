// The relationships among the members of the compared versions that a diff reads: connections
// (propagating types) and MERGED_INTO / SUCCEEDED_BY. $ids: every member of either version;
// $types: relationship types, checked against the model in TypeScript and compared as values.
MATCH (a:Node)-[r]->(b:Node)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types
RETURN type(r) AS type, a.id AS from, b.id AS to, r.provenance AS provenance, r.sources AS sources
ORDER BY type, from, to
