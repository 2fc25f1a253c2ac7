// npm run screenshots: the README's pictures, taken from the built site (npm run build first) in Chromium:
// the home page, an event page and an embed card, on a phone and on a laptop.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { findChromium, HOW_TO_GET_A_BROWSER } from '../src/build/browser';
import { startStaticServer } from '../src/build/static-server';

const OUT = 'docs/screenshots';
if (!existsSync('dist/index.html')) {
  console.error('screenshots: no built site in dist/; run npm run build first');
  process.exit(2);
}
const browserPath = await findChromium();
if (!browserPath) {
  console.error(`screenshots: ${HOW_TO_GET_A_BROWSER}`);
  process.exit(2);
}
mkdirSync(OUT, { recursive: true });
const server = await startStaticServer('dist', 0);
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const event = readdirSync('dist/events').sort()[0]!;
const browser = await chromium.launch({ executablePath: browserPath.path, args: ['--no-sandbox'] });
const devices = { phone: { width: 390, height: 844 }, laptop: { width: 1366, height: 900 } };
const shots = [
  { name: 'home', path: '', ready: 'article.event-card', section: null },
  { name: 'timeline', path: '', ready: 'timeline-view[data-ready="true"]', section: 'section.timeline-view' },
  { name: 'event', path: `events/${event}/`, ready: 'main', section: null },
  { name: 'embed', path: `embed/${event}/`, ready: '.card', section: null },
];
for (const [device, viewport] of Object.entries(devices)) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  for (const shot of shots) {
    await page.goto(`${base}${shot.path}`);
    if (shot.section) await page.locator(shot.section).scrollIntoViewIfNeeded();
    await page.waitForSelector(shot.ready);
    const file = `${OUT}/${shot.name}-${device}.png`;
    // The timeline by itself (it is drawn once in view); the other pages as a reader first sees them.
    if (shot.section) await page.locator(shot.section).screenshot({ path: file });
    else await page.screenshot({ path: file });
    console.log(`  ${file}`);
  }
  await page.close();
}
await browser.close();
server.close();
