// Every node, for the analysis graph's start-up pass (server/src/analysis/build.ts), only what it
// keeps in memory. Rows are chunks of $chunk internal ids, each a set of parallel columns: one
// record per chunk decodes several times faster in the driver than one record per node. `refs`
// are Neo4j's internal ids, valid within this read transaction only, to join the relationships
// below without shipping string ids twice (db/database.ts streamRead decodes integers as plain
// numbers). Nulls
// become '' (collect would drop them and misalign the columns). What the appraisal rules read rides
// along: level and hosting as the codes the caller passes ($levels, $hostings; 0 when not set, 255
// for a value the model does not know, which `others` then carries as written), and the few sparse
// ones (hosting reason, English name, capability, abbreviations) as '' or [] where not set.
MATCH (n:Node)
WITH max(id(n)) AS maxId
UNWIND range(0, coalesce(maxId, -1), $chunk) AS lo
CALL (lo) {
  MATCH (n:Node)
  WHERE id(n) IN range(lo, lo + $chunk - 1)
  RETURN collect(id(n)) AS refs, collect(n.id) AS ids, collect(coalesce(n.name, '')) AS names,
         collect(coalesce(n.kind, '')) AS kinds, collect(coalesce(n.componentKind, '')) AS componentKinds,
         collect(coalesce(n.province, '')) AS provinces, collect(coalesce(n.provenance, '')) AS provenances,
         collect(CASE WHEN n.level IS NULL THEN 0 ELSE coalesce($levels[n.level], 255) END) AS levels,
         collect(CASE WHEN n.hosting IS NULL THEN 0 ELSE coalesce($hostings[n.hosting], 255) END) AS hostings,
         collect(coalesce(n.hostingReason, '')) AS hostingReasons, collect(coalesce(n.nameEn, '')) AS namesEn,
         collect(coalesce(n.capability, '')) AS capabilities, collect(coalesce(n.abbreviations, [])) AS abbreviations,
         collect(CASE WHEN (n.level IS NOT NULL AND $levels[n.level] IS NULL) OR (n.hosting IS NOT NULL AND $hostings[n.hosting] IS NULL)
                      THEN [coalesce(n.level, ''), coalesce(n.hosting, '')] ELSE [] END) AS others
}
RETURN refs, ids, names, kinds, componentKinds, provinces, provenances, levels, hostings, hostingReasons, namesEn, capabilities, abbreviations, others
