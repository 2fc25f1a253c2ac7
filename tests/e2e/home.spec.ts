import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { eventFiles, openTimeline, trackErrors } from './helpers';

const events = eventFiles();

test('home page lists every event file, with its date and source quote', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Iran–Taliban');
  await expect(page.getByTestId('event-count')).toHaveText(String(events.length));
  await expect(page.locator('article.event-card')).toHaveCount(events.length);
  for (const e of events) {
    const card = page.locator(`article.event-card[data-id="${e.id}"]`);
    await expect(card.locator('.event-title')).toHaveText(e.title);
    await expect(card.locator('time').first()).toHaveAttribute('datetime', e.date);
    await expect(card.locator('blockquote').first()).toHaveText(e.sources[0]!.quote);
  }
  expect(errors).toEqual([]);
});

test('coarse dates say so instead of inventing a day', async ({ page }) => {
  await page.goto('/');
  const coarse = events.filter((e) => e.precision === 'month' || e.precision === 'year');
  expect(coarse.length, 'the default corpus has events dated only to the month or year').toBeGreaterThan(0);
  for (const e of coarse) {
    const label = e.precision === 'month' ? 'day not reported' : 'month not reported';
    await expect(page.locator(`article[data-id="${e.id}"] .event-date`)).toContainText(label);
  }
});

test('every event has its own page with sources and Solar Hijri date', async ({ page }) => {
  for (const e of events) {
    await page.goto(`/events/${e.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(e.title);
    await expect(page.locator('.sources blockquote').first()).toContainText(e.sources[0]!.quote.slice(0, 40));
    await expect(page.getByText('Solar Hijri')).toBeVisible();
  }
});

test('filters narrow the list and the timeline together and survive a reload', async ({ page }) => {
  await page.goto('/');
  const types = [...new Set(events.map((e) => e.type))];
  const type = types.sort(
    (a, b) => events.filter((e) => e.type === b).length - events.filter((e) => e.type === a).length,
  )[0]!;
  const expected = events.filter((e) => e.type === type).length;
  await openTimeline(page);
  await page.getByLabel('Type').selectOption(type);
  await expect(page.locator('article.event-card:visible')).toHaveCount(expected);
  await expect(page).toHaveURL(new RegExp(`type=${type}`));
  await expect(page.getByTestId('result-count')).toHaveText(`${expected} of ${events.length} events`);
  await expect(page.locator('timeline-view')).toHaveAttribute('data-count', String(expected));
  await page.reload();
  await expect(page.getByLabel('Type')).toHaveValue(type);
  await expect(page.locator('article.event-card:visible')).toHaveCount(expected);
});

/** Events whose own fields or whose articles' headline and text name a word (as search reads them). */
function eventsNaming(word: string) {
  const text = (article: string) => readFileSync(`content/sources/${article}.json`, 'utf8');
  return events.filter(
    (e) =>
      JSON.stringify(e).includes(word) ||
      (e.sources as Array<{ article: string }>).some((s) => text(s.article).includes(word)),
  );
}

test('search finds events by actor, place and quote words, and shows an empty state', async ({ page }) => {
  await page.goto('/?q=Bishkek');
  await expect(page.locator('article.event-card:visible')).toHaveCount(eventsNaming('Bishkek').length);
  await page.getByLabel('Search').fill('zzzzqqq');
  await expect(page.locator('#empty-state')).toBeVisible();
  await expect(page).toHaveURL(/q=zzzzqqq/);
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.locator('article.event-card:visible')).toHaveCount(events.length);
});

test('search also reads the headlines and text of the articles: "water" finds the events of articles on the Helmand dispute', async ({
  page,
}) => {
  const expected = eventsNaming('water');
  expect(expected.some((e) => !JSON.stringify(e).includes('water'))).toBe(true);
  await page.goto('/?q=water');
  await expect(page.locator('article.event-card:visible')).toHaveCount(expected.length);
});

test('the brush sets the timeline window', async ({ page }) => {
  await page.goto('/');
  await openTimeline(page);
  // The timeline grows with its labels: the chart is scrolled back into view to be brushed.
  await page.locator('activity-overview svg').scrollIntoViewIfNeeded();
  const box = (await page.locator('activity-overview svg').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.5, { steps: 5 });
  await page.mouse.up();
  await expect(page.locator('timeline-view')).toHaveAttribute('data-window', /^\d{4}-\d{2}-01\.\.\d{4}-\d{2}-\d{2}$/);
  const requested = await page.locator('timeline-view').getAttribute('data-window');
  await expect(page.locator('timeline-view')).toHaveAttribute('data-shown', requested!);
});

test('clicking a timeline item opens its card in the list', async ({ page }) => {
  await page.goto('/');
  await openTimeline(page);
  const item = page.locator('.vis-item.vis-point, .vis-item.vis-range').first();
  await item.click();
  await expect(page.locator('article.event-card.is-current')).toHaveCount(1);
  await expect(page.locator('article.event-card.is-current')).toBeInViewport();
});

test('as the reader scrolls the list, the timeline follows', async ({ page }) => {
  await page.goto('/');
  await openTimeline(page);
  const last = events[events.length - 1]!;
  await page.locator(`article.event-card[data-id="${last.id}"]`).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 50);
  await expect(page.locator('timeline-view')).toHaveAttribute('data-focus', /.+/);
  const focused = await page.locator('timeline-view').getAttribute('data-focus');
  expect(events.findIndex((e) => e.id === focused)).toBeGreaterThan(events.length / 2);
});

test('keyboard only: reach an event link and open it', async ({ page }) => {
  await page.goto('/');
  const first = events[0]!;
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(
      () => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '',
    );
    if (href.includes(`events/${first.id}`)) break;
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/events/${first.id}/`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the home page still lists every event with dates and sources', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('article.event-card')).toHaveCount(events.length);
    for (const e of events) {
      const card = page.locator(`article.event-card[data-id="${e.id}"]`);
      await expect(card).toBeVisible();
      await expect(card.locator('time').first()).toHaveAttribute('datetime', e.date);
      await expect(card.locator('blockquote').first()).toBeVisible();
    }
  });
});

for (const width of [375, 1280]) {
  test(`layout at ${width}px: no horizontal overflow, screenshot taken`, async ({ page }, info) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/', `/events/${events[0]!.id}/`, '/actors/', '/about/']) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
    }
    await page.goto('/');
    await openTimeline(page);
    await page.screenshot({ path: info.outputPath(`home-${width}.png`), fullPage: true });
  });
}
