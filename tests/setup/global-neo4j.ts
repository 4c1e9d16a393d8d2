/**
 * One real Neo4j for the whole test run: the embedded launcher on a free port with a temporary data
 * directory, or the database at NEO4J_URI when that is set. The schema is applied and the fixtures
 * loaded once; test files share it and leave it as they found it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { Database } from '../../server/src/db/database.js';
import { loadFixtures } from '../../server/src/fixtures/loader.js';
import { TokenStore } from '../../server/src/auth/tokens.js';
import { ensureLauncherBuilt, freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/src/neo4j/embedded.js';
import { waitForDatabase } from '../../server/src/boot.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
    neo4jDatabase: string;
    /** An admin API token for the run (tests.setup/db.ts sends it unless told otherwise). */
    adminToken: string;
  }
}

export default async function setup(project: TestProject) {
  let embedded: EmbeddedNeo4j | null = null;
  let dataDir: string | null = null;
  let uri = process.env.NEO4J_URI ?? '';
  // Launcher tests start their own instances; build once here so they do not race to build it.
  ensureLauncherBuilt((l) => console.log(l));
  if (!uri) {
    dataDir = mkdtempSync(join(tmpdir(), 'akb-test-neo4j-'));
    embedded = await startEmbeddedNeo4j({ dataDir, boltPort: await freePort(), pageCacheMb: 256, heapMb: 1024 });
    uri = embedded.uri;
  }
  const target = { uri, username: process.env.NEO4J_USERNAME, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE || undefined };
  const db = Database.connect(target);
  await waitForDatabase(db, 60_000);
  await db.autoCommit('admin/wipe');
  await db.applySchema();
  await loadFixtures(db, { examples: true, dir: process.env.AKB_TEST_FIXTURES_DIR || undefined });
  const { token } = await new TokenStore(db).create({ name: 'test-run', role: 'admin', tokenId: null }, { role: 'admin', name: 'suite-admin' });
  await db.close();
  project.provide('adminToken', token);
  project.provide('neo4jUri', uri);
  project.provide('neo4jUser', target.username ?? '');
  project.provide('neo4jPassword', target.password ?? '');
  project.provide('neo4jDatabase', target.database ?? '');
  return async () => {
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
