import { test } from 'node:test';
import assert from 'node:assert/strict';
import { causeTable, explainExtra, explainMiss, type ArticleTrace, type QuotedEvent } from '../../src/ingest/diagnose';
import type { GoldArticle, GoldEvent } from '../../src/ingest/evaluate';

const gold: GoldEvent = {
  lo: '2023-05-27',
  hi: '2023-05-27',
  precision: 'day',
  required: true,
  evidence: 'Iranian border guards and Taliban forces clashed on Saturday near the Sasuli post',
};

function trace(over: Partial<ArticleTrace> = {}): ArticleTrace {
  return {
    article: 'a',
    publication: { date: '2023-05-28', basis: 'dateline', rule: 'stamp', evidence: 'May 28, 2023' },
    events: [],
    undated: [],
    outOfWindow: [],
    ...over,
  };
}

const clash: QuotedEvent = {
  id: '2023-05-20-border-clash',
  date: '2023-05-20',
  end: '2023-05-20',
  articles: ['a'],
  quotes: ['Iranian border guards and Taliban forces clashed on Saturday near the Sasuli post, officials said.'],
};

test('a miss is traced to the event that quotes its evidence, and to the rule that dated it', () => {
  const why = explainMiss(
    gold,
    trace({ events: [{ id: clash.id, date: clash.date, end: clash.end, rule: 'relative-to-publication' }] }),
    [clash],
    ['2023-05-28', '2023-05-28'],
  );
  assert.equal(why.cause, 'dated wrong (relative-to-publication)');
  assert.match(why.detail, /2023-05-20-border-clash/);
  const shifted = explainMiss(
    gold,
    trace({
      publication: { date: '2023-05-21', basis: 'inferred', rule: 'x', evidence: '' },
      events: [{ id: clash.id, date: clash.date, end: clash.end, rule: 'relative-to-publication' }],
    }),
    [clash],
    ['2023-05-28', '2023-05-28'],
  );
  assert.equal(shifted.cause, 'wrong publication date', 'a relative date counted from a wrong publication date');
});

test('a miss with no event is an undated mention, a date outside the window, or no trigger', () => {
  const undated = explainMiss(
    gold,
    trace({
      undated: [
        { article: 'a', quote: clash.quotes[0]!, type: 'border-clash', actors: [], reason: 'vague time (recently)' },
      ],
    }),
    [],
    ['2023-05-28', '2023-05-28'],
  );
  assert.equal(undated.cause, 'undated: vague time');
  const nothing = explainMiss(gold, trace(), [], ['2023-05-28', '2023-05-28']);
  assert.equal(nothing.cause, 'no trigger or no actor in the sentence');
  const noPub = explainMiss(
    gold,
    trace({ publication: { date: null, basis: 'none', rule: 'none', evidence: '' } }),
    [],
    ['2023-05-28', '2023-05-28'],
  );
  assert.equal(noPub.cause, 'no or wrong publication date (no event)');
  assert.equal(explainMiss(gold, undefined, [], ['2023-05-28', '2023-05-28']).cause, 'article not ingested');
});

test('an extra is a gold happening dated wrong, or no happening of the gold at all', () => {
  const article: GoldArticle = { file: 'a.txt', published: ['2023-05-28', '2023-05-28'], events: [gold] };
  const t = trace({ events: [{ id: clash.id, date: clash.date, end: clash.end, rule: 'news-day' }] });
  assert.equal(explainExtra(clash, t, article).cause, 'dated wrong (news-day)');
  const other: QuotedEvent = { ...clash, id: 'x', quotes: ['The two ministers spoke about trade and transit.'] };
  assert.equal(explainExtra(other, t, article).cause, 'not an event of the gold (?)');
});

test('causes are counted, most frequent first', () => {
  const table = causeTable([
    { cause: 'b', detail: '' },
    { cause: 'a', detail: '' },
    { cause: 'b', detail: '' },
  ]);
  assert.deepEqual(table, [
    ['b', 2],
    ['a', 1],
  ]);
});
