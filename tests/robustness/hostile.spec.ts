import { test, expect, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { startStaticServer } from '../../src/build/static-server';
import { parseFrontMatter } from '../../src/lib/front-matter';
import { buildSiteExclusively } from '../e2e/helpers';

const naughty = createRequire(import.meta.url)('big-list-of-naughty-strings') as string[];

// A site built from hostile articles: nothing in them may ever run, on any page, card, tooltip or export.
const work = mkdtempSync(join(tmpdir(), 'hostile-'));
const articles = join(work, 'articles');
const events = join(work, 'events');
const sources = join(work, 'sources');
const dist = join(work, 'dist');
let server: Server;
let base = '';

const CANARY = "window.__pwned='%s'";
const payloads = (tag: string) => [
  `<script>${CANARY.replace('%s', tag)}</script>`,
  `<img src=x onerror="${CANARY.replace('%s', `${tag}-img`)}">`,
  `<svg onload="${CANARY.replace('%s', `${tag}-svg`)}">`,
  `<a href="javascript:${CANARY.replace('%s', `${tag}-link`)}">x</a>`,
  `[md](javascript:${CANARY.replace('%s', `${tag}-md`)})`,
  `&lt;script&gt;${CANARY.replace('%s', `${tag}-entity`)}&lt;/script&gt;`,
  `"><iframe src="javascript:${CANARY.replace('%s', `${tag}-iframe`)}"></iframe>`,
];

function day(i: number): string {
  const d = new Date(Date.UTC(2021, 0, 1 + i));
  return d.toISOString().slice(0, 10);
}

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  mkdirSync(articles, { recursive: true });
  writeFileSync(
    join(articles, 'hostile.txt'),
    [
      `${payloads('title').join(' ')} Envoy visit`,
      '',
      `Iran’s envoy Hassan Kazemi Qomi met Amir Khan Muttaqi in Kabul on 3 May 2023 ${payloads('quote').join(' ')}.`,
      `Bidi \u202Eevil\u202C zero\u200Bwidth: Iran met the Taliban in Herat on 4 May 2023 and ${'A'.repeat(600)} spoke.`,
    ].join('\n'),
  );
  writeFileSync(
    join(articles, 'hostile-front.md'),
    [
      '---',
      `title: ${JSON.stringify(payloads('fm-title').join(' '))}`,
      `outlet: ${JSON.stringify(payloads('fm-outlet')[1])}`,
      `url: "https://example.org/a?b=<script>${CANARY.replace('%s', 'url')}</script>"`,
      'published: 2023-05-10',
      '---',
      `Iran’s envoy met Muttaqi in Tehran on Monday and said ${payloads('md-body').join(' ')}.`,
    ].join('\n'),
  );
  const strings = naughty.filter((s) => s.trim() && !/[\r\n]/.test(s));
  writeFileSync(
    join(articles, 'naughty.txt'),
    strings.map((s, i) => `Iran met the Taliban in Kabul on ${day(i)} and said ${s}.`).join('\n') + '\n',
  );
  run('npx', [
    'tsx',
    'scripts/ingest.ts',
    '--articles',
    articles,
    '--out',
    events,
    '--sources',
    sources,
    '--report',
    join(work, 'report.json'),
    '--quiet',
  ]);
  run('npx', ['tsx', 'scripts/check-events.ts', events]);
  await buildSiteExclusively(dist, { EVENTS_DIR: events, SOURCES_DIR: sources });
  server = await startStaticServer(dist, 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

async function guard(page: Page): Promise<() => Promise<unknown>> {
  await page.addInitScript(() => {
    const hits: unknown[] = [];
    Object.defineProperty(window, '__pwned', { set: (v) => hits.push(v), get: () => hits });
    window.alert = (v?: unknown) => void hits.push(`alert:${String(v)}`);
  });
  page.on('dialog', (d) => void d.dismiss());
  return () => page.evaluate(() => (window as unknown as { __pwned: unknown[] }).__pwned);
}

function eventIds(): string[] {
  return readdirSync(events)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.replace(/\.md$/, ''))
    .sort();
}

test('the hostile corpus produced events carrying the payloads as text', () => {
  const ids = eventIds();
  expect(ids.length).toBeGreaterThan(100);
  const quotes = ids
    .map(
      (id) =>
        (parseFrontMatter(readFileSync(join(events, `${id}.md`), 'utf8')).data.sources as Array<{ quote: string }>)[0]!
          .quote,
    )
    .join('\n');
  expect(quotes).toContain('<script>');
  expect(quotes).not.toMatch(/[\u202A-\u202E\u200B]/);
});

test('no injected script runs on the home page, in the timeline or its tooltips', async ({ page }) => {
  const pwned = await guard(page);
  await page.goto(`${base}/`);
  await page.locator('timeline-view').scrollIntoViewIfNeeded();
  await expect(page.locator('timeline-view')).toHaveAttribute('data-ready', 'true');
  const items = page.locator('.vis-item');
  for (let i = 0; i < Math.min(10, await items.count()); i++)
    await items
      .nth(i)
      .hover({ force: true })
      .catch(() => undefined);
  await page.getByLabel('Search').fill('script');
  await page.waitForTimeout(300);
  expect(await pwned()).toEqual([]);
});

test('no injected script runs on event pages, embed cards, source and actor pages', async ({ page }) => {
  const pwned = await guard(page);
  const ids = eventIds();
  const sample = [...ids.filter((_, i) => i % 25 === 0), ...ids.slice(-3)];
  for (const id of sample) {
    await page.goto(`${base}/events/${id}/`);
    await page.goto(`${base}/embed/${id}/?theme=dark`);
  }
  for (const article of ['hostile', 'hostile-front', 'naughty']) await page.goto(`${base}/sources/${article}/`);
  await page.goto(`${base}/sources/`);
  await page.goto(`${base}/actors/`);
  await page.goto(`${base}/actors/iran/`);
  expect(await pwned()).toEqual([]);
});

test('the Content-Security-Policy blocks a script injected at run time', async ({ page }) => {
  const pwned = await guard(page);
  await page.goto(`${base}/about/`);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toMatch(/script-src 'self'/);
  expect(csp).not.toContain("'unsafe-inline' 'sha");
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = "window.__pwned = 'runtime-inline'";
    document.head.append(s);
  });
  expect(await pwned()).toEqual([]);
});

test('external links open safely and exports keep the payloads inert', async ({ page, request }) => {
  await page.goto(`${base}/sources/hostile-front/`);
  const rels = await page.locator('a[href^="http"]').evaluateAll((as) => as.map((a) => a.getAttribute('rel')));
  expect(rels.length).toBeGreaterThan(0);
  for (const rel of rels) expect(rel).toBe('noopener noreferrer');
  const rss = await (await request.get(`${base}/rss.xml`)).text();
  const scripts = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.querySelector('parsererror')) return -1;
    return doc.getElementsByTagName('script').length;
  }, rss);
  expect(scripts).toBe(0);
  const rows = csvParse(await (await request.get(`${base}/events.csv`)).text());
  for (const row of rows) for (const cell of Object.values(row)) expect(cell ?? '').not.toMatch(/^[=+\-@]/);
  const json = await (await request.get(`${base}/events.json`)).json();
  expect(json.events.length).toBe(eventIds().length);
});
