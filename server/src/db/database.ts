/**
 * The one choke point for database access. One driver per process; every statement is a named
 * query from cypher/ (see queries.ts), run in a managed read or write transaction; driver errors
 * are mapped to AkbError; Neo4j values are converted to plain JSON-friendly values (integers only
 * when they fit in a double exactly).
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, isInt, isNode, isRelationship, isDate, isDateTime, isPath } from 'neo4j-driver';
import { noDelayForBolt } from './no-delay.js';
import type { Neo4jTarget } from '../config/config.js';
import { AkbError, mapDriverError } from './errors.js';
import { query, statements } from './queries.js';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** Converts a value from the driver to plain JS. */
export function toPlain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (isInt(v)) {
    if (!v.inSafeRange()) throw new AkbError('INTERNAL', `integer ${v.toString()} does not fit in a JavaScript number`);
    return v.toNumber();
  }
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(toPlain);
  if (isNode(v as object)) return toPlain((v as { properties: object }).properties);
  if (isRelationship(v as object)) {
    const r = v as unknown as { type: string; properties: object };
    return { type: r.type, ...(toPlain(r.properties) as object) };
  }
  if (isPath(v as object)) throw new AkbError('INTERNAL', 'paths are not returned to clients; project them in Cypher');
  if (isDate(v as object) || isDateTime(v as object)) return (v as { toString(): string }).toString();
  if (typeof v === 'object') {
    const out: Row = {};
    for (const [k, val] of Object.entries(v as object)) out[k] = toPlain(val);
    return out;
  }
  return v;
}

/**
 * Converts parameters for the driver: JS numbers that are whole become Neo4j integers, so LIMIT,
 * SKIP and stored integer properties (a task's `order`) are integers, not floats.
 */
export function toParams(v: unknown): unknown {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return neo4j.int(v);
  if (Array.isArray(v)) return v.map(toParams);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Row = {};
    for (const [k, val] of Object.entries(v)) out[k] = toParams(val);
    return out;
  }
  return v;
}

function rows(result: QueryResult): Row[] {
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}

/** A transaction handed to multi-step writes: runs named queries only. */
export interface Tx {
  run(name: string, params?: Params): Promise<Row[]>;
}

export type QueryListener = (name: string, mode: 'read' | 'write') => void;

export class Database {
  private listeners = new Set<QueryListener>();

  private constructor(
    readonly driver: Driver,
    readonly database: string | undefined,
    readonly uri: string,
  ) {}

  static connect(target: Neo4jTarget): Database {
    noDelayForBolt(target.uri);
    const auth = target.username ? neo4j.auth.basic(target.username, target.password ?? '') : undefined;
    const driver = neo4j.driver(target.uri, auth, {
      // Fail fast when the database is gone instead of queueing requests for a minute.
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      maxConnectionPoolSize: 100,
      disableLosslessIntegers: false,
      logging: { level: 'error', logger: () => {} },
    });
    return new Database(driver, target.database, target.uri);
  }

  /** Observe every named query run (tests count queries per request with it). */
  onQuery(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(name: string, mode: 'read' | 'write') {
    for (const l of this.listeners) l(name, mode);
  }

  private txRunner(tx: ManagedTransaction, mode: 'read' | 'write'): Tx {
    return {
      run: async (name, params = {}) => {
        this.notify(name, mode);
        try {
          return rows(await tx.run(query(name), toParams(params) as Params));
        } catch (e) {
          throw mapDriverError(e, name);
        }
      },
    };
  }

  /**
   * One bookmark manager for the process: in a cluster, a read that follows a write of this server
   * (another request's, too) waits until the member it lands on has applied that write. On one
   * instance it costs nothing.
   */
  private readonly bookmarks = neo4j.bookmarkManager();

  private session(mode: 'read' | 'write') {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
  }

  /** Runs one named read query. */
  async read(name: string, params: Params = {}): Promise<Row[]> {
    return this.readTransaction((tx) => tx.run(name, params));
  }

  /** Runs one named write query in its own transaction. */
  async write(name: string, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(name, params));
  }

  async readTransaction<T>(work: (tx: Tx) => Promise<T>, timeoutMs = 30_000): Promise<T> {
    const session = this.session('read');
    try {
      return await session.executeRead((tx) => work(this.txRunner(tx, 'read')), { timeout: timeoutMs });
    } catch (e) {
      throw mapDriverError(e, 'read transaction');
    } finally {
      await session.close();
    }
  }

  /** A multi-step write: all of `work` commits together or not at all. */
  async writeTransaction<T>(work: (tx: Tx) => Promise<T>, timeoutMs = 60_000): Promise<T> {
    const session = this.session('write');
    try {
      return await session.executeWrite(
        async (tx) => {
          const runner = this.txRunner(tx, 'write');
          // Every write first takes the graph's write lock, so a backup (which takes it too) reads
          // one consistent state. Writes are rare and short in akb; the lock costs one tiny query.
          await runner.run('backup/lock');
          return work(runner);
        },
        { timeout: timeoutMs },
      );
    } catch (e) {
      throw mapDriverError(e, 'write transaction');
    } finally {
      await session.close();
    }
  }

  /** Schema statements cannot share a transaction with data writes; each runs on its own. */
  async applySchema(name = 'schema/schema'): Promise<number> {
    const session = this.session('write');
    try {
      let n = 0;
      for (const stmt of statements(name)) {
        this.notify(name, 'write');
        await session.run(stmt);
        n++;
      }
      return n;
    } catch (e) {
      throw mapDriverError(e, name);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs a named query in an auto-commit transaction: only for statements that manage their own
   * transactions (CALL { … } IN TRANSACTIONS), such as wiping a large database.
   */
  async autoCommit(name: string, params: Params = {}): Promise<Row[]> {
    const session = this.session('write');
    this.notify(name, 'write');
    try {
      return rows(await session.run(query(name), toParams(params) as Params));
    } catch (e) {
      throw mapDriverError(e, name);
    } finally {
      await session.close();
    }
  }

  /** True when the database answers a trivial query within the timeout. */
  async ping(timeoutMs = 2_000): Promise<boolean> {
    try {
      // A real read, not just a pooled handshake: a stopped server must answer false.
      let timer: NodeJS.Timeout | undefined;
      const rows = await Promise.race([
        this.readTransaction((tx) => tx.run('admin/ping'), timeoutMs),
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), timeoutMs))),
      ]).finally(() => clearTimeout(timer));
      return rows[0]?.ok === 1;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
