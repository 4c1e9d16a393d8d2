// The newest undo record of a bulk import (undone newest first).
MATCH (u:BulkImportUndo {importId: $importId})
RETURN u.batch AS batch, u.createdNodes AS createdNodes, u.updatedNodes AS updatedNodes,
       u.createdRelationships AS createdRelationships, u.updatedRelationships AS updatedRelationships
ORDER BY u.batch DESC
LIMIT 1
