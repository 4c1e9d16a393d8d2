// One breadth-first level of "who is hit if these change". $frontier: [{id, up}].
// Plain moves follow a propagating edge against its arrow: (m)-[r]->(n) makes m a dependent of n.
// Collective mentions work both ways, once: a group is hit when a member is ("up": n is a member of
// m), and a group's members are hit when the group is ("down"); after going up we never come
// back down, so a member's failure does not spread to its siblings.
// Filters: relationship types, provenance of edge and node, and optionally only what the given
// architecture version includes. The caller drops nodes already seen, so the cost is linear in
// the edges this level touches.
UNWIND $frontier AS f
MATCH (n:Node {id: f.id})
CALL {
  WITH n, f
  MATCH (n)<-[r]-(m:Node)
  WHERE type(r) IN $types AND (type(r) <> 'MEMBER_OF_GROUP' OR NOT f.up)
  RETURN r, m, CASE type(r) WHEN 'MEMBER_OF_GROUP' THEN 'down' ELSE 'plain' END AS move
  UNION
  WITH n, f
  MATCH (n)-[r:MEMBER_OF_GROUP]->(m:Node)
  WHERE 'MEMBER_OF_GROUP' IN $types
  RETURN r, m, 'up' AS move
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
