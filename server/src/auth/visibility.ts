/**
 * Field rules for values that leave the server outside the typed node fields: audit events'
 * before/after, a saved appraisal's proposal, exports. A property the model marks `sensitive` (a
 * system's security level) is read by appraisers and above only, whichever path returns it; token
 * records (who holds which role) are for admins only.
 */
import { COMMON_PROPS, KINDS, REL_COMMON_PROPS, RELATIONSHIPS } from '../model/model.js';
import { atLeast, type Actor } from './roles.js';

/** Every property name the model marks sensitive, on any kind or relationship type. */
export const SENSITIVE_KEYS: ReadonlySet<string> = new Set(
  [COMMON_PROPS, REL_COMMON_PROPS, ...KINDS.map((k) => k.props), ...RELATIONSHIPS.map((r) => r.props ?? {})].flatMap((props) =>
    Object.entries(props)
      .filter(([, p]) => p.sensitive)
      .map(([name]) => name),
  ),
);

/** Audit operations about API tokens: their events name a token and its role. */
export const TOKEN_OPERATIONS: readonly string[] = ['createToken', 'revokeToken'];

export const mayReadSensitive = (actor: Actor) => atLeast(actor.role, 'appraiser');

/**
 * A deep copy of `value` without sensitive properties, at any depth (an audit event's `before` can
 * be a node, `{node, relationships}` or an import's map of previous records). Unchanged for
 * appraisers and above.
 */
export function withoutSensitiveFields<T>(value: T, actor: Actor): T {
  if (mayReadSensitive(actor) || SENSITIVE_KEYS.size === 0) return value;
  return strip(value) as T;
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !SENSITIVE_KEYS.has(k))
      .map(([k, v]) => [k, strip(v)]),
  );
}
