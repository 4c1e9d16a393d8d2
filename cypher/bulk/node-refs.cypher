// The stored nodes a bulk batch names, looked up once per batch: each id with its kind and a
// reference (elementId) that the batch's writes then use instead of one index seek per row.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, n.kind AS kind, elementId(n) AS ref
