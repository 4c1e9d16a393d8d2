/**
 * Supervision of the embedded Neo4j for a long-running server: when the Java process dies (killed,
 * out of memory, crashed), it is started again on the same data directory and Bolt port, after a
 * back-off (1 s, 2 s, 4 s … at most 30 s), and the log says so each time. The driver reconnects by
 * itself (same address), so /ready comes back without a person. After `maxFailures` restarts in a
 * row that fail, the supervisor gives up and `onGiveUp` runs (the server exits non-zero, for a
 * process supervisor to act on). A clean stop() is never mistaken for a crash.
 */
import { startEmbeddedNeo4j, type EmbeddedNeo4j, type EmbeddedOptions } from './embedded.js';

export interface SupervisorOptions {
  log: (line: string) => void;
  /** Waits before successive restart attempts; the last repeats. */
  backoffMs?: readonly number[];
  /** Failed restarts in a row before giving up. */
  maxFailures?: number;
  /** An instance up this long resets the back-off. */
  stableMs?: number;
  onGiveUp?: (error: unknown) => void;
}

export interface SupervisedNeo4j extends EmbeddedNeo4j {
  /** Restarts so far. */
  readonly restarts: number;
  /** Resolves once the database is running again after a crash (for tests and health reporting). */
  whenRunning(): Promise<void>;
}

const BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000];

export async function startSupervisedNeo4j(opts: EmbeddedOptions, sup: SupervisorOptions): Promise<SupervisedNeo4j> {
  const backoff = sup.backoffMs ?? BACKOFF_MS;
  const maxFailures = sup.maxFailures ?? 10;
  const stableMs = sup.stableMs ?? 60_000;
  let current: EmbeddedNeo4j = await startEmbeddedNeo4j(opts);
  let startedAt = Date.now();
  let stopping = false;
  let restarts = 0;
  let failures = 0;
  let attempt = 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let markRunning: () => void = () => {};
  let finished!: (code: number | null) => void;
  const exited = new Promise<number | null>((resolve) => (finished = resolve));

  const watch = (instance: EmbeddedNeo4j) => {
    void instance.exited.then((code) => {
      if (stopping || instance !== current) return;
      running = new Promise<void>((resolve) => (markRunning = resolve));
      if (Date.now() - startedAt >= stableMs) attempt = 0;
      schedule(`embedded Neo4j (pid ${instance.pid}) exited unexpectedly (exit code ${code})`);
    });
  };

  const schedule = (why: string) => {
    const wait = backoff[Math.min(attempt, backoff.length - 1)];
    attempt++;
    sup.log(`${why}; restarting it in ${wait / 1000} s (attempt ${attempt}) on the same data directory and Bolt port`);
    timer = setTimeout(() => void restart(), wait);
  };

  const restart = async () => {
    if (stopping) return;
    try {
      const next = await startEmbeddedNeo4j(opts);
      if (stopping) {
        await next.stop();
        return;
      }
      current = next;
      startedAt = Date.now();
      restarts++;
      failures = 0;
      sup.log(`embedded Neo4j restarted (pid ${next.pid}, restart ${restarts}); the server serves again once it answers`);
      watch(next);
      markRunning();
    } catch (e) {
      failures++;
      if (failures >= maxFailures) {
        sup.log(`embedded Neo4j could not be restarted ${failures} times in a row (${(e as Error).message}); giving up`);
        stopping = true;
        finished(null);
        sup.onGiveUp?.(e);
        return;
      }
      schedule(`embedded Neo4j did not start (${(e as Error).message.split('\n')[0]})`);
    }
  };

  watch(current);
  return {
    uri: current.uri,
    get pid() {
      return current.pid;
    },
    get restarts() {
      return restarts;
    },
    exited,
    whenRunning: () => running,
    async stop() {
      stopping = true;
      clearTimeout(timer);
      await current.stop();
      finished(0);
    },
    async kill9() {
      await current.kill9();
    },
  };
}
