/**
 * Keeps one server's analysis graph (graph.ts) built and current.
 *
 * - Start-up: built in the background in one streamed pass (build.ts); until it is ready, impact
 *   and the other analyses are answered by the database walk (slower, same answers), and `/health`
 *   says so.
 * - Freshness: every akb write records what it changed with a new graph revision in the same
 *   transaction (db/database.ts, cypher/analysis/record-change.cypher). After a write through this
 *   server commits, the change is applied before the write returns (read-your-writes); writes
 *   through other servers are found by polling the revision (every `pollMs`, 500 ms by default:
 *   one indexed single-row read, whatever the request rate) and applied. A server answers from the
 *   graph only when, as far as its last poll knows, it holds the database's revision; while it is
 *   catching up a request waits for that, and while it rebuilds (a wiped or restored database, a
 *   change log it fell too far behind on, or an explicit refresh) requests use the database walk.
 * - Changes made outside akb (Neo4j Browser, a script) record no revision: `refresh()` (the
 *   `refreshAnalysisGraph` mutation) rebuilds every server's graph.
 */
import type { Database, GraphChange } from '../db/database.js';
import { buildAnalysisGraph, type BuildProgress } from './build.js';
import type { AnalysisGraph, EdgeAttrs } from './graph.js';
import { computeNameOrder, placeInOrder } from './name-order.js';

export type AnalysisState = 'building' | 'ready' | 'rebuilding' | 'failed';

export interface AnalysisStatus {
  state: AnalysisState;
  /** Whether requests are answered from the graph right now. */
  serving: boolean;
  revision: number | null;
  nodes: number;
  relationships: number;
  /** Build progress while building. */
  progress: BuildProgress | null;
  lastBuildSeconds: number | null;
  builtAt: string | null;
  /** Whether results are ordered by a precomputed name order (else by the collator, slower). */
  nameOrder: boolean;
  error: string | null;
}

export interface AnalysisOptions {
  pollMs?: number;
  log?: (line: string) => void;
  /** Rebuild in the background when this share of the nodes carries patched edges (default 5%). */
  compactRatio?: number;
  /**
   * Read the database's revision on every request instead of polling (the alternative the
   * benchmark measures: one more round trip per request; see README "Analysis graph").
   */
  checkEachRequest?: boolean;
}

/**
 * What one catch-up changed, for the caches kept on top of the graph (the appraisal scan): the ids
 * of the nodes it re-read and of every node at the other end of an edge it added or removed (before
 * and after), so a cache can rescore just what they touch.
 */
export interface AppliedChange {
  graph: AnalysisGraph;
  ids: ReadonlySet<string>;
}

export type ChangeListener = (change: AppliedChange) => void;

/** Up to this many re-ordered names are placed one by one; more recompute the order. */
const PLACE_ONE_BY_ONE = 200;

export class AnalysisService {
  private graph: AnalysisGraph | null = null;
  private state: AnalysisState = 'building';
  /** True while the held graph is known to be behind and a rebuild will replace it. */
  private stale = false;
  private dbReachable = true;
  private progress: BuildProgress | null = null;
  private error: string | null = null;
  private lastBuildSeconds: number | null = null;
  private builtAt: string | null = null;
  private building: Promise<void> | null = null;
  private syncing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;
  private stopped = false;
  private ordering: Promise<void> | null = null;
  private readonly log: (line: string) => void;
  /** See AnalysisOptions.checkEachRequest (a benchmark switches it to compare). */
  checkEachRequest: boolean;
  /** Background reads go through a listener-free handle (they belong to no request). */
  private readonly reader: Database;
  private readonly changeListeners = new Set<ChangeListener>();

  constructor(
    private readonly db: Database,
    private readonly opts: AnalysisOptions = {},
  ) {
    this.log = opts.log ?? (() => {});
    this.reader = db.internal();
    this.checkEachRequest = opts.checkEachRequest ?? false;
  }

