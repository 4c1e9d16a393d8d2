// Stores an API token: only its SHA-256 hash, never the token. Not a :Node: tokens are not part of
// the architecture and never appear in search, impact or exports.
CREATE (t:ApiToken {id: $id, hash: $hash, name: $name, role: $role, createdAt: datetime($at),
                    expiresAt: CASE WHEN $expiresAt IS NULL THEN null ELSE datetime($expiresAt) END, revokedAt: null})
RETURN t.id AS id
