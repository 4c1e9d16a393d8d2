/**
 * akb's own error types, for every layer: what went wrong (a code), why in English and Vietnamese
 * where a field is at fault. The transport maps them at the edge (server/src/http/graphql-errors.ts:
 * `extensions.code`, HTTP statuses); the database layer maps driver errors to them
 * (server/src/db/driver-errors.ts).
 */
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'DATABASE_UNAVAILABLE'
  | 'TIMEOUT'
  /** A request's variables do not fit their declared types (graphql-js coercion). */
  | 'BAD_USER_INPUT'
  /** A body, an upload or what an import reads is past a configured limit. */
  | 'PAYLOAD_TOO_LARGE'
  /** Too many requests from one caller (rate limit). */
  | 'RATE_LIMITED'
  /** The server sheds load: too many requests in progress, or another import being read. */
  | 'OVERLOADED'
  | 'INTERNAL';

export interface FieldProblem {
  /** Where: a field path, file/record, sheet/row/column. */
  where: string;
  /** Why, in English. */
  message: string;
  /** Why, in Vietnamese, when there is one. */
  messageVi?: string;
  value?: unknown;
}

export class AkbError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems: FieldProblem[] = [],
    options?: { cause?: unknown; retryAfterSeconds?: number },
  ) {
    super(message, options);
    this.name = 'AkbError';
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }

  /** For OVERLOADED: when to try again (the Retry-After header). */
  readonly retryAfterSeconds?: number;
}
