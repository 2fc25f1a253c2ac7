// npm run bench -- [--sizes 100,1000,10000] [--skip ingest,add,build,browser,timelinejs,lighthouse] [--write-md]
// Prints a table of figures, writes reports/bench.json (and BENCHMARKS.md with --write-md).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { writeCorpus } from '../src/build/bench/corpus';
import { writeSyntheticEvents } from '../src/build/bench/events';
import { BUDGETS, pageWeight } from '../src/build/budgets';
import { startStaticServer } from '../src/build/static-server';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    skip: { type: 'string', default: '' },
    'write-md': { type: 'boolean', default: false },
  },
});
const SIZES = values.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const SKIP = new Set(values.skip.split(',').filter(Boolean));
const WORK = '.bench';
const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
};
mkdirSync(WORK, { recursive: true });
// Without a browser the browser figures cannot be taken: say so and take the rest (Debian: apt-get install chromium).
const BROWSER_PARTS = ['browser', 'timelinejs', 'lighthouse'];
if (BROWSER_PARTS.some((part) => !SKIP.has(part)) && !existsSync(CHROMIUM.executablePath)) {
  console.log(
    `bench: no browser at ${CHROMIUM.executablePath} (set CHROMIUM_PATH, or install Debian's chromium): ` +
      `skipping ${BROWSER_PARTS.join(', ')}`,
  );
  for (const part of BROWSER_PARTS) SKIP.add(part);
}

const results: Record<string, unknown> = {
  date: new Date().toISOString().slice(0, 10),
  machine: { cpus: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
};
const targets: Array<{ target: string; figure: string; met: boolean | null }> = [];
const rows: string[][] = [];

function section(title: string): void {
  console.log(`\n== ${title}`);
  rows.push([`**${title}**`, '', '']);
}
function row(label: string, figure: string, note = ''): void {
  console.log(`  ${label.padEnd(58)} ${figure.padStart(16)}  ${note}`);
  rows.push([label, figure, note]);
}
function target(name: string, figure: string, met: boolean | null): void {
  targets.push({ target: name, figure, met });
}

function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): { ms: number; ok: boolean; out: string } {
  const start = performance.now();
  const r = spawnSync(command, args, {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { ms: performance.now() - start, ok: r.status === 0, out: `${r.stdout}\n${r.stderr}` };
}

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) {
      const inner = dirSize(full);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += st.size;
      files++;
    }
  }
  return { bytes, files };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const msf = (ms: number) => `${ms.toFixed(0)} ms`;

// ---------------------------------------------------------------- ingest
if (!SKIP.has('ingest')) {
  section('Ingest throughput (generated articles)');
  const ingest: Record<number, unknown> = {};
  let previous: { n: number; ms: number } | null = null;
  for (const n of SIZES) {
    const corpus = join(WORK, `corpus-${n}`);
    writeCorpus(corpus, n);
    const stats = join(WORK, `ingest-${n}.json`);
    const r = run(
      'npx',
      [
        'tsx',
        'scripts/ingest.ts',
        '--articles',
        corpus,
        '--out',
        join(WORK, `events-ingest-${n}`),
        '--sources',
        join(WORK, `sources-ingest-${n}`),
        '--report',
        join(WORK, `report-${n}.json`),
        '--quiet',
      ],
      { INGEST_STATS_FILE: stats },
    );
    if (!r.ok) throw new Error(r.out);
    const s = JSON.parse(readFileSync(stats, 'utf8')) as { ms: number; maxRssMB: number; events: number };
    const growth = previous ? s.ms / previous.ms / (n / previous.n) : null;
    ingest[n] = {
      ...s,
      articlesPerSecond: n / (s.ms / 1000),
      eventsPerSecond: s.events / (s.ms / 1000),
      processMs: r.ms,
      growthVsLinear: growth,
    };
    row(
      `${n} articles → ${s.events} events`,
      sec(s.ms),
      `${(n / (s.ms / 1000)).toFixed(0)} articles/s, ${(s.events / (s.ms / 1000)).toFixed(0)} events/s, peak ${s.maxRssMB.toFixed(0)} MB${growth ? `, time ×${growth.toFixed(2)} of linear` : ''}`,
    );
    if (n === 10000) target('ingest of 10,000 articles ≤ 60 s', sec(s.ms), s.ms <= 60_000);
    previous = { n, ms: s.ms };
  }
  results.ingest = ingest;
}

