// Undo: one batch of a bulk import is undone; its record goes.
MATCH (u:BulkImportUndo {importId: $importId, batch: $batch})
DELETE u
