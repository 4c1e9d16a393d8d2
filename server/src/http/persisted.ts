/**
 * Persisted operations (an allow-list), an option for production: with AKB_PERSISTED_OPERATIONS
 * pointing at a manifest, /graphql runs only the operations the manifest lists, named by their id
 * (the hash a client's build tool computed), and refuses any other document. Callers whose role is
 * at least AKB_PERSISTED_OPERATIONS_BYPASS (say `editor`, for the web client and staff tools) may
 * still send documents. The manifest is read once at start and checked: every document must parse
 * and validate against the schema, so a stale manifest stops the server instead of failing later.
 *
 * Manifests as the usual tools write them:
 * - `{ "<id>": "query …", … }` — GraphQL Code Generator's client preset (`persisted-documents.json`,
 *   sha256 ids), Relay, urql and graphql-request set-ups built on it;
 * - `{ "format": "apollo-persisted-query-manifest", "version": 1, "operations": [{ "id", "body", … }] }`
 *   — Apollo's `generate-persisted-query-manifest`.
 * A request names its operation with `extensions.persistedQuery.sha256Hash` (Apollo, urql,
 * graphql-request with codegen; POST body or GET `extensions=`) or with `documentId` (the GraphQL
 * over HTTP draft; POST body or GET `?documentId=`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type * as GraphQL from 'graphql';
import type { GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { atLeast, type Actor, type Role } from '../auth/roles.js';

// The graphql the schema is built with (@graphql-tools loads it the way Node resolves it, its
// CommonJS entry); a bundler-resolved import could be the ES module copy, another realm.
const { parse, validate } = createRequire(import.meta.url)('graphql') as typeof GraphQL;

export interface PersistedOperationsConfig {
  /** The manifest file (absolute, or relative to the working directory). */
  file: string;
  /** Callers of this role or above may still send documents; null: nobody. */
  bypassRole: Role | null;
}

/** The manifest's operations by id. */
export type Manifest = ReadonlyMap<string, string>;

/** Reads a manifest in either usual format; throws, naming the file and the entry, when it cannot. */
export function parseManifest(text: string, where: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${where}: not JSON: ${(e as Error).message}`, { cause: e });
  }
  const out = new Map<string, string>();
  const add = (id: unknown, body: unknown, at: string) => {
    if (typeof id !== 'string' || !id || typeof body !== 'string' || !body.trim()) throw new Error(`${where}: ${at}: needs an id and a GraphQL document`);
    out.set(id, body);
  };
  if (data && typeof data === 'object' && (data as { format?: unknown }).format === 'apollo-persisted-query-manifest') {
    const ops = (data as { operations?: unknown }).operations;
    if (!Array.isArray(ops)) throw new Error(`${where}: an Apollo manifest needs "operations": [...]`);
    ops.forEach((op: { id?: unknown; body?: unknown }, i) => add(op?.id, op?.body, `operations[${i}]`));
  } else if (data && typeof data === 'object' && !Array.isArray(data)) {
    for (const [id, body] of Object.entries(data)) add(id, body, JSON.stringify(id));
  } else throw new Error(`${where}: expected {"<id>": "<document>"} or an Apollo persisted query manifest`);
  if (!out.size) throw new Error(`${where}: lists no operation`);
  return out;
}

/** Every document parses and validates against the schema; the problems, each with its id. */
export function checkManifest(manifest: Manifest, schema: GraphQLSchema): string[] {
  const problems: string[] = [];
  for (const [id, body] of manifest) {
    try {
      for (const e of validate(schema, parse(body))) problems.push(`${id}: ${e.message}`);
    } catch (e) {
      problems.push(`${id}: ${(e as Error).message}`);
    }
  }
  return problems;
}

export const sha256 = (document: string) => createHash('sha256').update(document).digest('hex');

/** Loads and checks the manifest named by the configuration. */
export function loadManifest(config: PersistedOperationsConfig, schema: GraphQLSchema): Manifest {
  const file = resolve(config.file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`AKB_PERSISTED_OPERATIONS: cannot read ${file}: ${(e as Error).message}`, { cause: e });
  }
  const manifest = parseManifest(text, file);
  const problems = checkManifest(manifest, schema);
  if (problems.length)
    throw new Error(
      `AKB_PERSISTED_OPERATIONS: ${file}: ${problems.length} operation(s) do not validate against akb's schema: ${problems.slice(0, 5).join('; ')}`,
    );
  return manifest;
}

const errorExtensions = (code: string, message: string, messageVi: string) => ({ message, extensions: { code, http: { status: 400 }, messageVi } });

/** The allow-list as a yoga plugin; `actorOf` tells who calls (for the bypass role). */
export function persistedOperationsPlugin(manifest: Manifest, bypassRole: Role | null, actorOf: (authorization: string | null) => Promise<Actor>): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (id) => manifest.get(id) ?? null,
    extractPersistedOperationId: (params, request) => {
      const hash = (params.extensions as { persistedQuery?: { version?: number; sha256Hash?: unknown } } | undefined)?.persistedQuery;
      if (hash?.version === 1 && typeof hash.sha256Hash === 'string') return hash.sha256Hash;
      const documentId =
        (params as { documentId?: unknown }).documentId ?? (request.method === 'GET' ? new URL(request.url).searchParams.get('documentId') : null);
      return typeof documentId === 'string' && documentId ? documentId : null;
    },
    allowArbitraryOperations: bypassRole
      ? async (request) => {
          try {
            const actor = await actorOf(request.headers.get('authorization'));
            return actor.role !== null && atLeast(actor.role, bypassRole);
          } catch {
            return false;
          }
        }
      : false,
    customErrors: {
      notFound: errorExtensions(
        'PERSISTED_QUERY_NOT_FOUND',
        'this server runs only allow-listed operations, and this id is not on its list',
        'máy chủ chỉ chạy các thao tác trong danh sách cho phép, và mã này không có trong danh sách',
      ),
      persistedQueryOnly: errorExtensions(
        'PERSISTED_QUERY_ONLY',
        'this server runs only allow-listed operations: send the operation’s id (extensions.persistedQuery.sha256Hash or documentId), not its text',
        'máy chủ chỉ chạy các thao tác trong danh sách cho phép: hãy gửi mã của thao tác, không gửi nội dung',
      ),
      keyNotFound: errorExtensions(
        'PERSISTED_QUERY_ID_REQUIRED',
        'no operation id in the request (extensions.persistedQuery.sha256Hash or documentId)',
        'yêu cầu không có mã thao tác',
      ),
    },
  }) as Plugin;
}
