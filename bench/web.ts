/**
 * `npm run bench:web`: the web client in headless Chromium, side by side in one run, on the same
 * machine — the real server (createApp over an embedded Neo4j with the fixtures) serving a fresh
 * Vite build of this checkout on a loopback port, driven by Debian's Chromium through playwright-core:
 *
 * 1. load to interactive: navigation start → the search input (header kb-search input) visible and
 *    enabled, plus the navigation timing and the JS transferred; median of 5 cold loads (new context each);
 * 2. layout: a fresh `<kb-graph>` (1366×700) given a synthetic impact graph of ~500, 2,000 and 5,000
 *    elements (built by the real impactToGraph from a deterministic BFS tree in rings), `preset` (the
 *    impact view) and `fcose` (the explore view), renderer `canvas` and `webgl`; the layout time the
 *    element reports (kb-layout-done) and the wall time from setting the model to two animation frames
 *    after the layout (first paint); median of 3;
 * 3. panning: right after the last layout, 3 s of `cy.panBy` in a requestAnimationFrame loop; frames
 *    delivered per second, the 95th-percentile frame time and Cytoscape's own draws (count, ms each).
 *
 * Then, for every case that misses a goal (5,000 elements painted in ≤ 2 s; ≥ 30 frames/s while
 * panning), one more run on an unminified build under the CPU profiler (and, while panning, a
 * Chromium trace of how busy each browser thread is), so the report names where the time goes.
 * Goals from the issue: 5,000 elements laid out in ≤ 2 s and ≥ 30 frames/s while panning.
 *
 * Headless Chromium has no GPU here: WebGL (and GPU-accelerated canvas) run on SwiftShader, on the
 * CPU, so the WebGL figures are pessimistic next to an office PC with any GPU.
 *
 * Diagnostics for 5,000 elements (preset) when they miss: without node labels, and the 2D canvas in a
 * browser without GPU emulation (`--disable-gpu`); with `--diagnose-labels` also node labels drawn
 * only when ≥ 8 px on screen.
 *
 * 4. delivery, before and after (`--baseline <git ref>`, e.g. the commit before a change): the client
 *    of that commit built from `git archive` and served as the server of that time did (files as
 *    they are, uncompressed; GraphQL passed to the same server), next to this checkout's build as
 *    served now; for each: the JavaScript the first view loads (files, bytes, and what gzip -9 and
 *    brotli make of them), the whole build, and cold loads to first contentful paint and to
 *    interactive, on loopback and on an emulated 2 Mbit/s link (150 ms round trip), median of
 *    `--slow-loads N` (3). Goal (issue 22): the first view's JavaScript ≤ 300 KB, ≤ 100 KB compressed.
 *
 * Flags: `--no-save` (print only), `--runs N` (layout repetitions, 3), `--loads N` (cold loads, 5),
 * `--pan-ms N` (3000), `--sizes 500,2000,5000`, `--no-profile`, `--no-diagnostics`, `--diagnose-labels`,
 * `--baseline <git ref>`, `--slow-loads N`, `--delivery-only` (only 4, with --baseline).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync, readFileSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, extname, join, normalize } from 'node:path';
import { build } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from '../server/src/config/config.js';
import { addRows } from './common.js';
import { Database } from '../server/src/db/database.js';
import { loadFixtures } from '../server/src/fixtures/loader.js';
import { freePort, startEmbeddedNeo4j } from '../server/src/neo4j/embedded.js';
import { createApp } from '../server/src/http/app.js';
import { listenOnLoopback, type Loopback } from '../server/src/http/loopback.js';
import { waitForDatabase } from '../server/src/boot.js';
import { PROPAGATING_TYPES } from '../server/src/model/model.js';
import { impactToGraph, type GraphModel } from '../web/src/graph/elements.js';
import type { ImpactHit, ImpactResult, NodeSummary } from '../web/src/api/queries.js';

const args = process.argv.slice(2);
const num = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const SAVE = !args.includes('--no-save');
const PROFILE = !args.includes('--no-profile') && !args.includes('--delivery-only');
const DIAGNOSE = !args.includes('--no-diagnostics');
/** `--diagnose-labels`: also labels drawn only when ≥ 8 px on screen (no clear difference in a trial run on a loaded machine, 2026-11-25). */
const DIAGNOSE_LABELS = args.includes('--diagnose-labels');
const RUNS = num('runs', 3);
const BASELINE = (() => {
  const i = args.indexOf('--baseline');
  return i >= 0 ? args[i + 1] : null;
})();
const SLOW_LOADS = num('slow-loads', 3);
const DELIVERY_ONLY = args.includes('--delivery-only');
/** The provincial link of issue 22: 2 Mbit/s down, 1 Mbit/s up, 150 ms round trip. */
const SLOW_LINK = { offline: false, latency: 150, downloadThroughput: 2_000_000 / 8, uploadThroughput: 1_000_000 / 8 };
const FIRST_VIEW_GOAL = { kib: 300, compressedKib: 100 };
const LOADS = num('loads', 5);
const PAN_MS = num('pan-ms', 3000);
const SIZES = (() => {
  const i = args.indexOf('--sizes');
  return i >= 0 ? args[i + 1].split(',').map(Number) : [500, 2000, 5000];
})();
const LAYOUTS = ['preset', 'fcose'] as const;
const RENDERERS = ['canvas', 'webgl'] as const;
type Layout = (typeof LAYOUTS)[number];
type Renderer = (typeof RENDERERS)[number];
const GOAL = { elements: 5000, paintMs: 2000, fps: 30 };
const VIEWPORT = { width: 1366, height: 768 };
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const r1 = (x: number) => Math.round(x * 10) / 10;

/** Deterministic pseudo-random numbers (same graph every run). */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

// ─── The synthetic impact graph ────────────────────────────────────────────────────────────────

