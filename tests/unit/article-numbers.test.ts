import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addKnownPages, inOrder, MIN_NEW_SITE_POINTS } from '../../src/ingest/article-numbers';
import { dateFromArticleNumber } from '../../src/ingest/publication';

const page = (n: number, date: string) => ({ url: `https://news.example/world/story-${n}`, date });

test('points stay in order: a day that goes back as the number grows is left out, old points win', () => {
  const chain = inOrder([
    { point: [100, '2022-01-01'], old: true },
    { point: [300, '2022-03-01'], old: true },
    { point: [200, '2022-02-01'], old: false },
    { point: [250, '2021-06-01'], old: false },
    { point: [150, '2022-05-01'], old: false },
  ]);
  assert.deepEqual(chain, [
    [100, '2022-01-01'],
    [200, '2022-02-01'],
    [300, '2022-03-01'],
  ]);
  // Two new pages that contradict an old one do not push it out.
  assert.deepEqual(
    inOrder([
      { point: [100, '2022-06-01'], old: true },
      { point: [50, '2022-07-01'], old: false },
      { point: [60, '2022-08-01'], old: false },
    ]),
    [[100, '2022-06-01']],
  );
});

test('known pages join their site (by its other names too), and a new site needs enough pages in order', () => {
  const sites = [
    { host: 'old.example', sameAs: ['sister.example'], points: [[1000, '2022-01-01'] as [number, string]] },
    { host: 'dated.example', dated: 'yymmdd' },
  ];
  const { sites: out, report } = addKnownPages(sites, [
    { url: 'https://www.sister.example/a/2000.html', date: '2022-02-01' },
    { url: 'https://old.example/a/1500.html', date: '2021-01-01' },
    { url: 'https://dated.example/220101000012', date: '2022-01-01' },
    ...Array.from({ length: MIN_NEW_SITE_POINTS }, (_, i) => page(10_000 + i * 100, `2023-0${i + 1}-15`)),
    { url: 'https://few.example/x/123456', date: '2023-01-01' },
  ]);
  assert.deepEqual(out[0]!.points, [
    [1000, '2022-01-01'],
    [2000, '2022-02-01'],
  ]);
  assert.deepEqual(report.outOfOrder, [{ url: 'https://old.example/a/1500.html', date: '2021-01-01' }]);
  assert.equal(out[1]!.points, undefined, 'a site whose number is its day needs no points');
  assert.deepEqual(report.newSites, ['news.example']);
  assert.equal(out[2]!.points!.length, MIN_NEW_SITE_POINTS);
  assert.deepEqual(
    report.unknownSite.map((p) => p.url),
    ['https://few.example/x/123456'],
  );
  // The new site's pages now date a page of it that has no date of its own.
  const placed = dateFromArticleNumber('https://news.example/world/story-10150', [
    { host: 'news.example', pattern: null, points: out[2]!.points! },
  ]);
  assert.equal(placed?.date, '2023-03-01', 'halfway between 15 February and 15 March');
});

test('numbers that are not a sequence make no new site', () => {
  const scattered = [5, 1, 4, 2, 3, 6, 0].map((k, i) => page(10_000 + k * 100, `2023-0${i + 1}-15`));
  const { report } = addKnownPages([], scattered);
  assert.deepEqual(report.newSites, []);
});
