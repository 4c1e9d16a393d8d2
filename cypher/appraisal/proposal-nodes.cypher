// The nodes a proposal names (owner, data subjects, systems it will use, platforms, networks),
// with the owners of each, to validate the proposal and to place its links in the graph.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.nameEn AS nameEn, n.province AS province, n.level AS level,
       n.componentKind AS componentKind, n.capability AS capability, n.provenance AS provenance,
       COLLECT { MATCH (n)-[:OWNED_BY]->(o) RETURN o.id } AS owners,
       COLLECT { MATCH (n)-[:OWNED_BY]->(o) RETURN o.name } AS ownerNames
