// The graph's size: akb nodes and the relationships between them (bookkeeping records excluded).
CALL () { MATCH (n:Node) RETURN count(n) AS nodes }
CALL () { MATCH (:Node)-[r]->(:Node) RETURN count(r) AS relationships }
RETURN nodes, relationships
