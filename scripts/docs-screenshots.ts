/**
 * The README's screenshots of the home page, the architecture landscape (Quảng Ngãi 3.0) and the
 * national map (population database), at 1440×900 in Debian's Chromium, from a running akb:
 *
 *   npx tsx scripts/docs-screenshots.ts http://127.0.0.1:4000
 *
 * For the national map at size S, load the generated graph first (README "National scale"):
 * `npm run generate -- --size S` then `npm run import -- data/generated/national-S.ndjson --bulk`.
 */
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { ROOT } from '../server/src/config/config.js';

const OUT = join(ROOT, 'docs', 'screenshots');

async function settle(page: Page, ready: () => boolean, timeoutMs = 120_000) {
  await page.waitForFunction(ready, null, { timeout: timeoutMs, polling: 200 });
  await page.waitForTimeout(600);
}

export async function takeScreenshots(base: string, out = OUT): Promise<string[]> {
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  const saved: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const shot = async (name: string) => {
      const path = join(out, `${name}.png`);
      await page.screenshot({ path });
      saved.push(path);
    };
    const view = (tag: string) => `document.querySelector('kb-app')?.shadowRoot?.querySelector('${tag}')?.shadowRoot`;

    await page.goto(`${base}/`);
    await settle(page, new Function(`return !!${view('kb-home-view')}?.querySelector('[data-testid=figures]')`) as () => boolean);
    await shot('home');

    await page.goto(`${base}/?view=architecture&architecture=arch%3Aqng-3.0`);
    await settle(page, new Function(`return (${view('kb-architecture-view')}?.querySelector('kb-graph')?.nodeCount ?? 0) > 20`) as () => boolean);
    await shot('architecture-landscape');

    // The generated national graph is illustrative data (provenance example): include it.
    await page.goto(`${base}/?view=national&id=ndb%3Adan-cu&provenance=stated,inferred,example`);
    await settle(
      page,
      new Function(`const v = ${view('kb-national-view')}; return !!v?.querySelector('.summary .total') && !v.querySelector('progress')`) as () => boolean,
      600_000,
    );
    await shot('national-map');
  } finally {
    await browser.close();
  }
  return saved;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const base = process.argv[2];
  if (!base) {
    console.error('usage: npx tsx scripts/docs-screenshots.ts <akb url, e.g. http://127.0.0.1:4000>');
    process.exit(2);
  }
  for (const p of await takeScreenshots(base.replace(/\/$/, ''))) console.log(`saved ${p}`);
}
