// Relationships between nodes counted by provenance.
MATCH (:Node)-[r]->(:Node)
RETURN r.provenance AS provenance, count(*) AS count
