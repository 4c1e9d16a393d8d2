// Test only: moves a token's expiry into the past (the API never creates an expired token).
MATCH (t:ApiToken {id: $id})
SET t.expiresAt = datetime() - duration('P1D')
RETURN t.id AS id
