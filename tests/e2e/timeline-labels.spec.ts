// Every timeline label readable: at a phone's and a laptop's width, light and dark, nothing cut or overlapping.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { writeSyntheticEvents } from '../../src/build/bench/events';
import { startStaticServer } from '../../src/build/static-server';
import { buildSiteExclusively, openTimeline } from './helpers';

interface LabelReport {
  labels: number;
  cut: string[];
  overlaps: string[];
  axis: string[];
}

/** Measures the labels of the timeline as drawn: each must show its whole title inside the timeline's panel. */
async function measureLabels(page: Page): Promise<LabelReport> {
  return page.evaluate(() => {
    const panel = document.querySelector('timeline-view .vis-panel.vis-center')!.getBoundingClientRect();
    const items = [...document.querySelectorAll<HTMLElement>('timeline-view .vis-item.vis-point')];
    const boxes = items.map((item) => {
      const content = item.querySelector<HTMLElement>('.vis-item-content')!;
      const r = content.getBoundingClientRect();
      return { title: content.textContent ?? '', r, content };
    });
    const cut = boxes
      .filter(
        ({ r, content }) =>
          content.scrollWidth > content.clientWidth + 1 ||
          content.scrollHeight > content.clientHeight + 1 ||
          r.left < panel.left - 1 ||
          r.right > panel.right + 1 ||
          r.top < panel.top - 1 ||
          r.bottom > panel.bottom + 1,
      )
      .map(({ title }) => title);
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) {
          overlaps.push(`${boxes[i]!.title} × ${boxes[j]!.title}`);
        }
      }
    }
    // Year labels must read as years ('2022'), not '22'.
    const axis = [...document.querySelectorAll('timeline-view .vis-time-axis .vis-text')]
      .map((t) => t.textContent?.trim() ?? '')
      .filter((t) => /^\d{2}$/.test(t));
    return { labels: boxes.length, cut, overlaps, axis };
  });
}

async function checkLabels(page: Page, url: string, width: number, scheme: 'light' | 'dark', everyEvent: boolean) {
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width, height: 900 });
  await page.goto(url);
  await openTimeline(page);
  const report = await measureLabels(page);
  // A few events: each has its own label; many: counts per month stand in for them, labelled the same way.
  if (everyEvent) expect(report.labels).toBe(await page.locator('article.event-card').count());
  else expect(report.labels).toBeGreaterThan(0);
  expect(report.cut, 'labels cut').toEqual([]);
  expect(report.overlaps, 'labels overlapping').toEqual([]);
  expect(report.axis, 'two-digit years on the axis').toEqual([]);
}

for (const width of [390, 1366]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`every timeline label is whole and apart at ${width} px, ${scheme}`, async ({ page }) => {
      await checkLabels(page, '/', width, scheme, true);
    });
  }
}

test.describe('a generated corpus of 200 events', () => {
  // One build, in one worker: two astro builds at once would share its cache folder.
  test.describe.configure({ mode: 'serial' });
  let server: Server;
  let base = '';
  let work = '';
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    work = mkdtempSync(join(tmpdir(), 'labels-'));
    const events = join(work, 'events');
    const sources = join(work, 'sources');
    const out = join(work, 'site');
    writeSyntheticEvents(events, sources, 200);
    await buildSiteExclusively(out, { EVENTS_DIR: events, SOURCES_DIR: sources });
    server = await startStaticServer(out, 0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  test.afterAll(() => {
    server?.close();
    rmSync(work, { recursive: true, force: true });
  });
  for (const width of [390, 1366]) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`labels whole and apart at ${width} px, ${scheme}`, async ({ page }) => {
        await checkLabels(page, base, width, scheme, false);
      });
    }
  }
});

test('the wheel scrolls the page over the timeline; Show all and the keyboard work', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 700 });
  await page.goto('/');
  await openTimeline(page);
  const host = page.locator('timeline-view .vis-host');
  const before = await page.evaluate(() => window.scrollY);
  const box = (await host.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 20);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
  await host.focus();
  const shown = await page.locator('timeline-view').getAttribute('data-shown');
  await page.keyboard.press('+');
  await page.keyboard.press('Home');
  await expect(page.locator('timeline-view')).toHaveAttribute('data-shown', shown ?? /./);
  // The 'Home' animation may end after the key and announce the new range over the selection: select again.
  await expect(async () => {
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('timeline-view .timeline-status')).toContainText('Enter opens it', { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await expect(page.locator('article.event-card a:focus')).toHaveCount(1);
});

test('the overview works from the keyboard, and clearing it shows every event again', async ({ page }) => {
  await page.goto('/');
  await openTimeline(page);
  const chart = page.locator('activity-overview .chart');
  await chart.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('timeline-view')).toHaveAttribute('data-window', /^\d{4}-\d{2}-01\.\.\d{4}-\d{2}-\d{2}$/);
  await expect(page.locator('activity-overview .brush-status')).toContainText('Timeline window:');
  const all = await page.evaluate(() => document.querySelector<HTMLElement>('timeline-view')!.dataset.shown);
  await page.keyboard.press('Home');
  await expect(page.locator('timeline-view')).toHaveAttribute('data-window', 'all');
  await expect(page.locator('activity-overview .brush-status')).toHaveText('Timeline window: all events');
  await page.getByRole('button', { name: 'Show all' }).click();
  expect(all).toBeTruthy();
});
