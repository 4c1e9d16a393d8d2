/**
 * The home page in a real browser (issue #21): what akb is and whom it serves, the graph's figures
 * as the API counts them (by kind, province and provenance), the coverage of the systems, the
 * recent changes, one card per kind of user whose first action opens the right view, in one
 * GraphQL request; both languages; axe; a screenshot.
 */
import { describe, expect, it } from 'vitest';
import { gql, testApp } from './setup/db.js';
import { axe, openPage, screenshot, webSuite } from './setup/browser.js';
import type { Dashboard } from '../web/src/api/dashboard.js';

const web = webSuite({ cleanup: ['test/delete-test-nodes'] });
const { db } = web;
const yoga = testApp(db);

/** The figures the home page reads, as the API answers the part of its query asked here. */
type Dash = Pick<Dashboard, 'nodes' | 'relationships' | 'byKind' | 'byProvince' | 'byProvenance'> & {
  coverage: Pick<Dashboard['coverage'], 'components' | 'withLayer'>;
};
const apiDashboard = async () =>
  (
    await gql<{ dashboard: Dash }>(
      yoga,
      '{ dashboard { nodes relationships byKind { name count } byProvince { province count } byProvenance { provenance nodes relationships } coverage { components withLayer } } }',
    )
  ).data!.dashboard;
const vi = (n: number) => n.toLocaleString('vi-VN');

describe('web home', () => {
  it('says what akb is, shows the figures the API counts, in one request; axe clean', async () => {
    const requests: string[] = [];
    const page = await web.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => {
      if (r.url().includes('/graphql')) requests.push(r.postData() ?? '');
    });
    await page.goto(web.server.url);
    const home = page.locator('kb-home-view');
    await expect.poll(() => home.locator('[data-testid=figures]').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator('nav a[aria-current=page]').innerText()).toBe('Trang chủ');
    const lead = await home.locator('p.lead').innerText();
    expect(lead).toContain('akb lưu các kiến trúc Chính quyền điện tử');
    expect(lead).toContain('người thẩm định');
    const d = await apiDashboard();
    expect(await home.locator('[data-figure=nodes]').innerText()).toBe(vi(d.nodes));
    expect(await home.locator('[data-figure=relationships]').innerText()).toBe(vi(d.relationships));
    expect(await home.locator('[data-figure=NationalDatabase]').innerText()).toBe('13');
    expect(await home.locator('[data-figure=Component]').innerText()).toBe(vi(d.byKind.find((k) => k.name === 'Component')!.count));
    // By kind, by province, by provenance with shares, coverage.
    expect(await home.locator('tr[data-kind]').count()).toBe(d.byKind.length);
    expect(await home.locator('[data-testid=provinces] tr[data-province="Quảng Ngãi"]').innerText()).toContain(
      vi(d.byProvince.find((p) => p.province === 'Quảng Ngãi')!.count),
    );
    const stated = d.byProvenance.find((p) => p.provenance === 'stated')!;
    const prov = await home.locator('[data-testid=provenance]').innerText();
    expect(prov).toContain(`nêu trong tài liệu: ${vi(stated.nodes)} (${Math.round((stated.nodes / d.nodes) * 100)}%)`);
    expect(prov).toContain('suy luận');
    expect(prov).toContain('ví dụ');
    expect(await home.locator('[data-coverage="home.cov.layer"]').innerText()).toContain(`${vi(d.coverage.withLayer)}/${vi(d.coverage.components)}`);
    // One GraphQL request, the dashboard.
    expect(requests).toHaveLength(1);
    expect(requests[0]).toContain('dashboard');
    await page.waitForTimeout(200);
    await screenshot(page, 'home');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('one card per kind of user; each first action opens its view', async () => {
    const { page, errors } = await openPage(web.browser, web.server.url);
    const card = (key: string) => page.locator(`kb-home-view li.persona[data-persona=${key}]`);
    await expect.poll(() => page.locator('kb-home-view li.persona').count(), { timeout: 20_000 }).toBe(6);
    expect(await card('architect').locator('a').innerText()).toBe('Ảnh hưởng của CSDL Dân cư');
    expect(await card('appraiser').locator('a').innerText()).toBe('Thẩm định một đề xuất');
    expect(await card('editor').locator('a').innerText()).toBe('Thêm một hệ thống');
    expect(await card('tools').locator('a').innerText()).toBe('GraphQL API');
    expect(await card('tools').locator('a').getAttribute('href')).toBe('/graphql');
    await card('architect').locator('a').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('impact');
    expect(new URL(page.url()).searchParams.get('id')).toBe('ndb:dan-cu');
    await expect.poll(() => page.locator('kb-impact-view .summary .total').count(), { timeout: 20_000 }).toBe(1);
    await page.goBack();
    await card('appraiser').locator('a').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('appraisal');
    await page.goBack();
    await card('editor').locator('a').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('edit');
    await page.goBack();
    await card('national').locator('a').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('national');
    expect(errors).toEqual([]);
  });

  it('lists recent changes by name, newest first, and reads in English', async () => {
    const created = await gql(yoga, 'mutation($i: NodeInput!) { createNode(input: $i) { id } }', {
      i: {
        id: 'component:test-home-recent',
        kind: 'Component',
        name: 'Hệ thống thử trang chủ',
        provenance: 'example',
        properties: { componentKind: 'system', level: 'province' },
      },
    });
    expect(created.errors).toBeUndefined();
    const { page, errors } = await openPage(web.browser, web.server.url);
    const first = page.locator('kb-home-view [data-testid=recent] li').first();
    await expect.poll(() => first.innerText(), { timeout: 20_000 }).toContain('Hệ thống thử trang chủ');
    expect(await first.innerText()).toContain('Thêm');
    expect(await first.innerText()).toContain('suite-admin');
    await first.locator('button.link').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('id')).toBe('component:test-home-recent');
    await page.goto(`${web.server.url}/?view=home&lang=en`);
    await expect
      .poll(() => page.locator('kb-home-view p.lead').innerText(), { timeout: 20_000 })
      .toContain('akb holds a province’s e-government architectures');
    expect(await page.locator('kb-home-view li.persona[data-persona=architect] a').innerText()).toBe('Impact of the population database');
    expect(errors).toEqual([]);
  });
});
