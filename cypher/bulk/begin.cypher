// Starts a bulk import's record (server/src/interop/bulk.ts): it says the import runs, by whom and
// from where (so an import whose process died can be told from one still running), and carries
// its progress for the web's import page. Not :Node, so never part of the graph.
CREATE (b:BulkImport {
  id: $id, state: 'running', file: $file, actor: $actor, host: $host, pid: $pid, mode: $mode,
  startedAt: datetime(), heartbeatAt: datetime(), phase: 'nodes', nodes: 0, relationships: 0,
  rowsPerSecond: 0, fraction: null, etaSeconds: null
})
RETURN b.id AS id
