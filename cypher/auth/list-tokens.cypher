// Tokens without their hashes, newest first.
MATCH (t:ApiToken)
RETURN t.id AS id, t.name AS name, t.role AS role, toString(t.createdAt) AS createdAt,
       toString(t.expiresAt) AS expiresAt, toString(t.revokedAt) AS revokedAt
ORDER BY t.createdAt DESC, t.id
