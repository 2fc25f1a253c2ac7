import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDateMentions, isFutureTense, isPastPlan, pastVerbBefore, resolveMention } from '../../src/ingest/dates';

/** Resolves the first date expression of a sentence against a publication day. */
function resolve(sentence: string, pub: string) {
  const mention = findDateMentions(sentence)[0];
  assert.ok(mention, `no date found in: ${sentence}`);
  return resolveMention(mention, { date: pub, future: isFutureTense(sentence) });
}

function span(sentence: string, pub: string): string {
  const r = resolve(sentence, pub);
  return r ? `${r.date}..${r.end} ${r.precision}${r.approximate ? ' ~' : ''}` : 'none';
}

test('explicit dates in many formats', () => {
  assert.equal(span('The Taliban took over Kabul on August 15, 2021.', '2022-06-27'), '2021-08-15..2021-08-15 day');
  assert.equal(span('They met on 15 August 2021 in Doha.', '2022-06-27'), '2021-08-15..2021-08-15 day');
  assert.equal(span('Talks were held on 2023-03-05.', '2024-01-01'), '2023-03-05..2023-03-05 day');
  assert.equal(span('Talks were held on 05.03.2023.', '2024-01-01'), '2023-03-05..2023-03-05 day');
  assert.equal(span('The summit ran January 8-10, 2022.', '2022-02-01'), '2022-01-08..2022-01-10 day');
  assert.equal(span('They met in May 2023.', '2024-01-01'), '2023-05-01..2023-05-31 month');
  assert.equal(span('Trade grew in 2022.', '2024-01-01'), '2022-01-01..2022-12-31 year');
});

test('weekdays: past tense looks back (same day allowed), future tense looks forward', () => {
  // 2022-06-27 was a Monday
  assert.equal(span('They met in Bishkek on Monday.', '2022-06-27'), '2022-06-27..2022-06-27 day');
  assert.equal(span('He tweeted on Sunday.', '2022-06-27'), '2022-06-26..2022-06-26 day');
  assert.equal(span('He spoke on Friday.', '2022-06-27'), '2022-06-24..2022-06-24 day');
  assert.equal(span('He will travel to Kabul on Friday.', '2022-06-27'), '2022-07-01..2022-07-01 day');
});

test("'in September and October 2021': a year written once holds for both months", () => {
  const years = (s: string) => findDateMentions(s).map((m) => `${m.year}-${m.month}`);
  assert.deepEqual(years('They hosted the meetings in September and October 2021.'), ['2021-9', '2021-10']);
  assert.deepEqual(years('Returns peaked between December and January 2022.'), ['2021-12', '2022-1']);
  assert.equal(
    span('The first talks were in September and October 2021.', '2023-03-28'),
    '2021-09-01..2021-09-30 month',
  );
});

test("'last March' written in March is the March a year back; written later, this year's", () => {
  assert.equal(span('They met last March.', '2022-03-20'), '2021-03-01..2021-03-31 month');
  assert.equal(span('They met last March.', '2022-05-20'), '2022-03-01..2022-03-31 month');
  assert.equal(span('They met in March.', '2022-03-20'), '2022-03-01..2022-03-20 month');
});

test("'the evening of Sunday, October 13, 2024': a time of day before a weekday does not hide the day", () => {
  const shooting = 'The shooting took place on the evening of Sunday, October 13, 2024.';
  assert.equal(span(shooting, '2024-10-20'), '2024-10-13..2024-10-13 day');
  assert.equal(span('The guards opened fire on the night of Tuesday.', '2022-06-27'), '2022-06-21..2022-06-21 day');
});

test('a weekday that does not match its date is kept and noted', () => {
  const r = resolve('He made these remarks on Monday (February 10).', '2024-02-12');
  assert.equal(r?.date, '2024-02-10');
  assert.match(r?.note ?? '', /Monday.*Saturday/);
  assert.ok((r?.confidence ?? 1) < 0.8);
});

test('relative expressions', () => {
  const pub = '2024-02-14'; // a Wednesday
  assert.equal(span('Yesterday the envoy arrived.', pub), '2024-02-13..2024-02-13 day');
  assert.equal(span('Two weeks ago, the first meeting was held.', pub), '2024-01-28..2024-02-03 week ~');
  assert.equal(span('They met last week.', pub), '2024-02-05..2024-02-11 week');
  assert.equal(span('They met earlier this week.', pub), '2024-02-12..2024-02-14 week');
  assert.equal(span('Last month in a meeting, he spoke.', pub), '2024-01-01..2024-01-31 month');
  assert.equal(span('Last year, he held talks.', pub), '2023-01-01..2023-12-31 year');
  assert.equal(span('Three months ago he visited.', pub), '2023-11-01..2023-11-30 month ~');
  // Iran and Afghanistan count the week from Saturday: 'last week' is the Saturday-to-Friday week before.
  assert.equal(span('هفته گذشته هیئت به کابل رفت.', pub), '2024-02-03..2024-02-09 week');
  assert.equal(span('تېره اونۍ پلاوی کابل ته ورسېد.', '2024-02-17'), '2024-02-10..2024-02-16 week');
});

test('months without a year: the most recent past one, unless the sentence points forward', () => {
  assert.equal(span('Back in January, he expressed willingness.', '2024-02-14'), '2024-01-01..2024-01-31 month');
  assert.equal(span('The withdrawal ended in August.', '2022-01-15'), '2021-08-01..2021-08-31 month');
  assert.equal(span('Muttaqi visited Iran earlier in January.', '2022-01-20'), '2022-01-01..2022-01-20 month');
  assert.equal(span('He will visit Tehran in March.', '2024-02-14'), '2024-03-01..2024-03-31 month');
  const r = findDateMentions('Muttaqi visited Iran earlier in January.')[0];
  assert.equal(r?.earlierIn, true);
});

test('parts of months and years', () => {
  assert.equal(span('A border skirmish in early December.', '2022-01-15'), '2021-12-01..2021-12-10 part-of-month');
  assert.equal(span('Talks resumed in mid-March 2023.', '2024-01-01'), '2023-03-11..2023-03-20 part-of-month');
  assert.equal(span('Clashes in late December 2021.', '2022-06-01'), '2021-12-21..2021-12-31 part-of-month');
  assert.equal(span('The US invaded in late 2001.', '2022-06-27'), '2001-09-01..2001-12-31 year ~');
  assert.equal(span('Trade peaked in mid-2023.', '2024-06-01'), '2023-05-01..2023-08-31 year ~');
});

test('dotted numeric dates are day first, with a four-digit or a two-digit year', () => {
  assert.equal(span('Kabul, 14.02.2024', '2024-03-01'), '2024-02-14..2024-02-14 day');
  assert.equal(span('РИА Новости 08.09.21 Слов: 148', '2021-09-10'), '2021-09-08..2021-09-08 day');
});

test('Solar Hijri dates in Latin and Persian digits and with month names', () => {
  assert.equal(span('تاریخ: 1401/4/6 19:41', '2024-01-01'), '2022-06-27..2022-06-27 day');
  assert.equal(span('تاریخ: ۱۴۰۱/۴/۶', '2024-01-01'), '2022-06-27..2022-06-27 day');
  assert.equal(span('Kabul, 21 Dalw 1402', '2024-03-01'), '2024-02-10..2024-02-10 day');
  assert.equal(
    span('The consulate said on Wednesday, 9 Jawza, that it stopped.', '2024-06-01'),
    '2024-05-29..2024-05-29 day',
  );
  assert.equal(span('کنسولگری امروز چهارشنبه ۹ جوزا اعلام کرد', '2024-06-01'), '2024-05-29..2024-05-29 day');
  assert.equal(
    span('The ministry said on Tuesday, 9 Jawza, that it stopped.', '2024-06-01'),
    '2023-05-30..2023-05-30 day',
  );
  assert.ok(
    !/-05-(?:29|30)/.test(span('The ministry said on Friday, 9 Jawza, that it stopped.', '2024-06-01')),
    'no year of the window where 9 Jawza is a Friday: no date is invented',
  );
  assert.equal(span('Kabul, 18 Aqrab 1402', '2024-03-01'), '2023-11-09..2023-11-09 day');
});

test('durations, rhetorical today in quotes and year-like numbers are not dates', () => {
  const none = (s: string) =>
    findDateMentions(s)
      .map((m) => resolveMention(m, { date: '2024-01-16' }))
      .filter(Boolean);
  assert.deepEqual(none('It failed after 20 years of occupation.'), []);
  assert.deepEqual(none('Relations were good in the past two years.'), []);
  assert.deepEqual(none('Twenty years later, Washington decided to leave.'), []);
  assert.deepEqual(none('“Today we have no doubt,” he said.'), []);
  assert.deepEqual(none('Under Resolution 2593 the council asked for access.'), []);
  assert.deepEqual(none('The crossing now stays open 24/7 for trucks.'), [], 'round the clock');
  assert.deepEqual(none('Page Generated in 0/0053 sec'), []);
  assert.deepEqual(none('The photo is 1200x800 pixels, id 20240214.'), []);
  assert.deepEqual(none('A day earlier the delegation had left.'), []);
});

test('today outside quotes is the publication day', () => {
  assert.equal(span('Today, Iran launched missiles into Pakistan.', '2024-01-16'), '2024-01-16..2024-01-16 day');
});

test('a weekday right after a verb ending in "id" is still a date; "id 2021" is not', () => {
  assert.equal(
    span('Zabihullah Mujahid said on Sunday that the incident was being investigated.', '2023-05-28'),
    '2023-05-28..2023-05-28 day',
  );
  assert.equal(findDateMentions('The record with id 2021 was deleted.').length, 0);
});

test('parts of relative months: late last month, early in November, the end of last month', () => {
  assert.equal(span('Bikdeli arrived in Kabul late last month.', '2024-12-04'), '2024-11-21..2024-11-30 part-of-month');
  assert.equal(
    span('Early in November, a delegation visited Tehran.', '2024-12-04'),
    '2024-11-01..2024-11-10 part-of-month',
  );
  assert.equal(span('They met at the end of last month.', '2024-03-05'), '2024-02-21..2024-02-29 part-of-month');
  assert.equal(span('Talks began early this month.', '2024-03-05'), '2024-03-01..2024-03-05 part-of-month');
});

test('the day before yesterday, the weekend, the first week of a month, earlier in the week', () => {
  // 2024-02-10 was a Saturday
  assert.equal(span('The day before yesterday, Mujahid spoke.', '2024-02-10'), '2024-02-08..2024-02-08 day');
  assert.equal(span('Over the weekend, officials visited the dam.', '2024-02-10'), '2024-02-03..2024-02-04 week ~');
  assert.equal(span('Over the weekend, officials visited the dam.', '2024-02-12'), '2024-02-10..2024-02-11 week ~');
  assert.equal(
    span('In the first week of January, a delegation travelled to Herat.', '2024-02-10'),
    '2024-01-01..2024-01-07 week',
  );
  assert.equal(span('In the last week of February 2023 they met.', '2024-02-10'), '2023-02-22..2023-02-28 week');
  assert.equal(span('Earlier in the week, forces clashed.', '2022-04-10'), '2022-04-04..2022-04-10 week');
});

