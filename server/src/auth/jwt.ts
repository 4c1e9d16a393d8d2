/**
 * Optional JWTs from an identity provider (issue #7), next to akb's own API tokens. When JWT is
 * configured (AKB_JWT_*), a bearer that has the shape of a JWT (three base64url parts) is verified
 * with `jose` against the configured key (a JWKS URL, a PEM public key or an HMAC secret), the
 * issuer and the audience; its role claim is mapped to akb's roles, the highest one wins. Every
 * other bearer is an akb API token as before. A JWT that fails any check is refused with
 * UNAUTHENTICATED (401), like a bad API token, with a message that says which check failed.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { AkbError } from '../errors.js';
import { ANONYMOUS, ROLES, isRole, type Actor, type Role } from './roles.js';
import type { TokenStore } from './tokens.js';

/** How JWTs are verified (read from AKB_JWT_* by server/src/config/config.ts). */
export interface JwtConfig {
  /** The identity provider's JWKS (fetched and cached). */
  jwksUri?: string;
  /** A PEM public key (SPKI, PKCS#1 or an X.509 certificate), for RS/PS/ES/EdDSA without a network. */
  publicKey?: string;
  /** A shared secret, for HS256. */
  secret?: string;
  /** Required `iss`. */
  issuer: string;
  /** Required `aud` (one of the token's audiences). */
  audience: string;
  /** Accepted `alg`s; default by key source. */
  algorithms?: string[];
  /** The claim holding the caller's role name(s): a string, a space/comma list or an array; exact name or dotted path. */
  roleClaim: string;
  /** IdP role name → akb role; null: the claim must hold akb's own role names. */
  roleMap: Record<string, Role> | null;
  /** The claim naming the caller in audit events, next to `sub`. */
  nameClaim: string;
}

/** Algorithms accepted unless AKB_JWT_ALGORITHMS says otherwise: asymmetric for keys, HS256 for a secret. */
export const DEFAULT_ASYMMETRIC_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];
export const DEFAULT_SECRET_ALGORITHMS = ['HS256'];

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const MAX_JWT_LENGTH = 16_384;
const MAX_NAME = 100;

/** The bearer credential of an Authorization header, or null when there is none in that form. */
export function bearer(authorization: string | null | undefined): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
  return m ? m[1] : null;
}

/** Three base64url parts separated by dots; akb API tokens (`akb_` + base64url) never have a dot. */
export const looksLikeJwt = (token: string | null): token is string => token !== null && token.length <= MAX_JWT_LENGTH && JWT_SHAPE.test(token);

const refused = (why: string) => new AkbError('UNAUTHENTICATED', `JWT refused: ${why}`);

