// Every propagating edge (for the benchmark's in-memory lower bound).
MATCH (a:Node)-[r]->(b:Node)
WHERE type(r) IN $types
RETURN a.id AS from, b.id AS to
