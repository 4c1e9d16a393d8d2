// The members of architecture versions: every node each one INCLUDES (any status), with the
// INCLUDES status, provenance and sources. One row per requested id; kind is null when no node
// has that id, and members is empty when the node is not an Architecture.
UNWIND $ids AS aid
OPTIONAL MATCH (a:Node {id: aid})
RETURN aid AS id, a.kind AS kind,
       CASE WHEN a IS NULL THEN [] ELSE
         [(a)-[r:INCLUDES]->(m:Node) WHERE a:Architecture |
           {id: m.id, name: m.name, kind: m.kind, level: m.level,
            status: r.status, provenance: r.provenance, sources: r.sources}]
       END AS members