test('Solar Hijri day-first stamps, and no Gregorian year before 1900', () => {
  assert.equal(span('Kabul, 21/12/1402', '2024-06-01'), '2024-03-11..2024-03-11 day');
  assert.equal(span('۱۴۰۱ اسفند ۱۲, جمعه', '2024-06-01'), '2023-03-03..2023-03-03 day');
  assert.equal(findDateMentions('In 1402 a new road was opened.').length, 0);
  assert.equal(findDateMentions('The treaty was signed on 13 March 1800.').length, 0);
});

test('months of a counted year, seasons, halves and "5 and 6 February"', () => {
  assert.equal(span('They met in December last year.', '2024-12-20'), '2023-12-01..2023-12-31 month');
  assert.equal(span('They met in mid-December last year.', '2024-12-20'), '2023-12-11..2023-12-20 part-of-month');
  assert.equal(span('Talks were held in the first half of 2023.', '2024-12-20'), '2023-01-01..2023-06-30 year ~');
  assert.equal(span('He visited Kabul in the fall of 2023.', '2024-12-20'), '2023-09-01..2023-11-30 year ~');
  assert.equal(span('They met last summer.', '2024-12-20'), '2024-06-01..2024-08-31 year ~');
  assert.equal(span('They met last summer.', '2024-07-01'), '2023-06-01..2023-08-31 year ~');
  assert.equal(span('They met on February 5 and 6.', '2024-12-20'), '2024-02-05..2024-02-06 day');
  assert.equal(span('Published: 8th, February 2024 GMT', '2024-12-20'), '2024-02-08..2024-02-08 day');
  assert.equal(span('Exports rose in the five months (March 21-Aug. 22).', '2022-08-25'), '2022-03-21..2022-08-22 day');
  assert.equal(span('It ran from Dec. 22 to Jan. 20, 2023.', '2024-12-20'), '2022-12-22..2023-01-20 day');
  assert.equal(span('ایران ماه گذشته از طالبان خواست', '2022-06-14'), '2022-05-01..2022-05-31 month');
  assert.equal(span('وقد اخترقت الشهر الماضي وكالة فارس', '2022-12-17'), '2022-11-01..2022-11-30 month');
  assert.equal(span('Это произошло в прошлом году', '2022-12-17'), '2021-01-01..2021-12-31 year');
  assert.deepEqual(findDateMentions('در ۲۰ سال گذشته'), [], 'the past twenty years is a span');
  assert.deepEqual(findDateMentions('تا پایان سال جاری'), [], 'by the end of this year is a deadline');
  assert.equal(span('1401\\05\\22 16:48:05', '2024-12-20'), '2022-08-13..2022-08-13 day');
  // The weekdays and days of writing of Europe's languages, as written and opening a sentence.
  assert.equal(span('Dimanche, le ministre est arrivé à Kaboul.', '2022-04-27'), '2022-04-24..2022-04-24 day');
  assert.equal(span('Il ministero ha fatto sapere ieri.', '2022-04-27'), '2022-04-26..2022-04-26 day');
  assert.equal(span('Am Freitagmittag zündete ein Attentäter eine Bombe.', '2021-10-10'), '2021-10-08..2021-10-08 day');
  // A time of day glued to the weekday, as German writes it and Persian with its joiner ('جمعه‌شب').
  assert.equal(span('این مراسم جمعه\u200cشب در قم برگزار شد', '2024-05-25'), '2024-05-24..2024-05-24 day');
  assert.equal(
    span('Die Agentur IRNA berichtete am Sonnabend von Gefechten.', '2023-05-29'),
    '2023-05-27..2023-05-27 day',
  );
  // A weekday named as gone by ('الجمعة الماضي', 'vendredi dernier', 'am vergangenen Freitag'), written on that
  // weekday, is a week back, as 'last Friday' is.
  assert.equal(span('تبادلوا مشادات كلامية يوم الجمعة الماضي', '2023-06-02'), '2023-05-26..2023-05-26 day');
  assert.equal(span('Les gardes se sont affrontés vendredi dernier.', '2023-06-02'), '2023-05-26..2023-05-26 day');
  assert.equal(span('Sie trafen sich am vergangenen Freitag.', '2023-06-02'), '2023-05-26..2023-05-26 day');
  assert.equal(span('Sie trafen sich am Freitag.', '2023-06-02'), '2023-06-02..2023-06-02 day');
  assert.equal(span('Mereka bertemu pada hari Jumat lalu.', '2023-06-02'), '2023-05-26..2023-05-26 day');
  assert.equal(span('انہوں نے گزشتہ جمعہ کو ملاقات کی', '2023-06-02'), '2023-05-26..2023-05-26 day');
  // One named as still to come ('samedi prochain', 'am kommenden Samstag', 'अगले शनिवार') is ahead, whatever the
  // tense of a verb the word lists may lack; written on that weekday, a week ahead.
  assert.equal(span("L'Iran remet l'ambassade samedi prochain.", '2023-02-23'), '2023-02-25..2023-02-25 day');
  assert.equal(
    span('Der Iran übergibt am kommenden Samstag die Botschaft.', '2023-02-23'),
    '2023-02-25..2023-02-25 day',
  );
  assert.equal(span('ईरान अगले शनिवार को दूतावास सौंपेगा', '2023-02-23'), '2023-02-25..2023-02-25 day');
  assert.equal(span('سيعقد الاجتماع يوم الأربعاء المقبل', '2021-10-20'), '2021-10-27..2021-10-27 day');
  // 'Wednesday next week' is of the week after the week of writing, not the coming Wednesday (Persian and Arabic
  // weeks start on Saturday).
  assert.equal(span('The meeting will be held on Wednesday next week.', '2021-10-18'), '2021-10-27..2021-10-27 day');
  assert.equal(
    span('Die Konferenz findet am Mittwoch nächster Woche statt.', '2021-10-18'),
    '2021-10-27..2021-10-27 day',
  );
  assert.equal(span('The meeting will be held on Wednesday next week.', '2021-10-24'), '2021-10-27..2021-10-27 day');
  assert.equal(span('سيعقد الاجتماع يوم الأربعاء من الأسبوع المقبل', '2021-10-21'), '2021-10-27..2021-10-27 day');
  assert.equal(
    span('La conférence aura lieu mercredi de la semaine prochaine.', '2021-10-18'),
    '2021-10-27..2021-10-27 day',
  );
  // Indonesian 'Minggu' is Sunday inside a sentence, 'week' when 'minggu lalu' or opening one ('Minggu lalu, …').
  assert.equal(span('kata seorang pejabat di Kabul, Minggu.', '2022-01-10'), '2022-01-09..2022-01-09 day');
  assert.equal(findDateMentions('Minggu lalu, menteri itu berkunjung.')[0]?.kind, 'last');
  assert.equal(span('Gestern traf sich der Minister mit Muttaqi.', '2021-10-10'), '2021-10-09..2021-10-09 day');
  assert.equal(span('Le ministre a visité Kaboul la semaine dernière.', '2021-10-10'), '2021-09-27..2021-10-03 week');
  // The same in the order Italian and Portuguese also write it, and this or next week, month or year.
  assert.equal(span('La scorsa settimana, il ministro aveva dichiarato.', '2022-04-12'), '2022-04-04..2022-04-10 week');
  assert.equal(span('O ministro disse na semana passada.', '2022-04-12'), '2022-04-04..2022-04-10 week');
  assert.equal(span('La conferencia se celebrará la próxima semana.', '2021-10-20'), '2021-10-25..2021-10-31 week');
  assert.equal(span('Cette année, les retours ont doublé.', '2023-10-20'), '2023-01-01..2023-10-20 year');
  assert.equal(
    span('A finales del mes pasado, el portavoz habló.', '2022-02-15'),
    '2022-01-21..2022-01-31 part-of-month',
  );
  // 'today Tuesday' in a copy of Wednesday: the weekday says which day 'today' was.
  assert.equal(span('The meeting was held today Tuesday in Herat.', '2022-11-23'), '2022-11-22..2022-11-22 day');
  assert.equal(span('The meeting was held today in Herat.', '2022-11-23'), '2022-11-23..2022-11-23 day');
  // 'yesterday, Friday' (أمس الجمعة) in a copy of Friday itself: the weekday, not the day before.
  assert.equal(span('أعلن الوزير، أمس الجمعة، أن طهران', '2023-08-25'), '2023-08-25..2023-08-25 day');
  assert.equal(span('أعلن الوزير، أمس، أن طهران', '2023-08-25'), '2023-08-24..2023-08-24 day');
});

test('each named finder reads the expressions it is named for, before chrono, in one ordered list', async () => {
  const { FINDERS, REFINERS } = await import('../../src/ingest/dates');
  const samples: Record<string, string> = {
    'solar-part-of-month': 'در نیمه اول بهمن ماه',
    'arabic-ago': 'واندلعت، قبل يومين، مواجهات',
    'cjk-ago': '数日前に国境で衝突が起きた',
    'solar-numeric': 'on 1401/4/6',
    'solar-numeric-day-first': 'on 21/12/1402',
    'solar-month-name': 'on 21 Dalw 1402',
    'solar-month-name-first': 'on Dalw 21, 1402',
    'solar-year-first': '1401 اسفند 12، جمعه',
    'solar-weekday-day-month': 'today Wednesday (22 Qaws)',
    'solar-day-month': 'در تاریخ 9 جوزا',
    'solar-month-day': 'تاند (چهارشنبه، د حوت 23 مه)',
    'solar-month': 'در جریان ماه حمل ۵۳ هزار تن',
    'weekday-bracketed-day-month': 'melawan anggota Taliban, Rabu (1/12).',
    'indonesian-sunday': 'kata seorang pejabat di Kabul, Minggu.',
    'weekday-bracketed-day': 'A ONU divulgou na quinta-feira (17) que',
    'day-range-other-language': 'проходит 30-31 марта',
    'day-month-other-language': 'Тегеран, 23 августа',
    'year-month-day-other-language': 'a repülőtér előtt 2021. szeptember 1-jén',
    'month-year-other-language': 'с мая 2020 года',
    'month-day-year-other-language': 'Июнь 24, 2022 12:20',
    'month-day-arabic-script': 'امیر خان متقی جنوری 23 کو تہران پہنچے',
    'genitive-month-day': 'mayın 18-i',
    'month-word-other-language': 'در ماه اپریل',
    'cjk-year-month-day': '2023年05月28日 14:00',
    'vietnamese-day-month': 'Vào ngày 27 tháng 5 năm 2023, lính biên phòng',
    'cjk-month-comma-year': '12月 02, 2021 16:12 Asia/Tokyo',
    'cjk-month-day': '伊朗与塔利班5月27日在边境交火',
    'ordinal-day-of-month': 'reported on the 23rd that',
    'cjk-day-of-month': '据法新社19日报道',
    'cjk-weekday': '伊朗代表团周四在喀布尔举行会谈',
    'cjk-relative-day': '塔利班发言人昨天表示',
    'cjk-relative-period': '伊朗官员上周访问喀布尔',
    'cjk-weekend': '先週末、国境で撃ち合いが起きた',
    'day-slash-month-name-slash-year': 'الأحد 31/يوليو/2022 - 03:08 م',
    'dotted-numeric': 'on 14.02.2024',
    'ordinal-day-comma-month': 'Published: 8th, February 2024 GMT',
    'day-of-relative-year': 'on July 14 of this year',
    'month-of-relative-year': 'in December last year',
    'last-named-month': 'came last August',
    'month-of-last-year-other-language': "ad agosto dell'anno scorso",
    'last-month-other-language': 'el pasado diciembre',
    'month-after-preposition-other-language': 'en août',
    'foreign-weekend': 'am vergangenen Wochenende',
    'time-of-day-of-date': 'on the evening of January 3',
    'two-days-of-month': 'on February 5 and 6, 2024',
    'season-of-year': 'in the summer of 2023',
    'relative-season': 'last summer',
    'half-of-year': 'in the first half of 2023',
    'day-before-yesterday': 'the day before yesterday',
    weekend: 'over the weekend',
    'earlier-in-period': 'earlier in the week',
    'past-span': 'in the past ten days',
    'week-of-month': 'the first week of January 2024',
    'day-range': 'on 27-28 May 2023',
    'cross-month-range': 'in the five months (March 21-Aug. 22)',
    'part-of-relative-month': 'late last month',
    'foreign-weekday': 'روز یکشنبه',
    'foreign-relative-day': 'امروز',
    'foreign-part-of-last-month': 'a finales del mes pasado, el portavoz',
    'foreign-relative-period': 'ایران ماه گذشته خواست',
    'foreign-ago': 'vor einer Woche',
    'foreign-part-of-month': 'a finales de enero',
    nowruz: 'during the Nowruz 1403 holidays',
    'part-of-month': 'in mid-January',
    'part-of-year': 'in mid-2023',
    'bare-year': 'in 2023',
  };
  assert.deepEqual(FINDERS.map((f) => f.name).sort(), Object.keys(samples).sort(), 'one sample per finder');
  for (const finder of FINDERS) {
    finder.pattern.lastIndex = 0;
    const m = finder.pattern.exec(samples[finder.name]!);
    assert.ok(m && finder.build(m), `${finder.name} reads "${samples[finder.name]}"`);
  }
  assert.equal(new Set(REFINERS.map((r) => r.name)).size, REFINERS.length, 'refiner names are unique');
  assert.deepEqual(
    REFINERS.map((r) => r.name).slice(0, 4),
    ['day-first-outside-english', 'weekday-with-date', 'weekday-in-period', 'date-of-now'],
    'numbers are read in the order of the language, then a weekday joins its date, before the day of writing is read',
  );
});

