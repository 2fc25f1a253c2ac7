// After astro build: one dist/ that works on a web server and from a disk. Rewrites links to relative
// ones, adds a Content-Security-Policy, writes the web app manifest and a service worker that precaches
// the whole site (with a version derived from the files, so a new build replaces the old cache cleanly).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listFilesRecursive } from '../src/lib/files';
import { addCsp, relativiseCss, relativiseHtml } from '../src/lib/portable';
import { writeServiceWorker } from '../src/lib/service-worker';

const DIST = process.argv[2] ?? 'dist';
const toPath = (file: string) => relative(DIST, file).split(sep).join('/');

writeFileSync(
  join(DIST, 'manifest.webmanifest'),
  `${JSON.stringify(
    {
      name: 'Iran–Taliban diplomacy timeline',
      short_name: 'Iran–Taliban',
      description: 'A sourced timeline of Iran–Taliban diplomatic events, 2021–2024.',
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
