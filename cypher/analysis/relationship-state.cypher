// The current state of some relationships ($rels: [{from, type, to}]), to patch the analysis graph
// after a change: one row per relationship that exists now.
UNWIND $rels AS k
MATCH (a:Node {id: k.from})-[r]->(b:Node {id: k.to})
WHERE type(r) = k.type
RETURN k.from AS from, k.type AS type, k.to AS to, r.provenance AS provenance, r.via AS via, r.status AS status