test("a plan as it stood then, unless it belongs to a relative clause or is a quality ('how safe it was to')", () => {
  assert.equal(isPastPlan('Muttaqi was to meet opposition figures in Tehran.'), true);
  assert.equal(isPastPlan('The delegation was due to leave for Kabul on Monday.'), true);
  assert.equal(isPastPlan('He said that he was expected to travel to Kabul.'), true);
  assert.equal(isPastPlan('Muttaqi went to Tehran for talks which, officials said, were to deal with trade.'), false);
  assert.equal(isPastPlan('Muttaqi met the envoy, who was to leave Kabul the next day.'), false);
  assert.equal(isPastPlan('Muttaqi met the envoy in Tehran.'), false);
  // 'how safe it was to trade': a quality, not a plan
  assert.equal(isPastPlan('Iran lifted the ban over worries about how safe it was to trade in the country.'), false);
});

test('a weekday named with a period falls inside it: the one such day, or the first to the last', () => {
  assert.equal(span('They clashed on Sunday in early March.', '2023-08-15'), '2023-03-05..2023-03-05 day');
  assert.equal(
    span('A clash on Sunday night, late July, left one dead.', '2023-08-15'),
    '2023-07-23..2023-07-30 part-of-month',
  );
});

test('Nowruz of a Solar Hijri year is its first day', () => {
  assert.equal(
    span('Police arrested migrants during the Nowruz 1403 holidays.', '2024-04-17'),
    '2024-03-20..2024-03-20 day',
  );
});

test('a Solar Hijri day and month with a weekday, without a year, takes the one year of the window that fits', () => {
  const day = (text: string) => {
    const m = findDateMentions(text).find((x) => x.kind === 'date');
    return m ? `${m.year}-${m.month}-${m.day}` : null;
  };
  assert.equal(day('He wrote on Wednesday (22 Qaws) that the talks went well.'), '2023-12-13');
  // Dashes set the date off in Afghan pages: 'روز پنجشنبه-۲۱ اسد-' (Thursday, 21 Asad = 12 August 2021).
  assert.equal(day('موسوی روز پنجشنبه-۲۱ اسد- در تویتر نوشت'), '2021-8-12');
  // 'Saturday night, 10 Tir/Saratan': 1 July 2023, the one Saturday 10 Tir of the window.
  assert.equal(day('منابع می‌گویند این حادثه شنبه‌شب، ۱۰ تیر/سرطان، رخ داده است'), '2023-7-1');
  // A dateline runs day, month and year together: '(سه‌شنبه/۱۰عقرب/۱۴۰۱)'.
  assert.equal(day('آسواکانیوز(سه‌شنبه/۱۰عقرب/۱۴۰۱)'), '2022-11-1');
  // Afghan English: 'On Tuesday night, the 9th of Juza' (30 May 2023); the ordinal and 'of' also with a year.
  assert.equal(day('On Tuesday night, the 9th of Juza, traders left the customs yard.'), '2023-5-30');
  assert.equal(day('The decree of the 5th of Hamal 1402 was read out.'), '2023-3-25');
  // The weekday does not fit 21 Asad in any year of the window: no date.
  assert.equal(day('موسوی روز دوشنبه-۲۱ اسد- در تویتر نوشت'), null);
  // A Persian ordinal day: 'Sunday, the twelfth of Sonbola' (3 September 2023).
  assert.equal(day('تکل روز یکشنبه، دوازدهم سنبله، خبر داد'), '2023-9-3');
  // Pashto spells Tuesday 'سې شنبه' (not Saturday's 'شنبه'): Tuesday, the 21st of Hamal is 9 April 2024 alone.
  assert.equal(day('تاند (سې شنبه، د حمل ۲۱ مه) د سوداګرۍ وزارت'), '2024-4-9');
  // Dari pages run the weekday into 'روز' and spell the nineteenth 'نزدهم': Monday, 19 Saratan is 10 July 2023.
  assert.equal(day('کنعانی روزدوشنبه، نزدهم سرطان در یک نشست خبری گفت'), '2023-7-10');
  // Compound ordinals run together with a zero-width non-joiner: 'Sunday, the twenty-first of Jawza' is 11 June 2023.
  assert.equal(day('وزارت روز یکشنبه،بیست\u200cویکم جوزا گفت'), '2023-6-11');
  assert.equal(day('وزارت روز یکشنبه، بیست و یکم جوزا گفت'), '2023-6-11');
});

test("Arabic month names typed with Persian letters ('۲۴ أبریل ۲۰۲۲'), Pashto ones ('۲۴ فبرورۍ') and Indonesian numeric dates", () => {
  const [arabic] = findDateMentions('تأريخ النشر: ۱۰:۳۰ - الأحد ۲۴ أبریل ۲۰۲۲');
  assert.deepEqual([arabic?.year, arabic?.month, arabic?.day, arabic?.weekday], [2022, 4, 24, 0]);
  // Ukrainian months ('8 січня', 8 January) and Hindi weekdays ('रविवार', Sunday).
  assert.equal(findDateMentions('Керівник афганського МЗС 8 січня прибув до Ірану.')[0]?.month, 1);
  assert.equal(findDateMentions('सीमा रक्षक रविवार को भिड़ गए')[0]?.weekday, 0);
  // Indonesian writes day first, the year too if it likes: 'Rabu (1/12/2021)' is Wednesday 1 December.
  const [indonesian] = findDateMentions('Kemudian pada Rabu (1/12/2021), juru bicara menyatakan');
  assert.deepEqual([indonesian?.year, indonesian?.month, indonesian?.day], [2021, 12, 1]);
  const [pashto] = findDateMentions('طالبانو د ۲۴ فبرورۍ ۲۰۲۲ نېټه اعلان وکړ');
  assert.deepEqual([pashto?.year, pashto?.month, pashto?.day], [2022, 2, 24]);
});

test("a day written against its Arabic-script month ('(۱۶سپتمبر)', '31مارچ'), but not the Pashto ordinal ending 'مه'", () => {
  // Monday 16 September fits 2024 alone.
  const [dari] = findDateMentions('رییس جمهور ایران روز دوشنبه (۱۶سپتمبر) اعلام کرد');
  assert.deepEqual([dari?.year, dari?.month, dari?.day], [2024, 9, 16]);
  const [urdu] = findDateMentions('وزرائے خارجہ 30سے 31مارچ تک ملیں گے');
  assert.deepEqual([urdu?.month, urdu?.day], [3, 31]);
  // 'د جوزا ۸مه': the 8th of Jawza, not 8 May.
  assert.deepEqual(
    findDateMentions('د جوزا ۸مه نېټه').map((m) => m.month),
    [5],
  );
  assert.deepEqual(findDateMentions('په ۱۸مه وویل'), []);
});

test('a Solar Hijri day and month alone takes its year from publication, converted in that year', () => {
  // 9 Jawza is 30 May in 1402 (2023) but 29 May in 1403 (2024), after a Gregorian leap day.
  assert.equal(span('هیئت در ۹ جوزا به کابل رسید', '2023-06-10'), '2023-05-30..2023-05-30 day');
  assert.equal(span('هیئت در ۹ جوزا به کابل رسید', '2024-06-10'), '2024-05-29..2024-05-29 day');
  assert.equal(span('هیئت در ۹ جوزا به کابل رسید', '2024-05-10'), '2023-05-30..2023-05-30 day');
  // 'the second of the month of Jadi': an ordinal and the word for month.
  assert.equal(span('نشست در دوم ماه جدی برگزار شد', '2023-12-30'), '2023-12-23..2023-12-23 day');
  // Persian typed with Arabic yeh and kaf: 'شنبه 4 تير 1401' (Saturday, 25 June 2022), 'يكشنبه'.
  assert.equal(span('شنبه 4 تير 1401 - 10:38', '2022-07-01'), '2022-06-25..2022-06-25 day');
  assert.equal(span('روز يكشنبه ۱۲ سنبله گفت', '2023-09-10'), '2023-09-03..2023-09-03 day');
  assert.equal(span('from Hamal to the 10th of Saratan in 1403', '2024-07-10'), '2024-06-30..2024-06-30 day');
  // Pashto: the month first ('the 23rd of Hut', Wednesday 13 March 2024), its own month names ('کب', Hut).
  assert.equal(span('تاند (چهارشنبه، د حوت ۲۳ مه) د طالبانو', '2024-03-20'), '2024-03-13..2024-03-13 day');
  assert.equal(span('ویاند (کب ۱۸) خبریالانو ته وویل', '2023-03-10'), '2023-03-09..2023-03-09 day');
  // The year written first ('of the solar year 1403, on the 9th date of Ghwayai'), with 'پر' (on) and 'نېټه' (date).
  assert.equal(
    span('حکومت د ۱۴۰۳ لمریز کال د غوايي پر ۹ نېټه د بند کار بیا پیل کړ', '2025-01-15'),
    '2024-04-28..2024-04-28 day',
  );
  assert.equal(span('وزارت د لیندۍ پر ۱۴ نېټه اعلان وکړ', '2024-12-20'), '2024-12-04..2024-12-04 day');
  // 'of the Hijri solar year 1402, of the month of Asad, on the 18th date'
  assert.equal(
    span('د ۱۴۰۲ هجری شمسي کال د اسد د میاشتې په ۱۸مه نېټه د ایران تخنیکي پلاوي ته اجازه ورکړل شوه', '2023-08-14'),
    '2023-08-09..2023-08-09 day',
  );
  // Latin spellings alone are left to the other finders: 'Mehr' is also a news agency.
  assert.equal(findDateMentions('He told 12 Mehr reporters.').length, 0);
});

