// Adds properties to relationships loaded by Neo4j's importer that its CSV could not hold.
UNWIND $rows AS row
MATCH (a:Node {id: row.from})-[r]->(b:Node {id: row.to})
WHERE type(r) = row.type
SET r += row.props
