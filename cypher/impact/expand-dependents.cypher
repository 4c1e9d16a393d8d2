// One breadth-first level of "who is hit if these change": the nodes m with a propagating edge
// (m)-[r]->(n) into the frontier. Filters: relationship types, provenance of edge and node, and
// (optionally) only what the given architecture version includes. The caller drops nodes already
// seen, so the cost is linear in the edges this level touches.
UNWIND $frontier AS fid
MATCH (n:Node {id: fid})<-[r]-(m:Node)
WHERE type(r) IN $types
  AND r.provenance IN $provenance
  AND m.provenance IN $provenance
  AND ($architecture IS NULL
       OR EXISTS { (:Architecture {id: $architecture})-[:INCLUDES]->(m) }
       OR EXISTS { (m)-[:LAYER_OF]->(:Architecture {id: $architecture}) })
RETURN fid AS from, m.id AS to, m.name AS name, m.kind AS kind, type(r) AS type, r.provenance AS provenance, r.sources AS sources
ORDER BY from, to, type