  /** Starts the first build, the revision poll and read-your-writes. Returns at once. */
  start(): this {
    this.unsubscribe = this.db.onCommit(async (c) => {
      const g = this.graph;
      if (!g || this.building) return; // the build in progress catches up when it is done
      if (c.change.all || c.epoch !== g.epoch) {
        // A change of everything: answer from the database until rebuilt; the writer does not wait.
        this.stale = true;
        void this.rebuild('a change of everything');
        return;
      }
      if (g.revision >= c.revision) return;
      await this.sync();
    });
    void this.rebuild('start');
    this.timer = setInterval(() => void this.poll(), this.opts.pollMs ?? 500);
    this.timer.unref();
    return this;
  }

  /**
   * Calls `listener` after each set of changes is applied to the held graph (not on rebuilds: a
   * rebuilt graph is a new object, which caches keyed on the graph see). Returns the unsubscribe.
   */
  onApplied(listener: ChangeListener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.unsubscribe?.();
  }

  /** Resolves once a current graph is held (tests, benchmarks): built, not stale, caught up. */
  async ready(): Promise<void> {
    while (!this.stopped && (!this.graph || this.building || this.stale || this.syncing)) await new Promise((r) => setTimeout(r, 10));
  }

  /** Resolves once the name order is known too (benchmarks measure the steady state). */
  async ordered(): Promise<void> {
    await this.ready();
    while (this.ordering) await this.ordering;
  }

  /**
   * The graph to answer a request from, or null when the request must use the database (still
   * building, rebuilding a stale graph, or the database unreachable). Waits for a catch-up in flight.
   */
  async current(): Promise<AnalysisGraph | null> {
    if (this.checkEachRequest && this.graph && !this.building) {
      const [r] = await this.reader.read('analysis/revision');
      if ((r?.epoch ?? '') !== this.graph.epoch || Number(r?.revision ?? 0) !== this.graph.revision) await this.sync();
    }
    if (this.syncing) await this.syncing;
    if (!this.graph || this.stale || !this.dbReachable) return null;
    return this.graph;
  }

  status(): AnalysisStatus {
    const g = this.graph;
    return {
      state: this.state,
      serving: !!g && !this.stale && this.dbReachable,
      revision: g?.revision ?? null,
      nodes: g?.nodeCount ?? 0,
      relationships: g?.edgeCount ?? 0,
      progress: this.building ? this.progress : null,
      lastBuildSeconds: this.lastBuildSeconds,
      builtAt: this.builtAt,
      nameOrder: !!g?.nameOrder,
      error: this.error,
    };
  }

  /**
   * Rebuilds from the database, for changes made outside akb. The rebuild is recorded as a change
   * of everything, so every other server on the database rebuilds too.
   */
  async refresh(): Promise<AnalysisStatus> {
    await this.db.writeTransaction(async (tx) => tx.changed({ all: true }));
    this.stale = true;
    await this.rebuild('refresh');
    return this.status();
  }

  // ---- internals ----

  /** Builds a new graph in the background; the held one (if any) serves until it is swapped in. */
  private rebuild(reason: string): Promise<void> {
    if (this.building) return this.building;
    if (this.graph) this.state = 'rebuilding';
    const started = performance.now();
    this.building = (async () => {
      try {
        this.log(`analysis graph: building (${reason})…`);
        const g = await buildAnalysisGraph(this.reader, { progress: (p) => (this.progress = p) });
        if (this.stopped) return;
        this.graph = g;
        this.stale = false;
        this.state = 'ready';
        this.error = null;
        this.lastBuildSeconds = (performance.now() - started) / 1000;
        this.builtAt = new Date().toISOString();
        this.log(
          `analysis graph: ${g.nodeCount.toLocaleString('en')} nodes, ${g.edgeCount.toLocaleString('en')} relationships at revision ${g.revision} in ${this.lastBuildSeconds.toFixed(1)} s`,
        );
        this.orderNames(g);
      } catch (e) {
        this.error = (e as Error).message;
        this.state = this.graph ? 'ready' : 'failed';
        this.log(`analysis graph: build failed: ${this.error}`);
        // Try again later; the database walk answers meanwhile.
        if (!this.stopped) setTimeout(() => void this.rebuild('retry'), 5_000).unref();
      } finally {
        this.building = null;
        this.progress = null;
      }
      // Changes committed while it was built are applied now.
      if (this.graph && !this.stopped) await this.sync();
    })();
    return this.building;
  }

