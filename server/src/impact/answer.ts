/**
 * Impact for a request, validated once at the edge (the GraphQL resolver, the CSV/NDJSON export):
 * the analysis graph answers when this server holds one, the database walk while it is being built.
 */
import { impactOnGraph } from '../analysis/impact.js';
import type { AnalysisGraph } from '../analysis/graph.js';
import type { Database } from '../db/database.js';
import { impactFromDatabase, type ImpactAnswer, type ValidImpactParams } from './impact.js';

/** The answer to validated parameters, on `graph` when given, else by the database walk. */
export async function answerImpact(db: Database, graph: AnalysisGraph | null, p: ValidImpactParams): Promise<ImpactAnswer> {
  return graph ? impactOnGraph(graph, p) : impactFromDatabase(db, p);
}

/**
 * How many more nodes the same question reaches when illustrative (example) data is included
 * (issue 18: "+8 hệ thống trong dữ liệu minh hoạ — hiện"); null when it is already included.
 */
export async function exampleAdds(db: Database, graph: AnalysisGraph | null, answer: ImpactAnswer): Promise<number | null> {
  const p = answer.params;
  if (p.provenance.includes('example')) return null;
  const more = await answerImpact(db, graph, { ...p, provenance: [...p.provenance, 'example'], first: 0, offset: 0 });
  return Math.max(0, more.total - answer.total);
}
