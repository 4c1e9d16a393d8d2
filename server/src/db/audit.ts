/**
 * The audit log's one writer: every change records who did what to which nodes, in the same
 * transaction as the change (cypher/audit/record.cypher).
 */
import { randomUUID } from 'node:crypto';
import type { Tx } from './database.js';

export interface AuditEvent {
  actor: string | null;
  operation: string;
  /** The ids of the nodes (or tokens, reports) the event touched. */
  targets: string[];
  /** The state before and after, stored as JSON; null when there is none. */
  before: unknown;
  after: unknown;
  /** When it happened (ISO 8601); now unless the caller already took the time. */
  at?: string;
}

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

/** The event as audit/record stores it (also the `audit` parameter of the audited mutations). */
export function auditRow(e: AuditEvent) {
  return {
    id: randomUUID(),
    at: e.at ?? new Date().toISOString(),
    actor: e.actor,
    operation: e.operation,
    targets: e.targets,
    before: json(e.before),
    after: json(e.after),
  };
}

/** Records one audit event inside the caller's write transaction. */
export async function recordAudit(tx: Tx, e: AuditEvent): Promise<void> {
  await tx.run('audit/record', auditRow(e));
}
