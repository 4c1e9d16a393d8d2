/**
 * A bulk import killed half-way (SIGKILL: no handler runs) leaves nothing behind: the CLI runs in a
 * child process against the shared database, is killed once batches have committed, and the next
 * start (bootDatabase, as `npm start` or the next import run) undoes what they wrote.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootDatabase } from '../server/src/boot.js';
import { ROOT, loadConfig } from '../server/src/config/config.js';
import { neo4jEnv, testDb } from './setup/db.js';

const db = testDb();
const dir = mkdtempSync(join(tmpdir(), 'akb-bulk-kill-'));
beforeAll(() => db.autoCommit('test/delete-test-nodes'));
let child: ReturnType<typeof spawn> | null = null;
afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await db.autoCommit('test/delete-test-nodes');
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

const counts = async () => {
  const [r] = await db.read('test/graph-counts');
  return { nodes: Number(r.nodes), relationships: Number(r.relationships) };
};

function writeFile(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++)
    lines.push(
      JSON.stringify({
        node: {
          id: `component:test-kill-${i}`,
          kind: 'Component',
          name: `Ứng dụng thử ${i}`,
          componentKind: 'application',
          level: 'province',
          provenance: 'example',
        },
      }),
    );
  for (let i = 0; i < n; i++) {
    lines.push(JSON.stringify({ relationship: { from: `component:test-kill-${i}`, type: 'INTEGRATES_VIA', to: 'component:qng-lgsp', provenance: 'example' } }));
    if (i > 0)
      lines.push(
        JSON.stringify({ relationship: { from: `component:test-kill-${i}`, type: 'CONNECTS_TO', to: `component:test-kill-${i - 1}`, provenance: 'example' } }),
      );
  }
  const file = join(dir, 'kill.ndjson');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('bulk import killed half-way', () => {
  it('SIGKILL after some batches committed: the next start undoes them, the counts are as before', async () => {
    const before = await counts();
    const file = writeFile(20_000);
    const env = neo4jEnv();
    // node with tsx's loader (not the tsx wrapper, which would run the CLI in a grandchild).
    const proc = spawn(process.execPath, ['--import', 'tsx', join('server', 'src', 'cli', 'interop.ts'), 'import', file, '--bulk', '--batch-size', '1000'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    let output = '';
    proc.stdout!.on('data', (d) => (output += d));
    proc.stderr!.on('data', (d) => (output += d));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => proc.once('exit', (code, signal) => resolve(signal ?? code)));

    // Kill it once several batches have committed (its record says how far it got).
    let running: Record<string, unknown> | undefined;
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline) {
      running = (await db.read('bulk/list', { first: 5 })).find(
        (b) => b.state === 'running' && Number(b.nodes) + Number(b.relationships) >= 5000 && Number(b.pid) === proc.pid,
      );
      if (running || proc.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(running, `the import never got going:\n${output}`).toBeDefined();
    proc.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const half = await counts();
    expect(half.nodes).toBeGreaterThan(before.nodes); // committed batches are there…
    expect((await db.read('bulk/list', { first: 5 })).find((b) => b.id === running!.id)?.state).toBe('running');

    // …until the next start, which finds the import's process gone and undoes it.
    const config = loadConfig({ ...env, AKB_DATA_DIR: dir } as NodeJS.ProcessEnv);
    const logs: string[] = [];
    const booted = await bootDatabase(config, { loadIfEmpty: false, log: (s) => logs.push(s) });
    await booted.shutdown();
    expect(logs.join('\n')).toMatch(new RegExp(`bulk import ${running!.id} undone`));
    expect(await counts()).toEqual(before);
    expect((await db.read('bulk/list', { first: 5 })).find((b) => b.id === running!.id)?.state).toBe('undone');
  }, 300_000);
});
