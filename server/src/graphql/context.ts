import type { Database } from '../db/database.js';
import { GraphRepository } from '../graph/repository.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Per-request context: the database, the repositories and this request's DataLoaders. */
export interface Context {
  db: Database;
  graph: GraphRepository;
  loaders: Loaders;
}

export function createContext(db: Database): Context {
  const graph = new GraphRepository(db);
  return { db, graph, loaders: createLoaders(graph) };
}
