// What the rules compare subjects with, for the whole graph (small: tens of rows per province):
// - authority: a national database (or system) authoritative for a data subject;
// - provider: a shared service and the platform that provides it (whose province, or national);
//   providers of the data-sharing capability are the integration platforms (LGSP, NDXP…);
// - centre: each province's data centres and SOCs (operations centres named SOC).
// Each row carries the fact it rests on, to cite in a finding.
CALL () {
  MATCH (n)-[r:AUTHORITATIVE_FOR]->(d:DataDomain)
  WHERE r.provenance IN $provenance AND n.provenance IN $provenance
  RETURN 'authority' AS role, d.id AS key, null AS capability, n.id AS id, n.name AS name, n.nameEn AS nameEn, n.province AS province, n.level AS level,
         {type: type(r), from: n.id, to: d.id, provenance: r.provenance, sources: r.sources} AS fact
  UNION ALL
  MATCH (s:SharedService)-[r:PROVIDED_BY]->(p)
  WHERE r.provenance IN $provenance AND p.provenance IN $provenance
  RETURN 'provider' AS role, s.id AS key, s.capability AS capability, p.id AS id, p.name AS name, p.nameEn AS nameEn, p.province AS province,
         coalesce(p.level, CASE WHEN p.province IS NULL THEN 'national' END) AS level,
         {type: type(r), from: s.id, to: p.id, provenance: r.provenance, sources: r.sources} AS fact
  UNION ALL
  MATCH (c:Component)
  WHERE c.componentKind = 'datacentre' AND c.provenance IN $provenance
  RETURN 'datacentre' AS role, coalesce(c.province, '') AS key, null AS capability, c.id AS id, c.name AS name, c.nameEn AS nameEn, c.province AS province, c.level AS level, null AS fact
  UNION ALL
  MATCH (c:Component)
  WHERE c.componentKind = 'operations-centre' AND c.provenance IN $provenance AND 'SOC' IN coalesce(c.abbreviations, [])
  RETURN 'soc' AS role, coalesce(c.province, '') AS key, null AS capability, c.id AS id, c.name AS name, c.nameEn AS nameEn, c.province AS province, c.level AS level, null AS fact
}
RETURN role, key, capability, id, name, nameEn, province, level, fact
ORDER BY role, key, id
