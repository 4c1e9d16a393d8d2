/**
 * akb's own error types. Every error that reaches a GraphQL client carries one of these codes in
 * `extensions.code`; driver errors are mapped here and nowhere else.
 */
import { GraphQLError } from 'graphql';

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

  toGraphQLError(): GraphQLError {
    return new GraphQLError(this.message, {
      extensions: {
        code: this.code,
        ...(this.problems.length ? { problems: this.problems } : {}),
        // A request refused as a whole (no valid token) answers 401 rather than 200.
        ...(this.code === 'UNAUTHENTICATED' ? { http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } } : {}),
        // Neo4j away: fail fast with 503 so balancers and clients retry elsewhere or later.
        ...(this.code === 'DATABASE_UNAVAILABLE' ? { http: { status: 503, headers: { 'retry-after': '5' } } } : {}),
        // Shedding load: 503 with when to come back, so a client waits instead of piling on.
        ...(this.code === 'OVERLOADED' ? { http: { status: 503, headers: { 'retry-after': String(this.retryAfterSeconds ?? 1) } } } : {}),
      },
      originalError: this,
    });
  }
}

interface DriverLikeError {
  code?: string;
  message?: string;
  name?: string;
}

/** Maps a neo4j-driver error to an AkbError; unknown errors become INTERNAL. */
export function mapDriverError(e: unknown, queryName: string): AkbError {
  if (e instanceof AkbError) return e;
  const err = (e ?? {}) as DriverLikeError;
  const code = err.code ?? '';
  const msg = err.message ?? String(e);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|Could not perform discovery|connection.*(closed|refused)/i.test(msg)) {
    return new AkbError('DATABASE_UNAVAILABLE', 'The database is not reachable right now; try again shortly.', [], { cause: e });
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AkbError('CONFLICT', `A record with that id already exists (${queryName}).`, [], { cause: e });
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code.includes('TransactionTimedOut')) {
    return new AkbError('TIMEOUT', `The query ${queryName} took too long and was stopped.`, [], { cause: e });
  }
  return new AkbError('INTERNAL', `Database error in ${queryName}: ${msg}`, [], { cause: e });
}
