/**
 * Changes to the graph: create, update and delete nodes and relationships, validated against the
 * model, each one transaction that also records an audit event (who, when, operation, before,
 * after). Nothing is written when validation fails.
 */
import type { Database, Tx } from '../db/database.js';
import { auditRow, recordAudit } from '../db/audit.js';
import { AkbError, type FieldProblem } from '../errors.js';
import { nodeRow, relRow } from './rows.js';
import { REL_BY_TYPE } from '../model/model.js';
import { validateNode, validateRelationship, type NodeRecord, type RelRecord, type Source } from '../model/validate.js';
import type { NodeRow } from './repository.js';

export interface Actor {
  name: string;
}

const fail = (message: string, problems: FieldProblem[]) => new AkbError('VALIDATION_FAILED', message, problems);

/** Stored node properties back to a record the validator understands. */
export function toRecord(row: Record<string, unknown>): NodeRecord {
  const { sources, searchText, exactKeys, abbreviationKeys, sourceDocuments, ...rest } = row;
  void searchText;
  void exactKeys;
  void abbreviationKeys;
  void sourceDocuments;
  const r = { ...rest, sources: typeof sources === 'string' ? (JSON.parse(sources) as Source[]) : undefined } as NodeRecord;
  if (!r.sources?.length) delete r.sources;
  return r;
}

/** Stored relationship properties back to a record. */
export function relToRecord(from: string, type: string, to: string, props: Record<string, unknown>): RelRecord {
  const { sources, sourceDocuments, ...rest } = props;
  void sourceDocuments;
  const r = { ...rest, from, type, to, sources: typeof sources === 'string' ? (JSON.parse(sources) as Source[]) : undefined } as RelRecord;
  if (!r.sources?.length) delete r.sources;
  return r;
}

/** Stored properties equal, key order and absent-vs-null aside (what a retried create compares). */
export function sameProperties(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const canonical = (props: Record<string, unknown>) => {
    const keys = Object.keys(props)
      .filter((k) => props[k] !== undefined && props[k] !== null)
      .sort();
    return JSON.stringify(keys.map((k) => [k, props[k]]));
  };
  return canonical(a) === canonical(b);
}

/** Drops null values (a patch sets a property to null to remove it). */
function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;
}

/** Refuses a relationship type the model does not have, naming the operation. */
function checkRelationshipType(operation: string, type: string): void {
  if (!REL_BY_TYPE.has(type))
    throw fail(`${operation}: unknown relationship type ${type}`, [{ where: 'type', message: 'not a relationship type of the model', value: type }]);
}

export class GraphMutations {
  constructor(private readonly db: Database) {}

  /** The parameters of one audit event (audit/record.cypher, or a write that records its own). */
  private async audit(tx: Tx, actor: Actor, operation: string, targets: string[], before: unknown, after: unknown) {
    await recordAudit(tx, { actor: actor.name, operation, targets, before, after });
  }

  /** The stored relationship as a record; NOT_FOUND (naming the operation) when there is none. */
  private async storedRelationship(tx: Tx, operation: string, key: { from: string; type: string; to: string }): Promise<RelRecord> {
    const [row] = await tx.run('mutation/get-relationship', key);
    if (!row) throw new AkbError('NOT_FOUND', `${operation}: no ${key.from} -${key.type}-> ${key.to}`, [{ where: 'input', message: 'no such relationship' }]);
    return relToRecord(key.from, key.type, key.to, row.props as Record<string, unknown>);
  }

  private async getNode(tx: Tx, id: string): Promise<NodeRow | null> {
    const [row] = await tx.run('graph/nodes-by-ids', { ids: [id] });
    return (row?.node as NodeRow) ?? null;
  }

