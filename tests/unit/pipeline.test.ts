import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { runIngest } from '../../src/ingest/pipeline';
import { eventSchema } from '../../src/lib/event-schema';
import { window } from './support';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'ingest-'));
}

function ingest(articles: string, out: string) {
  return runIngest({ articlesDir: articles, outDir: out, sourcesDir: null, window });
}

function readEvents(dir: string) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => matter(readFileSync(join(dir, f), 'utf8')).data as Record<string, unknown>);
}

test('ingest: events from several articles, one event per happening, sources merged', () => {
  const articles = tempDir();
  const out = tempDir();
  writeFileSync(
    join(articles, 'one.md'),
    '---\noutlet: Example Times\npublished: 2022-06-27\nurl: https://example.org/1\n---\nThe Taliban took over Kabul on August 15, 2021.\n',
  );
  writeFileSync(
    join(articles, 'two.txt'),
    'Muttaqi visited Iran earlier in January and held talks with Amir Abdollahian.\nThe Taliban took control of Afghanistan in August.\n',
  );
  const report = ingest(articles, out);
  const events = readEvents(out);
  for (const e of events) assert.ok(eventSchema.safeParse(e).success, JSON.stringify(e));
  const takeover = events.filter((e) => e.type === 'takeover');
  assert.equal(takeover.length, 1);
  assert.equal(takeover[0]!.date, '2021-08-15');
  assert.deepEqual(
    (takeover[0]!.sources as Array<{ article: string }>).map((s) => s.article),
    ['one', 'two'],
  );
  assert.ok(events.some((e) => e.type === 'visit' && e.date === '2022-01-01' && e.precision === 'month'));
  assert.equal(report.summary.merged, 1);
});

test('ingest: events outside the window and undated mentions are reported, not written', () => {
  const articles = tempDir();
  const out = tempDir();
  writeFileSync(
    join(articles, 'a.md'),
    '---\npublished: 2022-06-27\n---\nIran’s envoy met the Taliban in Kabul on Monday.\n\nThe United States invaded Afghanistan in late 2001 and toppled the Taliban.\n\nThe envoy recently met Taliban officials in Herat.\n',
  );
  const report = ingest(articles, out);
  const article = report.articles[0]!;
  assert.equal(article.outOfWindow.length, 1);
  assert.match(article.outOfWindow[0]!.date, /^2001/);
  assert.ok(article.undated.some((u) => /recently/.test(u.quote)));
  const dates = readEvents(out).map((e) => e.date);
  assert.ok(dates.every((d) => String(d) >= '2021-01-01'));
});

test('ingest twice gives byte-identical files', () => {
  const articles = tempDir();
  cpSync('content/articles', articles, { recursive: true });
  const a = tempDir();
  const b = tempDir();
  ingest(articles, a);
  ingest(articles, b);
  const second = ingest(articles, a);
  assert.equal(second.files.written.length, 0);
  const files = readdirSync(a).sort();
  assert.deepEqual(files, readdirSync(b).sort());
  for (const f of files) assert.equal(readFileSync(join(a, f), 'utf8'), readFileSync(join(b, f), 'utf8'), f);
});

test('a reviewed file and a hand-edited file survive a re-run; unedited stale files go', () => {
  const articles = tempDir();
  const out = tempDir();
  cpSync('content/articles', articles, { recursive: true });
  ingest(articles, out);
  const files = readdirSync(out)
    .filter((f) => f.endsWith('.md'))
    .sort();
  assert.ok(files.length >= 3);
  const [reviewedFile, editedFile, staleFile] = files as [string, string, string];
  const reviewedText = readFileSync(join(out, reviewedFile), 'utf8')
    .replace('reviewed: false', 'reviewed: true')
    .replace(/title: ".*"/, 'title: "Checked by an editor"');
  writeFileSync(join(out, reviewedFile), reviewedText);
  const editedText = readFileSync(join(out, editedFile), 'utf8').replace(/title: ".*"/, 'title: "Retitled by hand"');
  writeFileSync(join(out, editedFile), editedText);
  // The article behind the third file disappears.
  const staleArticle = (
    matter(readFileSync(join(out, staleFile), 'utf8')).data.sources as Array<{ article: string }>
  )[0]!.article;
  for (const f of readdirSync(articles)) if (f.startsWith(staleArticle)) rmSync(join(articles, f));
  const report = ingest(articles, out);
  assert.equal(readFileSync(join(out, reviewedFile), 'utf8'), reviewedText);
  assert.equal(readFileSync(join(out, editedFile), 'utf8'), editedText);
  assert.ok(report.files.keptReviewed.includes(reviewedFile));
  assert.ok(report.files.keptEdited.includes(editedFile));
  const staleStillThere = readdirSync(out).includes(staleFile);
  const staleProtected = staleFile === reviewedFile || staleFile === editedFile;
  assert.equal(staleStillThere, staleProtected || report.files.unchanged.includes(staleFile));
});

