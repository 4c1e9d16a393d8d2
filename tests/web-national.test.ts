/**
 * The national view (issues #9, #21): the map model and parameters headless (the 34 provinces of
 * 2025 as tiles placed from their centres, old names summed onto the unit they merged into, the
 * colour scale with its ranges); then in a real browser over the real server and Neo4j: the view
 * opens on the population database and shows the fixture provinces with the counts the plain
 * impact list gives, on the map (34 tiles, never more) and in the table, switches roots and
 * language, and choosing a province (a tile, by mouse or keyboard, or a table row) opens the
 * impact view filtered to that province and the old ones merged into it; exports carry a title and
 * the parameters; axe finds no serious or critical violation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { gql, testApp } from './setup/db.js';
import { axe, openFolds, openPage, screenshot, webSuite } from './setup/browser.js';
import {
  COUNT_COLOURS,
  COUNT_TEXT,
  DEFAULT_NATIONAL_ROOT,
  NATIONAL_PARAM,
  ZERO_COLOUR,
  classOf,
  countScale,
  nationalState,
  provinceFilter,
  provinceMap,
  provinceParam,
} from '../web/src/graph/national.js';
import { PROVINCES_2025, provinceKey, resolveProvince, tileGrid } from '../web/src/graph/vn-provinces.js';
import { PROVINCES } from '../server/src/generate/provinces.js';
import { PROPAGATING_TYPES } from '../web/src/graph/impact-model.js';
import type { ProvinceCount } from '../web/src/api/queries.js';

describe('national view: map and parameters', () => {
  it('the province filter round-trips through the route; null is the national group; a unit and its old names are a list', () => {
    expect(provinceFilter(undefined)).toBeNull();
    expect(provinceFilter('')).toBeNull();
    expect(provinceFilter('Quảng Nam')).toEqual(['Quảng Nam']);
    expect(provinceFilter(NATIONAL_PARAM)).toEqual([null]);
    expect(provinceFilter('Đà Nẵng,Quảng Nam')).toEqual(['Đà Nẵng', 'Quảng Nam']);
    for (const p of ['Quảng Nam', null]) expect(provinceFilter(provinceParam(p))).toEqual([p]);
  });

  it('defaults to the population database, walks every type and no architecture', () => {
    expect(nationalState({})).toMatchObject({
      id: DEFAULT_NATIONAL_ROOT,
      direction: 'DEPENDENTS',
      depth: 3,
      strictness: 'stated,inferred',
      architecture: null,
    });
    expect(nationalState({ id: 'component:ndxp', types: 'IN_LAYER', architecture: 'arch:qng-3.0' })).toMatchObject({
      id: 'component:ndxp',
      types: [...PROPAGATING_TYPES],
      architecture: null,
    });
  });

  it('knows the 34 provinces of 2025, the same names the generator writes, and the 63 old ones as aliases', () => {
    expect(PROVINCES_2025).toHaveLength(34);
    expect(new Set(PROVINCES_2025.map((p) => p.name))).toEqual(new Set(PROVINCES.map((p) => p.name)));
    const old = PROVINCES_2025.flatMap((p) =>
      p.aliases.filter((a) => !/^(Thành phố|TP)/.test(a) && !['Hồ Chí Minh', 'Bà Rịa – Vũng Tàu', 'Thừa Thiên - Huế', 'Bắc Cạn'].includes(a)),
    );
    // 63 provinces before 2025: the 34 names (11 unchanged, 23 kept by a merged unit) plus 29 merged away (Thừa Thiên Huế became Huế).
    expect(new Set([...PROVINCES_2025.map((p) => p.name), ...old]).size).toBe(63 + 1);
    expect(resolveProvince('Quảng Nam')!.name).toBe('Đà Nẵng');
    expect(resolveProvince('Kon Tum')!.name).toBe('Quảng Ngãi');
    expect(resolveProvince('thua thien hue')!.name).toBe('Huế');
    expect(resolveProvince('Thanh Hoá')!.name).toBe('Thanh Hóa');
    expect(resolveProvince('tỉnh Bình Dương')!.name).toBe('TP. Hồ Chí Minh');
    expect(resolveProvince('Atlantis')).toBeUndefined();
    // No two names fold to the same key unless they name the same unit.
    const keys = new Map<string, string>();
    for (const p of PROVINCES_2025)
      for (const n of [p.name, ...p.aliases]) {
        const k = provinceKey(n);
        if (keys.has(k)) expect(keys.get(k)).toBe(p.name);
        keys.set(k, p.name);
      }
  });

  it('places one tile per province, no two on a cell, north above south and west left of east where the centres are far apart', () => {
    const tiles = tileGrid();
    expect(tiles).toHaveLength(34);
    expect(new Set(tiles.map((t) => `${t.row},${t.col}`)).size).toBe(34);
    const at = (name: string) => tiles.find((t) => t.province.name === name)!;
    for (const [north, south] of [
      ['Hà Nội', 'Huế'],
      ['Huế', 'Quảng Ngãi'],
      ['Quảng Ngãi', 'Khánh Hòa'],
      ['Khánh Hòa', 'TP. Hồ Chí Minh'],
      ['TP. Hồ Chí Minh', 'Cà Mau'],
      ['Lai Châu', 'Hà Nội'],
    ])
      expect(at(north).row, `${north} above ${south}`).toBeLessThan(at(south).row);
    expect(at('Điện Biên').col).toBeLessThan(at('Hà Nội').col);
    expect(at('Hà Nội').col).toBeLessThan(at('Quảng Ninh').col);
    expect(at('An Giang').col).toBeLessThan(at('TP. Hồ Chí Minh').col);
    // Deterministic.
    expect(tileGrid()).toEqual(tiles);
  });

  it('sums byProvince onto the tiles (old names on their new unit), colours by a scale with ranges, keeps national and unknown names apart', () => {
    const counts: ProvinceCount[] = [
      { province: 'Quảng Nam', count: 16 },
      { province: 'Đà Nẵng', count: 4 },
      { province: 'Quảng Ngãi', count: 13 },
      { province: null, count: 8 },
      { province: 'Atlantis', count: 2 },
    ];
    const m = provinceMap(counts);
    expect(m.tiles).toHaveLength(34);
    const tile = (name: string) => m.tiles.find((t) => t.province.name === name)!;
    expect(tile('Đà Nẵng')).toMatchObject({ count: 20, names: ['Quảng Nam', 'Đà Nẵng'], color: COUNT_COLOURS.at(-1), textColor: COUNT_TEXT.at(-1) });
    expect(tile('Quảng Ngãi').count).toBe(13);
    expect(tile('Hà Nội')).toMatchObject({ count: 0, color: ZERO_COLOUR });
    expect(m).toMatchObject({ max: 20, national: 8, unmapped: [{ province: 'Atlantis', count: 2 }] });
    // 34 tiles whatever the counts.
    const big = provinceMap(PROVINCES_2025.map((p, i) => ({ province: p.name, count: 100_000 - i })));
    expect(big.tiles).toHaveLength(34);
  });

  it('colours by quantile classes that cover 1..max without gaps, the largest the darkest, each tile the colour of its class', () => {
    for (const counts of [
      [5],
      [1, 2, 3],
      [105, 109, 118, 120, 122, 126, 128, 130, 132, 133, 135, 142, 147, 148, 149, 153, 154, 155, 157, 162, 166, 169, 175, 177, 182, 188, 189, 197],
      [0, 0, 7, 7, 7, 1234],
    ]) {
      const scale = countScale(counts);
      const max = Math.max(...counts);
      expect(scale[0].from).toBe(1);
      expect(scale.at(-1)!.to).toBe(max);
      expect(scale.at(-1)!.color).toBe(COUNT_COLOURS.at(-1));
      for (let i = 1; i < scale.length; i++) {
        expect(scale[i].from).toBe(scale[i - 1].to + 1);
        expect(scale[i].step).toBeGreaterThan(scale[i - 1].step);
      }
      for (const c of counts.filter((x) => x > 0)) expect(classOf(c, scale)).not.toBeNull();
    }
    // Many similar counts still spread over the whole palette, about as many provinces per class.
    const similar = countScale(Array.from({ length: 34 }, (_, i) => 100 + i * 3));
    expect(similar).toHaveLength(COUNT_COLOURS.length);
    expect(countScale([0, 0])).toEqual([]);
    const m = provinceMap([
      { province: 'Quảng Ngãi', count: 3 },
      { province: 'Hà Nội', count: 9 },
    ]);
    for (const t of m.tiles) expect(t.color).toBe(t.count ? classOf(t.count, m.scale)!.color : ZERO_COLOUR);
    expect(COUNT_TEXT).toHaveLength(COUNT_COLOURS.length);
  });
});

describe('national view in a browser', () => {
  const web = webSuite();
  const { db } = web;
  const yoga = testApp(db);

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
  /** The map's tiles as province → count, as drawn. */
  const tileCounts = async (page: Page) => {
    const out = new Map<string, number>();
    for (const g of await page.locator('kb-national-view kb-province-map g.tile').all())
      out.set((await g.getAttribute('data-province'))!, Number(await g.getAttribute('data-count')));
    return out;
  };
  /** What the map should show: the expected counts summed onto the 2025 units. */
  const onTiles = (expected: Map<string | null, number>) => {
    const out = new Map<string, number>();
    for (const [p, c] of expected) if (p !== null) out.set(resolveProvince(p)!.name, (out.get(resolveProvince(p)!.name) ?? 0) + c);
    return out;
  };
  const param = (page: Page, k: string) => new URL(page.url()).searchParams.get(k);
  const loaded = async (page: Page) => {
    await expect.poll(() => page.locator('kb-national-view .summary .total').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.locator('kb-national-view progress').count(), { timeout: 20_000 }).toBe(0);
  };
  /** The national view of what depends on NDXP, loaded, with the counts by province it should show. */
  const openNdxp = async () => {
    const expected = await expectedCounts('component:ndxp');
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=national&id=component%3Andxp`);
    await loaded(page);
    return { page, errors, expected };
  };
  /** How many affected nodes the impact view lists, every fold opened. */
  const affectedRows = async (page: Page) => {
    await openFolds(page);
    return page.locator('kb-impact-view kb-table.affected tr.row').count();
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
    const { page, errors } = await openPage(web.browser, web.server.url);
    await page.locator('nav a', { hasText: 'Toàn quốc' }).click();
    await expect.poll(() => param(page, 'view')).toBe('national');
    await loaded(page);
    expect(await view(page).locator('h2').innerText()).toBe('Ảnh hưởng toàn quốc: CSDL quốc gia về Dân cư');
    const table = await tableCounts(page);
    expect(table).toEqual(new Map([...expected].map(([p, c]) => [p ?? '(không thuộc tỉnh)', c])));
    // The map: 34 tiles, the fixture provinces with their counts, every other province at 0.
    await expect.poll(() => page.locator('kb-national-view kb-province-map g.tile').count()).toBe(34);
    const tiles = await tileCounts(page);
    for (const [p, c] of onTiles(expected)) expect(tiles.get(p), p).toBe(c);
    expect([...tiles.values()].reduce((a, b) => a + b, 0)).toBe([...onTiles(expected).values()].reduce((a, b) => a + b, 0));
    expect(await view(page).locator('.map-notes').innerText()).toContain(`${expected.get(null) ?? 0} nút`);
    // The legend gives the scale.
    const legend = await view(page).locator('kb-province-map g.legend').textContent();
    expect(legend).toContain('Màu theo số nút bị ảnh hưởng');
    const total = [...expected.values()].reduce((a, b) => a + b, 0);
    expect(await view(page).locator('.summary .total').innerText()).toContain(`${total} nút bị ảnh hưởng`);
    await page.waitForTimeout(300);
    await screenshot(page, 'national');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('switches to NDXP: both fixture provinces with their counts; the language toggle relabels the view', async () => {
    const expected = await expectedCounts('component:ndxp');
    expect([...expected.keys()]).toEqual(expect.arrayContaining(['Quảng Nam', 'Quảng Ngãi', null]));
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=national`);
    await loaded(page);
    const select = view(page).locator('select[name=root]');
    await expect.poll(() => select.locator('option[value="component:ndxp"]').count(), { timeout: 10_000 }).toBe(1);
    await select.selectOption('component:ndxp');
    await expect.poll(() => param(page, 'id')).toBe('component:ndxp');
    await expect.poll(() => view(page).locator('h2').innerText(), { timeout: 20_000 }).toContain('NDXP');
    await loaded(page);
    expect(await tableCounts(page)).toEqual(new Map([...expected].map(([p, c]) => [p ?? '(không thuộc tỉnh)', c])));
    // Quảng Nam merged into Đà Nẵng in 2025: its count is on the Đà Nẵng tile.
    await expect.poll(async () => (await tileCounts(page)).get('Đà Nẵng')).toBe(expected.get('Quảng Nam'));

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
    const { page, errors, expected } = await openNdxp();
    await view(page).locator('kb-table.by-province button[data-province="Quảng Nam"]').click();
    await expect.poll(() => param(page, 'view')).toBe('impact');
    expect(param(page, 'province')).toBe('Quảng Nam');
    expect(param(page, 'id')).toBe('component:ndxp');
    await impactLoaded(page);
    const impactRows = page.locator('kb-impact-view kb-table.affected tr.row');
    await expect.poll(() => affectedRows(page)).toBe(expected.get('Quảng Nam'));
    expect(await page.locator('kb-impact-view select[name=province]').inputValue()).toBe('Quảng Nam');
    expect(await page.locator('kb-impact-view p.province-note').innerText()).toContain(
      `${expected.get('Quảng Nam')}/${[...expected.values()].reduce((a, b) => a + b, 0)}`,
    );
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
    await expect.poll(() => affectedRows(page)).toBe([...expected.values()].reduce((a, b) => a + b, 0));
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a tile opens the impact view filtered to its province and the old ones merged into it; the keyboard works too', async () => {
    const { page, errors, expected } = await openNdxp();
    const tile = view(page).locator('kb-province-map g.tile[data-province="Đà Nẵng"]');
    expect(await tile.getAttribute('aria-label')).toContain('Quảng Nam');
    await tile.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'view')).toBe('impact');
    expect(param(page, 'province')).toBe('Quảng Nam');
    await impactLoaded(page);
    await expect.poll(() => affectedRows(page)).toBe(expected.get('Quảng Nam'));
    await page.goBack();
    await loaded(page);
    await view(page).locator('kb-province-map g.tile[data-province="Quảng Ngãi"]').click();
    await expect.poll(() => param(page, 'province')).toBe('Quảng Ngãi');
    await impactLoaded(page);
    await expect.poll(() => affectedRows(page)).toBe(expected.get('Quảng Ngãi'));
    expect(errors).toEqual([]);
  });

  it('the national group opens the impact view filtered to nodes of no province', async () => {
    const { page, errors, expected } = await openNdxp();
    await view(page).locator('.map-notes button.open-national').click();
    await expect.poll(() => param(page, 'view')).toBe('impact');
    expect(param(page, 'province')).toBe(NATIONAL_PARAM);
    await impactLoaded(page);
    await expect.poll(() => affectedRows(page)).toBe(expected.get(null));
    expect(await page.locator('kb-impact-view select[name=province] option:checked').innerText()).toContain('(không thuộc tỉnh)');
    // The note links back to the national view on the same root.
    await page.locator('kb-impact-view p.province-note button.national').click();
    await expect.poll(() => param(page, 'view')).toBe('national');
    expect(param(page, 'id')).toBe('component:ndxp');
    await loaded(page);
    expect(errors).toEqual([]);
  });

  it('exports the map as SVG and PNG with a title and the parameters', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=national`);
    await loaded(page);
    const download = async (kind: string) => {
      const [d] = await Promise.all([page.waitForEvent('download'), view(page).locator(`.map-notes button[data-export=${kind}]`).click()]);
      expect(d.suggestedFilename()).toBe(`akb-national-ndb-dan-cu.${kind}`);
      return readFileSync((await d.path())!);
    };
    const svg = (await download('svg')).toString('utf8');
    expect(svg).toContain('<title>Ảnh hưởng toàn quốc: CSDL quốc gia về Dân cư</title>');
    expect(svg).toContain('độ sâu 3');
    expect(svg.match(/class="tile/g)!.length).toBe(34);
    expect(svg).toContain('Màu theo số nút bị ảnh hưởng');
    const png = await download('png');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(errors).toEqual([]);
  });
});
