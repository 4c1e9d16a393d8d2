// The relationships among a set of nodes, ready to draw.
MATCH (a:Node)-[r]->(b:Node)
WHERE a.id IN $ids AND b.id IN $ids
RETURN a.id AS from, b.id AS to, type(r) AS type, r.provenance AS provenance, r.status AS status, elementId(r) AS id
