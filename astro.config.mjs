// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Where the site is published (for canonical links, feeds and embed code). Unset: pages use relative
  // links only and data exports assume the local server of `npm start`.
  site: process.env.SITE_URL || undefined,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
