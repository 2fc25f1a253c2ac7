// @ts-check
import { defineConfig } from 'astro/config';

const site = process.env.SITE_URL || undefined;

/** Said once per build: without SITE_URL, what leaves the site carries relative links only. */
function warnWithoutSiteUrl() {
  return {
    name: 'site-url-warning',
    hooks: {
      /** @param {{ logger: { warn: (message: string) => void } }} options */
      'astro:build:start': ({ logger }) => {
        if (!site) {
          logger.warn(
            'SITE_URL is not set: the feed, calendar, TimelineJS file and oEmbed documents carry relative links, and embed code is filled in by the page it is copied from. Build with SITE_URL=https://your.site/ for absolute links and share images.',
          );
        }
      },
    },
  };
}

export default defineConfig({
  // Where the site is published (for canonical links, feeds, share images and embed code).
  site,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [warnWithoutSiteUrl()],
});
