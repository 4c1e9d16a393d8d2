import { ApiError } from '../api/client.js';
import type { RequestTicket } from './latest-request.js';

/** What a view shows for one thing it loads: nothing asked yet, waiting, the answer, or the error. */
export type Load<T> = { state: 'idle' } | { state: 'loading' } | { state: 'ok'; value: T } | { state: 'error'; error: ApiError };

/** Any failure as an ApiError (a network or programming error becomes INTERNAL), for <kb-error>. */
export const asApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(String((e as Error)?.message ?? e), 'INTERNAL'));

/**
 * Follows one request of `ticket` into a `Load`: `set` gets `loading` now, then the answer or the
 * error, only while the ticket is current (a newer request or the view's leaving drops them).
 */
export function settleLoad<T>(ticket: RequestTicket, answer: Promise<T>, set: (load: Load<T>) => void): Promise<void> {
  set({ state: 'loading' });
  return ticket.settle(answer, { ok: (value) => set({ state: 'ok', value }), failed: (e) => set({ state: 'error', error: asApiError(e) }) });
}