test('days and months written in other languages are dates too (stamps and datelines of copied pages)', () => {
  const read = (text: string) =>
    findDateMentions(text).map((m) => [m.year ?? null, m.month ?? null, m.day ?? null].join('-'));
  assert.deepEqual(read('Тегеран, 23 августа. Иран возобновил поставки'), ['-8-23']);
  assert.deepEqual(read('Опубликовано 31 июля 2022 в 14:56'), ['2022-7-31']);
  assert.deepEqual(read('Dubai, 12. Apr (Reuters) – Der Iran'), ['-4-12']);
  assert.deepEqual(read('Am 12. März 2022 traf er'), ['2022-3-12']);
  assert.deepEqual(read('mercredi 15 mars 2023 13:50:38'), ['2023-3-15']);
  assert.deepEqual(read('el 12 de abril de 2022'), ['2022-4-12']);
  // Slovak and Czech, in the genitive a day number takes.
  assert.deepEqual(read('Teherán 27. mája (TASR) - Medzi hnutím Taliban'), ['-5-27']);
  assert.deepEqual(read('Praha 3. března 2022'), ['2022-3-3']);
  // Kazakh, with the case endings a date takes, and Tajik, with the izafat.
  assert.deepEqual(read('17 ақпан күні Дохада'), ['-2-17']);
  assert.deepEqual(read('шекарада 27 мамырда атыс болды'), ['-5-27']);
  assert.deepEqual(read('Душанбе, 3 сентябр 2022'), ['2022-9-3']);
  assert.deepEqual(read('Толибон 15 августи Кобулро гирифтанд'), ['-8-15']);
  // Bengali: a day with its ordinal ending ('২২শে', '১লা').
  assert.deepEqual(read('১লা জানুয়ারি ২০২২ থেকে'), ['2022-1-1']);
  assert.deepEqual(read('نشست ۲۳ دسامبر در تهران'), ['-12-23']);
  // Urdu stamps.
  assert.deepEqual(read('شائع 03 مئ 2024 09:29am'), ['2024-5-3']);
  assert.deepEqual(read('اپ ڈیٹ 14 جولائی 2023'), ['2023-7-14']);
  assert.deepEqual(read('Time 09 جولائی ، 2021'), ['2021-7-9']);
  // '9/11' names the attacks of 2001, not a yearless 11 September.
  assert.deepEqual(read('killed two days before the 9/11 attacks'), ['2001-9-11']);
  assert.deepEqual(read('à la suite des attentats du 11-Septembre.'), ['2001-9-11']);
  // Azerbaijani in Cyrillic letters, and a Turkic month with its locative ending ('on 9 January').
  assert.deepEqual(read('11 Јанвар 2022'), ['2022-1-11']);
  assert.deepEqual(read('9 јанварда Теһрана сәфәр етмиш'), ['-1-9']);
  assert.deepEqual(read("9 Ocak'ta Tahran'a gitti"), ['-1-9']);
  // Afghan spellings; a Persian weekday before the day fixes the one year of the window it fits.
  assert.deepEqual(read('یک هیئت ایرانی روز شنبه(۱۷ اگست) وارد کابل شد'), ['2024-8-17']);
  assert.deepEqual(read('روز دوشنبه (۱۷ اگست) گفت'), ['-8-17'], 'no year of the window has 17 August on a Monday');
  assert.deepEqual(read('с мая 2020 года по май 2021 года'), ['2020-5-', '2021-5-']);
  // Arabic: the Egyptian and the Levantine names of the months, alone or together; Arabic-Indic digits.
  assert.deepEqual(read('التقى السفير يوم الأحد 12 يناير 2022 في كابول'), ['2022-1-12']);
  assert.deepEqual(read('في 5 آب/أغسطس 2021'), ['2021-8-5']);
  // 'Anfang dieser Woche', 'au début de la semaine' (early this week); 'All’inizio di maggio' with a curly apostrophe.
  assert.deepEqual(read('sagte Khatibzadeh Anfang dieser Woche auf einer Pressekonferenz'), ['--']);
  assert.deepEqual(read('All’inizio di maggio, Raisi ha intimato ai talebani'), ['-5-']);
  // 'Thursday last week (17 Tir)': the week named between a weekday and its date is the date's.
  assert.deepEqual(read('از پنج شنبه هفته گذشته (17 تیر) متوقف مانده بود'), ['-7-8']);
  assert.deepEqual(read('on Thursday last week (July 8), the crossing closed'), ['-7-8']);
  // A weekday before a count is still a weekday ('on Sunday, 200 migrants'); before a day, the day's.
  assert.deepEqual(read('مرزبانان روز یکشنبه ۲۰۰ مهاجر را تیرباران کردند'), ['--']);
  // Pashto and Urdu also name the month first ('جنورۍ ۲۳'); a Pashto solar month spelt with alef ('د غوايي ۱۱مه').
  assert.deepEqual(read('حسین قمي نن یکشنبه جنورۍ ۲۳ په ټویټر لیکلي'), ['-1-23']);
  assert.deepEqual(read('د غوايي ۱۱مه د سفر پر مهال'), ['-5-1']);
  assert.deepEqual(read('جنوری 23، 2022 کو'), ['2022-1-23']);
  // … joined by a tatweel or a space, as a site's header writes them: the year is the day's.
  assert.deepEqual(read('السبت 10 أيار ـ مايو 2025'), ['2025-5-10']);
  assert.deepEqual(read('السبت 10 أيار مايو 2025'), ['2025-5-10']);
  assert.deepEqual(read('في 3 تشرين الأول 2022'), ['2022-10-3']);
  assert.deepEqual(read('١٢ ديسمبر ٢٠٢٢'), ['2022-12-12']);
  // Turkish and Indonesian months; German and Russian weekdays joined to their dates.
  assert.deepEqual(read('5 Ekim 2021 tarihinde'), ['2021-10-5']);
  assert.deepEqual(read('pada 25 Januari 2023'), ['2023-1-25']);
  assert.deepEqual(read('am Montag, 12. März 2022'), ['2022-3-12']);
  // Romanian: a weekday before a yearless day fixes the one year of the window it fits.
  assert.deepEqual(read('au deschis focul duminică, 31 iulie, la graniță'), ['2022-7-31']);
  assert.deepEqual(read('pe 5 octombrie 2022'), ['2022-10-5']);
  // Persian, Urdu and Arabic name a month as one ('in the month of April'), without its year.
  assert.deepEqual(read('تهران در ماه اپریل سه دیپلومات طالبان را پذیرفت'), ['-4-']);
  assert.deepEqual(read('در ماه مه ۲۰۲۳'), ['2023-5-']);
  // Azerbaijani: its months, and 'çərşənbə axşamı' (Tuesday) is not 'çərşənbə' (Wednesday).
  assert.deepEqual(read('15 sentyabr 2021-ci il'), ['2021-9-15']);
  assert.deepEqual(read('çərşənbə axşamı, 14 sentyabr'), ['2021-9-14']);
  assert.deepEqual(read('çərşənbə, 15 sentyabr'), ['2021-9-15']);
  // A month name of another language needs a day number or a year beside it.
  assert.deepEqual(read('Mars is a planet; mai is a word.'), []);
  assert.deepEqual(read('on 31 juni'), [], 'no 31st of June');
});

test('in a sentence about a plan, a date after a past verb is of the past', () => {
  const at = (text: string, date: string) => pastVerbBefore(text, text.indexOf(date));
  assert.equal(at('Iran will send relief after an earthquake hit the east on Wednesday.', 'on Wednesday'), true);
  assert.equal(
    at('Muttaqi spoke by phone with his counterpart on Monday, and they agreed they will meet.', 'on Monday'),
    true,
  );
  assert.equal(
    at('Iran will permit transit, the minister was reported as saying after his trip in January.', 'in January'),
    true,
  );
  assert.equal(at('The delegation will travel to Tehran on Sunday.', 'on Sunday'), false);
  assert.equal(at('On Sunday, the delegation will travel to Tehran.', 'On Sunday'), false);
  assert.equal(
    at('Qureshi arrived in Tehran for a meeting of the neighbours being held on Wednesday.', 'on Wednesday'),
    false,
  );
  assert.equal(at('Iran will hold talks with the newly appointed envoy on Sunday.', 'on Sunday'), false);
  assert.equal(at('The talks will resume, as scheduled on Sunday.', 'on Sunday'), false);
});

test('Arabic weekdays and days counted from the day of writing', () => {
  // 'yesterday, Monday' in a copy of Wednesday: written on Tuesday, of Monday.
  assert.equal(span('وقال أمس الاثنين إن الوفد وصل', '2022-01-12'), '2022-01-10..2022-01-10 day');
  assert.equal(span('وقال أمس إن الوفد وصل', '2022-01-12'), '2022-01-11..2022-01-11 day');
  assert.equal(span('التقى الوزير يوم الأحد بالسفير', '2022-01-12'), '2022-01-09..2022-01-09 day');
  assert.equal(span('والتقى السفير اليوم عبد الله عبد الله', '2022-01-12'), '2022-01-12..2022-01-12 day');
});

test("the future as reported ('said Kazan would host the talks on September 29') looks forward", () => {
  assert.equal(
    span('Kabulov told TASS that Kazan would host the consultations on September 29.', '2023-08-21'),
    '2023-09-29..2023-09-29 day',
  );
  assert.equal(span('Kabulov said the talks were held on September 29.', '2023-08-21'), '2022-09-29..2022-09-29 day');
});

test("Persian and Arabic 'tomorrow' is the day after writing, and puts a present-tense sentence in the future", () => {
  assert.equal(span('مراسم سوگند فردا انجام می‌شود', '2024-07-29'), '2024-07-30..2024-07-30 day');
  assert.equal(span('يعقد الاجتماع غدا في طهران', '2024-07-29'), '2024-07-30..2024-07-30 day');
  assert.ok(isFutureTense('مراسم سوگند رئیس جمهور ایران فردا سه‌شنبه انجام می‌شود'));
});

test("'earlier this month' ends at publication, even in a sentence about what is still to come", () => {
  const sentence =
    'The minister confirmed earlier in the month that the border blockade will be carried out as planned.';
  assert.ok(isFutureTense(sentence));
  assert.equal(span(sentence, '2024-02-16'), '2024-02-01..2024-02-16 month');
  assert.equal(span('The talks will resume later this month.', '2024-02-16'), '2024-02-01..2024-02-29 month');
});

