// Nodes and relationships that lack provenance, or a source when they claim to be stated.
CALL {
  MATCH (n:Node)
  WHERE n.provenance IS NULL OR NOT n.provenance IN ['stated', 'inferred', 'external', 'example']
     OR (n.provenance = 'stated' AND (n.sources IS NULL OR n.sources = '[]'))
  RETURN 'node ' + n.id AS what
  UNION ALL
  MATCH (a:Node)-[r]->(b:Node)
  WHERE r.provenance IS NULL OR NOT r.provenance IN ['stated', 'inferred', 'external', 'example']
     OR (r.provenance = 'stated' AND (r.sources IS NULL OR r.sources = '[]'))
  RETURN a.id + ' -' + type(r) + '-> ' + b.id AS what
}
RETURN what
