// For each node: what it directly depends on (outgoing propagating relationships) and how many
// direct dependents it has (incoming ones), for the impact diff of a proposal.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id,
       COLLECT { MATCH (n)-[r]->(m:Node) WHERE type(r) IN $types AND r.provenance IN $provenance AND m.provenance IN $provenance
                 RETURN {type: type(r), to: m.id} } AS dependencies,
       COUNT { MATCH (n)<-[r]-(m:Node) WHERE type(r) IN $types AND r.provenance IN $provenance AND m.provenance IN $provenance } AS dependents
