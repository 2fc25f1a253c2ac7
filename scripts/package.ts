// npm run package: one zip of the built site that opens from a disk, with a short README inside.
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync, type Zippable } from 'fflate';
import { SITE_NAME } from '../src/lib/site';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'iran-taliban-timeline.zip' } },
});
if (!existsSync(join(values.dist, 'index.html'))) {
  console.error(`package: ${values.dist}/index.html not found; run \`npm run build\` first.`);
  process.exit(1);
}

const README = `${SITE_NAME} — offline copy
==============================================

Open index.html in a web browser (double-click it). Everything works without a network:
the timeline, search and filters, event pages, actors, sources and embeddable cards.
Nothing is loaded from the internet.

Data files: events.json (with events.schema.json), events.csv, events.ics, rss.xml, timelinejs.json.
`;

const files: Zippable = { 'iran-taliban-timeline/README.txt': new TextEncoder().encode(README) };
// A fixed timestamp keeps the zip byte-identical for the same site.
const mtime = new Date('2024-01-01T00:00:00Z');
function add(dir: string): void {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) add(full);
    else if (!name.endsWith('.map'))
      files[`iran-taliban-timeline/${relative(values.dist, full).split(sep).join('/')}`] = [
        readFileSync(full),
        { mtime },
      ];
  }
}
add(values.dist);
const zip = zipSync(files, { level: 9, mtime });
writeFileSync(values.out, zip);
console.log(`package: ${values.out} — ${Object.keys(files).length} files, ${(zip.length / 1024).toFixed(0)} KB`);