const KINDS: [kind: string, prefix: string, weight: number, names: string[]][] = [
  [
    'Component',
    'component',
    0.62,
    [
      'Hệ thống thông tin giải quyết TTHC',
      'Phần mềm quản lý văn bản và hồ sơ công việc',
      'Hệ thống quản lý hồ sơ sức khỏe điện tử',
      'Cổng dịch vụ công',
      'Hệ thống thông tin đất đai',
      'Phần mềm quản lý hộ tịch',
    ],
  ],
  ['SharedService', 'service', 0.12, ['Dịch vụ xác thực, định danh điện tử', 'Dịch vụ thanh toán trực tuyến', 'Dịch vụ ký số']],
  ['NationalDatabase', 'ndb', 0.06, ['Cơ sở dữ liệu quốc gia về dân cư', 'Cơ sở dữ liệu quốc gia về đất đai', 'Cơ sở dữ liệu quốc gia về bảo hiểm']],
  ['ComponentGroup', 'group', 0.08, ['Nhóm hệ thống chuyên ngành y tế', 'Nhóm hệ thống chuyên ngành giáo dục']],
  ['DataDomain', 'domain', 0.06, ['Dữ liệu hộ tịch', 'Dữ liệu đất đai', 'Dữ liệu doanh nghiệp']],
  ['Network', 'network', 0.03, ['Mạng truyền số liệu chuyên dùng', 'Mạng WAN']],
  ['Agency', 'agency', 0.03, ['Sở Y tế', 'Sở Tư pháp', 'Sở Nông nghiệp và Môi trường']],
];
const PROVINCES = ['Quảng Ngãi', 'Quảng Nam', 'Bình Định', 'Đà Nẵng', 'Thừa Thiên Huế', 'Kon Tum', 'Gia Lai', 'Phú Yên', 'Khánh Hòa', 'Lâm Đồng'];

/**
 * An impact result of `elements` elements (root + n hits, one witness edge each: 2n + 1), as the
 * server returns for a hub's dependents at depth 3: rings of ~8 %, ~27 % and ~65 % of the hits, each
 * hit reached from a random node of the ring before; then the real impactToGraph (rings, preset positions).
 */
function syntheticImpact(elements: number, seed = 7): { result: ImpactResult; model: GraphModel } {
  const rand = rng(seed);
  const n = Math.floor(elements / 2);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const summary = (i: number): NodeSummary => {
    let x = rand();
    let k = KINDS[0];
    for (const kk of KINDS) {
      if (x < kk[2]) {
        k = kk;
        break;
      }
      x -= kk[2];
    }
    const p = rand();
    return {
      id: `${k[1]}:bench-${i}`,
      name: `${pick(k[3])} ${k[0] === 'Agency' ? 'tỉnh' : ''} ${pick(PROVINCES)} ${i}`.replace(/\s+/g, ' '),
      kind: k[0],
      provenance: p < 0.7 ? 'stated' : p < 0.9 ? 'inferred' : 'example',
      abbreviations: [],
    };
  };
  const root: NodeSummary = {
    id: 'component:bench-root',
    name: 'Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)',
    kind: 'Component',
    provenance: 'stated',
    abbreviations: ['LGSP'],
  };
  const rings = [Math.max(1, Math.round(n * 0.08)), Math.round(n * 0.27)];
  rings.push(n - rings[0] - rings[1]);
  const affected: ImpactHit[] = [];
  let previous: ImpactHit[] = [];
  let i = 0;
  rings.forEach((count, d) => {
    const ring: ImpactHit[] = [];
    for (let j = 0; j < count; j++) {
      const node = summary(i++);
      const parent = previous.length ? pick(previous) : null;
      const step = {
        from: { id: node.id },
        type: pick(PROPAGATING_TYPES),
        to: { id: parent ? parent.node.id : root.id },
        provenance: node.provenance === 'stated' ? 'stated' : node.provenance,
        source: null,
      };
      const e = rand();
      ring.push({ node, depth: d + 1, exposure: e < 0.8 ? 'DIRECT' : e < 0.95 ? 'GROUP' : 'LAYER', path: [...(parent ? parent.path : []), step] });
    }
    affected.push(...ring);
    previous = ring;
  });
  const result: ImpactResult = { root, total: n, truncated: false, affected, byAgency: [], byLayer: [], tasks: [], indicators: [] };
  return { result, model: impactToGraph(result) };
}

// ─── The server and the browser ────────────────────────────────────────────────────────────────

async function buildWeb(minify: boolean): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), minify ? 'akb-bench-web-' : 'akb-bench-web-dev-'));
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true, minify, chunkSizeWarningLimit: 100_000 } });
  return outDir;
}

function serve(db: Database, webDir: string): Promise<Loopback> {
  return listenOnLoopback(createApp({ db, quiet: true, webDir }));
}

