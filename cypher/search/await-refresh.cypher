// Waits until the eventually consistent full-text index (node_search) holds every committed write,
// so a caller that must find its own writes by search (after an import, a mutation) does.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
