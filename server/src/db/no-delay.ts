/**
 * TCP_NODELAY for Bolt sockets. The JavaScript driver leaves Nagle's algorithm on (the Python and
 * Rust drivers turned it off, neo4j-python-driver#1122): a Bolt message written in more than one
 * segment then waits for the server's delayed ACK, ~40 ms on Linux, for every query over ~1.5 KB.
 * Measured on akb's appraisal: p50 132 → 47 ms. The driver offers no socket option, so the socket
 * is configured as it is created: `net.connect`/`tls.connect` are wrapped once, and only sockets
 * to a registered Bolt port are touched (a routing cluster's members listen on the same port).
 */
import net from 'node:net';
import tls from 'node:tls';

const boltPorts = new Set<number>();
let installed = false;

function wrap<T extends (...args: never[]) => net.Socket>(connect: T): T {
  return function (this: unknown, ...args: Parameters<T>) {
    const socket = connect.apply(this, args);
    const port = typeof args[0] === 'number' ? args[0] : typeof args[0] === 'object' && args[0] ? Number((args[0] as { port?: unknown }).port) : NaN;
    if (boltPorts.has(port)) socket.setNoDelay(true);
    return socket;
  } as T;
}

/** Turns Nagle's algorithm off for sockets the driver opens to this Bolt URI's port. */
export function noDelayForBolt(uri: string): void {
  const port = Number(new URL(uri.replace(/^[a-z+]+:\/\//, 'http://')).port || 7687);
  boltPorts.add(port);
  if (installed) return;
  installed = true;
  net.connect = wrap(net.connect);
  tls.connect = wrap(tls.connect);
}
