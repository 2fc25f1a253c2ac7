// npm run eval -- --gold FILE [--articles DIR [--with-url]] [--events DIR] [--report FILE] [--all] [--json]
//
// With --articles, the gold's articles are ingested into a scratch folder first (content/ is never touched);
// otherwise the event files and the ingest report of an earlier run are scored. Prints the scores, each miss and
// extra with what caused it, and a table of causes.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { IngestReport } from '../src/ingest/pipeline';
import { explainScore, readScoredEvents, scoreCorpus, type GoldEntry } from '../src/ingest/score';

const { values } = parseArgs({
  options: {
    gold: { type: 'string' },
    articles: { type: 'string' },
    'with-url': { type: 'boolean', default: false },
    events: { type: 'string', default: 'content/events' },
    report: { type: 'string', default: 'reports/ingest-report.json' },
    all: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
if (!values.gold) {
  console.error('eval: --gold FILE is required (format: shared/eval/seeds-gold.json)');
  process.exit(2);
}
if (!existsSync(values.gold)) {
  console.error(`eval: the gold file "${values.gold}" does not exist`);
  process.exit(2);
}
const gold = JSON.parse(readFileSync(values.gold, 'utf8')) as GoldEntry[];

let score;
if (values.articles) {
  score = scoreCorpus(gold, values.articles, { withUrl: values['with-url'] });
} else {
  const report: Pick<IngestReport, 'articles'> = existsSync(values.report)
    ? JSON.parse(readFileSync(values.report, 'utf8'))
    : { articles: [] };
  score = explainScore(gold, readScoredEvents(values.events), report);
}
const { result, misses, extras, causes } = score;

if (values.json) {
  console.log(
    JSON.stringify(
      { ...result, misses, extras: extras.map((x) => ({ article: x.article, id: x.event.id, why: x.why })), causes },
      null,
      2,
    ),
  );
  process.exit(0);
}

const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);
const published = result.articles.filter((a) => a.published);
console.log(`recall (required events)  ${pct(result.recall)}  (${result.requiredFound}/${result.required})`);
console.log(`precision                 ${pct(result.precision)}  (${result.matched}/${result.extracted})`);
console.log(
  `publication dates         ${pct(result.publicationAccuracy)}  (${published.filter((a) => a.published!.ok).length}/${published.length})`,
);
console.log(`forbidden-range events    ${result.forbiddenHits}`);
for (const a of result.articles) {
  const articleMisses = misses.filter((m) => m.article === a.article);
  const articleExtras = extras.filter((x) => x.article === a.article);
  const ok =
    a.published?.ok !== false && articleMisses.length === 0 && articleExtras.length === 0 && a.forbidden.length === 0;
  if (ok && !values.all) continue;
  const pub = a.published
    ? `${a.published.found ?? 'none'} ${a.published.ok ? 'ok' : `expected ${a.published.expected.join('..')}`}`
    : 'no report';
  console.log(
    `\n${a.article}: ${a.found}/${a.required} required, ${a.matched}/${a.extracted} matched; published ${pub}`,
  );
  for (const m of articleMisses)
    console.log(
      `  missed  ${m.gold.lo}..${m.gold.hi}  ${m.gold.summary ?? ''}\n          → ${m.why.cause}: ${m.why.detail}`,
    );
  for (const x of articleExtras) console.log(`  extra   ${x.why.detail}\n          → ${x.why.cause}`);
  for (const e of a.forbidden) console.log(`  FORBIDDEN ${e.id}`);
}
if (causes.length > 0) {
  console.log('\ncauses of misses and extras');
  const width = Math.max(...causes.map(([c]) => c.length));
  for (const [cause, n] of causes) console.log(`  ${cause.padEnd(width)}  ${n}`);
}
