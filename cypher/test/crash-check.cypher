// Test only (crash test): for each id, whether its node exists and how many audit events name it,
// so a node without its audit event (a half-written transaction) shows up.
UNWIND $ids AS id
OPTIONAL MATCH (n:Node {id: id})
RETURN id, n IS NOT NULL AS present, COUNT { MATCH (e:AuditEvent) WHERE id IN e.targets } AS audits
