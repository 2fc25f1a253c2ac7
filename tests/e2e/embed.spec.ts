import { test, expect } from '@playwright/test';
import { eventFiles, trackForeignRequests } from './helpers';

const events = eventFiles();

test('three embedded cards take the height of their content at 320 and 700 px, and after a resize', async ({
  page,
  baseURL,
}) => {
  const ids = events.slice(0, 3).map((e) => e.id);
  const oembed = await (await page.request.get(`/oembed/${ids[0]}.json`)).json();
  const snippet = (id: string) =>
    (oembed.html as string).replaceAll(ids[0]!, id).replace(/https?:\/\/[^/"]+\//g, `${baseURL}/`);
  await page.route('**/host-test.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><body style="margin:0">${ids.map((id) => `<div class="slot">${snippet(id)}</div>`).join('')}</body></html>`,
    }),
  );
  for (const width of [320, 700, 420]) {
    await page.setViewportSize({ width, height: 900 });
    if (width !== 420) await page.goto('/host-test.html');
    for (let i = 0; i < ids.length; i++) {
      const frame = page.frameLocator('iframe').nth(i);
      const iframe = page.locator('iframe').nth(i);
      await iframe.scrollIntoViewIfNeeded();
      await expect(frame.locator('.card')).toBeVisible();
      await expect
        .poll(async () => {
          const outer = (await iframe.boundingBox())!.height;
          const inner = await frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
          return Math.abs(outer - inner);
        })
        .toBeLessThanOrEqual(1);
      const scrolls = await frame.locator('html').evaluate((el) => el.scrollHeight > el.clientHeight);
      expect(scrolls).toBe(false);
    }
  }
});

test('the embed card makes no request outside its own files and is small', async ({ page, baseURL }, info) => {
  const foreign = trackForeignRequests(page, baseURL!);
  let bytes = 0;
  page.on('response', async (res) => {
    const body = await res.body().catch(() => Buffer.alloc(0));
    bytes += body.length;
  });
  await page.goto(`/embed/${events[0]!.id}/?theme=dark`);
  await expect(page.locator('.card')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
  console.log(`embed card total size: ${bytes} bytes`);
  info.annotations.push({ type: 'embed-bytes', description: String(bytes) });
  expect(bytes).toBeLessThan(15 * 1024);
});

test('plain option drops the border and header', async ({ page }) => {
  await page.goto(`/embed/${events[0]!.id}/?plain=1`);
  await expect(page.locator('.head')).toBeHidden();
});

test('every event has a valid oEmbed document whose discovery link resolves', async ({ page, request }) => {
  for (const e of events) {
    for (const path of [`/events/${e.id}/`, `/embed/${e.id}/`]) {
      await page.goto(path);
      const link = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
      expect(link).toContain(`oembed/${e.id}.json`);
    }
    const res = await request.get(`/oembed/${e.id}.json`);
    expect(res.ok()).toBe(true);
    const doc = await res.json();
    expect(doc).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: e.title,
      provider_name: expect.any(String),
      width: expect.any(Number),
      height: expect.any(Number),
    });
    expect(doc.html).toContain(`/embed/${e.id}/`);
  }
});

test('the event page offers embed code to copy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/events/${events[0]!.id}/`);
  await page.getByRole('button', { name: 'Copy iframe code' }).click();
  await expect(page.getByRole('button', { name: /Copied|Selected/ })).toBeVisible();
  await expect(page.locator('#embed-iframe')).toHaveValue(/<iframe[^>]+title="[^"]+"[^>]+loading="lazy"/);
  await expect(page.locator('#embed-quote')).toHaveValue(/<blockquote/);
});

test('every page has Open Graph and Twitter meta; each event has a 1200×630 PNG share image', async ({
  page,
  request,
}) => {
  for (const path of ['/', '/about/', `/actors/${events[0]!.actors[0]}/`]) {
    await page.goto(path);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', /summary/);
  }
  for (const e of events) {
    await page.goto(`/events/${e.id}/`);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toContain(`og/${e.id}.png`);
    const png = await (await request.get(new URL(image!, page.url()).href)).body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
});
