// Shared services by capability key (sso, e-payment, digital-signature…), so a proposal module
// may name its capability either by key or by service id.
MATCH (s:SharedService)
RETURN s.id AS id, s.capability AS capability, s.name AS name
ORDER BY s.id
