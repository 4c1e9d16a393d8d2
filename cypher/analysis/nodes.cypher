// Every node, for the analysis graph's start-up pass (server/src/analysis/build.ts), only what it
// keeps in memory. Rows are chunks of $chunk internal ids, each a set of parallel columns: one
// record per chunk decodes several times faster in the driver than one record per node. `refs`
// are Neo4j's internal ids, valid within this read transaction only, to join the relationships
// below without shipping string ids twice (db/database.ts streamRead decodes integers as plain
// numbers). Nulls
// become '' (collect would drop them and misalign the columns).
MATCH (n:Node)
WITH max(id(n)) AS maxId
UNWIND range(0, coalesce(maxId, -1), $chunk) AS lo
CALL (lo) {
  MATCH (n:Node)
  WHERE id(n) IN range(lo, lo + $chunk - 1)
  RETURN collect(id(n)) AS refs, collect(n.id) AS ids, collect(coalesce(n.name, '')) AS names,
         collect(coalesce(n.kind, '')) AS kinds, collect(coalesce(n.componentKind, '')) AS componentKinds,
         collect(coalesce(n.province, '')) AS provinces, collect(coalesce(n.provenance, '')) AS provenances
}
RETURN refs, ids, names, kinds, componentKinds, provinces, provenances
