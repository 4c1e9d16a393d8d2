// Whether the full-text index node_search exists and is eventually consistent (schema.cypher).
SHOW FULLTEXT INDEXES YIELD name, options
WHERE name = 'node_search'
RETURN options.indexConfig['fulltext.eventually_consistent'] AS eventuallyConsistent
