/**
 * Everyday use in a real browser (issue 22), over the real server and the fixtures:
 * - search: version queries ("kien truc quang ngai 2.0", "2.0", "CQĐT 3.0 Quảng Ngãi"…) find the
 *   right architecture in the header's list; each hit names kind, province and owner; Enter opens the
 *   all-results page with a kind filter and paging;
 * - sign-in once per browser session: signed in as … (role), a second tab signed in too, signing
 *   out in one tab signs out both; a wrong or empty token refused in Vietnamese;
 * - editing: nothing sent and a Vietnamese sign-in request when not signed in; the id proposed from
 *   the name; province and layer pick-lists; the server's rules checked before anything is sent;
 *   "Sửa" in the node panel, then the history shows the name before → after;
 * - impact: exposure as a column and a filter, rows reached through a group folded under it, the
 *   line on what example data adds;
 * - a phone (390×844): the search usable, panes stacked, nothing wider than the screen but tables;
 * - delivery: the first view loads no Cytoscape and no exceljs, its JavaScript within budget,
 *   compressed with brotli, hashed files cached for a year;
 * - server errors in the UI's language with what to do next.
 * Test nodes have ":test-" ids and are removed before and after.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { fillFields, openPage, screenshot, webSuite } from './setup/browser.js';

const web = webSuite({ cleanup: ['test/delete-test-nodes', 'test/delete-test-tokens'], editor: 'test-web-everyday-editor' });

const TEST_ID = 'component:test-web-everyday';

/** GraphQL operations a page sends, by the first mutation or query field name in their text. */
function watchMutations(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (r) => {
    if (!r.url().endsWith('/graphql') || r.method() !== 'POST') return;
    const body = r.postData() ?? '';
    const m = /mutation[^{]*\{\s*(\w+)/.exec(JSON.parse(body || '{}').query ?? '');
    if (m) sent.push(m[1]);
  });
  return sent;
}

/** The visible text of an element and its shadow trees, technical details left out. */
function deepText(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((root) => {
      const out: string[] = [];
      const walk = (n: Node) => {
        if (n instanceof HTMLElement && (n.tagName === 'DETAILS' || n.tagName === 'STYLE' || n.hidden)) return;
        if (n.nodeType === Node.TEXT_NODE) out.push(n.textContent ?? '');
        if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
        for (const c of n.childNodes) walk(c);
      };
      walk(root);
      return out.join(' ').replace(/\s+/g, ' ');
    });
}

const searchInput = (page: Page) => page.locator('kb-app header > kb-search input');
const hitRows = (page: Page) => page.locator('kb-app header > kb-search li[role=option]:not(.all):not([aria-disabled=true])');

async function typeSearch(page: Page, text: string) {
  const input = searchInput(page);
  await input.fill('');
  await input.fill(text);
  // The list for exactly this text (the status line counts its hits).
  await expect
    .poll(
      () =>
        page
          .locator('kb-app header > kb-search li.all')
          .first()
          .innerText()
          .catch(() => ''),
      { timeout: 10_000 },
    )
    .toContain(text);
}

describe('search finds versions, tells hits apart, and lists every result', () => {
  // Query → the architecture (by its name as the documents write it) that must be among the first hits.
  const CASES: [string, RegExp][] = [
    ['kien truc quang ngai 2.0', /Quảng Ngãi, phiên bản 2\.0/],
    ['quang ngai 2.0', /Quảng Ngãi, phiên bản 2\.0/],
    ['phien ban 2.0', /phiên bản 2\.0|Phiên bản 2\.0/],
    ['2.0', /2\.0/],
    ['CQĐT 3.0 Quảng Ngãi', /3\.0/],
    ['kien truc CQDT Quang Nam 2.0', /Quảng Nam \(Phiên bản 2\.0\)/],
    ['Quảng Nam phiên bản 1.0', /Quảng Nam \(Phiên bản 1\.0\)/],
  ];

  it('the header list finds each version query and names kind, province and owner', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=explore`);
    for (const [text, expected] of CASES) {
      await typeSearch(page, text);
      const names = await hitRows(page).locator('.name').allInnerTexts();
      expect(
        names.slice(0, 5).some((n) => expected.test(n)),
        `"${text}" → ${names.slice(0, 5).join(' | ')}`,
      ).toBe(true);
    }
    // Unversioned, both Quảng Ngãi versions; with 2.0, never 3.0.
    await typeSearch(page, 'kien truc quang ngai 2.0');
    expect((await hitRows(page).locator('.name').allInnerTexts()).some((n) => /Quảng Ngãi.*3\.0/.test(n))).toBe(false);
    // Two LGSPs tell apart by province (and owner where the documents name one).
    await typeSearch(page, 'LGSP');
    const contexts = await hitRows(page).locator('.kind').allInnerTexts();
    expect(contexts.some((c) => c.includes('Quảng Ngãi'))).toBe(true);
    expect(contexts.some((c) => c.includes('Quảng Nam'))).toBe(true);
    await typeSearch(page, 'NDXP');
    expect(await hitRows(page).first().locator('.kind').innerText()).toMatch(/toàn quốc.*chủ quản: /);
    // Choosing a hit with the keyboard opens it.
    await typeSearch(page, 'kien truc quang ngai 2.0');
    const first = await hitRows(page).first().locator('.name').innerText();
    await searchInput(page).press('ArrowDown');
    await searchInput(page).press('Enter');
    await page.waitForURL(/id=arch/);
    expect(first).toMatch(/Quảng Ngãi, phiên bản 2\.0$/);
    expect(errors).toEqual([]);
  });

  it('Enter opens every result: counts per kind, a kind filter, paging without repeats', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=explore`);
    await typeSearch(page, 'quang ngai');
    await searchInput(page).press('Enter');
    await page.waitForURL(/view=search/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('quang ngai');
    const results = page.locator('kb-search-results');
    await expect.poll(() => results.locator('tbody tr').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const firstPage = await results.locator('tbody tr').count();
    const total = Number(/\((\d+)\)/.exec(await results.locator('.kinds button[aria-pressed=true]').innerText())![1]);
    expect(total).toBeGreaterThan(firstPage);
    // Columns: name, kind, province, owner.
    expect(await results.locator('thead th').allInnerTexts()).toEqual(expect.arrayContaining(['Tên', 'Loại', 'Tỉnh']));
    await results.locator('button.more').click();
    await expect.poll(() => results.locator('tbody tr').count(), { timeout: 15_000 }).toBeGreaterThan(firstPage);
    const ids = await results.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
    expect(new Set(ids).size).toBe(ids.length);
    // The kind filter: one kind, its count, only rows of that kind; in the URL.
    const kindButton = results.locator('.kinds button[data-kind]').first();
    const [, label, count] = /^(.*) \((\d+)\)$/.exec((await kindButton.innerText()).trim())!;
    await kindButton.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('kind')).toBe(await kindButton.getAttribute('data-kind'));
    await expect.poll(() => results.locator('tbody tr').count(), { timeout: 15_000 }).toBe(Math.min(Number(count), firstPage));
    await expect
      .poll(async () => (await results.locator('tbody tr td:nth-child(2)').allInnerTexts()).every((k) => k.trim() === label), { timeout: 15_000 })
      .toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('sign in once per browser session', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await web.browser.newContext({ viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => context?.close());

  it('refuses an empty or wrong token in Vietnamese, then signs in, shared with a new tab, and signs out of both', async () => {
    const one = await context.newPage();
    await one.goto(`${web.server.url}/?view=explore`);
    const session = one.locator('kb-app header kb-session');
    await session.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await session.getByRole('button', { name: 'Đăng nhập bằng mã' }).click();
    await expect.poll(() => session.locator('kb-error [role=alert]').innerText()).toContain('Chưa nhập mã truy cập');
    await session.locator('#session-token').fill('akb_this-is-not-a-token');
    await session.getByRole('button', { name: 'Đăng nhập bằng mã' }).click();
    await expect.poll(() => session.locator('kb-error [role=alert] .what').innerText(), { timeout: 10_000 }).toContain('mã truy cập không hợp lệ');
    expect(await session.locator('kb-error [role=alert] .next').innerText()).toMatch(/Đăng nhập lại/);
    await session.locator('#session-token').fill(web.editor);
    await session.getByRole('button', { name: 'Đăng nhập bằng mã' }).click();
    await expect
      .poll(
        () =>
          session
            .locator('.name')
            .innerText()
            .catch(() => ''),
        { timeout: 10_000 },
      )
      .toBe('Đã đăng nhập: test-web-everyday-editor (biên tập viên)');
    // Kept in this tab's session storage, never in local storage.
    expect(
      await one.evaluate(() => [sessionStorage.getItem('akb.editorToken') !== null, Object.keys(localStorage).filter((k) => k.startsWith('akb.')).length]),
    ).toEqual([true, 0]);
    // A reload keeps it.
    await one.reload();
    await expect
      .poll(
        () =>
          one
            .locator('kb-app header kb-session .name')
            .innerText()
            .catch(() => ''),
        { timeout: 10_000 },
      )
      .toContain('test-web-everyday-editor');

    // A second tab of the same browser session is signed in without asking.
    const two = await context.newPage();
    await two.goto(`${web.server.url}/?view=edit`);
    await expect
      .poll(
        () =>
          two
            .locator('kb-app header kb-session .name')
            .innerText()
            .catch(() => ''),
        { timeout: 10_000 },
      )
      .toContain('test-web-everyday-editor');
    expect(await two.locator('kb-edit-view .signin').count()).toBe(0);

    // Signing out in the second tab signs out the first.
    await two.locator('kb-app header kb-session').getByRole('button', { name: 'Đăng xuất' }).click();
    await expect
      .poll(() => one.locator('kb-app header kb-session').getByRole('button', { name: 'Đăng nhập', exact: true }).isVisible(), { timeout: 10_000 })
      .toBe(true);
    expect(await one.evaluate(() => sessionStorage.getItem('akb.editorToken'))).toBeNull();
    await screenshot(one, 'everyday-signed-out');
  });
});

/** Fills the node form with a provincial application of example data, valid for the browser's checks. */
const fillExampleSystem = (form: Locator, name: string, id: string) =>
  fillFields(form, { kind: 'Component', name, id, componentKind: 'application', level: 'province', provenance: 'example' });

describe('editing without friction', () => {
  it('not signed in: a Vietnamese request to sign in and nothing sent', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=edit`);
    const sent = watchMutations(page);
    const f = page.locator('kb-edit-view kb-node-form');
    // A form the browser's checks pass: only the sign-in is missing.
    await fillExampleSystem(f, 'Hệ thống thử chưa đăng nhập', 'component:test-web-everyday-anonymous');
    await f.getByRole('button', { name: 'Tạo nút' }).click();
    const alert = page.locator('kb-edit-view .signin[role=alert]');
    await expect.poll(() => alert.innerText().catch(() => ''), { timeout: 10_000 }).toContain('Đăng nhập với vai trò biên tập viên');
    // The header's sign-in opens, focused on the token field.
    await expect.poll(() => page.locator('kb-session #session-token').isVisible()).toBe(true);
    expect(await deepText(page, 'kb-edit-view')).not.toMatch(/UNAUTHENTICATED|not authenticated|token/i);
    expect(sent).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('proposes the id from the name, offers pick-lists, and checks the server’s rules before sending', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=edit`, { token: web.editor });
    const sent = watchMutations(page);
    const f = page.locator('kb-edit-view kb-node-form');
    // The kind list: Vietnamese labels, no dictionary keys.
    const kinds = await f.locator('#f-kind option').allInnerTexts();
    expect(kinds.length).toBeGreaterThan(8);
    expect(kinds.join('|')).not.toMatch(/kind\./);
    await f.locator('#f-kind').selectOption('Component');
    await f.locator('#f-name').fill('Cổng Dịch vụ công thử nghiệm Quảng Ngãi');
    await expect.poll(() => f.locator('#f-id').inputValue()).toBe('component:cong-dich-vu-cong-thu-nghiem-quang-ngai');
    // Province is a list of the 34 provinces; layer and architecture lists come from the graph.
    const provinces = await f.locator('#f-province option').allInnerTexts();
    expect(provinces).toContain('Quảng Ngãi');
    expect(provinces.length).toBeGreaterThanOrEqual(34);
    await f.locator('#f-province').selectOption('Quảng Ngãi');
    await expect.poll(() => f.locator('#f-layer option').count(), { timeout: 10_000 }).toBeGreaterThan(2);
    await expect.poll(() => f.locator('#f-architecture option').count(), { timeout: 10_000 }).toBeGreaterThan(2);
    // Hints are Vietnamese.
    const hints = await f.locator('.hint').allInnerTexts();
    expect(hints.length).toBeGreaterThan(3);
    for (const h of hints.filter((x) => x.trim())) expect(h, h).toMatch(/[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i);

    // Stated without a source and no component kind: refused here, nothing sent.
    await f.locator('#f-provenance').selectOption('stated');
    await f.getByRole('button', { name: 'Tạo nút' }).click();
    await expect
      .poll(
        () =>
          f
            .locator('#f-componentKind-error')
            .innerText()
            .catch(() => ''),
        { timeout: 5_000 },
      )
      .toMatch(/bắt buộc/);
    expect(await f.locator('.sources').innerText()).toContain('cần ít nhất một trích dẫn');
    expect(await f.locator('#f-componentKind').getAttribute('aria-invalid')).toBe('true');
    // An id with a space is refused the same way.
    await f.locator('#f-id').fill('component:co khoang trang');
    await f.getByRole('button', { name: 'Tạo nút' }).click();
    await expect
      .poll(() =>
        f
          .locator('#f-id-error')
          .innerText()
          .catch(() => ''),
      )
      .toContain('không có khoảng trắng');
    expect(sent).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('"Sửa" in the node panel edits the node, and its history shows the name before → after', async () => {
    await web.api(`mutation($i: NodeInput!) { createNode(input: $i) { id } }`, {
      i: {
        id: TEST_ID,
        kind: 'Component',
        name: 'Hệ thống thử lịch sử',
        provenance: 'example',
        properties: { componentKind: 'application', level: 'province' },
      },
    });
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=explore&id=${encodeURIComponent(TEST_ID)}`, { token: web.editor });
    const panel = page.locator('kb-explore-view kb-node-panel');
    await panel.getByRole('button', { name: 'Sửa' }).click();
    await page.waitForURL(/view=edit/);
    expect(new URL(page.url()).searchParams.get('id')).toBe(TEST_ID);
    const f = page.locator('kb-edit-view kb-node-form');
    await expect.poll(() => f.locator('#f-name').inputValue(), { timeout: 10_000 }).toBe('Hệ thống thử lịch sử');
    await f.locator('#f-name').fill('Hệ thống thử lịch sử (đã sửa)');
    await f.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/view=explore/, { timeout: 15_000 });
    const change = page.locator('kb-explore-view kb-node-panel li[data-field=name]');
    await expect.poll(() => change.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await change.first().locator('del').innerText()).toBe('Hệ thống thử lịch sử');
    expect(await change.first().locator('ins').innerText()).toBe('Hệ thống thử lịch sử (đã sửa)');
    expect(errors).toEqual([]);
  });
});

describe('impact readability', () => {
  it('exposure is a column and a filter; group rows fold under their group; a line says what example data adds', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=impact&id=ndb:dan-cu`);
    const view = page.locator('kb-impact-view');
    const table = view.locator('kb-table').first();
    await expect.poll(() => table.locator('tbody').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await table.locator('thead th').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('Mức phơi nhiễm')]));
    // Rows reached only through a group: folded, the toggle says how many and opens them.
    const toggle = table.locator('button.group-toggle').first();
    await expect.poll(() => toggle.count(), { timeout: 15_000 }).toBe(1);
    const words = (await toggle.innerText()).trim();
    expect(words).toMatch(/^(qua nhóm|qua lớp)( “[^”]+”)?: \d+ hệ thống — mở$/);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const body = table.locator('tbody.collapsible').first();
    expect(await body.locator('tr').count()).toBe(1);
    const n = Number(/: (\d+) hệ thống/.exec(words)![1]);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect((await toggle.innerText()).trim()).toMatch(/— thu gọn$/);
    expect(await body.locator('tr').count()).toBe(n + 1);
    // The example-data line.
    // The example-data line says what the API says example data would add (and is absent when nothing).
    const adds =
      (
        await web.api<{ impact: { summary: { exampleAdds: number | null } } }>(
          '{ impact(id: "ndb:dan-cu", direction: DEPENDENTS, maxDepth: 3, first: 1) { summary { exampleAdds } } }',
        )
      ).impact.summary.exampleAdds ?? 0;
    if (adds > 0)
      await expect
        .poll(
          () =>
            view
              .locator('p.example-adds')
              .innerText()
              .catch(() => ''),
          { timeout: 15_000 },
        )
        .toContain(`+${adds} kết quả trong dữ liệu minh họa`);
    else expect(await view.locator('p.example-adds').count()).toBe(0);
    // The exposure filter: only direct consumers; the URL says so, no folded group remains.
    const filter = view.locator('fieldset.exposure');
    expect(await filter.locator('input[type=checkbox]').count()).toBe(3);
    await filter.locator('input[value=GROUP]').uncheck();
    await filter.locator('input[value=LAYER]').uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('exposure')).toBe('DIRECT');
    await expect.poll(() => table.locator('button.group-toggle').count(), { timeout: 15_000 }).toBe(0);
    const exposures = await table.locator('tbody tr td strong').allInnerTexts();
    expect(exposures.every((x) => x === 'Trực tiếp')).toBe(true);
    await screenshot(page, 'everyday-impact');
    expect(errors).toEqual([]);
  });
});

describe('a phone (390×844)', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await web.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, deviceScaleFactor: 2 });
  });
  afterAll(async () => context?.close());

  /** How far the page is wider than the screen; when it is, which elements stick out (in the message). */
  const overflow = async (page: Page) => {
    const { by, culprits } = await page.evaluate(() => {
      const out: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.right > innerWidth + 1 && r.width > 0)
            out.push(
              `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} right=${Math.round(r.right)}`,
            );
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return { by: document.documentElement.scrollWidth - innerWidth, culprits: out.slice(-6) };
    });
    if (by > 0) console.log(`page ${page.url()} wider than the screen by ${by} px: ${culprits.join(', ')}`);
    return by;
  };

  it('the search stays usable and finds a version; the explore panes stack; nothing is cut off', async () => {
    const page = await context.newPage();
    await page.goto(`${web.server.url}/?view=explore&id=ndb:dan-cu`);
    const input = searchInput(page);
    await input.waitFor();
    const box = (await input.boundingBox())!;
    expect(box.width).toBeGreaterThan(250);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await typeSearch(page, 'quang ngai 2.0');
    const list = (await page.locator('kb-app header > kb-search ul[role=listbox]').boundingBox())!;
    expect(list.x).toBeGreaterThanOrEqual(0);
    expect(list.x + list.width).toBeLessThanOrEqual(391);
    expect((await hitRows(page).first().boundingBox())!.height).toBeGreaterThan(20);
    await input.press('Escape');
    const graph = page.locator('kb-explore-view kb-graph');
    const panel = page.locator('kb-explore-view kb-node-panel');
    await expect.poll(() => deepText(page, 'kb-explore-view kb-node-panel'), { timeout: 15_000 }).toContain('Dân cư');
    const g = (await graph.boundingBox())!;
    const p = (await panel.boundingBox())!;
    expect(g.width).toBeGreaterThan(300);
    expect(g.height).toBeGreaterThan(200);
    expect(p.y).toBeGreaterThanOrEqual(g.y + g.height - 1);
    expect(p.x + p.width).toBeLessThanOrEqual(391);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'everyday-phone-explore');
    await page.close();
  });

  it('the impact view stacks and its tables scroll inside their box; edit and search pages fit', async () => {
    const page = await context.newPage();
    await page.goto(`${web.server.url}/?view=impact&id=ndb:dan-cu`);
    const table = page.locator('kb-impact-view kb-table').first();
    await expect.poll(() => table.locator('tbody').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const t = (await table.boundingBox())!;
    expect(t.x + t.width).toBeLessThanOrEqual(391);
    // Wider than the screen, it scrolls sideways inside its own box.
    expect(await table.evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
    expect(await table.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'everyday-phone-impact');
    for (const view of ['edit', 'search&q=quang%20ngai', 'home']) {
      await page.goto(`${web.server.url}/?view=${view}`);
      await page.waitForLoadState('networkidle');
      expect(await overflow(page), view).toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});

describe('delivery', () => {
  it('the first view loads no Cytoscape or exceljs, ≤ 300 KB of JavaScript (≤ 100 KB compressed), brotli, hashed files cached for a year', async () => {
    const { page, errors } = await openPage(web.browser, 'about:blank');
    const js: { url: string; encoding: string | null; cache: string | null; bytes: number }[] = [];
    page.on('response', async (r) => {
      if (!/\.js$/.test(new URL(r.url()).pathname)) return;
      const h = await r.allHeaders();
      js.push({ url: r.url(), encoding: h['content-encoding'] ?? null, cache: h['cache-control'] ?? null, bytes: (await r.body()).length });
    });
    await page.goto(`${web.server.url}/`);
    await searchInput(page).waitFor();
    await page.waitForLoadState('networkidle');
    const sizes = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => /\.js$/.test(new URL(e.name).pathname))
        .map((e) => ({ url: e.name, encoded: (e as PerformanceResourceTiming).encodedBodySize, decoded: (e as PerformanceResourceTiming).decodedBodySize })),
    );
    const names = sizes.map((s) => new URL(s.url).pathname);
    expect(
      names.some((n) => /kb-graph|cytoscape|exceljs/.test(n)),
      names.join(', '),
    ).toBe(false);
    const decoded = sizes.reduce((a, s) => a + s.decoded, 0);
    const encoded = sizes.reduce((a, s) => a + s.encoded, 0);
    expect(decoded).toBeLessThanOrEqual(300 * 1024);
    expect(encoded).toBeLessThanOrEqual(100 * 1024);
    expect(js.length).toBeGreaterThan(0);
    for (const r of js) {
      // Brotli (or gzip where a browser offers only that); files under 1 KB go as they are
      // (headers would cost more than compression saves).
      if (r.bytes >= 1024) expect(['br', 'gzip'], r.url).toContain(r.encoding);
      expect(r.cache, r.url).toMatch(/max-age=31536000.*immutable/);
    }
    // Brotli when asked for; index.html revalidated on each load.
    const entry = js.find((r) => r.bytes >= 1024)!.url;
    const br = await fetch(entry, { headers: { 'accept-encoding': 'br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect((await fetch(`${web.server.url}/`, { headers: { 'accept-encoding': 'gzip' } })).headers.get('cache-control')).toBe('no-cache');
    // Cytoscape arrives with the first graph, exceljs with the first spreadsheet export only.
    await page.goto(`${web.server.url}/?view=explore&id=ndb:dan-cu`);
    await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /kb-graph/.test(e.name))), { timeout: 15_000 }).toBe(true);
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /exceljs/.test(e.name)))).toBe(false);
    expect(errors).toEqual([]);
  });
});

