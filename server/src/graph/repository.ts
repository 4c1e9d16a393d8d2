/**
 * Reads of the graph: every method runs one named query. Batch-shaped on purpose (ids in, rows
 * out), so the per-request DataLoaders can gather a whole GraphQL level into one round trip.
 */
import type { Database, Row } from '../db/database.js';
import { AkbError } from '../errors.js';
import { KIND_BY_NAME, REL_BY_TYPE } from '../model/model.js';
import type { ParsedQuery } from '../search/query.js';
import { cachedSearch } from '../search/cache.js';

/** The most hits one search ranks (a page past it is empty); the all-results page says so. */
export const SEARCH_CANDIDATES_MAX = 1000;

export type NodeRow = Row & { id: string; kind: string; name: string };

export interface RelatedKey {
  id: string;
  type: string;
  out: boolean;
}

export interface RelatedRow {
  id: string;
  type: string;
  out: boolean;
  rel: Row;
  node: NodeRow;
}

export interface ListFilter {
  kind: string;
  level?: string | null;
  province?: string | null;
  componentKind?: string | null;
  period?: string | null;
  architecture?: string | null;
  layer?: string | null;
  lead?: string | null;
  plan?: string | null;
}

/** The parameters of graph/list-nodes(-in-province): every filter the query reads, null when not set. */
export function listParams(filter: ListFilter, offset: number, limit: number) {
  return {
    level: null,
    province: null,
    componentKind: null,
    period: null,
    architecture: null,
    layer: null,
    lead: null,
    plan: null,
    ...Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, v ?? null])),
    offset,
    limit,
  };
}

export class GraphRepository {
  constructor(private readonly db: Database) {}

  async nodesByIds(ids: readonly string[]): Promise<NodeRow[]> {
    if (ids.length === 0) return [];
    return (await this.db.read('graph/nodes-by-ids', { ids })).map((r) => r.node as NodeRow);
  }

  async related(keys: readonly RelatedKey[]): Promise<RelatedRow[]> {
    for (const k of keys) if (!REL_BY_TYPE.has(k.type)) throw new AkbError('VALIDATION_FAILED', `unknown relationship type ${k.type}`);
    if (keys.length === 0) return [];
    return (await this.db.read('graph/related', { keys })) as unknown as RelatedRow[];
  }

  /** The stored sources of relationships named by (from, type, to). */
  async relationshipSources(
    keys: readonly { from: string; type: string; to: string }[],
  ): Promise<{ from: string; type: string; to: string; sources: string | null }[]> {
    if (keys.length === 0) return [];
    return (await this.db.read('analysis/relationship-sources', { steps: keys.map((k) => ({ from: k.from, type: k.type, to: k.to })) })) as never;
  }

  async list(filter: ListFilter, offset: number, limit: number): Promise<{ total: number; nodes: NodeRow[] }> {
    if (!KIND_BY_NAME.has(filter.kind))
      throw new AkbError('VALIDATION_FAILED', `unknown kind ${filter.kind}`, [{ where: 'kind', message: 'not a kind of the model', value: filter.kind }]);
    const params = listParams(filter, offset, limit);
    // With a province, a query the (kind, province) index can seek; Cypher's `$x IS NULL OR` cannot.
    const [row] = await this.db.read(params.province === null ? 'graph/list-nodes' : 'graph/list-nodes-in-province', params);
    return { total: row.total as number, nodes: row.nodes as NodeRow[] };
  }

  /** A node's neighbourhood: breadth-first, both directions, up to `limit` nodes, with the edges among them. */
  async neighbourhood(id: string, depth: number, limit: number): Promise<{ ids: string[]; edges: Row[]; truncated: boolean }> {
    return this.db.readTransaction(async (tx) => {
      const [root] = await tx.run('graph/nodes-by-ids', { ids: [id] });
      if (!root) throw new AkbError('NOT_FOUND', `no node with id ${id}`, [{ where: 'id', message: 'no node has this id', value: id }]);
      const seen = new Set([id]);
      let frontier = [id];
      let truncated = false;
      for (let d = 1; d <= depth && frontier.length && !truncated; d++) {
        const rows = await tx.run('graph/neighbourhood-level', { frontier, limit: limit + 1 });
        const next: string[] = [];
        for (const r of rows) {
          if (seen.has(r.id as string)) continue;
          if (seen.size >= limit) {
            truncated = true;
            break;
          }
          seen.add(r.id as string);
          next.push(r.id as string);
        }
        frontier = next;
      }
      const ids = [...seen];
      const edges = await tx.run('graph/edges-among', { ids });
      return { ids, edges, truncated };
    });
  }

  async search(parsed: ParsedQuery, kinds: string[] | null, first: number, skip = 0): Promise<{ node: NodeRow; score: number }[]> {
    if (kinds)
      for (const k of kinds)
        if (!KIND_BY_NAME.has(k))
          throw new AkbError('VALIDATION_FAILED', `unknown kind ${k}`, [{ where: 'kinds', message: 'not a kind of the model', value: k }]);
    const params = {
      lucene: parsed.lucene,
      folded: parsed.folded,
      province: parsed.province,
      kinds,
      first,
      skip,
      // With a kind filter every candidate may be needed for a full page (and for the count to hold).
      candidates: kinds ? SEARCH_CANDIDATES_MAX : Math.min(SEARCH_CANDIDATES_MAX, Math.max(200, (skip + first) * 5)),
    };
    // The same search again, with no write since, is answered from memory (search/cache.ts).
    const rows = await cachedSearch(this.db, JSON.stringify(params), () => this.db.read('search/search', params));
    return rows.map((r) => ({ node: r.node as NodeRow, score: r.score as number }));
  }

  /** Candidates per kind for the same query (at most SEARCH_CANDIDATES_MAX in all). */
  async searchKinds(parsed: ParsedQuery): Promise<{ kind: string; count: number }[]> {
    const rows = await this.db.read('search/kinds', { lucene: parsed.lucene, candidates: SEARCH_CANDIDATES_MAX });
    return rows.map((r) => ({ kind: r.kind as string, count: Number(r.count) }));
  }
}
