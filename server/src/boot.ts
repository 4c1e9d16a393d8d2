/**
 * Start-up shared by `npm start`, the CLI commands and the tests: reach the database (embedded or
 * external), apply the schema, and load the fixtures when it is empty.
 */
import type { Config } from './config/config.js';
import { Database } from './db/database.js';
import { isEmpty, loadFixtures } from './fixtures/loader.js';
import { recoverBulkImports } from './interop/bulk.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './neo4j/embedded.js';
import { startSupervisedNeo4j } from './neo4j/supervisor.js';

export interface Booted {
  db: Database;
  embedded: EmbeddedNeo4j | null;
  loaded: { nodes: number; relationships: number } | null;
  shutdown(): Promise<void>;
}

export async function waitForDatabase(db: Database, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await db.ping(3_000))) {
    if (Date.now() > deadline) throw new Error(`Neo4j at ${db.uri} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

export interface BootOptions {
  loadIfEmpty?: boolean;
  log?: (s: string) => void;
  /**
   * A long-running server: restart the embedded Neo4j when it dies (supervisor.ts), unless
   * AKB_SUPERVISE_NEO4J=false; `onGiveUp` runs when restarting keeps failing. CLI commands do not.
   */
  supervise?: { onGiveUp: (error: unknown) => void };
}

export async function bootDatabase(config: Config, opts: BootOptions = {}): Promise<Booted> {
  const log = opts.log ?? (() => {});
  let embedded: EmbeddedNeo4j | null = null;
  let target = config.neo4j;
  if (!target) {
    log(`starting embedded Neo4j (data in ${config.dataDir}, Bolt on 127.0.0.1:${config.boltPort})…`);
    const options = { dataDir: config.dataDir, boltPort: config.boltPort, pageCacheMb: config.pageCacheMb, heapMb: config.heapMb };
    embedded =
      opts.supervise && config.superviseNeo4j
        ? await startSupervisedNeo4j(options, { log, onGiveUp: opts.supervise.onGiveUp })
        : await startEmbeddedNeo4j(options);
    log(`embedded Neo4j running (pid ${embedded.pid})${opts.supervise && config.superviseNeo4j ? ', supervised: restarted with back-off if it dies' : ''}`);
    target = { uri: embedded.uri };
  }
  const db = Database.connect(target);
  const shutdown = async () => {
    await db.close().catch(() => {});
    await embedded?.stop();
  };
  try {
    await waitForDatabase(db, 60_000);
    await db.applySchema();
    // A bulk import whose process died half-way is undone before anything else uses the data.
    await recoverBulkImports(db, { embedded: !!embedded, log });
    let loaded = null;
    if (opts.loadIfEmpty !== false && (await isEmpty(db))) {
      log('database is empty: loading fixtures…');
      loaded = await loadFixtures(db, { examples: config.loadExamples });
      log(`loaded ${loaded.nodes} nodes and ${loaded.relationships} relationships`);
    }
    return { db, embedded, loaded, shutdown };
  } catch (e) {
    await shutdown();
    throw e;
  }
}
