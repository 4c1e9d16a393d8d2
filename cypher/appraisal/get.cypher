// One saved appraisal.
MATCH (a:Appraisal {id: $id})
RETURN a { .id, .name, .ownerAgency, .province, .verdict, .actor, at: toString(a.at), .report, .proposal } AS appraisal