/** As tests/setup/browser.ts: Debian's Chromium, WebGL through ANGLE on SwiftShader (no GPU). */
function launch(software = false): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run scripts/ensure-system-deps.sh or set CHROMIUM_PATH`);
  // `software`: diagnostic, no GPU emulation at all (2D canvas and compositing on the CPU, no WebGL).
  const args = software ? ['--no-sandbox', '--disable-gpu'] : ['--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args });
}

/**
 * Runs in the page (plain JS, so nothing the TypeScript runner adds ends up in it): records when the
 * search input first shows, and the helpers the layout and pan measurements call.
 */
const INIT_SCRIPT = `(() => {
  const w = window;
  const input = () => document.querySelector('kb-app')?.shadowRoot?.querySelector('header kb-search')?.shadowRoot?.querySelector('input');
  const check = () => {
    const el = input();
    if (el && !el.disabled && el.checkVisibility() && el.getBoundingClientRect().width > 0) { w.__akbInteractive = performance.now(); return; }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  const raf = () => new Promise((r) => requestAnimationFrame(r));
  w.__akbLoadMetrics = () => {
    const nav = performance.getEntriesByType('navigation')[0];
    const js = performance.getEntriesByType('resource').filter((r) => /\\.m?js$/.test(new URL(r.name).pathname));
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const kib = (xs) => Math.round(xs.reduce((a, b) => a + b, 0) / 102.4) / 10;
    return {
      interactiveMs: w.__akbInteractive,
      fcpMs: fcp ? fcp.startTime : null,
      domInteractiveMs: nav.domInteractive,
      domContentLoadedMs: nav.domContentLoadedEventEnd,
      loadEventEndMs: nav.loadEventEnd,
      js: { files: js.length, transferKiB: kib(js.map((r) => r.transferSize)), encodedKiB: kib(js.map((r) => r.encodedBodySize)), decodedKiB: kib(js.map((r) => r.decodedBodySize)) },
    };
  };
  w.__akbBench = {
    models: {},
    async mount(layout, renderer, labels) {
      document.querySelector('kb-app').style.display = 'none';
      let host = document.getElementById('bench-host');
      if (!host) {
        host = document.createElement('div');
        host.id = 'bench-host';
        host.style.cssText = 'position:fixed;left:0;top:0;width:1366px;height:700px;background:#fff;z-index:10';
        document.body.appendChild(host);
      }
      host.replaceChildren();
      const el = document.createElement('kb-graph');
      el.style.cssText = 'width:1366px;height:700px;min-height:0;box-sizing:border-box';
      el.layout = layout;
      el.renderer = renderer;
      // As in the views: the element is on the page (empty) before its model arrives.
      const empty = new Promise((r) => el.addEventListener('kb-layout-done', r, { once: true }));
      host.appendChild(el);
      await el.updateComplete;
      await empty;
      // Diagnostics: no node labels at all, or labels drawn only when at least this many pixels high on screen.
      if (labels === 'off') el.cy.style().selector('node').style({ label: '' }).update();
      else if (labels) el.cy.style().selector('node').style({ 'min-zoomed-font-size': labels }).update();
      await raf(); await raf();
      w.__akbGraph = el;
    },
    async layout(size) {
      const el = w.__akbGraph;
      const model = w.__akbBench.models[size];
      const done = new Promise((r) => el.addEventListener('kb-layout-done', (e) => r({ ms: e.detail.ms, renderer: e.detail.renderer, at: performance.now() }), { once: true }));
      const t0 = performance.now();
      el.model = model;
      const d = await done;
      await raf(); await raf();
      const painted = performance.now();
      const cy = el.cy;
      return { layoutMs: d.ms, toLayoutDoneMs: d.at - t0, firstPaintMs: painted - t0, renderer: d.renderer, webgl: !!cy.renderer().webgl, nodes: cy.nodes().length, edges: cy.edges().length, zoom: cy.zoom(), labelPx: cy.nodes().length ? cy.nodes()[0].pstyle('font-size').pfValue * cy.zoom() : 0, minZoomedFontSize: cy.nodes().length ? cy.nodes()[0].pstyle('min-zoomed-font-size').pfValue : 0, labelsOff: cy.nodes().length ? !cy.nodes()[0].pstyle('label').strValue : false };
    },
    pan(ms) {
      const cy = w.__akbGraph.cy;
      const r = cy.renderer();
      const draws0 = r.redrawCount || 0, drawMs0 = r.redrawTotalTime || 0;
      const frames = [];
      return new Promise((resolve) => {
        let start = null, last = 0;
        performance.mark('akb-pan-start');
        const step = (ts) => {
          if (start === null) start = ts; else frames.push(ts - last);
          last = ts;
          if (ts - start >= ms) {
            performance.mark('akb-pan-end');
            const draws = (r.redrawCount || 0) - draws0;
            resolve({ elapsedMs: ts - start, frames, draws, drawMs: (r.redrawTotalTime || 0) - drawMs0 });
            return;
          }
          // Back and forth each second, so the graph stays in view.
          const sign = Math.floor((ts - start) / 1000) % 2 ? -1 : 1;
          cy.panBy({ x: 5 * sign, y: 3 * sign });
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      });
    },
  };
})();`;

interface Bench {
  mount(layout: Layout, renderer: Renderer, labels?: Labels): Promise<void>;
  layout(size: number): Promise<LayoutRun>;
  pan(ms: number): Promise<{ elapsedMs: number; frames: number[]; draws: number; drawMs: number }>;
  models: Record<number, GraphModel>;
}
interface LayoutRun {
  layoutMs: number;
  toLayoutDoneMs: number;
  firstPaintMs: number;
  renderer: string;
  webgl: boolean;
  nodes: number;
  edges: number;
  zoom: number;
  labelPx: number;
  minZoomedFontSize: number;
  labelsOff: boolean;
}
/** Diagnostics: `off` (no node labels), a number (labels drawn only from that many px on screen), 0 (as the app). */
type Labels = 'off' | number;
type W = { __akbBench: Bench; __akbInteractive?: number; __akbLoadMetrics(): Omit<Load, 'wallMs'> };

async function openBenchPage(
  browser: Browser,
  url: string,
  models: Record<number, GraphModel>,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: INIT_SCRIPT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${url}/?view=impact`);
  await page.waitForFunction(() => !!customElements.get('kb-graph'));
  for (const [size, model] of Object.entries(models))
    await page.evaluate(([s, m]) => void ((window as unknown as W).__akbBench.models[Number(s)] = m), [size, model] as const);
  return { context, page, errors };
}

// ─── 1. Load to interactive ────────────────────────────────────────────────────────────────────

interface Load {
  interactiveMs: number;
  wallMs: number;
  fcpMs: number | null;
  domInteractiveMs: number;
  domContentLoadedMs: number;
  loadEventEndMs: number;
  js: { files: number; transferKiB: number; encodedKiB: number; decodedKiB: number };
}

async function measureLoads(browser: Browser, url: string): Promise<{ runs: Load[]; median: Omit<Load, 'js'>; js: Load['js'] }> {
  const runs: Load[] = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript({ content: INIT_SCRIPT });
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(`${url}/`);
    const input = page.locator('header kb-search input');
    await input.waitFor({ state: 'visible' });
    if (!(await input.isEnabled()))
      await page.waitForFunction(
        () => !(document.querySelector('kb-app')?.shadowRoot?.querySelector('kb-search')?.shadowRoot?.querySelector('input') as HTMLInputElement).disabled,
      );
    const wallMs = Date.now() - t0;
    await page.waitForFunction(() => (window as unknown as W).__akbInteractive !== undefined);
    await page.waitForFunction(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd > 0);
    const m = await page.evaluate(() => (window as unknown as W).__akbLoadMetrics());
    runs.push({ ...m, wallMs });
    await context.close();
  }
  const med = (k: keyof Omit<Load, 'js'>) => r1(median(runs.map((r) => r[k] as number)));
  return {
    runs: runs.map((r) => ({
      ...r,
      interactiveMs: r1(r.interactiveMs),
      fcpMs: r.fcpMs === null ? null : r1(r.fcpMs),
      domInteractiveMs: r1(r.domInteractiveMs),
      domContentLoadedMs: r1(r.domContentLoadedMs),
      loadEventEndMs: r1(r.loadEventEndMs),
    })),
    median: {
      interactiveMs: med('interactiveMs'),
      wallMs: med('wallMs'),
      fcpMs: runs.every((r) => r.fcpMs !== null) ? med('fcpMs') : null,
      domInteractiveMs: med('domInteractiveMs'),
      domContentLoadedMs: med('domContentLoadedMs'),
      loadEventEndMs: med('loadEventEndMs'),
    },
    js: runs[runs.length - 1].js,
  };
}

// ─── 4. Delivery, before and after ─────────────────────────────────────────────────────────────

