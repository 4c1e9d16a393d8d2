// How far each index is populated (progress while a freshly imported store builds its indexes).
SHOW INDEXES YIELD name, state, populationPercent
RETURN name, state, populationPercent
