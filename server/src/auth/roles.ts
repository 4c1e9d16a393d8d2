/**
 * Roles, ordered: each can do what the ones before it can.
 * - viewer: read the graph, run impact, duplication and (unsaved) appraisals;
 * - appraiser: also save appraisals;
 * - editor: also change the graph;
 * - admin: also manage API tokens.
 * Every mutation resolver calls `requireRole`; the web client hides what a role cannot do, the
 * server refuses it regardless.
 */
import { AkbError } from '../errors.js';

export const ROLES = ['viewer', 'appraiser', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  /** Token name (or "anonymous"), recorded in audit events. */
  name: string;
  /** null: no valid token. */
  role: Role | null;
  tokenId: string | null;
}

export const ANONYMOUS: Actor = { name: 'anonymous', role: null, tokenId: null };

export const atLeast = (role: Role | null, needed: Role) => role !== null && ROLES.indexOf(role) >= ROLES.indexOf(needed);

export function isRole(v: unknown): v is Role {
  return typeof v === 'string' && (ROLES as readonly string[]).includes(v);
}

/** Throws UNAUTHENTICATED without a valid token, FORBIDDEN when the role is too low. */
export function requireRole(actor: Actor, needed: Role, what: string): void {
  if (actor.role === null) throw new AkbError('UNAUTHENTICATED', `${what} needs an API token with role ${needed} or above (Authorization: Bearer …)`);
  if (!atLeast(actor.role, needed)) throw new AkbError('FORBIDDEN', `${what} needs role ${needed} or above; this token is ${actor.role}`);
}
