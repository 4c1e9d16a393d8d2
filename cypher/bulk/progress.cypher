// A bulk import's progress, written by each batch in its own transaction (also its heartbeat).
MATCH (b:BulkImport {id: $id})
SET b.phase = $phase, b.nodes = $nodes, b.relationships = $relationships,
    b.rowsPerSecond = $rowsPerSecond, b.fraction = $fraction, b.etaSeconds = $etaSeconds,
    b.heartbeatAt = datetime()
