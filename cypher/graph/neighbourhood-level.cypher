// One level of a node's neighbourhood, both directions, every relationship type.
UNWIND $frontier AS fid
MATCH (n:Node {id: fid})-[r]-(m:Node)
RETURN DISTINCT m.id AS id
LIMIT $limit
