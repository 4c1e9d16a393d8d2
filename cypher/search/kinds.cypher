// How many of a search's candidates are of each kind (the all-results page's kind filter): the same
// $lucene and candidate cap as search/search, without the kind filter, so every kind's count shows.
CALL db.index.fulltext.queryNodes('node_search', $lucene, {limit: $candidates}) YIELD node
RETURN node.kind AS kind, count(*) AS count
ORDER BY count DESC, kind ASC
