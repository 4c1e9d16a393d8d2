// The appraisal rules, in order, with their citations.
MATCH (r:AppraisalRule)
RETURN r { .id, .code, .order, .name, .nameEn, .text, .summaryEn, .severity, .checks, .appliesTo, .provenance, .sources } AS rule
ORDER BY r.order
