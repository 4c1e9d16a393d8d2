/**
 * Browser tests: the real akb server (GraphQL + the built web client) on a free loopback port,
 * over the run's real Neo4j, driven by Debian's Chromium through playwright-core. Never a
 * downloaded browser: CHROMIUM_PATH or /usr/bin/chromium (scripts/ensure-system-deps.sh installs it).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { createApp } from '../../server/src/http/app.js';
import { listenOnLoopback } from '../../server/src/http/loopback.js';
import { ROOT } from '../../server/src/config/config.js';
import type { Database } from '../../server/src/db/database.js';
import { TokenStore } from '../../server/src/auth/tokens.js';
import { testDb } from './db.js';

export const ARTIFACTS = join(ROOT, 'tests', 'artifacts');

export function chromiumPath(): string {
  const p = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(p)) throw new Error(`Chromium not found at ${p}: run scripts/ensure-system-deps.sh (Debian package "chromium") or set CHROMIUM_PATH`);
  return p;
}

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

export async function startWebServer(db: Database): Promise<WebServer> {
  return listenOnLoopback(createApp({ db, quiet: true, webDir: inject('webDir') }));
}

export async function launchBrowser(): Promise<Browser> {
  // --use-gl=swiftshader gives WebGL without a GPU, so the WebGL renderer is exercised headless.
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
}

/**
 * A page at 1366×768 (the office PC the issue names) that fails the test on any page error.
 * `token`: an API token the client finds in its tab storage, as if the user had entered it.
 */
export async function openPage(browser: Browser, url: string, opts: { token?: string } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  if (opts.token) await page.addInitScript((t) => sessionStorage.setItem('akb.editorToken', t), opts.token);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  // Say which request failed, not only that one did.
  page.on('response', async (r) => {
    if (r.status() >= 500)
      errors.push(
        `${r.status()} ${r.request().method()} ${r.url()} ${(r.request().postData() ?? '').slice(0, 160)} → ${(await r.text().catch(() => '')).slice(0, 300)}`,
      );
  });
  await page.goto(url);
  return { page, errors };
}

/** Saves a screenshot under tests/artifacts/ (git-ignored; CI keeps them). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Runs axe-core in the page; returns serious and critical violations. */
export async function axe(page: Page): Promise<{ id: string; impact: string; help: string; nodes: number }[]> {
  await page.addScriptTag({ path: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  const result = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: unknown[] }[] }> };
    };
    return w.axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
}

/**
 * Opens every folded group of a table (the impact view folds rows reached only through a group or
 * a layer under that group), so a test can count or point at every row.
 */
export async function openFolds(page: Page, table = 'kb-impact-view kb-table.affected'): Promise<void> {
  const closed = page.locator(`${table} button.group-toggle[aria-expanded=false]`);
  for (let i = 0; i < 500 && (await closed.count()) > 0; i++) await closed.first().click();
}

/** What a browser test file shares: the database, the server over it, Chromium, and helpers. */
export interface WebSuite {
  readonly db: Database;
  readonly server: WebServer;
  readonly browser: Browser;
  /** An editor's API token made for this file (`editor` option), else the empty string. */
  readonly editor: string;
  /** A GraphQL request as the run's admin; throws on any GraphQL error. */
  api<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/**
 * The one browser harness: registers, in the suite it is called in, the hooks that start the web
 * server over `db` and Chromium before the tests and close both (and the database) after them.
 * `cleanup`: named test queries (e.g. `test/delete-test-nodes`) run before and after, so a file
 * leaves nothing of its own behind. `editor`: the name of an editor token to create first.
 */
export function webSuite(opts: { db?: Database; cleanup?: string[]; editor?: string } = {}): WebSuite {
  const db = opts.db ?? testDb();
  const cleanup = opts.cleanup ?? [];
  let server: WebServer | undefined;
  let browser: Browser | undefined;
  let editor = '';
  const suite: WebSuite = {
    db,
    get server() {
      if (!server) throw new Error('webSuite: the web server is not started (use it inside a test or a later hook)');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('webSuite: Chromium is not started (use it inside a test or a later hook)');
      return browser;
    },
    get editor() {
      return editor;
    },
    async api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const res = await fetch(`${suite.server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${inject('adminToken')}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data: T; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    },
  };
  beforeAll(async () => {
    for (const name of cleanup) await db.autoCommit(name);
    if (opts.editor)
      editor = (await new TokenStore(db).create({ name: 'test-setup', role: 'admin', tokenId: null }, { role: 'editor', name: opts.editor })).token;
    server = await startWebServer(db);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    for (const name of cleanup) await db.autoCommit(name);
    await db.close();
  });
  return suite;
}

/**
 * Fills an akb form's fields by name (the field `#f-<name>` in `form`), in the order given (the
 * kind first: it decides the other fields): a select gets the option with that value, an input
 * or a textarea the text, as a user typing it.
 */
export async function fillFields(form: Locator, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const field = form.locator(`#f-${name}`);
    if ((await field.evaluate((e) => e.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
}

/** Text of an element including the shadow roots inside it (innerText stops at a shadow host). */
export const deepText = (l: Locator) =>
  l.evaluate((root) => {
    const walk = (n: Node): string => {
      if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
      if (n instanceof HTMLStyleElement || n instanceof HTMLScriptElement) return '';
      const host = n as Element;
      return (host.shadowRoot ? walk(host.shadowRoot) : '') + [...n.childNodes].map(walk).join('');
    };
    return walk(root).replace(/\s+/g, ' ').trim();
  });
