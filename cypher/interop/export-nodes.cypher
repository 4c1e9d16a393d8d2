// Nodes to export: all, or those of the given architectures (the architecture, what it includes,
// its layers and listed tasks and indicators) and agencies (the agency and what it owns or
// operates), then narrowed by kind and provenance. Empty lists mean no restriction.
MATCH (n:Node)
WHERE (size($kinds) = 0 OR n.kind IN $kinds)
  AND (size($provenances) = 0 OR n.provenance IN $provenances)
  AND (size($architectures) = 0
       OR n.id IN $architectures
       OR EXISTS { MATCH (a:Architecture)-[:INCLUDES]->(n) WHERE a.id IN $architectures }
       OR EXISTS { MATCH (n)-[:LAYER_OF|LISTED_IN]->(a:Architecture) WHERE a.id IN $architectures })
  AND (size($agencies) = 0
       OR n.id IN $agencies
       OR EXISTS { MATCH (n)-[:OWNED_BY|OPERATED_BY]->(g:Agency) WHERE g.id IN $agencies })
RETURN n.kind AS kind, properties(n) AS props
ORDER BY n.id
