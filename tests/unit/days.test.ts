import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths } from '../../src/lib/days';

test('months are added to a day, ending on the last day of a shorter month, across years and backwards', () => {
  assert.equal(addMonths('2021-08-15', 4), '2021-12-15');
  assert.equal(addMonths('2021-10-31', 4), '2022-02-28');
  assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
  assert.equal(addMonths('2022-03-10', -3), '2021-12-10');
});
