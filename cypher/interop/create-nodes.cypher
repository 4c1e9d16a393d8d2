// Creates nodes the import found absent (checked in the same transaction). $rows: [{kind, props}];
// kind is checked against the model first, and the dynamic label keeps it a parameter.
UNWIND $rows AS row
CREATE (n:Node:$(row.kind))
SET n = row.props
