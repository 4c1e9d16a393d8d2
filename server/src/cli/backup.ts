/**
 * `npm run backup [-- --out FILE]`: writes a consistent JSON snapshot (default
 * backups/akb-<timestamp>.json) with counts and a checksum.
 * `npm run restore -- FILE`: reads it into an empty database and verifies counts and checksum.
 * Both use NEO4J_URI, or start the embedded Neo4j (which must not be running elsewhere).
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { bootDatabase } from '../boot.js';
import { loadConfig, ROOT } from '../config/config.js';
import { createBackup, restoreBackup, type BackupFile } from '../backup/backup.js';

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { out: { type: 'string' } } });
  const booted = await bootDatabase(loadConfig(), { loadIfEmpty: false });
  try {
    if (command === 'backup') {
      const file = await createBackup(booted.db);
      const out = values.out ?? join(ROOT, 'backups', `akb-${file.createdAt.replace(/[:.]/g, '-')}.json`);
      // The file holds API token hashes and the audit log: readable by its owner only (0600), in a
      // folder only its owner can list (0700, when this command creates it).
      // Written to a new 0600 file then renamed over the target, so it is never readable by others,
      // even for a moment and even when a file of that name existed with a wider mode.
      mkdirSync(dirname(out), { recursive: true, mode: 0o700 });
      const partial = `${out}.${process.pid}.partial`;
      try {
        writeFileSync(partial, JSON.stringify(file), { mode: 0o600, flag: 'wx' });
        renameSync(partial, out);
      } finally {
        rmSync(partial, { force: true });
      }
      console.log(`backup: ${file.counts.nodes} nodes, ${file.counts.relationships} relationships, sha256 ${file.checksum} → ${out}`);
    } else if (command === 'restore') {
      if (!positionals[0]) throw new Error('usage: npm run restore -- FILE');
      const file = JSON.parse(readFileSync(positionals[0], 'utf8')) as BackupFile;
      const r = await restoreBackup(booted.db, file);
      console.log(`restore: ${r.nodes} nodes, ${r.relationships} relationships; counts and checksum verified`);
    } else throw new Error('usage: backup.ts backup [--out FILE] | restore FILE');
  } finally {
    await booted.shutdown();
  }
}

main().catch((e) => {
  console.error(`akb: ${(e as Error).message}`);
  process.exit(1);
});
