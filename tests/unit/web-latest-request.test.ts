/**
 * LatestRequest (web/src/controllers/latest-request.ts), the views' "load on change, drop stale
 * answers" lifecycle, without a browser: a load starts only when its key changes; a newer load or
 * the view leaving the page aborts the one before and drops its answer; `settle` hands an answer
 * or a failure over only while its request is current, says when it is busy, and takes an abort
 * for no failure. And PageLoadValue: a list fetched once per page load reaches a view still on the
 * page, not one that left.
 */
import { describe, expect, it } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LatestRequest, type RequestTicket } from '../../web/src/controllers/latest-request.js';
import { PageLoadValue } from '../../web/src/controllers/page-load-value.js';

/** A host as Lit drives one: it keeps its controllers and counts update requests. */
function host() {
  const controllers: ReactiveController[] = [];
  const h = {
    updates: 0,
    addController: (c: ReactiveController) => void controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => void h.updates++,
    updateComplete: Promise.resolve(true),
    disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()),
    connect: () => controllers.forEach((c) => c.hostConnected?.()),
  };
  return h;
}

/** A promise settled from outside. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('LatestRequest', () => {
  it('loads when the key changes, not on every update; a retry loads whatever the key', () => {
    const h = host();
    let key = 'a';
    const loads: string[] = [];
    const r = new LatestRequest(h as unknown as ReactiveControllerHost, { key: () => key, load: () => void loads.push(key) });
    r.loadIfChanged();
    r.loadIfChanged();
    key = 'b';
    r.loadIfChanged();
    r.reload();
    expect(loads).toEqual(['a', 'b', 'b']);
    r.forget();
    r.loadIfChanged();
    expect(loads).toEqual(['a', 'b', 'b', 'b']);
  });

  it('a newer load aborts the one before and drops its late answer', async () => {
    const h = host();
    let key = 'first';
    const tickets: RequestTicket[] = [];
    const r = new LatestRequest(h as unknown as ReactiveControllerHost, { key: () => key, load: (t) => void tickets.push(t) });
    r.loadIfChanged();
    key = 'second';
    r.loadIfChanged();
    const [old, current] = tickets;
    expect(old.signal.aborted).toBe(true);
    expect(old.isCurrent()).toBe(false);
    expect(current.isCurrent()).toBe(true);
    const shown: string[] = [];
    const late = deferred<string>();
    const settled = old.settle(late.promise, { ok: (v) => shown.push(v), failed: () => shown.push('failed') });
    late.resolve('old answer');
    await settled;
    expect(shown).toEqual([]);
  });

  it('settle: busy while waiting, the answer or the failure while current, an abort is no failure', async () => {
    const h = host();
    const tickets: RequestTicket[] = [];
    const r = new LatestRequest(h as unknown as ReactiveControllerHost, { key: () => 'k', load: (t) => void tickets.push(t) });
    r.loadIfChanged();
    const t = tickets[0];
    const seen: string[] = [];
    const on = {
      ok: (v: string) => seen.push(`ok ${v}`),
      failed: (e: unknown) => seen.push(`failed ${(e as Error).message}`),
      busy: (b: boolean) => seen.push(`busy ${b}`),
    };
    await t.settle(Promise.resolve('yes'), on);
    await t.settle(Promise.reject(new Error('no')), on);
    const abort = Object.assign(new Error('aborted'), { name: 'AbortError' });
    await t.settle(Promise.reject(abort), on);
    expect(seen).toEqual(['busy true', 'ok yes', 'busy false', 'busy true', 'failed no', 'busy false', 'busy true', 'busy false']);
  });

  it('leaving the page outdates the request; back on the page the key loads again', async () => {
    const h = host();
    const tickets: RequestTicket[] = [];
    const r = new LatestRequest(h as unknown as ReactiveControllerHost, { key: () => 'same', load: (t) => void tickets.push(t) });
    r.loadIfChanged();
    const pending = deferred<number>();
    const busy: boolean[] = [];
    const settled = tickets[0].settle(pending.promise, { ok: () => busy.push(true), failed: () => undefined, busy: (b) => busy.push(b) });
    h.disconnect();
    expect(tickets[0].signal.aborted).toBe(true);
    pending.resolve(1);
    await settled;
    // Only "busy" at the start: neither the answer nor the end of a request no longer wanted.
    expect(busy).toEqual([true]);
    h.connect();
    expect(h.updates).toBe(1);
    r.loadIfChanged();
    expect(tickets).toHaveLength(2);
  });
});

describe('PageLoadValue', () => {
  it('holds the initial value, then the answer and an update, while the view is on the page', async () => {
    const h = host();
    const answer = deferred<string[]>();
    const v = new PageLoadValue(h as unknown as ReactiveControllerHost, () => answer.promise, [] as string[]);
    h.connect();
    expect(v.value).toEqual([]);
    answer.resolve(['arch:v2', 'arch:v3']);
    await answer.promise;
    await Promise.resolve();
    expect(v.value).toEqual(['arch:v2', 'arch:v3']);
    expect(h.updates).toBe(1);
  });

  it('an answer after the view left changes nothing; a failure leaves the initial value', async () => {
    const h = host();
    const answer = deferred<string[]>();
    const v = new PageLoadValue(h as unknown as ReactiveControllerHost, () => answer.promise, ['none']);
    h.connect();
    h.disconnect();
    answer.resolve(['late']);
    await answer.promise;
    await Promise.resolve();
    expect(v.value).toEqual(['none']);
    expect(h.updates).toBe(0);
    const failing = new PageLoadValue(h as unknown as ReactiveControllerHost, () => Promise.reject(new Error('offline')), ['kept']);
    h.connect();
    await new Promise((r) => setTimeout(r, 0));
    expect(failing.value).toEqual(['kept']);
  });
});
