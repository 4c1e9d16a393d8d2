/**
 * Domain errors as GraphQL errors, at the edge: the code in `extensions.code`, the field problems
 * in `extensions.problems`, and the HTTP status a whole request answers with.
 */
import { GraphQLError } from 'graphql';
import type { AkbError } from '../errors.js';

export function toGraphQLError(e: AkbError): GraphQLError {
  return new GraphQLError(e.message, {
    extensions: {
      code: e.code,
      ...(e.problems.length ? { problems: e.problems } : {}),
      // A request refused as a whole (no valid token) answers 401 rather than 200.
      ...(e.code === 'UNAUTHENTICATED' ? { http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } } : {}),
      // Neo4j away: fail fast with 503 so balancers and clients retry elsewhere or later.
      ...(e.code === 'DATABASE_UNAVAILABLE' ? { http: { status: 503, headers: { 'retry-after': '5' } } } : {}),
      // Shedding load: 503 with when to come back, so a client waits instead of piling on.
      ...(e.code === 'OVERLOADED' ? { http: { status: 503, headers: { 'retry-after': String(e.retryAfterSeconds ?? 1) } } } : {}),
    },
    originalError: e,
  });
}
