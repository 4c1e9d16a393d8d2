// The appraisal rule sets: the rules each architecture, plan or document states (STATED_IN), in
// order, with the stating node's province as the set's jurisdiction (null: national).
MATCH (r:AppraisalRule)-[:STATED_IN]->(d:Node)
WITH d, r ORDER BY r.order
WITH d, collect(r { .id, .code, .order, .name, .nameEn, .text, .summaryEn, .severity, .checks, .appliesTo, .provenance, .sources }) AS rules
RETURN d.id AS id, d.name AS name, d.nameEn AS nameEn, d.kind AS kind, d.province AS jurisdiction, rules
ORDER BY id
