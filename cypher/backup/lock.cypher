// Takes the graph's write lock: every write transaction starts here (db/database.ts), so a backup,
// which takes it too and then reads everything, sees one consistent state (Neo4j reads are only
// read-committed; the lock makes writers wait while a backup reads).
MERGE (l:AkbLock {id: 'graph'})
SET l.touched = timestamp()
RETURN l.id AS id
