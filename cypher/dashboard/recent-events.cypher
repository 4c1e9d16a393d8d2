// The newest audit events of the given operations, with the live name and kind of their first two
// targets (a node, or a relationship's two ends). before/after are returned for the server to read
// a deleted node's name and a relationship's type from; they never leave the server.
MATCH (e:AuditEvent)
WHERE e.operation IN $operations
WITH e ORDER BY e.at DESC, e.id DESC LIMIT $limit
OPTIONAL MATCH (a:Node {id: e.targets[0]})
OPTIONAL MATCH (b:Node {id: e.targets[1]})
RETURN e.id AS id, toString(e.at) AS at, e.actor AS actor, e.operation AS operation,
  size(e.targets) AS targetCount, e.targets[0] AS firstId, a.name AS firstName, a.kind AS firstKind,
  e.targets[1] AS secondId, b.name AS secondName, b.kind AS secondKind, e.before AS before, e.after AS after
ORDER BY e.at DESC, e.id DESC
