/**
 * Impact: the parameters, witness words, rows and ring sizing headless; then the view in a real
 * browser: the script (search "dan cu" → population database → Impact: a non-empty list
 * and a graph of that many nodes plus the root), the URL round trip of the form, the witness path
 * highlighted from a row, the four exports caught as downloads and read back, axe, a screenshot;
 * "+N kết quả trong dữ liệu minh họa — hiện" at the default strictness.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { axe, openFolds, openPage, screenshot, webSuite } from './setup/browser.js';
import {
  DEFAULT_DEPTH,
  PROPAGATING_TYPES,
  RING_STEP,
  compactRings,
  hitProvenance,
  impactArgs,
  impactParams,
  impactRows,
  impactState,
  witnessWords,
  namesOf,
} from '../web/src/graph/impact-model.js';
import { impactToGraph } from '../web/src/graph/elements.js';
import type { ImpactResult } from '../web/src/api/queries.js';

const n = (id: string, name: string, kind = 'Component', provenance = 'stated') => ({ id, name, kind, provenance });
const step = (from: string, type: string, to: string, provenance = 'stated', quote: string | null = 'trích dẫn') => ({
  from: { id: from },
  type,
  to: { id: to },
  provenance,
  source: quote ? { document: '000.txt', section: 'PL I 3.1.a', quote, provenance } : null,
});
const result: ImpactResult = {
  root: n('ndb:dan-cu', 'CSDL quốc gia về Dân cư', 'NationalDatabase'),
  total: 3,
  truncated: false,
  affected: [
    { node: n('group:ndb', 'Các CSDL quốc gia', 'ComponentGroup'), depth: 1, exposure: 'GROUP', path: [step('ndb:dan-cu', 'MEMBER_OF_GROUP', 'group:ndb')] },
    {
      node: n('component:tthc', 'HTTT giải quyết TTHC'),
      depth: 2,
      exposure: 'GROUP',
      path: [step('ndb:dan-cu', 'MEMBER_OF_GROUP', 'group:ndb'), step('component:tthc', 'CONNECTS_TO', 'group:ndb', 'inferred', null)],
    },
    {
      node: n('component:ex', 'Ứng dụng ví dụ', 'Component', 'example'),
      depth: 1,
      exposure: 'DIRECT',
      path: [step('component:ex', 'USES_DATA_FROM', 'ndb:dan-cu', 'example')],
    },
  ],
  byAgency: [],
  byLayer: [],
  tasks: [],
  indicators: [],
};
const words = (type: string) => ({ MEMBER_OF_GROUP: 'thuộc nhóm', CONNECTS_TO: 'kết nối tới', USES_DATA_FROM: 'lấy dữ liệu từ' })[type] ?? type;

describe('impact parameters', () => {
  it('defaults and bounds', () => {
    expect(impactState({})).toEqual({
      id: null,
      direction: 'DEPENDENTS',
      depth: DEFAULT_DEPTH,
      types: [...PROPAGATING_TYPES],
      strictness: 'stated,inferred',
      architecture: null,
    });
    expect(impactState({ depth: '9' }).depth).toBe(6);
    expect(impactState({ depth: '0' }).depth).toBe(1);
    expect(impactState({ direction: 'sideways' }).direction).toBe('DEPENDENTS');
    expect(impactState({ types: 'CONNECTS_TO,NOPE' }).types).toEqual(['CONNECTS_TO']);
    expect(impactState({ provenance: 'example,inferred,stated' }).strictness).toBe('stated,inferred,example');
    expect(impactState({ provenance: 'stated' }).strictness).toBe('stated');
    expect(impactState({ provenance: 'inferred' }).strictness).toBe('stated,inferred');
  });

  it('writes only what differs from the defaults, and reads back the same state', () => {
    const s = {
      id: 'ndb:dan-cu',
      direction: 'DEPENDENCIES' as const,
      depth: 5,
      types: ['USES_DATA_FROM', 'CONNECTS_TO'],
      strictness: 'stated' as const,
      architecture: 'arch:qng-3.0',
    };
    const p = impactParams(s);
    expect(p).toEqual({
      id: 'ndb:dan-cu',
      direction: 'DEPENDENCIES',
      depth: '5',
      types: 'CONNECTS_TO,USES_DATA_FROM',
      provenance: 'stated',
      architecture: 'arch:qng-3.0',
    });
    expect(impactState(p)).toEqual({ ...s, types: ['CONNECTS_TO', 'USES_DATA_FROM'] });
    expect(impactParams(impactState({ id: 'x' }))).toEqual({ id: 'x', direction: '', depth: '', types: '', provenance: '', architecture: '' });
  });

  it('turns the state into impact() arguments', () => {
    expect(impactArgs(impactState({ id: 'ndb:dan-cu' }))).toEqual({
      id: 'ndb:dan-cu',
      direction: 'DEPENDENTS',
      maxDepth: 3,
      relationshipTypes: null,
      provenance: ['stated', 'inferred'],
      architecture: null,
    });
    expect(impactArgs(impactState({ id: 'x', types: 'IN_LAYER', provenance: 'stated,inferred,example' }))).toMatchObject({
      relationshipTypes: ['IN_LAYER'],
      provenance: ['stated', 'inferred', 'example'],
    });
  });
});

describe('impact in words and rows', () => {
  it('tells a witness path step by step, as stored', () => {
    expect(witnessWords(result.affected[1], namesOf(result), words)).toBe(
      'CSDL quốc gia về Dân cư thuộc nhóm Các CSDL quốc gia; HTTT giải quyết TTHC kết nối tới Các CSDL quốc gia',
    );
  });

  it('gives the weakest provenance of a hit', () => {
    expect(result.affected.map(hitProvenance)).toEqual(['stated', 'inferred', 'example']);
  });

  it('makes rows with the quotes of the path', () => {
    const rows = impactRows(result, words);
    expect(rows[0]).toEqual({
      id: 'group:ndb',
      name: 'Các CSDL quốc gia',
      kind: 'ComponentGroup',
      depth: 1,
      exposure: 'GROUP',
      provenance: 'stated',
      witness: 'CSDL quốc gia về Dân cư thuộc nhóm Các CSDL quốc gia',
      quotes: 'PL I 3.1.a: “trích dẫn”',
    });
    expect(rows[1].quotes).toBe('PL I 3.1.a: “trích dẫn”');
  });

  it('sizes rings to what they hold, keeping the root at the centre', () => {
    const m = compactRings(impactToGraph(result));
    const byId = new Map(m.nodes.map((x) => [x.id, x]));
    expect(byId.get('ndb:dan-cu')!.position).toEqual({ x: 0, y: 0 });
    const r = (id: string) => Math.hypot(byId.get(id)!.position!.x, byId.get(id)!.position!.y);
    expect(r('group:ndb')).toBeCloseTo(RING_STEP, 0);
    expect(r('component:ex')).toBeCloseTo(RING_STEP, 0);
    expect(r('component:tthc')).toBeCloseTo(2 * RING_STEP, 0);
    // A crowded ring grows so its nodes keep their room.
    const crowded: ImpactResult = {
      ...result,
      affected: Array.from({ length: 60 }, (_, i) => ({
        node: n(`c:${i}`, `c${i}`),
        depth: 1,
        exposure: 'DIRECT' as const,
        path: [step(`c:${i}`, 'USES_DATA_FROM', 'ndb:dan-cu')],
      })),
    };
    const big = compactRings(impactToGraph(crowded));
    expect(Math.hypot(big.nodes[1].position!.x, big.nodes[1].position!.y)).toBeGreaterThan(500);
  });
});

describe('impact view in a browser', () => {
  const web = webSuite();

  const graph = (page: Page) => page.locator('kb-impact-view kb-graph');
  const nodeCount = (page: Page) => graph(page).evaluate((el) => (el as unknown as { nodeCount: number }).nodeCount);
  const rows = (page: Page) => page.locator('kb-impact-view kb-table.affected tr.row');
  const param = (page: Page, k: string) => new URL(page.url()).searchParams.get(k);
  // Loaded, with the rows folded under their group opened, so every affected node is a row.
  const loaded = async (page: Page) => {
    await expect.poll(() => page.locator('kb-impact-view .summary .total').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.locator('kb-impact-view progress').count(), { timeout: 20_000 }).toBe(0);
    await openFolds(page);
  };

  it('the issue script: search "dan cu", pick the population database, go to Impact: the list and the graph agree', async () => {
    const { page, errors } = await openPage(web.browser, web.server.url);
    await page.locator('header kb-search input').fill('dan cu');
    const first = page.locator('header kb-search li[role=option]').first();
    await expect.poll(() => first.innerText(), { timeout: 10_000 }).toContain('CSDL quốc gia về Dân cư');
    await first.dispatchEvent('mousedown');
    await expect.poll(() => param(page, 'id')).toBe('ndb:dan-cu');
    await page.locator('nav a', { hasText: 'Ảnh hưởng' }).click();
    await expect.poll(() => param(page, 'view')).toBe('impact');
    await loaded(page);
    const count = await rows(page).count();
    expect(count).toBeGreaterThan(0);
    await expect.poll(() => nodeCount(page)).toBe(count + 1);
    expect(await page.locator('kb-impact-view .summary .total').innerText()).toContain(`${count} nút bị ảnh hưởng`);
    // The documents only give group-level exposure for the population database (README worked example).
    const table = await page.locator('kb-impact-view kb-table.affected table').innerText();
    expect(table).toContain('Hệ thống thông tin giải quyết thủ tục hành chính');
    expect(table).toContain('Qua nhóm');
    expect(errors).toEqual([]);
  });

  it('with examples from a link: strictness shown, example rows flagged, axe clean, screenshot', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=impact&id=component%3Aqng-lgsp&provenance=stated,inferred,example`);
    await loaded(page);
    expect(await page.locator('kb-impact-view select[name=provenance]').inputValue()).toBe('stated,inferred,example');
    expect(await page.locator('kb-impact-view p.note').innerText()).toContain('ví dụ minh họa');
    const count = await rows(page).count();
    expect(count).toBeGreaterThan(5);
    await expect.poll(() => nodeCount(page)).toBe(count + 1);
    expect(await page.locator('kb-impact-view kb-table.affected .badge.example').count()).toBeGreaterThan(0);
    expect(await page.locator('kb-impact-view kb-table.by-agency tr.row').count()).toBeGreaterThan(0);
    await page.waitForTimeout(1000);
    await screenshot(page, 'impact');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('without example data: how many more nodes it would add, "hiện" shows them', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=impact&id=component%3Aqng-lgsp`);
    await loaded(page);
    const before = await rows(page).count();
    const adds = page.locator('kb-impact-view .example-adds');
    await adds.waitFor({ timeout: 20_000 });
    const n = Number(/\+(\d+) kết quả trong dữ liệu minh họa — hiện/.exec((await adds.innerText()).replace(/\s+/g, ' '))?.[1]);
    expect(n).toBeGreaterThan(0);
    await adds.locator('button').click();
    await expect.poll(() => param(page, 'provenance')).toBe('stated,inferred,example');
    await loaded(page);
    await expect.poll(() => rows(page).count(), { timeout: 20_000 }).toBe(before + n);
    expect(await page.locator('kb-impact-view .example-adds').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('the form round-trips through the URL: depth and direction survive a reload', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=impact&id=component%3Aqng-lgsp`);
    await loaded(page);
    await page.locator('kb-impact-view select[name=depth]').selectOption('2');
    await expect.poll(() => param(page, 'depth')).toBe('2');
    await page.locator('kb-impact-view input[value=DEPENDENCIES]').check();
    await expect.poll(() => param(page, 'direction')).toBe('DEPENDENCIES');
    await loaded(page);
    await expect.poll(() => page.locator('kb-impact-view kb-table.affected caption').innerText()).toMatch(/^Nút được cần đến \(\d+\)$/);
    const before = await rows(page).count();
    await page.locator('kb-impact-view details.types summary').click();
    await page.locator('kb-impact-view input[name=types][value=IN_LAYER]').uncheck();
    await expect.poll(() => param(page, 'types')).not.toBeNull();
    expect(param(page, 'types')!.split(',')).not.toContain('IN_LAYER');
    await loaded(page);

    await page.reload();
    await loaded(page);
    expect(await page.locator('kb-impact-view select[name=depth]').inputValue()).toBe('2');
    expect(await page.locator('kb-impact-view input[value=DEPENDENCIES]').isChecked()).toBe(true);
    expect(await page.locator('kb-impact-view input[value=DEPENDENTS]').isChecked()).toBe(false);
    expect(await page.locator('kb-impact-view details.types summary').innerText()).toContain(`(${PROPAGATING_TYPES.length - 1}/${PROPAGATING_TYPES.length})`);
    expect(await rows(page).count()).toBeLessThanOrEqual(before);
    await expect.poll(() => nodeCount(page)).toBe((await rows(page).count()) + 1);
    expect(errors).toEqual([]);
  });

  it('hovering a row highlights its witness path in the graph, leaving it clears it', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=impact&id=ndb%3Adan-cu`);
    await loaded(page);
    await expect.poll(() => nodeCount(page)).toBeGreaterThan(1);
    const highlight = () => graph(page).evaluate((el) => (el as unknown as { highlight: string[] }).highlight);
    // Count layouts from here on: highlighting must not run one.
    await page.evaluate(() => {
      const w = window as unknown as { layouts: number };
      w.layouts = 0;
      document.addEventListener('kb-layout-done', () => w.layouts++);
    });
    const row = rows(page).nth(1);
    const id = await row.getAttribute('data-id');
    await row.hover();
    await expect.poll(async () => (await highlight()).length).toBeGreaterThan(0);
    const ids = await highlight();
    expect(ids).toContain('ndb:dan-cu');
    expect(ids).toContain(id);
    await page.locator('kb-impact-view h2').hover();
    await expect.poll(async () => (await highlight()).length).toBe(0);
    // Keyboard: focusing a row does the same.
    await row.focus();
    await expect.poll(async () => (await highlight()).length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { layouts: number }).layouts)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('exports the table as CSV and XLSX and the picture as PNG and SVG', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=impact&id=ndb%3Adan-cu`);
    await loaded(page);
    await expect.poll(() => nodeCount(page)).toBeGreaterThan(1);
    const count = await rows(page).count();
    const download = async (kind: string) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.locator(`kb-impact-view button[data-export=${kind}]`).click()]);
      expect(d.suggestedFilename()).toBe(`akb-impact-ndb-dan-cu.${kind}`);
      const bytes = readFileSync((await d.path())!);
      expect(bytes.length).toBeGreaterThan(0);
      return bytes;
    };
    const csv = await download('csv');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8');
    expect(text).toContain('CSDL');
    expect(text.trim().split('\r\n').length).toBeGreaterThanOrEqual(count + 1);

    const xlsx = await download('xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Nút bị ảnh hưởng', 'Theo cơ quan', 'Theo lớp kiến trúc', 'Nhiệm vụ liên quan', 'Chỉ tiêu liên quan']);
    const sheet = wb.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('Tên');
    expect(sheet.rowCount).toBe(count + 1);
    expect(sheet.getCell('A2').value).toBe('Các CSDL, hệ thống thông tin quốc gia');
    expect(sheet.getCell('D2').value).toBe(1);

    const png = await download('png');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const svg = await download('svg');
    expect(svg.toString('utf8')).toContain('<svg');
    // Nothing logged: every node shape is one cytoscape-svg can draw (graph/style.ts).
    expect(errors).toEqual([]);
  });
});
