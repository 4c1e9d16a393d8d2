// Saved appraisals, newest first, optionally of one owner agency.
MATCH (a:Appraisal)
WHERE $ownerAgency IS NULL OR a.ownerAgency = $ownerAgency
WITH a ORDER BY a.at DESC, a.id
WITH collect(a) AS saved
RETURN size(saved) AS total,
       [a IN saved[$offset..($offset + $limit)] | a { .id, .name, .ownerAgency, .province, .verdict, .actor, at: toString(a.at), .report, .proposal }] AS appraisals
