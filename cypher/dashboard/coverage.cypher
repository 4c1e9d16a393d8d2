// How completely the systems (Component) are described: placed in a layer of an overall diagram,
// included in an architecture version, with an owning or operating agency, with a source quote.
MATCH (c:Component)
RETURN count(c) AS components,
  count(CASE WHEN EXISTS { (c)-[:IN_LAYER]->(:ArchitectureLayer) } THEN 1 END) AS withLayer,
  count(CASE WHEN EXISTS { (:Architecture)-[:INCLUDES]->(c) } THEN 1 END) AS inArchitecture,
  count(CASE WHEN EXISTS { (c)-[:OWNED_BY|OPERATED_BY]->(:Node) } THEN 1 END) AS withOwner,
  count(CASE WHEN c.sources IS NOT NULL AND c.sources <> '[]' THEN 1 END) AS withSource
