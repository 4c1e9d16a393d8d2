// Everything in the database, whatever the label: restore only goes into an empty database.
// (Two subqueries: an aggregate next to a COUNT{} would group by it and return no row when empty.)
CALL () { MATCH (n) WHERE NOT n:AkbLock AND NOT n:GraphRevision AND NOT n:GraphChange AND NOT n:BulkImport AND NOT n:BulkImportUndo RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
