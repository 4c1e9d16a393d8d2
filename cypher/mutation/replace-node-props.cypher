// Replaces a node's properties with a complete, validated set (the kind never changes).
MATCH (n:Node {id: $id})
SET n = $props
RETURN properties(n) AS node
