import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever the working directory. */
export const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

export interface Neo4jTarget {
  uri: string;
  username?: string;
  password?: string;
  database?: string;
}

export interface Config {
  port: number;
  host: string;
  /** External Neo4j when set; otherwise the embedded one is started. */
  neo4j: Neo4jTarget | null;
  dataDir: string;
  boltPort: number;
  pageCacheMb: number;
  heapMb: number;
  loadExamples: boolean;
  production: boolean;
  /** Reads without a token: by default only when the server listens on loopback. */
  publicRead: boolean;
  introspection: boolean;
  corsOrigins: string[];
  /** Requests per minute per caller (token, else IP). */
  rateLimitPerMinute: number;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

function bool(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'yes'].includes(value.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(value.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got ${JSON.stringify(value)}`);
}

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535 * 1024) {
    throw new Error(`${name} must be a whole number, got ${JSON.stringify(value)}`);
  }
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const uri = env.NEO4J_URI?.trim();
  return {
    port: int('PORT', env.PORT, 4000),
    host: env.AKB_HOST ?? '127.0.0.1',
    neo4j: uri
      ? { uri, username: env.NEO4J_USERNAME, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE || undefined }
      : null,
    dataDir: resolve(env.AKB_DATA_DIR ?? join(ROOT, 'data', 'neo4j')),
    boltPort: int('AKB_BOLT_PORT', env.AKB_BOLT_PORT, 7687),
    pageCacheMb: int('AKB_PAGECACHE_MB', env.AKB_PAGECACHE_MB, 512),
    heapMb: int('AKB_HEAP_MB', env.AKB_HEAP_MB, 1024),
    loadExamples: env.AKB_EXAMPLES !== '0',
    production: env.NODE_ENV === 'production',
    publicRead: bool('AKB_PUBLIC_READ', env.AKB_PUBLIC_READ, LOOPBACK.has(env.AKB_HOST ?? '127.0.0.1')),
    introspection: bool('AKB_INTROSPECTION', env.AKB_INTROSPECTION, env.NODE_ENV !== 'production'),
    corsOrigins: (env.AKB_CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    rateLimitPerMinute: int('AKB_RATE_LIMIT', env.AKB_RATE_LIMIT, 600),
  };
}