  private orderNames(g: AnalysisGraph) {
    const pendingBefore = g.version;
    const run = computeNameOrder(g)
      .then((order) => {
        g.nameOrder = order;
        // Nodes added or renamed while the worker sorted: place them (or order again).
        if (g.version !== pendingBefore) this.reorder(g, null);
      })
      .catch((e) => this.log(`analysis graph: name order failed: ${(e as Error).message}`))
      .finally(() => {
        if (this.ordering === run) this.ordering = null;
      });
    this.ordering = run;
  }

  /** Keeps the name order right after changes: a few placed one by one, many ordered again. */
  private reorder(g: AnalysisGraph, slots: number[] | null) {
    if (!g.nameOrder) return; // the worker's result will be placed after it arrives
    if (slots === null || slots.length > PLACE_ONE_BY_ONE) {
      g.nameOrder = null;
      this.orderNames(g);
      return;
    }
    for (const s of slots) g.nameOrder = placeInOrder(g, g.nameOrder, s);
  }

  private async poll() {
    if (this.stopped || this.building || this.syncing) return;
    try {
      const [r] = await this.reader.read('analysis/revision');
      this.dbReachable = true;
      const g = this.graph;
      if (!g) return;
      if ((r?.epoch ?? '') !== g.epoch || Number(r?.revision ?? 0) !== g.revision) await this.sync();
    } catch {
      // Unreachable: answer from the database walk (which reports the outage) until it is back.
      this.dbReachable = false;
    }
  }

  private queued: Promise<void> | null = null;

  /**
   * Brings the graph to the database's revision: applies the logged changes, or starts a rebuild
   * (and returns without waiting for it: meanwhile requests use the database). Callers arriving
   * while a catch-up runs share one more catch-up after it, which sees their commits.
   */
  private sync(): Promise<void> {
    if (this.building) return Promise.resolve();
    if (this.syncing) {
      return (this.queued ??= this.syncing.then(() => {
        this.queued = null;
        return this.sync();
      }));
    }
    const run = this.catchUp()
      .catch((e) => {
        this.log(`analysis graph: catching up failed (${(e as Error).message}); rebuilding`);
        this.stale = true;
        void this.rebuild('catch-up failed');
      })
      .finally(() => {
        if (this.syncing === run) this.syncing = null;
      });
    this.syncing = run;
    return run;
  }

  private async catchUp(): Promise<void> {
    const g = this.graph;
    if (!g) return;
    const { revision, epoch, changes } = await this.reader.readTransaction(async (tx) => {
      const [r] = await tx.run('analysis/revision');
      const revision = Number(r?.revision ?? 0);
      const epoch = (r?.epoch as string) ?? '';
      const changes = epoch === g.epoch && revision > g.revision ? await tx.run('analysis/changes-since', { since: g.revision, until: revision, epoch }) : [];
      return { revision, epoch, changes };
    });
    if (epoch === g.epoch && revision === g.revision) return;
    const parsed = changes.map((c) => JSON.parse(c.change as string) as GraphChange);
    // Another database (wiped, restored), a gap in the log, or a change of everything: rebuild.
    if (epoch !== g.epoch || revision < g.revision || parsed.length !== revision - g.revision || parsed.some((c) => c.all)) {
      this.stale = true;
      void this.rebuild(epoch !== g.epoch ? 'another database (wiped or restored)' : 'a change of everything');
      return;
    }
    await this.apply(g, parsed, revision);
    const limit = Math.max(20_000, g.size * (this.opts.compactRatio ?? 0.05));
    if (g.overlayCount > limit) void this.rebuild('compaction');
  }

