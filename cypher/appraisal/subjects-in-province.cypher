// appraisal/subjects for one province, as the national scan runs it province by province: the
// (kind, province) index seeks the province's components instead of scanning every component
// (with `$province IS NULL OR …` Cypher cannot seek). The RETURN is subjects.cypher's, kept
// identical: tests/appraisal-api.test.ts compares the two on every fixture province.
MATCH (c:Node)
WHERE c.kind = 'Component' AND c.province = $province
  AND c.provenance IN $provenance
  AND NOT c.componentKind IN ['datacentre', 'operations-centre', 'infrastructure']
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
