import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outsideQuotes, quotedRanges, splitSentences } from '../../src/ingest/sentences';

test('sentences: abbreviations and initials do not end one; paragraphs are kept', () => {
  const s = splitSentences([
    { text: 'The U.S. envoy met Mr. Qomi in Kabul on Monday. They discussed trade.' },
    { text: 'Iran’s envoy, H. Kazemi Qomi, arrived on Jan. 9, 2022.' },
  ]);
  assert.deepEqual(
    s.map((x) => [x.paragraph, x.text]),
    [
      [0, 'The U.S. envoy met Mr. Qomi in Kabul on Monday.'],
      [0, 'They discussed trade.'],
      [1, 'Iran’s envoy, H. Kazemi Qomi, arrived on Jan. 9, 2022.'],
    ],
  );
});

test("Urdu's '۔' and Armenian's '։' end a sentence as a full stop does", () => {
  const text = (paragraph: string) => splitSentences([{ text: paragraph }]).map((x) => x.text);
  assert.deepEqual(text('4976 افغان شہری ایران سے وطن واپس آئے۔ اگلے روز مزید 2400 افغان پہنچے۔'), [
    '4976 افغان شہری ایران سے وطن واپس آئے۔',
    'اگلے روز مزید 2400 افغان پہنچے۔',
  ]);
  assert.deepEqual(text('Թալիբները չեն պլանավորում։ Այդ մասին հայտարարել է Մուջահիդը։'), [
    'Թալիբները չեն պլանավորում։',
    'Այդ մասին հայտարարել է Մուջահիդը։',
  ]);
  // Hindi and Bengali end one with '।', and start the next with a letter of no case.
  assert.deepEqual(text('ईरान ने घोषणा की। तालिबान ने स्वागत किया।'), ['ईरान ने घोषणा की।', 'तालिबान ने स्वागत किया।']);
  assert.deepEqual(text('মন্ত্রী তেহরানে পৌঁছেছেন। আলোচনা হবে।'), ['মন্ত্রী তেহরানে পৌঁছেছেন।', 'আলোচনা হবে।']);
});

test('quotations are found, and blanked with their offsets kept', () => {
  const text = 'He said “the talks were useful today” on Monday.';
  const ranges = quotedRanges(text);
  assert.equal(ranges.length, 1);
  const outside = outsideQuotes({ text, quotes: ranges });
  assert.equal(outside.length, text.length);
  assert.doesNotMatch(outside, /today/);
  assert.match(outside, /on Monday/);
});

test('a paragraph that quotes a news report whole is read; one that quotes a speaker is not', () => {
  const [report] = splitSentences([
    {
      text: '“Fighting between Taliban forces and Iranian border guards on Sunday has killed at least one person, an Afghan police official said. The clash was brief.” (07/31/22)',
    },
  ]);
  assert.deepEqual(report!.quotes, []);
  const [speech] = splitSentences([{ text: '“We will never accept this, and we have told them so.”' }]);
  assert.equal(speech!.quotes.length, 1);
});

test('paragraphs a copy ran together are split where a word ends in a stop and the next begins', () => {
  const s = splitSentences([
    {
      text: 'He said the other side had started it.An interim government took power last autumn.Last December, guards clashed.',
    },
    { text: 'Students sit an exam in Kabul.MOSCOW (Sputnik) – Iran said it would help.' },
    { text: 'See Trend.az, the U.S.Army and Mr.Smith.' },
    // In Arabic script, with no capital: '… in August 2021.Zakir Jalali said …', and 'ج.ا.ا' (I.R.I.) stays whole.
    { text: 'رفعت الحركة رايتها عقب الانسحاب في أغسطس 2021.وأفاد ذاكر جلالي بأن الدبلوماسيين غادروا.' },
    { text: 'سفیر ج.ا.ا در کابل گفت.' },
  ]);
  assert.deepEqual(
    s.map((x) => x.text),
    [
      'He said the other side had started it.',
      'An interim government took power last autumn.',
      'Last December, guards clashed.',
      'Students sit an exam in Kabul.',
      'MOSCOW (Sputnik) – Iran said it would help.',
      'See Trend.az, the U.S.Army and Mr.Smith.',
      'رفعت الحركة رايتها عقب الانسحاب في أغسطس 2021.',
      'وأفاد ذاكر جلالي بأن الدبلوماسيين غادروا.',
      'سفیر ج.ا.ا در کابل گفت.',
    ],
  );
});

test('a written statement quoted whole in the third person is read; a speaker quoted the same way is not', () => {
  const [statement] = splitSentences([
    {
      text: '“The power utility signed an agreement with Iran to import 100 megawatts,” the company said in a statement on Thursday.',
    },
  ]);
  assert.deepEqual(statement!.quotes, []);
  const [added] = splitSentences([
    { text: '“In all, 2,348 Afghans came back to their homeland on Sunday,” the statement added on Monday.' },
  ]);
  assert.deepEqual(added!.quotes, []);
  const [speech] = splitSentences([
    { text: '“We signed an agreement with Iran to import power,” the company said in a statement on Thursday.' },
  ]);
  assert.equal(speech!.quotes.length, 1);
  const [remark] = splitSentences([
    { text: '“The utility signed an agreement with Iran,” the minister said on Thursday.' },
  ]);
  assert.equal(remark!.quotes.length, 1);
});

test("a day written with a dot before its month ('26. Oktober 2021') does not end a sentence", () => {
  const texts = (t: string) => splitSentences([{ text: t }]).map((s) => s.text);
  assert.deepEqual(texts('Teheran, 26. Oktober 2021: Der Minister empfing seinen Amtskollegen. Er sprach.'), [
    'Teheran, 26. Oktober 2021: Der Minister empfing seinen Amtskollegen.',
    'Er sprach.',
  ]);
  // A year before a month is the end of a sentence.
  assert.deepEqual(texts('He left in 2021. May was hard.'), ['He left in 2021.', 'May was hard.']);
});

test("a name or a term in quotation marks is the writer's words; a quoted phrase with a figure or a clause is not", () => {
  const [named] = splitSentences([{ text: 'وصرّح "ميثم برازندة" لوكالة "إرنا"، اليوم الأحد، بأن الاشتباكات انتهت.' }]);
  assert.deepEqual(named!.quotes, []);
  const [term] = splitSentences([{ text: 'Iran does not recognise the so-called “Islamic Emirate” yet.' }]);
  assert.deepEqual(term!.quotes, []);
  const [figure] = splitSentences([{ text: 'He said the talks would end “by 5 May” at the latest.' }]);
  assert.equal(figure!.quotes.length, 1);
  const [clause] = splitSentences([{ text: 'He said: “We will never accept this.”' }]);
  assert.equal(clause!.quotes.length, 1);
});

test("Chinese and Japanese sentences end at '。', '！' or '？' with no space after; Korean ones at '.' before Hangul", () => {
  const texts = (t: string) => splitSentences([{ text: t }]).map((s) => s.text);
  assert.deepEqual(texts('伊朗与塔利班在边境交火。双方均有伤亡！发言人说:“这是误会。”他表示将调查。'), [
    '伊朗与塔利班在边境交火。',
    '双方均有伤亡！',
    '发言人说:“这是误会。”',
    '他表示将调查。',
  ]);
  assert.deepEqual(texts('이란 외무부는 탈레반 대표단과 회담을 가졌다. 그는 말했다.'), [
    '이란 외무부는 탈레반 대표단과 회담을 가졌다.',
    '그는 말했다.',
  ]);
});
