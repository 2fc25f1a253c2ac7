import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compatibleTypes, mergeWithinArticle } from '../../src/ingest/merge';
import { extractFrom, gazetteer } from './support';

/** The events of one article published on `date`, merged within it, and a line describing them for a failure. */
function mergedFrom(texts: string[], date: string) {
  const merged = mergeWithinArticle(extractFrom(texts, date).events, gazetteer);
  return { merged, described: merged.map((e) => `${e.date}..${e.end} ${e.title}`).join('; ') };
}

test('merge: compatible types', () => {
  assert.equal(compatibleTypes('statement', 'interview'), true);
  assert.equal(compatibleTypes('visit', 'meeting'), true);
  assert.equal(compatibleTypes('visit', 'statement'), false);
  assert.equal(compatibleTypes('strike', 'border-clash'), false);
});

test('an undated lead folds into the dated report of the same happening; a repeated lead with it', () => {
  const { merged, described } = mergedFrom(
    [
      "Iran's deputy energy minister held talks on Helmand water with Amir Khan Muttaqi.",
      "Iran's deputy energy minister held talks on Helmand water with Amir Khan Muttaqi.",
      'Muttaqi met the Iranian delegation in Kabul on Tuesday.',
    ],
    '2024-07-24',
  );
  assert.equal(merged.length, 1, described);
  assert.equal(merged[0]!.date, '2024-07-23');
});

test('an undated lead does not fold into a span that only contains it', () => {
  const { merged, described } = mergedFrom(
    [
      'The 11th consignment of Iranian humanitarian aid for the people of Afghanistan has arrived at Kabul Airport.',
      'It is the 11th Iranian humanitarian aid shipment to the people of Afghanistan in the past two months.',
    ],
    '2021-11-10',
  );
  assert.ok(
    merged.some((e) => e.date === '2021-11-10' && e.end === '2021-11-10'),
    described,
  );
});

test('an undated lead does not fold into a report of the same kind five days before it', () => {
  const { merged, described } = mergedFrom(
    [
      'A second consignment of humanitarian aid has been dispatched by the Iranian Red Crescent to flood-hit Afghanistan.',
      'On May 23, the Iranian Red Crescent sent its first consignment of relief goods to the flood victims in Afghanistan.',
    ],
    '2024-05-28',
  );
  assert.deepEqual(merged.map((e) => e.date).sort(), ['2024-05-23', '2024-05-28'], described);
});

test('across articles, a report merges into another only when one fits inside the other', async () => {
  const { mergeAcrossArticles } = await import('../../src/ingest/merge');
  const [base] = extractFrom(['Iran and Afghanistan signed a trade agreement on Tuesday.'], '2024-08-22').events;
  assert.ok(base);
  const day = { ...base, article: 'a', date: '2024-08-20', end: '2024-08-20', precision: 'day' as const };
  const month = { ...base, article: 'b', date: '2024-08-01', end: '2024-08-31', precision: 'month' as const };
  // 'This year', in a report of 20 August, and 'the first eight months of the Iranian year', written in November.
  const thisYear = { ...base, article: 'c', date: '2024-01-01', end: '2024-08-20', precision: 'year' as const };
  const span = { ...base, article: 'd', date: '2024-03-20', end: '2024-11-20', precision: 'year' as const };
  assert.equal(mergeAcrossArticles([day, month], gazetteer).length, 1);
  const apart = mergeAcrossArticles([thisYear, span], gazetteer);
  assert.equal(apart.length, 2, apart.map((e) => `${e.date}..${e.end}`).join('; '));
});

test("one sentence's plan, 'next week … on October 27', is one meeting on the day", () => {
  // The clause that carries the day reads as a speech act ('… on October 27, a media report said').
  const [week] = extractFrom(
    ["Iran will host a meeting of Afghanistan's neighbours plus Russia next week, to be attended by six ministers."],
    '2021-10-20',
  ).events.filter((e) => e.status === 'scheduled');
  assert.ok(week, 'the week of the plan');
  const day = { ...week, date: '2021-10-27', end: '2021-10-27', precision: 'day' as const, type: 'statement' as const };
  const merged = mergeWithinArticle([week, day], gazetteer);
  assert.deepEqual(
    merged.map((e) => [e.date, e.end, e.type]),
    [['2021-10-27', '2021-10-27', 'meeting']],
  );
  // Plans of two sentences stay two.
  assert.equal(mergeWithinArticle([week, { ...day, sentence: week.sentence + 1 }], gazetteer).length, 2);
});