describe('errors in the UI’s language', () => {
  it('an unknown node: Vietnamese what and what next, the code only under technical details; English after the toggle', async () => {
    const { page } = await openPage(web.browser, `${web.server.url}/?view=impact&id=ndb:khong-ton-tai`);
    const alert = page.locator('kb-impact-view kb-error [role=alert]');
    await expect.poll(() => alert.count(), { timeout: 15_000 }).toBe(1);
    expect(await alert.locator('.what').innerText()).toBe('Không tìm thấy mục được yêu cầu.');
    expect(await alert.locator('.next').innerText()).toMatch(/tìm lại bằng ô tìm kiếm/);
    expect(await alert.locator('.what').innerText()).not.toContain('NOT_FOUND');
    expect(await alert.locator('details').getAttribute('open')).toBeNull();
    await page.locator('kb-app header button.lang').click();
    await expect.poll(() => alert.locator('.what').innerText()).toBe('The item asked for does not exist.');
    expect(await alert.locator('.next').innerText()).toMatch(/search for it above/);
  });

  it('a refused token on save says so in Vietnamese with what to do next', async () => {
    const { page } = await openPage(web.browser, `${web.server.url}/?view=edit`, { token: 'akb_revoked-or-made-up' });
    const f = page.locator('kb-edit-view kb-node-form');
    await fillExampleSystem(f, 'Hệ thống thử mã sai', 'component:test-web-everyday-bad-token');
    await f.getByRole('button', { name: 'Tạo nút' }).click();
    const alert = page.locator('kb-edit-view kb-error [role=alert], kb-session kb-error [role=alert], kb-edit-view .signin[role=alert]');
    await expect
      .poll(
        () =>
          alert
            .first()
            .innerText()
            .catch(() => ''),
        { timeout: 10_000 },
      )
      .toMatch(/đăng nhập|Đăng nhập|mã truy cập/);
    expect(await deepText(page, 'kb-edit-view')).not.toMatch(/UNAUTHENTICATED|Not signed in|malformed|token/i);
  });
});
