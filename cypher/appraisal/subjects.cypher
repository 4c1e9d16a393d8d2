// The catalogue entries the appraisal rules look at, each with every fact the rules read, in one
// pass (no query per entry). Subjects are components that are built by an agency: not data
// centres, operations centres or plain infrastructure, which are the providers the rules point to.
// Scope: $province (null = all; `$unassigned: true` = only entries of no province), $architecture (what that version includes, plus entries no
// version includes — the departmental catalogue), $agency (owner or operator). Every fact read
// passes the provenance filter, so a stated-only appraisal never rests on example data.
// A fact is returned as {type, from, to, provenance, sources} so findings can cite it.
MATCH (c:Component)
WHERE c.provenance IN $provenance
  AND NOT c.componentKind IN ['datacentre', 'operations-centre', 'infrastructure']
  AND ($province IS NULL OR c.province = $province)
  AND (NOT coalesce($unassigned, false) OR c.province IS NULL)
  AND ($architecture IS NULL
       OR EXISTS { (:Architecture {id: $architecture})-[:INCLUDES]->(c) }
       OR NOT EXISTS { (:Architecture)-[:INCLUDES]->(c) })
  AND ($agency IS NULL OR EXISTS { (c)-[:OWNED_BY|OPERATED_BY]->(:Node {id: $agency}) })
RETURN c.id AS id, c.name AS name, c.province AS province, c.level AS level,
       c.componentKind AS componentKind, c.hosting AS hosting, c.hostingReason AS hostingReason,
       c.provenance AS provenance,
       COLLECT { MATCH (c)-[r:OWNED_BY]->(a) WHERE r.provenance IN $provenance AND a.provenance IN $provenance
                 RETURN {id: a.id, name: a.name, fact: {type: type(r), from: c.id, to: a.id, provenance: r.provenance, sources: r.sources}} } AS owners,
       COLLECT { MATCH (c)-[r:HOLDS_DATA|COMPUTERISES|BUILDS_OWN|INTEGRATES_VIA|HOSTED_ON|MONITORED_BY|PART_OF]->(t)
                 WHERE r.provenance IN $provenance AND t.provenance IN $provenance
                 RETURN {type: type(r), to: t.id, toName: t.name, toKind: t.kind, toComponentKind: t.componentKind,
                         toProvince: t.province, toLevel: t.level, capability: t.capability,
                         fact: {type: type(r), from: c.id, to: t.id, provenance: r.provenance, sources: r.sources}} } AS facts,
       COLLECT { MATCH (c)-[r:USES_DATA_FROM|CONNECTS_TO]->(t)
                 WHERE r.provenance IN $provenance AND t.provenance IN $provenance
                 RETURN {type: type(r), to: t.id, toName: t.name, toKind: t.kind, toComponentKind: t.componentKind,
                         toProvince: t.province, toLevel: t.level, via: r.via,
                         toOwners: COLLECT { MATCH (t)-[:OWNED_BY]->(o) WHERE o.provenance IN $provenance RETURN o.id },
                         toOwnerNames: COLLECT { MATCH (t)-[:OWNED_BY]->(o) WHERE o.provenance IN $provenance RETURN o.name },
                         fact: {type: type(r), from: c.id, to: t.id, provenance: r.provenance, sources: r.sources}} } AS exchanges,
       COLLECT { MATCH (u)-[r:USES_DATA_FROM]->(c) WHERE u <> c AND r.provenance IN $provenance AND u.provenance IN $provenance
                 RETURN {id: u.id, fact: {type: type(r), from: u.id, to: c.id, provenance: r.provenance, sources: r.sources}} } AS usedBy,
       COLLECT { MATCH (c)-[r:USES_DATA_FROM|CONNECTS_TO|REUSES|MERGED_INTO|PART_OF|SUCCEEDED_BY]-(o:Component|NationalDatabase)
                 WHERE r.provenance IN $provenance RETURN DISTINCT o.id } AS linked
ORDER BY id
