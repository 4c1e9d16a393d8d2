// One architecture version as its landscape needs it: the node's kind (null: no node), the
// layers of its overall diagram, what it INCLUDES (with the inclusion's status) and what is placed
// in one of its layers (IN_LAYER, as stored, with provenance and sources), and what the versions
// that supersede it place in their layers (by layer key, with the SUPERSEDES relationship's
// provenance and sources).
OPTIONAL MATCH (a:Node {id: $id})
RETURN a.kind AS kind,
  CASE WHEN a IS NULL OR NOT a:Architecture THEN [] ELSE
    [(l:ArchitectureLayer)-[r:LAYER_OF]->(a) |
      {id: l.id, name: l.name, nameEn: l.nameEn, order: l.order, layerKey: l.layerKey, provenance: l.provenance, sources: l.sources}]
  END AS layers,
  CASE WHEN a IS NULL OR NOT a:Architecture THEN [] ELSE
    [(a)-[r:INCLUDES]->(m:Node) | {id: m.id, status: r.status, provenance: r.provenance, sources: r.sources}]
  END AS members,
  CASE WHEN a IS NULL OR NOT a:Architecture THEN [] ELSE
    [(m:Node)-[r:IN_LAYER]->(l:ArchitectureLayer)-[:LAYER_OF]->(a) |
      {id: m.id, layer: l.id, provenance: r.provenance, rule: r.rule, sources: r.sources}]
  END AS placed,
  CASE WHEN a IS NULL OR NOT a:Architecture THEN [] ELSE
    [(s:Architecture)-[sr:SUPERSEDES]->(a) WHERE s <> a |
      {id: s.id, name: s.name, provenance: sr.provenance, sources: sr.sources,
       placed: [(m:Node)-[r:IN_LAYER]->(l:ArchitectureLayer)-[:LAYER_OF]->(s) WHERE r.provenance = 'stated' | {id: m.id, layerKey: l.layerKey}]}]
  END AS successors
