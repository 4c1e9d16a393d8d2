/**
 * The shell in a real browser: search "dan cu" with the keyboard, pick the population database,
 * the URL round trip, the language toggle. Views have their own files.
 */
import { describe, expect, it } from 'vitest';
import { axe, openPage, screenshot, webSuite } from './setup/browser.js';

const web = webSuite();

describe('web shell', () => {
  it('search "dan cu" with the keyboard only selects CSDL quốc gia về Dân cư and puts it in the URL', async () => {
    const { page, errors } = await openPage(web.browser, web.server.url);
    const input = page.locator('header kb-search input');
    await input.focus();
    await page.keyboard.type('dan cu');
    await page.locator('header kb-search li[role=option]').first().waitFor();
    const first = await page.locator('header kb-search li[role=option]').first().innerText();
    expect(first).toContain('CSDL quốc gia về Dân cư');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL(/id=ndb%3Adan-cu/);
    expect(new URL(page.url()).searchParams.get('id')).toBe('ndb:dan-cu');
    await screenshot(page, 'search');
    expect(errors).toEqual([]);
  });

  it('a link reopens the same view and the language toggle switches every label', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=impact&id=ndb%3Adan-cu`);
    await expect.poll(() => page.locator('nav a[aria-current=page]').innerText()).toBe('Ảnh hưởng');
    await page.locator('button.lang').click();
    await expect.poll(() => page.locator('nav a[aria-current=page]').innerText()).toBe('Impact');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    expect(await page.locator('nav a[aria-current=page]').innerText()).toBe('Impact');
    expect(errors).toEqual([]);
  });

  it('axe finds no serious or critical violation in the shell', async () => {
    const { page } = await openPage(web.browser, web.server.url);
    await page.locator('header kb-search input').waitFor();
    expect(await axe(page)).toEqual([]);
  });
});