/** The client of `ref`, built from `git archive` with this checkout's node_modules. */
async function buildBaseline(ref: string): Promise<{ dir: string; outDir: string; commit: string }> {
  const commit = execFileSync('git', ['-C', ROOT, 'rev-parse', '--short', ref], { encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), 'akb-bench-web-baseline-src-'));
  const tar = execFileSync('git', ['-C', ROOT, 'archive', commit], { maxBuffer: 256 * 2 ** 20 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const outDir = mkdtempSync(join(tmpdir(), 'akb-bench-web-baseline-'));
  await build({
    configFile: join(dir, 'vite.config.ts'),
    root: join(dir, 'web'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 100_000 },
  });
  return { dir, outDir, commit };
}

/**
 * The baseline as the server of its time served it: the built files as they are (no compression;
 * hashed assets cached for a year, the rest revalidated), every other path (GraphQL, health, auth)
 * passed to `api`.
 */
function serveAsBefore(webDir: string, api: string): Promise<Loopback> {
  const TYPES: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.json': 'application/json',
  };
  return listenOnLoopback(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname.startsWith('/graphql') || url.pathname.startsWith('/health') || url.pathname.startsWith('/auth') || url.pathname.startsWith('/api')) {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(([k, v]) => typeof v === 'string' && !['host', 'connection', 'content-length'].includes(k)),
      ) as Record<string, string>;
      const r = await fetch(`${api}${url.pathname}${url.search}`, {
        method: req.method,
        headers,
        body: req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.concat(chunks),
      });
      const body = Buffer.from(await r.arrayBuffer());
      res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? 'application/octet-stream', 'content-length': body.length });
      res.end(body);
      return;
    }
    let file = join(webDir, normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(webDir) || !existsSync(file) || !statSync(file).isFile()) file = join(webDir, 'index.html');
    const body = readFileSync(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': file.startsWith(join(webDir, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'content-length': body.length,
    });
    res.end(body);
  });
}

interface Delivery {
  label: string;
  /** The JavaScript the first view (the home page) loads: files, bytes as built, gzip -9 and brotli of them, bytes on the wire and their encoding. */
  firstView: { files: number; kib: number; gzipKib: number; brotliKib: number; transferKib: number; encoding: string };
  /** The whole build's JavaScript: files, bytes, the largest file. */
  build: { files: number; kib: number; largestKib: number; largest: string };
  fast: { fcpMs: number | null; interactiveMs: number };
  slow: { fcpMs: number | null; interactiveMs: number; runs: { fcpMs: number | null; interactiveMs: number }[] };
}

const kib = (bytes: number) => r1(bytes / 1024);

function buildJs(webDir: string) {
  const dir = join(webDir, 'assets');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const sizes = files.map((f) => ({ f, n: statSync(join(dir, f)).size }));
  const largest = sizes.reduce((a, b) => (b.n > a.n ? b : a));
  return { files: files.length, kib: kib(sizes.reduce((a, b) => a + b.n, 0)), largestKib: kib(largest.n), largest: largest.f.replace(/-[\w-]{8}\.js$/, '.js') };
}

/** One cold load of the home page (new context); `slow`: over the emulated provincial link. */
async function coldLoad(browser: Browser, url: string, slow: boolean) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript({ content: INIT_SCRIPT });
    const page = await context.newPage();
    const encodings: string[] = [];
    page.on('response', async (r) => {
      if (/\.js$/.test(new URL(r.url()).pathname)) encodings.push((await r.allHeaders())['content-encoding'] ?? 'none');
    });
    if (slow) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW_LINK);
    }
    await page.goto(`${url}/`, { timeout: 120_000 });
    await page.waitForFunction(() => (window as unknown as W).__akbInteractive !== undefined, undefined, { timeout: 120_000 });
    await page.waitForLoadState('networkidle', { timeout: 120_000 });
    const m = await page.evaluate(() => (window as unknown as W).__akbLoadMetrics());
    const files = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((r) => /\.m?js$/.test(new URL(r.name).pathname))
        .map((r) => new URL(r.name).pathname),
    );
    return { m, files, encoding: [...new Set(encodings)].join('/') || 'none' };
  } finally {
    await context.close();
  }
}

