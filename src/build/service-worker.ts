// The service worker: precaches the built site (all of it when it fits the budget; else the scripts, main pages
// and event pages first, the other reader pages following in the background) under a version derived from every
// file, so publishing a new build installs a new cache and removes the old one.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listFilesRecursive } from './files';

/** Bytes precached on a first visit; what does not fit is cached as the reader visits it. */
const PRECACHE_BUDGET = 5 * 1024 * 1024;

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
export function choosePrecache(
  files: ReadonlyArray<{ path: string; bytes: number }>,
  budget = PRECACHE_BUDGET,
): string[] {
  const ordered = [...files].sort(
    (a, b) => precachePriority(a.path) - precachePriority(b.path) || a.path.localeCompare(b.path),
  );
  const chosen: string[] = [];
  let total = 0;
  for (const f of ordered) {
    if (total + f.bytes > budget && precachePriority(f.path) > 1) continue;
    total += f.bytes;
    chosen.push(f.path);
  }
  return chosen;
}

/** Files for other sites and social networks (cards, share images, oEmbed), not for reading offline. */
export function forOtherSites(path: string): boolean {
  return /^(og|oembed|embed)\//.test(path);
}

/**
 * Writes dist/sw.js and dist/sw-later.json and returns how many files are precached, how many follow in the
 * background, of how many.
 */
export function writeServiceWorker(dist: string): { precached: number; later: number; total: number } {
  const all = listFilesRecursive(dist)
    .map((f) => relative(dist, f).split(sep).join('/'))
    .filter((p) => p !== 'sw.js' && p !== 'sw-later.json' && !p.endsWith('.map'));
  const version = createHash('sha256');
  const sized: Array<{ path: string; bytes: number }> = [];
  for (const p of all) {
    const bytes = readFileSync(join(dist, p));
    version.update(p).update(bytes);
    sized.push({ path: p, bytes: bytes.length });
  }
  const files = choosePrecache(sized);
  const chosen = new Set(files);
  // What did not fit follows in small batches once the worker runs (never on Save-Data), so every page a reader
  // can open is eventually kept; cards and share images for other sites are cached only when visited.
  const later = all
    .filter((p) => !chosen.has(p) && !forOtherSites(p))
    .sort((a, b) => precachePriority(a) - precachePriority(b) || a.localeCompare(b));
  writeFileSync(join(dist, 'sw-later.json'), JSON.stringify(later));
  const worker = `// Generated at build time: keeps the site available offline (precached within a budget, the rest in the background).
const CACHE = 'timeline-${version.digest('hex').slice(0, 16)}';
const FILES = ${JSON.stringify(files)};
let filling = null;
function fillLater() {
  if (filling) return filling;
  if (self.navigator.connection && self.navigator.connection.saveData) return Promise.resolve();
  filling = (async () => {
    // Leave the first seconds of a visit to the reader, then go gently.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const cache = await caches.open(CACHE);
    let later = [];
    try {
      later = await (await fetch(new URL('sw-later.json', self.registration.scope), { cache: 'no-store' })).json();
    } catch {
      return;
    }
    for (let i = 0; i < later.length; i += 10) {
      const batch = [];
      for (const path of later.slice(i, i + 10)) {
        if (!(await cache.match(new URL(path, self.registration.scope).href))) batch.push(path);
      }
      if (batch.length) await cache.addAll(batch).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
  })();
  return filling;
}
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
  if (request.mode === 'navigate') event.waitUntil(fillLater());
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
  return { precached: files.length, later: later.length, total: all.length };
}