test('bad articles are reported by name while the others go through', () => {
  const articles = tempDir();
  const out = tempDir();
  cpSync('content/articles/001_328e154e63764b37.txt', join(articles, 'good.txt'));
  writeFileSync(join(articles, 'empty.txt'), '');
  writeFileSync(join(articles, 'blank.txt'), '   \n\n ');
  writeFileSync(join(articles, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 0, 3]));
  writeFileSync(
    join(articles, 'bad-yaml.md'),
    '---\ntitle: [unclosed\npublished: 2023-02-30\n---\nIran’s envoy met Muttaqi in Kabul on 3 May 2023.\n',
  );
  mkdirSync(join(articles, 'folder.txt'));
  const report = ingest(articles, out);
  const failed = new Map(report.errors.map((e) => [e.file, e.error]));
  assert.match(failed.get('empty.txt') ?? '', /empty/);
  assert.match(failed.get('blank.txt') ?? '', /white space/);
  assert.match(failed.get('binary.txt') ?? '', /binary/);
  assert.match(failed.get('folder.txt') ?? '', /directory/);
  const yaml = report.articles.find((a) => a.file === 'bad-yaml.md');
  assert.ok(yaml, 'the article with broken front matter is still read');
  assert.match(yaml!.warnings.join(' '), /not valid YAML/);
  assert.ok(report.articles.some((a) => a.file === 'good.txt' && a.events.length > 0));
});

test('an interrupted write is completed or discarded, never half-applied', async () => {
  const { recoverInterruptedWrite } = await import('../../src/ingest/write');
  const out = tempDir();
  writeFileSync(join(out, 'old.md'), 'old');
  mkdirSync(join(out, '.ingest-staging'));
  writeFileSync(join(out, '.ingest-staging', 'new.md'), 'new');
  writeFileSync(
    join(out, '.ingest-staging', 'plan.json'),
    JSON.stringify({ ready: false, write: ['new.md'], remove: ['old.md'] }),
  );
  assert.equal(recoverInterruptedWrite(out), 'discarded');
  assert.deepEqual(readdirSync(out), ['old.md']);
  mkdirSync(join(out, '.ingest-staging'));
  writeFileSync(join(out, '.ingest-staging', 'new.md'), 'new');
  writeFileSync(
    join(out, '.ingest-staging', 'plan.json'),
    JSON.stringify({ ready: true, write: ['new.md'], remove: ['old.md'] }),
  );
  assert.equal(recoverInterruptedWrite(out), 'completed');
  assert.deepEqual(readdirSync(out), ['new.md']);
});

test('two sentences of one article about the same meeting give one event', () => {
  const articles = tempDir();
  const out = tempDir();
  writeFileSync(
    join(articles, 'a.md'),
    '---\npublished: 2023-05-10\n---\nIran’s envoy Hassan Kazemi Qomi met Amir Khan Muttaqi in Kabul on Monday.\n\nDuring Monday’s meeting, Kazemi Qomi and Muttaqi discussed water rights.\n',
  );
  ingest(articles, out);
  const meetings = readEvents(out).filter((e) => e.type === 'meeting');
  assert.equal(meetings.length, 1);
  assert.equal(meetings[0]!.date, '2023-05-08');
  assert.deepEqual(meetings[0]!.places, ['kabul']);
});

test('ids survive a new title or date: an event keeps the id of the file that quoted its sentence', async () => {
  const { assignIds } = await import('../../src/ingest/pipeline');
  const { sourceKey } = await import('../../src/ingest/write');
  const source = {
    article: 'a',
    quote: 'Muttaqi met Kazemi Qomi on Monday.',
    date_text: 'on Monday',
    rule: 'relative-to-publication',
  };
  const event = {
    title: 'Amir Khan Muttaqi meets Hassan Kazemi Qomi',
    date: '2022-01-10',
    end: '2022-01-10',
    precision: 'day' as const,
    approximate: false,
    date_text: 'on Monday',
    date_basis: 'relative-to-publication' as const,
    status: 'happened' as const,
    type: 'meeting' as const,
    scope: 'core' as const,
    actors: ['amir-khan-muttaqi'],
    places: [],
    confidence: 0.8,
    sources: [source],
  };
  const fresh = assignIds([event]);
  assert.equal(fresh[0]!.id, '2022-01-10-amir-khan-muttaqi-meets-hassan-kazemi-qomi');
  const previous = new Map([[sourceKey(source), '2022-01-09-old-title']]);
  const renamed = assignIds(
    [
      { ...event, title: 'A better title', date: '2022-01-11', end: '2022-01-11' },
      { ...event, sources: [{ ...source, quote: 'Other.' }] },
    ],
    previous,
  );
  assert.deepEqual(
    renamed.map((e) => e.id).sort(),
    ['2022-01-10-amir-khan-muttaqi-meets-hassan-kazemi-qomi', '2022-01-09-old-title'].sort(),
  );
});
