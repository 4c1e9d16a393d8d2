// Removes nodes that tests created (ids with a "test-" slug), leaving the fixtures untouched.
MATCH (n:Node) WHERE n.id CONTAINS ':test-'
CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
