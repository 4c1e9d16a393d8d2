/**
 * The architecture view in a real browser over the real graph (issue #21): Quảng Ngãi 3.0 as a
 * layered landscape — one band per layer in the document's order, every component in a band (the
 * counts line says what the API says), whole names at 11 px or more at the default zoom,
 * connections hidden until a component is hovered or selected and all on request, zoom to a band,
 * a selected component's layer with the rule that placed it; PNG and SVG exports with a title, the
 * version and the legend; the diff against 2.0 on the same landscape (the merge with its quote,
 * added and removed marked); the frameworks' reference models; an empty version says why; URL
 * round trips; axe; screenshots.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, openPage, screenshot, webSuite } from './setup/browser.js';

const web = webSuite();

interface DrawnNode {
  id: string;
  label: string;
  classes?: string[];
  position?: { x: number; y: number };
  data?: Record<string, unknown>;
}
interface Drawn {
  nodes: DrawnNode[];
  edges: { id: string; source: string; target: string; type: string; classes?: string[] }[];
  bands: { id: string; y: number; height: number; members: string[] }[];
}

const graphHandle = (page: Page) => page.locator('kb-architecture-view kb-graph');

/** The model kb-graph draws in the architecture view, once it has drawn more than `min` nodes. */
async function drawnModel(page: Page, min = 20): Promise<Drawn> {
  const graph = () =>
    page.evaluate(() => {
      const view = document.querySelector('kb-app')!.shadowRoot!.querySelector('kb-architecture-view')!;
      const g = view.shadowRoot!.querySelector('kb-graph') as (HTMLElement & { nodeCount: number; model: unknown }) | null;
      return g ? { count: g.nodeCount, model: JSON.parse(JSON.stringify(g.model)) } : { count: 0, model: null };
    });
  await expect.poll(async () => (await graph()).count, { timeout: 20_000 }).toBeGreaterThan(min);
  return (await graph()).model;
}

const graphCall = <T>(page: Page, fn: string, ...args: unknown[]) =>
  graphHandle(page).evaluate(
    (el, [f, a]) => {
      const g = el as unknown as Record<string, unknown>;
      const v = g[f as string];
      return (typeof v === 'function' ? (v as (...x: unknown[]) => unknown).apply(el, a as unknown[]) : v) as T;
    },
    [fn, args] as const,
  ) as Promise<T>;

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${web.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return ((await res.json()) as { data: T }).data;
}

const apiDiff = (from: string, to: string) =>
  api<{ architectureDiff: { added: { node: { id: string } }[]; removed: { node: { id: string } }[]; keptCount: number } }>(
    `query($f: ID!, $t: ID!) { architectureDiff(from: $f, to: $t) { added { node { id } } removed { node { id } } keptCount } }`,
    { f: from, t: to },
  ).then((d) => d.architectureDiff);

const apiLandscape = (id: string) =>
  api<{
    architectureLandscape: {
      componentCount: number;
      statedCount: number;
      inferredCount: number;
      otherCount: number;
      otherShare: number;
      connections: unknown[];
    };
  }>('query($id: ID!) { architectureLandscape(id: $id) { componentCount statedCount inferredCount otherCount otherShare connections { type } } }', { id }).then(
    (d) => d.architectureLandscape,
  );

