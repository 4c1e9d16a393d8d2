/**
 * The load generator, in its own process so it does not share the server's event loop or core
 * (bench/common.ts `generateLoad` starts it): autocannon against a URL with a rotating list of
 * request bodies. Input: one JSON argument {url, connections, seconds, headers?, bodies: string[]}.
 * Output: autocannon's result as one JSON line on stdout.
 */
import autocannon from 'autocannon';

const spec = JSON.parse(process.argv[2] ?? '{}') as { url: string; connections: number; seconds: number; headers?: Record<string, string>; bodies: string[] };
let k = 0;
const result = await autocannon({
  url: spec.url,
  connections: spec.connections,
  duration: spec.seconds,
  method: 'POST',
  headers: { 'content-type': 'application/json', ...spec.headers },
  requests: [{ setupRequest: (req) => ({ ...req, body: spec.bodies[k++ % spec.bodies.length] }) }],
});
process.stdout.write(`${JSON.stringify(result)}\n`);
