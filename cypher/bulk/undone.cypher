// A bulk import whose batches are all undone: kept as undone (with why) for the web page.
MATCH (b:BulkImport {id: $id})
SET b.state = 'undone', b.phase = 'undone', b.reason = $reason, b.finishedAt = datetime(), b.heartbeatAt = datetime()
