// Import profile only (bench/import-profile.ts): the full-text index as schema.cypher creates it.
CREATE FULLTEXT INDEX node_search IF NOT EXISTS FOR (n:Node) ON EACH [n.name, n.nameEn, n.searchText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: true } }
