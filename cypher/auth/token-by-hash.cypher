// The token a request presents, by hash (unique index), with whether it is usable now and when it expires.
MATCH (t:ApiToken {hash: $hash})
RETURN t.id AS id, t.name AS name, t.role AS role,
       t.revokedAt IS NULL AND (t.expiresAt IS NULL OR t.expiresAt > datetime()) AS active,
       toString(t.expiresAt) AS expiresAt
