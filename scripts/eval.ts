// npm run eval -- --gold FILE [--events DIR] [--report FILE] [--json]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseFrontMatter } from '../src/lib/front-matter';
import { evaluate, type GoldArticle, type ScoredEvent } from '../src/ingest/evaluate';

const { values } = parseArgs({
  options: {
    gold: { type: 'string' },
    events: { type: 'string', default: 'content/events' },
    report: { type: 'string', default: 'reports/ingest-report.json' },
    json: { type: 'boolean', default: false },
  },
});
if (!values.gold) {
  console.error('eval: --gold FILE is required (format: shared/eval/seeds-gold.json)');
  process.exit(2);
}
const gold = JSON.parse(readFileSync(values.gold, 'utf8')) as GoldArticle[];
const events: ScoredEvent[] = readdirSync(values.events)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => {
    const data = parseFrontMatter(readFileSync(join(values.events, f), 'utf8')).data as {
      id: string; date: string | Date; end: string | Date; sources: Array<{ article: string }>;
    };
    const day = (v: string | Date) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
    return { id: data.id, date: day(data.date), end: day(data.end), articles: data.sources.map((s) => s.article) };
  });
const published = new Map<string, string | null>();
if (existsSync(values.report)) {
  const report = JSON.parse(readFileSync(values.report, 'utf8')) as { articles: Array<{ article: string; publication: { date: string | null } }> };
  for (const a of report.articles) published.set(a.article, a.publication.date);
}
const result = evaluate(gold, events, published);
if (values.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);
  console.log(`recall (required events)  ${pct(result.recall)}  (${result.requiredFound}/${result.required})`);
  console.log(`precision                 ${pct(result.precision)}  (${result.matched}/${result.extracted})`);
  console.log(`publication dates         ${pct(result.publicationAccuracy)}`);
  console.log(`forbidden-range events    ${result.forbiddenHits}`);
  for (const a of result.articles) {
    const pub = a.published ? `${a.published.found ?? 'none'} ${a.published.ok ? 'ok' : `expected ${a.published.expected.join('..')}`}` : 'no report';
    console.log(`\n${a.article}: ${a.found}/${a.required} required, ${a.matched}/${a.extracted} matched; published ${pub}`);
    for (const m of a.missed) console.log(`  missed  ${m.lo}..${m.hi}  ${m.summary ?? m.evidence ?? ''}`);
    for (const e of a.extras) console.log(`  extra   ${e.id}`);
    for (const e of a.forbidden) console.log(`  FORBIDDEN ${e.id}`);
  }
}
