// The provinces the catalogue's components belong to, for a national scan run province by province.
MATCH (c:Node)
WHERE c.kind = 'Component' AND c.province IS NOT NULL
RETURN DISTINCT c.province AS province
ORDER BY province
