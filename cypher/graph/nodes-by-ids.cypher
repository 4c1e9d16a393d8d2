// Nodes by id, for the per-request DataLoader. Missing ids are simply absent.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN properties(n) AS node
