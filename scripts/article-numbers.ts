// npm run numbers -- FILE.jsonl…: adds known pages ({"url", "date"} per line, the day from the page's own stamp) to
// data/article-numbers.json, keeping each site's points in order, and says what it added and what it left out.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addKnownPages, type KnownPage, type NumberedSiteData } from '../src/ingest/article-numbers';
import { isIsoDay } from '../src/lib/event-schema';

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npm run numbers -- known-pages.jsonl …');
  process.exit(2);
}
const pages: KnownPage[] = [];
for (const file of files)
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, n) => {
      if (!line.trim()) return;
      let page: Partial<KnownPage>;
      try {
        page = JSON.parse(line) as Partial<KnownPage>;
      } catch {
        return console.error(`${file}:${n + 1}: not JSON, skipped`);
      }
      if (typeof page.url !== 'string' || typeof page.date !== 'string' || !isIsoDay(page.date))
        return console.error(`${file}:${n + 1}: needs "url" and "date" (YYYY-MM-DD), skipped`);
      pages.push({ url: page.url, date: page.date });
    });
const path = fileURLToPath(new URL('../data/article-numbers.json', import.meta.url));
const data = JSON.parse(readFileSync(path, 'utf8')) as { sites: NumberedSiteData[] };
const { sites, report } = addKnownPages(data.sites, pages);
writeFileSync(path, `${JSON.stringify({ ...data, sites }, null, 2)}\n`);
for (const [host, n] of report.added)
  console.log(`${host}: +${n}${report.newSites.includes(host) ? ' (new site)' : ''}`);
for (const p of report.outOfOrder) console.log(`out of order, left out: ${p.date} ${p.url}`);
const unknown = new Set(report.unknownSite.map((p) => new URL(p.url).host));
if (unknown.size) console.log(`too few pages in order for a new site: ${[...unknown].join(', ')}`);
