// Every relationship of some nodes, both directions, to replace their edges in the analysis graph
// after a change that did not list them one by one.
UNWIND $ids AS id
MATCH (n:Node {id: id})-[r]-(m:Node)
RETURN startNode(r).id AS from, type(r) AS type, endNode(r).id AS to, r.provenance AS provenance, r.via AS via, r.status AS status
