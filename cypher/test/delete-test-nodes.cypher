// Removes what tests created: nodes with a "test-" slug in their id, and the audit events about
// them and the appraisals saved for them, leaving the fixtures untouched.
MATCH (n) WHERE (n:Node AND n.id CONTAINS ':test-') OR (n:AuditEvent AND any(t IN n.targets WHERE t CONTAINS ':test-'))
   OR (n:Appraisal AND n.ownerAgency CONTAINS ':test-')
CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
