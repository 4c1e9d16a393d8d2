// What the landscape's placement rules read about some nodes: kind, component kind, level,
// abbreviations, the groups each is a member of and the systems it is part of (with the
// relationship's provenance and sources), and, for groups, which of $drawn are its members.
UNWIND $ids AS nid
MATCH (n:Node {id: nid})
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.componentKind AS componentKind, n.level AS level,
  coalesce(n.abbreviations, []) AS abbreviations,
  [(n)-[r:MEMBER_OF_GROUP]->(g:Node) | {id: g.id, provenance: r.provenance, sources: r.sources}] AS groups,
  [(n)-[r:PART_OF]->(p:Node) | {id: p.id, provenance: r.provenance, sources: r.sources}] AS parts,
  [(m:Node)-[:MEMBER_OF_GROUP]->(n) WHERE m.id IN $drawn | m.id] AS members
