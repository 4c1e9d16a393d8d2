// Import profile only (bench/import-profile.ts): the full-text index as before issue 19
// (updated inside each commit), to measure what eventual consistency saves.
CREATE FULLTEXT INDEX node_search IF NOT EXISTS FOR (n:Node) ON EACH [n.name, n.nameEn, n.searchText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } }
