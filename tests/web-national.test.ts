/**
 * The national view (issue #9): the drawing and parameters headless; then in a real browser over
 * the real server and Neo4j: the view opens on the population database and shows the fixture
 * provinces with the counts the plain impact list gives, switches roots and language, and choosing
 * a province (in the table or the graph) opens the impact view filtered to that province; axe finds
 * no serious or critical violation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gql, testApp, testDb } from './setup/db.js';
import { axe, launchBrowser, openPage, screenshot, startWebServer, type WebServer } from './setup/browser.js';
import {
  COUNT_COLOURS,
  DEFAULT_NATIONAL_ROOT,
  MAX_SIZE,
  MIN_SIZE,
  NATIONAL_PARAM,
  countSize,
  countStep,
  nationalState,
  nationalToGraph,
  provinceFilter,
  provinceNodeId,
  provinceOfNode,
  provinceParam,
} from '../web/src/graph/national.js';
import { PROPAGATING_TYPES } from '../web/src/graph/impact-extra.js';
import type { ProvinceCount } from '../web/src/api/queries.js';

describe('national view: drawing and parameters', () => {
  const root = { id: 'component:ndxp', name: 'NDXP', kind: 'Component', provenance: 'stated' };
  const counts: ProvinceCount[] = [
    { province: 'Quảng Nam', count: 16 },
    { province: 'Quảng Ngãi', count: 13 },
    { province: null, count: 8 },
  ];

  it('the province filter round-trips through the route; null is the national group', () => {
    expect(provinceFilter(undefined)).toBeNull();
    expect(provinceFilter('')).toBeNull();
    expect(provinceFilter('Quảng Nam')).toEqual(['Quảng Nam']);
    expect(provinceFilter(NATIONAL_PARAM)).toEqual([null]);
    for (const p of ['Quảng Nam', null]) {
      expect(provinceFilter(provinceParam(p))).toEqual([p]);
      expect(provinceOfNode(provinceNodeId(p))).toBe(p);
    }
    expect(provinceOfNode('component:ndxp')).toBeUndefined();
  });

  it('defaults to the population database, walks every type and no architecture', () => {
    expect(nationalState({})).toMatchObject({ id: DEFAULT_NATIONAL_ROOT, direction: 'DEPENDENTS', depth: 3, strictness: 'stated,inferred', architecture: null });
    expect(nationalState({ id: 'component:ndxp', types: 'IN_LAYER', architecture: 'arch:qng-3.0' })).toMatchObject({ id: 'component:ndxp', types: [...PROPAGATING_TYPES], architecture: null });
  });

  it('one node per province around the root, sized and coloured by count, one edge each', () => {
    const m = nationalToGraph(root, counts, (p) => p.province ?? '(không thuộc tỉnh)');
    expect(m.nodes).toHaveLength(4);
    expect(m.edges).toHaveLength(3);
    expect(m.nodes[0]).toMatchObject({ id: 'component:ndxp', position: { x: 0, y: 0 } });
    const qnam = m.nodes.find((n) => n.id === provinceNodeId('Quảng Nam'))!;
    const national = m.nodes.find((n) => n.id === provinceNodeId(null))!;
    expect(qnam.label).toBe('Quảng Nam (16)');
    expect(national.label).toBe('(không thuộc tỉnh) (8)');
    expect(national.classes).toContain('national');
    expect(qnam.data).toMatchObject({ count: 16, size: MAX_SIZE, color: COUNT_COLOURS.at(-1) });
    expect(Number(national.data!.size)).toBeLessThan(MAX_SIZE);
    // The largest first, at the top; every province at the same distance from the root.
    expect(qnam.position!.x).toBe(0);
    expect(qnam.position!.y).toBeLessThan(0);
    const r = m.nodes.slice(1).map((n) => Math.round(Math.hypot(n.position!.x, n.position!.y)));
    expect(new Set(r).size).toBe(1);
    for (const e of m.edges) expect(e.source).toBe('component:ndxp');
  });

  it('scales: sizes and colour steps grow with the count and stay in range', () => {
    expect(countSize(0, 10)).toBe(MIN_SIZE);
    expect(countSize(10, 10)).toBe(MAX_SIZE);
    expect(countSize(5, 10)).toBeGreaterThan(countSize(2, 10));
    expect(countStep(0, 10)).toBe(0);
    expect(countStep(10, 10)).toBe(COUNT_COLOURS.length - 1);
    expect(countStep(1, 10)).toBe(0);
    for (let c = 1; c <= 10; c++) expect(countStep(c, 10)).toBeGreaterThanOrEqual(countStep(c - 1, 10));
  });

  it('draws at most one node per province plus the root, whatever the counts', () => {
    const many: ProvinceCount[] = Array.from({ length: 34 }, (_, i) => ({ province: `Tỉnh ${i}`, count: 100_000 - i }));
    const m = nationalToGraph(root, [...many, { province: null, count: 5 }], (p) => p.province ?? '-');
    expect(m.nodes).toHaveLength(36);
    const ids = new Set(m.nodes.map((n) => n.id));
    expect(ids.size).toBe(36);
  });
});

describe('national view in a browser', () => {
  const db = testDb();
  const yoga = testApp(db);
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

  /** Counts by province computed here from the plain affected list (not from byProvince). */
  async function expectedCounts(id: string): Promise<Map<string | null, number>> {
    const r = await gql<{ impact: { total: number; affected: { node: { province: string | null } }[] } }>(
      yoga,
      'query($id: ID!, $first: Int) { impact(id: $id, direction: DEPENDENTS, maxDepth: 3, first: $first) { total affected { node { province } } } }',
      { id, first: 1000 },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.impact.affected).toHaveLength(r.data!.impact.total);
    const m = new Map<string | null, number>();
    for (const h of r.data!.impact.affected) m.set(h.node.province, (m.get(h.node.province) ?? 0) + 1);
    return m;
  }

  const view = (page: Page) => page.locator('kb-national-view');
  const rows = (page: Page) => page.locator('kb-national-view kb-table.by-province tr.row');
  const nodeCount = (page: Page) => page.locator('kb-national-view kb-graph').evaluate((el) => (el as unknown as { nodeCount: number }).nodeCount);
  const param = (page: Page, k: string) => new URL(page.url()).searchParams.get(k);
  const loaded = async (page: Page) => {
    await expect.poll(() => page.locator('kb-national-view .summary .total').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.locator('kb-national-view progress').count(), { timeout: 20_000 }).toBe(0);
  };
  /** The table as province → count. */
  const tableCounts = async (page: Page) => {
    const out = new Map<string, number>();
    for (const row of await rows(page).all()) {
      const cells = await row.locator('th, td').allInnerTexts();
      out.set(cells[0].trim(), Number(cells[1].trim()));
    }
    return out;
  };
  const impactLoaded = async (page: Page) => {
    await expect.poll(() => page.locator('kb-impact-view .summary .total').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.locator('kb-impact-view progress').count(), { timeout: 20_000 }).toBe(0);
  };

  it('opens on the population database from the nav: the fixture provinces with the counts of the plain list; axe clean', async () => {
    const expected = await expectedCounts(DEFAULT_NATIONAL_ROOT);
    expect(expected.get('Quảng Ngãi')).toBeGreaterThan(0);
    const { page, errors } = await openPage(browser, server.url);
    await page.locator('nav a', { hasText: 'Toàn quốc' }).click();
    await expect.poll(() => param(page, 'view')).toBe('national');
    await loaded(page);
    expect(await view(page).locator('h2').innerText()).toBe('Ảnh hưởng toàn quốc: CSDL quốc gia về Dân cư');
    const table = await tableCounts(page);
    expect(table).toEqual(new Map([...expected].map(([p, c]) => [p ?? '(không thuộc tỉnh)', c])));
    await expect.poll(() => nodeCount(page)).toBe(expected.size + 1);
    const total = [...expected.values()].reduce((a, b) => a + b, 0);
    expect(await view(page).locator('.summary .total').innerText()).toContain(`${total} nút bị ảnh hưởng`);
    await page.waitForTimeout(500);
    await screenshot(page, 'national');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('switches to NDXP: both fixture provinces with their counts; the language toggle relabels the view', async () => {
    const expected = await expectedCounts('component:ndxp');
    expect([...expected.keys()]).toEqual(expect.arrayContaining(['Quảng Nam', 'Quảng Ngãi', null]));
    const { page, errors } = await openPage(browser, `${server.url}/?view=national`);
    await loaded(page);
    const select = view(page).locator('select[name=root]');
    await expect.poll(() => select.locator('option[value="component:ndxp"]').count(), { timeout: 10_000 }).toBe(1);
    await select.selectOption('component:ndxp');
    await expect.poll(() => param(page, 'id')).toBe('component:ndxp');
    await expect.poll(() => view(page).locator('h2').innerText(), { timeout: 20_000 }).toContain('NDXP');
    await loaded(page);
    expect(await tableCounts(page)).toEqual(new Map([...expected].map(([p, c]) => [p ?? '(không thuộc tỉnh)', c])));
    await expect.poll(() => nodeCount(page)).toBe(expected.size + 1);

    await page.locator('header button.lang').click();
    await expect.poll(() => param(page, 'lang')).toBe('en');
    await expect.poll(() => view(page).locator('h2').innerText()).toMatch(/^National impact: /);
    expect(await page.locator('nav a[aria-current=page]').innerText()).toBe('National');
    expect(await view(page).locator('kb-table.by-province thead').innerText()).toContain('Province');
    expect((await tableCounts(page)).get('(no province)')).toBe(expected.get(null));
    expect(await view(page).locator('.summary .total').innerText()).toContain('affected nodes');
    await page.locator('header button.lang').click();
    await expect.poll(() => view(page).locator('h2').innerText()).toMatch(/^Ảnh hưởng toàn quốc: /);
    expect(errors).toEqual([]);
  });

  it('choosing a province in the table opens the impact view filtered to it: only its nodes, as many as the count', async () => {
    const expected = await expectedCounts('component:ndxp');
    const { page, errors } = await openPage(browser, `${server.url}/?view=national&id=component%3Andxp`);
    await loaded(page);
    await view(page).locator('kb-table.by-province button[data-province="Quảng Nam"]').click();
    await expect.poll(() => param(page, 'view')).toBe('impact');
    expect(param(page, 'province')).toBe('Quảng Nam');
    expect(param(page, 'id')).toBe('component:ndxp');
    await impactLoaded(page);
    const impactRows = page.locator('kb-impact-view kb-table.affected tr.row');
    await expect.poll(() => impactRows.count()).toBe(expected.get('Quảng Nam'));
    expect(await page.locator('kb-impact-view select[name=province]').inputValue()).toBe('Quảng Nam');
    expect(await page.locator('kb-impact-view p.province-note').innerText()).toContain(`${expected.get('Quảng Nam')}/${[...expected.values()].reduce((a, b) => a + b, 0)}`);
    // Every listed node belongs to Quảng Nam: the same ids the API lists for that province.
    const api = await gql<{ impact: { affected: { node: { id: string; province: string | null } }[] } }>(
      yoga,
      'query($first: Int) { impact(id: "component:ndxp", direction: DEPENDENTS, maxDepth: 3, first: $first) { affected { node { id province } } } }',
      { first: 1000 },
    );
    const qnam = new Set(api.data!.impact.affected.filter((h) => h.node.province === 'Quảng Nam').map((h) => h.node.id));
    const shown = await impactRows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
    expect(new Set(shown)).toEqual(qnam);
    await screenshot(page, 'impact-province');
    // Back to every province from the select.
    await page.locator('kb-impact-view select[name=province]').selectOption('');
    await expect.poll(() => param(page, 'province')).toBeNull();
    await impactLoaded(page);
    await expect.poll(() => impactRows.count()).toBe([...expected.values()].reduce((a, b) => a + b, 0));
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('choosing the national group in the graph opens the impact view filtered to nodes of no province', async () => {
    const expected = await expectedCounts('component:ndxp');
    const { page, errors } = await openPage(browser, `${server.url}/?view=national&id=component%3Andxp`);
    await loaded(page);
    await expect.poll(() => nodeCount(page)).toBe(expected.size + 1);
    // What <kb-graph> fires when a node is tapped (Cytoscape draws on a canvas, so no DOM node to click).
    await view(page).locator('kb-graph').evaluate((el, id) => el.dispatchEvent(new CustomEvent('kb-node-select', { detail: { id }, bubbles: true, composed: true })), provinceNodeId(null));
    await expect.poll(() => param(page, 'view')).toBe('impact');
    expect(param(page, 'province')).toBe(NATIONAL_PARAM);
    await impactLoaded(page);
    await expect.poll(() => page.locator('kb-impact-view kb-table.affected tr.row').count()).toBe(expected.get(null));
    expect(await page.locator('kb-impact-view select[name=province] option:checked').innerText()).toContain('(không thuộc tỉnh)');
    // The note links back to the national view on the same root.
    await page.locator('kb-impact-view p.province-note button.national').click();
    await expect.poll(() => param(page, 'view')).toBe('national');
    expect(param(page, 'id')).toBe('component:ndxp');
    await loaded(page);
    expect(errors).toEqual([]);
  });
});
