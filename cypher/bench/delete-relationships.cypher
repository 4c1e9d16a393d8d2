// Import profile only (bench/import-profile.ts): removes every relationship between variants.
MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 50000 ROWS
