// Indexes with their state and options (schema checks, readiness).
SHOW INDEXES YIELD name, state, type, options RETURN name, state, type, options ORDER BY name
