import { AkbError } from '../../../errors.js';
import { SEARCH_CANDIDATES_MAX, type NodeRow, type ListFilter } from '../../../graph/repository.js';
import { COMMON_PROPS, KINDS, REL_BY_TYPE } from '../../../model/model.js';
import { atLeast } from '../../../auth/roles.js';
import { fold, foldKey } from '../../../model/text.js';
import { parseQuery, type ParsedQuery } from '../../../search/query.js';
import type { Context } from '../../context.js';
import { relationshipFieldResolvers } from './relationship-fields.js';
import { ACTOR_KINDS } from './kind-types.js';
import { citationEn, citationOf, citationVi, sourceDocument, sourceDocuments, type SourceDocument } from '../../../documents/source-documents.js';

interface SourceOut {
  document: string;
  section: string;
  quote: string;
  provenance: string;
}

export function sourcesOf(row: Record<string, unknown>): SourceOut[] {
  const raw = typeof row.sources === 'string' ? (JSON.parse(row.sources) as Omit<SourceOut, 'provenance'>[]) : [];
  return raw.map((s) => ({ ...s, provenance: String(row.provenance) }));
}

const MAX_PAGE = 500;
/** The largest offset a list can be asked for: Cypher slices lists with 32-bit indexes. */
export const MAX_OFFSET = 2 ** 31 - 1 - 1_000;

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const m = /^o:(\d{1,10})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m || Number(m[1]) >= MAX_OFFSET)
    throw new AkbError('VALIDATION_FAILED', 'after: not a cursor this API issued', [{ where: 'after', message: 'invalid cursor', value: cursor }]);
  return Number(m[1]) + 1;
}

