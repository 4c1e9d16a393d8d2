// The affected set ($ids) counted by province, and within each province by kind and component
// kind, in one pass. Nodes without a province (national things) form the group whose province is
// null. One row per province, largest first.
UNWIND $ids AS id
MATCH (n:Node {id: id})
WITH n.province AS province, n.kind AS kind, n.componentKind AS componentKind, count(*) AS count
ORDER BY count DESC, kind, componentKind
WITH province, sum(count) AS count, collect({kind: kind, componentKind: componentKind, count: count}) AS byKind
RETURN province, count, byKind
ORDER BY count DESC, province
