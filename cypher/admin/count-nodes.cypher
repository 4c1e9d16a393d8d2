// How many akb nodes the database holds.
MATCH (n:Node) RETURN count(n) AS count
