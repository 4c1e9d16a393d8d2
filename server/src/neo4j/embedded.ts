/**
 * The embedded default database: Neo4j Community 5.26 run by our one-class Java launcher
 * (launcher/), built with Maven from Maven Central artifacts. This module builds it when needed,
 * starts it, waits for Bolt, and stops it. Nothing else in akb knows that Java exists.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../config/config.js';

const LAUNCHER_DIR = join(ROOT, 'launcher');
const JAR = join(LAUNCHER_DIR, 'target', 'akb-neo4j-launcher-1.0.0.jar');
const LIB = join(LAUNCHER_DIR, 'target', 'lib');
const JAVA_SOURCES = join(LAUNCHER_DIR, 'src', 'main', 'java', 'akb', 'launcher');
const sources = () => [join(LAUNCHER_DIR, 'pom.xml'), ...readdirSync(JAVA_SOURCES).map((f) => join(JAVA_SOURCES, f))];
/** The launcher's classpath (its jar and Neo4j's), for other entry points of the jar (importer.ts). */
export const LAUNCHER_CLASSPATH = `${JAR}:${join(LIB, '*')}`;

/** The JVM flags Neo4j's own neo4j.conf uses on Java 17. */
export const JAVA_OPENS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--add-exports=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.attach.allowAttachSelf=true',
];

export class EmbeddedNeo4jError extends Error {
  constructor(
    readonly code: 'JAVA_MISSING' | 'MAVEN_MISSING' | 'BUILD_FAILED' | 'LOCKED' | 'PORT_IN_USE' | 'START_FAILED' | 'USAGE',
    message: string,
  ) {
    super(message);
    this.name = 'EmbeddedNeo4jError';
  }
}

function hasCommand(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return !r.error && r.status === 0;
}

function launcherIsCurrent(): boolean {
  if (!existsSync(JAR) || !existsSync(LIB) || readdirSync(LIB).length === 0) return false;
  const built = statSync(JAR).mtimeMs;
  return sources().every((s) => statSync(s).mtimeMs <= built);
}

/** Builds the launcher with Maven unless an up-to-date build is there. Idempotent. */
export function ensureLauncherBuilt(log: (line: string) => void = () => {}): void {
  if (!hasCommand('java', ['-version'])) {
    throw new EmbeddedNeo4jError(
      'JAVA_MISSING',
      'Java 17 is needed for the embedded Neo4j and was not found on PATH. Install it (Debian: apt-get install openjdk-17-jre-headless), or set NEO4J_URI to use an existing Neo4j 5.',
    );
  }
  if (launcherIsCurrent()) return;
  if (!hasCommand('mvn', ['--version'])) {
    throw new EmbeddedNeo4jError(
      'MAVEN_MISSING',
      'Maven is needed once to fetch Neo4j from Maven Central and was not found on PATH. Install it (Debian: apt-get install maven), or set NEO4J_URI to use an existing Neo4j 5.',
    );
  }
  log('building the embedded Neo4j launcher with Maven (the first time downloads Neo4j from Maven Central)…');
  const r = spawnSync('mvn', ['-q', '-B', '-f', join(LAUNCHER_DIR, 'pom.xml'), 'package', '-DskipTests'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) {
    const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-20).join('\n');
    throw new EmbeddedNeo4jError('BUILD_FAILED', `Maven could not build the Neo4j launcher:\n${tail}`);
  }
}

export interface EmbeddedOptions {
  dataDir: string;
  boltPort: number;
  pageCacheMb: number;
  heapMb: number;
  /** How long to wait for Bolt before giving up. */
  timeoutMs?: number;
  /** Turns authentication on, with this password for the `neo4j` user (tests of deployments). */
  password?: string;
  /** The start that finishes an initial import (importer.ts): keep the store it swapped in. */
  importPending?: boolean;
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  /** Clean stop: SIGTERM, then SIGKILL after a grace period. */
  stop(): Promise<void>;
  /** Simulates a crash (tests). */
  kill9(): Promise<void>;
  /** Resolves when the process has exited, for whatever reason. */
  exited: Promise<number | null>;
}

/** The JVM's arguments to run one of the launcher's main classes with its arguments. */
export function launcherJavaArgs(heapMb: number, mainClass: string, args: string[]): string[] {
  return [
    `-Xms${Math.min(256, heapMb)}m`,
    `-Xmx${heapMb}m`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    ...JAVA_OPENS,
    '-cp',
    LAUNCHER_CLASSPATH,
    mainClass,
    ...args,
  ];
}

export async function startEmbeddedNeo4j(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  ensureLauncherBuilt((l) => console.log(`akb: ${l}`));
  mkdirSync(opts.dataDir, { recursive: true });
  const args = launcherJavaArgs(opts.heapMb, 'akb.launcher.Launcher', [opts.dataDir, String(opts.boltPort), String(opts.pageCacheMb)]);
  const env = { ...process.env, AKB_NEO4J_PASSWORD: opts.password ?? '', AKB_IMPORT_PENDING: opts.importPending ? '1' : '' };
  const child: ChildProcess = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'], env });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stderrTail: string[] = [];
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => {
    stderrTail.push(...d.split('\n'));
    if (stderrTail.length > 40) stderrTail.splice(0, stderrTail.length - 40);
  });

  const uri = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EmbeddedNeo4jError('START_FAILED', `Neo4j did not start within ${(opts.timeoutMs ?? 120_000) / 1000} s`));
    }, opts.timeoutMs ?? 120_000);
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (d: string) => {
      buffer += d;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl).trim();
        buffer = buffer.slice(nl + 1);
        if (line.startsWith('AKB_NEO4J_NOTE ')) console.error(`akb: ${line.slice('AKB_NEO4J_NOTE '.length)}`);
        else if (line.startsWith('AKB_NEO4J_READY ')) {
          clearTimeout(timer);
          resolve(line.slice('AKB_NEO4J_READY '.length));
        } else if (line.startsWith('AKB_NEO4J_ERROR ')) {
          clearTimeout(timer);
          const [code, ...rest] = line.slice('AKB_NEO4J_ERROR '.length).split(' ');
          reject(new EmbeddedNeo4jError(code as EmbeddedNeo4jError['code'], `Neo4j could not start: ${rest.join(' ')}`));
        }
      }
    });
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(new EmbeddedNeo4jError('START_FAILED', `could not run java: ${e.message}`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new EmbeddedNeo4jError('START_FAILED', `Neo4j exited with code ${code} before it was ready:\n${stderrTail.join('\n').trim()}`));
    });
  });

  const waitExit = async (graceMs: number) => {
    const t = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(t);
  };
  return {
    uri,
    pid: child.pid!,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await waitExit(30_000);
    },
    async kill9() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** A free TCP port on loopback (for tests and side-by-side instances). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