async function measureDelivery(browser: Browser, label: string, url: string, webDir: string): Promise<Delivery> {
  const fast: { fcpMs: number | null; interactiveMs: number }[] = [];
  let first: Awaited<ReturnType<typeof coldLoad>> | null = null;
  for (let i = 0; i < LOADS; i++) {
    const l = await coldLoad(browser, url, false);
    first ??= l;
    fast.push({ fcpMs: l.m.fcpMs, interactiveMs: l.m.interactiveMs });
  }
  const slow: { fcpMs: number | null; interactiveMs: number }[] = [];
  for (let i = 0; i < SLOW_LOADS; i++) {
    const l = await coldLoad(browser, url, true);
    slow.push({ fcpMs: l.m.fcpMs === null ? null : r1(l.m.fcpMs), interactiveMs: r1(l.m.interactiveMs) });
  }
  const bodies = first!.files.map((p) => readFileSync(join(webDir, p)));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const med = (xs: (number | null)[]) => (xs.every((x) => x !== null) ? r1(median(xs as number[])) : null);
  return {
    label,
    firstView: {
      files: bodies.length,
      kib: kib(sum(bodies.map((b) => b.length))),
      gzipKib: kib(sum(bodies.map((b) => gzipSync(b, { level: 9 }).length))),
      brotliKib: kib(sum(bodies.map((b) => brotliCompressSync(b, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length))),
      transferKib: first!.m.js.transferKiB,
      encoding: first!.encoding,
    },
    build: buildJs(webDir),
    fast: { fcpMs: med(fast.map((f) => f.fcpMs)), interactiveMs: med(fast.map((f) => f.interactiveMs))! },
    slow: { fcpMs: med(slow.map((f) => f.fcpMs)), interactiveMs: med(slow.map((f) => f.interactiveMs))!, runs: slow },
  };
}

function printDelivery(d: Delivery) {
  const f = d.firstView;
  console.log(
    `  ${d.label}: first view ${f.files} JS files, ${f.kib} KiB (gzip ${f.gzipKib} KiB, brotli ${f.brotliKib} KiB; ${f.transferKib} KiB on the wire, ${f.encoding}); build ${d.build.files} files, ${d.build.kib} KiB, largest ${d.build.largest} ${d.build.largestKib} KiB`,
  );
  console.log(
    `    loopback: first contentful paint ${d.fast.fcpMs} ms, interactive ${d.fast.interactiveMs} ms · 2 Mbit/s, 150 ms RTT: first contentful paint ${d.slow.fcpMs} ms, interactive ${d.slow.interactiveMs} ms`,
  );
}

// ─── 2 and 3. Layout and panning ───────────────────────────────────────────────────────────────

interface Case {
  elements: number;
  nodes: number;
  edges: number;
  layout: Layout;
  renderer: Renderer;
  webglActive: boolean;
  /** The zoom after fit (labels are 11 px × zoom on screen). */
  zoom: number;
  /** On-screen size of a node label after fit, and the size below which labels are not drawn (0: always drawn). */
  labelPx: number;
  minZoomedFontSize: number;
  labelsOff: boolean;
  runs: { layoutMs: number; toLayoutDoneMs: number; firstPaintMs: number }[];
  layoutMs: number;
  toLayoutDoneMs: number;
  firstPaintMs: number;
  pan: { fps: number; p95FrameMs: number; maxFrameMs: number; frames: number; drawsPerS: number; drawMsMean: number };
  errors: string[];
}

/** One graph drawn one way: the page at `url` in `browser`, the model of `size` elements, a layout and a renderer. */
interface DrawCase {
  browser: Browser;
  url: string;
  size: number;
  model: GraphModel;
  layout: Layout;
  renderer: Renderer;
}

async function measureCase({ browser, url, size, model, layout, renderer }: DrawCase, opts: { runs?: number; labels?: Labels } = {}): Promise<Case> {
  const { context, page, errors } = await openBenchPage(browser, url, { [size]: model });
  try {
    const runs: LayoutRun[] = [];
    for (let i = 0; i < (opts.runs ?? RUNS); i++) {
      await page.evaluate(([l, r, f]) => (window as unknown as W).__akbBench.mount(l, r, f), [layout, renderer, opts.labels ?? 0] as const);
      runs.push(await page.evaluate((s) => (window as unknown as W).__akbBench.layout(s), size));
    }
    const pan = await page.evaluate((ms) => (window as unknown as W).__akbBench.pan(ms), PAN_MS);
    const last = runs[runs.length - 1];
    const c: Case = {
      elements: last.nodes + last.edges,
      nodes: last.nodes,
      edges: last.edges,
      layout,
      renderer,
      webglActive: last.webgl,
      zoom: +last.zoom.toFixed(3),
      labelPx: r1(last.labelPx),
      minZoomedFontSize: last.minZoomedFontSize,
      labelsOff: last.labelsOff,
      runs: runs.map((r) => ({ layoutMs: r1(r.layoutMs), toLayoutDoneMs: r1(r.toLayoutDoneMs), firstPaintMs: r1(r.firstPaintMs) })),
      layoutMs: r1(median(runs.map((r) => r.layoutMs))),
      toLayoutDoneMs: r1(median(runs.map((r) => r.toLayoutDoneMs))),
      firstPaintMs: r1(median(runs.map((r) => r.firstPaintMs))),
      pan: {
        fps: r1((pan.frames.length / pan.elapsedMs) * 1000),
        p95FrameMs: r1(percentile(pan.frames, 95)),
        maxFrameMs: r1(Math.max(...pan.frames)),
        frames: pan.frames.length,
        drawsPerS: r1((pan.draws / pan.elapsedMs) * 1000),
        drawMsMean: pan.draws ? r1(pan.drawMs / pan.draws) : 0,
      },
      errors,
    };
    if (renderer === 'webgl' && !c.webglActive) c.errors.push('WebGL was asked for but Cytoscape drew with the 2D canvas');
    return c;
  } finally {
    await context.close();
  }
}

// ─── Profiles of the misses ────────────────────────────────────────────────────────────────────

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

/** Self time by function (unminified build, so the names are Cytoscape's, fcose's and ours). */
function summariseProfile(p: CpuProfile, top = 8) {
  const total = p.nodes.reduce((a, n) => a + (n.hitCount ?? 0), 0) || 1;
  const ms = (p.endTime - p.startTime) / 1000;
  const by = new Map<string, number>();
  for (const n of p.nodes) {
    const f = n.callFrame;
    const key = f.url ? `${f.functionName || '(anonymous)'} (${basename(f.url).replace(/-[\w-]{8}\.js$/, '.js')}:${f.lineNumber + 1})` : f.functionName;
    by.set(key, (by.get(key) ?? 0) + (n.hitCount ?? 0));
  }
  const share = (k: string) => r1(((by.get(k) ?? 0) / total) * 100);
  const fns = [...by.entries()]
    .filter(([k]) => !k.startsWith('('))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
  // Inclusive time of the app's own functions (the bundle: Cytoscape, fcose, Lit, kb-graph), each
  // counted once per stack, so the chain from the render loop or the layout down to the hot spots shows.
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const inclusive = new Map<string, number>();
  for (const n of p.nodes) {
    if (!n.hitCount) continue;
    const seen = new Set<string>();
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id)!.callFrame;
      if (!f.url.includes('/assets/')) continue;
      const key = `${f.functionName || '(anonymous)'} (${basename(f.url).replace(/-[\w-]{8}\.js$/, '.js')}:${f.lineNumber + 1})`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + n.hitCount);
    }
  }
  const incl = [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, top + 6);
  return {
    wallMs: Math.round(ms),
    idlePct: share('(idle)'),
    gcPct: share('(garbage collector)'),
    programPct: share('(program)'),
    top: fns.map(([k, v]) => ({ fn: k, selfPct: r1((v / total) * 100), selfMs: Math.round((v / total) * ms) })),
    inclusive: incl.map(([k, v]) => ({ fn: k, pct: r1((v / total) * 100), ms: Math.round((v / total) * ms) })),
  };
}

interface TraceEvent {
  ph: string;
  name: string;
  cat?: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** How busy each browser thread was (top-level tasks, merged), as a share of the traced window. */
function threadBusy(trace: Buffer, top = 6) {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  // The window: the page's performance marks around the pan.
  const from = events.find((e) => e.name === 'akb-pan-start')?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const to = events.find((e) => e.name === 'akb-pan-end')?.ts ?? Math.max(...events.map((e) => e.ts + (e.dur ?? 0)));
  const windowMs = (to - from) / 1000;
  const proc = new Map<number, string>();
  const thread = new Map<string, string>();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'process_name') proc.set(e.pid, e.args?.name ?? String(e.pid));
    if (e.name === 'thread_name') thread.set(`${e.pid}:${e.tid}`, e.args?.name ?? String(e.tid));
  }
  const spans = new Map<string, [number, number][]>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || !(e.cat ?? '').split(',').includes('toplevel')) continue;
    const k = `${e.pid}:${e.tid}`;
    const l = spans.get(k) ?? [];
    const a = Math.max(from, e.ts);
    const b = Math.min(to, e.ts + e.dur);
    if (b > a) l.push([a, b]);
    spans.set(k, l);
  }
  const busy: { thread: string; busyPct: number }[] = [];
  for (const [k, l] of spans) {
    if (!l.length) continue;
    l.sort((a, b) => a[0] - b[0]);
    let sum = 0;
    let [s, e] = l[0];
    for (const [a, b] of l.slice(1)) {
      if (a > e) {
        sum += e - s;
        [s, e] = [a, b];
      } else e = Math.max(e, b);
    }
    sum += e - s;
    const pid = Number(k.split(':')[0]);
    busy.push({ thread: `${proc.get(pid) ?? pid} / ${thread.get(k) ?? k.split(':')[1]}`, busyPct: r1((sum / 1000 / windowMs) * 100) });
  }
  return { windowMs: Math.round(windowMs), threads: busy.sort((a, b) => b.busyPct - a.busyPct).slice(0, top) };
}

