// Replaces a node's properties with a complete, validated set (the kind never changes) and records
// the audit event, in one statement (one round trip inside the write transaction).
MATCH (n:Node {id: $id})
SET n = $props
CREATE (e:AuditEvent {
  id: $audit.id, at: datetime($audit.at), actor: $audit.actor, operation: $audit.operation,
  targets: $audit.targets, before: $audit.before, after: $audit.after
})
RETURN properties(n) AS node
