// Replaces the properties of nodes the import found changed: the imported record is the whole
// truth about the node, as in the JSON export it round-trips with.
UNWIND $rows AS row
MATCH (n:Node {id: row.id})
SET n = row.props
