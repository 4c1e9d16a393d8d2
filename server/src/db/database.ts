/**
 * The one choke point for database access. One driver per process; every statement is a named
 * query from cypher/ (see queries.ts), run in a managed read or write transaction; driver errors
 * are mapped to AkbError; Neo4j values are converted to plain JSON-friendly values (integers only
 * when they fit in a double exactly).
 */
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type Session,
  isInt,
  isNode,
  isRelationship,
  isDate,
  isDateTime,
  isPath,
  isRetriableError,
} from 'neo4j-driver';
import { noDelayForBolt } from './no-delay.js';
import type { Neo4jTarget } from '../config/config.js';
import { AkbError } from '../errors.js';
import { mapDriverError } from './driver-errors.js';
import { query, statements } from './queries.js';

export type Row = Record<string, unknown>;
/** A streamed record: fields by position, as the driver decodes them. */
export interface StreamedRow {
  get(index: number): unknown;
}
export type Params = Record<string, unknown>;

/** Runs `work` on a session, maps a driver error to ours (naming `what` failed), and always closes the session. */
async function closing<T>(session: Session, what: string, work: (session: Session) => Promise<T>): Promise<T> {
  try {
    return await work(session);
  } catch (e) {
    throw mapDriverError(e, what);
  } finally {
    await session.close();
  }
}

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
  // fromEntries defines own properties: a stored key named __proto__ stays data, never a prototype.
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v as object).map(([k, val]) => [k, toPlain(val)]));
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
    return Object.fromEntries(Object.entries(v).map(([k, val]) => [k, toParams(val)]));
  }
  return v;
}

function rows(result: QueryResult): Row[] {
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}

/** A transaction handed to multi-step writes: runs named queries only. */
export interface Tx {
  run(name: string, params?: Params): Promise<Row[]>;
  /**
   * Says what this write changed in the graph, so the analysis graph of every server applies just
   * that (server/src/analysis/). A write transaction that declares nothing is taken to have changed
   * everything (the analysis graphs rebuild): safe, and slow only for writes that forgot to say.
   * Read transactions ignore it.
   */
  changed(change: GraphChangeInput): void;
}

/** What one write changed in the graph (ids are akb node ids). */
export interface GraphChangeInput {
  /** Nodes created, updated or deleted (properties and existence; a deleted node loses its edges). */
  nodes?: Iterable<string>;
  /** Relationships created, updated or deleted, as stored: [from, type, to]. */
  relationships?: Iterable<readonly [string, string, string]>;
  /** Nodes whose whole set of relationships may have changed in ways not listed above. */
  edgesOf?: Iterable<string>;
  /** Anything may have changed (bulk loads, restores): rebuild. */
  all?: boolean;
  /** Nothing the graph holds changed (tokens, saved appraisals, audit-only writes). */
  none?: boolean;
}

/** A change as recorded with its revision (cypher/analysis/record-change.cypher). */
export interface GraphChange {
  nodes: string[];
  relationships: [string, string, string][];
  edgesOf: string[];
  all: boolean;
}

/** The graph revision a write committed (null when it declared no graph change). */
export interface Committed {
  revision: number;
  epoch: string;
  change: GraphChange;
}

/** Above this many entries a change is recorded as "everything": cheaper to rebuild than to patch. */
export const MAX_CHANGE_ENTRIES = 20_000;

/** Accumulates the changes one write attempt declares; a retried attempt starts afresh. */
class ChangeRecorder {
  private nodes = new Set<string>();
  private rels = new Map<string, [string, string, string]>();
  private edgesOf = new Set<string>();
  private all = false;
  private declared = false;

  add(c: GraphChangeInput) {
    this.declared = true;
    if (c.none) return;
    if (c.all) this.all = true;
    for (const id of c.nodes ?? []) this.nodes.add(id);
    for (const r of c.relationships ?? []) this.rels.set(`${r[0]}\u0000${r[1]}\u0000${r[2]}`, [r[0], r[1], r[2]]);
    for (const id of c.edgesOf ?? []) this.edgesOf.add(id);
  }

  /** The change to record, or null when the write declared that nothing in the graph changed. */
  result(): GraphChange | null {
    // Undeclared: assume everything, so no writer can leave an analysis graph stale by omission.
    if (!this.declared) return { nodes: [], relationships: [], edgesOf: [], all: true };
    const all = this.all || this.nodes.size + this.rels.size + this.edgesOf.size > MAX_CHANGE_ENTRIES;
    if (!all && !this.nodes.size && !this.rels.size && !this.edgesOf.size) return null;
    return all
      ? { nodes: [], relationships: [], edgesOf: [], all }
      : { nodes: [...this.nodes], relationships: [...this.rels.values()], edgesOf: [...this.edgesOf], all };
  }
}

/** Told of every named query before it runs, with its parameters (tests count what a request reads). */
export type QueryListener = (name: string, mode: 'read' | 'write', params: Readonly<Params>) => void;
/** Told after a write commits, before the writer's caller continues (read-your-writes). */
export type CommitListener = (committed: Committed) => Promise<void> | void;

