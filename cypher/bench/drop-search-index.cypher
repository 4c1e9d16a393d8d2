// Import profile only (bench/import-profile.ts): without the full-text index, to see what it costs a write.
DROP INDEX node_search IF EXISTS
