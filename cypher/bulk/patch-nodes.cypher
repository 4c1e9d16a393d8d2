// Adds properties to nodes loaded by Neo4j's importer that its CSV could not hold (an empty list,
// a list item holding the list delimiter): written with Cypher right after the import.
UNWIND $rows AS row
MATCH (n:Node {id: row.id})
SET n += row.props