describe('web architecture view: the landscape', () => {
  it('draws Quảng Ngãi 3.0 as one band per layer in order, every component in its band, the counts the API gives', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=architecture`);
    const model = await drawnModel(page);
    const band = (id: string) => model.bands.find((b) => b.id === id)!;
    const y = (id: string) => model.nodes.find((n) => n.id === id)!.position!.y;
    expect(model.bands.map((b) => b.id)).toEqual([
      'layer:qng-3.0-users',
      'layer:qng-3.0-channels',
      'layer:qng-3.0-portal',
      'layer:qng-3.0-public-services',
      'layer:qng-3.0-applications-databases',
      'layer:qng-3.0-integration',
      'layer:qng-3.0-infrastructure',
      'layer:qng-3.0-governance',
    ]);
    const within = (nodeId: string, bandId: string) => y(nodeId) > band(bandId).y && y(nodeId) < band(bandId).y + band(bandId).height;
    expect(within('component:qng-cong-ttdt', 'layer:qng-3.0-channels')).toBe(true);
    expect(within('component:qng-trung-tam-du-lieu', 'layer:qng-3.0-infrastructure')).toBe(true);
    expect(within('component:qng-lgsp', 'layer:qng-3.0-integration')).toBe(true);
    // What used to sit in "Khác" now has a layer: the population database among applications and databases.
    expect(within('ndb:dan-cu', 'layer:qng-3.0-applications-databases')).toBe(true);
    expect(model.bands.some((b) => b.id === 'band:other')).toBe(false);
    const l = await apiLandscape('arch:qng-3.0');
    expect(l.otherShare).toBeLessThanOrEqual(0.1);
    const counts = await page.locator('kb-architecture-view [data-testid=landscape-counts]').innerText();
    expect(counts).toContain(
      `${l.componentCount} thành phần: ${l.statedCount} đặt theo tài liệu, ${l.inferredCount} suy ra theo quy tắc, ${l.otherCount} ở "Khác"`,
    );
    await expect.poll(() => page.locator('kb-architecture-view select#architecture').inputValue()).toBe('arch:qng-3.0');
    await expect.poll(() => page.locator('kb-architecture-view aside').innerText()).toContain('Hạ tầng kỹ thuật');
    expect(errors).toEqual([]);
  });

  it('reads at the default zoom: whole names, 11 px or more; a legend below the drawing', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=architecture&architecture=arch%3Aqng-3.0`);
    const model = await drawnModel(page);
    await page.waitForTimeout(300);
    const boxes = model.nodes.filter((n) => n.classes?.includes('landscape-box') || n.classes?.includes('frame'));
    expect(new Set(boxes.map((b) => b.data!.ref)).size).toBeGreaterThanOrEqual(71);
    const sizes = await graphHandle(page).evaluate(
      (el, ids) => ids.map((id) => (el as unknown as { renderedFontPx(id: string): number }).renderedFontPx(id)),
      boxes.map((b) => b.id),
    );
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    // Names are not clipped: the long ones are there whole.
    expect(boxes.find((b) => b.id === 'component:qng-cong-cu-phan-tich-du-lieu-lon')!.label).toBe(
      'Các công cụ phân tích, xử lý dữ liệu ứng dụng công nghệ cơ sở dữ liệu lớn (Big Data), Trí tuệ nhân tạo (AI), Máy học (Machine Learning)',
    );
    const legend = await graphHandle(page).locator('details.graph-legend').innerText();
    for (const text of ['Chú giải', 'Hệ thống', 'CSDL quốc gia', 'lớp nêu trong tài liệu', 'lớp suy ra theo quy tắc']) expect(legend).toContain(text);
    await screenshot(page, 'architecture');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows connections on demand: none at first, a component’s on hover or selection, all with the toggle', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=architecture&architecture=arch%3Aqng-3.0`);
    const model = await drawnModel(page);
    await page.waitForTimeout(300);
    expect(model.edges.length).toBeGreaterThan(5);
    expect(await graphCall<number>(page, 'visibleEdgeCount')).toBe(0);
    const hub = 'component:qng-httt-gq-tthc';
    const own = model.edges.filter((e) => e.source === hub || e.target === hub).length;
    expect(own).toBeGreaterThan(0);
    // Hover: the mouse over the box on the canvas.
    await graphCall(page, 'fitTo', [hub]);
    await page.waitForTimeout(400);
    const box = (await graphHandle(page).boundingBox())!;
    const pos = (await graphCall<{ x: number; y: number }>(page, 'renderedPositionOf', hub))!;
    await page.mouse.move(box.x + pos.x, box.y + pos.y);
    await expect.poll(() => graphCall<number>(page, 'visibleEdgeCount')).toBe(own);
    // Selection: a click keeps them and fills the side panel.
    await page.mouse.click(box.x + pos.x, box.y + pos.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(hub);
    await page.mouse.move(box.x + 3, box.y + 3);
    await expect.poll(() => graphCall<number>(page, 'visibleEdgeCount')).toBe(own);
    await expect.poll(() => page.locator('kb-architecture-view aside section.selection').innerText()).toContain('Kết nối');
    // The toggle shows every connection, in the URL.
    await page.locator('kb-architecture-view input#all-edges').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('edges')).toBe('all');
    await expect.poll(() => graphCall<number>(page, 'visibleEdgeCount')).toBe(model.edges.length);
    expect(errors).toEqual([]);
  });

  it('zooms to a band; a selected component tells its layer and the rule that placed it; it opens in Explore', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=architecture&architecture=arch%3Aqng-3.0`);
    await drawnModel(page);
    await page.waitForTimeout(300);
    // The tallest band does not fit the first view; zoomed to, all of it does.
    const model = await drawnModel(page);
    const apps = model.nodes.filter((n) => n.data?.band === 'layer:qng-3.0-applications-databases' && n.classes?.includes('landscape-box')).map((n) => n.id);
    expect(await graphCall<boolean>(page, 'isInView', apps)).toBe(false);
    await page.locator('kb-architecture-view li[data-band="layer:qng-3.0-applications-databases"] button.zoom').click();
    await expect.poll(() => graphCall<boolean>(page, 'isInView', apps)).toBe(true);
    // A tap on a drawing of a node in two layers reaches the view with its real id.
    await graphHandle(page).evaluate((el) =>
      el.dispatchEvent(new CustomEvent('kb-node-select', { detail: { id: 'component:qng-cong-ttdt@layer:qng-3.0-portal' }, bubbles: true, composed: true })),
    );
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe('component:qng-cong-ttdt');
    const stated = await page.locator('kb-architecture-view aside section.selection').innerText();
    expect(stated).toContain('Kênh truy cập/ tương tác');
    expect(stated).toContain('nêu trong tài liệu');
    // The population database: placed by its kind, with the rule's name, its explanation and the layer's quote.
    await page.locator('kb-architecture-view aside details summary', { hasText: 'Các thành phần (45)' }).click();
    await page
      .locator('kb-architecture-view aside li[data-band="layer:qng-3.0-applications-databases"] button.link', { hasText: 'CSDL quốc gia về Dân cư' })
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe('ndb:dan-cu');
    const inferred = await page.locator('kb-architecture-view aside section.selection').innerText();
    expect(inferred).toContain('suy ra');
    expect(inferred).toContain('landscape-kind');
    expect(inferred).toContain('Ứng dụng và cơ sở dữ liệu');
    await page.locator('kb-architecture-view aside section.selection button.open-explore').click();
    await page.waitForURL(/view=explore/);
    expect(new URL(page.url()).searchParams.get('id')).toBe('ndb:dan-cu');
    expect(errors).toEqual([]);
  });

  it('exports the landscape as SVG and PNG with a title, the version and the legend', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=architecture&architecture=arch%3Aqng-3.0`);
    await drawnModel(page);
    const download = async (kind: string) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.locator(`kb-architecture-view button[data-export=${kind}]`).click()]);
      expect(d.suggestedFilename()).toBe(`akb-architecture-arch-qng-3-0.${kind}`);
      return readFileSync((await d.path())!);
    };
    const svg = (await download('svg')).toString('utf8');
    expect(svg).toContain('<title>Sơ đồ tổng thể kiến trúc — Kiến trúc Chính quyền điện tử tỉnh Quảng Ngãi, phiên bản 3.0, hướng tới Chính quyền số</title>');
    expect(svg).toContain('(arch:qng-3.0)');
    expect(svg).toContain('Chú giải');
    expect(svg).toContain('CSDL quốc gia');
    expect(svg).toContain('7. Hạ tầng kỹ thuật');
    const png = await download('png');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(20_000);
    expect(errors).toEqual([]);
  });
});