// ---------------------------------------------------------------- add
if (!SKIP.has('add')) {
  section('Add step (200 generated pages served from 127.0.0.1)');
  const { createServer } = await import('node:http');
  const { addArticles } = await import('../src/add/add');
  const { generatePage } = await import('../src/build/bench/pages');
  const server = createServer((req, res) => {
    const n = Number(/^\/page\/(\d+)$/.exec(req.url ?? '')?.[1] ?? NaN);
    if (!Number.isFinite(n)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(generatePage(n));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const dir = join(WORK, 'added');
  rmSync(dir, { recursive: true, force: true });
  const urls = Array.from({ length: 200 }, (_, i) => `http://127.0.0.1:${port}/page/${i}`);
  const start = performance.now();
  const added = await addArticles(urls, { articlesDir: dir });
  const ms = performance.now() - start;
  const again = performance.now();
  await addArticles(urls, { articlesDir: dir });
  const skipMs = performance.now() - again;
  server.close();
  const ok = added.filter((r) => r.status === 'added').length;
  row(
    '200 pages fetched, read and written',
    sec(ms),
    `${ok} added, ${(200 / (ms / 1000)).toFixed(0)} pages/s (two at a time, one host)`,
  );
  row('the same 200 again (all skipped, no request)', sec(skipMs));
  target('add of 200 local pages < 20 s', sec(ms), ms < 20_000 && ok === 200);
  results.add = { pages: 200, ms, added: ok, skipAllMs: skipMs };
}

// ---------------------------------------------------------------- build
const sites = new Map<number, string>();
if (!SKIP.has('build')) {
  section('Build (astro build + postbuild, synthetic events)');
  run('npx', ['tsx', 'scripts/build-client.ts']);
  const build: Record<number, unknown> = {};
  for (const n of SIZES) {
    const events = join(WORK, `events-${n}`);
    const sources = join(WORK, `sources-${n}`);
    const out = join(WORK, `site-${n}`);
    writeSyntheticEvents(events, sources, n);
    rmSync(out, { recursive: true, force: true });
    // A cold build: no share images cached from an earlier run.
    rmSync('node_modules/.cache/share-images', { recursive: true, force: true });
    const env = { EVENTS_DIR: events, SOURCES_DIR: sources };
    const first = run('npx', ['astro', 'build', '--outDir', out], env);
    if (!first.ok) throw new Error(first.out);
    const post = run('npx', ['tsx', 'scripts/postbuild.ts', out]);
    const size = dirSize(out);
    // Incremental: one event file changes; Astro's content layer reuses what did not.
    const one = readdirSync(events).find((f) => f.endsWith('.md'))!;
    const file = join(events, one);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/title: "([^"]*)"/, 'title: "$1 (edited)"'));
    const again = run('npx', ['astro', 'build', '--outDir', out], env);
    run('npx', ['tsx', 'scripts/postbuild.ts', out]);
    build[n] = {
      buildMs: first.ms + post.ms,
      astroMs: first.ms,
      postbuildMs: post.ms,
      rebuildAfterOneChangeMs: again.ms,
      bytes: size.bytes,
      files: size.files,
    };
    row(`${n} events: full build`, sec(first.ms + post.ms), `${size.files} files, ${mb(size.bytes)}`);
    row(
      `${n} events: rebuild after one event changed`,
      sec(again.ms),
      'content layer and share images cached; pages re-rendered',
    );
    sites.set(n, out);
  }
  results.build = build;
}

// ---------------------------------------------------------------- page weight
section('Page weight (default corpus build in dist/)');
if (!existsSync('dist/index.html')) run('npm', ['run', 'build']);
const firstEvent = readdirSync('dist/events')[0]!;
const weights = {
  home: pageWeight('dist', 'index.html'),
  event: pageWeight('dist', `events/${firstEvent}/index.html`),
  embed: pageWeight('dist', `embed/${firstEvent}/index.html`),
};
for (const [name, w] of Object.entries(weights)) row(`${name}: ${w.files.join(' + ')}`, kb(w.gzip), `${kb(w.raw)} raw`);
const lazy = [
  { file: '_client/vis-timeline.js', when: 'when the timeline comes into view' },
  { file: '_client/fonts/Vazirmatn-NL-Regular.woff2', when: 'only on pages with Persian or Arabic text' },
].map((l) => ({ ...l, bytes: statSync(join('dist', l.file)).size }));
for (const l of lazy) row(`loaded lazily: ${l.file}`, kb(l.bytes), l.when);
results.pageWeight = { ...weights, lazy };
target('home usable with ≤ 60 KB gzip HTML+CSS+JS', kb(weights.home.gzip), weights.home.gzip <= BUDGETS.homeGzip);
target('embed card ≤ 15 KB total', kb(weights.embed.raw), weights.embed.raw <= BUDGETS.embedTotal);

// ---------------------------------------------------------------- browser
async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = await startStaticServer(dir, 0);
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function frameTimes(page: Page, action: () => Promise<void>): Promise<{ p50: number; p95: number; fps: number }> {
  // A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const tick = (t) => { window.__frames.push(t - last); last = t; if (window.__recording) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  await action();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames.slice(1);
  });
  const sorted = [...frames].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  const mean = frames.reduce((a, b) => a + b, 0) / Math.max(1, frames.length);
  return { p50: q(0.5), p95: q(0.95), fps: 1000 / mean };
}

