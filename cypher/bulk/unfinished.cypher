// Bulk imports still marked running (at start: those whose process is gone are undone).
MATCH (b:BulkImport {state: 'running'})
RETURN b.id AS id, b.file AS file, b.host AS host, b.pid AS pid, toString(b.heartbeatAt) AS heartbeatAt
