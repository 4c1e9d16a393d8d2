import { afterAll, beforeAll, inject } from 'vitest';
import { Database } from '../../server/src/db/database.js';
import { createApp } from '../../server/src/http/app.js';
import { AnalysisService } from '../../server/src/analysis/service.js';

/** A driver to the run's shared Neo4j (set up by global-neo4j.ts). */
export function testDb(): Database {
  return Database.connect({
    uri: inject('neo4jUri'),
    username: inject('neo4jUser') || undefined,
    password: inject('neo4jPassword') || undefined,
    database: inject('neo4jDatabase') || undefined,
  });
}

/** The environment for a child process (a CLI, the server) that should use the run's shared Neo4j. */
export function neo4jEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_URI: inject('neo4jUri'),
    NEO4J_USERNAME: inject('neo4jUser'),
    NEO4J_PASSWORD: inject('neo4jPassword'),
    NEO4J_DATABASE: inject('neo4jDatabase'),
  };
}

/**
 * A test file's database: `testDb()`, with hooks in the calling suite that run the named test
 * queries (e.g. `test/delete-test-nodes`) before and after its tests and close the driver last.
 */
export function fileDb(opts: { cleanup?: string[] } = {}): Database {
  const db = testDb();
  const cleanup = opts.cleanup ?? [];
  beforeAll(async () => {
    for (const name of cleanup) await db.autoCommit(name);
  });
  afterAll(async () => {
    for (const name of cleanup) await db.autoCommit(name);
    await db.close();
  });
  return db;
}

/**
 * The host name tests address the app by (`http://akb.test/…`): allowed explicitly, as a
 * deployment allows its own name with AKB_ALLOWED_HOSTS; any other host is refused.
 */
export const TEST_HOSTS = ['akb.test'];

/**
 * The app over the shared database, driven through yoga.fetch without a port, with its own
 * analysis graph (built in the background: until it is ready analyses run on the database, with
 * the same answers; `analysisOf(app).ready()` waits for it).
 */
export function testApp(db: Database, production = false) {
  const analysis = new AnalysisService(db).start();
  const app = createApp({ db, production, quiet: true, analysis, allowedHosts: TEST_HOSTS });
  apps.set(app, analysis);
  return app;
}

const apps = new WeakMap<object, AnalysisService>();

/** The analysis graph service of an app made by testApp. */
export function analysisOf(app: object): AnalysisService {
  const a = apps.get(app);
  if (!a) throw new Error('not an app made by testApp');
  return a;
}

export async function gql<T = Record<string, unknown>>(
  yoga: ReturnType<typeof createApp>,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  // The run's admin token unless the test says who it is (`authorization: ''` means no token).
  const auth = 'authorization' in headers ? headers.authorization : `Bearer ${inject('adminToken')}`;
  const { authorization: _, ...rest } = headers;
  void _;
  const res = await yoga.fetch('http://akb.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...rest, ...(auth ? { authorization: auth } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as never;
}

/** A file for postFile: its bytes, its name and (optionally) its media type. */
export interface UploadedFile {
  content: string | Uint8Array;
  name: string;
  type?: string;
}

/**
 * A GraphQL multipart request (the spec's operations + map + one file part at `variables.file`),
 * as the web client sends an import. `authorization`: the whole header value, or null for none.
 */
export async function postFile(
  yoga: ReturnType<typeof createApp>,
  query: string,
  variables: Record<string, unknown>,
  file: UploadedFile,
  authorization: string | null,
): Promise<Response> {
  const body = new FormData();
  body.append('operations', JSON.stringify({ query, variables: { file: null, ...variables } }));
  body.append('map', JSON.stringify({ 0: ['variables.file'] }));
  body.append('0', new Blob([file.content as BlobPart], file.type ? { type: file.type } : {}), file.name);
  return await yoga.fetch('http://akb.test/graphql', {
    method: 'POST',
    body,
    headers: { 'x-graphql-yoga-csrf': 'test', ...(authorization ? { authorization } : {}) },
  });
}