/** Records, inside the page, when the first element matching `selector` is painted (no polling delay). */
async function recordAppearance(page: Page, selector: string): Promise<void> {
  await page.addInitScript(`(() => {
    const sel = ${JSON.stringify(selector)};
    const done = (t) => { window.__appeared = t; };
    const check = () => {
      if (window.__appeared === undefined && document.querySelector(sel)) {
        window.__appeared = -1;
        requestAnimationFrame(() => done(performance.now()));
        return true;
      }
      return false;
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true });
  })()`);
}

async function appearedAt(page: Page): Promise<number> {
  await page.waitForFunction(() => ((window as unknown as { __appeared?: number }).__appeared ?? 0) > 0, undefined, {
    timeout: 300_000,
  });
  return page.evaluate('window.__appeared') as Promise<number>;
}

function median<T>(runs: T[], by: (r: T) => number): T {
  return [...runs].sort((a, b) => by(a) - by(b))[Math.floor(runs.length / 2)]!;
}

/** Counts the bytes of every response the page receives, as they arrive. */
function countResponseBytes(page: Page): () => number {
  let bytes = 0;
  page.on(
    'response',
    (r) =>
      void r
        .body()
        .then((b) => (bytes += b.length))
        .catch(() => undefined),
  );
  return () => bytes;
}

async function measureOurs(browser: Browser, url: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await recordAppearance(page, '.event-card');
  const transferred = countResponseBytes(page);
  await page.goto(url, { waitUntil: 'commit' });
  const listReadable = await appearedAt(page);
  // The timeline starts loading by itself when it comes near the viewport (it does at 1280×900).
  await page.waitForFunction(
    () => document.querySelector('timeline-view')?.getAttribute('data-ready') === 'true',
    undefined,
    { timeout: 300_000 },
  );
  const timelineMs = Number(await page.locator('timeline-view').getAttribute('data-ready-at'));
  await page.waitForLoadState('load', { timeout: 120_000 });
  await page.locator('timeline-view').scrollIntoViewIfNeeded();
  const center = page.locator('.vis-panel.vis-center');
  const box = (await center.boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + Math.min(60, box.height / 2);
  const frames = await frameTimes(page, async () => {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 0; i < 30; i++) await page.mouse.move(cx - i * 12, cy);
    await page.mouse.up();
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, i < 5 ? -200 : 200);
    await page.waitForTimeout(300);
  });
  const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
  await page.close();
  return {
    listReadableMs: listReadable,
    timelineInteractiveMs: timelineMs,
    frames,
    domNodes: dom,
    bytes: transferred(),
  };
}

