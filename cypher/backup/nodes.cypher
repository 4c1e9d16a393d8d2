// Every akb node for a backup: labels, properties, and which properties are datetimes (stored as
// ISO text in the file and turned back into datetimes on restore). The lock node, the graph
// revision with its change log (cypher/analysis/) and the bulk imports' records are bookkeeping.
MATCH (n)
WHERE NOT n:AkbLock AND NOT n:GraphRevision AND NOT n:GraphChange AND NOT n:BulkImport AND NOT n:BulkImportUndo
RETURN labels(n) AS labels, elementId(n) AS ref,
       properties(n) AS props,
       [k IN keys(n) WHERE valueType(n[k]) STARTS WITH 'ZONED DATETIME'] AS datetimes
ORDER BY coalesce(n.id, ''), ref
