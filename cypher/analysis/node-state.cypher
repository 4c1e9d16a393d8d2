// The current state of some nodes, to patch the analysis graph after a change: what it keeps of
// each node (null fields when the node no longer exists).
UNWIND $ids AS id
OPTIONAL MATCH (n:Node {id: id})
RETURN id, n IS NOT NULL AS exists, n.name AS name, n.kind AS kind, n.componentKind AS componentKind,
       n.province AS province, n.provenance AS provenance, n.level AS level, n.hosting AS hosting,
       n.hostingReason AS hostingReason, n.nameEn AS nameEn, n.capability AS capability, n.abbreviations AS abbreviations
