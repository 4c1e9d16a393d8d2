import type { Database } from '../db/database.js';

/** Per-request context: the database and (later) this request's DataLoaders and caller. */
export interface Context {
  db: Database;
}

export function createContext(db: Database): Context {
  return { db };
}
