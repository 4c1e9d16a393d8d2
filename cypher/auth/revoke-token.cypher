// Revokes a token; revoking twice keeps the first time.
MATCH (t:ApiToken {id: $id})
SET t.revokedAt = coalesce(t.revokedAt, datetime($at))
RETURN t.id AS id, t.name AS name, t.role AS role
