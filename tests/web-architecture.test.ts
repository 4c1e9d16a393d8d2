/**
 * The architecture view in a real browser over the real graph: Quảng Ngãi 3.0's overall diagram
 * as bands (users and channels above infrastructure), the diff against 2.0 (the merge of Cổng
 * Dịch vụ công and the one-stop system into HTTT giải quyết TTHC with its quote, added and removed
 * counts as the API gives them), the URL round trip, selection to the explore view, axe and
 * screenshots.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { testDb } from './setup/db.js';
import { axe, launchBrowser, openPage, screenshot, startWebServer, type WebServer } from './setup/browser.js';

const db = testDb();
let server: WebServer;
let browser: Browser;

beforeAll(async () => {
  server = await startWebServer(db);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db.close();
});

interface DrawnNode {
  id: string;
  label: string;
  classes?: string[];
  position?: { x: number; y: number };
  data?: Record<string, unknown>;
}

/** The model kb-graph draws in the architecture view, once it has drawn more than `min` nodes. */
async function drawnModel(page: Page, min = 20): Promise<{ nodes: DrawnNode[]; edges: { source: string; target: string; type: string }[] }> {
  const graph = () =>
    page.evaluate(() => {
      const view = document.querySelector('kb-app')!.shadowRoot!.querySelector('kb-architecture-view')!;
      const g = view.shadowRoot!.querySelector('kb-graph') as (HTMLElement & { nodeCount: number; model: unknown }) | null;
      return g ? { count: g.nodeCount, model: JSON.parse(JSON.stringify(g.model)) } : { count: 0, model: null };
    });
  await expect.poll(async () => (await graph()).count, { timeout: 20_000 }).toBeGreaterThan(min);
  return (await graph()).model;
}

async function apiDiff(from: string, to: string) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `query($f: ID!, $t: ID!) { architectureDiff(from: $f, to: $t) { added { node { id } } removed { node { id } } keptCount } }`, variables: { f: from, t: to } }),
  });
  return ((await res.json()) as { data: { architectureDiff: { added: { node: { id: string } }[]; removed: { node: { id: string } }[]; keptCount: number } } }).data.architectureDiff;
}

