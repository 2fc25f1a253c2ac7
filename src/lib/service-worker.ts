// The service worker: precaches the built site (all of it when it fits the budget; else the scripts, main pages
// and event pages first) under a version derived from every file, so publishing a new build installs a new cache
// and removes the old one. Files left out are cached when the reader visits them.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listFilesRecursive } from './files';

/** Bytes precached on a first visit; what does not fit is cached as the reader visits it. */
export const PRECACHE_BUDGET = 25 * 1024 * 1024;

/** What a reader needs first offline: scripts and styles, the main pages, every event, then the rest. */
export function precachePriority(path: string): number {
  if (/^(_client|_astro)\//.test(path) || /\.(css|js|woff2|svg|webmanifest|ico)$/.test(path)) return 0;
  if (/^(index\.html|about\/index\.html|actors\/index\.html|sources\/index\.html|404\.html)$/.test(path)) return 1;
  if (/^events\/[^/]+\/index\.html$/.test(path)) return 2;
  if (/^(actors|sources)\//.test(path)) return 3;
  if (/\.(json|csv|ics|xml)$/.test(path) && !path.includes('/')) return 4;
  if (/^(embed|oembed)\//.test(path)) return 5;
  return 6; // share images and anything else
}

/** The files to precache, most needed first, within the budget (the whole site when it fits). */
export function choosePrecache(files: ReadonlyArray<{ path: string; bytes: number }>, budget = PRECACHE_BUDGET): string[] {
  const ordered = [...files].sort((a, b) => precachePriority(a.path) - precachePriority(b.path) || a.path.localeCompare(b.path));
  const chosen: string[] = [];
  let total = 0;
  for (const f of ordered) {
    if (total + f.bytes > budget && precachePriority(f.path) > 1) continue;
    total += f.bytes;
    chosen.push(f.path);
  }
  return chosen;
}

/** Writes dist/sw.js and returns how many files it precaches, of how many. */
export function writeServiceWorker(dist: string): { precached: number; total: number } {
  const all = listFilesRecursive(dist)
    .map((f) => relative(dist, f).split(sep).join('/'))
    .filter((p) => p !== 'sw.js' && !p.endsWith('.map'));
  const version = createHash('sha256');
  const sized: Array<{ path: string; bytes: number }> = [];
  for (const p of all) {
    const bytes = readFileSync(join(dist, p));
    version.update(p).update(bytes);
    sized.push({ path: p, bytes: bytes.length });
  }
  const files = choosePrecache(sized);
  const worker = `// Generated at build time: keeps the site available offline (precached within a budget, the rest as visited).
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
      cache.match(url.href).then((hit) => hit || fetch(request).then((response) => {
        if (response.ok && response.type === 'basic') cache.put(url.href, response.clone());
        return response;
      }).catch(() => cache.match(new URL('index.html', self.registration.scope).href))),
    ),
  );
});
`;
  writeFileSync(join(dist, 'sw.js'), worker);
  return { precached: files.length, total: all.length };
}
