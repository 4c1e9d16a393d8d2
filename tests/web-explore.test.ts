/**
 * Explore: the client-side filters headless, then the view in a real browser over the real graph:
 * the LGSP panel (sources with quotes, relationships grouped both ways), following a related node,
 * selecting and expanding, depth, filters in the URL, the empty state, axe and a screenshot.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, openPage, screenshot, webSuite } from './setup/browser.js';
import { NO_FILTER, compactLabels, exploreDepth, exploreFacets, filterFromParams, filterNeighbourhood, isFiltering } from '../web/src/graph/explore-filter.js';
import type { Edge, Neighbourhood } from '../web/src/api/queries.js';

const node = (id: string, kind: string, provenance = 'stated', name = id) => ({ id, name, kind, provenance });
const edge = (from: string, type: string, to: string, provenance: Edge['provenance'] = 'stated'): Edge => ({
  id: `${from}|${type}|${to}`,
  from,
  to,
  type,
  provenance,
  status: null,
});

// LGSP with two apps (one example), an owner, a layer, a data domain, two architecture versions and a task.
const nb: Neighbourhood = {
  root: node('component:lgsp', 'Component'),
  nodes: [
    node('component:lgsp', 'Component'),
    node('component:app', 'Component'),
    node('component:ex-app', 'Component', 'example'),
    node('agency:stttt', 'Agency', 'stated', 'Sở TT&TT'),
    node('layer:integration', 'ArchitectureLayer'),
    node('domain:citizens', 'DataDomain'),
    node('arch:v2', 'Architecture'),
    node('arch:v3', 'Architecture'),
    node('task:6', 'Task', 'inferred'),
  ],
  edges: [
    edge('component:app', 'INTEGRATES_VIA', 'component:lgsp'),
    edge('component:ex-app', 'INTEGRATES_VIA', 'component:lgsp', 'example'),
    edge('component:app', 'OWNED_BY', 'agency:stttt'),
    edge('component:lgsp', 'OWNED_BY', 'agency:stttt'),
    edge('component:lgsp', 'IN_LAYER', 'layer:integration'),
    edge('component:ex-app', 'HOLDS_DATA', 'domain:citizens', 'example'),
    edge('arch:v3', 'INCLUDES', 'component:lgsp'),
    edge('arch:v3', 'INCLUDES', 'component:app'),
    edge('arch:v2', 'INCLUDES', 'component:lgsp'),
    edge('task:6', 'TARGETS', 'component:lgsp', 'inferred'),
  ],
  truncated: false,
};
const ids = (n: Neighbourhood) => n.nodes.map((x) => x.id).sort();

describe('explore filters', () => {
  it('keeps everything without a filter', () => {
    const out = filterNeighbourhood(nb, NO_FILTER);
    expect(out.nodes.length).toBe(nb.nodes.length);
    expect(out.edges.length).toBe(nb.edges.length);
    expect(isFiltering(NO_FILTER)).toBe(false);
  });

  it('filters by kind, always keeping the root, and drops edges to hidden nodes', () => {
    const out = filterNeighbourhood(nb, { ...NO_FILTER, kinds: ['Agency'] });
    expect(ids(out)).toEqual(['agency:stttt', 'component:lgsp']);
    expect(out.edges.map((e) => e.id)).toEqual(['component:lgsp|OWNED_BY|agency:stttt']);
  });

  it('filters by provenance, nodes and edges', () => {
    const out = filterNeighbourhood(nb, { ...NO_FILTER, provenance: ['stated'] });
    expect(ids(out)).not.toContain('component:ex-app');
    expect(ids(out)).not.toContain('task:6');
    expect(out.edges.every((e) => e.provenance === 'stated')).toBe(true);
    const withExample = filterNeighbourhood(nb, { ...NO_FILTER, provenance: ['stated', 'example'] });
    expect(ids(withExample)).toContain('component:ex-app');
  });

  it('filters by architecture version only the kinds a version decides about', () => {
    const members = new Set(['arch:v3', 'component:lgsp', 'component:app']);
    const out = filterNeighbourhood(nb, { ...NO_FILTER, architecture: members });
    // The example app and the other version go; agencies, layers not of v3 go; tasks and domains stay.
    expect(ids(out)).toEqual(['agency:stttt', 'arch:v3', 'component:app', 'component:lgsp', 'domain:citizens', 'task:6']);
  });

  it('filters by an agency, a layer or a domain of the neighbourhood: what is linked to it', () => {
    expect(ids(filterNeighbourhood(nb, { ...NO_FILTER, agency: 'agency:stttt' }))).toEqual(['agency:stttt', 'component:app', 'component:lgsp']);
    expect(ids(filterNeighbourhood(nb, { ...NO_FILTER, layer: 'layer:integration' }))).toEqual(['component:lgsp', 'layer:integration']);
    expect(ids(filterNeighbourhood(nb, { ...NO_FILTER, domain: 'domain:citizens' }))).toEqual(['component:ex-app', 'component:lgsp', 'domain:citizens']);
    // Criteria combine with AND.
    expect(ids(filterNeighbourhood(nb, { ...NO_FILTER, agency: 'agency:stttt', kinds: ['Component'] }))).toEqual(['component:app', 'component:lgsp']);
  });

  it('offers facets from the neighbourhood, provenance strongest first', () => {
    const f = exploreFacets(nb);
    expect(f.kinds[0]).toEqual({ value: 'Component', count: 3 });
    expect(f.provenance.map((p) => p.value)).toEqual(['stated', 'inferred', 'example']);
    expect(f.agencies.map((a) => a.id)).toEqual(['agency:stttt']);
    expect(f.layers.map((a) => a.id)).toEqual(['layer:integration']);
    expect(f.domains.map((a) => a.id)).toEqual(['domain:citizens']);
  });

  it('reads the filter and the depth from the URL parameters', () => {
    const members = new Set(['arch:v3']);
    expect(filterFromParams({ kinds: 'Component,Agency', provenance: 'stated', architecture: 'arch:v3', agency: 'agency:x' }, members)).toEqual({
      kinds: ['Component', 'Agency'],
      provenance: ['stated'],
      architecture: members,
      agency: 'agency:x',
      layer: null,
      domain: null,
    });
    expect(filterFromParams({}, members).architecture).toBeNull();
    expect([exploreDepth(undefined), exploreDepth('2'), exploreDepth('9'), exploreDepth('0'), exploreDepth('x')]).toEqual([1, 2, 3, 1, 1]);
  });

  it('shortens long labels at a word', () => {
    const m = compactLabels(
      {
        nodes: [{ id: 'a', label: 'Phát triển, hoàn thiện Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) tỉnh Quảng Ngãi', kind: 'Task', provenance: 'stated' }],
        edges: [],
      },
      36,
    );
    expect(m.nodes[0].label).toBe('Phát triển, hoàn thiện Nền tảng…');
    expect(m.nodes[0].label.length).toBeLessThanOrEqual(36);
  });
});

describe('explore view in a browser', () => {
  const web = webSuite();

  const nodeCount = (page: Page) => page.locator('kb-explore-view kb-graph').evaluate((el) => (el as unknown as { nodeCount: number }).nodeCount);
  const param = (page: Page, k: string) => new URL(page.url()).searchParams.get(k);
  const panelTitle = (page: Page) => page.locator('kb-node-panel h3').innerText();

  it('shows LGSP with its quoted sources and grouped relationships, follows a related node, and passes axe', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=explore&id=component%3Aqng-lgsp`);
    await expect.poll(() => panelTitle(page), { timeout: 15_000 }).toBe('Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) tỉnh Quảng Ngãi');
    const quotes = page.locator('kb-node-panel ol.sources blockquote');
    expect(await quotes.count()).toBeGreaterThan(0);
    expect(await quotes.first().innerText()).toContain('LGSP');
    expect(await page.locator('kb-node-panel ol.sources .cite').first().innerText()).toMatch(/Mục: .+/);
    // Relationships grouped by reading, both ways, under their names.
    const out = page.locator('kb-node-panel section.group[data-field=integratesVia][data-direction=OUT]');
    expect(await out.locator('h5').innerText()).toContain('Tích hợp qua');
    const incoming = page.locator('kb-node-panel section.group[data-direction=IN]');
    expect(await incoming.count()).toBeGreaterThan(0);
    expect(await page.locator('kb-node-panel section.group[data-field=includedIn] h5').innerText()).toContain('Có trong kiến trúc');
    // Example apps integrating through LGSP are flagged.
    expect(await page.locator('kb-node-panel section.group[data-field=integrationHubFor] .badge.example').count()).toBeGreaterThan(0);
    // Tasks have their own section.
    expect(await page.locator('kb-node-panel h4', { hasText: 'Nhiệm vụ' }).innerText()).toMatch(/Nhiệm vụ \(\d+\)/);
    // The graph draws the neighbourhood.
    await expect.poll(() => nodeCount(page), { timeout: 15_000 }).toBeGreaterThan(5);
    const shown = await page.locator('kb-explore-view .status').innerText();
    expect(shown).toContain(`Hiển thị ${await nodeCount(page)}/`);
    // Let the layout finish and fit before the picture.
    await page.waitForTimeout(1500);
    await screenshot(page, 'explore');
    expect(await axe(page)).toEqual([]);

    // Clicking a related node makes it the root.
    await out.locator('button.node[data-id="component:ndxp"]').click();
    await expect.poll(() => param(page, 'id')).toBe('component:ndxp');
    await expect.poll(() => panelTitle(page)).toContain('NDXP');
    await page.goBack();
    await expect.poll(() => param(page, 'id')).toBe('component:qng-lgsp');
    await expect.poll(() => panelTitle(page)).toContain('(LGSP)');
    expect(errors).toEqual([]);
  });

  it('selects a node into the panel, expands from it, changes depth and filters through the URL', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=explore&id=component%3Aqng-lgsp`);
    await expect.poll(() => nodeCount(page), { timeout: 15_000 }).toBeGreaterThan(5);
    const all = await nodeCount(page);
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      const w = window as unknown as { layouts: number };
      w.layouts = 0;
      document.addEventListener('kb-layout-done', () => w.layouts++);
    });
    // A tap on a node in the graph (kb-graph's own event) shows it in the panel.
    await page
      .locator('kb-explore-view kb-graph')
      .evaluate((el) => el.dispatchEvent(new CustomEvent('kb-node-select', { detail: { id: 'component:ndxp' }, bubbles: true, composed: true })));
    await expect.poll(() => param(page, 'sel')).toBe('component:ndxp');
    await expect.poll(() => panelTitle(page)).toContain('NDXP');
    expect(param(page, 'id')).toBe('component:qng-lgsp');
    expect(await nodeCount(page)).toBe(all);
    // Selecting only fills the panel: the graph is not laid out again.
    expect(await page.evaluate(() => (window as unknown as { layouts: number }).layouts)).toBe(0);

    // Filters: hide example data, then only one architecture version.
    await page.locator('kb-explore-view fieldset', { hasText: 'Nguồn gốc' }).locator('label', { hasText: 'ví dụ' }).locator('input').uncheck();
    await expect.poll(() => param(page, 'provenance')).toBe('stated,inferred');
    await expect.poll(() => nodeCount(page)).toBeLessThan(all);
    const noExamples = await nodeCount(page);
    await page.locator('kb-explore-view select').first().selectOption('arch:qng-2.0');
    await expect.poll(() => param(page, 'architecture')).toBe('arch:qng-2.0');
    await expect.poll(() => nodeCount(page)).toBeLessThan(noExamples);
    await page.reload();
    await expect.poll(() => nodeCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => nodeCount(page)).toBeLessThan(noExamples);
    await page.locator('kb-explore-view button', { hasText: 'Bỏ lọc' }).click();
    await expect.poll(() => nodeCount(page)).toBe(all);
    expect(param(page, 'architecture')).toBeNull();

    // Expand: the selected node becomes the root.
    await page.locator('kb-explore-view button', { hasText: 'Mở rộng từ nút này' }).click();
    await expect.poll(() => param(page, 'id')).toBe('component:ndxp');
    expect(param(page, 'sel')).toBeNull();
    await page.locator('kb-explore-view button[aria-label="Tăng độ sâu"]').click();
    await expect.poll(() => param(page, 'depth')).toBe('2');
    await expect.poll(() => page.locator('kb-explore-view output').innerText()).toBe('2');
    expect(errors).toEqual([]);
  });

  it('invites to search without a node and opens a starting point', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=explore`);
    const starts = page.locator('kb-explore-view .empty button');
    await expect.poll(() => starts.count()).toBe(3);
    expect(await page.locator('kb-explore-view h2').innerText()).toBe('Bắt đầu khám phá');
    expect(await axe(page)).toEqual([]);
    await starts.filter({ hasText: 'CSDL quốc gia về Dân cư' }).click();
    await expect.poll(() => param(page, 'id')).toBe('ndb:dan-cu');
    await expect.poll(() => panelTitle(page), { timeout: 15_000 }).toBe('CSDL quốc gia về Dân cư');
    expect(errors).toEqual([]);
  });
});