async function profileCase({ browser, url, size, model, layout, renderer }: DrawCase, what: { layout: boolean; pan: boolean }) {
  const { context, page } = await openBenchPage(browser, url, { [size]: model });
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await page.evaluate(([l, r]) => (window as unknown as W).__akbBench.mount(l, r), [layout, renderer] as const);
    const out: Record<string, unknown> = { elements: size, layout, renderer };
    if (what.layout) {
      await cdp.send('Profiler.start');
      const run = await page.evaluate((s) => (window as unknown as W).__akbBench.layout(s), size);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      out.layoutRun = { layoutMs: r1(run.layoutMs), firstPaintMs: r1(run.firstPaintMs) };
      out.layoutProfile = summariseProfile(profile);
    } else await page.evaluate((s) => (window as unknown as W).__akbBench.layout(s), size);
    if (what.pan) {
      await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', '__metadata'] });
      await cdp.send('Profiler.start');
      const pan = await page.evaluate((ms) => (window as unknown as W).__akbBench.pan(ms), PAN_MS);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      const trace = await browser.stopTracing();
      out.panRun = {
        fps: r1((pan.frames.length / pan.elapsedMs) * 1000),
        p95FrameMs: r1(percentile(pan.frames, 95)),
        drawMsMean: pan.draws ? r1(pan.drawMs / pan.draws) : 0,
      };
      out.panProfile = summariseProfile(profile);
      out.panThreads = threadBusy(trace);
    }
    return out;
  } finally {
    await context.close();
  }
}

function printProfile(p: Record<string, unknown>) {
  type Summary = ReturnType<typeof summariseProfile>;
  const show = (what: string, x: Summary) => {
    console.log(`  ${what}: ${x.wallMs} ms profiled, idle ${x.idlePct} %, GC ${x.gcPct} %`);
    console.log(`    self: ${x.top.map((t) => `${t.fn} ${t.selfPct} %`).join(' · ')}`);
    console.log(`    inclusive: ${x.inclusive.map((t) => `${t.fn} ${t.pct} %`).join(' · ')}`);
  };
  if (p.layoutProfile) show(`layout + first paint ${JSON.stringify(p.layoutRun)}`, p.layoutProfile as Summary);
  if (p.panProfile) show(`pan ${JSON.stringify(p.panRun)}`, p.panProfile as Summary);
  if (p.panThreads) {
    const t = p.panThreads as ReturnType<typeof threadBusy>;
    console.log(`    threads busy while panning (${t.windowMs} ms): ${t.threads.map((x) => `${x.thread} ${x.busyPct} %`).join(' · ')}`);
  }
}

// ─── Main ──────────────────────────────────────────────────────────────────────────────────────

