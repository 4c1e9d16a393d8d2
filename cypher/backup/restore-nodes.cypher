// Restores a batch of nodes. Labels were checked against the model in TypeScript (a dynamic
// label from a parameter, never Cypher text); datetimes come back as datetimes.
UNWIND $rows AS row
CREATE (n:$(row.labels))
SET n = row.props
WITH n, row
UNWIND (CASE WHEN size(row.datetimes) = 0 THEN [null] ELSE row.datetimes END) AS k
WITH n, k WHERE k IS NOT NULL
SET n[k] = datetime(n[k])
RETURN count(*) AS converted
