// Creates relationships the import found absent. $rows: [{from, to, type, props}]; type is checked
// against the model first.
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
