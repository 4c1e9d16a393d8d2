/**
 * The appraisal view in a real browser over the real server: the script (fill the Quảng
 * Nam sample, appraise → does not conform, SSO / e-payment / signature rebuilt with the platforms
 * to reuse, 1,430 million VND not to fund), save → the saved list → the same frozen report, a
 * server validation problem shown next to its field, the print layout, no page error and no
 * serious axe violation; a report an appraiser can sign (the rule set and whether it binds, every
 * finding with its rule's text, sources and facts in words, documents by title); an unsaved report
 * shared by its link; "+N in example data — show". Saved reports belong to a test agency (":test-"), removed by
 * cypher/test/delete-test-nodes.cypher before and after.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, deepText, openPage, screenshot, webSuite } from './setup/browser.js';

const web = webSuite({ cleanup: ['test/delete-test-nodes'] });
const OWNER = 'agency:test-web-owner';

async function graphql(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${web.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${inject('adminToken')}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
}

beforeAll(async () => {
  const created = await graphql(
    `mutation { createNode(input: { id: "${OWNER}", kind: "Agency", name: "Cơ quan thử nghiệm giao diện", province: "Quảng Nam", provenance: example }) { id } }`,
  );
  expect(created.errors).toBeUndefined();
});

const FORM = 'kb-appraisal-view kb-proposal-form';
const REPORT = 'kb-appraisal-view kb-appraisal-report.current';

async function fillSampleAndAppraise(page: Page) {
  await page.locator(`${FORM} button[data-sample="qnam-tiep-nhan-ho-so-truc-tuyen"]`).click();
  await expect.poll(() => page.locator(`${FORM} #f-name`).inputValue()).toContain('Hệ thống tiếp nhận và trả kết quả hồ sơ trực tuyến');
  await page.locator(`${FORM} button.primary`).click();
  await page.locator(`${REPORT} .verdict`).waitFor({ timeout: 20_000 });
}

describe('appraisal view', () => {
  it("the issue's script: the Quảng Nam sample does not conform, rebuilds SSO, e-payment and signing with the platforms named, 1,430 not to fund; prints on A4 without the form", async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=appraisal`, { token: inject('adminToken') });
    const sample = page.locator(`${FORM} button[data-sample="qnam-tiep-nhan-ho-so-truc-tuyen"]`);
    await sample.waitFor({ timeout: 20_000 });
    expect(await sample.innerText()).toContain('ví dụ minh họa');
    await fillSampleAndAppraise(page);

    const verdict = page.locator(`${REPORT} .verdict`);
    expect(await verdict.getAttribute('data-verdict')).toBe('DOES_NOT_CONFORM');
    expect(await verdict.innerText()).toContain('Chưa phù hợp');
    const rebuilt = page.locator(`${REPORT} section[data-rule="reimplements-shared-service"] kb-finding`);
    expect(await rebuilt.count()).toBe(3);
    const rebuiltText = await deepText(page.locator(`${REPORT} section[data-rule="reimplements-shared-service"]`));
    for (const s of [
      'xác thực tập trung',
      'thanh toán điện tử',
      'chữ ký số',
      'Nền tảng xác thực định danh dùng chung',
      'Nền tảng công nghệ tài chính và thanh toán điện tử',
    ])
      expect(rebuiltText).toContain(s);
    expect(await page.locator(`${REPORT} .reuse`).innerText()).toContain('Nền tảng xác thực định danh dùng chung');
    const unfunded = page.locator(`${REPORT} .unfunded-total`);
    expect(await unfunded.getAttribute('data-value')).toBe('1430');
    expect(await unfunded.innerText()).toBe('1.430');
    expect(await page.locator(`${REPORT} .unfunded tbody tr`).count()).toBe(3);
    expect(await page.locator(`${REPORT} .unfunded`).innerText()).toContain('Xây dựng module đăng nhập một lần (SSO)');
    expect(await page.locator(`${REPORT} .failed li`).count()).toBe(7);
    // Quảng Nam's own rules for a Quảng Nam proposal: binding, and the header says whose they are.
    const set = page.locator(`${REPORT} .ruleset`);
    expect(await set.getAttribute('data-binding')).toBe('true');
    expect(await set.innerText()).toContain('Áp dụng chính thức');
    expect(await set.innerText()).toContain('hướng dẫn chính thức của Quảng Nam');
    // Every finding: the rule verbatim, its source quoted and cited by title, the facts in words.
    const all = await deepText(page.locator(REPORT));
    expect(all).toContain('Nguyên văn quy tắc');
    expect(all).toContain('Nguồn của quy tắc (nguyên văn)');
    expect(all).toContain('Quyết định phê duyệt Kiến trúc CQĐT tỉnh Quảng Nam (Phiên bản 2.0)');
    expect(all).toContain('tự xây dựng');
    expect(all).not.toMatch(/\.txt|BUILDS_OWN|HOLDS_DATA|USES_DATA_FROM|Jaccard/);
    // What to reuse is the platform itself, with its province.
    expect(await page.locator(`${REPORT} .reuse`).innerText()).toContain('Nền tảng xác thực định danh dùng chung (Quảng Nam)');

    await page.locator(REPORT).scrollIntoViewIfNeeded();
    await page.locator(`${REPORT} .toolbar`).evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'appraisal');
    expect(await axe(page)).toEqual([]);

    // Print: the A4 page rule lives in the document; the form, tabs and buttons are hidden.
    expect(await page.evaluate(() => document.getElementById('kb-appraisal-page')?.textContent)).toContain('size: A4');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await page.locator(FORM).isVisible()).toBe(false);
    expect(await page.locator('kb-appraisal-view .tabs').isVisible()).toBe(false);
    expect(await page.locator(`${REPORT} .toolbar button`).isVisible()).toBe(false);
    expect(await page.locator(`${REPORT} .verdict`).isVisible()).toBe(true);
    await screenshot(page, 'appraisal-print');
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator(FORM).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('save → the saved list shows it → opening it shows the same frozen report', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=appraisal`, { token: inject('adminToken') });
    await page.locator(`${FORM} button[data-sample="qnam-tiep-nhan-ho-so-truc-tuyen"]`).click();
    await page.locator(`${FORM} #f-owner`).selectOption(OWNER);
    await page.locator(`${FORM} button.secondary`).click();
    await page.locator(`${REPORT} .verdict`).waitFor({ timeout: 20_000 });
    const id = (await page.locator(`${REPORT} .meta code`).innerText()).trim();
    expect(id).toMatch(/^appraisal:/);
    const before = await deepText(page.locator(REPORT));
    expect(before).toContain('Cơ quan thử nghiệm giao diện');

    await page.locator('kb-appraisal-view .tabs button', { hasText: 'Báo cáo đã lưu' }).click();
    await page.waitForURL(/tab=saved/);
    const row = page.locator(`kb-appraisal-view .saved-list tr[data-id="${id}"]`);
    await row.waitFor({ timeout: 15_000 });
    // Newest first.
    expect(await page.locator('kb-appraisal-view .saved-list tbody tr').first().getAttribute('data-id')).toBe(id);
    expect(await row.innerText()).toContain('Chưa phù hợp');
    await row.locator('button').click();
    await page.waitForURL((u) => u.searchParams.get('appraisal') === id);
    const saved = page.locator('kb-appraisal-view kb-appraisal-report.saved');
    await saved.locator('.verdict').waitFor({ timeout: 15_000 });
    expect(await deepText(saved)).toBe(before);

    // A link reopens it.
    await page.reload();
    await saved.locator('.verdict').waitFor({ timeout: 15_000 });
    expect(await saved.locator('.unfunded-total').getAttribute('data-value')).toBe('1430');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("another province's proposal against Quảng Nam's rules: for reference only, said in the header; shared by its link; +N in example data, one click to show", async () => {
    // A Quảng Ngãi health-records system: with the example applications it computerises a domain
    // they already do and bears the name of one of them; the documents alone say nothing of it.
    const proposal = {
      name: 'HTTT quản lý hồ sơ sức khỏe điện tử',
      ownerAgency: 'agency:qng-so-y-te',
      architecture: 'arch:qng-3.0',
      businessDomains: ['domain:y-te'],
      dataDomains: ['domain:y-te'],
      usesData: [{ target: 'ndb:dan-cu', via: 'component:qng-lgsp' }],
      hosting: { location: 'PROVINCIAL_DATACENTRE', monitoredBySoc: true },
      offersDataSharing: true,
      securityLevel: 3,
    };
    const api = await graphql(
      `mutation($p: ProposalInput!) { appraise(proposal: $p, provenance: [stated, inferred]) { exampleAdds findings { id } ruleSet { binding } } }`,
      { p: proposal },
    );
    expect(api.errors).toBeUndefined();
    const adds = (api.data!.appraise as { exampleAdds: number }).exampleAdds;
    expect(adds).toBeGreaterThan(0);
    const link = `j.${Buffer.from(JSON.stringify(proposal)).toString('base64url')}`;
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=appraisal&provenance=stated%2Cinferred&p=${link}`, {
      token: inject('adminToken'),
    });
    await page.locator(`${REPORT} .verdict`).waitFor({ timeout: 20_000 });
    // The link filled the form.
    expect(await page.locator(`${FORM} #f-name`).inputValue()).toBe(proposal.name);
    const set = page.locator(`${REPORT} .ruleset`);
    expect(await set.getAttribute('data-binding')).toBe('false');
    expect((await set.innerText()).replace(/\s+/g, ' ')).toMatch(/Chỉ để tham khảo.*hướng dẫn của Quảng Nam.*thuộc Quảng Ngãi/);
    // The appraiser can pick the rule set; each says whose guidance it is.
    expect(await page.locator('kb-appraisal-view label.ruleset select option').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('hướng dẫn của Quảng Nam')]),
    );

    // The unsaved report's own link (compressed by the page) reopens the same report.
    const shared = await page.locator('kb-appraisal-view #share-url').inputValue();
    expect(shared).toMatch(/[?&]p=z\./);
    const verdict = await deepText(page.locator(`${REPORT} .verdict`));
    const count = await page.locator(`${REPORT} kb-finding`).count();
    const again = await openPage(web.browser, shared, { token: inject('adminToken') });
    await again.page.locator(`${REPORT} .verdict`).waitFor({ timeout: 20_000 });
    expect(await deepText(again.page.locator(`${REPORT} .verdict`))).toBe(verdict);
    expect(await again.page.locator(`${REPORT} kb-finding`).count()).toBe(count);
    expect(again.errors).toEqual([]);
    await again.page.close();

    // "+N findings in example data — show".
    const more = page.locator(`${REPORT} .example-adds`);
    expect((await more.innerText()).replace(/\s+/g, ' ')).toContain(`+${adds} phát hiện trong dữ liệu minh họa — hiện`);
    await more.locator('button').click();
    await page.waitForURL(/provenance=stated%2Cinferred%2Cexample/);
    await expect.poll(() => page.locator(`${REPORT} kb-finding`).count(), { timeout: 20_000 }).toBe(count + adds);
    expect(await page.locator(`${REPORT} .example-adds`).count()).toBe(0);
    // Findings that rest on example data say so.
    expect(await page.locator(`${REPORT} kb-finding .example`).count()).toBeGreaterThanOrEqual(adds);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a validation problem from the server appears next to its field; nothing is appraised', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=appraisal`, { token: inject('adminToken') });
    await page.locator(`${FORM} button[data-sample="qnam-tiep-nhan-ho-so-truc-tuyen"]`).click();
    await page.locator(`${FORM} #f-level`).fill('7');
    await page.locator(`${FORM} #f-owner`).selectOption('');
    await page.locator(`${FORM} button.primary`).click();
    const level = page.locator(`${FORM} .problem[data-where="proposal.securityLevel"]`);
    await level.waitFor({ timeout: 15_000 });
    expect(await level.innerText()).toContain('must be a whole number from 1 to 5');
    expect(await page.locator(`${FORM} #f-level`).getAttribute('aria-invalid')).toBe('true');
    // Next to its field: the message sits in the field's own box, right under the input.
    const [inputBox, messageBox] = [await page.locator(`${FORM} #f-level`).boundingBox(), await level.boundingBox()];
    expect(messageBox!.y).toBeGreaterThanOrEqual(inputBox!.y + inputBox!.height - 1);
    expect(messageBox!.y - (inputBox!.y + inputBox!.height)).toBeLessThan(40);
    expect(await page.locator(`${FORM} .problem[data-where="proposal.ownerAgency"]`).innerText()).toContain('no node has this id');
    expect(await page.locator(`${FORM} [role=alert]`).innerText()).toContain('2 lỗi');
    expect(await page.locator(REPORT).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
