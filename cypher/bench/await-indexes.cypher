// Waits until every index is online (after the benchmark recreated one).
CALL db.awaitIndexes(600)
