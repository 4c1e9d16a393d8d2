// Ranked search over names, English names, abbreviations and aliases (index node_search, folded).
// $lucene is built by server/src/search/query.ts from [a-z0-9] tokens only. Lucene's scores vary
// with index statistics (segment layout, load order), so they are scaled to 0–10 against the best
// hit before the bonuses: exact name or abbreviation first, then a province named in the query,
// then systems and databases before the data subjects they serve. $skip pages the all-results view.
CALL db.index.fulltext.queryNodes('node_search', $lucene, {limit: $candidates}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH collect({node: node, score: score}) AS hits
WITH hits, reduce(top = 0.0, h IN hits | CASE WHEN h.score > top THEN h.score ELSE top END) AS top
UNWIND hits AS h
WITH h.node AS node, 10.0 * h.score / top AS text
WITH node,
     text
     + CASE
         WHEN $folded IN node.abbreviationKeys THEN 100.0
         WHEN $folded IN node.exactKeys THEN 80.0
         ELSE 0.0
       END
     + CASE WHEN $province IS NOT NULL AND node.province = $province THEN 5.0 ELSE 0.0 END
     + CASE WHEN node.kind IN ['NationalDatabase', 'Component'] THEN 5.0 ELSE 0.0 END AS score
// Rank and cut first: only the hits returned have their properties read.
ORDER BY score DESC, node.name ASC, node.id ASC
SKIP $skip
LIMIT $first
RETURN properties(node) AS node, score
