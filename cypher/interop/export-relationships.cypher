// Relationships among the exported nodes, in a stable order.
UNWIND $ids AS id
MATCH (a:Node {id: id})-[r]->(b:Node)
WHERE b.id IN $idSet
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
ORDER BY from, type, to
