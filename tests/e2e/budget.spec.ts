import { test, expect } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { BUDGETS, pageWeight } from '../../src/build/budgets';

// Byte budgets are enforced here; times are reported by `npm run bench`, not asserted.
test('home page needs at most 60 KB gzip of HTML, CSS and JS before the timeline loads', () => {
  const weight = pageWeight('dist', 'index.html');
  console.log(`home page: ${weight.raw} bytes raw, ${weight.gzip} bytes gzip (${weight.files.join(', ')})`);
  expect(weight.gzip, `home page is ${weight.gzip} bytes gzip; the budget is ${BUDGETS.homeGzip}`).toBeLessThanOrEqual(
    BUDGETS.homeGzip,
  );
});

test('every embed card is at most 15 KB in total', () => {
  for (const id of readdirSync('dist/embed')) {
    const weight = pageWeight('dist', `embed/${id}/index.html`);
    expect(
      weight.raw,
      `embed card ${id} is ${weight.raw} bytes; the budget is ${BUDGETS.embedTotal}`,
    ).toBeLessThanOrEqual(BUDGETS.embedTotal);
  }
});