  async createNode(actor: Actor, input: Record<string, unknown>): Promise<NodeRow> {
    const record = compact(input) as Partial<NodeRecord>;
    if (typeof record.name === 'string') record.name = record.name.normalize('NFC');
    const problems = validateNode('input', record);
    if (problems.length) throw fail(`createNode: the node is invalid: ${problems.map((p) => `${p.where} ${p.message}`).join('; ')}`, problems);
    const row = nodeRow(record as NodeRecord);
    return this.db.writeTransaction(async (tx) => {
      const existing = await this.getNode(tx, row.id);
      // A create is safely retryable: after a lost answer (a 503, a timeout) the same create again
      // finds its own node and succeeds without writing; different content is a conflict.
      if (existing && sameProperties(existing, row.props)) {
        tx.changed({ none: true });
        return existing;
      }
      if (existing)
        throw new AkbError('CONFLICT', `createNode: a node with id ${row.id} already exists with other content`, [
          { where: 'input.id', message: 'already exists with other content', messageVi: 'đã có nút mang mã này với nội dung khác', value: row.id },
        ]);
      // The node and its audit event in one statement: a short write holds the graph's lock briefly.
      tx.changed({ nodes: [row.id] });
      const [created] = await tx.run('mutation/create-node-audited', {
        kind: row.kind,
        props: row.props,
        audit: auditRow({ actor: actor.name, operation: 'createNode', targets: [row.id], before: null, after: toRecord(row.props) }),
      });
      return created.node as NodeRow;
    });
  }

  async updateNode(actor: Actor, id: string, patch: Record<string, unknown>): Promise<NodeRow> {
    return this.db.writeTransaction(async (tx) => {
      const current = await this.getNode(tx, id);
      if (!current) throw new AkbError('NOT_FOUND', `updateNode: no node with id ${id}`, [{ where: 'id', message: 'no node has this id', value: id }]);
      for (const key of ['id', 'kind'])
        if (Object.hasOwn(patch, key) && patch[key] !== undefined && patch[key] !== current[key])
          throw fail(`updateNode: ${key} cannot change`, [{ where: `patch.${key}`, message: 'cannot change; create a new node instead', value: patch[key] }]);
      const before = toRecord(current);
      const next = compact({ ...before, ...patch, id, kind: current.kind }) as Partial<NodeRecord>;
      if (typeof next.name === 'string') next.name = next.name.normalize('NFC');
      const problems = validateNode('patch', next);
      if (problems.length) throw fail(`updateNode: the result would be invalid: ${problems.map((p) => `${p.where} ${p.message}`).join('; ')}`, problems);
      const row = nodeRow(next as NodeRecord);
      tx.changed({ nodes: [id] });
      const [updated] = await tx.run('mutation/replace-node-props-audited', {
        id,
        props: row.props,
        audit: auditRow({ actor: actor.name, operation: 'updateNode', targets: [id], before, after: toRecord(row.props) }),
      });
      return updated.node as NodeRow;
    });
  }

  async deleteNode(actor: Actor, id: string, force: boolean): Promise<{ id: string; removedRelationships: { from: string; type: string; to: string }[] }> {
    return this.db.writeTransaction(async (tx) => {
      const current = await this.getNode(tx, id);
      if (!current) throw new AkbError('NOT_FOUND', `deleteNode: no node with id ${id}`, [{ where: 'id', message: 'no node has this id', value: id }]);
      const rels = await tx.run('mutation/node-relationships', { id });
      if (rels.length && !force)
        throw new AkbError('CONFLICT', `deleteNode: ${id} has ${rels.length} relationship(s); pass force: true to delete them too`, [
          { where: 'force', message: `${rels.length} relationship(s) would be removed`, value: false },
        ]);
      await tx.run('mutation/delete-node', { id });
      // A deleted node takes its relationships with it, in the analysis graph too.
      tx.changed({ nodes: [id] });
      const removed = rels.map((r) => ({ from: r.from as string, type: r.type as string, to: r.to as string }));
      const targets = [...new Set([id, ...removed.flatMap((r) => [r.from, r.to])])];
      await this.audit(
        tx,
        actor,
        'deleteNode',
        targets,
        {
          node: toRecord(current),
          relationships: rels.map((r) => relToRecord(r.from as string, r.type as string, r.to as string, r.props as Record<string, unknown>)),
        },
        null,
      );
      return { id, removedRelationships: removed };
    });
  }

