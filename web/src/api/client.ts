/**
 * All data fetching of the client goes through here: one POST to /graphql per call, errors turned
 * into `ApiError` with the server's `extensions.code` and located `problems`. Elements never call
 * fetch themselves; views call these functions and hand the results to elements by property.
 */
import type { TypedDocumentString } from '../generated/graphql/graphql.js';

export interface Problem {
  where: string;
  message: string;
  value?: unknown;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
  }
}

let endpoint = '/graphql';

/** Where the API token is kept: this browser tab only (the edit view sets it). */
export const TOKEN_KEY = 'akb.editorToken';

function storedToken(): string | null {
  try {
    return globalThis.sessionStorage?.getItem(TOKEN_KEY) || null;
  } catch {
    return null;
  }
}

let token: string | null = storedToken();

/** For tests and for a client served from elsewhere. */
export function configureApi(opts: { endpoint?: string; token?: string | null }) {
  if (opts.endpoint) endpoint = opts.endpoint;
  if (opts.token !== undefined) token = opts.token;
}

/** The GraphQL endpoint and the Authorization header, for requests that are not JSON GraphQL (uploads, downloads). */
export function apiTarget(): { endpoint: string; headers: Record<string, string> } {
  return { endpoint, headers: token ? { authorization: `Bearer ${token}` } : {} };
}

/**
 * Runs one operation. A document from `graphql(...)` (web/src/generated/graphql/) carries its
 * result and variable types, generated from the server's schema and the operation.
 */
export async function gql<T, V>(query: TypedDocumentString<T, V>, variables?: V, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: query.toString(), variables: variables ?? {} }),
      signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(`network: ${(e as Error).message}`, 'NETWORK');
  }
  const body = (await res.json().catch(() => null)) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string; problems?: Problem[] } }[];
  } | null;
  if (!body) throw new ApiError(`HTTP ${res.status}`, res.status === 503 ? 'DATABASE_UNAVAILABLE' : 'INTERNAL');
  if (body.errors?.length) {
    const e = body.errors[0];
    throw new ApiError(e.message, e.extensions?.code ?? 'INTERNAL', e.extensions?.problems ?? []);
  }
  return body.data as T;
}