export async function page(ctx: Context, filter: ListFilter, first: number, after?: string | null) {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE)
    throw new AkbError('VALIDATION_FAILED', `first must be between 0 and ${MAX_PAGE}`, [{ where: 'first', message: `0..${MAX_PAGE}`, value: first }]);
  const offset = decodeCursor(after);
  const { total, nodes } = await ctx.graph.list(filter, offset, first);
  for (const n of nodes) ctx.loaders.node.prime(n.id, n);
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    nodes,
    totalCount: total,
    pageInfo: {
      hasNextPage: offset + nodes.length < total,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Which of the node's names the query matched, for the hit's `matched`. */
function matchedName(node: NodeRow, parsed: ParsedQuery): string {
  const candidates = [
    node.name,
    ...((node.abbreviations as string[]) ?? []),
    ...((node.aliases as string[]) ?? []),
    node.nameEn as string,
    node.number as string,
  ].filter((x): x is string => typeof x === 'string' && x.length > 0);
  return candidates.find((c) => foldKey(c) === parsed.folded) ?? candidates.find((c) => parsed.tokens.every((t) => fold(c).includes(t))) ?? node.name;
}

const commonNodeFields = {
  abbreviations: (n: NodeRow) => (n.abbreviations as string[]) ?? [],
  aliases: (n: NodeRow) => (n.aliases as string[]) ?? [],
  sources: (n: NodeRow) => sourcesOf(n),
  relationships: async (n: NodeRow, args: { direction: 'OUT' | 'IN' | 'BOTH'; types?: string[] | null }, ctx: Context) => {
    const types = args.types ?? [...REL_BY_TYPE.keys()];
    for (const t of types)
      if (!REL_BY_TYPE.has(t))
        throw new AkbError('VALIDATION_FAILED', `unknown relationship type ${t}`, [
          { where: 'types', message: 'not a relationship type of the model', value: t },
        ]);
    const dirs = args.direction === 'BOTH' ? [true, false] : [args.direction === 'OUT'];
    const keys = types.flatMap((type) => dirs.map((out) => ({ id: n.id, type, out })));
    const lists = await ctx.loaders.related.loadMany(keys);
    return lists.flatMap((rows) => {
      if (rows instanceof Error) throw rows;
      return rows.map((r) => {
        const spec = REL_BY_TYPE.get(r.type)!;
        return {
          type: r.type,
          field: r.out ? spec.forward : spec.reverse,
          direction: r.out ? 'OUT' : 'IN',
          node: r.node,
          provenance: r.rel.provenance,
          rule: r.rel.rule ?? null,
          confidence: r.rel.confidence ?? null,
          status: r.rel.status ?? null,
          via: r.rel.via ?? null,
          note: r.rel.note ?? null,
          sources: sourcesOf(r.rel),
        };
      });
    });
  },
};

/** Typed shortcuts the issue names (Agency.ledTasks…), filtered readings of generic relationships. */
function relatedOfKind(type: string, out: boolean, kind: string) {
  return async (n: NodeRow, _: unknown, ctx: Context) =>
    (await ctx.loaders.related.load({ id: n.id, type, out })).map((r) => r.node).filter((m) => m.kind === kind);
}
const actorShortcuts = {
  ledTasks: relatedOfKind('LED_BY', false, 'Task'),
  coordinatedTasks: relatedOfKind('COORDINATED_WITH', false, 'Task'),
  ledIndicators: relatedOfKind('LED_BY', false, 'Indicator'),
  implementedIndicators: relatedOfKind('IMPLEMENTED_BY', false, 'Indicator'),
};

export function graphResolvers() {
  const perKind: Record<string, Record<string, unknown>> = {};
  const rel = relationshipFieldResolvers();
  for (const k of KINDS) {
    // The kind's own properties as one object, for clients that show any node generically.
    const own = Object.keys(k.props).filter((p) => !(p in COMMON_PROPS));
    // Sensitive properties (a system's security level) only for appraisers and above, wherever they are read.
    const sensitive = own.filter((p) => k.props[p].sensitive);
    const mayRead = (p: string, ctx: Context) => !k.props[p].sensitive || atLeast(ctx.actor.role, 'appraiser');
    const properties = (n: NodeRow, _: unknown, ctx: Context) =>
      Object.fromEntries(own.filter((p) => n[p] !== undefined && n[p] !== null && mayRead(p, ctx)).map((p) => [p, n[p]]));
    const guarded = Object.fromEntries(sensitive.map((p) => [p, (n: NodeRow, _: unknown, ctx: Context) => (mayRead(p, ctx) ? (n[p] ?? null) : null)]));
    perKind[k.name] = { ...commonNodeFields, properties, ...guarded, ...(rel[k.name] ?? {}) };
  }
  for (const k of ACTOR_KINDS) Object.assign(perKind[k], actorShortcuts);
  return {
    Node: { __resolveType: (n: NodeRow) => n.kind },
    ...perKind,
    SearchHit: {
      // Systems name their owner (else operator), tasks and indicators their lead, documents their
      // issuer: batched lookups through the request's DataLoader.
      owner: async (h: { node: NodeRow }, _: unknown, ctx: Context) => {
        for (const type of ['OWNED_BY', 'OPERATED_BY', 'LED_BY', 'ISSUED_BY']) {
          const spec = REL_BY_TYPE.get(type)!;
          if (!spec.from.includes(h.node.kind)) continue;
          const rows = await ctx.loaders.related.load({ id: h.node.id, type, out: true });
          if (rows.length) return rows[0].node;
        }
        return null;
      },
    },
    Query: {
      search: async (_: unknown, args: { text: string; kinds?: string[] | null; first: number }, ctx: Context) => {
        if (args.text.length > 500)
          throw new AkbError('VALIDATION_FAILED', 'search text is longer than 500 characters', [{ where: 'text', message: 'at most 500 characters' }]);
        if (args.first < 1 || args.first > 200)
          throw new AkbError('VALIDATION_FAILED', 'first must be between 1 and 200', [{ where: 'first', message: '1..200', value: args.first }]);
        const parsed = parseQuery(args.text);
        if (!parsed) return [];
        const hits = await ctx.graph.search(parsed, args.kinds ?? null, args.first);
        for (const h of hits) ctx.loaders.node.prime(h.node.id, h.node);
        return hits.map((h) => ({ node: h.node, score: h.score, matched: matchedName(h.node, parsed) }));
      },
      searchResults: async (_: unknown, args: { text: string; kinds?: string[] | null; first: number; after?: string | null }, ctx: Context) => {
        if (args.text.length > 500)
          throw new AkbError('VALIDATION_FAILED', 'search text is longer than 500 characters', [{ where: 'text', message: 'at most 500 characters' }]);
        if (!Number.isInteger(args.first) || args.first < 1 || args.first > 100)
          throw new AkbError('VALIDATION_FAILED', 'first must be between 1 and 100', [{ where: 'first', message: '1..100', value: args.first }]);
        const offset = decodeCursor(args.after);
        const parsed = parseQuery(args.text);
        const empty = {
          hits: [],
          totalCount: 0,
          byKind: [],
          capped: false,
          pageInfo: { hasNextPage: false, hasPreviousPage: offset > 0, startCursor: null, endCursor: null },
        };
        if (!parsed) return empty;
        const kinds = args.kinds?.length ? args.kinds : null;
        const [hits, byKind] = await Promise.all([
          offset < SEARCH_CANDIDATES_MAX ? ctx.graph.search(parsed, kinds, Math.min(args.first, SEARCH_CANDIDATES_MAX - offset), offset) : Promise.resolve([]),
          ctx.graph.searchKinds(parsed),
        ]);
        for (const h of hits) ctx.loaders.node.prime(h.node.id, h.node);
        const totalCount = byKind.filter((k) => !kinds || kinds.includes(k.kind)).reduce((n, k) => n + k.count, 0);
        const out = hits.map((h, i) => ({ node: h.node, score: h.score, matched: matchedName(h.node, parsed), cursor: encodeCursor(offset + i) }));
        return {
          hits: out,
          totalCount,
          byKind,
          capped: byKind.reduce((n, k) => n + k.count, 0) >= SEARCH_CANDIDATES_MAX,
          pageInfo: {
            hasNextPage: offset + out.length < totalCount,
            hasPreviousPage: offset > 0,
            startCursor: out[0]?.cursor ?? null,
            endCursor: out.at(-1)?.cursor ?? null,
          },
        };
      },
      node: (_: unknown, args: { id: string }, ctx: Context) => ctx.loaders.node.load(args.id),
      nodes: (_: unknown, args: { ids: string[] }, ctx: Context) => ctx.loaders.node.loadMany(args.ids),
      nodesOfKind: (_: unknown, a: { kind: string; first: number; after?: string }, ctx: Context) => page(ctx, { kind: a.kind }, a.first, a.after),
      agencies: (_: unknown, a: { level?: string; province?: string; first: number; after?: string }, ctx: Context) =>
        page(ctx, { kind: 'Agency', level: a.level, province: a.province }, a.first, a.after),
      components: (
        _: unknown,
        a: { kind?: string; level?: string; architecture?: string; layer?: string; province?: string; first: number; after?: string },
        ctx: Context,
      ) =>
        page(
          ctx,
          { kind: 'Component', componentKind: a.kind, level: a.level, architecture: a.architecture, layer: a.layer, province: a.province },
          a.first,
          a.after,
        ),
      nationalDatabases: (_: unknown, a: { first: number; after?: string }, ctx: Context) => page(ctx, { kind: 'NationalDatabase' }, a.first, a.after),
      tasks: (_: unknown, a: { lead?: string; plan?: string; first: number; after?: string }, ctx: Context) =>
        page(ctx, { kind: 'Task', lead: a.lead, plan: a.plan }, a.first, a.after),
      indicators: (_: unknown, a: { lead?: string; period?: string; first: number; after?: string }, ctx: Context) =>
        page(ctx, { kind: 'Indicator', lead: a.lead, period: a.period }, a.first, a.after),
      architectures: (_: unknown, a: { first: number; after?: string }, ctx: Context) => page(ctx, { kind: 'Architecture' }, a.first, a.after),
      sourceDocuments: () => [...sourceDocuments().values()],
    },
    // Wherever a source is read (nodes, relationships, evidence, witness paths, diffs), its document is cited by title.
    Source: {
      sourceDocument: (s: { document: string }) => sourceDocument(s.document),
      citation: (s: { document: string }) => citationOf(s.document),
    },
    SourceDocument: {
      citation: (d: SourceDocument) => citationVi(d),
      citationEn: (d: SourceDocument) => citationEn(d),
    },
  };
}
