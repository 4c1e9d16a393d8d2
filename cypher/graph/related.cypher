// Relationships of several nodes at once, for the per-request DataLoader.
// $keys: [{id, type, out}] — out=true follows (n)-[type]->(m), out=false follows (n)<-[type]-(m).
// type is a declared relationship type (checked in TypeScript), compared as a value.
UNWIND $keys AS key
MATCH (n:Node {id: key.id})-[r]-(m:Node)
WHERE type(r) = key.type
  AND ((key.out AND startNode(r) = n) OR (NOT key.out AND endNode(r) = n))
RETURN key.id AS id, key.type AS type, key.out AS out, properties(r) AS rel, properties(m) AS node
ORDER BY coalesce(m.order, 0), m.name