test("'ago' in other languages counts back from publication; 'two days before' something does not", () => {
  assert.equal(
    span('Der Übergang war vor einer Woche geschlossen worden.', '2022-05-03'),
    span('The crossing was closed a week ago.', '2022-05-03'),
  );
  assert.equal(
    span('Il y a deux jours, Raïssi a reçu le ministre.', '2021-08-28'),
    span('Two days ago, Raisi received the minister.', '2021-08-28'),
  );
  assert.equal(span('Это произошло два дня назад.', '2022-04-12'), '2022-04-10..2022-04-10 day');
  assert.equal(span('۲ روز پیش مرز بسته شد.', '2022-04-12'), '2022-04-10..2022-04-10 day');
  assert.deepEqual(findDateMentions('یک روز قبل از سفر وزیر'), [], "'one day before the trip'");
  assert.deepEqual(findDateMentions('vor dem Treffen in Teheran'), []);
  // Pashto's oblique month with its weekday: Monday, the 11th of Jadi (1402, the year the weekday fits).
  assert.equal(span('تاند (دوشنبه، د جدې ۱۱ مه) د طالبانو وزارت ویلي', '2024-01-02'), '2024-01-01..2024-01-01 day');
  // A Persian ordinal day before a Gregorian month; not before 'می' (May, and a verb's prefix).
  assert.equal(span('طالبان در پانزدهم آگوست پایتخت را تحت کنترل درآورد.', '2021-08-23'), '2021-08-15..2021-08-15 day');
  assert.deepEqual(findDateMentions('او برای بار دوم می گوید'), []);
  // A Solar Hijri stamp with spaces around its slashes.
  assert.equal(span('16:26 01 / 06 /1400', '2021-09-01'), '2021-08-23..2021-08-23 day');
  // … and with its month's name between slashes: 17 Aban 1402.
  assert.equal(span('۱۷ / آبان / ۱۴۰۲ ۱۷:۲۸', '2023-11-10'), '2023-11-08..2023-11-08 day');
  // 'minutes ago' is of the day of writing.
  assert.equal(span('نشست وزرای خارجه دقایقی پیش در تهران آغاز شد.', '2021-10-27'), '2021-10-27..2021-10-27 day');
});

test("'the last day of the month' is of a month named elsewhere, or a deadline: not a day of its own", () => {
  assert.deepEqual(
    findDateMentions('53,999 migrants returned from the first to the last day of the month of Hamal.'),
    [],
  );
  assert.deepEqual(findDateMentions('The deadline expires by the end of the month.'), []);
});

test("'Monday (10/1/2022)': the weekday decides which of the two numbers is the month", () => {
  // chrono reads 10/1/2022 month-first (1 October 2022, a Saturday); 10 January 2022 was a Monday.
  assert.equal(
    span('The minister met him on Monday (10/1/2022) in Tehran.', '2022-01-11'),
    '2022-01-10..2022-01-10 day',
  );
  // A reading that fits the weekday as written stays.
  assert.equal(
    span('The minister met him on Saturday (10/1/2022) in Tehran.', '2022-10-02'),
    '2022-10-01..2022-10-01 day',
  );
});

test("'8/7/2024' outside English is day first; in English, month first", () => {
  assert.equal(
    span('Para pakar meminta perbaikan hubungan, lansir Tolo News (8/7/2024).', '2024-07-09'),
    '2024-07-08..2024-07-08 day',
  );
  assert.equal(span('The report was published on 8/7/2024 in Kabul.', '2024-08-09'), '2024-08-07..2024-08-07 day');
  // Without its year too: 'Minggu (9/1)' is Sunday 9 January.
  assert.equal(span('Menteri itu mengunjungi Iran pada Minggu (9/1).', '2022-01-10'), '2022-01-09..2022-01-09 day');
});

test("Bengali and Devanagari digits and Bengali months: 'জানুয়ারি ৯, ২০২২' is 9 January 2022", () => {
  assert.equal(span('আপডেট: জানুয়ারি ৯, ২০২২', '2022-01-10'), '2022-01-09..2022-01-09 day');
  assert.equal(span('ईरान ने ८ जनवरी २०२२ को कहा', '2022-01-10'), '2022-01-08..2022-01-08 day');
});

test("'On Wednesday, November 1' written on 2 December 2021 is 1 December: the weekday and the day fit the next month", () => {
  assert.equal(
    span('On Wednesday, November 1, heavy fighting was reported.', '2021-12-02'),
    '2021-12-01..2021-12-01 day',
  );
  // Not when neither neighbouring month fits, nor when the fitting day lies after writing.
  assert.equal(
    span('On Tuesday, November 1, heavy fighting was reported.', '2021-12-02'),
    '2021-11-01..2021-11-01 day',
  );
  assert.equal(
    span('On Wednesday, November 1, heavy fighting was reported.', '2021-11-20'),
    '2021-11-01..2021-11-01 day',
  );
});

test("a month as Spanish, Italian, French, German and Portuguese name it last ('el pasado diciembre', 'en août dernier', 'ad agosto')", () => {
  assert.equal(
    span('El pasado diciembre Afganistán e Irán se dispararon.', '2022-07-31'),
    '2021-12-01..2021-12-31 month',
  );
  assert.equal(
    span('Les deux pays se sont affrontés en décembre dernier.', '2022-07-31'),
    '2021-12-01..2021-12-31 month',
  );
  assert.equal(span('Im vergangenen Dezember kam es zu Gefechten.', '2022-07-31'), '2021-12-01..2021-12-31 month');
  assert.equal(span("Scontri ad agosto dell'anno scorso.", '2022-07-31'), '2021-08-01..2021-08-31 month');
  assert.equal(span('I talebani hanno preso il potere ad agosto.', '2022-07-31'), '2021-08-01..2021-08-31 month');
  assert.equal(span('В декабре прошлого года произошла перестрелка.', '2022-07-31'), '2021-12-01..2021-12-31 month');
  // The weekend as other languages name it: the latest one before the day of writing.
  assert.equal(span('Am vergangenen Wochenende kam es zu Gefechten.', '2023-05-30'), '2023-05-27..2023-05-28 week ~');
  assert.equal(span('Los choques del pasado fin de semana.', '2023-05-30'), '2023-05-27..2023-05-28 week ~');
  // Indonesian: 'April tahun lalu' (April last year), 'pekan lalu' (last week).
  assert.equal(span('Pada April tahun lalu beredar sebuah video.', '2023-06-24'), '2022-04-01..2022-04-30 month');
  assert.equal(span('Delegasi itu berkunjung pekan lalu.', '2023-06-24'), '2023-06-12..2023-06-18 week');
  // A capitalised month after 'a' is a name, not a month.
  assert.deepEqual(findDateMentions('Ha parlato con Maria a Maggio.'), []);
});

test("Armenian months, in the nominative and the genitive ('02 Փետրվար, 2024', '15 հոկտեմբերի 2023')", () => {
  assert.equal(span('02 Փետրվար, 2024 15:25', '2024-02-03'), '2024-02-02..2024-02-02 day');
  assert.equal(span('Հանդիպումը տեղի է ունեցել 15 հոկտեմբերի 2023', '2023-10-16'), '2023-10-15..2023-10-15 day');
});

test("Persian 'the plan is that …' (برنامه بر این است که) puts a clause in the future", () => {
  assert.ok(isFutureTense('برنامه بر این است که روز یکشنبه هفته آینده سفارت به‌طور رسمی تحویل داده شود.'));
  assert.ok(!isFutureTense('سفارت روز یکشنبه به‌طور رسمی تحویل داده شد.'));
  // The present of a meeting's verbs stands for the future: 'is convened in Tehran on 8 June'.
  assert.ok(isFutureTense('نشست «گروه تماس» در ۸ جون در تهران تشکیل می‌شود.'));
  assert.ok(!isFutureTense('نشست «گروه تماس» در ۸ جون در تهران تشکیل شد.'));
  assert.equal(span('نشست «گروه تماس» در ۸ جون در تهران تشکیل می‌شود.', '2024-06-04'), '2024-06-08..2024-06-08 day');
});

test("Hindi months ('13 सितंबर को'), and an Arabic weekday with its day in brackets ('(الجمعة 19)')", () => {
  assert.equal(span('प्रवक्ता ने 13 सितंबर को प्रेस वार्ता में कहा', '2021-09-14'), '2021-09-13..2021-09-13 day');
  // 'told reporters in Isfahan (Friday 19)'
  assert.equal(
    span('صرح وحيدي للصحفيين في أصفهان (الجمعة 19) بخصوص النهر', '2023-05-22'),
    '2023-05-19..2023-05-19 day',
  );
});

test("Urdu Monday and Saturday ('پیر', 'ہفتہ' are also 'saint' and 'week') only with 'کو' or 'کے روز'", () => {
  // 'the Taliban confirmed on Monday'
  assert.equal(span('طالبان نے پیر کو اس بات کی تصدیق کی', '2022-01-11'), '2022-01-10..2022-01-10 day');
  assert.equal(span('وفد ہفتے کو تہران پہنچا', '2022-01-11'), '2022-01-08..2022-01-08 day');
  // 'at the weekend': no day
  assert.equal(findDateMentions('ہفتے کے آخر میں بات چیت ہوئی').length, 0);
});

test("Azerbaijani month-first days ('mayın 18-i', 'iyulun 31-də'), and a Pashto weekday 'on the day of' a month-first day", () => {
  assert.equal(span('Xatırladaq ki, mayın 18-i Rəisi bəyanat verib', '2023-05-20'), '2023-05-18..2023-05-18 day');
  assert.equal(span('iyulun 31-də sərhəddə atışma olub', '2022-08-02'), '2022-07-31..2022-07-31 day');
  // 'Martin 5': a name, not March
  assert.equal(findDateMentions('Martin 5 men were there').length, 0);
  // 'on the day of Sunday, (10 Chungash)': 10 Saratan 1403 is Sunday 30 June 2024, the only such Sunday in the window
  const [m] = findDateMentions('وزارت د یکشنبې په ورځ د (چنګاښ ۱۰مه) خبر ورکړ');
  assert.deepEqual([m?.year, m?.month, m?.day], [2024, 6, 30]);
  // 'today Wednesday, (on the 25th of Gemini)': 25 Jawza 1401 is Wednesday 15 June 2022
  const [today] = findDateMentions('رئيسي نن چهارشنبه د (غبرګولي په ۲۵مه) ټينګار وکړ');
  assert.deepEqual([today?.year, today?.month, today?.day], [2022, 6, 15]);
  // 'the day of Monday (Hut 14th)', with Monday in two words and no 'on': 14 Hut 1402 is Monday 4 March 2024
  const [monday] = findDateMentions('د دو شنبې ورځ د (کب ۱۴مه) یې ولیکل');
  assert.deepEqual([monday?.year, monday?.month, monday?.day, monday?.weekday], [2024, 3, 4, 1]);
  // ('د شنبې', Saturday, is not the end of Monday)
  assert.equal(findDateMentions('د شنبې ورځ').at(0)?.weekday, 6);
});

test("a whole Solar month ('ماه حمل', 'اردیبهشت‌ماه', 'ماه حوت ۱۴۰۰') is a month, up to the day of writing if it is that month", () => {
  // Hamal 1401 is 21 March to 20 April 2022; Hut 1400, 20 February to 20 March 2022
  assert.equal(span('در جریان ماه حمل ۵۳ هزار تن بازگشته‌اند', '2022-04-26'), '2022-03-21..2022-04-20 month');
  assert.equal(span('در ماه حوت ۱۴۰۰ نیز ۶۱ هزار تن اخراج شده بودند', '2022-04-26'), '2022-02-20..2022-03-20 month');
  assert.equal(span('در اردیبهشت‌ماه سه مهاجر کشته شدند', '2023-05-10'), '2023-04-21..2023-05-10 month');
  // 'میزان آب' is an amount of water, 'حمل' alone is carrying
  assert.equal(findDateMentions('میزان آب و حمل و نقل').length, 0);
});

