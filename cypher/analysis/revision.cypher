// The database's graph revision and epoch (null on a database no akb write has touched yet).
OPTIONAL MATCH (g:GraphRevision {id: 'graph'})
RETURN g.value AS revision, g.epoch AS epoch
