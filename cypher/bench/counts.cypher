// Nodes and relationships in the database (what the national benchmark loaded, fixtures included).
MATCH (n)
WITH count(n) AS nodes
MATCH ()-[r]->()
RETURN nodes, count(r) AS relationships
