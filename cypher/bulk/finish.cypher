// A bulk import that wrote everything: its undo records go and it is marked done, in one
// transaction (the commit point), with its final counts. Only the last $keep finished imports are kept, for the web page.
MATCH (b:BulkImport {id: $id})
SET b.state = 'done', b.phase = 'done', b.nodes = $nodes, b.relationships = $relationships, b.fraction = 1.0, b.etaSeconds = 0, b.finishedAt = datetime(), b.heartbeatAt = datetime()
WITH b
CALL (b) {
  MATCH (u:BulkImportUndo {importId: b.id})
  DELETE u
}
WITH b
CALL (b) {
  MATCH (old:BulkImport)
  WHERE old.state <> 'running'
  WITH old ORDER BY old.startedAt DESC
  SKIP $keep
  DELETE old
}
RETURN b.id AS id