describe('web architecture view', () => {
  it('draws Quảng Ngãi 3.0 as bands by layer order: users and channels above infrastructure', async () => {
    const { page, errors } = await openPage(browser, `${server.url}/?view=architecture`);
    const model = await drawnModel(page);
    const y = (id: string) => model.nodes.find((n) => n.id === id)!.position!.y;
    // The bands' label nodes, one per layer of the diagram, top to bottom by order.
    expect(y('layer:qng-3.0-users')).toBeLessThan(y('layer:qng-3.0-channels'));
    expect(y('layer:qng-3.0-channels')).toBeLessThan(y('layer:qng-3.0-applications-databases'));
    expect(y('layer:qng-3.0-applications-databases')).toBeLessThan(y('layer:qng-3.0-infrastructure'));
    // Members sit in their band: a channel above the data centre, both right of the labels.
    expect(y('component:qng-cong-ttdt')).toBe(y('layer:qng-3.0-channels'));
    expect(y('component:qng-trung-tam-du-lieu')).toBe(y('layer:qng-3.0-infrastructure'));
    expect(y('component:qng-lgsp')).toBe(y('layer:qng-3.0-integration'));
    // Included in no layer: the last band.
    const other = model.nodes.find((n) => n.id === 'band:other')!;
    expect(y('ndb:dan-cu')).toBeGreaterThanOrEqual(other.position!.y);
    expect(other.position!.y).toBeGreaterThan(y('layer:qng-3.0-governance'));
    await expect.poll(() => page.locator('kb-architecture-view select#architecture').inputValue()).toBe('arch:qng-3.0');
    await expect.poll(() => page.locator('kb-architecture-view aside').innerText()).toContain('Hạ tầng kỹ thuật');
    await page.waitForTimeout(300);
    await screenshot(page, 'architecture');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('compares with 2.0: the merge with its quote, the added and removed counts; the URL keeps version and comparison', async () => {
    const { page, errors } = await openPage(browser, `${server.url}/?view=architecture&architecture=arch%3Aqng-3.0`);
    await drawnModel(page);
    await page.locator('kb-architecture-view select#compare').selectOption('arch:qng-2.0');
    await page.waitForURL(/compare=arch%3Aqng-2\.0/);
    const merged = page.locator('kb-architecture-view details.section-merged');
    await expect.poll(() => merged.innerText(), { timeout: 20_000 }).toContain('Hệ thống thông tin giải quyết thủ tục hành chính');
    const mergedText = await merged.innerText();
    expect(mergedText).toContain('Cổng Dịch vụ công');
    expect(mergedText).toContain('Hệ thống thông tin một cửa điện tử');
    expect(mergedText).toContain('hợp nhất Cổng Dịch vụ công; Một cửa điện tử');
    expect(mergedText).toContain('PL I 3.1.b');

    const diff = await apiDiff('arch:qng-2.0', 'arch:qng-3.0');
    const counts = await page.locator('kb-architecture-view [data-testid=diff-counts]').innerText();
    expect(counts).toContain(`Thêm ${diff.added.length}`);
    expect(counts).toContain(`Bỏ ${diff.removed.length}`);
    expect(counts).toContain(`Giữ ${diff.keptCount}`);
    expect(await page.locator('kb-architecture-view details.section-added summary').innerText()).toContain(`(${diff.added.length})`);
    expect(await page.locator('kb-architecture-view details.section-removed summary').innerText()).toContain(`(${diff.removed.length})`);

    // The drawing: every added and removed node marked, merges drawn as arrows to their target.
    const model = await drawnModel(page, diff.added.length);
    const refsWith = (change: string) => new Set(model.nodes.filter((n) => n.data?.change === change).map((n) => n.data!.ref));
    expect(refsWith('added')).toEqual(new Set(diff.added.map((i) => i.node.id)));
    expect(refsWith('removed')).toEqual(new Set(diff.removed.map((i) => i.node.id)));
    for (const n of model.nodes.filter((x) => x.data?.change === 'removed')) expect(n.label.startsWith('− ')).toBe(true);
    for (const n of model.nodes.filter((x) => x.data?.change === 'added')) expect(n.label.startsWith('+ ')).toBe(true);
    const merges = model.edges.filter((e) => e.type === 'MERGED_INTO').map((e) => `${e.source}→${e.target}`);
    expect(merges.sort()).toEqual(['component:qng-cong-dvc→component:qng-httt-gq-tthc', 'component:qng-mot-cua-dien-tu→component:qng-httt-gq-tthc']);
    expect(model.nodes.find((n) => n.id === 'component:qng-cong-dvc')!.label).toMatch(/^⇒ /);
    await expect.poll(() => page.locator('kb-architecture-view .legend').innerText()).toContain('thêm mới');

    await page.reload();
    await expect.poll(() => page.locator('kb-architecture-view select#compare').inputValue(), { timeout: 20_000 }).toBe('arch:qng-2.0');
    expect(await page.locator('kb-architecture-view select#architecture').inputValue()).toBe('arch:qng-3.0');
    await expect.poll(() => page.locator('kb-architecture-view details.section-merged').innerText(), { timeout: 20_000 }).toContain('hợp nhất Cổng Dịch vụ công; Một cửa điện tử');
    await drawnModel(page);
    await page.waitForTimeout(300);
    await screenshot(page, 'architecture-diff');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('selecting a node in the drawing or the list opens it in the explore view', async () => {
    const { page, errors } = await openPage(browser, `${server.url}/?view=architecture&architecture=arch%3Aqng-3.0`);
    await drawnModel(page);
    // A tap on the canvas reaches the view as kb-node-select; a node drawn twice carries its real id.
    await page.evaluate(() => {
      const view = document.querySelector('kb-app')!.shadowRoot!.querySelector('kb-architecture-view')!;
      view.shadowRoot!.querySelector('kb-graph')!.dispatchEvent(new CustomEvent('kb-node-select', { detail: { id: 'component:qng-cong-ttdt@layer:qng-3.0-portal' }, bubbles: true, composed: true }));
    });
    await page.waitForURL(/view=explore/);
    expect(new URL(page.url()).searchParams.get('id')).toBe('component:qng-cong-ttdt');
    // Let the explore view finish drawing before leaving it (a graph torn down mid-draw is kb-graph's concern, not this view's).
    await expect
      .poll(() => page.evaluate(() => (document.querySelector('kb-app')!.shadowRoot!.querySelector('kb-explore-view')?.shadowRoot?.querySelector('kb-graph') as { nodeCount?: number } | null)?.nodeCount ?? 0), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await page.goBack();
    await page.locator('kb-architecture-view aside button.link', { hasText: 'Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) tỉnh Quảng Ngãi' }).click();
    await page.waitForURL(/view=explore/);
    expect(new URL(page.url()).searchParams.get('id')).toBe('component:qng-lgsp');
    expect(errors).toEqual([]);
  });

  it('an unknown version says so', async () => {
    const { page, errors } = await openPage(browser, `${server.url}/?view=architecture&architecture=arch%3Anope`);
    await expect.poll(() => page.locator('kb-architecture-view [role=alert]').innerText(), { timeout: 20_000 }).toContain('arch:nope');
    expect(errors).toEqual([]);
  });
});
