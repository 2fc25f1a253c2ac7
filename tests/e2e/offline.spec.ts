import { test, expect, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { writeServiceWorker } from '../../src/build/service-worker';
import { startStaticServer } from '../../src/build/static-server';
import { eventFiles, trackErrors } from './helpers';

const DIST = resolve('dist');
const root = pathToFileURL(`${DIST}/`).href;
const events = eventFiles();

/** Blocks every request that is not a file of the built site, and records failures. */
async function offline(page: Page): Promise<string[]> {
  const problems = trackErrors(page);
  await page.route(/^(?!file:)/, (route) => {
    problems.push(`blocked request: ${route.request().url()}`);
    return route.abort();
  });
  page.on('requestfailed', (r) => {
    // Requests cut short by our own navigation to the next page are not failures.
    if (!/ERR_ABORTED/.test(r.failure()?.errorText ?? ''))
      problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  return problems;
}

test.describe('opened from file://', () => {
  test('timeline renders, brush moves it, search opens an event page', async ({ page }) => {
    const problems = await offline(page);
    await page.goto(`${root}index.html`);
    await page.locator('timeline-view').scrollIntoViewIfNeeded();
    await expect(page.locator('timeline-view')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('.vis-item').first()).toBeVisible();
    await page.locator('activity-overview').scrollIntoViewIfNeeded();
    const box = (await page.locator('activity-overview svg').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.95, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect(page.locator('timeline-view')).toHaveAttribute('data-window', /\.\./);
    const target = events.find((e) => e.title.includes('Bishkek')) ?? events[0]!;
    await page.getByLabel('Search').fill(target.title.split(' ').slice(-1)[0]!);
    const card = page.locator(`article.event-card[data-id="${target.id}"]`);
    await expect(card).toBeVisible();
    await card.locator('.event-title a').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.title);
    expect(page.url()).toMatch(/^file:.*index\.html$/);
    expect(problems).toEqual([]);
  });

  test('actor, source and about pages and an embed card open', async ({ page }) => {
    const problems = await offline(page);
    const e = events[0]!;
    await page.goto(`${root}events/${e.id}/index.html`);
    await page.locator('.facts a').first().click();
    await expect(page).toHaveURL(/actors\/.+\/index\.html$/);
    await page.getByRole('link', { name: 'Sources', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
    await page.locator('tbody a').first().click();
    await expect(page.locator('.article-text mark').first()).toBeVisible();
    await page.getByRole('link', { name: 'Actors', exact: true }).click();
    await expect(page.locator('actor-network svg circle').first()).toBeVisible();
    await page.goto(`${root}embed/${e.id}/index.html`);
    await expect(page.locator('.card h1')).toHaveText(e.title);
    expect(problems).toEqual([]);
  });
});

test('served over HTTP, then offline: visited and never-visited pages load from the service worker', async ({
  page,
  context,
}) => {
  await page.goto('/about/');
  // The worker installs (precaching the whole site) and takes control of the page.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this timeline');
  const never = events[events.length - 1]!;
  await page.goto(`/events/${never.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(never.title);
  await page.goto('/');
  await expect(page.locator('article.event-card')).toHaveCount(events.length);
  await context.setOffline(false);
});

test('a crawl of dist finds no external resource and no broken internal link', () => {
  const html: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) html.push(full);
    }
  };
  walk(DIST);
  expect(html.length).toBeGreaterThan(events.length);
  const problems: string[] = [];
  for (const file of html) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/<(a|link|script|img|iframe|source)\b[^>]*?\s(href|src)="([^"]*)"[^>]*>/g)) {
      const [tag, , url] = [m[1]!, m[2]!, m[3]!];
      const rel = /\brel="([^"]*)"/.exec(m[0])?.[1] ?? '';
      if (url.startsWith('#') || url.startsWith('data:') || url.startsWith('mailto:')) continue;
      if (/^[a-z]+:/i.test(url)) {
        // Only links to the original articles (and reference links) may leave the site, and never as resources.
        if (tag !== 'a' || !/noopener/.test(rel)) problems.push(`${file}: external ${tag} ${url}`);
        continue;
      }
      if (url.startsWith('/')) problems.push(`${file}: root-relative ${url} does not open from a disk`);
      const target = resolve(dirname(file), url.split(/[?#]/)[0]!);
      if (!existsSync(target) || statSync(target).isDirectory()) problems.push(`${file}: broken ${url}`);
    }
    for (const m of text.matchAll(/url\((["']?)(https?:[^)"']+)\1\)/g))
      problems.push(`${file}: external url() ${m[2]}`);
  }
  expect(problems).toEqual([]);
});

test('a new build replaces the service worker cache cleanly', async ({ page, context }) => {
  const copy = mkdtempSync(join(tmpdir(), 'sw-update-'));
  cpSync(DIST, copy, { recursive: true });
  const server = await startStaticServer(copy, 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await page.goto(`${base}/about/`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    const oldCaches = await page.evaluate(() => caches.keys());
    // Publish a new build: one page changes, so the worker's version changes.
    const about = join(copy, 'about', 'index.html');
    writeFileSync(about, readFileSync(about, 'utf8').replace('About this timeline', 'About this timeline, updated'));
    writeServiceWorker(copy);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const changed = new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
      await registration!.update();
      await changed;
    });
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this timeline, updated');
    const newCaches = await page.evaluate(() => caches.keys());
    expect(newCaches.filter((k) => k.startsWith('timeline-'))).toHaveLength(1);
    expect(newCaches).not.toEqual(oldCaches);
    await context.setOffline(true);
    await page.goto(`${base}/sources/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
  } finally {
    await context.setOffline(false);
    server.close();
  }
});

test('npm run package writes one zip holding the offline site and a README', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'package-')), 'site.zip');
  const result = spawnSync('npx', ['tsx', 'scripts/package.ts', '--out', out], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toMatch(/KB/);
  const files = Object.keys(unzipSync(readFileSync(out)));
  expect(files).toContain('iran-taliban-timeline/README.txt');
  expect(files).toContain('iran-taliban-timeline/index.html');
  expect(files).toContain(`iran-taliban-timeline/events/${events[0]!.id}/index.html`);
});
