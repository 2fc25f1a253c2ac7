import { test, expect } from '@playwright/test';
import { readdirSync } from 'node:fs';

const eventFiles = readdirSync('content/events').filter((f) => f.endsWith('.md'));

test('home page shows the title and one card per event file', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Iran–Taliban');
  await expect(page.getByTestId('event-count')).toHaveText(String(eventFiles.length));
  await expect(page.locator('article.event-card')).toHaveCount(eventFiles.length);
});
