// Printing gives black on white in every colour scheme, and links to sources say where they point.
import { test, expect } from '@playwright/test';
import { eventFiles } from './helpers';

for (const scheme of ['light', 'dark'] as const) {
  test(`an event page prints black on white (${scheme} scheme)`, async ({ page }) => {
    const event = eventFiles()[0]!;
    await page.emulateMedia({ media: 'print', colorScheme: scheme });
    await page.goto(`/events/${event.id}/`);
    const colours = await page.evaluate(() => {
      const of = (el: Element) => getComputedStyle(el);
      const title = document.querySelector('h1')!;
      const card = document.querySelector('main')!;
      return { title: of(title).color, body: of(document.body).backgroundColor, main: of(card).backgroundColor };
    });
    expect(colours.title).toBe('rgb(0, 0, 0)');
    expect(colours.body).toBe('rgb(255, 255, 255)');
    expect(['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)']).toContain(colours.main);
    // A link to a source's own page prints its address after it.
    const after = await page.evaluate(() => {
      const a = document.createElement('a');
      a.href = 'https://example.org/story';
      a.textContent = 'Example News';
      document.querySelector('main')!.append(a);
      return getComputedStyle(a, '::after').content;
    });
    expect(after).toContain('https://example.org/story');
  });
}
