// What one bulk batch did, recorded in the batch's own transaction so the import can be undone
// whatever stops it: the ids it created, the previous properties of the nodes and relationships
// it replaced (JSON), the relationships it created between nodes that were already stored.
CREATE (:BulkImportUndo {
  importId: $importId, batch: $batch,
  createdNodes: $createdNodes, updatedNodes: $updatedNodes,
  createdRelationships: $createdRelationships, updatedRelationships: $updatedRelationships
})
