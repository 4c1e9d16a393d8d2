// Deletes one relationship by its endpoints and type.
MATCH (a:Node {id: $from})-[r]->(b:Node {id: $to})
WHERE type(r) = $type
DELETE r
RETURN count(*) AS deleted
