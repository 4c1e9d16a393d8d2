// The stored properties of the relationships an import names, by (from, type, to). The type is a
// parameter compared with type(r), never Cypher text.
UNWIND $rows AS row
MATCH (a:Node {id: row.from})-[r]->(b:Node {id: row.to})
WHERE type(r) = row.type
RETURN row.from AS from, row.type AS type, row.to AS to, properties(r) AS props
