import { ApiError } from '../api/client.js';

/** What a view shows for one thing it loads: nothing asked yet, waiting, the answer, or the error. */
export type Load<T> = { state: 'idle' } | { state: 'loading' } | { state: 'ok'; value: T } | { state: 'error'; error: ApiError };

/** Any failure as an ApiError (a network or programming error becomes INTERNAL), for <kb-error>. */
export const asApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(String((e as Error)?.message ?? e), 'INTERNAL'));
