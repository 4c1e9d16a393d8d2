// The latest bulk imports, running first, for the web's import page (progress, rate, ETA).
MATCH (b:BulkImport)
RETURN b.id AS id, b.state AS state, b.phase AS phase, b.file AS file, b.actor AS actor,
       b.nodes AS nodes, b.relationships AS relationships, b.rowsPerSecond AS rowsPerSecond,
       b.fraction AS fraction, b.host AS host, b.pid AS pid, b.etaSeconds AS etaSeconds, b.reason AS reason,
       toString(b.startedAt) AS startedAt, toString(b.heartbeatAt) AS heartbeatAt, toString(b.finishedAt) AS finishedAt
ORDER BY (b.state = 'running') DESC, b.startedAt DESC
LIMIT $first
