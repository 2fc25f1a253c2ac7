import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkToFocus, newsDay, type Focus } from '../../src/ingest/discourse';
import { publishedOn } from './support';

const sentence = (text: string, index: number, paragraph: number) => ({ text, index, paragraph, quotes: [] });
const focus = { event: { date: '2024-01-10', end: '2024-01-10' }, sentence: 0, paragraph: 0 } as unknown as Focus;

test('a sentence elaborates the happening in focus, adds a separate act to it, or stands alone', () => {
  assert.equal(
    linkToFocus(sentence('During the meeting, both sides discussed trade.', 1, 1), focus, false),
    'elaborates',
  );
  assert.equal(linkToFocus(sentence('The talks focused on water rights.', 1, 1), focus, false), 'elaborates');
  assert.equal(linkToFocus(sentence('He also met the commerce minister.', 1, 1), focus, false), 'adds');
  assert.equal(linkToFocus(sentence('Trade between the two countries grew.', 5, 4), focus, false), 'none');
  assert.equal(linkToFocus(sentence('During the meeting, both sides discussed trade.', 1, 1), null, false), 'none');
});

test('the news of the day is the publication day, only when that day is known', () => {
  assert.equal(newsDay(publishedOn('2024-01-10'))?.date, '2024-01-10');
  assert.equal(newsDay({ ...publishedOn('2024-01-15'), precision: 'month' }), null);
  assert.equal(newsDay({ ...publishedOn('2024-01-10'), date: null }), null);
  // Inferred as the day after a happening it reports, the story may be of that day itself: the news spans both.
  const after = newsDay({ ...publishedOn('2024-01-10'), dayAfterHappening: true });
  assert.equal(`${after?.date}..${after?.end}`, '2024-01-09..2024-01-10');
});
