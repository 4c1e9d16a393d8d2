// Every relationship of a node, for the analysis graph's start-up pass, in chunks of start nodes
// as parallel columns (see nodes.cypher): endpoints by internal id, the type and the provenance as
// the codes the caller passes ($types, $provenances; -1 and 255 for values the model does not
// know), and the two properties analyses read, only on the types that carry them (`via` of an
// exchange, `status` of INCLUDES; '' otherwise). Reading a property costs a property-store access
// per relationship (most of this query's time), so nothing else is read; the end node's label is
// not checked either (an end that is not a :Node has no slot and is skipped by the reader).
MATCH (n:Node)
WITH max(id(n)) AS maxId
UNWIND range(0, coalesce(maxId, -1), $chunk) AS lo
CALL (lo) {
  MATCH (a:Node)
  WHERE id(a) IN range(lo, lo + $chunk - 1)
  MATCH (a)-[r]->(b)
  RETURN collect(id(a)) AS starts, collect(id(b)) AS ends,
         collect(coalesce($types[type(r)], -1)) AS types,
         collect(coalesce($provenances[r.provenance], 255)) AS provenances,
         collect(CASE WHEN type(r) IN ['USES_DATA_FROM', 'CONNECTS_TO'] THEN coalesce(r.via, '') ELSE '' END) AS vias,
         collect(CASE WHEN type(r) = 'INCLUDES' THEN coalesce(r.status, '') ELSE '' END) AS statuses
}
RETURN starts, ends, types, provenances, vias, statuses
