// Deletes a node and any relationships it still has (the caller checked `force`).
MATCH (n:Node {id: $id})
DETACH DELETE n
RETURN count(*) AS deleted
