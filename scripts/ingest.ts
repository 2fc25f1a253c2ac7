// npm run ingest -- [--articles DIR] [--out DIR] [--sources DIR] [--report FILE] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
// Cleaned texts go to content/sources only for the site's own events (the default --out), else only with --sources.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDay } from '../src/lib/event-schema';
import { runIngest } from '../src/ingest/pipeline';
import { SITE_WINDOW } from '../src/lib/site';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: 'content/articles' },
    out: { type: 'string', default: 'content/events' },
    sources: { type: 'string' },
    report: { type: 'string', default: 'reports/ingest-report.json' },
    from: { type: 'string', default: SITE_WINDOW.from },
    to: { type: 'string', default: SITE_WINDOW.to },
    quiet: { type: 'boolean', default: false },
  },
});

for (const key of ['from', 'to'] as const) {
  if (!isIsoDay(values[key])) {
    console.error(`ingest: --${key} must be a calendar day written YYYY-MM-DD, got "${values[key]}"`);
    process.exit(2);
  }
}
if (!existsSync(values.articles)) {
  console.error(`ingest: the articles folder "${values.articles}" does not exist`);
  process.exit(2);
}

// The site's source pages belong to the site's events: an ingest into another folder leaves them alone.
const DEFAULT_OUT = 'content/events';
const sourcesDir =
  values.sources !== undefined
    ? values.sources || null
    : resolve(values.out) === resolve(DEFAULT_OUT)
      ? 'content/sources'
      : null;

const started = performance.now();
const interactive = process.stdout.isTTY && !values.quiet;
// (two threads read at once, so the count may pass a hundred without landing on it)
let told = 0;
const report = runIngest({
  articlesDir: values.articles,
  outDir: values.out,
  sourcesDir,
  window: { from: values.from, to: values.to },
  onProgress: (done, total, file) => {
    if (values.quiet) return;
    if (interactive) process.stdout.write(`\r  reading ${done}/${total} ${file.slice(0, 50).padEnd(50)}`);
    else if (done > told && (done === total || Math.floor(done / 100) > Math.floor(told / 100))) {
      told = done;
      console.log(`  read ${done}/${total} articles`);
    }
  },
});
if (interactive) process.stdout.write('\r'.padEnd(70) + '\r');

mkdirSync(dirname(values.report), { recursive: true });
writeFileSync(values.report, `${JSON.stringify(report, null, 2)}\n`);

const s = report.summary;
const f = report.files;
const rows: Array<[string, number | string]> = [
  ['articles read', s.articles],
  ['articles failed', s.failed],
  ['events', s.events],
  ['merged duplicates', s.merged],
  ['skipped mentions (undated or outside window)', s.skipped],
  ['warnings', s.warnings],
  ['files written / unchanged / removed', `${f.written.length} / ${f.unchanged.length} / ${f.removed.length}`],
  ['files kept (reviewed / hand-edited)', `${f.keptReviewed.length} / ${f.keptEdited.length}`],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(
  `\ningest: ${values.articles} → ${values.out}  (window ${values.from}..${values.to}, ${((performance.now() - started) / 1000).toFixed(2)} s)`,
);
for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
// Each article: its publication date and how it was found, and the events it gave.
const LISTED = 40;
if (!values.quiet && report.articles.length > 0) {
  console.log('\n  articles');
  for (const a of report.articles.slice(0, LISTED)) {
    const p = a.publication;
    const published = p.date
      ? `${p.precision === 'day' ? p.date : `${p.date.slice(0, p.precision === 'year' ? 4 : 7)} (${p.precision} only)`}, by ${p.rule}${p.evidence ? `: ${p.evidence.slice(0, 60)}` : ''}`
      : 'no publication date';
    console.log(`  ${a.file}  published ${published}; ${a.events.length} event${a.events.length === 1 ? '' : 's'}`);
    for (const e of a.events) console.log(`      ${e.id}  (${e.rule})`);
  }
  if (report.articles.length > LISTED)
    console.log(`  … and ${report.articles.length - LISTED} more articles: see ${values.report}`);
  const written = f.written.filter((name) => !name.startsWith('.'));
  if (written.length > 0 && written.length <= LISTED) console.log(`\n  written: ${written.join(', ')}`);
}
for (const e of report.errors) console.log(`  ✗ ${e.file}: ${e.error}`);
for (const a of report.articles) for (const w of a.warnings) console.log(`  ! ${a.file}: ${w}`);
for (const name of f.orphanedEdited)
  console.log(`  ! ${name}: edited by hand, but no article produces it any more; kept`);
for (const e of f.errors) console.log(`  ✗ ${e}`);
console.log(`  report: ${values.report}`);
// For the benchmark: time and peak memory of this run.
if (process.env.INGEST_STATS_FILE) {
  writeFileSync(
    process.env.INGEST_STATS_FILE,
    JSON.stringify({
      ms: performance.now() - started,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
      articles: s.articles,
      events: s.events,
    }),
  );
}
if (f.errors.length > 0) process.exit(1);
