// Records one write's graph change with the next graph revision, in the writer's transaction
// (db/database.ts writeTransaction, after the write lock). Each server's analysis graph compares
// its revision with this one and applies the changes it has not seen. The epoch changes when the
// database is wiped or restored, so a server never applies changes across two different databases.
// Changes older than $keep revisions are dropped: a server that far behind rebuilds.
MERGE (g:GraphRevision {id: 'graph'})
  ON CREATE SET g.value = 0, g.epoch = randomUUID()
SET g.value = g.value + 1
CREATE (:GraphChange {revision: g.value, epoch: g.epoch, change: $change, all: $all, at: datetime()})
WITH g
CALL (g) {
  MATCH (old:GraphChange)
  WHERE old.revision <= g.value - $keep
  DELETE old
}
RETURN g.value AS revision, g.epoch AS epoch
