// Creates nodes a bulk batch found absent (checked in the same transaction). $rows: [{kind,
// props}]; kind is checked against the model first. Returns each node's reference, which the
// relationships of the same import use to reach it without an index seek.
UNWIND $rows AS row
CREATE (n:Node:$(row.kind))
SET n = row.props
RETURN elementId(n) AS ref
