import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatEventDate } from '../../src/lib/format';
import { sortEvents } from '../../src/lib/events';
import { eventSchema, isIsoDay } from '../../src/lib/event-schema';

test('formats each precision honestly', () => {
  assert.equal(formatEventDate('2024-02-10', '2024-02-10', 'day'), '10 February 2024');
  assert.equal(formatEventDate('2022-01-01', '2022-01-31', 'month'), 'January 2022 — day not reported');
  assert.equal(formatEventDate('2021-12-01', '2021-12-10', 'part-of-month'), 'early December 2021');
  assert.equal(formatEventDate('2021-12-21', '2021-12-31', 'part-of-month'), 'late December 2021');
  assert.equal(formatEventDate('2023-01-01', '2023-12-31', 'year'), '2023 — month not reported');
});

test('sorts by start, end, then id', () => {
  const sorted = sortEvents([
    { id: 'b', date: '2022-01-01', end: '2022-01-31' },
    { id: 'a', date: '2022-01-01', end: '2022-01-31' },
    { id: 'c', date: '2021-08-15', end: '2021-08-15' },
  ]);
  assert.deepEqual(
    sorted.map((e) => e.id),
    ['c', 'a', 'b'],
  );
});

test('rejects impossible calendar days', () => {
  assert.equal(isIsoDay('2024-02-29'), true);
  assert.equal(isIsoDay('2023-02-29'), false);
  assert.equal(isIsoDay('2023-02-30'), false);
  assert.equal(isIsoDay('1401-13-45'), false);
});

test('event schema names the field that is wrong', () => {
  const result = eventSchema.safeParse({
    id: '2024-02-10-x',
    title: 'A title',
    date: '2024-02-10',
    end: '2024-02-09',
    precision: 'day',
    date_basis: 'explicit',
    type: 'meeting',
    scope: 'core',
    sources: [{ article: 'a', quote: 'q' }],
    confidence: 0.5,
  });
  assert.equal(result.success, false);
  assert.deepEqual(result.error?.issues[0]?.path, ['end']);
});

test('text language: Arabic-script quotes are marked as Persian', async () => {
  const { textLang } = await import('../../src/lib/format');
  assert.equal(textLang('ایران و افغانستان'), 'fa');
  assert.equal(textLang('Iran and the Taliban'), 'en');
  assert.equal(textLang('کد خبر: 322596 tarikh'), 'fa');
  assert.equal(textLang('12345'), 'en');
});