async function main() {
  const started = Date.now();
  const lap = (what: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${what}`);
  const dir = mkdtempSync(join(tmpdir(), 'akb-bench-web-neo4j-'));
  const dirs: string[] = [dir];
  // Neo4j starts while Vite builds (the production build, and an unminified one for the profiles).
  const builds = Promise.all([buildWeb(true), PROFILE ? buildWeb(false) : Promise.resolve('')]);
  builds.catch(() => {}); // awaited below; a failed Neo4j start must not leave it unhandled
  const neo = await startEmbeddedNeo4j({ dataDir: dir, boltPort: await freePort(), pageCacheMb: 256, heapMb: 512 });
  const db = Database.connect({ uri: neo.uri });
  let browser: Browser | null = null;
  const servers: { close(): Promise<void> }[] = [];
  try {
    const [webDir, webDevDir] = await builds;
    dirs.push(webDir, ...(webDevDir ? [webDevDir] : []));
    await waitForDatabase(db, 60_000);
    await db.applySchema();
    await loadFixtures(db, { examples: true });
    const app = await serve(db, webDir);
    servers.push(app);
    browser = await launch();
    lap(`server on ${app.url}, web built, fixtures loaded`);

    // The machine, and what the browser draws with.
    const probe = await browser.newPage();
    const gl = await probe.evaluate(() => {
      const g = document.createElement('canvas').getContext('webgl2');
      if (!g) return { webgl2: false, renderer: 'none', vendor: 'none' };
      const ext = g.getExtension('WEBGL_debug_renderer_info');
      return {
        webgl2: true,
        renderer: String(g.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : g.RENDERER)),
        vendor: String(g.getParameter(ext ? ext.UNMASKED_VENDOR_WEBGL : g.VENDOR)),
      };
    });
    await probe.close();
    const machine = {
      cores: cpus().length,
      cpu: cpus()[0]?.model,
      memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
      node: process.version,
      chromium: browser.version(),
      webgl: gl,
      softwareGl: /swiftshader/i.test(gl.renderer),
      viewport: VIEWPORT,
      loadAverageAtStart: loadavg().map((x) => +x.toFixed(2)),
    };
    console.log(`machine: ${JSON.stringify(machine)}`);

    // 4. Delivery, before and after (first, while the machine is as quiet as it gets in this run).
    const delivery: Delivery[] = [];
    if (BASELINE) {
      const base = await buildBaseline(BASELINE);
      dirs.push(base.dir, base.outDir);
      const before = await serveAsBefore(base.outDir, app.url);
      servers.push(before);
      const head = execFileSync('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
      const dirty = execFileSync('git', ['-C', ROOT, 'status', '--porcelain', '--', 'web', 'vite.config.ts', 'server/src/http'], { encoding: 'utf8' }).trim()
        ? ' + work tree'
        : '';
      lap(`baseline ${base.commit} built; measuring delivery (${LOADS} loopback and ${SLOW_LOADS} slow-link cold loads each)`);
      delivery.push(await measureDelivery(browser, `before: ${base.commit}, served as then (uncompressed)`, before.url, base.outDir));
      delivery.push(await measureDelivery(browser, `after: ${head}${dirty}, served as now`, app.url, webDir));
      console.log('delivery, before → after:');
      for (const d of delivery) printDelivery(d);
      const after = delivery[1].firstView;
      console.log(
        `  goal: first view ≤ ${FIRST_VIEW_GOAL.kib} KiB (${after.kib}: ${after.kib <= FIRST_VIEW_GOAL.kib ? 'met' : 'MISSED'}), compressed ≤ ${FIRST_VIEW_GOAL.compressedKib} KiB (gzip ${after.gzipKib}, brotli ${after.brotliKib}: ${Math.max(after.gzipKib, after.brotliKib) <= FIRST_VIEW_GOAL.compressedKib ? 'met' : 'MISSED'})`,
      );
    }

    // 1. Load to interactive.
    const load = DELIVERY_ONLY ? null : await measureLoads(browser, app.url);
    if (load)
      lap(
        `load to interactive (median of ${LOADS} cold loads): ${load.median.interactiveMs} ms (wall from goto ${load.median.wallMs} ms); FCP ${load.median.fcpMs} ms, domInteractive ${load.median.domInteractiveMs} ms, loadEventEnd ${load.median.loadEventEndMs} ms; JS ${load.js.files} files, ${load.js.transferKiB} KiB transferred (${load.js.decodedKiB} KiB decoded)`,
      );

    // 2 and 3. Layout and panning.
    const models = Object.fromEntries(SIZES.map((s) => [s, syntheticImpact(s).model]));
    const cases: Case[] = [];
    for (const size of DELIVERY_ONLY ? [] : SIZES)
      for (const layout of LAYOUTS)
        for (const renderer of RENDERERS) {
          const c = await measureCase({ browser, url: app.url, size, model: models[size], layout, renderer });
          cases.push(c);
          lap(
            `${String(c.elements).padStart(5)} elements (${c.nodes} nodes) ${layout.padEnd(6)} ${renderer.padEnd(6)}: layout ${c.layoutMs} ms, layout done ${c.toLayoutDoneMs} ms, first paint ${c.firstPaintMs} ms, zoom ${c.zoom} | pan ${c.pan.fps} fps, p95 ${c.pan.p95FrameMs} ms, max ${c.pan.maxFrameMs} ms, Cytoscape draws ${c.pan.drawsPerS}/s at ${c.pan.drawMsMean} ms${c.errors.length ? ` | errors: ${c.errors.slice(0, 3).join('; ')}` : ''}`,
          );
        }

    // Goals.
    const isBig = (c: Case) => c.elements >= GOAL.elements;
    const verdict = (c: Case) => ({ paint: c.firstPaintMs <= GOAL.paintMs, fps: c.pan.fps >= GOAL.fps });
    const goalRow = (c: Case) => ({
      case: `${c.elements} ${c.layout} ${c.renderer}`,
      firstPaintMs: c.firstPaintMs,
      layoutMs: c.layoutMs,
      fps: c.pan.fps,
      paintMet: verdict(c).paint,
      fpsMet: verdict(c).fps,
    });
    const goals = cases.filter(isBig).map(goalRow);
    console.log(`\ngoals (${GOAL.elements} elements: first paint ≤ ${GOAL.paintMs} ms, pan ≥ ${GOAL.fps} fps):`);
    for (const g of goals)
      console.log(
        `  ${g.case.padEnd(22)} layout ${g.layoutMs} ms, first paint ${g.firstPaintMs} ms ${g.paintMet ? 'MET' : `MISSED by ${r1(g.firstPaintMs - GOAL.paintMs)} ms (${r1(g.firstPaintMs / GOAL.paintMs)}×)`}; ${g.fps} fps ${g.fpsMet ? 'MET' : `MISSED by ${r1(GOAL.fps - g.fps)} fps`}`,
      );
    const slowSmaller = cases.filter((c) => !isBig(c) && c.pan.fps < GOAL.fps);
    if (slowSmaller.length)
      console.log(
        `  below ${GOAL.fps} fps at smaller sizes too: ${slowSmaller.map((c) => `${c.elements} ${c.layout} ${c.renderer} ${c.pan.fps} fps`).join(', ')}`,
      );

    // Diagnostics for the misses at 5,000 elements (preset, as the impact view): without node labels
    // (how much of the time is label text), and the 2D canvas in a browser without GPU emulation
    // (--disable-gpu), to tell Cytoscape's drawing and SwiftShader apart; with --diagnose-labels also
    // node labels drawn only when ≥ 8 px on screen (min-zoomed-font-size).
    const diagnostics: (Case & { variant: string })[] = [];
    const big = SIZES.find((s) => s >= GOAL.elements);
    const bigPreset = cases.filter((c) => isBig(c) && c.layout === 'preset');
    if (DIAGNOSE && big && bigPreset.some((c) => !verdict(c).paint || !verdict(c).fps)) {
      const report = (c: Case & { variant: string }) =>
        lap(
          `diagnostic ${c.elements} preset ${c.variant} (labels ${c.labelsOff ? 'off' : `${c.labelPx} px on screen, drawn from ${c.minZoomedFontSize} px`}): layout ${c.layoutMs} ms, first paint ${c.firstPaintMs} ms | pan ${c.pan.fps} fps, p95 ${c.pan.p95FrameMs} ms, Cytoscape draws ${c.pan.drawsPerS}/s at ${c.pan.drawMsMean} ms`,
        );
      for (const labels of DIAGNOSE_LABELS ? (['off', 8] as const) : (['off'] as const))
        for (const renderer of RENDERERS) {
          const c = {
            ...(await measureCase({ browser, url: app.url, size: big, model: models[big], layout: 'preset', renderer }, { labels })),
            variant: `${renderer}, ${labels === 'off' ? 'no node labels' : `labels only from ${labels} px on screen`}`,
          };
          diagnostics.push(c);
          report(c);
        }
      const soft = await launch(true);
      try {
        const c = {
          ...(await measureCase({ browser: soft, url: app.url, size: big, model: models[big], layout: 'preset', renderer: 'canvas' })),
          variant: 'canvas, no GPU emulation (--disable-gpu)',
        };
        diagnostics.push(c);
        report(c);
      } finally {
        await soft.close();
      }
    }

    // Profiles of the misses (5,000 elements; one layout per miss and one pan per renderer at most).
    const profiles: Record<string, unknown>[] = [];
    if (PROFILE && webDevDir) {
      const dev = await serve(db, webDevDir);
      servers.push(dev);
      // One pan per renderer; a layout when its layout or its renderer has not been profiled yet.
      const panned = new Set<string>();
      const laidOut = new Set<string>();
      for (const c of cases.filter(isBig)) {
        const v = verdict(c);
        const pan = !v.fps && !panned.has(c.renderer);
        const layout = !v.paint && !(laidOut.has(c.layout) && laidOut.has(c.renderer));
        if (!layout && !pan) continue;
        if (pan) panned.add(c.renderer);
        if (layout) laidOut.add(c.layout).add(c.renderer);
        const p = await profileCase({ browser, url: dev.url, size: big!, model: models[big!], layout: c.layout, renderer: c.renderer }, { layout, pan });
        profiles.push(p);
        lap(`profile ${c.elements} ${c.layout} ${c.renderer} (unminified build):`);
        printProfile(p);
      }
    }

    const date = new Date().toISOString().slice(0, 10);
    const machineEnd = { ...machine, loadAverageAtEnd: loadavg().map((x) => +x.toFixed(2)) };
    lap(`done; load average ${machine.loadAverageAtStart[0]} → ${machineEnd.loadAverageAtEnd[0]}`);
    if (!SAVE) return;
    const outDir = join(ROOT, 'bench', 'results');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(
      join(outDir, `${date}-web${DELIVERY_ONLY ? '-delivery' : ''}.json`),
      JSON.stringify(
        {
          date,
          machine: machineEnd,
          settings: { runs: RUNS, loads: LOADS, slowLoads: SLOW_LOADS, slowLink: SLOW_LINK, baseline: BASELINE, panMs: PAN_MS, sizes: SIZES },
          goals: { ...GOAL, firstView: FIRST_VIEW_GOAL, results: goals },
          load,
          delivery,
          cases,
          diagnostics,
          profiles,
        },
        null,
        2,
      ),
    );
    const md = join(ROOT, 'bench', 'RESULTS.md');
    if (!existsSync(md)) writeFileSync(md, '# Benchmark results\n');
    const m = `${machine.cores} cores, ${machine.memoryGiB} GiB, Chromium ${machine.chromium}, WebGL ${machine.softwareGl ? 'SwiftShader (CPU)' : gl.renderer}, load ${machine.loadAverageAtStart[0]}→${machineEnd.loadAverageAtEnd[0]}`;
    if (delivery.length)
      addRows(
        md,
        DELIVERY_TABLE,
        delivery.map((d) => {
          const f = d.firstView;
          return `| ${date} | ${m} | ${d.label} | ${f.files} files, ${f.kib} KiB | ${f.gzipKib} / ${f.brotliKib} KiB | ${f.transferKib} KiB (${f.encoding}) | ${d.build.files} files, ${d.build.kib} KiB; largest ${d.build.largest} ${d.build.largestKib} KiB | ${d.fast.fcpMs ?? 'n/a'} / ${d.fast.interactiveMs} | ${d.slow.fcpMs ?? 'n/a'} / ${d.slow.interactiveMs} |`;
        }),
      );
    if (load)
      addRows(md, LOAD_TABLE, [
        `| ${date} | ${m} | ${load.median.interactiveMs} | ${load.median.fcpMs ?? 'n/a'} | ${load.median.domInteractiveMs} | ${load.median.loadEventEndMs} | ${load.js.files} file${load.js.files === 1 ? '' : 's'}, ${load.js.transferKiB} KiB (${load.js.decodedKiB} KiB decoded) |`,
      ]);
    if (cases.length)
      addRows(
        md,
        GRAPH_TABLE,
        cases
          .map((c) => {
            const v = verdict(c);
            const goal = isBig(c) ? `${v.paint ? 'paint met' : 'paint missed'}, ${v.fps ? 'fps met' : 'fps missed'}` : v.fps ? '' : `< ${GOAL.fps} fps`;
            return `| ${date} | ${m} | ${c.elements} (${c.nodes} nodes) | ${c.layout} | ${c.renderer}${c.renderer === 'webgl' && !c.webglActive ? ' (fell back to canvas)' : ''} | ${c.layoutMs} | ${c.firstPaintMs} | ${c.pan.fps} | ${c.pan.p95FrameMs} | ${c.pan.drawMsMean} | ${goal} |`;
          })
          .concat(
            diagnostics.map(
              (c) =>
                `| ${date} | ${m} | ${c.elements} (${c.nodes} nodes) | ${c.layout} | diagnostic: ${c.variant} | ${c.layoutMs} | ${c.firstPaintMs} | ${c.pan.fps} | ${c.pan.p95FrameMs} | ${c.pan.drawMsMean} | |`,
            ),
          ),
      );
  } finally {
    await browser?.close();
    for (const s of servers) await s.close();
    await db.close();
    await neo.stop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}

const LOAD_TABLE =
  '## Web: load to interactive\n\n`npm run bench:web` (bench/web.ts): the built client served by the real server on localhost, headless Chromium at 1366×768, median of 5 cold loads (new browser context each). Interactive: navigation start → the search input visible and enabled; times in ms since navigation start.\n\n| date | machine | interactive | first contentful paint | domInteractive | loadEventEnd | JS transferred |\n| --- | --- | --- | --- | --- | --- | --- |';
const DELIVERY_TABLE =
  '## Web: delivery, before and after\n\n`npm run bench:web -- --baseline <ref>` (bench/web.ts): the client of `<ref>` built from `git archive` and served as the server of its time did (uncompressed), next to the current build served as now (precompressed brotli and gzip, chosen by Accept-Encoding; files under 1 KB as they are), headless Chromium at 1366×768, the home page cold (new browser context each). First view: the JavaScript files the home page loads, as built and as gzip -9 / brotli would send them. Times: first contentful paint / search input usable, ms since navigation start, median of 5 loads on loopback and of 3 over an emulated 2 Mbit/s down, 1 Mbit/s up, 150 ms round-trip link. Goal (issue 22): first view ≤ 300 KB, ≤ 100 KB compressed.\n\n| date | machine | build | first view JS | gzip / brotli | on the wire | whole build JS | loopback FCP / interactive ms | 2 Mbit/s FCP / interactive ms |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |';
const GRAPH_TABLE =
  '## Web: graph layout and panning\n\nA fresh `<kb-graph>` (1366×700) given a synthetic impact graph (a BFS tree in rings through `impactToGraph`: root + n hits + n witness edges), median of 3: layout = the `kb-layout-done` ms, first paint = setting the model → two animation frames after the layout. Then 3 s of `cy.panBy` in a requestAnimationFrame loop: frames per second, 95th-percentile frame time, and the mean Cytoscape draw per frame (main thread). WebGL runs on SwiftShader (on the CPU, no GPU), so WebGL figures are pessimistic next to an office PC with a GPU. Goal: 5,000 elements painted in ≤ 2 s and ≥ 30 frames/s while panning. Diagnostic rows: the same 5,000 elements without node labels, and the 2D canvas in a browser without GPU emulation (`--disable-gpu`).\n\n| date | machine | elements | layout | renderer | layout ms | first paint ms | fps | p95 frame ms | draw ms | goal |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |';

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