async function measureTimelineJs(browser: Browser, url: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const foreign: string[] = [];
  const origin = new URL(url).origin;
  await page.route('**/*', (route) => {
    if (!route.request().url().startsWith(origin)) {
      foreign.push(route.request().url());
      return route.abort();
    }
    return route.continue();
  });
  const transferred = countResponseBytes(page);
  await recordAppearance(page, '.tl-timemarker');
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('.tl-slide-content').first().waitFor({ state: 'visible', timeout: 300_000 });
  const usable = await appearedAt(page);
  await page.waitForLoadState('load');
  const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
  await page.close();
  return { usableMs: usable, domNodes: dom, bytes: transferred(), blockedRequests: foreign.length };
}

function timelineJsHost(dir: string, data: unknown): void {
  const tl = 'node_modules/@knight-lab/timelinejs/dist';
  if (!existsSync(join(dir, 'js'))) cpSync(tl, dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="css/timeline.css"></head><body style="margin:0">
<div id="timeline-embed" style="width:100%;height:600px"></div>
<script src="js/timeline.js"></script>
<script>window.timeline = new TL.Timeline('timeline-embed', ${JSON.stringify(data).replace(/</g, '\\u003c')}, { script_path: './js/', font: null, language: 'en' });</script>
</body></html>`,
  );
}

if (!SKIP.has('browser')) {
  section('Browser (Chromium via Playwright), ours and TimelineJS with the same events');
  const browser = await chromium.launch(CHROMIUM);
  const browserResults: Record<number, unknown> = {};
  for (const n of SIZES) {
    const site = sites.get(n) ?? join(WORK, `site-${n}`);
    if (!existsSync(join(site, 'index.html'))) {
      row(`${n} events`, 'skipped', `no site at ${site}; run without --skip build`);
      continue;
    }
    const { server, url } = await serve(site);
    // A warm-up visit, then the median of three runs: the first page of a fresh browser pays its start-up.
    await measureOurs(browser, `${url}/`);
    const runs = [
      await measureOurs(browser, `${url}/`),
      await measureOurs(browser, `${url}/`),
      await measureOurs(browser, `${url}/`),
    ];
    const ours = median(runs, (r) => r.listReadableMs);
    ours.timelineInteractiveMs = median(runs, (r) => r.timelineInteractiveMs).timelineInteractiveMs;
    ours.frames = median(runs, (r) => -r.frames.fps).frames;
    let tljs: Awaited<ReturnType<typeof measureTimelineJs>> | null = null;
    if (!SKIP.has('timelinejs')) {
      const host = join(site, '_timelinejs');
      timelineJsHost(host, JSON.parse(readFileSync(join(site, 'timelinejs.json'), 'utf8')));
      const tljsRuns = [];
      for (let i = 0; i < (n >= 10000 ? 1 : 3); i++) {
        const r = await measureTimelineJs(browser, `${url}/_timelinejs/index.html`).catch((e: Error) => {
          row(`${n} events: TimelineJS`, 'failed', e.message.split('\n')[0]!);
          return null;
        });
        if (r) tljsRuns.push(r);
      }
      tljs = tljsRuns.length ? median(tljsRuns, (r) => r.usableMs) : null;
    }
    server.close();
    browserResults[n] = { ours, timelinejs: tljs };
    row(
      `${n} events: list readable`,
      msf(ours.listReadableMs),
      `${ours.domNodes} DOM nodes, ${kb(ours.bytes)} transferred`,
    );
    row(
      `${n} events: timeline interactive`,
      msf(ours.timelineInteractiveMs),
      `pan/zoom frames p50 ${ours.frames.p50.toFixed(1)} ms, p95 ${ours.frames.p95.toFixed(1)} ms, ${ours.frames.fps.toFixed(0)} fps`,
    );
    if (tljs) {
      const ratio = tljs.usableMs / ours.listReadableMs;
      row(
        `${n} events: TimelineJS usable`,
        msf(tljs.usableMs),
        `${tljs.domNodes} DOM nodes, ${kb(tljs.bytes)}; ours ${ratio.toFixed(1)}× faster to usable, ${(tljs.bytes / Math.max(1, ours.bytes)).toFixed(1)}× bytes`,
      );
      target(`${n} events: ≥ 3× faster to usable than TimelineJS`, `${ratio.toFixed(1)}×`, ratio >= 3);
    }
    if (n === 1000)
      target(
        'timeline interactive ≤ 1 s with 1,000 events',
        msf(ours.timelineInteractiveMs),
        ours.timelineInteractiveMs <= 1000,
      );
    if (n === 10000)
      target(
        'timeline interactive ≤ 2 s with 10,000 events',
        msf(ours.timelineInteractiveMs),
        ours.timelineInteractiveMs <= 2000,
      );
    target(
      `${n} events: panning at 60 fps`,
      `${ours.frames.fps.toFixed(0)} fps (p95 ${ours.frames.p95.toFixed(1)} ms)`,
      ours.frames.fps >= 55,
    );
  }
  await browser.close();
  results.browser = browserResults;
}

// ---------------------------------------------------------------- lighthouse
if (!SKIP.has('lighthouse')) {
  section('Lighthouse (default corpus, mobile emulation)');
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const { server, url } = await serve('dist');
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM.executablePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const scores: Record<string, Record<string, number>> = {};
  for (const [name, path] of [
    ['home', '/'],
    ['event', `/events/${firstEvent}/`],
    ['embed', `/embed/${firstEvent}/`],
  ] as const) {
    const result = await lighthouse(`${url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const cats = result!.lhr.categories;
    scores[name] = Object.fromEntries(Object.entries(cats).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]));
    row(`${name}`, Object.values(scores[name]!).join(' / '), 'performance / accessibility / best practices / SEO');
    const all100 = Object.values(scores[name]!).every((s) => s === 100);
    target(`Lighthouse 100 in every category: ${name}`, Object.values(scores[name]!).join('/'), all100);
  }
  await chrome.kill();
  server.close();
  results.lighthouse = scores;
}

