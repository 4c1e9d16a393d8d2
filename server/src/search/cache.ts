/**
 * Recent search answers, per database: typeahead and repeated searches cost Neo4j a full-text query
 * each (several ms of its CPU at national size). An answer is reused only while no write has run
 * through this process since it was computed (every write statement is seen through
 * Database.onQuery, every committed change through Database.onCommit) and for at most AKB_SEARCH_CACHE_MS (default 2 s) — the bound on how stale a
 * search may be after a write made through another server sharing the database.
 */
import type { Database } from '../db/database.js';

const TTL_MS = Math.max(0, Number(process.env.AKB_SEARCH_CACHE_MS ?? 2_000) || 0);
const MAX_ENTRIES = 1_000;

interface Cache {
  generation: number;
  entries: Map<string, { generation: number; until: number; value: unknown }>;
}

const caches = new WeakMap<Database, Cache>();

function cacheOf(db: Database): Cache {
  let cache = caches.get(db);
  if (!cache) {
    const created: Cache = { generation: 0, entries: new Map() };
    const invalidate = () => {
      created.entries.clear();
      created.generation++;
    };
    // Every write statement as it runs, and every graph change again once committed (a search that
    // ran between the two saw the state before the commit).
    db.onQuery((_, mode) => {
      if (mode === 'write') invalidate();
    });
    db.onCommit(invalidate);
    caches.set(db, created);
    cache = created;
  }
  return cache;
}

/** The cached answer for `key`, or `compute()`'s (cached when no write ran meanwhile). */
export async function cachedSearch<T>(db: Database, key: string, compute: () => Promise<T>): Promise<T> {
  if (TTL_MS === 0) return compute();
  const cache = cacheOf(db);
  const now = Date.now();
  const hit = cache.entries.get(key);
  if (hit && hit.generation === cache.generation && hit.until > now) return hit.value as T;
  const generation = cache.generation;
  const value = await compute();
  // A write that ran while this search did may or may not be in its answer: do not keep it.
  if (generation === cache.generation) {
    if (cache.entries.size >= MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value!);
    cache.entries.set(key, { generation, until: now + TTL_MS, value });
  }
  return value;
}