test("a Dutch weekday with its time of day ('zondagavond', Sunday evening)", () => {
  assert.equal(
    span('Woordvoerder Balchi maakte dat zondagavond op Twitter bekend', '2023-02-27'),
    '2023-02-26..2023-02-26 day',
  );
});

test("a weekday after the date, as Urdu and Persian write it ('31 دسمبر بروز جمعہ'), is the date's weekday", () => {
  const [m, ...rest] = findDateMentions('31 دسمبر بروز جمعہ اپنے خطاب میں ایرانی صدر نے کہا');
  assert.equal(rest.length, 0);
  assert.deepEqual([m?.month, m?.day, m?.weekday], [12, 31, 5]);
  // English writes it so too ('on January 2, Sunday,'), but 'since … on August 15, on Monday, has censured' is
  // another day.
  assert.equal(findDateMentions('repeated his concerns on January 2, Sunday, saying').length, 1);
  assert.equal(findDateMentions('since their capture of Kabul on August 15, on Monday, has censured').length, 2);
});

test("a weekday's short form inside a longer word ('Według', according to) is not a weekday; 'Wed.' and 'Sat)' are", () => {
  assert.deepEqual(findDateMentions('Według Radana władze w Kabulu powinny odpowiedzieć za łamanie umowy'), []);
  assert.deepEqual(
    findDateMentions('talks resumed on Wed. in Kabul').map((m) => m.weekday),
    [3],
  );
  // A stamp the copy ran into the outlet's name is still a date: the word ends where the digits begin.
  assert.deepEqual(
    findDateMentions('Báo Quốc TếBáo Quốc Tế27/05/2023').map((m) => [m.day, m.month, m.year]),
    [[27, 5, 2023]],
  );
});

test("Dutch 'het afgelopen weekeinde' (last weekend) is a weekend, as 'afgelopen weekend' is", () => {
  for (const text of ['gingen het afgelopen weekeinde de strijd aan', 'gingen afgelopen weekend de strijd aan'])
    assert.deepEqual(
      findDateMentions(text).map((m) => m.kind),
      ['weekend'],
    );
});

test("Indonesian 'akhir pekan lalu' and 'akhir pekan kemarin' are last weekend, not last week; 'pekan lalu' alone is last week", () => {
  assert.deepEqual(
    findDateMentions('bentrokan yang pecah akhir pekan lalu di perbatasan').map((m) => m.kind),
    ['weekend'],
  );
  assert.deepEqual(
    findDateMentions('bentrokan yang pecah pekan lalu di perbatasan').map((m) => [m.kind, m.unit]),
    [['last', 'week']],
  );
  // 'akhir pekan kemarin' (last weekend): 'kemarin' here is 'last', not 'yesterday'.
  assert.deepEqual(
    findDateMentions('Akhir pekan kemarin, Iran mengundang delegasi Taliban.').map((m) => m.kind),
    ['weekend'],
  );
});

test("a Solar date with the word for month before its year ('22 فروردین ماه 1401') keeps its year", () => {
  for (const text of ['دوشنبه، 22 فروردین ماه 1401 خبر', '22 فروردین ماه 1401 خبر', '۲۲ فروردین‌ماه ۱۴۰۱'])
    assert.deepEqual(
      findDateMentions(text).map((m) => [m.year, m.month, m.day]),
      [[2022, 4, 11]],
      text,
    );
});

test("Slovak and Czech weekdays ('v sobotu', 've středu') are the last such day before the page", () => {
  // 29 May 2023 was a Monday.
  assert.equal(span('sa v sobotu na hranici rozpútali ozbrojené strety', '2023-05-29'), '2023-05-27..2023-05-27 day');
  assert.equal(span('ministr ve středu řekl', '2023-05-29'), '2023-05-24..2023-05-24 day');
});

test("a part of a Solar Hijri month ('نیمه اول بهمن', 'اواخر حوت ۱۴۰۲') is that part, not its first day", () => {
  // 1-15 Bahman 1402 = 21 January - 4 February 2024; 21-29 Hut 1402 = 11-19 March 2024.
  assert.equal(
    span('این افراد در نیمه اول بهمن ماه شناسایی شدند', '2024-02-10'),
    '2024-01-21..2024-02-04 part-of-month',
  );
  assert.equal(span('در اواخر حوت ۱۴۰۲ بازگشتند', '2024-05-01'), '2024-03-11..2024-03-19 part-of-month');
  assert.equal(span('در دهه سوم اسد', '2023-09-30'), '2023-08-12..2023-08-22 part-of-month');
});

test("Arabic 'ago': 'قبل يومين' (two days ago), 'منذ ثلاثة أيام', 'قبل أسبوع'; not 'قبل يومين من' nor 'منذ عام 2021'", () => {
  // 29 May 2023: two days before is Saturday 27 May.
  assert.equal(span('واندلعت، قبل يومين، مواجهات مسلحة على الحدود', '2023-05-29'), '2023-05-27..2023-05-27 day');
  const ago = (t: string) =>
    findDateMentions(t)
      .filter((m) => m.kind === 'ago')
      .map((m) => `${m.amount} ${m.unit}`);
  assert.deepEqual(ago('منذ ثلاثة أيام'), ['3 day']);
  assert.deepEqual(ago('قبل أسبوع'), ['1 week']);
  assert.deepEqual(ago('قبل يومين من الزيارة'), []);
  assert.deepEqual(ago('منذ عام 2021'), []);
  assert.deepEqual(ago('منذ أيام'), []);
});

test("a stamp's month written out between slashes ('31/يوليو/2022', '12/avril/2022', '20/November/2023') is that day", () => {
  const days = (t: string) => findDateMentions(t).map((m) => [m.year, m.month, m.day]);
  assert.deepEqual(days('الأحد 31/يوليو/2022 - 03:08 م'), [[2022, 7, 31]]);
  assert.deepEqual(days('mardi 12/avril/2022 - 07:34'), [[2022, 4, 12]]);
  assert.deepEqual(days('World Monday 20/November/2023 05:32 AM'), [[2023, 11, 20]]);
  assert.deepEqual(days('31/Foo/2022'), []);
  assert.deepEqual(days('31/February/2022'), [], 'no 31st of February');
});

test("a present progressive with a weekday ('is hosting a gathering … on Wednesday') tells a plan; a comma ends it", async () => {
  const { isFutureTense } = await import('../../src/ingest/dates');
  assert.ok(isFutureTense("Iran is hosting a gathering of Afghanistan's neighbors plus Russia on Wednesday."));
  assert.ok(isFutureTense('The Taliban delegation is visiting Tehran on Sunday for talks.'));
  assert.ok(!isFutureTense('The delegation, which is visiting Tehran, met the minister on Monday.'));
  assert.ok(!isFutureTense('Iran is hosting thousands of refugees, the minister said on Monday.'));
});

test("a Chinese, Japanese or Korean date, year first ('2023年05月28日', '2023년 5월 28일', '2022年2月') is that day or month", () => {
  const read = (t: string) => findDateMentions(t).map((m) => [m.year, m.month, m.day]);
  assert.deepEqual(read('2023年05月28日 14:00'), [[2023, 5, 28]]);
  assert.deepEqual(read('2023년 5월 28일'), [[2023, 5, 28]]);
  assert.deepEqual(read('在2022年2月,伊朗决定'), [[2022, 2, undefined]]);
  assert.deepEqual(read('2023年13月28日'), []);
});

test("abbreviated German, French and Italian months ('29. Dez. 2023', '3 févr. 2023', '10 ott 2022') are read beside a day", () => {
  const read = (t: string) => findDateMentions(t).map((m) => [m.year, m.month, m.day]);
  assert.deepEqual(read('• 29. Dez. 2023'), [[2023, 12, 29]]);
  assert.deepEqual(read('publié le 3 févr. 2023'), [[2023, 2, 3]]);
  assert.deepEqual(read('10 ott 2022'), [[2022, 10, 10]]);
  assert.deepEqual(read('7 juil. 2021'), [[2021, 7, 7]]);
  assert.deepEqual(read('the dez was closed'), []);
});

test("'the day before yesterday' in other languages ('أول أمس', 'önceki gün', 'позавчера', 'l'altro ieri') is two days back, not yesterday", () => {
  // 29 May 2023: two days before is 27 May.
  for (const text of [
    'وقعت الاشتباكات أول أمس على الحدود',
    'çatışma önceki gün yaşandı',
    'столкновение произошло позавчера',
    "gli scontri di l'altro ieri",
  ])
    assert.equal(span(text, '2023-05-29'), '2023-05-27..2023-05-27 day', text);
  assert.deepEqual(
    findDateMentions('bir önceki gün').map((m) => m.kind),
    [],
    "'bir önceki gün' is the day before something else",
  );
});

test("'this morning' and 'last night' in French, Spanish, Italian and Turkish ('ce matin', 'anoche', 'stamattina', 'bu sabah')", () => {
  const kinds = (t: string) => findDateMentions(t).map((m) => m.kind);
  assert.deepEqual(kinds('arrivé à Kaboul ce matin'), ['today']);
  assert.deepEqual(kinds('los disparos de anoche'), ['yesterday']);
  assert.deepEqual(kinds('è arrivato stamattina'), ['today']);
  assert.deepEqual(kinds('bu sabah açıkladı'), ['today']);
  assert.deepEqual(kinds('أمس الأول'), ['ago']);
});

test("a day of a year counted from now ('5 марта этого года', 'هفتم شهریور ماه سال جاری', '5 марта прошлого года') takes that year", () => {
  assert.equal(span('Переговоры прошли 5 марта этого года в Кабуле.', '2022-01-10'), '2022-03-05..2022-03-05 day');
  assert.equal(span('Переговоры прошли 5 марта прошлого года.', '2022-06-10'), '2021-03-05..2021-03-05 day');
  assert.equal(
    span('Las conversaciones se celebraron el 5 de marzo de este año.', '2022-01-10'),
    '2022-03-05..2022-03-05 day',
  );
  assert.equal(span('عقد الاجتماع في 5 مارس من هذا العام.', '2022-01-10'), '2022-03-05..2022-03-05 day');
  // Of this Solar year: 7 Shahrivar 1401, written on 4 Mordad 1401; the span's first day shares it.
  const range = 'ترانزیت از هشتم مرداد تا هفتم شهریور ماه سال جاری آزاد شده است';
  const [from, to] = findDateMentions(range);
  assert.equal(resolveMention(from!, { date: '2022-07-26', future: false })?.date, '2022-07-30');
  assert.equal(resolveMention(to!, { date: '2022-07-26', future: false })?.date, '2022-08-29');
  // Standing alone, 'this year' is no day: 'هذا العام، …' adds none.
  assert.deepEqual(findDateMentions('هذا العام، وبفضل الأمطار'), []);
});

