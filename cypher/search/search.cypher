// Ranked search over names, English names, abbreviations and aliases (index node_search, folded).
// $lucene is built by server/src/search/query.ts from [a-z0-9] tokens only; exact name or
// abbreviation matches rank first; a province named in the query boosts its entities.
CALL db.index.fulltext.queryNodes('node_search', $lucene, {limit: $candidates}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, score,
     CASE
       WHEN $folded IN node.abbreviationKeys THEN 100.0
       WHEN $folded IN node.exactKeys THEN 80.0
       ELSE 0.0
     END
     + CASE WHEN $province IS NOT NULL AND node.province = $province THEN 5.0 ELSE 0.0 END
     // Among equal matches, systems and databases come before the data subjects they serve.
     + CASE WHEN node.kind IN ['NationalDatabase', 'Component'] THEN 3.0 ELSE 0.0 END AS bonus
RETURN properties(node) AS node, score + bonus AS score
ORDER BY score DESC, node.name ASC
LIMIT $first