export class Database {
  private listeners = new Set<QueryListener>();
  private commitListeners = new Set<CommitListener>();

  private constructor(
    readonly driver: Driver,
    readonly database: string | undefined,
    readonly uri: string,
    /** Opens the bulk-read driver (streamRead) on first use. */
    private readonly openBulkDriver: () => Driver,
    /**
     * One bookmark manager for the process: in a cluster, a read that follows a write of this
     * server (another request's, too) waits until the member it lands on has applied that write.
     * On one instance it costs nothing.
     */
    private readonly bookmarks = neo4j.bookmarkManager(),
  ) {}

  /**
   * The same connection and bookmarks, without query listeners: for a server's own background
   * reads (the analysis graph's revision poll), which are not part of any request being observed.
   */
  internal(): Database {
    const db = new Database(this.driver, this.database, this.uri, () => this.bulk(), this.bookmarks);
    db.parent = this;
    return db;
  }

  private parent: Database | null = null;
  private bulkDriver: Driver | null = null;

  /**
   * The driver for streamRead: the same server and credentials, but integers arrive as plain
   * numbers. The analysis graph's start-up read decodes tens of millions of ids and codes, and
   * the default lossless integers allocate an object for each (profiled: most of the read's time).
   * Lossy only above 2^53, which ids and codes never reach. Everything else uses `driver`.
   */
  private bulk(): Driver {
    if (this.parent) return this.parent.bulk();
    return (this.bulkDriver ??= this.openBulkDriver());
  }

  static connect(target: Neo4jTarget): Database {
    noDelayForBolt(target.uri);
    const auth = target.username ? neo4j.auth.basic(target.username, target.password ?? '') : undefined;
    const config = {
      // Fail fast when the database is gone instead of queueing requests for a minute.
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      maxConnectionPoolSize: 100,
      disableLosslessIntegers: false,
      logging: { level: 'error' as const, logger: () => {} },
    };
    const driver = neo4j.driver(target.uri, auth, config);
    const bulk = () => neo4j.driver(target.uri, auth, { ...config, maxConnectionPoolSize: 2, disableLosslessIntegers: true });
    return new Database(driver, target.database, target.uri, bulk);
  }

  /** Observe every named query run (tests count queries per request with it). */
  onQuery(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(name: string, mode: 'read' | 'write', params: Readonly<Params> = {}) {
    for (const l of this.listeners) l(name, mode, params);
  }

  /**
   * Observe every committed graph change of this process. Listeners run after the commit and
   * before the write returns, so the analysis graph of the server that wrote is current by the time
   * the client gets its answer; a failing listener is logged, never turned into a failed write.
   */
  onCommit(listener: CommitListener): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }

  private txRunner(tx: ManagedTransaction, mode: 'read' | 'write', recorder?: ChangeRecorder): Tx {
    return {
      run: async (name, params = {}) => {
        this.notify(name, mode, params);
        try {
          return rows(await tx.run(query(name), toParams(params) as Params));
        } catch (e) {
          throw mapDriverError(e, name);
        }
      },
      changed: (change) => recorder?.add(change),
    };
  }

  private session(mode: 'read' | 'write') {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
  }

  /**
   * Runs one named read query. One statement needs no explicit transaction: an auto-commit READ
   * session (routed to a reader in a cluster, bookmarks kept) costs Neo4j about half the work of a
   * managed one (no BEGIN/COMMIT round trips). A transient failure is retried as a managed read.
   */
  async read(name: string, params: Params = {}, timeoutMs = 30_000): Promise<Row[]> {
    const session = this.session('read');
    this.notify(name, 'read', params);
    try {
      return rows(await session.run(query(name), toParams(params) as Params, { timeout: timeoutMs }));
    } catch (e) {
      if (!isRetriableError(e)) throw mapDriverError(e, name);
    } finally {
      await session.close();
    }
    return this.readTransaction((tx) => tx.run(name, params), timeoutMs);
  }

