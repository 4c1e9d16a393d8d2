/**
 * The import/export page in a real browser over the real server: a small valid JSON file (one
 * agency, one system, OWNED_BY; test ids, provenance example) dry-run (counts shown, nothing
 * written), then confirmed (written); a file with a bad value (the problems table gives row,
 * column, value and reason; no confirm in all-or-nothing; nothing written); the JSON export
 * caught as a download and parsed (fixture nodes in it); the import disabled without an editor
 * token; axe and a screenshot. Test nodes have ":test-" ids and are removed before and after.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, openPage, screenshot, webSuite } from './setup/browser.js';

const web = webSuite({ cleanup: ['test/delete-test-nodes', 'test/delete-test-tokens'], editor: 'test-web-import-editor' });

const AGENCY = 'agency:test-web-import-so';
const SYSTEM = 'component:test-web-import-he-thong';

const nodeName = async (id: string) =>
  (await web.api<{ node: { name: string } | null }>(`query($id: ID!) { node(id: $id) { name } }`, { id })).node?.name ?? null;

const validFile = {
  nodes: [
    { id: AGENCY, kind: 'Agency', name: 'Sở Thử nghiệm nhập liệu', province: 'Quảng Ngãi', level: 'province', agencyType: 'department', provenance: 'example' },
    {
      id: SYSTEM,
      kind: 'Component',
      name: 'Hệ thống thử nghiệm nhập liệu',
      province: 'Quảng Ngãi',
      componentKind: 'application',
      level: 'province',
      provenance: 'example',
    },
  ],
  relationships: [{ type: 'OWNED_BY', from: SYSTEM, to: AGENCY, provenance: 'example' }],
};

const BAD = 'component:test-web-import-loi';
const badFile = {
  nodes: [
    { id: 'agency:test-web-import-so-2', kind: 'Agency', name: 'Sở Thử nghiệm nhập liệu 2', level: 'province', provenance: 'example' },
    { id: BAD, kind: 'Component', name: 'Hệ thống có lỗi', componentKind: 'phan-mem', level: 'province', provenance: 'example' },
  ],
  relationships: [],
};

const view = (page: Page) => page.locator('kb-import-view kb-import');
const count = (page: Page, key: string) => view(page).locator(`td[data-count="${key}"]`).innerText();

async function choose(page: Page, name: string, content: unknown) {
  // The role arrives from whoami; the form is enabled for an editor.
  await expect.poll(() => view(page).locator('#file').isEnabled(), { timeout: 20_000 }).toBe(true);
  await view(page)
    .locator('#file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content), 'utf8') });
}

describe('web import and export', () => {
  it('dry-runs a valid JSON file (2 nodes and 1 relationship to create, nothing written), then confirms it', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=import`, { token: web.editor });
    const uploads: { contentType: string; auth: string | undefined }[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && r.method() === 'POST' && (r.headers()['content-type'] ?? '').startsWith('multipart/form-data'))
        uploads.push({ contentType: r.headers()['content-type'], auth: r.headers()['authorization'] });
    });
    await choose(page, 'test-import.json', validFile);
    await expect.poll(() => view(page).locator('#format option[value=""]').innerText()).toContain('JSON');
    await view(page).getByRole('button', { name: 'Chạy thử' }).click();
    await expect.poll(() => count(page, 'nodes.created'), { timeout: 30_000 }).toBe('2');
    expect(await count(page, 'relationships.created')).toBe('1');
    expect(await count(page, 'nodes.rejected')).toBe('0');
    expect(await view(page).locator('[data-outcome]').innerText()).toContain('chưa ghi gì');
    expect(await view(page).locator('table.items tbody tr').count()).toBe(3);
    expect(await nodeName(AGENCY)).toBeNull();
    expect(await nodeName(SYSTEM)).toBeNull();
    await screenshot(page, 'import');

    await view(page).getByRole('button', { name: 'Xác nhận nhập' }).click();
    await expect.poll(() => view(page).locator('[data-outcome]').innerText(), { timeout: 30_000 }).toContain('Đã ghi vào cơ sở dữ liệu');
    expect(await count(page, 'nodes.created')).toBe('2');
    expect(await view(page).getByRole('button', { name: 'Xác nhận nhập' }).count()).toBe(0);
    expect(await nodeName(AGENCY)).toBe('Sở Thử nghiệm nhập liệu');
    const owned = await web.api<{ node: { relationships: { type: string; provenance: string; node: { id: string } }[] } }>(
      `query($id: ID!) { node(id: $id) { relationships(direction: OUT) { type provenance node { id } } } }`,
      { id: SYSTEM },
    );
    expect(owned.node.relationships).toEqual([{ type: 'OWNED_BY', provenance: 'example', node: { id: AGENCY } }]);
    expect(uploads).toHaveLength(2);
    expect(uploads.every((u) => u.auth === `Bearer ${web.editor}`)).toBe(true);

    // The same file again: everything unchanged, nothing to confirm.
    await view(page).getByRole('button', { name: 'Chạy thử' }).click();
    await expect.poll(() => count(page, 'nodes.unchanged'), { timeout: 30_000 }).toBe('2');
    expect(await view(page).locator('[data-no-confirm]').innerText()).toContain('Không có gì');
    expect(errors).toEqual([]);
  });

  it('shows a bad row’s place, column, value and reason, offers no confirm in all-or-nothing, writes nothing', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=import`, { token: web.editor });
    await choose(page, 'test-import-loi.json', badFile);
    await view(page).getByRole('button', { name: 'Chạy thử' }).click();
    const problems = view(page).locator('table.problems tbody tr');
    await expect.poll(() => problems.count(), { timeout: 30_000 }).toBe(1);
    const cells = (await problems.first().locator('td').allInnerTexts()).map((s) => s.trim());
    expect(cells[0]).toContain('test-import-loi.json');
    expect(cells[1]).toBe('1');
    expect(cells[2]).toBe('componentKind');
    expect(cells[3]).toBe('phan-mem');
    expect(cells[4]).toContain(BAD);
    expect(cells[5]).toContain('phải là một trong');
    expect(await count(page, 'nodes.rejected')).toBe('1');
    expect(await view(page).getByRole('button', { name: 'Xác nhận nhập' }).count()).toBe(0);
    expect(await view(page).locator('[data-no-confirm]').innerText()).toContain('tất cả hoặc không');
    expect(await nodeName(BAD)).toBeNull();
    expect(await nodeName('agency:test-web-import-so-2')).toBeNull();

    // English: the reason in English.
    await page.locator('kb-app button.lang').click();
    await expect.poll(() => problems.first().locator('[data-reason]').innerText()).toContain('must be one of');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('exports the graph as JSON: a download that parses and holds the fixture nodes', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=import`);
    const [d] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), view(page).locator('#export').click()]);
    expect(d.suggestedFilename()).toMatch(/\.json$/);
    const data = JSON.parse(readFileSync((await d.path())!, 'utf8')) as { nodes: { id: string; kind: string }[]; relationships: unknown[] };
    const ids = new Set(data.nodes.map((n) => n.id));
    expect(ids.has('ndb:dan-cu')).toBe(true);
    expect(ids.has('arch:qng-3.0')).toBe(true);
    expect(data.relationships.length).toBeGreaterThan(100);
    await expect.poll(() => view(page).locator('[data-export-message]').innerText()).toContain(d.suggestedFilename());

    // A filtered export: agencies only.
    await view(page).locator('input[name=kind][value=Agency]').check();
    const [f] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      view(page).getByRole('button', { name: 'Tải xuống phần đã lọc' }).click(),
    ]);
    const agencies = JSON.parse(readFileSync((await f.path())!, 'utf8')) as { nodes: { kind: string }[] };
    expect(agencies.nodes.length).toBeGreaterThan(10);
    expect(new Set(agencies.nodes.map((n) => n.kind))).toEqual(new Set(['Agency']));
    expect(errors).toEqual([]);
  });

  it('without an editor token the import is disabled and says an editor token is needed', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=import`);
    await expect.poll(() => view(page).locator('#role-note').innerText(), { timeout: 20_000 }).toContain('editor');
    expect(await view(page).locator('#file').isDisabled()).toBe(true);
    expect(await view(page).getByRole('button', { name: 'Chạy thử' }).isDisabled()).toBe(true);
    expect(await page.locator('kb-app nav a[aria-current=page]').innerText()).toBe('Nhập / Xuất');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
