/**
 * The AKB_JWT_* variables (issue #7) are parsed and checked at startup: off unless a key source is
 * set, defaults for the claims, incomplete or contradictory settings refused. JWTs through the app:
 * tests/jwt.test.ts.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config/config.js';

const ISSUER = 'https://idp.test/realms/akb';
const AUDIENCE = 'akb';
const PUBLIC_PEM = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();

describe('AKB_JWT_* configuration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'akb-jwt-'));
  const keyFile = join(dir, 'idp.pem');
  writeFileSync(keyFile, PUBLIC_PEM);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is off unless a key source is set', () => {
    expect(loadConfig({}).jwt).toBeNull();
  });

  it('reads a PEM public key file, issuer, audience, claims and the role map', () => {
    const jwtConfig = loadConfig({
      AKB_JWT_PUBLIC_KEY_FILE: keyFile,
      AKB_JWT_ISSUER: ISSUER,
      AKB_JWT_AUDIENCE: AUDIENCE,
      AKB_JWT_ROLE_CLAIM: 'groups',
      AKB_JWT_ROLE_MAP: 'akb-readers=viewer, akb-architects=editor',
      AKB_JWT_NAME_CLAIM: 'email',
    }).jwt;
    expect(jwtConfig).toEqual({
      jwksUri: undefined,
      publicKey: PUBLIC_PEM,
      secret: undefined,
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: undefined,
      roleClaim: 'groups',
      roleMap: { 'akb-readers': 'viewer', 'akb-architects': 'editor' },
      nameClaim: 'email',
    });
  });

  it('defaults the role claim to akb_role and the name claim to preferred_username', () => {
    expect(loadConfig({ AKB_JWT_JWKS_URI: 'https://idp.test/certs', AKB_JWT_ISSUER: ISSUER, AKB_JWT_AUDIENCE: AUDIENCE }).jwt).toMatchObject({
      jwksUri: 'https://idp.test/certs',
      roleClaim: 'akb_role',
      roleMap: null,
      nameClaim: 'preferred_username',
    });
  });

  it('refuses incomplete or contradictory settings at startup', () => {
    const ok = { AKB_JWT_ISSUER: ISSUER, AKB_JWT_AUDIENCE: AUDIENCE };
    expect(() => loadConfig({ AKB_JWT_PUBLIC_KEY_FILE: keyFile, AKB_JWT_ISSUER: ISSUER })).toThrow(/AKB_JWT_ISSUER and AKB_JWT_AUDIENCE/);
    expect(() => loadConfig({ ...ok, AKB_JWT_PUBLIC_KEY_FILE: keyFile, AKB_JWT_JWKS_URI: 'https://idp.test/certs' })).toThrow(/only one of/);
    expect(() => loadConfig(ok)).toThrow(/no key to verify JWTs with/);
    expect(() => loadConfig({ ...ok, AKB_JWT_SECRET: 'short' })).toThrow(/at least 32 characters/);
    expect(() => loadConfig({ ...ok, AKB_JWT_PUBLIC_KEY_FILE: join(dir, 'missing.pem') })).toThrow(/cannot read/);
    expect(() => loadConfig({ ...ok, AKB_JWT_PUBLIC_KEY_FILE: keyFile, AKB_JWT_ROLE_MAP: 'akb-readers=reader' })).toThrow(/AKB_JWT_ROLE_MAP/);
  });
});
