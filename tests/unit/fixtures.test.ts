// Articles written for these tests (not the default corpus) in formats the default corpus lacks:
// a 'Published:' stamp with a wire-agency dateline, and front matter with relative dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontMatter } from '../../src/lib/front-matter';
import { runIngest } from '../../src/ingest/pipeline';

const out = mkdtempSync(join(tmpdir(), 'fixtures-'));
const report = runIngest({
  articlesDir: 'tests/fixtures/articles',
  outDir: out,
  sourcesDir: null,
  window: { from: '2021-01-01', to: '2024-12-31' },
});
const events = readdirSync(out)
  .filter((f) => f.endsWith('.md'))
  .map(
    (f) =>
      parseFrontMatter(readFileSync(join(out, f), 'utf8')).data as Record<string, unknown> & {
        sources: Array<{ article: string; quote: string }>;
      },
  );
const from = (article: string) => events.filter((e) => e.sources.some((s) => s.article === article));
const span = (e: Record<string, unknown>) => `${e.date}..${e.end} ${e.precision}`;

test('wire story: dateline stamp, weekday, explicit months, a clash with its place; a plan is scheduled', () => {
  const article = report.articles.find((a) => a.article === 'embassy-handover')!;
  assert.equal(article.publication.date, '2023-02-26');
  assert.equal(article.publication.basis, 'dateline');
  const found = from('embassy-handover');
  const byType = (t: string) => found.filter((e) => e.type === t);
  // 'visited Tehran in January 2022': the month holds Muttaqi's first Tehran visit, a known happening of 8 January.
  assert.deepEqual(byType('visit').map(span), ['2022-01-08..2022-01-08 day']);
  assert.deepEqual(byType('border-clash').map(span), ['2023-05-01..2023-05-31 month']);
  assert.deepEqual(byType('border-clash')[0]!.places, ['nimroz']);
  assert.ok(
    found.some((e) => e.date === '2023-02-26' && e.end === '2023-02-26'),
    'the handover reported on Sunday',
  );
  assert.ok(
    found.some((e) => e.type === 'statement' && e.date === '2023-02-20'),
    "'told reporters on Monday' inside a past report",
  );
  const plan = found.find((e) => String(e.sources[0]!.quote).includes('next month'))!;
  assert.deepEqual([plan.status, span(plan)], ['scheduled', '2023-03-01..2023-03-31 month']);
  assert.ok(found.every((e) => !String(e.sources[0]!.quote).includes('Read more')));
});

test('front-matter story: relative dates resolved, one counted from another happening, vague ones left undated', () => {
  const found = from('ambassador-meets-deputy-pm');
  const meeting = found.find((e) => e.type === 'meeting')!;
  assert.equal(span(meeting), '2024-09-03..2024-09-03 day');
  assert.deepEqual(meeting.places, ['kabul']);
  assert.ok(
    found.some((e) => span(e) === '2024-08-26..2024-09-01 week'),
    "'last week'",
  );
  assert.ok(
    found.some((e) => e.type === 'visit' && span(e) === '2024-08-11..2024-08-20 part-of-month'),
    "'in mid-August'",
  );
  // 'The meeting came two days after Bikdeli arrived': the arrival, counted back from the meeting.
  const arrival = found.find((e) => String(e.sources[0]!.quote).startsWith('The meeting came two days after'))!;
  assert.deepEqual(
    [arrival.type, span(arrival), arrival.date_basis],
    ['visit', '2024-09-01..2024-09-01 day', 'from-context'],
  );
  assert.ok(found.every((e) => !String(e.sources[0]!.quote).startsWith('Earlier,')));
});
