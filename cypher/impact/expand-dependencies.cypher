// One breadth-first level of "what do these need". $frontier: [{id, up}].
// Plain moves follow a propagating edge along its arrow: (n)-[r]->(m) makes m a dependency of n.
// Collective mentions: a member needs what its group needs ("up", along MEMBER_OF_GROUP), and
// needing a group means needing its members ("down", against it); never down after up, so a
// member does not come to need its siblings. Same filters as expand-dependents.
UNWIND $frontier AS f
MATCH (n:Node {id: f.id})
CALL {
  WITH n, f
  MATCH (n)-[r]->(m:Node)
  WHERE type(r) IN $types
  RETURN r, m, CASE type(r) WHEN 'MEMBER_OF_GROUP' THEN 'up' ELSE 'plain' END AS move
  UNION
  WITH n, f
  MATCH (n)<-[r:MEMBER_OF_GROUP]-(m:Node)
  WHERE 'MEMBER_OF_GROUP' IN $types AND NOT f.up
  RETURN r, m, 'down' AS move
}
WITH f, r, m, move
WHERE r.provenance IN $provenance
  AND m.provenance IN $provenance
  AND ($architecture IS NULL
       OR EXISTS { (:Architecture {id: $architecture})-[:INCLUDES]->(m) }
       OR EXISTS { (m)-[:LAYER_OF]->(:Architecture {id: $architecture}) })
RETURN f.id AS from, m.id AS to, m.name AS name, m.kind AS kind, m.componentKind AS componentKind, m.province AS province,
       m.provenance AS nodeProvenance, m.nameEn AS nameEn, m.abbreviations AS abbreviations, move,
       startNode(r).id AS start, endNode(r).id AS end,
       type(r) AS type, r.provenance AS provenance, r.sources AS sources
ORDER BY from, to, type
