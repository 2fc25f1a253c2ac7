import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { eventFiles, openTimeline } from './helpers';

const events = eventFiles();
const first = events[0]!;
const pages = [
  '/',
  `/events/${first.id}/`,
  `/actors/${first.actors[0]}/`,
  `/sources/${first.sources[0]!.article}/`,
  '/about/',
  '/actors/',
  '/sources/',
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of pages) {
      test(`axe finds no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
        await page.goto(path);
        if (path === '/') {
          await openTimeline(page);
        }
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
      });
    }
  });
}
