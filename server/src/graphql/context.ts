import { Appraisals } from '../appraisal/appraisal.js';
import type { Database } from '../db/database.js';
import { GraphMutations } from '../graph/mutations.js';
import { ANONYMOUS, type Actor } from '../auth/roles.js';
import { TokenStore } from '../auth/tokens.js';
import { GraphRepository } from '../graph/repository.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Per-request context: the database, the repositories, the caller and this request's DataLoaders. */
export interface Context {
  db: Database;
  graph: GraphRepository;
  mutations: GraphMutations;
  appraisals: Appraisals;
  tokens: TokenStore;
  loaders: Loaders;
  actor: Actor;
}

export function createContext(db: Database, actor: Actor = ANONYMOUS): Context {
  const graph = new GraphRepository(db);
  return { db, graph, mutations: new GraphMutations(db), appraisals: new Appraisals(db), tokens: new TokenStore(db), loaders: createLoaders(graph), actor };
}
