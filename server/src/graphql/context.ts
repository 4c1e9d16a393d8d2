import { Appraisals } from '../appraisal/appraisal.js';
import type { Database } from '../db/database.js';
import { GraphMutations } from '../graph/mutations.js';
import { ANONYMOUS, type Actor } from '../auth/roles.js';
import { TokenStore } from '../auth/tokens.js';
import { GraphRepository } from '../graph/repository.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { AnalysisService } from '../analysis/service.js';

/** Per-request context: the database, the repositories, the caller and this request's DataLoaders. */
export interface Context {
  db: Database;
  graph: GraphRepository;
  mutations: GraphMutations;
  appraisals: Appraisals;
  tokens: TokenStore;
  loaders: Loaders;
  actor: Actor;
  /** This server's analysis graph (null: every analysis runs on the database). */
  analysis: AnalysisService | null;
}

export function createContext(db: Database, actor: Actor = ANONYMOUS, analysis: AnalysisService | null = null): Context {
  const graph = new GraphRepository(db);
  return {
    db,
    graph,
    mutations: new GraphMutations(db),
    appraisals: new Appraisals(db, analysis),
    tokens: new TokenStore(db),
    loaders: createLoaders(graph),
    actor,
    analysis,
  };
}
