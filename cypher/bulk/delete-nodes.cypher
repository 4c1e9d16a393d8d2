// Undo: deletes nodes a bulk import created, with their relationships.
UNWIND $ids AS id
MATCH (n:Node {id: id})
DETACH DELETE n
