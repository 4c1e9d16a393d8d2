// Replaces a relationship's properties with a complete, validated set.
MATCH (a:Node {id: $from})-[r]->(b:Node {id: $to})
WHERE type(r) = $type
SET r = $props
RETURN properties(r) AS props
