// Twelve articles in shapes the default corpus lacks (wire datelines in the lead, stamps above or below the text,
// Solar Hijri datelines in Persian and Latin digits, Afghan month names, an HTML page with sidebars, parts of
// relative months, relative clauses, plans, reported speech), scored with the same evaluator as `npm run eval`
// against tests/fixtures/outlets-gold.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontMatter } from '../../src/lib/front-matter';
import { runIngest } from '../../src/ingest/pipeline';
import { evaluate, type GoldArticle } from '../../src/ingest/evaluate';

const out = mkdtempSync(join(tmpdir(), 'outlets-'));
const report = runIngest({
  articlesDir: 'tests/fixtures/outlets',
  outDir: out,
  sourcesDir: null,
  window: { from: '2021-01-01', to: '2024-12-31' },
});
const gold = JSON.parse(readFileSync('tests/fixtures/outlets-gold.json', 'utf8')) as GoldArticle[];
const events = readdirSync(out)
  .filter((f) => f.endsWith('.md'))
  .map(
    (f) =>
      parseFrontMatter(readFileSync(join(out, f), 'utf8')).data as {
        id: string;
        date: string;
        end: string;
        status?: string;
        date_basis: string;
        sources: Array<{ article: string; quote: string }>;
      },
  )
  .map((e) => ({
    id: e.id,
    date: String(e.date),
    end: String(e.end),
    status: e.status ?? 'happened',
    basis: e.date_basis,
    articles: e.sources.map((s) => s.article),
    quotes: e.sources.map((s) => s.quote),
  }));
const result = evaluate(gold, events, new Map(report.articles.map((a) => [a.article, a.publication.date])));

test('every publication date is found, from the dateline or stamp each article really has', () => {
  for (const a of result.articles)
    assert.ok(
      a.published?.ok,
      `${a.article}: published ${a.published?.found}, expected ${a.published?.expected.join('..')}`,
    );
});

test('every required event is found and nothing lands in a forbidden range', () => {
  for (const a of result.articles) {
    assert.deepEqual(
      a.missed.map((m) => m.summary),
      [],
      `${a.article} missed events`,
    );
    assert.deepEqual(
      a.forbidden.map((e) => e.id),
      [],
      `${a.article} forbidden events`,
    );
  }
  assert.ok(result.precision >= 0.9, `precision ${result.precision}`);
});

test('a plan for a named day is scheduled; a second act of a dated visit is dated from it', () => {
  const page = events.filter((e) => e.articles.includes('article-page'));
  const plan = page.find((e) => e.quotes.some((q) => q.includes('will also meet')))!;
  assert.deepEqual([plan.status, plan.date], ['scheduled', '2022-01-10']);
  const also = page.find((e) => e.quotes.some((q) => q.startsWith('He also met')))!;
  assert.deepEqual([also.status, also.date, also.basis], ['happened', '2022-01-09', 'from-context']);
});

test('an article with no year anywhere gets no invented dates', () => {
  for (const name of ['no-year-anywhere', 'no-year-border-dispute']) {
    const none = report.articles.find((a) => a.article === name)!;
    assert.equal(none.publication.date, null, name);
    assert.ok(
      none.warnings.some((w) => w.includes('no publication date')),
      name,
    );
    assert.equal(events.filter((e) => e.articles.includes(name)).length, 0, name);
    assert.ok(none.undated.length >= 2, name);
  }
});
