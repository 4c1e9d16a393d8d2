// Test only: removes the tokens tests created (named "test-…") and their audit events.
MATCH (t:ApiToken) WHERE t.name STARTS WITH 'test-'
OPTIONAL MATCH (e:AuditEvent) WHERE t.id IN e.targets
DETACH DELETE t, e
