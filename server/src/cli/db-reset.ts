// `npm run db:reset [-- --size S|M|L | --file FILE.ndjson]`: wipes the database and loads the
// fixtures again; with a size (the generator's file data/generated/national-<size>.ndjson, written
// first when missing) or a file, also that national catalogue. On the embedded database a reset
// with a catalogue goes through Neo4j's importer (the store is replaced only if the load succeeds);
// with NEO4J_URI, through the wipe and the online bulk import.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { bootDatabase } from '../boot.js';
import { loadFixtures } from '../fixtures/loader.js';
import { SIZES, DEFAULT_SEED, type Size } from '../generate/national.js';
import { defaultOutput, writeNational } from '../generate/write.js';
import { fixtureSource } from '../interop/initial-load.js';
import { fileSource, loadOnline, loadThroughImporter } from './bulk-load.js';

const { values } = parseArgs({ options: { size: { type: 'string' }, file: { type: 'string' } } });
const config = loadConfig();
const log = (s: string) => console.error(`akb: ${s}`);
const actor = `cli:${process.env.USER ?? 'unknown'}`;

async function catalogue(): Promise<string | null> {
  if (values.file) {
    if (!existsSync(values.file)) throw new Error(`no such file: ${values.file}`);
    return values.file;
  }
  if (!values.size) return null;
  const size = values.size.toUpperCase() as Size;
  if (!(size in SIZES)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
  const file = defaultOutput(size);
  if (!existsSync(file)) {
    log(`generating ${file}…`);
    await writeNational({ size, seed: DEFAULT_SEED, validate: false });
  }
  return file;
}

try {
  const file = await catalogue();
  if (file && !config.neo4j) {
    const outcome = await loadThroughImporter(config, [fixtureSource({ examples: config.loadExamples }), fileSource(file)], actor);
    await outcome.booted?.shutdown();
    if (outcome.rejected) process.exitCode = 1;
  } else {
    const booted = await bootDatabase(config, { loadIfEmpty: false, log });
    try {
      await booted.db.autoCommit('admin/wipe');
      const counts = await loadFixtures(booted.db, { examples: config.loadExamples });
      log(`reset: ${counts.nodes} nodes, ${counts.relationships} relationships`);
      if (file) {
        const outcome = await loadOnline(booted, fileSource(file), { actor });
        if (outcome.rejected) process.exitCode = 1;
      }
    } finally {
      await booted.shutdown();
    }
  }
} catch (e) {
  console.error(`akb: reset failed: ${(e as Error).message}`);
  process.exitCode = 1;
}
