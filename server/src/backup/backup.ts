/**
 * Backups: a consistent JSON snapshot of everything akb stores (the graph, audit events, saved
 * appraisals, token hashes) with counts and a SHA-256 checksum; restore reads it into an empty
 * database in one transaction and verifies counts and checksum. Consistency: the backup holds the
 * graph's write lock (every write transaction takes it first), so no write lands mid-read.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../db/database.js';
import { AkbError } from '../errors.js';
import { KINDS, REL_BY_TYPE } from '../model/model.js';
import { canonical } from '../model/canonical.js';

export const BACKUP_FORMAT = 'akb-backup/1';
const BATCH = 2000;
/** Labels a backup may hold: the model's kinds plus akb's own records. */
const LABELS = new Set(['Node', 'AuditEvent', 'Appraisal', 'ApiToken', ...KINDS.map((k) => k.name)]);

export interface BackupNode {
  labels: string[];
  props: Record<string, unknown>;
  datetimes: string[];
}

export interface BackupRelationship {
  from: string;
  type: string;
  to: string;
  props: Record<string, unknown>;
}

export interface BackupFile {
  format: string;
  createdAt: string;
  counts: { nodes: number; relationships: number };
  checksum: string;
  nodes: BackupNode[];
  relationships: BackupRelationship[];
}

/** SHA-256 over the canonical JSON of nodes and relationships (keys sorted). */
export function checksumOf(nodes: BackupNode[], relationships: BackupRelationship[]): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical({ nodes, relationships })))
    .digest('hex');
}

export async function createBackup(db: Database): Promise<BackupFile> {
  return db.writeTransaction(async (tx) => {
    // A backup only reads (in a write transaction, to hold the graph's write lock).
    tx.changed({ none: true });
    // writeTransaction has already taken the write lock; reading inside it is consistent.
    const nodes = (await tx.run('backup/nodes')).map((r) => ({
      labels: (r.labels as string[]).sort(),
      props: r.props as Record<string, unknown>,
      datetimes: (r.datetimes as string[]).sort(),
    }));
    const relationships = (await tx.run('backup/relationships')) as unknown as BackupRelationship[];
    return {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      counts: { nodes: nodes.length, relationships: relationships.length },
      checksum: checksumOf(nodes, relationships),
      nodes,
      relationships,
    };
  }, 600_000);
}

/** Checks a backup file before anything is written: format, counts, checksum, labels and types. */
export function verifyBackup(file: BackupFile): void {
  const problems: { where: string; message: string; value?: unknown }[] = [];
  if (file?.format !== BACKUP_FORMAT) problems.push({ where: 'format', message: `expected ${BACKUP_FORMAT}`, value: file?.format });
  if (!Array.isArray(file?.nodes) || !Array.isArray(file?.relationships)) {
    throw new AkbError('VALIDATION_FAILED', 'not an akb backup: nodes and relationships missing', [{ where: 'file', message: 'wrong shape' }]);
  }
  if (file.counts?.nodes !== file.nodes.length || file.counts?.relationships !== file.relationships.length)
    problems.push({
      where: 'counts',
      message: `say ${file.counts?.nodes} nodes / ${file.counts?.relationships} relationships, the file holds ${file.nodes.length} / ${file.relationships.length}`,
    });
  if (checksumOf(file.nodes, file.relationships) !== file.checksum)
    problems.push({ where: 'checksum', message: 'does not match the content: the file is damaged or was edited' });
  file.nodes.forEach((n, i) => {
    for (const l of n.labels ?? []) if (!LABELS.has(l)) problems.push({ where: `nodes[${i}].labels`, message: 'not a label akb stores', value: l });
  });
  file.relationships.forEach((r, i) => {
    if (!REL_BY_TYPE.has(r.type)) problems.push({ where: `relationships[${i}].type`, message: 'not a relationship type of the model', value: r.type });
  });
  if (problems.length)
    throw new AkbError(
      'VALIDATION_FAILED',
      `backup refused: ${problems
        .slice(0, 5)
        .map((p) => `${p.where} ${p.message}`)
        .join('; ')}`,
      problems,
    );
}

/** Restores into an empty database, all or nothing, then checks what was written. */
export async function restoreBackup(db: Database, file: BackupFile): Promise<{ nodes: number; relationships: number }> {
  verifyBackup(file);
  const [before] = await db.read('backup/count-all');
  if (Number(before.nodes) > 0) throw new AkbError('CONFLICT', `restore needs an empty database; this one holds ${before.nodes} nodes`);
  await db.writeTransaction(async (tx) => {
    tx.changed({ all: true });
    for (let i = 0; i < file.nodes.length; i += BATCH) await tx.run('backup/restore-nodes', { rows: file.nodes.slice(i, i + BATCH) });
    for (let i = 0; i < file.relationships.length; i += BATCH) await tx.run('backup/restore-relationships', { rows: file.relationships.slice(i, i + BATCH) });
  }, 600_000);
  const [after] = await db.read('backup/count-all');
  const restored = { nodes: Number(after.nodes), relationships: Number(after.relationships) };
  if (restored.nodes !== file.counts.nodes || restored.relationships !== file.counts.relationships)
    throw new AkbError(
      'INTERNAL',
      `restore wrote ${restored.nodes} nodes / ${restored.relationships} relationships, the backup holds ${file.counts.nodes} / ${file.counts.relationships}`,
    );
  const again = await createBackup(db);
  if (again.checksum !== file.checksum) throw new AkbError('INTERNAL', 'restored database does not reproduce the backup checksum');
  return restored;
}
