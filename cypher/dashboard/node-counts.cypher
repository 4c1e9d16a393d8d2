// Nodes counted by kind, province and provenance in one pass (the home page's dashboard sums
// them three ways). A null province is a national thing.
MATCH (n:Node)
RETURN n.kind AS kind, n.province AS province, n.provenance AS provenance, count(*) AS count
