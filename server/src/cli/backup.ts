/**
 * `npm run backup [-- --out FILE]`: writes a consistent JSON snapshot (default
 * backups/akb-<timestamp>.json) with counts and a checksum.
 * `npm run restore -- FILE`: reads it into an empty database and verifies counts and checksum.
 * Both use NEO4J_URI, or start the embedded Neo4j (which must not be running elsewhere).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, JSON.stringify(file));
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
