// `npm run db:reset`: wipes the database and loads the fixtures again.
import { loadConfig } from '../config/config.js';
import { bootDatabase } from '../boot.js';
import { loadFixtures } from '../fixtures/loader.js';

const config = loadConfig();
const booted = await bootDatabase(config, { loadIfEmpty: false, log: (s) => console.log(`akb: ${s}`) });
try {
  await booted.db.autoCommit('admin/wipe');
  const counts = await loadFixtures(booted.db, { examples: config.loadExamples });
  console.log(`akb: reset: ${counts.nodes} nodes, ${counts.relationships} relationships`);
} catch (e) {
  console.error(`akb: reset failed: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await booted.shutdown();
}
