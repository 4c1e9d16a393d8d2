/**
 * `npm start`: the database (embedded Neo4j unless NEO4J_URI is set), the schema, the fixtures when
 * the database is empty, then web + GraphQL on PORT. Ctrl-C / SIGTERM drains HTTP, closes the
 * driver and stops the embedded database.
 */
import { createServer } from 'node:http';
import { loadConfig } from './config/config.js';
import { bootDatabase } from './boot.js';
import { AkbError } from './db/errors.js';
import { EmbeddedNeo4jError } from './neo4j/embedded.js';
import { createApp } from './http/app.js';

async function main() {
  const config = loadConfig();
  const t0 = Date.now();
  const booted = await bootDatabase(config, { log: (s) => console.log(`akb: ${s}`) });
  const yoga = createApp({ db: booted.db, production: config.production });
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
