// Restores a batch of relationships between nodes already restored (types checked against the model).
UNWIND $rows AS row
MATCH (a:Node {id: row.from}), (b:Node {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS created
