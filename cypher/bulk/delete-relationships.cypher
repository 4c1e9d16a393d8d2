// Undo: deletes relationships a bulk import created between nodes that were already stored.
UNWIND $rows AS row
MATCH (a:Node {id: row.from})-[r]->(b:Node {id: row.to})
WHERE type(r) = row.type
DELETE r