// ---------------------------------------------------------------- report
results.targets = targets;
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\n== Targets');
for (const t of targets)
  console.log(`  ${t.met === null ? '?' : t.met ? 'met    ' : 'NOT met'}  ${t.target.padEnd(56)} ${t.figure}`);
console.log('\nwritten: reports/bench.json');

if (values['write-md']) {
  const md = [
    '# Benchmarks',
    '',
    `Latest run: ${results.date as string}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Debian's Chromium. Reproduce with \`npm run bench -- --write-md\` (sizes: \`--sizes ${values.sizes}\`). Generated corpora and sites go to \`.bench/\` (not committed); the figures also go to \`reports/bench.json\`.`,
    '',
    'Browser figures are the median of three runs after a warm-up visit (TimelineJS with 10,000 events: one run). "List readable" is when the first event card is painted; "timeline interactive" is when vis-timeline has drawn its items, both from navigation start. Frame times are measured with requestAnimationFrame while dragging and wheel-zooming the timeline; headless Chromium caps frames at 60 per second. Build times include postbuild (relative links, CSP, service worker); rebuilds reuse Astro\'s content layer and the share-image cache, but Astro re-renders every page.',
    '',
    '## Targets',
    '',
    '| target | figure | met |',
    '|---|---|---|',
    ...targets.map((t) => `| ${t.target} | ${t.figure} | ${t.met === null ? '?' : t.met ? 'yes' : '**no**'} |`),
    '',
    '## Figures',
    '',
    '| measure | figure | notes |',
    '|---|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ].join('\n');
  writeFileSync('BENCHMARKS.md', md);
  console.log('written: BENCHMARKS.md');
}
process.exit(0);