/** A claim by its exact name (`https://idp/roles`), else by a dotted path (`realm_access.roles`). */
function claim(payload: JWTPayload, name: string): unknown {
  if (Object.hasOwn(payload, name)) return payload[name];
  let value: unknown = payload;
  for (const part of name.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Printable, bounded text for an audit record. */
const clean = (s: string) =>
  s
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim()
    .slice(0, MAX_NAME);

export class JwtVerifier {
  private readonly key: KeyObject | Uint8Array | JWTVerifyGetKey;
  private readonly algorithms: string[];

  constructor(private readonly config: JwtConfig) {
    const sources = [config.jwksUri, config.publicKey, config.secret].filter((s) => s !== undefined && s !== '');
    if (sources.length !== 1) throw new Error('JWT: configure exactly one of a JWKS URL, a PEM public key or a secret');
    if (config.jwksUri) this.key = createRemoteJWKSet(new URL(config.jwksUri));
    else if (config.publicKey) this.key = createPublicKey(config.publicKey);
    else this.key = new TextEncoder().encode(config.secret);
    this.algorithms = config.algorithms?.length ? config.algorithms : config.secret ? DEFAULT_SECRET_ALGORITHMS : DEFAULT_ASYMMETRIC_ALGORITHMS;
  }

  /** The actor a verified JWT stands for; UNAUTHENTICATED when any check fails or no role maps. */
  async actorFor(token: string): Promise<Actor> {
    const payload = await this.verify(token);
    const role = this.roleOf(payload);
    const sub = clean(String(payload.sub));
    const named = claim(payload, this.config.nameClaim);
    const name = typeof named === 'string' && clean(named) && clean(named) !== sub ? clean(named) : null;
    return { name: name ? `jwt:${sub} (${name})` : `jwt:${sub}`, role, tokenId: null };
  }

  private async verify(token: string): Promise<JWTPayload> {
    const options = {
      issuer: this.config.issuer,
      audience: this.config.audience,
      algorithms: this.algorithms,
      requiredClaims: ['sub', 'exp'],
      clockTolerance: 30,
    };
    try {
      const { payload } = typeof this.key === 'function' ? await jwtVerify(token, this.key, options) : await jwtVerify(token, this.key, options);
      if (typeof payload.sub !== 'string' || !clean(payload.sub)) throw refused('the "sub" claim must be a non-empty string');
      return payload;
    } catch (e) {
      throw this.explain(e);
    }
  }

  /** jose's errors, told in terms of what the caller or the operator can fix. */
  private explain(e: unknown): AkbError {
    if (e instanceof AkbError) return e;
    if (e instanceof errors.JWTExpired) return refused('it has expired');
    if (e instanceof errors.JWTClaimValidationFailed) {
      if (e.claim === 'iss') return refused(`issuer must be ${this.config.issuer}`);
      if (e.claim === 'aud') return refused(`audience must be ${this.config.audience}`);
      if (e.claim === 'nbf') return refused('it is not valid yet (nbf)');
      if (e.reason === 'missing') return refused(`the "${e.claim}" claim is missing`);
      return refused(`the "${e.claim}" claim is invalid`);
    }
    if (e instanceof errors.JWSSignatureVerificationFailed) return refused('the signature does not verify with the identity provider’s key');
    if (e instanceof errors.JOSEAlgNotAllowed) return refused(`the algorithm must be one of ${this.algorithms.join(', ')}`);
    if (e instanceof errors.JWKSNoMatchingKey || e instanceof errors.JWKSMultipleMatchingKeys)
      return refused('no key of the identity provider matches its header (kid/alg)');
    if (e instanceof errors.JWKSTimeout || e instanceof errors.JWKSInvalid)
      return refused('the identity provider’s keys could not be fetched; try again later');
    if (e instanceof errors.JOSEError) return refused('it is malformed');
    // A network failure fetching the JWKS, or anything unforeseen: still a refused credential, not a 500.
    return new AkbError('UNAUTHENTICATED', 'JWT refused: it could not be verified', [], { cause: e });
  }

  /** The highest akb role any of the token's role names maps to. */
  private roleOf(payload: JWTPayload): Role {
    const raw = claim(payload, this.config.roleClaim);
    const names = (Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[\s,]+/) : []).filter((n): n is string => typeof n === 'string' && n !== '');
    const mapped = names.map((n) => (this.config.roleMap ? this.config.roleMap[n] : isRole(n) ? n : undefined)).filter((r): r is Role => r !== undefined);
    if (!mapped.length) {
      const accepted = this.config.roleMap ? Object.keys(this.config.roleMap) : ROLES;
      throw refused(`its "${this.config.roleClaim}" claim names no role akb accepts (${accepted.join(', ')})`);
    }
    return mapped.reduce((a, b) => (ROLES.indexOf(b) > ROLES.indexOf(a) ? b : a));
  }
}

/**
 * Who an Authorization header stands for: a JWT when JWT is configured and the bearer has a JWT's
 * shape, else an akb API token. No header is anonymous; anything wrong is UNAUTHENTICATED.
 */
export function authenticator(tokens: TokenStore, jwt: JwtVerifier | null): (authorization: string | null | undefined) => Promise<Actor> {
  return async (authorization) => {
    if (!authorization) return ANONYMOUS;
    const token = bearer(authorization);
    if (looksLikeJwt(token)) {
      if (!jwt) throw new AkbError('UNAUTHENTICATED', 'this server accepts no JWTs (no identity provider is configured); send an akb API token (Bearer akb_…)');
      return jwt.actorFor(token);
    }
    return tokens.actorFor(authorization);
  };
}
