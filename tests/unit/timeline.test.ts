import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupByYearMonth } from '../../src/lib/timeline';
import type { TimelineEvent } from '../../src/lib/event-schema';

const event = (id: string, date: string, end: string, precision: TimelineEvent['precision']) =>
  ({ id, date, end, precision }) as TimelineEvent;

test('the list groups by year and month; an event known only to its year is listed under the year, not January', () => {
  const groups = groupByYearMonth([
    event('a', '2023-01-01', '2023-12-31', 'year'),
    event('b', '2023-01-05', '2023-01-05', 'day'),
    event('c', '2023-03-01', '2023-03-31', 'month'),
  ]);
  assert.deepEqual(
    groups[0]!.months.map((m) => [m.label, m.events.map((e) => e.id)]),
    [
      ['2023, month not reported', ['a']],
      ['January 2023', ['b']],
      ['March 2023', ['c']],
    ],
  );
});
