// The stored properties and kind of the nodes an import names, to tell created from updated from
// unchanged. Missing ids are simply absent.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, n.kind AS kind, properties(n) AS props
