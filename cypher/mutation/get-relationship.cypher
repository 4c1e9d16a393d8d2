// One relationship by its endpoints and type (type compared as a value).
MATCH (a:Node {id: $from})-[r]->(b:Node {id: $to})
WHERE type(r) = $type
RETURN properties(r) AS props
