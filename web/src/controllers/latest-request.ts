import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** One request's ticket: its abort signal, and whether its answer is still wanted. */
export interface RequestTicket {
  readonly signal: AbortSignal;
  /** False once a newer request started or the view left the page: drop the answer. */
  isCurrent(): boolean;
  /**
   * Waits for `answer` and hands it to `ok`, or its failure to `failed` (an abort is no failure),
   * only while this ticket is current; `busy(true)` first, `busy(false)` at the end if still current.
   */
  settle<T>(answer: Promise<T>, on: { ok: (value: T) => void; failed: (error: unknown) => void; busy?: (busy: boolean) => void }): Promise<void>;
}

/**
 * "Load on change, drop stale answers", the lifecycle every view shares: the view says what its
 * answer depends on (`key`) and how to load it; `loadIfChanged()`, called from `willUpdate` (so
 * the load's first state changes land in the same render), starts a load when the key differs from
 * the last one. Each load gets a ticket; starting another, or the view leaving the page, aborts
 * the one before and makes its answer stale, so a slow old answer never overwrites a newer one or
 * renders into a detached view. Back on the page, the view loads again what its key asks for.
 */
export class LatestRequest implements ReactiveController {
  private lastKey = '';
  private generation = 0;
  private abort: AbortController | null = null;
  private ticket: RequestTicket;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: { key: () => string; load: (ticket: RequestTicket) => Promise<void> | void },
  ) {
    host.addController(this);
    this.ticket = this.makeTicket();
  }

  /** Starts a load when the key changed since the last one (call from the host's `willUpdate`). */
  loadIfChanged(): void {
    const key = this.options.key();
    if (key === this.lastKey) return;
    this.lastKey = key;
    void this.options.load(this.next());
  }

  /** Loads again now, whatever the key (a retry). */
  reload(): void {
    void this.options.load(this.next());
  }

  /** Forgets the last key, so the next `loadIfChanged()` loads again (after a write, say). */
  forget(): void {
    this.lastKey = '';
  }

  /** A new request: aborts and outdates the one before. */
  next(): RequestTicket {
    this.abort?.abort();
    this.ticket = this.makeTicket();
    return this.ticket;
  }

  /** The current request's ticket, to continue it (a next page) without outdating it. */
  get current(): RequestTicket {
    return this.ticket;
  }

  hostConnected(): void {
    // Reconnected after a removal: load again what the key asks for.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // An answer arriving after the view left the page must not render into a detached view.
    this.abort?.abort();
    this.generation++;
    this.lastKey = '';
  }

  private makeTicket(): RequestTicket {
    const generation = ++this.generation;
    const abort = (this.abort = new AbortController());
    const isCurrent = () => generation === this.generation;
    return {
      signal: abort.signal,
      isCurrent,
      async settle(answer, on) {
        on.busy?.(true);
        try {
          const value = await answer;
          if (isCurrent()) on.ok(value);
        } catch (e) {
          if (isCurrent() && (e as Error)?.name !== 'AbortError') on.failed(e);
        } finally {
          if (isCurrent()) on.busy?.(false);
        }
      },
    };
  }
}
