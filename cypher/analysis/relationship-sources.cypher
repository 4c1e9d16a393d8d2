// The sources of the relationships on a page of witness paths ($steps: [{from, type, to}]): the
// analysis graph keeps no quotes in memory, so they are read for what is returned only.
UNWIND $steps AS k
MATCH (a:Node {id: k.from})-[r]->(b:Node {id: k.to})
WHERE type(r) = k.type
RETURN k.from AS from, k.type AS type, k.to AS to, r.sources AS sources, r.provenance AS provenance
