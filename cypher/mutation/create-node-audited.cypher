// Creates one node and records its audit event, in one statement (one round trip inside the write
// transaction). The kind is checked against the model before it reaches here; the uniqueness
// constraint on :Node(id) turns a duplicate id into a CONFLICT.
CREATE (n:Node)
SET n = $props
SET n:$($kind)
CREATE (e:AuditEvent {
  id: $audit.id, at: datetime($audit.at), actor: $audit.actor, operation: $audit.operation,
  targets: $audit.targets, before: $audit.before, after: $audit.after
})
RETURN properties(n) AS node
