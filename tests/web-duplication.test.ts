/**
 * The duplication view in a real browser over the real server: the eleven findings over Quảng Ngãi
 * 3.0 with the example applications, one finding's evidence drawn and kept across a reload, the
 * agency filter (server-side), "which applications should use LGSP" in two clicks, the CSV export,
 * findings read as an appraiser would sign them (relationships in words, agencies named, no raw
 * ids, no "Jaccard", the items compared by name, the rule set and whose guidance it is), "+11 in
 * example data — show", no page error and no serious axe violation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, deepText, openPage, screenshot, webSuite } from './setup/browser.js';

const web = webSuite();

const FINDINGS = 'kb-duplication-view .list kb-finding';

/** The node count <kb-graph> reports (its Cytoscape instance), read through the shadow roots. */
const graphNodes = (page: Page) =>
  page.evaluate(() => {
    const view = document.querySelector('kb-app')!.shadowRoot!.querySelector('kb-duplication-view')!;
    const graph = view.shadowRoot!.querySelector('kb-graph') as (Element & { nodeCount: number }) | null;
    return graph?.nodeCount ?? 0;
  });

describe('duplication view', () => {
  it('lists the 11 example findings over Quảng Ngãi 3.0; one finding draws its evidence, kept in the URL across a reload; LGSP reuse names 4 apps', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=duplication&architecture=arch%3Aqng-3.0`);
    await expect.poll(() => page.locator(FINDINGS).count(), { timeout: 20_000 }).toBe(11);
    // Every finding rests on illustrative data and says so.
    expect(await page.locator(`${FINDINGS} .example`).count()).toBe(11);
    const first = page.locator(FINDINGS).first();
    expect(await first.locator('.sev').innerText()).toContain('Cao');
    expect(await deepText(first)).toContain('Tái sử dụng CSDL quốc gia về Dân cư qua Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) tỉnh Quảng Ngãi');

    await first.locator('button.select').click();
    await page.waitForURL(/finding=rebuilds-national-data/);
    expect(new URL(page.url()).searchParams.get('finding')).toBe('rebuilds-national-data:component:qng-ex-ho-so-suc-khoe:domain:dan-cu');
    await expect.poll(() => graphNodes(page), { timeout: 15_000 }).toBeGreaterThan(0);
    const detail = page.locator('kb-duplication-view .detail kb-finding');
    const text = await deepText(detail);
    // Relationships in words ("lưu dữ liệu", "là nguồn dữ liệu gốc về"), never a type code.
    expect(text).toContain('lưu dữ liệu');
    expect(text).toContain('là nguồn dữ liệu gốc về');
    expect(text).not.toMatch(/AUTHORITATIVE_FOR|HOLDS_DATA|USES_DATA_FROM/);
    // The system with its agency.
    expect(text).toContain('Hệ thống quản lý hồ sơ sức khỏe điện tử (Sở Y tế)');
    expect(text).toContain('Các CSDL, hệ thống thông tin quốc gia khác');
    expect(text).toContain('Không xây dựng lại các miền dữ liệu do CSDL quốc gia cung cấp được triển khai từ trung ương xuống địa phương.');
    // Documents are cited by title, issuer and date, never by file name.
    expect(text).toContain('Quyết định phê duyệt Kiến trúc CQĐT tỉnh Quảng Nam (Phiên bản 2.0) (Ủy ban nhân dân tỉnh Quảng Nam, 2021), §6.a');
    expect(text).not.toContain('.txt');

    await page.reload();
    await expect.poll(() => graphNodes(page), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.locator('kb-duplication-view kb-finding[selected]').count()).toBe(1);
    await screenshot(page, 'duplication');

    await page.locator('kb-duplication-view .reuse-buttons button', { hasText: 'Ứng dụng nên dùng LGSP' }).click();
    await page.waitForURL(/resource=component%3Aqng-lgsp/);
    await expect.poll(() => page.locator('kb-duplication-view .reuse li.candidate').count(), { timeout: 15_000 }).toBe(4);
    expect(await page.locator('kb-duplication-view .reuse').innerText()).toContain('Hệ thống thông tin đất đai tỉnh Quảng Ngãi');
    await page.locator('kb-duplication-view .reuse-buttons button', { hasText: 'Ứng dụng nên dùng CSDL Dân cư' }).click();
    await expect.poll(() => page.locator('kb-duplication-view .reuse li.candidate').count(), { timeout: 15_000 }).toBe(1);

    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('reads as an appraiser would sign it: no raw ids, no jargon, overlaps and twins in words with the items by name, the rule set named', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=duplication&architecture=arch%3Aqng-3.0`);
    await expect.poll(() => page.locator(FINDINGS).count(), { timeout: 20_000 }).toBe(11);
    const list = await deepText(page.locator('kb-duplication-view .list'));
    expect(list).not.toMatch(/component:|domain:|service:|ndb:|Jaccard|MERGED_INTO|USES_DATA_FROM/);
    // Which rules apply, whose guidance they are, and that other provinces read them as a reference.
    await expect.poll(() => deepText(page.locator('kb-duplication-view .ruleset-note')), { timeout: 15_000 }).toContain('hướng dẫn chính thức của Quảng Nam');

    await page.goto(
      `${web.server.url}/?view=duplication&architecture=arch%3Aqng-3.0&finding=${encodeURIComponent('overlap:component:qng-ex-ho-so-suc-khoe+component:qng-ex-tiem-chung')}`,
    );
    const detail = page.locator('kb-duplication-view .detail kb-finding');
    await expect.poll(() => deepText(detail), { timeout: 20_000 }).toContain('có trọng số');
    const o = await deepText(detail);
    expect(o).toMatch(/trùng \d+% dữ liệu và dịch vụ, có trọng số/);
    expect(o).toContain('Cả hai');
    expect(o).toContain('Dữ liệu: ');
    expect(o).not.toMatch(/Jaccard|data:|business:/);

    await page.goto(
      `${web.server.url}/?view=duplication&architecture=arch%3Aqng-3.0&finding=${encodeURIComponent('same-system-twice:component:qng-ex-ho-so-suc-khoe+component:qng-ex-httt-ho-so-suc-khoe')}`,
    );
    await expect.poll(() => deepText(detail), { timeout: 20_000 }).toContain('tên giống nhau');
    const twin = await deepText(detail);
    expect(twin).toMatch(/giữ “[^”]+”, ghi “[^”]+” là đã hợp nhất vào đó/);
    expect(twin).not.toMatch(/component:|Dice|MERGED_INTO/);
    expect(errors).toEqual([]);
  });

  it('without example data: the honest empty answer, and how many findings example data would add — one click shows them', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=duplication&architecture=arch%3Aqng-3.0&provenance=stated%2Cinferred`);
    const adds = page.locator('kb-duplication-view .example-adds');
    await adds.waitFor({ timeout: 20_000 });
    expect((await adds.innerText()).replace(/\s+/g, ' ')).toContain('+11 phát hiện trong dữ liệu minh họa — hiện');
    await adds.locator('button').click();
    await page.waitForURL(/provenance=stated%2Cinferred%2Cexample/);
    await expect.poll(() => page.locator(FINDINGS).count(), { timeout: 20_000 }).toBe(11);
    expect(await page.locator('kb-duplication-view .example-adds').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('filters by agency on the server, by rule, and exports the list as CSV with a BOM', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=duplication&architecture=arch%3Aqng-3.0`);
    await expect.poll(() => page.locator(FINDINGS).count(), { timeout: 20_000 }).toBe(11);
    await page.locator('kb-duplication-view .filters select').nth(1).selectOption('agency:qng-so-y-te');
    await page.waitForURL(/agency=agency%3Aqng-so-y-te/);
    await expect.poll(() => page.locator(FINDINGS).count(), { timeout: 15_000 }).toBe(5);

    await page.locator('kb-duplication-view details summary').click();
    await page
      .locator('kb-duplication-view .rules label', { hasText: /^\s*3\. / })
      .locator('input')
      .check();
    await page
      .locator('kb-duplication-view .rules label', { hasText: /^\s*2\. / })
      .locator('input')
      .check();
    await page.waitForURL(/rules=reimplements-shared-service%2Cbypasses-lgsp/);
    await expect.poll(() => page.locator(FINDINGS).count(), { timeout: 15_000 }).toBe(1);

    await page.goto(`${web.server.url}/?view=duplication&architecture=arch%3Aqng-3.0`);
    await expect.poll(() => page.locator(FINDINGS).count(), { timeout: 20_000 }).toBe(11);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('kb-duplication-view .filters button', { hasText: 'Xuất CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines.length).toBe(12);
    expect(lines[0]).toContain('Mã quy tắc');
    expect(lines[1]).toContain('rebuilds-national-data');

    // Stated facts alone: the honest empty answer.
    await page.goto(`${web.server.url}/?view=duplication&architecture=arch%3Aqng-3.0&provenance=stated%2Cinferred`);
    await expect.poll(() => page.locator('kb-duplication-view .list').innerText(), { timeout: 15_000 }).toContain('riêng các tài liệu không mô tả vi phạm nào');
    expect(errors).toEqual([]);
  });
});