test("Chinese, Japanese and Korean dates without a year: '5月27日', '周四', '上周六', '土曜日', '지난 일요일', '19日', '昨天', '上周', '작년 8월'", () => {
  assert.equal(span('伊朗与塔利班5月27日在边境交火。', '2023-05-29'), '2023-05-27..2023-05-27 day');
  assert.equal(span('이란과 탈레반은 5월 27일 국경에서 충돌했다.', '2023-05-29'), '2023-05-27..2023-05-27 day');
  // 29 May 2023 was a Monday.
  assert.equal(span('伊朗代表团周四在喀布尔举行会谈。', '2023-05-29'), '2023-05-25..2023-05-25 day');
  assert.equal(span('上周六边境爆发冲突。', '2023-05-29'), '2023-05-27..2023-05-27 day');
  assert.equal(span('国境で土曜日に衝突が起きた。', '2023-05-29'), '2023-05-27..2023-05-27 day');
  assert.equal(span('그는 월요일 기자회견에서 말했다.', '2022-01-11'), '2022-01-10..2022-01-10 day');
  // A day of the month alone: this month's, or last month's when it is still to come.
  assert.equal(span('据法新社19日报道,伊朗外交部发布声明。', '2023-05-20'), '2023-05-19..2023-05-19 day');
  assert.equal(span('据法新社25日报道。', '2023-05-20'), '2023-04-25..2023-04-25 day');
  assert.deepEqual(findDateMentions('停火9일간'), [], "'for nine days' is no day");
  assert.equal(span('塔利班发言人昨天表示。', '2023-05-20'), '2023-05-19..2023-05-19 day');
  assert.match(span('伊朗官员上周访问喀布尔。', '2023-05-20'), /^2023-05-0[78]\.\.2023-05-1[34] week/);
  assert.equal(span('작년 8월 탈레반이 정권을 잡았다.', '2022-01-09'), '2021-08-01..2021-08-31 month');
  assert.match(span('先週末、国境で撃ち合いが起きた。', '2023-05-29'), /^2023-05-27\.\./);
});

test("a day of the month with its weekday ('8日土曜', '8日(周六)') is of the month in which it fell on that weekday", () => {
  // 8 January 2022 was a Saturday, 8 February a Tuesday: written on 10 February, the Saturday 8th is January's.
  assert.equal(span('代表団は8日土曜夕方、テヘランに到着した。', '2022-02-10'), '2022-01-08..2022-01-08 day');
  assert.equal(span('伊朗代表团8日(周六)抵达德黑兰。', '2022-02-10'), '2022-01-08..2022-01-08 day');
  assert.equal(
    span('代表団は8日、テヘランに到着した。', '2022-02-09'),
    '2022-02-08..2022-02-08 day',
    'without it, the latest',
  );
});

test("a site's stamp in the English order with a Japanese month ('12月 02, 2021 16:12') is that day", () => {
  assert.equal(span('12月 02, 2021 16:12 Asia/Tokyo', '2021-12-03'), '2021-12-02..2021-12-02 day');
  assert.deepEqual(findDateMentions('13月 02, 2021'), [], 'no thirteenth month');
});

test("a plan told in a participle ('the third summit, due to take place in Doha') is still to come; 'was due to' is not", () => {
  assert.equal(isFutureTense('He called it a curtain-raiser for the third summit, due to take place in Doha.'), true);
  assert.equal(isFutureTense('The talks, set to take place in Tehran, were praised.'), true);
  assert.equal(isPastPlan('The summit was due to take place in Doha but was postponed.'), true);
});

test("'reported on the 23rd that …': a day of the month of writing, as Korean and Japanese wires write in English", () => {
  assert.equal(
    span('Major foreign media reported on the 23rd that petrol prices rose.', '2021-08-24'),
    '2021-08-23..2021-08-23 day',
  );
  assert.equal(
    span('Iran stopped exporting fuel on the 6th, saying it could not guarantee safety.', '2021-08-24'),
    '2021-08-06..2021-08-06 day',
  );
  // The latest such day: the 28th of a story of 24 August is July's.
  assert.equal(span('Talks were held on the 28th in Tehran.', '2021-08-24'), '2021-07-28..2021-07-28 day');
  assert.deepEqual(findDateMentions('More traffic on the 3rd section of the railway.'), []);
  assert.deepEqual(findDateMentions('It falls on the 12th of Rabiʽ al-Awwal.'), []);
});

test("'this weekend': the weekend just gone, or the one of the day of writing", () => {
  // 2021-08-18 was a Wednesday; 2021-08-14 a Saturday.
  const told = 'The Taliban took the capital city of Kabul this weekend.';
  assert.equal(span(told, '2021-08-18'), '2021-08-14..2021-08-15 week ~');
  assert.equal(span(told, '2021-08-14'), '2021-08-14..2021-08-14 week ~');
  assert.equal(span('Over the weekend, officials visited the dam.', '2021-08-14'), '2021-08-07..2021-08-08 week ~');
});

test("'Friday Prayers Imam of Tabriz', 'امام جمعه تبریز' are titles, not Fridays; 'during Friday prayers' is a Friday", () => {
  assert.equal(findDateMentions('Ale-Hashem, Friday Prayers Imam of Tabriz, was on board.').length, 0);
  assert.equal(findDateMentions("Tehran's Friday prayer leader Ahmad Khatami spoke.").length, 0);
  assert.equal(findDateMentions('امام جمعه تبریز نیز در بالگرد بود').length, 0);
  assert.equal(findDateMentions('A bomb exploded during Friday prayers in Kunduz.').at(0)?.weekday, 5);
  assert.equal(findDateMentions('او روز جمعه گفت').at(0)?.weekday, 5);
});

test("two days of one month in other languages ('30-31 марта', '30 y 31 de marzo', '۳۰ تا ۳۱ مارس') are one span", () => {
  // 2022-03-30: the first of the two days; the span is not read as last year's because its end is to come.
  assert.equal(span('Конференция проходит 30-31 марта в Туньси.', '2022-03-30'), '2022-03-30..2022-03-31 day');
  assert.equal(span('La reunión se celebra el 30 y 31 de marzo de 2022.', '2023-01-01'), '2022-03-30..2022-03-31 day');
  assert.equal(span('Das Treffen findet vom 30. bis 31. März 2022 statt.', '2023-01-01'), '2022-03-30..2022-03-31 day');
  assert.equal(span('وانگ یی از ۳۰ تا ۳۱ مارس ۲۰۲۲ میزبانی می‌کند', '2023-01-01'), '2022-03-30..2022-03-31 day');
  assert.equal(span('عقد الاجتماع يومي 30 و31 مارس', '2022-04-02'), '2022-03-30..2022-03-31 day');
});

test("the word 'year' Persian and Arabic put before a month's year ('۲۰ اکتوبر سال ۲۰۲۱', 'أكتوبر من عام 2021')", () => {
  assert.equal(span('نشست قبلی در ۲۰ اکتوبر سال ۲۰۲۱ برگزار شده بود', '2022-11-03'), '2021-10-20..2021-10-20 day');
  assert.equal(span('عقد الاجتماع في 20 أكتوبر عام 2021 في موسكو', '2022-11-03'), '2021-10-20..2021-10-20 day');
  assert.equal(span('سيطرت طالبان في أغسطس من عام 2021', '2023-01-01'), '2021-08-01..2021-08-31 month');
  assert.equal(span('طالبان در اوت سال ۲۰۲۱ به قدرت رسیدند', '2023-01-01'), '2021-08-01..2021-08-31 month');
});

test("'na quinta-feira (17)', 'el jueves (17)': a weekday with its day of the month in brackets, of the month of writing", () => {
  // Written on Friday 25 October 2024: the Thursday the 17th, not the Thursday just before (the 24th).
  assert.equal(
    span('A ONU divulgou na quinta-feira (17) que dezenas de afegãos morreram.', '2024-10-25'),
    '2024-10-17..2024-10-17 day',
  );
  assert.equal(
    span('El régimen talibán anunció el miércoles (16) una investigación.', '2024-10-25'),
    '2024-10-16..2024-10-16 day',
  );
  assert.equal(findDateMentions('na quinta-feira (17)')[0]?.day, 17);
});

test("'في يونيو الماضي', 'يونيو/حزيران الماضي', 'ژوئن گذشته': last June, in Arabic and Persian, before the day of writing", () => {
  assert.equal(
    span('وفي يونيو الماضي، صرح كاظمي قمي بأن طالبان قبلت أن يزور خبراء إيرانيون سد كجكي', '2023-08-14'),
    '2023-06-01..2023-06-30 month',
  );
  assert.equal(span('وقعت الاشتباكات في يونيو/حزيران الماضي', '2023-02-10'), '2022-06-01..2022-06-30 month');
  assert.equal(span('این نشست در ژوئن گذشته برگزار شد', '2023-08-14'), '2023-06-01..2023-06-30 month');
  // With its day, the day is read ('11 يوليو/تموز الماضي').
  assert.equal(span('وكانت الاشتباكات في 11 يوليو/تموز الماضي', '2022-08-10'), '2022-07-11..2022-07-11 day');
});

test("'数日前', '며칠 전', '3일 전에', '两周前': days and weeks ago in Japanese, Korean and Chinese", () => {
  // 'a few days ago' is read as three days back, approximately, as in English.
  assert.equal(
    span('数日前にイランとアフガニスタンの国境で衝突が起きた', '2021-12-06'),
    '2021-12-03..2021-12-03 day ~',
  );
  assert.equal(span('며칠 전 국경에서 충돌이 있었다', '2021-12-06'), '2021-12-03..2021-12-03 day ~');
  assert.equal(span('3일 전에 회담이 열렸다', '2021-12-06'), '2021-12-03..2021-12-03 day ~');
  assert.equal(findDateMentions('两周前，双方举行会谈')[0]?.unit, 'week');
  // Not the last part of a larger number ('十一日前'), nor 'former' ('前任大使'), nor a day of the month before 'war'.
  assert.equal(findDateMentions('十一日前').length, 0);
  assert.equal(findDateMentions('前任大使').length, 0);
  assert.equal(findDateMentions('27일 전쟁')[0]?.kind, 'day-of-month');
});

test("the future of Italian, Spanish, Portuguese, French and German news ('si terrà', 'se celebrará', 'será realizada', 'se tiendra')", () => {
  for (const s of [
    'La riunione si terrà il 27 ottobre a Teheran.',
    'All’evento del 27 ottobre prenderanno parte tutti e sei i ministri degli esteri.',
    'La reunión se celebrará el 27 de octubre en Teherán.',
    'A reunião será realizada em 27 de outubro.',
    'La réunion se tiendra le 27 octobre à Téhéran.',
    'Das Treffen, an dem Russland teilnehmen wird, beginnt am Mittwoch.',
  ])
    assert.ok(isFutureTense(s), s);
  for (const s of [
    'La riunione si è tenuta il 27 ottobre a Teheran.',
    'La reunión se celebró el 27 de octubre en Teherán.',
    'La réunion s’est tenue le 27 octobre à Téhéran.',
  ])
    assert.ok(!isFutureTense(s), s);
});

test("a Turkish or Azerbaijani plan's future suffix puts a later day of the month ahead of writing", () => {
  assert.equal(
    span("Kabulov, Moskova Formatı kapsamında 20 Ekim'de bir toplantı düzenleneceğini söyledi.", '2021-10-07'),
    '2021-10-20..2021-10-20 day',
  );
  assert.ok(isFutureTense('Görüşmeler 25 noyabrda Bakıda keçiriləcək.'));
  // A reported 'will' inside a sentence about what was said is no plan of the sentence's day.
  assert.ok(!isFutureTense('Taliban, İran ile gerginliği tırmandırmayacaklarını göstereceklerini söyledi.'));
});

