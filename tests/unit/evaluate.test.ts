import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, matchesGold } from '../../src/ingest/evaluate';

test('eval: the gold matching rule and the scores', () => {
  const gold = { lo: '2024-01-01', hi: '2024-01-31', precision: 'month', required: true };
  assert.equal(matchesGold({ date: '2024-01-01', end: '2024-01-31' }, gold), true);
  assert.equal(matchesGold({ date: '2023-12-31', end: '2024-01-31' }, gold), false);
  assert.equal(matchesGold({ date: '2024-01-10', end: '2024-03-15' }, gold), false);
  const result = evaluate(
    [
      {
        file: 'a.txt',
        published: ['2024-02-01', '2024-02-03'],
        events: [gold, { lo: '2024-02-01', hi: '2024-02-01', precision: 'day', required: true }],
      },
    ],
    [
      { id: 'x', date: '2024-01-01', end: '2024-01-31', articles: ['a'] },
      { id: 'y', date: '2022-01-01', end: '2022-01-01', articles: ['a'] },
    ],
    new Map([['a', '2024-02-02']]),
  );
  assert.equal(result.recall, 0.5);
  assert.equal(result.precision, 0.5);
  assert.equal(result.publicationAccuracy, 1);
});

test('eval: a forbidden range counts the extras in it, not an event the gold asks for there', () => {
  const scheduled = { lo: '2021-10-27', hi: '2021-10-27', precision: 'day', required: true };
  const result = evaluate(
    [
      {
        file: 'a.txt',
        published: ['2021-10-26', '2021-10-26'],
        events: [scheduled],
        forbidden: [{ lo: '2021-10-27', hi: '2024-12-31', why: 'after publication' }],
      },
    ],
    [
      { id: 'meeting', date: '2021-10-27', end: '2021-10-27', articles: ['a'] },
      { id: 'later', date: '2022-03-01', end: '2022-03-01', articles: ['a'] },
    ],
    new Map([['a', '2021-10-26']]),
  );
  assert.equal(result.recall, 1);
  assert.deepEqual(
    result.articles[0]!.forbidden.map((e) => e.id),
    ['later'],
  );
  assert.equal(result.forbiddenHits, 1);
});
