// Rows without an id: nodes of the same kind whose name (folded, as in exactKeys) matches, and
// whether each is owned by the agency the row names. $rows: [{key, kind, nameKey, agency}].
UNWIND $rows AS row
MATCH (n:Node)
WHERE n.kind = row.kind AND row.nameKey IN n.exactKeys
OPTIONAL MATCH (n)-[:OWNED_BY]->(owner:Node {id: row.agency})
RETURN row.key AS key, n.id AS id, n.name AS name, owner IS NOT NULL AS ownedByAgency
