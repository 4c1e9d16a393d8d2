// Usable admin tokens: the first start creates one when there is none.
MATCH (t:ApiToken {role: 'admin'})
WHERE t.revokedAt IS NULL AND (t.expiresAt IS NULL OR t.expiresAt > datetime())
RETURN count(t) AS count
