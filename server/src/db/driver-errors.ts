/** neo4j-driver errors mapped to akb's own, here and nowhere else. */
import { AkbError } from '../errors.js';

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
