/**
 * The editing view in a real browser over the real server: create a node through the form (then
 * the explore view shows it), an invalid one refused with the server's problem next to its field
 * and nothing written, a relationship between two test nodes, the editor token sent as a bearer
 * header, axe and a screenshot. Test nodes have ":test-" ids and are removed before and after.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, fillFields, openPage, screenshot, webSuite } from './setup/browser.js';

const web = webSuite({ cleanup: ['test/delete-test-nodes', 'test/delete-test-tokens'], editor: 'test-web-editor' });

const nodeName = async (id: string) =>
  (await web.api<{ node: { name: string } | null }>(`query($id: ID!) { node(id: $id) { name } }`, { id })).node?.name ?? null;

const form = (page: Page) => page.locator('kb-edit-view kb-node-form');

describe('web edit view', () => {
  it('creates a node through the form, then the explore view shows it', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=edit`, { token: web.editor });
    const f = form(page);
    await fillFields(f, {
      kind: 'Component',
      id: 'component:test-web-edit',
      name: 'Hệ thống thử nghiệm giao diện',
      abbreviations: 'HTTN',
      componentKind: 'application',
      level: 'province',
      provenance: 'example',
    });
    await f.getByRole('button', { name: 'Tạo nút' }).click();
    await page.waitForURL(/view=explore/);
    expect(new URL(page.url()).searchParams.get('id')).toBe('component:test-web-edit');
    expect(await nodeName('component:test-web-edit')).toBe('Hệ thống thử nghiệm giao diện');
    await expect.poll(() => page.locator('kb-explore-view').getByText('Hệ thống thử nghiệm giao diện').first().isVisible(), { timeout: 20_000 }).toBe(true);
    expect(errors).toEqual([]);
  });

  it('refuses an invalid node with the server’s problem next to each field, writing nothing', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=edit`, { token: web.editor });
    const f = form(page);
    await fillFields(f, { kind: 'Component', id: 'component:test-web-edit-invalid', level: 'province', provenance: 'example' });
    // No name and no componentKind.
    await f.getByRole('button', { name: 'Tạo nút' }).click();
    await expect.poll(() => f.locator('#f-componentKind-error').innerText(), { timeout: 10_000 }).toMatch(/bắt buộc/i);
    expect(await f.locator('#f-name-error').innerText()).toMatch(/bắt buộc/i);
    expect(await f.locator('#f-componentKind').getAttribute('aria-invalid')).toBe('true');
    expect(await f.locator('#f-level').getAttribute('aria-invalid')).toBe('false');
    expect(new URL(page.url()).searchParams.get('view')).toBe('edit');
    expect(await nodeName('component:test-web-edit-invalid')).toBeNull();
    await f.locator('#f-name').scrollIntoViewIfNeeded();
    await screenshot(page, 'edit');
    expect(await axe(page)).toEqual([]);

    // A stated node needs a source: the server says so, the form shows it at the sources.
    await fillFields(f, { name: 'Hệ thống thử không nguồn', componentKind: 'system', provenance: 'stated' });
    await f.getByRole('button', { name: 'Tạo nút' }).click();
    await expect.poll(() => f.locator('.sources').innerText(), { timeout: 10_000 }).toContain('cần ít nhất một trích dẫn');
    expect(await f.locator('#f-name-error').count()).toBe(0);
    expect(await nodeName('component:test-web-edit-invalid')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('creates a relationship between two test nodes and sends the editor token as a bearer header', async () => {
    await web.api(`mutation($i: NodeInput!) { createNode(input: $i) { id } }`, {
      i: {
        id: 'component:test-web-edit-b',
        kind: 'Component',
        name: 'Kho dữ liệu thử nghiệm',
        provenance: 'example',
        properties: { componentKind: 'database', level: 'province' },
      },
    });
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=edit&mode=relationship&from=component%3Atest-web-edit`, {
      token: web.editor,
    });
    const headers: (string | undefined)[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && r.method() === 'POST' && (r.postData() ?? '').includes('createRelationship'))
        headers.push(r.headers()['authorization']);
    });
    // Signed in once for the browser session (the header's sign-in keeps the token in sessionStorage).
    await expect
      .poll(
        () =>
          page
            .locator('kb-app header kb-session .name')
            .innerText()
            .catch(() => ''),
        { timeout: 10_000 },
      )
      .toContain('test-web-editor');
    const f = page.locator('kb-edit-view kb-relationship-form');
    await expect.poll(() => f.locator('#f-from').inputValue()).toBe('component:test-web-edit');
    await fillFields(f, { to: 'component:test-web-edit-b', type: 'USES_DATA_FROM', note: 'thử nghiệm', provenance: 'example' });
    await f.getByRole('button', { name: 'Tạo quan hệ' }).click();
    await page.waitForURL(/view=explore/);
    expect(new URL(page.url()).searchParams.get('id')).toBe('component:test-web-edit');
    expect(headers).toEqual([`Bearer ${web.editor}`]);
    expect(await page.evaluate(() => sessionStorage.getItem('akb.editorToken'))).toBe(web.editor);
    const rels = await web.api<{ node: { relationships: { type: string; note: string | null; provenance: string; node: { id: string } }[] } }>(
      `{ node(id: "component:test-web-edit") { relationships(direction: OUT) { type note provenance node { id } } } }`,
    );
    expect(rels.node.relationships).toEqual([{ type: 'USES_DATA_FROM', note: 'thử nghiệm', provenance: 'example', node: { id: 'component:test-web-edit-b' } }]);

    // The same relationship again without its note: a create is retryable only with the same
    // content, so the server's conflict shows in the summary and nothing changes.
    await page.goto(`${web.server.url}/?view=edit&mode=relationship&from=component%3Atest-web-edit`);
    await fillFields(f, { to: 'component:test-web-edit-b', type: 'USES_DATA_FROM', provenance: 'example' });
    await f.getByRole('button', { name: 'Tạo quan hệ' }).click();
    await expect.poll(() => f.locator('[role=alert]').innerText(), { timeout: 10_000 }).toContain('quan hệ đã có với thuộc tính khác');
    expect(errors).toEqual([]);
  });

  it('edits the node and deletes the relationship from the node’s page', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=edit&id=component%3Atest-web-edit`, { token: web.editor });
    const f = form(page);
    await expect.poll(() => f.locator('#f-name').inputValue(), { timeout: 10_000 }).toBe('Hệ thống thử nghiệm giao diện');
    expect(await f.locator('#f-kind').isDisabled()).toBe(true);
    expect(await f.locator('#f-componentKind').inputValue()).toBe('application');
    await f.locator('#f-nameEn').fill('UI test system');
    await f.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/view=explore/);
    expect((await web.api<{ node: { nameEn: string } }>(`{ node(id: "component:test-web-edit") { nameEn } }`)).node.nameEn).toBe('UI test system');

    await page.goto(`${web.server.url}/?view=edit&id=component%3Atest-web-edit`);
    await page.locator('kb-edit-view table.rels').getByRole('button', { name: 'Sửa hoặc xóa' }).click();
    await page.waitForURL(/mode=relationship/);
    const r = page.locator('kb-edit-view kb-relationship-form');
    await expect.poll(() => r.locator('#f-note').inputValue(), { timeout: 10_000 }).toBe('thử nghiệm');
    await r.getByRole('button', { name: 'Xóa quan hệ' }).click();
    await r.getByRole('button', { name: 'Xác nhận xóa quan hệ' }).click();
    await expect.poll(() => page.locator('kb-edit-view .done').innerText(), { timeout: 10_000 }).toContain('USES_DATA_FROM');
    const rels = await web.api<{ node: { relationships: unknown[] } }>(`{ node(id: "component:test-web-edit") { relationships { type } } }`);
    expect(rels.node.relationships).toEqual([]);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
