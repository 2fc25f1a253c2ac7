import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alternation, countOf, monthNumber, partOf, weekdayNumber } from '../../src/ingest/words';

test('the word lists read months, weekdays, counts and parts of a month in their usual spellings', () => {
  assert.deepEqual(['January', 'jan', 'Sept', 'sep.', 'December'].map(monthNumber), [1, 1, 9, 9, 12]);
  assert.deepEqual(['Monday', 'mon', 'Thurs', 'sunday'].map(weekdayNumber), [1, 1, 4, 0]);
  assert.deepEqual(['a', 'six', 'twenty', 'several', '12'].map(countOf), [1, 6, 20, 3, 12]);
  assert.deepEqual(['early', 'mid', 'the end of', 'late'].map(partOf), ['early', 'mid', 'late', 'late']);
});

test('an alternation matches the longest phrase first and escapes what it must', () => {
  const re = new RegExp(`^(?:${alternation(['said', 'said on', 'U.S.'])})`);
  assert.equal(re.exec('said on Monday')![0], 'said on');
  assert.equal(re.test('UxSx'), false);
});
