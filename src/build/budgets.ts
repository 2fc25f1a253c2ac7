// Byte budgets for what a reader's browser needs before a page is usable, measured on dist/.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGETS = {
  /** Home page HTML + CSS + JS before the timeline loads, gzip. */
  homeGzip: 60 * 1024,
  /** An embed card in total (it is one self-contained file), raw bytes. */
  embedTotal: 15 * 1024,
} as const;

export interface PageWeight {
  files: string[];
  raw: number;
  gzip: number;
}

/** The page and the local scripts and stylesheets it references directly (lazy ones are loaded later). */
export function pageWeight(dist: string, page: string): PageWeight {
  const html = readFileSync(join(dist, page), 'utf8');
  const dir = page.includes('/') ? page.slice(0, page.lastIndexOf('/') + 1) : '';
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="stylesheet"[^>]*\shref)="([^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((u) => !/^[a-z]+:/i.test(u));
  const files = [page, ...refs.map((u) => join(dir, u.split(/[?#]/)[0]!))].filter((f) => existsSync(join(dist, f)));
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(join(dist, f));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}
