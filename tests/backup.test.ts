/**
 * Backup and restore: a snapshot of the test database restored into a second, empty Neo4j gives
 * the same counts and checksum; a damaged file or a non-empty target is refused and writes nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../server/src/db/database.js';
import { createBackup, restoreBackup, type BackupFile } from '../server/src/backup/backup.js';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../server/src/neo4j/embedded.js';
import { waitForDatabase } from '../server/src/boot.js';
import { testDb } from './setup/db.js';

const source = testDb();
let target: Database;
let second: EmbeddedNeo4j;
let dataDir: string;
let backup: BackupFile;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'akb-restore-'));
  second = await startEmbeddedNeo4j({ dataDir, boltPort: await freePort(), pageCacheMb: 64, heapMb: 384 });
  target = Database.connect({ uri: second.uri });
  await waitForDatabase(target, 60_000);
  await target.applySchema();
  backup = await createBackup(source);
});

afterAll(async () => {
  await target?.close();
  await second?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  await source.close();
});

describe('backup and restore', () => {
  it('a backup holds every node and relationship with counts and a checksum', async () => {
    const [count] = await source.read('backup/count-all');
    expect(backup.counts).toEqual({ nodes: Number(count.nodes), relationships: Number(count.relationships) });
    expect(backup.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(backup.nodes.some((n) => n.labels.includes('AuditEvent') || n.labels.includes('Component'))).toBe(true);
  });

  it('refuses a damaged backup before writing anything', async () => {
    const damaged = { ...backup, nodes: backup.nodes.map((n, i) => (i === 0 ? { ...n, props: { ...n.props, name: 'sửa lén' } } : n)) };
    await expect(restoreBackup(target, damaged)).rejects.toMatchObject({ code: 'VALIDATION_FAILED', problems: [{ where: 'checksum' }] });
    const forged = { ...backup, relationships: [...backup.relationships, { from: 'a', type: 'DROP_ALL', to: 'b', props: {} }] };
    forged.counts = { ...forged.counts, relationships: forged.relationships.length };
    await expect(restoreBackup(target, forged)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const [count] = await target.read('backup/count-all');
    expect(Number(count.nodes)).toBe(0);
  });

  it('restores into an empty database with the same counts and checksum, datetimes kept as datetimes', async () => {
    const r = await restoreBackup(target, backup);
    expect(r).toEqual(backup.counts);
    expect((await createBackup(target)).checksum).toBe(backup.checksum);
  });

  it('refuses to restore into a database that is not empty', async () => {
    await expect(restoreBackup(target, backup)).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
