/**
 * Bolt sockets run without Nagle's algorithm (server/src/db/no-delay.ts): the driver has no option
 * for it, so the wrapper around net.connect is checked on real sockets.
 */
import net from 'node:net';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { noDelayForBolt } from '../../server/src/db/no-delay.js';

const spy = vi.spyOn(net.Socket.prototype, 'setNoDelay');
afterAll(() => spy.mockRestore());

async function listen() {
  const server = net.createServer((s) => s.end());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: (server.address() as net.AddressInfo).port };
}

describe('TCP_NODELAY for Bolt', () => {
  it('sets noDelay on sockets to a registered Bolt port, and leaves other sockets alone', async () => {
    const bolt = await listen();
    const other = await listen();
    noDelayForBolt(`neo4j://127.0.0.1:${bolt.port}`);
    spy.mockClear();
    // What the driver does: net.connect(port, host, onConnect).
    const a = net.connect(bolt.port, '127.0.0.1');
    const b = net.connect(other.port, '127.0.0.1');
    const setOn = spy.mock.contexts.map((s) => s as unknown as net.Socket);
    expect(setOn).toContain(a);
    expect(setOn).not.toContain(b);
    expect(spy.mock.calls[setOn.indexOf(a)]).toEqual([true]);
    await Promise.all([new Promise((r) => a.once('close', r)), new Promise((r) => b.once('close', r))]);
    bolt.server.close();
    other.server.close();
  });
});
