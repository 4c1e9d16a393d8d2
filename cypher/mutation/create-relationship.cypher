// Creates one relationship; the type is checked against the model and the endpoints' kinds
// before it reaches here.
MATCH (a:Node {id: $from})
MATCH (b:Node {id: $to})
CREATE (a)-[r:$($type)]->(b)
SET r = $props
RETURN properties(r) AS props