  /** Runs one named write query in its own transaction. */
  async write(name: string, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(name, params));
  }

  async readTransaction<T>(work: (tx: Tx) => Promise<T>, timeoutMs = 30_000): Promise<T> {
    return closing(this.session('read'), 'read transaction', (session) => session.executeRead((tx) => work(this.txRunner(tx, 'read')), { timeout: timeoutMs }));
  }

  /**
   * A multi-step write: all of `work` commits together or not at all. What the work declares it
   * changed (`tx.changed`) is recorded with a new graph revision in the same transaction, so every
   * server's analysis graph can tell it is behind and what to re-read.
   */
  async writeTransaction<T>(work: (tx: Tx) => Promise<T>, timeoutMs = 60_000): Promise<T> {
    let committed: Committed | null = null;
    const result = await closing(this.session('write'), 'write transaction', (session) =>
      session.executeWrite(
        async (tx) => {
          const recorder = new ChangeRecorder();
          const runner = this.txRunner(tx, 'write', recorder);
          // Every write first takes the graph's write lock, so a backup (which takes it too) reads
          // one consistent state, and graph revisions are numbered in commit order.
          await runner.run('backup/lock');
          const out = await work(runner);
          const change = recorder.result();
          committed = null;
          if (change) {
            const [r] = await runner.run('analysis/record-change', { change: JSON.stringify(change), all: change.all, keep: 10_000 });
            committed = { revision: r.revision as number, epoch: r.epoch as string, change };
          }
          return out;
        },
        { timeout: timeoutMs },
      ),
    );
    if (committed) {
      const c = (committed as Committed).change;
      if (c.all || c.nodes.length) await this.awaitSearchRefresh();
      for (const listener of this.commitListeners) {
        try {
          await listener(committed);
        } catch (e) {
          console.error(`akb: after revision ${(committed as Committed).revision}: ${(e as Error).message}`);
        }
      }
    }
    return result;
  }

  /**
   * Streams the rows of named read queries to `onRow` without holding them all (the analysis
   * graph's start-up read of every node and relationship), all in one read transaction with its
   * own timeout. Rows arrive as the driver decodes them (no toPlain), integers as plain numbers
   * (see `bulk`); `onRow` must be synchronous.
   */
  async streamRead<T>(
    work: (stream: (name: string, params: Params, onRow: (row: StreamedRow) => void) => Promise<number>) => Promise<T>,
    timeoutMs = 600_000,
  ): Promise<T> {
    const session = this.bulk().session({ database: this.database, defaultAccessMode: neo4j.session.READ, bookmarkManager: this.bookmarks, fetchSize: 100 });
    return closing(session, 'streamed read', () =>
      session.executeRead(
        (tx) =>
          work(async (name, params, onRow) => {
            this.notify(name, 'read', params);
            let n = 0;
            try {
              for await (const record of tx.run(query(name), toParams(params) as Params)) {
                onRow(record as unknown as StreamedRow);
                n++;
              }
            } catch (e) {
              throw mapDriverError(e, name);
            }
            return n;
          }),
        { timeout: timeoutMs },
      ),
    );
  }

  /**
   * Waits until the full-text index (eventually consistent, schema.cypher) holds every committed
   * write, so whoever wrote a node finds it by search right after (measured: ~1 ms after a
   * mutation). Runs after each write that changed nodes; a failure is logged, never turned into a
   * failed write (the write has committed; search catches up on its own).
   */
  async awaitSearchRefresh(): Promise<void> {
    const session = this.session('write');
    this.notify('search/await-refresh', 'write');
    try {
      await session.run(query('search/await-refresh'));
    } catch (e) {
      console.error(`akb: waiting for the search index: ${(e as Error).message}`);
    } finally {
      await session.close();
    }
  }

  /** Schema statements cannot share a transaction with data writes; each runs on its own. */
  async applySchema(name = 'schema/schema'): Promise<number> {
    return closing(this.session('write'), name, async (session) => {
      let n = 0;
      if (name === 'schema/schema') {
        // The full-text index's options can only change by dropping and creating it again.
        const [idx] = (await session.run(query('schema/node-search-options'))).records;
        if (idx && idx.get('eventuallyConsistent') !== true && idx.get('eventuallyConsistent') !== 'true') await session.run(query('schema/drop-node-search'));
      }
      for (const stmt of statements(name)) {
        this.notify(name, 'write');
        await session.run(stmt);
        n++;
      }
      if (name === 'schema/schema') await this.awaitIndexesOnline();
      return n;
    });
  }

  /**
   * Waits until every index is online: a store imported offline, or one whose full-text index was
   * dropped for new options, populates its indexes in the background (minutes at national size,
   * past any one transaction's limit), so the wait polls from here. A failed index is an error.
   */
  async awaitIndexesOnline(limitMs = 1_800_000): Promise<void> {
    const until = Date.now() + limitMs;
    for (;;) {
      const rows = await this.read('schema/index-progress');
      const failed = rows.filter((r) => r.state === 'FAILED').map((r) => r.name as string);
      if (failed.length) throw new AkbError('INTERNAL', `index(es) failed to populate: ${failed.join(', ')}`);
      if (rows.every((r) => r.state === 'ONLINE')) return;
      if (Date.now() > until) throw new AkbError('TIMEOUT', `indexes still populating after ${Math.round(limitMs / 1000)} s`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  /**
   * Runs a named query in an auto-commit transaction: only for statements that manage their own
   * transactions (CALL { … } IN TRANSACTIONS), such as wiping a large database.
   */
  async autoCommit(name: string, params: Params = {}): Promise<Row[]> {
    this.notify(name, 'write', params);
    return closing(this.session('write'), name, async (session) => rows(await session.run(query(name), toParams(params) as Params)));
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
    if (this.parent) return this.parent.close();
    await this.bulkDriver?.close();
    await this.driver.close();
  }
}
