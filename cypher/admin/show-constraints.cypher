// Names of the database's constraints (schema checks).
SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name
