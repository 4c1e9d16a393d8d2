// One breadth-first level of "what do these need": the nodes m with a propagating edge
// (n)-[r]->(m) out of the frontier. Same filters as expand-dependents.
UNWIND $frontier AS fid
MATCH (n:Node {id: fid})-[r]->(m:Node)
WHERE type(r) IN $types
  AND r.provenance IN $provenance
  AND m.provenance IN $provenance
  AND ($architecture IS NULL
       OR EXISTS { (:Architecture {id: $architecture})-[:INCLUDES]->(m) }
       OR EXISTS { (m)-[:LAYER_OF]->(:Architecture {id: $architecture}) })
RETURN fid AS from, m.id AS to, m.name AS name, m.kind AS kind, type(r) AS type, r.provenance AS provenance, r.sources AS sources
ORDER BY from, to, type