  private async kindOf(tx: Tx, ids: string[]): Promise<Map<string, string>> {
    const rows = await tx.run('graph/nodes-by-ids', { ids });
    return new Map(rows.map((r) => [(r.node as NodeRow).id, (r.node as NodeRow).kind]));
  }

  async createRelationship(actor: Actor, input: Record<string, unknown>): Promise<RelRecord> {
    const record = compact(input) as Partial<RelRecord>;
    return this.db.writeTransaction(async (tx) => {
      const kinds = await this.kindOf(
        tx,
        [record.from, record.to].filter((x): x is string => typeof x === 'string'),
      );
      const problems = validateRelationship('input', record, (id) => kinds.get(id));
      if (problems.length) {
        const dangling = problems.every((p) => p.message === 'no node has this id');
        throw new AkbError(
          dangling ? 'NOT_FOUND' : 'VALIDATION_FAILED',
          `createRelationship: ${problems.map((p) => `${p.where} ${p.message}`).join('; ')}`,
          problems,
        );
      }
      const r = record as RelRecord;
      const [existing] = await tx.run('mutation/get-relationship', { from: r.from, type: r.type, to: r.to });
      const row = relRow(r);
      // Retryable like createNode: the same relationship with the same properties is a success.
      if (existing && sameProperties(existing.props as Record<string, unknown>, row.props)) {
        tx.changed({ none: true });
        return r;
      }
      if (existing)
        throw new AkbError('CONFLICT', `createRelationship: ${r.from} -${r.type}-> ${r.to} already exists with other properties`, [
          { where: 'input', message: 'already exists with other properties', messageVi: 'quan hệ đã có với thuộc tính khác' },
        ]);
      await tx.run('mutation/create-relationship', { from: r.from, to: r.to, type: r.type, props: row.props });
      tx.changed({ relationships: [[r.from, r.type, r.to]] });
      await this.audit(tx, actor, 'createRelationship', [r.from, r.to], null, r);
      return r;
    });
  }

  async updateRelationship(actor: Actor, key: { from: string; type: string; to: string }, patch: Record<string, unknown>): Promise<RelRecord> {
    checkRelationshipType('updateRelationship', key.type);
    return this.db.writeTransaction(async (tx) => {
      const existing = await this.storedRelationship(tx, 'updateRelationship', key);
      const before = existing;
      const next = compact({ ...before, ...patch, ...key }) as RelRecord;
      const kinds = await this.kindOf(tx, [key.from, key.to]);
      const problems = validateRelationship('patch', next, (id) => kinds.get(id));
      if (problems.length)
        throw fail(`updateRelationship: the result would be invalid: ${problems.map((p) => `${p.where} ${p.message}`).join('; ')}`, problems);
      await tx.run('mutation/replace-relationship-props', { ...key, props: relRow(next).props });
      tx.changed({ relationships: [[key.from, key.type, key.to]] });
      await this.audit(tx, actor, 'updateRelationship', [key.from, key.to], before, next);
      return next;
    });
  }

  async deleteRelationship(actor: Actor, key: { from: string; type: string; to: string }): Promise<boolean> {
    checkRelationshipType('deleteRelationship', key.type);
    return this.db.writeTransaction(async (tx) => {
      const existing = await this.storedRelationship(tx, 'deleteRelationship', key);
      await tx.run('mutation/delete-relationship', key);
      tx.changed({ relationships: [[key.from, key.type, key.to]] });
      await this.audit(tx, actor, 'deleteRelationship', [key.from, key.to], existing, null);
      return true;
    });
  }

  /** A node's audit events; `hiddenOperations` leaves some out (token events for callers below admin). */
  async history(id: string, limit = 100, hiddenOperations: readonly string[] = []) {
    return this.db.read('audit/history', { id, limit, hiddenOperations });
  }
}
