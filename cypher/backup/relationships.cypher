// Every relationship for a backup, by the ids of its ends (only :Node nodes have relationships).
MATCH (a:Node)-[r]->(b:Node)
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
ORDER BY from, type, to
