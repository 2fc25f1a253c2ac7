import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isoToSolar, solarMonthNumber, solarToIso, toLatinDigits, formatSolar } from '../../src/lib/solar-hijri';
import { addDays } from '../../src/lib/days';

const persianParts = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

function intlSolar(iso: string): { year: number; month: number; day: number } {
  const parts = persianParts.formatToParts(new Date(`${iso}T12:00:00Z`));
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value.replace(/\D/g, ''));
  return { year: get('year'), month: get('month'), day: get('day') };
}

test('Solar Hijri conversion agrees with Intl on every 3rd day from 1990 to 2030', () => {
  let checked = 0;
  for (let iso = '1990-01-01'; iso <= '2030-12-31'; iso = addDays(iso, 3)) {
    const expected = intlSolar(iso);
    assert.deepEqual(isoToSolar(iso), expected, iso);
    assert.equal(solarToIso(expected.year, expected.month, expected.day), iso);
    checked++;
  }
  assert.ok(checked > 4900);
});

test('known datelines convert to the right Gregorian day', () => {
  assert.equal(solarToIso(1401, 4, 6), '2022-06-27');
  assert.equal(solarToIso(1402, 11, 21), '2024-02-10');
  assert.equal(solarToIso(1402, 8, 18), '2023-11-09');
  assert.equal(solarToIso(1401, 13, 45), null);
  assert.equal(solarToIso(1402, 12, 30), null); // 1402 is not a leap year
});

test('Iranian and Afghan month names in Latin and Persian script', () => {
  assert.equal(solarMonthNumber('Dalw'), 11);
  assert.equal(solarMonthNumber('bahman'), 11);
  assert.equal(solarMonthNumber('Aqrab'), 8);
  assert.equal(solarMonthNumber('عقرب'), 8);
  assert.equal(solarMonthNumber('تیر'), 4);
  assert.equal(solarMonthNumber('اذر'), 9, 'the madda left off');
  assert.equal(solarMonthNumber('Smarch'), null);
  assert.equal(toLatinDigits('۱۴۰۱/۴/۶ and ١٢'), '1401/4/6 and 12');
  assert.deepEqual(formatSolar('2024-02-10'), { iranian: '21 Bahman 1402', afghan: '21 Dalw 1402' });
});
