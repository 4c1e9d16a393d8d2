// Test only (crash test): every node the crash test wrote, acknowledged or not.
MATCH (n:Node) WHERE n.id STARTS WITH 'component:test-crash-'
RETURN n.id AS id, COUNT { MATCH (e:AuditEvent) WHERE n.id IN e.targets } AS audits
