/**
 * API tokens: random (32 bytes, base64url, prefixed `akb_`), shown once, stored as a SHA-256 hash
 * in Neo4j, with a role, an optional expiry and revocation. Creating and revoking are audited in
 * the same transaction.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';
import { recordAudit } from '../db/audit.js';
import { AkbError } from '../errors.js';
import { ANONYMOUS, isRole, ROLES, type Actor, type Role } from './roles.js';

export const TOKEN_PREFIX = 'akb_';
const MAX_DAYS = 3650;

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * Valid tokens seen in the last few seconds, by hash, so a busy caller does not cost a database
 * read per request. Never longer than AKB_TOKEN_CACHE_MS (default 5 s), never past the token's
 * expiry; cleared when this process creates or revokes a token, so a revocation holds at once on
 * the server that made it and within that time on the others. Unknown and refused tokens are never
 * cached.
 */
const TOKEN_CACHE_MS = Math.max(0, Number(process.env.AKB_TOKEN_CACHE_MS ?? 5_000) || 0);
const TOKEN_CACHE_MAX = 10_000;
/** Per database (a process may talk to several: tests, restores), by token hash. */
const recentTokens = new WeakMap<Database, Map<string, { actor: Actor; until: number }>>();

/** Forgets every cached token of every database (a token was revoked or created here). */
export function forgetCachedTokens(): void {
  cacheGeneration++;
}
let cacheGeneration = 0;

export interface TokenInfo {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

export class TokenStore {
  /** The cache generation this store's view of the cache belongs to. */
  private generation = -1;

  constructor(private readonly db: Database) {}

  /** Creates a token; the returned `token` is the only time it is ever visible. */
  async create(actor: Actor, input: { role: string; name: string; expiresInDays?: number | null }): Promise<{ token: string; info: TokenInfo }> {
    const problems = [];
    if (!isRole(input.role)) problems.push({ where: 'role', message: `one of ${ROLES.join(', ')}`, value: input.role });
    if (typeof input.name !== 'string' || !input.name.trim() || input.name.length > 100)
      problems.push({ where: 'name', message: '1 to 100 characters', value: input.name });
    const days = input.expiresInDays ?? null;
    if (days !== null && (!Number.isInteger(days) || days < 1 || days > MAX_DAYS))
      problems.push({ where: 'expiresInDays', message: `a whole number of days, 1..${MAX_DAYS}`, value: days });
    if (problems.length) throw new AkbError('VALIDATION_FAILED', `token: ${problems.map((p) => `${p.where} ${p.message}`).join('; ')}`, problems);
    const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const now = new Date();
    const info: TokenInfo = {
      id: `token:${randomUUID()}`,
      name: input.name.trim(),
      role: input.role as Role,
      createdAt: now.toISOString(),
      expiresAt: days === null ? null : new Date(now.getTime() + days * 86_400_000).toISOString(),
      revokedAt: null,
    };
    forgetCachedTokens();
    await this.db.writeTransaction(async (tx) => {
      tx.changed({ none: true }); // tokens are not part of the graph
      await tx.run('auth/create-token', {
        id: info.id,
        hash: hashToken(token),
        name: info.name,
        role: info.role,
        at: info.createdAt,
        expiresAt: info.expiresAt,
      });
      await recordAudit(tx, { at: info.createdAt, actor: actor.name, operation: 'createToken', targets: [info.id], before: null, after: { ...info } });
    });
    return { token, info };
  }

  async revoke(actor: Actor, id: string): Promise<boolean> {
    forgetCachedTokens();
    try {
      return await this.db.writeTransaction(async (tx) => {
        const at = new Date().toISOString();
        tx.changed({ none: true });
        const [row] = await tx.run('auth/revoke-token', { id, at });
        if (!row) throw new AkbError('NOT_FOUND', `no token ${id}`, [{ where: 'id', message: 'no token has this id', value: id }]);
        await recordAudit(tx, { at, actor: actor.name, operation: 'revokeToken', targets: [id], before: null, after: { id, revokedAt: at } });
        return true;
      });
    } finally {
      // Again after the commit: a request in between may have cached the token while it was still valid.
      forgetCachedTokens();
    }
  }

  async list(): Promise<TokenInfo[]> {
    return (await this.db.read('auth/list-tokens', {})) as unknown as TokenInfo[];
  }

  async hasAdmin(): Promise<boolean> {
    const [row] = await this.db.read('auth/count-admin-tokens', {});
    return Number(row?.count ?? 0) > 0;
  }

  /** The actor a request's Authorization header stands for. A bad, revoked or expired token is an error, not anonymity. */
  async actorFor(authorization: string | null | undefined): Promise<Actor> {
    if (!authorization) return ANONYMOUS;
    const m = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!m || !m[1].startsWith(TOKEN_PREFIX) || m[1].length > 200)
      throw new AkbError('UNAUTHENTICATED', 'Authorization must be "Bearer akb_…" with a token this server issued');
    const hash = hashToken(m[1]);
    const now = Date.now();
    let cache = recentTokens.get(this.db);
    if (!cache || this.generation !== cacheGeneration) {
      cache = new Map();
      recentTokens.set(this.db, cache);
      this.generation = cacheGeneration;
    }
    const cached = cache.get(hash);
    if (cached && cached.until > now) return cached.actor;
    const [row] = await this.db.read('auth/token-by-hash', { hash });
    if (!row) throw new AkbError('UNAUTHENTICATED', 'unknown API token');
    if (!row.active) throw new AkbError('UNAUTHENTICATED', 'this API token is revoked or expired');
    const actor: Actor = { name: String(row.name), role: row.role as Role, tokenId: String(row.id) };
    if (TOKEN_CACHE_MS > 0) {
      const expires = typeof row.expiresAt === 'string' ? Date.parse(row.expiresAt) : Infinity;
      if (cache.size >= TOKEN_CACHE_MAX) cache.delete(cache.keys().next().value!);
      cache.set(hash, { actor, until: Math.min(now + TOKEN_CACHE_MS, expires) });
    }
    return actor;
  }
}