describe('web architecture view: versions and comparison', () => {
  it('compares with 2.0 on the landscape: the merge with its quote, added and removed marked; the URL keeps version and comparison', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=architecture&architecture=arch%3Aqng-3.0`);
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

    // The landscape: every added and removed node marked, merges drawn as arrows to their target.
    const model = await drawnModel(page, diff.added.length);
    const refsWith = (change: string) =>
      new Set(model.nodes.filter((n) => n.data?.change === change && n.classes?.includes('landscape-box')).map((n) => n.data!.ref));
    expect(refsWith('added')).toEqual(
      new Set(diff.added.map((i) => i.node.id).filter((id) => model.nodes.some((n) => n.data?.ref === id && n.classes?.includes('landscape-box')))),
    );
    expect(refsWith('removed')).toEqual(new Set(diff.removed.map((i) => i.node.id)));
    for (const n of model.nodes.filter((x) => x.data?.change === 'removed')) expect(n.label.startsWith('− ')).toBe(true);
    for (const n of model.nodes.filter((x) => x.data?.change === 'added')) expect(n.label.startsWith('+ ')).toBe(true);
    const merges = model.edges.filter((e) => e.type === 'MERGED_INTO').map((e) => `${e.source}→${e.target}`);
    expect(merges.sort()).toEqual(['component:qng-cong-dvc→component:qng-httt-gq-tthc', 'component:qng-mot-cua-dien-tu→component:qng-httt-gq-tthc']);
    // Merges are shown without hovering (the rest stays on demand).
    await expect.poll(() => graphCall<number>(page, 'visibleEdgeCount')).toBe(2);
    await expect.poll(() => graphHandle(page).locator('details.graph-legend').innerText()).toContain('thêm mới');

    await page.reload();
    await expect.poll(() => page.locator('kb-architecture-view select#compare').inputValue(), { timeout: 20_000 }).toBe('arch:qng-2.0');
    expect(await page.locator('kb-architecture-view select#architecture').inputValue()).toBe('arch:qng-3.0');
    await expect
      .poll(() => page.locator('kb-architecture-view details.section-merged').innerText(), { timeout: 20_000 })
      .toContain('hợp nhất Cổng Dịch vụ công; Một cửa điện tử');
    await drawnModel(page);
    await page.waitForTimeout(300);
    await screenshot(page, 'architecture-diff');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the national framework 3.0 shows its reference models and reference components; an empty version says why', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=architecture&architecture=arch%3Akhung-cpdt-3.0`);
    const model = await drawnModel(page, 20);
    expect(model.bands.map((b) => model.nodes.find((n) => n.id === b.id)!.label)).toEqual([
      '1. Mô hình tham chiếu nghiệp vụ',
      '2. Mô hình tham chiếu dữ liệu',
      '3. Kiến trúc ứng dụng',
      '4. Kiến trúc Công nghệ',
      '5. Kiến trúc An toàn thông tin mạng, an ninh mạng',
    ]);
    expect(model.bands[1].members).toContain('ndb:dan-cu');
    expect(model.bands[3].members).toContain('component:ndxp');
    await page.locator('kb-architecture-view select#architecture').selectOption('arch:qng-1.0');
    await expect
      .poll(() => page.locator('kb-architecture-view section.empty-version').innerText(), { timeout: 20_000 })
      .toContain('không nêu lớp hay thành phần nào');
    expect(await page.locator('kb-architecture-view section.empty-version').innerText()).toContain('Kế thừa sơ đồ tổng thể Kiến trúc tổng thể CQĐT 1.0.');
    expect(errors).toEqual([]);
  });

  it('an unknown version says so', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=architecture&architecture=arch%3Anope`);
    await expect.poll(() => page.locator('kb-architecture-view [role=alert]').innerText(), { timeout: 20_000 }).toContain('arch:nope');
    expect(errors).toEqual([]);
  });
});
