// The service worker: precaches every file of the built site under a version derived from the files,
// so publishing a new build installs a new cache and removes the old one.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listFilesRecursive } from './files';

/** Writes dist/sw.js and returns how many files it precaches. */
export function writeServiceWorker(dist: string): number {
  const files = listFilesRecursive(dist)
    .map((f) => relative(dist, f).split(sep).join('/'))
    .filter((p) => p !== 'sw.js' && !p.endsWith('.map'));
  const version = createHash('sha256');
  for (const p of files) version.update(p).update(readFileSync(join(dist, p)));
  const worker = `// Generated at build time: keeps the whole site available offline.
const CACHE = 'timeline-${version.digest('hex').slice(0, 16)}';
const FILES = ${JSON.stringify(files)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('timeline-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  if (url.pathname.endsWith('/')) url.pathname += 'index.html';
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(url.href).then((hit) => hit || fetch(request).catch(() => cache.match(new URL('index.html', self.registration.scope).href))),
    ),
  );
});
`;
  writeFileSync(join(dist, 'sw.js'), worker);
  return files.length;
}
