/**
 * Everywhere a graph is drawn (issue #21), in a real browser: a legend of what is drawn, no two
 * visible labels overlapping, a crowded neighbourhood capped with "+N" (which opens on a click)
 * instead of a hairball, and picture exports that carry a title, the parameters and the legend.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { openPage, webSuite } from './setup/browser.js';

const web = webSuite();

type Box = { id: string; x1: number; y1: number; x2: number; y2: number };
const call = <T>(g: Locator, fn: string, ...args: unknown[]) =>
  g.evaluate(
    (el, [f, a]) => {
      const v = (el as unknown as Record<string, unknown>)[f as string];
      return (typeof v === 'function' ? (v as (...x: unknown[]) => unknown).apply(el, a as unknown[]) : v) as T;
    },
    [fn, args] as const,
  ) as Promise<T>;

function overlaps(boxes: Box[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5) out.push(`${a.id} × ${b.id}`);
    }
  return out;
}

describe('graph readability', () => {
  it('impact: a legend of kinds, provenance and exposure; no two visible labels overlap', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=impact&id=component%3Aqng-lgsp&provenance=stated,inferred,example`);
    const g = page.locator('kb-impact-view kb-graph');
    await expect.poll(() => call<number>(g, 'nodeCount'), { timeout: 20_000 }).toBeGreaterThan(10);
    await page.waitForTimeout(500);
    const legend = await g.locator('details.graph-legend').innerText();
    for (const text of ['Chú giải', 'Hệ thống', 'Trực tiếp', 'quan hệ nêu trong tài liệu', 'viền chấm: dữ liệu ví dụ']) expect(legend).toContain(text);
    const boxes = await call<Box[]>(g, 'labelBoxes');
    expect(boxes.length).toBeGreaterThan(3);
    expect(overlaps(boxes)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('explore: a crowded agency shows its first neighbours and "+N", the status says how many are folded, a click opens them; labels never overlap', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=explore&id=agency%3Aqng-so-khoa-hoc-va-cong-nghe`);
    const g = page.locator('kb-explore-view kb-graph');
    await expect.poll(() => call<number>(g, 'nodeCount'), { timeout: 20_000 }).toBeGreaterThan(5);
    await page.waitForTimeout(800);
    const model = await g.evaluate((el) => JSON.parse(JSON.stringify((el as unknown as { model: { nodes: unknown[] } }).model)) as { nodes: unknown[] });
    const drawn = await call<number>(g, 'nodeCount');
    expect(model.nodes.length).toBeGreaterThan(25);
    expect(drawn).toBeLessThan(model.nodes.length);
    const status = await page.locator('kb-explore-view .status').innerText();
    expect(status).toContain(`Hiển thị ${drawn}/${model.nodes.length}`);
    expect(status).toContain(`${model.nodes.length - drawn} nút được thu gọn`);
    expect(await g.locator('details.graph-legend').innerText()).toContain('nhánh được thu gọn');
    expect(overlaps(await call<Box[]>(g, 'labelBoxes'))).toEqual([]);
    // Click the summary.
    const box = (await g.boundingBox())!;
    const pos = (await call<{ x: number; y: number }>(g, 'renderedPositionOf', 'more:agency:qng-so-khoa-hoc-va-cong-nghe'))!;
    expect(pos).not.toBeNull();
    await page.mouse.click(box.x + pos.x, box.y + pos.y);
    await expect.poll(() => call<number>(g, 'nodeCount'), { timeout: 10_000 }).toBe(model.nodes.length);
    expect(errors).toEqual([]);
  });

  it('explore exports carry a title, the parameters and the legend', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=explore&id=component%3Aqng-lgsp&depth=1`);
    const g = page.locator('kb-explore-view kb-graph');
    await expect.poll(() => call<number>(g, 'nodeCount'), { timeout: 20_000 }).toBeGreaterThan(5);
    await page.waitForTimeout(800);
    const [d] = await Promise.all([page.waitForEvent('download'), page.locator('kb-explore-view button[data-export=svg]').click()]);
    expect(d.suggestedFilename()).toBe('akb-explore-component-qng-lgsp.svg');
    const svg = readFileSync((await d.path())!).toString('utf8');
    expect(svg).toContain('<title>Khám phá: Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) tỉnh Quảng Ngãi</title>');
    expect(svg).toContain('Độ sâu: 1');
    expect(svg).toContain('Chú giải');
    const [p] = await Promise.all([page.waitForEvent('download'), page.locator('kb-explore-view button[data-export=png]').click()]);
    expect([...readFileSync((await p.path())!).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(errors).toEqual([]);
  });

  it('impact exports carry the root, the walk and the legend', async () => {
    const { page, errors } = await openPage(web.browser, `${web.server.url}/?view=impact&id=ndb%3Adan-cu`);
    await expect.poll(() => page.locator('kb-impact-view .summary .total').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => call<number>(page.locator('kb-impact-view kb-graph'), 'nodeCount')).toBeGreaterThan(1);
    const [d] = await Promise.all([page.waitForEvent('download'), page.locator('kb-impact-view button[data-export=svg]').click()]);
    const svg = readFileSync((await d.path())!).toString('utf8');
    expect(svg).toContain('<title>Phân tích ảnh hưởng: CSDL quốc gia về Dân cư</title>');
    expect(svg).toContain('độ sâu 3');
    expect(svg).toContain('Qua nhóm');
    expect(errors).toEqual([]);
  });
});
