/**
 * `npm start`: the database (embedded Neo4j unless NEO4J_URI is set), the schema, the fixtures when
 * the database is empty, then web + GraphQL on PORT. Ctrl-C / SIGTERM drains HTTP, closes the
 * driver and stops the embedded database.
 */
import { createServer } from 'node:http';
import { loadConfig } from './config/config.js';
import { bootDatabase } from './boot.js';
import { AkbError } from './errors.js';
import { EmbeddedNeo4jError } from './neo4j/embedded.js';
import { createApp } from './http/app.js';
import { TokenStore } from './auth/tokens.js';
import { AnalysisService } from './analysis/service.js';

async function main() {
  const config = loadConfig();
  const t0 = Date.now();
  const booted = await bootDatabase(config, {
    log: (s) => console.log(`akb: ${s}`),
    // When the embedded database cannot be brought back, exit non-zero: a process supervisor
    // (systemd, Docker's restart policy) restarts the whole server.
    supervise: { onGiveUp: () => process.exit(1) },
  });
  // The first start creates an admin token and prints it once: nobody else can see it again.
  const tokens = new TokenStore(booted.db);
  if (!(await tokens.hasAdmin())) {
    const { token, info } = await tokens.create({ name: 'first-start', role: 'admin', tokenId: null }, { role: 'admin', name: 'first admin' });
    console.log(`akb: created the first admin token (${info.id}); it is shown only now, keep it safe:\n\n    ${token}\n`);
    console.log('akb: make more with `npm run token -- create --role editor --name NAME` (server stopped) or the createToken mutation.');
  }
  // The analysis graph builds in the background; until it is ready analyses run on the database.
  const analysis = new AnalysisService(booted.db, { log: (s) => console.log(`akb: ${s}`) }).start();
  const yoga = createApp({
    analysis,
    db: booted.db,
    production: config.production,
    publicRead: config.publicRead,
    introspection: config.introspection,
    corsOrigins: config.corsOrigins,
    rateLimit: { requests: config.rateLimitPerMinute, windowMs: 60_000 },
    jwt: config.jwt,
    allowedHosts: config.allowedHosts,
    trustedProxies: config.trustedProxies,
    concurrency: config.concurrency,
    persistedOperations: config.persistedOperations,
    oidc: config.oidc,
  });
  if (config.persistedOperations)
    console.log(
      `akb: only the operations listed in ${config.persistedOperations.file} run${config.persistedOperations.bypassRole ? ` (callers with role ${config.persistedOperations.bypassRole} or above may send any)` : ''}`,
    );
  if (config.jwt) console.log(`akb: JWTs from ${config.jwt.issuer} (audience ${config.jwt.audience}) accepted next to API tokens`);
  if (!config.publicRead) console.log('akb: reads need a token (AKB_PUBLIC_READ=false, or the server is not on loopback)');
  console.log(`akb: answering for host names ${config.allowedHosts.join(', ')} (AKB_ALLOWED_HOSTS)`);
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const shown = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
  console.log(`akb ready on http://${shown}:${config.port} (GraphQL at /graphql) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`akb: ${signal}: shutting down…`);
    const force = setTimeout(() => server.closeAllConnections(), 10_000);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    clearTimeout(force);
    analysis.stop();
    await booted.shutdown();
    console.log('akb: stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e) => {
  if (e instanceof EmbeddedNeo4jError || e instanceof AkbError) console.error(`akb: ${e.message}`);
  else if (e?.code === 'EADDRINUSE') console.error(`akb: port ${e.port} is in use; set PORT to another port.`);
  else console.error('akb: could not start:', e);
  process.exit(1);
});
