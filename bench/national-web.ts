/**
 * The web half of `npm run bench -- --size S|M|L` (bench/national.ts calls it): the national view
 * (`<kb-national-view>`: impact counted by province, drawn as the map of the 34 provinces) on the
 * generated national graph, in headless Chromium as bench/web.ts does it — the real server
 * (createApp over the benchmark's database) serving a fresh Vite build on a loopback port, Debian's
 * Chromium through playwright-core, WebGL on SwiftShader (on the CPU: pessimistic next to any GPU).
 *
 * Per cold load (new context each, median of `runs`): navigation → the map drawn with the counts
 * (the view's summary shown and `<kb-province-map>` holding its 34 tiles, checked every animation
 * frame), the drawing's own ms (from the impact response to drawn), first paint (two animation
 * frames later), and the time the impact request took as the browser saw it; then, on the last
 * load, `panMs` of scrolling the map in a requestAnimationFrame loop: frames per second and the
 * 95th-percentile frame time. (The map is 34 SVG tiles: nothing to lay out.)
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from '../server/src/config/config.js';
import type { Database } from '../server/src/db/database.js';
import { createApp } from '../server/src/http/app.js';
import { percentile } from './common.js';
import type { AnalysisService } from '../server/src/analysis/service.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface NationalViewOptions {
  root: string;
  depth: number;
  provenance: string[];
  runs?: number;
  panMs?: number;
  /** The server's analysis graph (as `npm start` runs it); none: analyses on the database. */
  analysis?: AnalysisService | null;
}

/** Runs in the page: watches for the map drawn with its counts, and scrolls it. */
const INIT_SCRIPT = `(() => {
  const w = window;
  const raf = () => new Promise((r) => requestAnimationFrame(r));
  w.__akbNational = { done: null, responseAt: null };
  const view = () => document.querySelector('kb-app')?.shadowRoot?.querySelector('kb-national-view')?.shadowRoot;
  const watch = async () => {
    for (;;) {
      await raf();
      const v = view();
      const map = v?.querySelector('kb-province-map');
      const tiles = map?.shadowRoot?.querySelectorAll('g.tile').length ?? 0;
      if (v?.querySelector('.summary .total') && !v.querySelector('progress') && tiles >= 34) {
        const at = performance.now();
        await raf(); await raf();
        w.__akbNational.map = map;
        w.__akbNational.done = { layoutDoneAt: at, layoutMs: w.__akbNational.responseAt ? at - w.__akbNational.responseAt : 0, paintedAt: performance.now(), nodes: tiles, edges: 0, renderer: 'svg', webgl: false };
        return;
      }
    }
  };
  const fetch0 = w.fetch.bind(w);
  w.fetch = async (...args) => {
    const res = await fetch0(...args);
    if (String(args[1]?.body ?? '').includes('byProvince')) res.clone().text().then(() => { w.__akbNational.responseAt = performance.now(); });
    return res;
  };
  addEventListener('DOMContentLoaded', () => void watch());
  w.__akbPan = (ms) => {
    const el = w.__akbNational.map;
    const frames = [];
    return new Promise((resolve) => {
      let start = null, last = 0;
      const step = (ts) => {
        if (start === null) start = ts; else frames.push(ts - last);
        last = ts;
        if (ts - start >= ms) { resolve({ elapsedMs: ts - start, frames }); return; }
        const sign = Math.floor((ts - start) / 1000) % 2 ? -1 : 1;
        el.scrollBy(5 * sign, 3 * sign);
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
  };
})();`;

interface Done {
  layoutDoneAt: number;
  layoutMs: number;
  paintedAt: number;
  nodes: number;
  edges: number;
  renderer: string;
  webgl: boolean;
}