  /** Re-reads what the changes name and patches the graph (read in one transaction, applied at once). */
  private async apply(g: AnalysisGraph, changes: GraphChange[], revision: number) {
    const nodes = new Set<string>();
    const rels = new Map<string, [string, string, string]>();
    const edgesOf = new Set<string>();
    for (const c of changes) {
      c.nodes.forEach((id) => nodes.add(id));
      c.edgesOf.forEach((id) => edgesOf.add(id));
      for (const r of c.relationships) {
        rels.set(`${r[0]}\u0000${r[1]}\u0000${r[2]}`, r);
        nodes.add(r[0]);
        nodes.add(r[2]);
      }
    }
    for (const id of edgesOf) nodes.add(id);
    const read = await this.reader.readTransaction(async (tx) => {
      const nodeRows = nodes.size ? await tx.run('analysis/node-state', { ids: [...nodes] }) : [];
      const relRows = rels.size
        ? await tx.run('analysis/relationship-state', { rels: [...rels.values()].map(([from, type, to]) => ({ from, type, to })) })
        : [];
      const edgeRows = edgesOf.size ? await tx.run('analysis/node-edges', { ids: [...edgesOf] }) : [];
      // Peers of re-read edges this graph does not hold yet (created outside the change list).
      const missing = [...new Set(edgeRows.flatMap((r) => [r.from as string, r.to as string]))].filter((id) => !nodes.has(id) && !g.has(id));
      const moreRows = missing.length ? await tx.run('analysis/node-state', { ids: missing }) : [];
      return { nodeRows: [...nodeRows, ...moreRows], relRows, edgeRows };
    });
    // Everything whose edges may change: the nodes re-read, the peers of their edges before and
    // after, and the ends of the relationships named (for the listeners' rescoring).
    const touched = new Set<string>(nodes);
    for (const r of read.nodeRows) touched.add(r.id as string);
    const peersOf = (id: string) => {
      const s = g.slot(id);
      if (s === undefined) return;
      for (const dir of ['out', 'in'] as const) {
        const l = g.edges(s, dir);
        for (let i = 0; i < l.length; i++) touched.add(g.ids[l.peer[i]]);
      }
    };
    const watching = this.changeListeners.size > 0;
    if (watching) for (const id of edgesOf) peersOf(id);
    if (watching) for (const r of read.nodeRows) if (!r.exists) peersOf(r.id as string);
    const reordered: number[] = [];
    for (const r of read.nodeRows) if (!r.exists) g.deleteNode(r.id as string);
    for (const r of read.nodeRows) {
      if (!r.exists) continue;
      const { slot, reorder } = g.setNode({
        id: r.id as string,
        name: (r.name as string) ?? '',
        kind: r.kind as string,
        componentKind: (r.componentKind as string) ?? null,
        province: (r.province as string) ?? null,
        provenance: r.provenance as string,
        level: (r.level as string) ?? null,
        hosting: (r.hosting as string) ?? null,
        hostingReason: (r.hostingReason as string) ?? null,
        nameEn: (r.nameEn as string) ?? null,
        capability: (r.capability as string) ?? null,
        abbreviations: (r.abbreviations as string[]) ?? null,
      });
      if (reorder) reordered.push(slot);
    }
    const attrsOf = (r: Record<string, unknown>): EdgeAttrs | undefined =>
      r.via || r.status ? { ...(r.via ? { via: r.via as string } : {}), ...(r.status ? { status: r.status as string } : {}) } : undefined;
    for (const id of edgesOf) g.clearEdges(id);
    for (const r of read.edgeRows) g.setEdge(r.from as string, r.type as string, r.to as string, r.provenance as string, attrsOf(r));
    for (const [from, type, to] of rels.values()) g.deleteEdge(from, type, to);
    for (const r of read.relRows) g.setEdge(r.from as string, r.type as string, r.to as string, r.provenance as string, attrsOf(r));
    g.revision = revision;
    if (reordered.length) this.reorder(g, reordered);
    if (watching) {
      for (const id of edgesOf) peersOf(id);
      for (const r of read.edgeRows) touched.add(r.from as string).add(r.to as string);
      for (const l of this.changeListeners) {
        try {
          l({ graph: g, ids: touched });
        } catch (e) {
          this.log(`analysis graph: a change listener failed: ${(e as Error).message}`);
        }
      }
    }
  }
}
