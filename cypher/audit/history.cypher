// The audit events that touched a node (as the node itself or as a relationship endpoint), newest first;
// events of the operations in $hiddenOperations (token records, for callers below admin) left out.
MATCH (e:AuditEvent)
WHERE $id IN e.targets AND NOT e.operation IN $hiddenOperations
RETURN e.id AS id, toString(e.at) AS at, e.actor AS actor, e.operation AS operation, e.before AS before, e.after AS after
ORDER BY e.at DESC, e.id DESC
LIMIT $limit
