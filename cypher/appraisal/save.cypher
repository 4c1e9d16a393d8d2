// Stores a proposal and its report as they were at appraisal time: a frozen record (JSON text),
// so later changes to the graph never rewrite a decision already taken.
CREATE (a:Appraisal {
  id: $id, name: $name, ownerAgency: $ownerAgency, province: $province, verdict: $verdict,
  at: datetime($at), actor: $actor, proposal: $proposal, report: $report
})
RETURN a.id AS id
