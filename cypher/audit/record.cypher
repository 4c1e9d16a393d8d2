// Records one audit event in the same transaction as the change it describes. Audit events are
// not :Node, so they never appear in the graph, search or impact.
CREATE (e:AuditEvent {
  id: $id, at: datetime($at), actor: $actor, operation: $operation,
  targets: $targets, before: $before, after: $after
})
RETURN e.id AS id
