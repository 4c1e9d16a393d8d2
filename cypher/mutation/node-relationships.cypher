// The relationships touching a node (to report what a forced delete removes).
MATCH (n:Node {id: $id})-[r]-(m:Node)
RETURN startNode(r).id AS from, type(r) AS type, endNode(r).id AS to, properties(r) AS props