export async function measureNationalView(db: Database, opts: NationalViewOptions) {
  const runs = opts.runs ?? 3;
  const panMs = opts.panMs ?? 3000;
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run scripts/ensure-system-deps.sh or set CHROMIUM_PATH`);
  const webDir = mkdtempSync(join(tmpdir(), 'akb-bench-national-web-'));
  let server: Server | null = null;
  let browser: Browser | null = null;
  try {
    await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: webDir, emptyOutDir: true, chunkSizeWarningLimit: 100_000 } });
    server = createServer(createApp({ db, quiet: true, webDir, analysis: opts.analysis ?? null, rateLimit: { requests: 10_000_000, windowMs: 60_000 } }));
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const url = `${base}/?view=national&id=${encodeURIComponent(opts.root)}&depth=${opts.depth}&provenance=${opts.provenance.join(',')}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
    });
    const loads: {
      toLayoutDoneMs: number;
      layoutMs: number;
      firstPaintMs: number;
      impactRequestMs: number | null;
      nodes: number;
      edges: number;
      renderer: string;
      webgl: boolean;
    }[] = [];
    let pan: { fps: number; p95FrameMs: number; maxFrameMs: number } | null = null;
    for (let k = 0; k < runs; k++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      try {
        await context.addInitScript(INIT_SCRIPT);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        // The impact request as the browser sees it (request sent → response body read).
        let impactMs: number | null = null;
        const sent = new Map<unknown, number>();
        page.on('request', (r) => {
          if (r.url().endsWith('/graphql') && (r.postData() ?? '').includes('byProvince')) sent.set(r, Date.now());
        });
        page.on('requestfinished', (r) => {
          const t = sent.get(r);
          if (t !== undefined) impactMs = Date.now() - t;
        });
        const loadStart = Date.now();
        await page.goto(url);
        // Laid out, or the view shows an error (its impact request failed).
        const alertText = () =>
          document.querySelector('kb-app')?.shadowRoot?.querySelector('kb-national-view')?.shadowRoot?.querySelector('.alert')?.textContent?.trim();
        await page.waitForFunction(
          () =>
            (window as unknown as { __akbNational: { done: unknown } }).__akbNational.done ||
            document.querySelector('kb-app')?.shadowRoot?.querySelector('kb-national-view')?.shadowRoot?.querySelector('.alert'),
          null,
          { timeout: 300_000 },
        );
        const alert = await page.evaluate(alertText);
        if (alert) throw new Error(`national view shows an error after ${Date.now() - loadStart} ms: ${alert}`);
        const done = (await page.evaluate(() => (window as unknown as { __akbNational: { done: Done } }).__akbNational.done)) as Done;
        if (errors.length) throw new Error(`national view: page errors: ${errors.join('; ')}`);
        loads.push({
          toLayoutDoneMs: +done.layoutDoneAt.toFixed(1),
          layoutMs: +done.layoutMs.toFixed(1),
          firstPaintMs: +done.paintedAt.toFixed(1),
          impactRequestMs: impactMs,
          nodes: done.nodes,
          edges: done.edges,
          renderer: done.renderer,
          webgl: done.webgl,
        });
        if (k === runs - 1) {
          const p = (await page.evaluate(
            (ms) => (window as unknown as { __akbPan: (ms: number) => Promise<{ elapsedMs: number; frames: number[] }> }).__akbPan(ms),
            panMs,
          )) as { elapsedMs: number; frames: number[] };
          pan = {
            fps: +((p.frames.length / p.elapsedMs) * 1000).toFixed(1),
            p95FrameMs: +percentile(p.frames, 95).toFixed(1),
            maxFrameMs: +Math.max(...p.frames).toFixed(1),
          };
        }
      } finally {
        await context.close();
      }
    }
    const med = (f: (l: (typeof loads)[number]) => number | null) => {
      const xs = loads.map(f).filter((x): x is number => x !== null);
      return xs.length ? +percentile(xs, 50).toFixed(1) : null;
    };
    const r = {
      url: url.slice(base.length),
      runs,
      chromium: browser.version(),
      median: {
        toLayoutDoneMs: med((l) => l.toLayoutDoneMs),
        layoutMs: med((l) => l.layoutMs),
        firstPaintMs: med((l) => l.firstPaintMs),
        impactRequestMs: med((l) => l.impactRequestMs),
      },
      nodes: loads[0]?.nodes,
      edges: loads[0]?.edges,
      renderer: loads[0]?.renderer,
      webgl: loads[0]?.webgl,
      pan,
      loads,
    };
    console.log(`national view: ${JSON.stringify({ ...r, loads: undefined })}`);
    return r;
  } finally {
    await browser?.close();
    if (server)
      await new Promise<void>((r) => {
        server!.closeAllConnections();
        server!.close(() => r());
      });
    rmSync(webDir, { recursive: true, force: true });
  }
}
