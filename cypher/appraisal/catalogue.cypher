// The province's catalogue as an appraisal compares a proposal with it: only what rules 7–9 read
// (owners; data held, business computerised, capabilities built; links), not the exchanges and
// users the catalogue scan also needs, and online public services only when they hold, computerise
// or build something (rule 9 leaves services out). $province null = every province. The
// (kind, province) index finds the province's components when one is given.
MATCH (c:Node)
WHERE c.kind = 'Component'
  AND ($province IS NULL OR c.province = $province)
  AND c.provenance IN $provenance
  AND NOT c.componentKind IN ['datacentre', 'operations-centre', 'infrastructure']
WITH c,
     COLLECT { MATCH (c)-[r:HOLDS_DATA|COMPUTERISES|BUILDS_OWN]->(t)
               WHERE r.provenance IN $provenance AND t.provenance IN $provenance
               RETURN {type: type(r), to: t.id, toName: t.name, toKind: t.kind, toComponentKind: t.componentKind,
                       toProvince: t.province, toLevel: t.level, capability: t.capability,
                       fact: {type: type(r), from: c.id, to: t.id, provenance: r.provenance, sources: r.sources}} } AS facts
WHERE c.componentKind <> 'service' OR size(facts) > 0
RETURN c.id AS id, c.name AS name, c.province AS province, c.level AS level,
       c.componentKind AS componentKind, c.hosting AS hosting, c.hostingReason AS hostingReason,
       c.provenance AS provenance,
       COLLECT { MATCH (c)-[r:OWNED_BY]->(a) WHERE r.provenance IN $provenance AND a.provenance IN $provenance
                 RETURN {id: a.id, name: a.name, fact: {type: type(r), from: c.id, to: a.id, provenance: r.provenance, sources: r.sources}} } AS owners,
       facts,
       [] AS exchanges,
       [] AS usedBy,
       COLLECT { MATCH (c)-[r:USES_DATA_FROM|CONNECTS_TO|REUSES|MERGED_INTO|PART_OF|SUCCEEDED_BY]-(o:Component|NationalDatabase)
                 WHERE r.provenance IN $provenance RETURN DISTINCT o.id } AS linked
ORDER BY id
