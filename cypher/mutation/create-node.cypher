// Creates one node; the kind is checked against the model before it reaches here. The uniqueness
// constraint on :Node(id) turns a duplicate id into a CONFLICT.
CREATE (n:Node)
SET n = $props
SET n:$($kind)
RETURN properties(n) AS node