test('Greek months and weekdays: a stamp and a day named in the text', () => {
  assert.equal(
    span('Πρώτη καταχώρηση: Δευτέρα, 27 Φεβρουαρίου 2023, 05:45', '2023-03-01'),
    '2023-02-27..2023-02-27 day',
  );
  assert.equal(span('γνωστοποίησε την Κυριακή ο εκπρόσωπος', '2023-02-27'), '2023-02-26..2023-02-26 day');
  // Lower case 'τρίτη' is 'third', no Tuesday.
  assert.equal(findDateMentions('η τρίτη χώρα').length, 0);
});

test('weekdays as Armenian, Turkmen, Hebrew, Georgian, Malayalam, Gujarati, Telugu, Marathi and Nepali pages write them', () => {
  const weekdayOf = (text: string) => findDateMentions(text, []).find((m) => m.kind === 'weekday')?.weekday;
  assert.equal(weekdayOf('Սաիդ Խաթիբզադեն չորեքշաբթի գիշերը'), 3);
  assert.equal(weekdayOf('Farahnakian-ը շաբաթ օրը ասել է'), 6);
  // Armenian 'շաբաթ' alone is also 'week'.
  assert.equal(weekdayOf('անցյալ շաբաթ'), undefined);
  assert.equal(weekdayOf('sişenbe güni agşam Eýran'), 2);
  assert.equal(weekdayOf('ביום רביעי הודיע'), 3);
  assert.equal(weekdayOf('ოთხშაბათს განაცხადა'), 3);
  assert.equal(weekdayOf('ബുധനാഴ്ച ഇറാൻ'), 3);
  assert.equal(weekdayOf('શનિવારે ગોળીબાર'), 6);
  assert.equal(weekdayOf('బుధవారం ఇరాన్'), 3);
  assert.equal(weekdayOf('रविवारी अफगाणिस्तान'), 0);
  assert.equal(weekdayOf('मंगळवारी इराण'), 2);
  assert.equal(weekdayOf('आइतबार इरान'), 0);
});

test('months as South Indian, Thai, Hebrew, Finnish, Swahili, Hungarian and other pages write them; South Indian ones name the month first', () => {
  const read = (t: string) => findDateMentions(t, []).map((m) => [m.year, m.month, m.day]);
  // A Telugu dateline's colon is no clock; a Malayalam day takes its case ending ('12ന്', on the 12th).
  assert.deepEqual(read('టెహ్రాన్, అక్టోబర్ 17: అక్రమ మార్గంలో'), [[undefined, 10, 17]]);
  assert.deepEqual(read('ഒക്ടോബർ 12ന് രാത്രി'), [[undefined, 10, 12]]);
  assert.deepEqual(read('அக்டோபர் 17, 2024 அன்று'), [[2024, 10, 17]]);
  assert.deepEqual(read('เมื่อวันที่ 27 พฤษภาคม ระหว่าง'), [[undefined, 5, 27]]);
  assert.deepEqual(read('ב-27 במאי 2023 נורו'), [[2023, 5, 27]]);
  assert.deepEqual(read('27. toukokuuta 2023'), [[2023, 5, 27]]);
  assert.deepEqual(read('Tarehe 27 Mei 2023'), [[2023, 5, 27]]);
  // … but a month and a clock time after it are no day ('جنوری 23:45').
  assert.deepEqual(read('جنوری 23:45 کو'), []);
  // Hungarian puts the year first ('2021. szeptember 1-jén'); its 'november' is also the English name, read as such.
  assert.deepEqual(read('a repülőtér előtt 2021. szeptember 1-jén'), [[2021, 9, 1]]);
  assert.deepEqual(read('2023. május 27.'), [[2023, 5, 27]]);
  assert.equal(findDateMentions('Irán szerdán bejelentette', []).find((m) => m.kind === 'weekday')?.weekday, 3);
  // A number just before a numeric date ('France 24 22/09/2021') does not hide the date.
  assert.deepEqual(read('information fournie par France 24 22/09/2021 à 12:48'), [[2021, 9, 22]]);
});

test('a plan for a day and month a few days before the reference is of that year, not the next', () => {
  const resolve = (text: string, date: string) =>
    resolveMention(findDateMentions(text, [])[0]!, { date, future: true })?.date;
  // The stamp is a day or two after the writing: 'will take place on March 30' under a stamp of March 31.
  assert.equal(resolve('The meeting will take place on March 30 in Tunxi.', '2022-03-31'), '2022-03-30');
  assert.equal(resolve('The meeting will take place on March 30 in Tunxi.', '2022-03-20'), '2022-03-30');
  // Weeks before it, the plan is of the next year.
  assert.equal(resolve('The meeting will take place on March 2 in Tunxi.', '2022-03-31'), '2023-03-02');
});

test("findDateMentions: Persian 'هفته پیش' is last week; with a count before it ('دو هفته پیش', 'ایک سال قبل') it is none", () => {
  const kinds = (t: string) => findDateMentions(t, []).map((m) => [m.kind, m.unit]);
  assert.deepEqual(kinds('هفته پیش طالبان بخشی از حقابه را رها کردند'), [['last', 'week']]);
  assert.deepEqual(kinds('پارسال ایران'), [['last', 'year']]);
  assert.deepEqual(kinds('دو هفته پیش طالبان'), [['ago', 'week']]);
  assert.deepEqual(kinds('ایک سال قبل طالبان کے افغانستان پر قابض ہونے کے بعد'), []);
});

test('findDateMentions: last week, month and year in Hindi, Bengali, Urdu, Azerbaijani, Uzbek and Nordic words', () => {
  const kinds = (t: string) => findDateMentions(`X ${t} Y`, []).map((m) => [m.kind, m.unit]);
  for (const [t, unit] of [
    ['पिछले हफ्ते', 'week'],
    ['গত সপ্তাহে', 'week'],
    ['پچھلے ماہ', 'month'],
    ['keçən il', 'year'],
    ['o‘tgan hafta', 'week'],
    ['förra veckan', 'week'],
    ['i fjor', 'year'],
  ] as const)
    assert.deepEqual(kinds(t), [['last', unit]], t);
  // 'গত বছরের ১৫ আগস্ট': a vowel sign goes on the word; it is the 15 August of last year, not last year itself.
  assert.deepEqual(
    findDateMentions('গত বছরের ১৫ আগস্ট', []).map((m) => m.kind),
    ['date'],
  );
});

test("findDateMentions: Azerbaijani 'cümə günü' is Friday ('cümə axşamı' stays Thursday); Uzbek, Tajik and Vietnamese weekdays", () => {
  const day = (t: string) => findDateMentions(t, []).map((m) => [m.kind, m.weekday]);
  assert.deepEqual(day('Taliban cümə günü bəyanat yayıb'), [['weekday', 5]]);
  assert.deepEqual(day('Taliban cümə axşamı bəyanat yayıb'), [['weekday', 4]]);
  assert.deepEqual(day('Tolibon dushanba kuni bayonot berdi'), [['weekday', 1]]);
  assert.deepEqual(day('рӯзи душанбе дар Душанбе'), [['weekday', 1]]);
  assert.deepEqual(day('Hôm thứ Hai, Iran cáo buộc phía Afghanistan'), [['weekday', 1]]);
  assert.deepEqual(day('Tabriz Juma Imam Al Hashem'), []);
});

test("findDateMentions: Vietnamese 'ngày 27 tháng 5 năm 2023', '27 tháng 5' and 'tháng 5 năm 2023'", () => {
  const parts = (t: string) => findDateMentions(t, []).map((m) => [m.year, m.month, m.day]);
  assert.deepEqual(parts('Vào ngày 27 tháng 5 năm 2023, lính biên phòng'), [[2023, 5, 27]]);
  assert.deepEqual(parts('Hôm 27 tháng 5, lính biên phòng Iran'), [[undefined, 5, 27]]);
  assert.deepEqual(parts('trong tháng 5 năm 2023'), [[2023, 5, undefined]]);
  assert.deepEqual(parts('ngày 31 tháng 2'), []);
});

test("'last year' said before the day ('पिछले साल 15 अगस्त', 'گزشتہ سال 15 اگست') counts the day's year back", () => {
  assert.equal(
    span('तालिबान ने पिछले साल 15 अगस्त को काबुल पर क़ब्ज़ा कर लिया था।', '2022-08-01'),
    '2021-08-15..2021-08-15 day',
  );
  assert.equal(span('طالبان نے گزشتہ سال 15 اگست کو کابل پر قبضہ کیا۔', '2022-08-01'), '2021-08-15..2021-08-15 day');
  // Not across a comma: 'Last year, 15 August …' names the year apart from the day.
  assert.equal(findDateMentions('Last year, 15 August was a turning point.').length, 2);
});

test("Somali ('28 Maajo 2023') and Sorani Kurdish ('31 ئایار 2021') months are read", () => {
  assert.deepEqual(
    findDateMentions('(Muqdisho) 28 Maajo 2023 – Ciidamada').map((m) => [m.day, m.month, m.year]),
    [[28, 5, 2023]],
  );
  assert.deepEqual(
    findDateMentions('دووشەممە 31 ئایار 2021 - 13:48').map((m) => [m.day, m.month, m.year]),
    [[31, 5, 2021]],
  );
});

test("Swahili days: 'jana Jumatano' is yesterday, a Wednesday; 'mwaka jana' is last year, not yesterday", () => {
  // 12 Dec 2024 was a Thursday.
  assert.equal(span('Shambulio hilo lilitokea jana Jumatano mjini Kabul.', '2024-12-12'), '2024-12-11..2024-12-11 day');
  assert.equal(span('Alifika mjini Kabul leo kwa mazungumzo.', '2024-12-12'), '2024-12-12..2024-12-12 day');
  assert.equal(span('Ujumbe huo ulifika Tehran Jumapili iliyopita.', '2024-12-12'), '2024-12-08..2024-12-08 day');
  assert.deepEqual(
    findDateMentions('tangu mwezi Agosti mwaka jana').map((m) => [m.kind, m.month, m.yearOffset]),
    [['date', 8, -1]],
  );
  assert.deepEqual(
    findDateMentions('ziara ya mwaka jana').map((m) => [m.kind, m.unit]),
    [['last', 'year']],
  );
});

test("Vietnamese 'leo thang' (escalate) is not the Swahili 'leo' (today)", () => {
  assert.deepEqual(findDateMentions('căng thẳng giữa Tehran và Kabul leo thang.'), []);
});

test("Hausa days: 'a jiya Laraba' is a Wednesday, 'ranar Lahadi' a Sunday, 'makon jiya' last week (not yesterday)", () => {
  // 12 Dec 2024 was a Thursday.
  assert.equal(span('ya bayyana hakan a taron a jiya Laraba.', '2024-12-12'), '2024-12-11..2024-12-11 day');
  assert.equal(
    span('Jami’an tsaron kan iyaka sun yi artabu ranar Lahadi.', '2024-12-12'),
    '2024-12-08..2024-12-08 day',
  );
  assert.deepEqual(
    findDateMentions('an yi taron makon jiya a Kabul').map((m) => [m.kind, m.unit]),
    [['last', 'week']],
  );
});
