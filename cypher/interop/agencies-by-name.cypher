// Agencies by folded name or abbreviation, for rows that name their owning agency in words.
UNWIND $keys AS key
MATCH (a:Agency)
WHERE key IN a.exactKeys
RETURN key, a.id AS id, a.name AS name
