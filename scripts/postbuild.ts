// After astro build: one dist/ that works on a web server and from a disk. Rewrites links to relative
// ones, adds a Content-Security-Policy, writes the web app manifest and a service worker that precaches what
// fits the first-visit budget and fetches the rest in the background (with a version derived from the files,
// so a new build replaces the old cache cleanly).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listFilesRecursive } from '../src/build/files';
import { addCsp, relativiseCss, relativiseHtml } from '../src/build/portable';
import { writeServiceWorker } from '../src/build/service-worker';
import { SITE_DESCRIPTION, SITE_NAME, SITE_SHORT_NAME } from '../src/lib/site';

const DIST = process.argv[2] ?? 'dist';
const toPath = (file: string) => relative(DIST, file).split(sep).join('/');

writeFileSync(
  join(DIST, 'manifest.webmanifest'),
  `${JSON.stringify(
    {
      name: SITE_NAME,
      short_name: SITE_SHORT_NAME,
      description: SITE_DESCRIPTION,
      start_url: './index.html',
      scope: './',
      display: 'standalone',
      background_color: '#fdfcf9',
      theme_color: '#0b5e7a',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
    },
    null,
    2,
  )}\n`,
);

for (const file of listFilesRecursive(DIST)) {
  const path = toPath(file);
  if (path.endsWith('.html')) writeFileSync(file, addCsp(relativiseHtml(readFileSync(file, 'utf8'), path)));
  else if (path.endsWith('.css')) writeFileSync(file, relativiseCss(readFileSync(file, 'utf8'), path));
}

const { precached, later, total } = writeServiceWorker(DIST);

console.log(
  `postbuild: ${total} files made portable; the service worker precaches ${precached} of them${later ? ` and fetches ${later} more in the background` : ''} (${DIST}/sw.js)`,
);
