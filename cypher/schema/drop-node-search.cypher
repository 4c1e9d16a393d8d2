// Drops node_search when its options are not those of schema.cypher (it is created again there).
DROP INDEX node_search IF EXISTS
