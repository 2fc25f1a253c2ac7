// Dated expressions: find them in a sentence (chrono-node plus our own finders), then resolve them
// against the publication date with the precision the text really gives.
import * as chrono from 'chrono-node';
import type { Precision } from '../lib/event-schema';
import {
  addDays,
  dayOf,
  isoOf,
  lastDayOfMonth,
  maxIso,
  minIso,
  monthEnd,
  monthOf,
  monthStart,
  weekdayOf,
  saturdayWeekStart,
  weekStart,
  WEEKDAY_NAMES,
  yearOf,
} from '../lib/days';
import { ARABIC_SCRIPT, persianSpelling, withArabicLetters, withPageSpellings } from '../lib/scripts';
import { allSolarMonthSpellings, isoToSolar, solarMonthNumber, solarToIso, toLatinDigits } from '../lib/solar-hijri';
import { monthName } from '../lib/format';
import { SITE_WINDOW } from '../lib/site';
import {
  ARABIC_AGO_OPENERS,
  ARABIC_AGO_UNITS,
  ARABIC_COUNT_WORDS,
  FOREIGN_MONTH_PATTERN,
  ENGLISH_MONTH_ABBREVIATION_PATTERN,
  DAY_RANGE_JOINER_PATTERN,
  YEAR_WORD_PATTERN,
  SOLAR_MONTH_PARTS,
  GONE_AFTER_WEEKDAY,
  GONE_BEFORE_WEEKDAY,
  COMING_AFTER_WEEKDAY,
  COMING_BEFORE_WEEKDAY,
  NEXT_WEEK_AFTER_WEEKDAY,
  LAST_BEFORE,
  FUTURE_MARKERS,
  NOUN_DETERMINERS,
  PLAN_VERBS,
  FUTURE_STEMS,
  IRREGULAR_PAST_VERBS,
  PLAN_PARTICIPLES,
  PAST_PLAN_MARKERS,
  MONTH_PATTERN,
  NUMBER_PATTERN,
  PART_PATTERN,
  PERSIAN_ORDINAL_DAYS,
  PERSIAN_ORDINAL_DAY_PATTERN,
  FOREIGN_RELATIVE_DAYS,
  RELATIVE_DAY_FALSE_FRIENDS,
  FOREIGN_RELATIVE_PERIODS,
  FOREIGN_NAMED_MONTH_PARTS,
  FOREIGN_AGO_OPENERS,
  FOREIGN_AGO_CLOSERS,
  CJK_AGO_UNITS,
  CJK_COUNT_WORDS,
  FOREIGN_AGO_UNITS,
  FOREIGN_COUNT_WORDS,
  FOREIGN_MONTH_PARTS,
  FOREIGN_LAST_MONTH,
  FOREIGN_DEADLINE_OPENERS,
  PERIOD_COUNT_WORDS,
  FOREIGN_WEEKDAY_PATTERN,
  THOUSAND_WORDS,
  FOREIGN_WEEKDAY_TAILS,
  WEEKDAY_TIME_SUFFIXES,
  SATURDAY_WEEK_WORDS,
  SCHEDULE_PRESENT,
  PROGRESSIVE_PLAN_VERBS,
  SEASONS,
  WEEK_ORDINALS,
  WEEKDAY_PATTERN,
  alternation,
  anyMonthNumber,
  anyWeekdayNumber,
  countOf,
  monthNumber,
  partOf,
  type Part,
  DAY_BEFORE_YESTERDAY,
  RANGE_JOINERS,
  YEAR_AFTER_DAY,
  CJK_LAST_WEEKDAY,
  CJK_RELATIVE_DAYS,
  CJK_RELATIVE_PERIODS,
  CJK_WEEKDAY_SIGNS,
  CJK_YEAR_BEFORE_MONTH,
} from './words';
import { quotedRanges } from './sentences';

/** Any leap year: checks a yearless day against the longest month lengths. */
const LEAP_YEAR = 2024;
type RelativeUnit = 'day' | 'week' | 'month' | 'year';

type MentionKind =
  | 'date' // calendar components, some possibly missing (year, day)
  | 'weekday'
  | 'part-of-month'
  | 'part-of-year'
  | 'week-of-month' // the first/second/third/fourth/last week of a month
  | 'weekend'
  | 'ago'
  | 'past-span' // in the past ten days: the span up to publication
  | 'last'
  | 'this'
  | 'next'
  | 'today'
  | 'yesterday'
  | 'tomorrow'
  | 'day-of-month'; // '19日': a day of the month of writing (or the month before), its month left out

export interface DateMention {
  kind: MentionKind;
  text: string;
  /** Offset of `text` in the sentence. */
  index: number;
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** Range end ('January 8-10'). */
  endYear?: number;
  endMonth?: number;
  endDay?: number;
  part?: Part;
  unit?: RelativeUnit;
  amount?: number;
  /** Solar Hijri in the text: already converted; kept for notes. */
  solar?: boolean;
  /** '۹ جوزا' without a year: the Solar Hijri month and day, converted once the year is known. */
  solarMonthDay?: { month: number; day: number };
  /** 'December last year': the year counted from publication (-1, 0, +1) instead of named. */
  yearOffset?: number;
  /** A whole month of another calendar ('ماه حمل'), spanning two Gregorian months: month precision. */
  wholeMonth?: boolean;
  /** Only a part of that month ('نیمه اول بهمن', the first half of Bahman). */
  monthPart?: boolean;
  /** Seasons and halves: the months a part of a year covers. */
  months?: [number, number];
  /** 'last summer', 'this spring', 'next autumn': a season counted from publication. */
  season?: 'last' | 'this' | 'next';
  /** 'the second week of March': 1–4, or -1 for the last week. */
  week?: number;
  /** 'late last month': the month counted from publication (-1, 0, +1) instead of named. */
  monthOffset?: number;
  /** 'earlier in January', 'earlier this week': the publication lies in the same period. */
  earlierIn?: boolean;
  /** 'yesterday, May 27', 'today, Sunday', 'from tomorrow, Monday 28 Tir': the date lies this many days before the
   * day of writing. */
  daysBeforeNow?: -1 | 0 | 1;
  /** 'vendredi dernier', 'الجمعة الماضي': a weekday named as gone by, as English 'last Friday' says in its text. */
  gone?: boolean;
  /** 'samedi prochain', 'अगले शनिवार': a weekday named as still to come. */
  coming?: boolean;
  /** 'Wednesday next week', 'Mittwoch nächster Woche': a weekday of the week after the week of writing. */
  nextWeek?: boolean;
  /** Inside quotation marks: rhetorical 'today' and the like are not events. */
  quoted: boolean;
}

export interface ResolvedDate {
  date: string;
  end: string;
  precision: Precision;
  approximate: boolean;
  date_text: string;
  basis: 'explicit' | 'relative-to-publication';
  note?: string;
  confidence: number;
}

export interface Reference {
  /** The publication day the text is resolved against. */
  date: string;
  /** Tense of the sentence: future expressions point forward. */
  future?: boolean;
}

/** 'February 5 and 6', '27-28 May 2023': days of one month. */
function dayRange(
  monthWord: string,
  first: string,
  last: string,
  year?: string,
): Omit<DateMention, 'index' | 'text' | 'quoted'> | null {
  const month = monthNumber(monthWord);
  return month ? dayRangeOf(month, Number(first), Number(last), year) : null;
}

/** Days `day`–`endDay` of a month given by its number, in `year` if written. */
function dayRangeOf(
  month: number,
  day: number,
  endDay: number,
  year?: string,
): Omit<DateMention, 'index' | 'text' | 'quoted'> | null {
  if (day < 1 || endDay <= day || endDay > lastDayOfMonth(year ? Number(year) : 2024, month)) return null;
  return {
    kind: 'date',
    month,
    day,
    endDay,
    endMonth: month,
    ...(year ? { year: Number(year), endYear: Number(year) } : {}),
  };
}

function inRanges(index: number, ranges: ReadonlyArray<[number, number]>): boolean {
  return ranges.some(([a, b]) => index >= a && index < b);
}

/** A named date finder: a pattern and how to read what it matched (chrono's parsers, as a list in one order). */
interface Finder {
  name: string;
  pattern: RegExp;
  build(match: RegExpExecArray): Omit<DateMention, 'index' | 'text' | 'quoted'> | null;
}

const SOLAR_MONTHS = allSolarMonthSpellings()
  .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
/** In Persian script only: 'Mehr' and 'Tir' are also a news agency and a word. */
const PERSIAN_SOLAR_MONTHS = allSolarMonthSpellings()
  .filter((name) => /\p{Script=Arabic}/u.test(name))
  .join('|');
const YEAR = '((?:19|20)\\d\\d)';
/** A Solar Hijri day: digits, or a Persian ordinal word ('دوازدهم', the twelfth). */
const SOLAR_DAY = `(\\d{1,2}|${PERSIAN_ORDINAL_DAY_PATTERN})`;
const solarDayNumber = (text: string): number => PERSIAN_ORDINAL_DAYS[persianSpelling(text)] ?? Number(text);
/** Where a weekday starts: not inside a word, but after the word for day it is run into ('روزدوشنبه'), as Dari types it. */
const WEEKDAY_START = '(?:(?<![\\p{L}\u200c])|(?<=روز))';
/**
 * No space between a day and a month of Arabic script ('(۱۶سپتمبر)', '30سے 31مارچ'), but not before 'مه', 'می', 'مې':
 * glued to a number they are the Pashto ordinal ending ('د جوزا ۸مه', the 8th of Jawza), not May.
 */
const GLUED_ARABIC_SCRIPT_MONTH = '(?=\\p{Script=Arabic})(?!(?:مه|می|مي|مې)(?![\\p{L}]))';
const GONE_AFTER = new RegExp(`^\\s+(?:${alternation(GONE_AFTER_WEEKDAY)})(?![\\p{L}])`, 'iu');
const GONE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(GONE_BEFORE_WEEKDAY)})\\s+$`, 'iu');
const COMING_AFTER = new RegExp(`^\\s+(?:${alternation(COMING_AFTER_WEEKDAY)})(?![\\p{L}])`, 'iu');
/** ' of next week' after a weekday: part of its mention in the other languages' finder, read after chrono's. */
const NEXT_WEEK_TAIL = `\\s*(?:of\\s+|on\\s+)?(?:${alternation(NEXT_WEEK_AFTER_WEEKDAY)})(?![\\p{L}])`;
const NEXT_WEEK_AFTER = new RegExp(`^${NEXT_WEEK_TAIL}`, 'u');
const COMING_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(COMING_BEFORE_WEEKDAY)})\\s+$`, 'iu');
/** A weekday just before a day: a date the weekday finders read, or one that fits no year of the window. */
const WEEKDAY_BEFORE = new RegExp(`(?:${WEEKDAY_PATTERN}|${FOREIGN_WEEKDAY_PATTERN})[\\s,،–—/-]*\\(?\\s*$`, 'iu');
/** 'دوم ماه جدی': the word for month may stand between day and month. */
const MONTH_WORD = '(?:\\s*ماه)?';
/**
 * A day of the month after a weekday ('شنبه ۲۴ اسد', 'Freitag, 12. März', '(الجمعة 19)' aside), read with it by the
 * finders of dates; not a count no month has ('am Freitag 50 Menschen', 'روز یکشنبه ۲۰۰ مهاجر'), nor of
 * thousands ('دوشنبه ۲۰ هزار مهاجر', 20 thousand migrants on Monday; 'Monday 20,000').
 */
const DAY_AFTER_WEEKDAY = String.raw`[\s,،–—/-]*\(?\s*(?:0?[1-9]|[12]\d|3[01])(?!\d)(?!\s*\))(?![.,٬]\d)(?!\s*(?:${alternation(THOUSAND_WORDS)})(?!\p{L}))`;
const MONTH = `(${MONTH_PATTERN})`;
const PART = `(${PART_PATTERN}|mid)`;
const OFFSET: Record<string, number> = { last: -1, previous: -1, this: 0, next: 1 };
const FOREIGN_COUNT = alternation(Object.keys(FOREIGN_COUNT_WORDS));
const FOREIGN_UNIT = alternation(Object.keys(FOREIGN_AGO_UNITS));

/** The years of the site's window, for a weekday that fixes which one a yearless date falls in. */
function yearsOfWindow(): number[] {
  const years: number[] = [];
  for (let y = yearOf(SITE_WINDOW.from); y <= yearOf(SITE_WINDOW.to); y++) years.push(y);
  return years;
}

/** Scripts whose pages name a Gregorian month before its day: Arabic (Pashto, Urdu) and the South Indian ones. */
const MONTH_FIRST_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Telugu}\p{Script=Tamil}\p{Script=Malayalam}\p{Script=Kannada}]/u;
// 'mwaka jana' is last year, 'leo thang' to escalate: not the words for yesterday and today in them
const RELATIVE_DAY_FALSE_FRIEND = new RegExp(
  `(?<![\\p{L}])(?:${alternation(RELATIVE_DAY_FALSE_FRIENDS)})(?![\\p{L}])`,
  'giu',
);
const insideFalseFriend = (text: string, index: number) =>
  [...text.matchAll(RELATIVE_DAY_FALSE_FRIEND)].some((f) => f.index <= index && index < f.index + f[0].length);

/** Our own finders, tried in this order before chrono: calendars and precisions chrono does not know. */
export const FINDERS: readonly Finder[] = [
  {
    name: 'solar-part-of-month',
    // 'در نیمه اول بهمن ماه', 'اواخر حوت ۱۴۰۲', 'دهه سوم اسد': a part of a Solar Hijri month (before the finders
    // of a day, which would read 'اول بهمن' as the first of Bahman)
    pattern: new RegExp(
      `(?<![\\p{L}\u200c])(${alternation(Object.keys(SOLAR_MONTH_PARTS))})\\s+(?:ماه\\s+)?(${PERSIAN_SOLAR_MONTHS})(?:\u200c?\\s?ماه)?(?![\\p{L}\u200c])(?:[\\s،,]*(?:سال\\s*)?(1[34]\\d\\d)(?!\\d))?`,
      'gu',
    ),
    build: (m) => {
      const month = solarMonthNumber(m[2]!);
      const [from, to] = SOLAR_MONTH_PARTS[m[1]!] ?? [1, 0];
      return month ? solarMonthSpan(month, m[3] ? Number(m[3]) : null, from, to) : null;
    },
  },
  {
    name: 'solar-numeric',
    // 1401/4/6, 1402-11-21, 1401\05\22 (years 1300–1499 only)
    pattern: /(?<![\d/.\\-])(1[34]\d\d)([/.\\-])(\d{1,2})\2(\d{1,2})(?![\d/\\])/g,
    build: (m) => solarComponents(Number(m[1]), Number(m[3]), Number(m[4])),
  },
  {
    name: 'solar-numeric-day-first',
    // 21/12/1402, '01 / 06 /1400' (a stamp with spaces around its slashes)
    pattern: /(?<![\d/.-])(\d{1,2})(?:[/.-]| ?\/ ?)(\d{1,2})(?:[/.-]| ?\/ ?)(1[34]\d\d)(?![\d/])/g,
    build: (m) => solarComponents(Number(m[3]), Number(m[2]), Number(m[1])),
  },
  {
    name: 'solar-month-name',
    // 21 Dalw 1402, 6 Tir 1401, ۱۸ عقرب ۱۴۰۲, '۱۰عقرب/۱۴۰۱' in a dateline, '۱۷ / آبان / ۱۴۰۲' in a stamp,
    // 'the 10th of Saratan in 1403'
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}\u200c])${SOLAR_DAY}(?:st|nd|rd|th)?\\s*(?:\\/\\s*)?(?:of\\s+)?${MONTH_WORD}\\s*(${SOLAR_MONTHS})(?![\\p{L}])(?:\u200c?\\s?ماه(?![\\p{L}]))?\\s*[,/]?\\s*(?:in\\s+)?(1[34]\\d\\d)(?!\\d)`,
      'giu',
    ),
    build: (m) => {
      const month = solarMonthNumber(m[2]!);
      return month ? solarComponents(Number(m[3]), month, solarDayNumber(m[1]!)) : null;
    },
  },
  {
    name: 'solar-weekday-day-month',
    // 'Wednesday (22 Qaws)', 'دوشنبه، ۵ قوس', 'پنجشنبه-۲۱ اسد', 'شنبه‌شب، ۱۰ تیر' (Saturday night), 'Tuesday night,
    // the 9th of Juza': no year, but within the corpus window the weekday allows only one
    pattern: new RegExp(
      `${WEEKDAY_START}(${WEEKDAY_PATTERN}|${FOREIGN_WEEKDAY_PATTERN})(?:\u200c?\\s?شب|\\s+(?:night|morning|evening|afternoon))?[\\s,،–—/-]*\\(?\\s*(?:the\\s+)?${SOLAR_DAY}(?:st|nd|rd|th)?\\s*(?:of\\s+)?${MONTH_WORD}\\s*(${SOLAR_MONTHS})(?![\\p{L}])\\)?(?![\\s,،/]*(?:\u200c?ماه\\s*)?1[34]\\d\\d)`,
      'giu',
    ),
    build: (m) => {
      const weekday = anyWeekdayNumber(m[1]!);
      const month = solarMonthNumber(m[3]!);
      if (weekday === null || !month) return null;
      return solarDayOnWeekday(month, solarDayNumber(m[2]!), weekday);
    },
  },
  {
    name: 'solar-day-month',
    // '۹ جوزا', 'دوازدهم سنبله', '۲۱ جوزای' without a year or weekday (a weekday that fits no year of the
    // window leaves no date): the year comes from the publication date
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}\u200c])${SOLAR_DAY}${MONTH_WORD}\\s*(${PERSIAN_SOLAR_MONTHS})ی?(?![\\p{L}\\p{N}])(?![\\s,،/]*(?:\u200c?ماه\\s*)?(?:سال\\s*)?1[34]\\d\\d)`,
      'giu',
    ),
    build: (m) => {
      const month = solarMonthNumber(m[2]!);
      if (WEEKDAY_BEFORE.test(m.input.slice(Math.max(0, m.index - 40), m.index))) return null;
      return month ? yearlessSolarDay(month, solarDayNumber(m[1]!)) : null;
    },
  },
  {
    name: 'solar-month-day',
    // Pashto writes the month first: 'د حوت ۲۳ مه' (the 23rd of Hut), 'د سلواغې په ۲۳مه', '(کب ۱۸)'; a weekday
    // before it ('د یکشنبې په ورځ د (چنګاښ ۱۰مه)', on the day of Sunday; 'د دو شنبې ورځ د (کب ۱۴مه)'; 'چهارشنبه د (غبرګولي په ۲۵مه)') fixes the year, the one of the window it
    // fits, else the year comes from the publication date; a year before it gives the year ('د ۱۴۰۳ لمریز کال د غوايي پر
    // ۹ نېټه', of the solar year 1403, on the 9th of Ghwayai; 'د ۱۴۰۲ هجری شمسي کال د اسد د میاشتې په ۱۸مه', of the
    // month of Asad)
    pattern: new RegExp(
      `(?:${WEEKDAY_START}(${FOREIGN_WEEKDAY_PATTERN})(?:\\s+(?:په\\s+)?ورځ)?(?:\\s+د)?\\s*\\(?[\\s,،]*)?(?:د\\s+(1[34]\\d\\d)\\s+(?:(?:هجري|هجری)\\s+)?(?:(?:لمریز|شمسي|شمسی)\\s+)?کال\\s+)?(?:د\\s+(${PERSIAN_SOLAR_MONTHS})\\s+(?:د\\s+میاشتې\\s+)?(?:(?:په|پر)\\s+)?(\\d{1,2})(?:\\s*(?:مه|نېټه|نیټه))?|(${PERSIAN_SOLAR_MONTHS})\\s+(?:(?:په|پر)\\s+)?(\\d{1,2})\\s*(?:مه|نېټه|نیټه|(?=\\))))(?![\\p{L}\\p{N}])(?![\\s,،/]*(?:سال\\s*)?1[34]\\d\\d)`,
      'gu',
    ),
    build: (m) => {
      const month = solarMonthNumber(m[3] ?? m[5]!);
      const day = Number(m[4] ?? m[6]);
      if (!month) return null;
      if (m[2]) return solarComponents(Number(m[2]), month, day);
      const weekday = m[1] ? anyWeekdayNumber(m[1]) : null;
      return weekday !== null ? solarDayOnWeekday(month, day, weekday) : yearlessSolarDay(month, day);
    },
  },
  {
    name: 'solar-month',
    // 'در ماه حمل' (in the month of Hamal), 'اردیبهشت‌ماه', 'ماه حوت ۱۴۰۰': a whole Solar Hijri month, which spans
    // two Gregorian ones; only beside the word for month ('حمل' is also carrying, 'میزان' an amount, 'جدی' serious)
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}\u200c])(?:ماه\\s+(${PERSIAN_SOLAR_MONTHS})|(${PERSIAN_SOLAR_MONTHS})\u200c?\\s?ماه)(?![\\p{L}\u200c])(?:[\\s،,]*(?:سال\\s*)?(1[34]\\d\\d)(?!\\d))?`,
      'gu',
    ),
    build: (m) => {
      const month = solarMonthNumber((m[1] ?? m[2])!);
      return month ? solarMonthSpan(month, m[3] ? Number(m[3]) : null) : null;
    },
  },
  {
    name: 'weekday-bracketed-day-month',
    // Indonesian news: 'Rabu (1/12)', 'pada Senin (27/2)', 'Minggu (5/3)', 'Rabu (1/12/2021)': a weekday, then
    // its day and month (day first), and the year if written
    pattern: new RegExp(
      `(?<![\\p{L}])(${FOREIGN_WEEKDAY_PATTERN}|Minggu)\\s*\\((\\d{1,2})/(\\d{1,2})(?:/((?:19|20)\\d\\d))?\\)`,
      'gu',
    ),
    build: (m) => {
      const weekday = m[1] === 'Minggu' ? 0 : anyWeekdayNumber(m[1]!);
      const [day, month] = [Number(m[2]), Number(m[3])];
      if (weekday === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
      return { kind: 'date', ...(m[4] ? { year: Number(m[4]) } : {}), month, day, weekday };
    },
  },
  {
    name: 'weekday-bracketed-day',
    // Brazilian and Spanish news: 'na quinta-feira (17)', 'el jueves (17)': a weekday, then its day of the month
    pattern: new RegExp(`(?<![\\p{L}])(${FOREIGN_WEEKDAY_PATTERN}|${WEEKDAY_PATTERN})\\s*\\((\\d{1,2})\\)`, 'giu'),
    build: (m) => {
      const weekday = anyWeekdayNumber(m[1]!);
      const day = Number(m[2]);
      return weekday === null || day < 1 || day > 31 ? null : { kind: 'day-of-month', day, weekday };
    },
  },
  {
    name: 'foreign-weekday',
    // 'روز یکشنبه' (on Sunday), 'am Sonntag', 'Freitagmittag', 'dimanche': a weekday alone, not one that opens a Solar
    // Hijri day and month; '(الجمعة 19)' is a weekday with its day of the month
    pattern: new RegExp(
      `${WEEKDAY_START}(${FOREIGN_WEEKDAY_PATTERN})(?:${alternation(WEEKDAY_TIME_SUFFIXES)})?(?![\\p{L}\u200c])(?!${DAY_AFTER_WEEKDAY})(?!\\s+(?:${alternation(FOREIGN_WEEKDAY_TAILS)})(?![\\p{L}]))(${NEXT_WEEK_TAIL})?`,
      'gu',
    ),
    build: (m) => {
      const weekday = anyWeekdayNumber(m[1]!);
      if (weekday === null) return null;
      const after = m.input.slice(m.index + m[0].length);
      const before = m.input.slice(0, m.index);
      const gone = GONE_AFTER.test(after) || GONE_BEFORE.test(before);
      const coming = !gone && (COMING_AFTER.test(after) || COMING_BEFORE.test(before));
      const nextWeek = !gone && m[2] !== undefined;
      return {
        kind: 'weekday',
        weekday,
        ...(gone ? { gone } : {}),
        ...(coming ? { coming } : {}),
        ...(nextWeek ? { nextWeek } : {}),
      };
    },
  },
  {
    name: 'indonesian-sunday',
    // '…, kata seorang pejabat di Kabul, Minggu.', 'pada Minggu': 'Minggu' is Sunday when capitalised inside a
    // sentence ('minggu lalu', and 'Minggu lalu' opening one, are 'last week')
    pattern: /(?<=[\p{L}\p{N},]\s+)Minggu(?![\p{L}])(?!\s*\()/gu,
    build: () => ({ kind: 'weekday', weekday: 0 }),
  },
  {
    name: 'day-before-yesterday',
    // 'the day before yesterday', 'önceki gün', 'позавчера', 'أول أمس' (before the finders of 'yesterday', which
    // would read its last word)
    // ('bir önceki gün' is 'the day before' something else)
    pattern: new RegExp(`(?<![\\p{L}])(?<!bir\\s)(?:${alternation(DAY_BEFORE_YESTERDAY)})(?![\\p{L}])`, 'giu'),
    build: () => ({ kind: 'ago', amount: 2, unit: 'day' }),
  },
  {
    name: 'foreign-weekend',
    // 'am Wochenende', 'le week-end dernier', 'el fin de semana', 'nel fine settimana', 'no fim de semana',
    // 'в минувшие выходные', 'у вихідні', 'w ostatni weekend', 'hafta sonu', 'akhir pekan': the latest weekend before
    // the day of writing (found before the relative days: 'akhir pekan kemarin' is last weekend, not yesterday)
    pattern: new RegExp(
      `(?<![\\p{L}])(?:(?:am|übers|am vergangenen|am letzten)\\s+Wochenende|(?:le|du|au cours du)\\s+week-end(?:\\s+dernier)?|(?:el|del|el pasado|del pasado|el último|del último|durante el)\\s+fin\\s+de\\s+semana(?:\\s+pasado)?|(?:nel|lo scorso|nello scorso|durante il)\\s+fine\\s+settimana(?:\\s+scorso)?|(?:no|no último|durante o)\\s+fim\\s+de\\s+semana(?:\\s+passado)?|в\\s+(?:минувшие\\s+|прошедшие\\s+)?выходные|hafta\\s+sonu(?:nda)?|akhir\\s+pekan(?:\\s+(?:lalu|kemarin))?(?!\\s+(?:ini|depan))|afgelopen\\s+week(?:end|einde)|(?:in\\s+)?het\\s+weekeinde|(?:w\\s+)?(?:ostatni|ubiegły|zeszły|miniony)\\s+weekend|w\\s+weekend|[ув]\\s+(?:минулі\\s+)?вихідні)(?![\\p{L}])`,
      'giu',
    ),
    build: () => ({ kind: 'weekend' }),
  },
  {
    name: 'foreign-relative-day',
    // 'امروز' (today), 'دیروز' / 'روز گذشته' (yesterday), 'شب گذشته' (last night), 'فردا' (tomorrow), 'gestern', 'ieri'
    pattern: new RegExp(
      `(?<![\\p{L}\u200c])(${alternation(Object.keys(FOREIGN_RELATIVE_DAYS))})(?![\\p{L}\u200c])`,
      'gu',
    ),
    build: (m) => {
      if (insideFalseFriend(m.input, m.index)) return null;
      const back = FOREIGN_RELATIVE_DAYS[m[1]!];
      return { kind: back === 0 ? 'today' : back === 1 ? 'yesterday' : 'tomorrow' };
    },
  },
  {
    name: 'foreign-part-of-last-month',
    // 'a finales del mes pasado', 'à la fin du mois dernier', 'Ende letzten Monats': late last month
    pattern: new RegExp(
      `(?<![\\p{L}])(${alternation(Object.keys(FOREIGN_MONTH_PARTS))})\\s+(?:${alternation(FOREIGN_LAST_MONTH)})(?![\\p{L}])`,
      'giu',
    ),
    build: (m) => ({ kind: 'part-of-month', part: FOREIGN_MONTH_PARTS[m[1]!.toLowerCase()]!, monthOffset: -1 }),
  },
  {
    name: 'foreign-part-of-month',
    // 'a finales de enero', 'fin janvier 2022', 'mi-janvier', 'Ende Januar', 'no final de janeiro': part of a named month
    pattern: new RegExp(
      `(?<![\\p{L}])(${alternation(Object.keys(FOREIGN_NAMED_MONTH_PARTS))})\\s*(${FOREIGN_MONTH_PATTERN})(?![\\p{L}])(?:\\s+(?:de\\s+|del\\s+)?((?:19|20)\\d\\d)(?!\\d))?`,
      'giu',
    ),
    build: (m) => {
      const month = anyMonthNumber(m[2]!);
      const part = FOREIGN_NAMED_MONTH_PARTS[m[1]!.toLowerCase()];
      return month && part ? { kind: 'part-of-month', part, month, ...(m[3] ? { year: Number(m[3]) } : {}) } : null;
    },
  },
  {
    name: 'month-of-last-year-other-language',
    // 'ad agosto dell'anno scorso', 'en agosto del año pasado', 'en décembre de l'année dernière', 'im Dezember
    // letzten Jahres', 'em dezembro do ano passado', 'в декабре прошлого года', 'April tahun lalu', '5 марта прошлого года',
    // 'Agosti mwaka jana'
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(\\d{1,2})\\.?\\s+(?:de\\s+)?)?(${FOREIGN_MONTH_PATTERN}|${MONTH_PATTERN})\\s+(?:tahun\\s+lalu|del\\s+año\\s+pasado|dell['’]anno\\s+scorso|de\\s+l['’]année\\s+dernière|(?:letzten|vergangenen)\\s+Jahres|do\\s+ano\\s+passado|прошлого\\s+года|mwaka\\s+jana)(?![\\p{L}])`,
      'giu',
    ),
    build: (m) => {
      // ('5 марта прошлого года', '5 de agosto del año pasado': the day, too)
      const [day, month] = [m[1] ? Number(m[1]) : undefined, anyMonthNumber(m[2]!)];
      if (!month || (day !== undefined && (day < 1 || day > 31))) return null;
      return { kind: 'date', month, ...(day !== undefined ? { day } : {}), yearOffset: -1 };
    },
  },
  {
    name: 'foreign-relative-period',
    // 'ماه گذشته' (last month), 'العام الماضي' (last year), 'в прошлом месяце'; not 'در ۲۰ سال گذشته' (in the past
    // 20 years) nor 'تا پایان سال جاری' (by the end of this year), a deadline
    pattern: new RegExp(
      `(?<!(?:\\p{N}|(?<![\\p{L}\u200c])(?:${alternation(PERIOD_COUNT_WORDS)}))\\s?)(?<!(?:${alternation(FOREIGN_DEADLINE_OPENERS)})\\s)(?<![\\p{L}\u200c])(${alternation(withArabicLetters(Object.keys(FOREIGN_RELATIVE_PERIODS)))})(?![\\p{L}\\p{M}\u200c])`,
      'giu',
    ),
    build: (m) => {
      // 'akhir pekan lalu' is last weekend, not last week.
      if (/^pekan\s/i.test(m[1]!) && /(?<![\p{L}])akhir\s+$/iu.test(m.input.slice(0, m.index))) return null;
      const found = FOREIGN_RELATIVE_PERIODS[m[1]!.toLowerCase()] ?? FOREIGN_RELATIVE_PERIODS[persianSpelling(m[1]!)];
      return found ? { kind: found[0], unit: found[1] } : null;
    },
  },
  {
    name: 'arabic-ago',
    // 'قبل يومين' (two days ago), 'منذ ثلاثة أيام', 'قبل أسبوع'; not 'قبل يومين من' (two days before something),
    // nor 'منذ عام 2021' (since the year 2021), nor a plural without its count ('منذ أيام', for days)
    pattern: new RegExp(
      `(?<![\\p{L}])(?:${alternation(ARABIC_AGO_OPENERS)})\\s+(?:(${alternation(Object.keys(ARABIC_COUNT_WORDS))}|[\\d٠-٩]{1,2})\\s+)?(${alternation(Object.keys(ARABIC_AGO_UNITS))})(?![\\p{L}])(?![\\s,،]*(?:من|على|[\\d٠-٩]))`,
      'gu',
    ),
    build: (m) => {
      const [own, unit] = ARABIC_AGO_UNITS[m[2]!]!;
      const amount = m[1] ? (ARABIC_COUNT_WORDS[m[1]] ?? Number(toLatinDigits(m[1]))) : own;
      // A count before a dual or singular ('ثلاثة أسبوع') is no Arabic; a plural needs its count.
      if ((m[1] && own !== null) || !amount) return null;
      return { kind: 'ago', amount, unit };
    },
  },
  {
    name: 'foreign-ago',
    // 'vor einer Woche', 'il y a deux jours', 'due giorni fa', 'iki gün önce', 'два дня назад', 'دو روز پیش' (not
    // 'دو روز پیش از', two days before)
    pattern: new RegExp(
      `(?<![\\p{L}\u200c])(?:(?:${alternation(FOREIGN_AGO_OPENERS)})\\s+(${FOREIGN_COUNT}|[\\d۰-۹٠-٩]{1,2})\\s+(${FOREIGN_UNIT})|(${FOREIGN_COUNT}|[\\d۰-۹٠-٩]{1,2})\\s+(${FOREIGN_UNIT})\\s+(?:${alternation(FOREIGN_AGO_CLOSERS)})(?!\\s+از(?![\\p{L}])))(?![\\p{L}\u200c])`,
      'giu',
    ),
    build: (m) => {
      const count = (m[1] ?? m[3])!.toLowerCase();
      const amount = FOREIGN_COUNT_WORDS[count] ?? Number(toLatinDigits(count));
      const unit = FOREIGN_AGO_UNITS[(m[2] ?? m[4])!.toLowerCase()];
      return unit && amount > 0 ? { kind: 'ago', amount, unit } : null;
    },
  },
  {
    name: 'cjk-ago',
    // '数日前' (a few days ago), '几天前', '两周前', '3일 전', '며칠 전', '2年前': Chinese, Japanese and Korean put the
    // amount and its unit before 'ago'
    pattern: new RegExp(
      `(?<![\\p{N}${Object.keys(CJK_COUNT_WORDS).join('')}])(?:(${alternation(Object.keys(CJK_COUNT_WORDS))}|\\d{1,2})\\s*(${alternation(Object.keys(CJK_AGO_UNITS))})|(며칠))\\s*(?:前|전(?:에)?(?![\\p{L}\\p{N}]))`,
      'gu',
    ),
    build: (m) => {
      if (m[3]) return { kind: 'ago', amount: 3, unit: 'day' };
      const amount = CJK_COUNT_WORDS[m[1]!] ?? Number(m[1]);
      const unit = CJK_AGO_UNITS[m[2]!];
      return unit && amount > 0 ? { kind: 'ago', amount, unit } : null;
    },
  },
  {
    name: 'nowruz',
    // Nowruz 1403: the Iranian new year, 1 Farvardin of that Solar Hijri year
    pattern: /(?<![\w])(?:Nowruz|Norooz|Nowrouz|Norouz|Nauroz|Navruz)\s+(1[34]\d\d)(?!\d)/giu,
    build: (m) => solarComponents(Number(m[1]), 1, 1),
  },
  {
    name: 'solar-month-name-first',
    // Dalw 21, 1402
    pattern: new RegExp(`(?<![\\w])(${SOLAR_MONTHS})\\s+(\\d{1,2}),?\\s+(1[34]\\d\\d)(?!\\d)`, 'giu'),
    build: (m) => {
      const month = solarMonthNumber(m[1]!);
      return month ? solarComponents(Number(m[3]), month, Number(m[2])) : null;
    },
  },
  {
    name: 'solar-year-first',
    // '۱۴۰۱ اسفند ۱۲, جمعه': year, month name, day (a stamp of Deutsche Welle's Persian and Pashto pages)
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(1[34]\\d\\d)\\s+(${PERSIAN_SOLAR_MONTHS})\\s+(\\d{1,2})(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    build: (m) => {
      const month = solarMonthNumber(m[2]!);
      return month ? solarComponents(Number(m[1]), month, Number(m[3])) : null;
    },
  },
  {
    name: 'cjk-year-month-day',
    // '2023年05月28日', '2023년 5월 28일': a Chinese, Japanese or Korean date, year first; the day may be left off
    pattern: /(?<!\d)((?:19|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월](?:\s*(\d{1,2})\s*[日일])?/gu,
    build: (m) => {
      const [year, month] = [Number(m[1]), Number(m[2])];
      if (month < 1 || month > 12) return null;
      if (m[3] === undefined) return { kind: 'date', year, month };
      const day = Number(m[3]);
      return day >= 1 && day <= lastDayOfMonth(year, month) ? { kind: 'date', year, month, day } : null;
    },
  },
  {
    name: 'vietnamese-day-month',
    // 'ngày 27 tháng 5 năm 2023', '27 tháng 5', 'tháng 5 năm 2023': the day, 'tháng' (month) and its number, the year
    // after 'năm'
    pattern:
      /(?<![\p{L}\d])(?:ngày\s+)?(?:(\d{1,2})\s+)?tháng\s+(\d{1,2})(?!\d)(?:\s*(?:năm\s+|,\s*|\/\s*)((?:19|20)\d\d)(?!\d))?/giu,
    build: (m) => {
      const month = Number(m[2]);
      if (month < 1 || month > 12) return null;
      const year = m[3] === undefined ? undefined : Number(m[3]);
      if (m[1] === undefined) return year === undefined ? null : { kind: 'date', year, month };
      const day = Number(m[1]);
      if (day < 1 || day > lastDayOfMonth(year ?? LEAP_YEAR, month)) return null;
      return { kind: 'date', ...(year !== undefined ? { year } : {}), month, day };
    },
  },
  {
    name: 'cjk-month-comma-year',
    // '12月 02, 2021 16:12': a site's stamp in the English order, its month written the Japanese way
    pattern: /(?<!\d)(\d{1,2})\s*月\s+(\d{1,2}),\s*((?:19|20)\d\d)(?!\d)/gu,
    build: (m) => {
      const [month, day, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return null;
      return { kind: 'date', year, month, day };
    },
  },
  {
    name: 'cjk-month-day',
    // '5月27日', '5월 27일', '8月', '去年8月' (last August), '작년 8월': a Chinese, Japanese or Korean day and month,
    // or month, without a year, or with one counted from now
    pattern: new RegExp(
      `(?:(${alternation(Object.keys(CJK_YEAR_BEFORE_MONTH))})\\s*)?(?<!\\d\\s*[年년]\\s*)(?<!\\d)(\\d{1,2})\\s*[月월](?:\\s*(\\d{1,2})\\s*[日号일])?`,
      'gu',
    ),
    build: (m) => {
      const [month, day] = [Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
      if (month < 1 || month > 12) return null;
      if (day !== undefined && (day < 1 || day > lastDayOfMonth(LEAP_YEAR, month))) return null;
      const yearOffset = m[1] === undefined ? undefined : CJK_YEAR_BEFORE_MONTH[m[1]];
      return {
        kind: 'date',
        month,
        ...(day !== undefined ? { day } : {}),
        ...(yearOffset !== undefined ? { yearOffset } : {}),
      };
    },
  },
  {
    name: 'ordinal-day-of-month',
    // 'reported on the 23rd that …', 'stopped exports on the 6th, saying …' (as Korean and Japanese wires write in
    // English): a day, its month left out; not 'the 3rd section', 'the 12th of Rabiʽ al-Awwal'
    pattern:
      /\b(?:on|since|until|from|by) the ([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?=\s*(?:[,.;:)[\]]|$)|\s+(?:that|and|but|when|after|before|saying|as|in|at|to|with|amid|from|for|by)\b)/g,
    build: (m) => ({ kind: 'day-of-month', day: Number(m[1]) }),
  },
  {
    name: 'cjk-day-of-month',
    // '据法新社19日报道' (AFP reported on the 19th), '本月18日' (the 18th of this month), '9일': a day, its month left
    // out; not '9일간' (for nine days)
    // '8日土曜', '8日(周六)': with its weekday, which tells its month
    pattern:
      /(?:本月|本月份|今月|이달)?(?<!\d\s*[月월]\s*)(?<![\d.])(\d{1,2})\s*[日号일](?![間间간内後后\d])(?:\s*[（(]?\s*(?:(?:周|星期|礼拜|禮拜)([日天一二三四五六])|([日月火水木金土])曜日?|([일월화수목금토])요일)\s*[)）]?)?/gu,
    build: (m) => {
      const day = Number(m[1]);
      const sign = m[2] ?? m[3] ?? m[4];
      const weekday = sign === undefined ? undefined : CJK_WEEKDAY_SIGNS[sign];
      if (day < 1 || day > 31) return null;
      return { kind: 'day-of-month', day, ...(weekday !== undefined ? { weekday } : {}) };
    },
  },
  {
    name: 'cjk-weekday',
    // '周四', '星期六', '上周六' (last Saturday), '木曜日', '土曜', '목요일', '지난 일요일'
    pattern: new RegExp(
      `(${alternation(CJK_LAST_WEEKDAY)})?\\s*(?:(?:周|星期|礼拜|禮拜)([日天一二三四五六])|([日月火水木金土])曜日?|([일월화수목금토])요일)`,
      'gu',
    ),
    build: (m) => {
      const weekday = CJK_WEEKDAY_SIGNS[(m[2] ?? m[3] ?? m[4])!];
      if (weekday === undefined) return null;
      return { kind: 'weekday', weekday, ...(m[1] ? { gone: true } : {}) };
    },
  },
  {
    name: 'cjk-relative-day',
    // '昨天' (yesterday), '今日' (today), '어제' (yesterday), '오늘' (today)
    pattern: new RegExp(`(${alternation(Object.keys(CJK_RELATIVE_DAYS))})`, 'gu'),
    build: (m) => {
      const back = CJK_RELATIVE_DAYS[m[1]!];
      return { kind: back === 0 ? 'today' : back === 1 ? 'yesterday' : 'tomorrow' };
    },
  },
  {
    name: 'cjk-relative-period',
    // '上周' (last week), '先月' (last month), '작년' (last year)
    pattern: new RegExp(`(${alternation(Object.keys(CJK_RELATIVE_PERIODS))})(?![日天一二三四五六末말])`, 'gu'),
    build: (m) => {
      const [kind, unit] = CJK_RELATIVE_PERIODS[m[1]!]!;
      return { kind, unit };
    },
  },
  {
    name: 'day-slash-month-name-slash-year',
    // '31/يوليو/2022', 'mardi 12/avril/2022', '20/November/2023': a stamp's month written out between slashes
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}/])(\\d{1,2})\\/(${MONTH_PATTERN}|${FOREIGN_MONTH_PATTERN})\\/((?:19|20)\\d\\d)(?![\\d/])`,
      'giu',
    ),
    build: (m) => {
      const [day, month, year] = [Number(m[1]), anyMonthNumber(m[2]!), Number(m[3])];
      return month && day >= 1 && day <= lastDayOfMonth(year, month) ? { kind: 'date', year, month, day } : null;
    },
  },
  {
    name: 'day-range-other-language',
    // '30-31 марта', '30 y 31 de marzo', 'vom 30. bis 31. März 2022', '۳۰ تا ۳۱ مارس': two days of one month
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}.])(\\d{1,2})\\.?(?:\\s*[-–—]\\s*|\\s+(?:${DAY_RANGE_JOINER_PATTERN})\\s*)(\\d{1,2})(?:\\.|-го|er)?(?:\\s+|-)(?:de\\s+)?(${FOREIGN_MONTH_PATTERN})(?![\\p{L}])(?:(?:\\s+de)?(?:\\s*[,،])?\\s+(?:(?:${YEAR_WORD_PATTERN})\\s+)?((?:19|20)\\d\\d)(?!\\d))?`,
      'giu',
    ),
    build: (m) => {
      const month = anyMonthNumber(m[3]!);
      return month ? dayRangeOf(month, Number(m[1]), Number(m[2]), m[4]) : null;
    },
  },
  {
    name: 'day-month-other-language',
    // '23 августа', '18-июн', '31 июля 2022', '12. März 2022', '15 mars 2023', '12 de abril de 2022', '۲۳ دسامبر',
    // 'پانزدهم آگوست', and the German '12. Apr' of a Reuters dateline; an English month only after a dotted day
    // (chrono reads the rest) ('روز شنبه(۱۷ اگست)': a Persian weekday before it fixes the year, the one of the
    // window it fits; '5 آب/أغسطس 2021': the Levantine and the Egyptian name of the month together; '09 جولائی ، 2021':
    // an Arabic comma before the year; '9 yanvarda', '9 јанварда', 'Ocak'ta': a Turkic month with its locative ending;
    // '২২শে ডিসেম্বর': a Bengali day with its ordinal ending; '۱۶سپتمبر', '31مارچ': a day written against its month)
    pattern: new RegExp(
      `(?:${WEEKDAY_START}(${FOREIGN_WEEKDAY_PATTERN}|${WEEKDAY_PATTERN})[\\s,،]*\\(?\\s*)?(?<![\\p{L}\\p{N}.\u200c])(\\d{1,2}|${PERSIAN_ORDINAL_DAY_PATTERN})(?:\\.\\s*(${MONTH_PATTERN}|${FOREIGN_MONTH_PATTERN})|(?:-?го|er|শে|ই|লা|রা|ঠা)?(?:\\s+|-|${GLUED_ARABIC_SCRIPT_MONTH})(?:de\\s+)?(${FOREIGN_MONTH_PATTERN})(?:(?:\\s*[/ـ]\\s*|\\s+)(?:${FOREIGN_MONTH_PATTERN}))?(?:['’]?(?:da|də|de|ta|te|да|дә|де|та))?|\\s+de\\s+(${ENGLISH_MONTH_ABBREVIATION_PATTERN})(?=\\.))(?![\\p{L}])\\.?(?:(?:\\s+de)?(?:\\s*[,،])?\\s+(?:(?:${YEAR_WORD_PATTERN})\\s+)?((?:19|20)\\d\\d)(?!\\d))?\\)?`,
      'giu',
    ),
    build: (m) => {
      const month = anyMonthNumber((m[3] ?? m[4] ?? m[5])!);
      // 'پانزدهم آگوست' (the fifteenth of August): a Persian ordinal day before a Gregorian month; not before 'می'
      // or 'مه' (May), which are also a verb's prefix and 'fog' ('بار دوم می‌گوید')
      if (!/^\d+$/.test(m[2]!) && /^(?:می|مه|مي)$/.test((m[3] ?? m[4] ?? m[5])!)) return null;
      const day = solarDayNumber(m[2]!);
      const weekday = m[1] ? anyWeekdayNumber(m[1]) : null;
      let year = m[6] ? Number(m[6]) : undefined;
      if (!month || day < 1 || day > lastDayOfMonth(year ?? 2024, month)) return null;
      if (year === undefined && weekday !== null) {
        const fits = yearsOfWindow().filter(
          (y) => day <= lastDayOfMonth(y, month) && weekdayOf(isoOf(y, month, day)) === weekday,
        );
        if (fits.length === 1) year = fits[0];
      }
      const date =
        year === undefined ? { kind: 'date' as const, month, day } : { kind: 'date' as const, year, month, day };
      return weekday === null ? date : { ...date, weekday };
    },
  },
  {
    name: 'genitive-month-day',
    // Azerbaijani puts the month first, in the genitive, and the day with its ending: 'mayın 18-i', 'iyulun 31-də'
    // (in lower case: 'Martin 5' is a name)
    pattern: new RegExp(
      `(?<![\\p{L}])(${MONTH_PATTERN}|${FOREIGN_MONTH_PATTERN})(?:ın|in|un|ün)\\s+(\\d{1,2})-?(?:[iıuü]|d[əa]|d[əa]n|d[əa]k)?(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    build: (m) => {
      const month = anyMonthNumber(m[1]!);
      const day = Number(m[2]);
      return month && day >= 1 && day <= lastDayOfMonth(2024, month) ? { kind: 'date', month, day } : null;
    },
  },
  {
    name: 'month-word-other-language',
    // 'در ماه اپریل' (in the month of April), 'ماہ مارچ', 'شهر مايو': a month named as one, without its year
    pattern: new RegExp(
      `(?<![\\p{L}\u200c])(?:ماه|ماہ|شهر)\\s+(${FOREIGN_MONTH_PATTERN})(?![\\p{L}\u200c])(?![\\s,،]*(?:سال\\s*)?\\p{N})`,
      'gu',
    ),
    build: (m) => {
      const month = anyMonthNumber(m[1]!);
      return month ? { kind: 'date', month } : null;
    },
  },
  {
    name: 'month-day-year-other-language',
    // 'Июнь 24, 2022 12:20' (Pars Today's stamp in Russian): the month named first, as English writes it
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(${FOREIGN_MONTH_PATTERN})\\s+(\\d{1,2}),\\s*((?:19|20)\\d\\d)(?!\\d)`,
      'giu',
    ),
    build: (m) => {
      const month = anyMonthNumber(m[1]!);
      return month ? { kind: 'date', year: Number(m[3]), month, day: Number(m[2]) } : null;
    },
  },
  {
    name: 'month-day-arabic-script',
    // 'جنورۍ ۲۳' (Pashto), 'جنوری 23' (Urdu): a Gregorian month in Arabic script named before its day, as
    // the Afghan and Pakistani pages write it; so do South Indian ones ('అక్టోబర్ 17:', 'ഒക്ടോബർ 12ന്'); a year
    // after the day is the day's, a colon and digits after it a clock time
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(${FOREIGN_MONTH_PATTERN})\\s+(\\d{1,2})(?:\\s*(?:مه|مې|ام))?(?![\\p{N}/.]|:\\d)(?:\\s*[,،]?\\s*((?:19|20)\\d\\d)(?!\\d))?`,
      'giu',
    ),
    build: (m) => {
      const month = anyMonthNumber(m[1]!);
      const day = Number(m[2]);
      if (!month || !MONTH_FIRST_SCRIPT.test(m[1]!) || day < 1 || day > lastDayOfMonth(2024, month)) return null;
      return m[3] ? { kind: 'date', year: Number(m[3]), month, day } : { kind: 'date', month, day };
    },
  },
  {
    name: 'year-month-day-other-language',
    // '2021. szeptember 1-jén', '2023. május 27.': Hungarian writes the year first, with a point, then month and day
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])((?:19|20)\\d\\d)\\.\\s+(${FOREIGN_MONTH_PATTERN})\\s+(\\d{1,2})(?![\\p{N}])`,
      'giu',
    ),
    build: (m) => {
      const [year, month, day] = [Number(m[1]), anyMonthNumber(m[2]!), Number(m[3])];
      return month && day >= 1 && day <= lastDayOfMonth(year, month) ? { kind: 'date', year, month, day } : null;
    },
  },
  {
    name: 'month-year-other-language',
    // 'с мая 2020 года', 'im März 2022', 'en août 2021', 'nel dicembre 2022', 'اکتبر سال ۲۰۲۱'
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(${FOREIGN_MONTH_PATTERN})(?:\\s+de)?\\s+(?:(?:${YEAR_WORD_PATTERN})\\s+)?((?:19|20)\\d\\d)(?!\\d)`,
      'giu',
    ),
    build: (m) => {
      const month = anyMonthNumber(m[1]!);
      return month ? { kind: 'date', year: Number(m[2]), month } : null;
    },
  },
  {
    name: 'dotted-numeric',
    // 14.02.2024, 'РИА Новости 08.09.21': dotted numeric stamps are day-first, the year in two digits or four
    pattern: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d|\d\d)(?!\d|\.\d)/g,
    build: (m) => {
      const [day, month] = [Number(m[1]), Number(m[2])];
      const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month)
        ? { kind: 'date', year, month, day }
        : null;
    },
  },
  {
    name: 'ordinal-day-comma-month',
    // '8th, February 2024': a site's stamp with a comma after the ordinal day, which chrono does not join
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(\\d{1,2})(?:st|nd|rd|th),\\s*${MONTH},?\\s+((?:19|20)\\d\\d)(?!\\d)`,
      'giu',
    ),
    build: (m) => {
      const [day, month, year] = [Number(m[1]), monthNumber(m[2]!), Number(m[3])];
      return month && day >= 1 && day <= lastDayOfMonth(year, month) ? { kind: 'date', year, month, day } : null;
    },
  },
  {
    name: 'day-of-relative-year',
    // July 14 of this year, 3 March last year
    pattern: new RegExp(
      `\\b(?:${MONTH}\\s+(\\d{1,2})|(\\d{1,2})\\s+${MONTH})(?:st|nd|rd|th)?,?\\s+(?:of\\s+)?(last|this|next|previous)\\s+year\\b`,
      'gi',
    ),
    build: (m) => {
      const month = monthNumber(m[1] ?? m[4]!);
      const day = Number(m[2] ?? m[3]);
      return month && day >= 1 && day <= 31
        ? { kind: 'date', month, day, yearOffset: OFFSET[m[5]!.toLowerCase()]! }
        : null;
    },
  },
  {
    name: 'month-of-relative-year',
    // December last year, mid-March this year, May of this year
    pattern: new RegExp(
      `\\b(?:${PART}[\\s-]+)?(?:in\\s+)?${MONTH}\\s+(?:of\\s+)?(last|this|next|previous)\\s+year\\b`,
      'gi',
    ),
    build: (m) => {
      const month = monthNumber(m[2]!);
      const yearOffset = OFFSET[m[3]!.toLowerCase()]!;
      if (!month) return null;
      return m[1]
        ? { kind: 'part-of-month', part: partOf(m[1]), month, yearOffset }
        : { kind: 'date', month, yearOffset };
    },
  },
  {
    name: 'last-named-month',
    // 'last August': the latest August before this month (a year back when written in August)
    pattern: new RegExp(`\\blast\\s+${MONTH}\\b(?![\\s,.]*\\d)`, 'gi'),
    build: (m) => {
      const month = monthNumber(m[1]!);
      return month ? { kind: 'date', month } : null;
    },
  },
  {
    name: 'last-month-other-language',
    // 'el pasado diciembre', 'diciembre pasado', 'lo scorso dicembre', 'en décembre dernier', 'im vergangenen
    // Dezember', 'em agosto passado', 'يونيو/حزيران الماضي', 'ژوئن گذشته': the latest such month before the day of writing
    pattern: new RegExp(
      `(?<![\\p{L}])(?:(?:el\\s+pasado|lo\\s+scorso|im\\s+vergangenen|im\\s+letzten|no\\s+passado\\s+mês\\s+de)\\s+(${FOREIGN_MONTH_PATTERN})|(${FOREIGN_MONTH_PATTERN})(?:\\s*\\/\\s*(?:${FOREIGN_MONTH_PATTERN}))?\\s+(?:pasado|scorso|dernier|passado|الماضي|المنصرم|گذشته))(?![\\p{L}])(?![\\s,.]*\\d)`,
      'giu',
    ),
    build: (m) => {
      const month = anyMonthNumber((m[1] ?? m[2])!);
      return month ? { kind: 'date', month } : null;
    },
  },
  {
    name: 'month-after-preposition-other-language',
    // 'en août', 'ad agosto', 'a maggio', 'em agosto', 'в августе', 'nel mese di giugno': a month with no day or
    // year, after the preposition that names a time
    pattern: new RegExp(
      `(?<![\\p{L}])(?:en|ad|a|em|в|nel\\s+mese\\s+di|au\\s+mois\\s+d['’]|au\\s+mois\\s+de|en\\s+el\\s+mes\\s+de|no\\s+mês\\s+de)\\s*(${FOREIGN_MONTH_PATTERN})(?![\\p{L}])(?![\\s,.]*(?:de\\s+)?\\d)`,
      'giu',
    ),
    build: (m) => {
      // In lower case, as these languages write their months: 'a Maggio' is a name.
      const month = /^\p{Lu}/u.test(m[1]!) ? null : anyMonthNumber(m[1]!);
      return month ? { kind: 'date', month } : null;
    },
  },
  {
    name: 'time-of-day-of-date',
    // the evening of January 3, the night of 12 March 2022
    pattern: new RegExp(
      `\\b(?:on\\s+)?(?:the\\s+)?(?:morning|afternoon|evening|night)\\s+of\\s+(?:${MONTH}\\s+(\\d{1,2})|(\\d{1,2})\\s+${MONTH})(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?\\b`,
      'gi',
    ),
    build: (m) => {
      const month = monthNumber(m[1] ?? m[4]!);
      const day = Number(m[2] ?? m[3]);
      return month && day >= 1 && day <= 31
        ? { kind: 'date', month, day, ...(m[5] ? { year: Number(m[5]) } : {}) }
        : null;
    },
  },
  {
    name: 'two-days-of-month',
    // February 5 and 6[, 2024]
    pattern: new RegExp(
      `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+and\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?\\b`,
      'gi',
    ),
    build: (m) => dayRange(m[1]!, m[2]!, m[3]!, m[4]),
  },
  {
    name: 'season-of-year',
    // the summer of 2023, in autumn 2022, spring 2024 (winter spans two years and is left out)
    pattern: new RegExp(`\\b(${Object.keys(SEASONS).join('|')})(?:\\s+of)?\\s+${YEAR}\\b`, 'gi'),
    build: (m) => ({ kind: 'part-of-year', year: Number(m[2]), months: SEASONS[m[1]!.toLowerCase()]! }),
  },
  {
    name: 'relative-season',
    // last summer, this spring, next autumn
    pattern: new RegExp(`\\b(last|this|next|this past)\\s+(${Object.keys(SEASONS).join('|')})\\b`, 'gi'),
    build: (m) => ({
      kind: 'part-of-year',
      months: SEASONS[m[2]!.toLowerCase()]!,
      season: m[1]!.toLowerCase() === 'this past' ? 'last' : (m[1]!.toLowerCase() as 'last'),
    }),
  },
  {
    name: 'half-of-year',
    // the first half of 2023
    pattern: new RegExp(`\\b(?:the\\s+)?(first|second)\\s+half\\s+of\\s+${YEAR}\\b`, 'gi'),
    build: (m) => ({
      kind: 'part-of-year',
      year: Number(m[2]),
      months: m[1]!.toLowerCase() === 'first' ? [1, 6] : [7, 12],
    }),
  },
  {
    name: 'weekend',
    // over the weekend, last weekend, at the weekend, this weekend ('took Kabul this weekend', written on a Wednesday)
    pattern: /\b(?:over|during|at|on) the weekend\b|\b(?:last|this past|past|this) weekend\b/gi,
    build: () => ({ kind: 'weekend' }),
  },
  {
    name: 'cjk-weekend',
    // '上周末', '先週末', '지난 주말': last weekend in Chinese, Japanese and Korean
    pattern: /上个?周末|上週末|先週末|週末に|지난\s*주말|주말(?:에|사이)/gu,
    build: () => ({ kind: 'weekend' }),
  },
  {
    name: 'earlier-in-period',
    // earlier in the week / month / year
    pattern: /\bearlier in the (week|month|year)\b/gi,
    build: (m) => ({ kind: 'this', unit: m[1]!.toLowerCase() as RelativeUnit, earlierIn: true }),
  },
  {
    name: 'past-span',
    // in the past ten days, over the last week, during the past two months: the span up to publication
    pattern: new RegExp(
      `\\b(?:in|over|during|within|for)\\s+the\\s+(?:past|last|previous)\\s+(?:(${NUMBER_PATTERN}|\\d{1,2})\\s+)?(day|days|week|weeks|month|months)\\b(?!\\s+of\\b)`,
      'gi',
    ),
    build: (m) => {
      const amount = m[1] ? countOf(m[1]) : 1;
      return amount ? { kind: 'past-span', amount, unit: m[2]!.toLowerCase().replace(/s$/, '') as RelativeUnit } : null;
    },
  },
  {
    name: 'week-of-month',
    // the first week of January [2024], the last week of March
    pattern: new RegExp(
      `\\b(?:the\\s+)?(${Object.keys(WEEK_ORDINALS).join('|')})\\s+week\\s+of\\s+${MONTH}(?:,?\\s+${YEAR})?\\b`,
      'gi',
    ),
    build: (m) => {
      const month = monthNumber(m[2]!);
      const week = WEEK_ORDINALS[m[1]!.toLowerCase()];
      return month ? { kind: 'week-of-month', week, month, ...(m[3] ? { year: Number(m[3]) } : {}) } : null;
    },
  },
  {
    name: 'cross-month-range',
    // '(March 21-Aug. 22)', 'Dec. 22 to Jan. 20, 2023': chrono reads '21-Aug. 22' alone as 21 August 2022
    pattern: new RegExp(
      `\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|—|to|until)\\s*${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+${YEAR})?`,
      'gi',
    ),
    build: (m) => {
      const [month, endMonth] = [monthNumber(m[1]!), monthNumber(m[3]!)];
      const [day, endDay] = [Number(m[2]), Number(m[4])];
      if (!month || !endMonth || month === endMonth || day < 1 || day > 31 || endDay < 1 || endDay > 31) return null;
      const endYear = m[5] ? Number(m[5]) : undefined;
      const year = endYear === undefined ? undefined : endMonth < month ? endYear - 1 : endYear;
      return { kind: 'date', month, day, endDay, endMonth, ...(year ? { year, endYear } : {}) };
    },
  },
  {
    name: 'day-range',
    // 27-28 May 2023, between 27 and 28 May, from 8 to 10 January 2022
    pattern: new RegExp(
      `\\b(?:between\\s+|from\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|—|and|to|until)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?\\b`,
      'gi',
    ),
    build: (m) => dayRange(m[3]!, m[1]!, m[2]!, m[4]),
  },
  {
    name: 'part-of-relative-month',
    // late last month, early this month, at the end of last month
    pattern: new RegExp(`\\b${PART}[\\s-]+(?:in\\s+)?(last|this|next)\\s+month\\b`, 'gi'),
    build: (m) => ({ kind: 'part-of-month', part: partOf(m[1]!), monthOffset: OFFSET[m[2]!.toLowerCase()]! }),
  },
  {
    name: 'part-of-month',
    // early/mid/late December [2021], early in December, the end of March, mid-January, the start of March
    pattern: new RegExp(`\\b${PART}[\\s-]+(?:in\\s+)?${MONTH}(?:,?\\s+${YEAR})?\\b`, 'gi'),
    build: (m) => {
      const month = monthNumber(m[2]!);
      if (!month) return null;
      return { kind: 'part-of-month', part: partOf(m[1]!), month, ...(m[3] ? { year: Number(m[3]) } : {}) };
    },
  },
  {
    name: 'part-of-year',
    // mid-2023, late 2001, early 2022, the end of 2021, the start of 2023
    pattern: new RegExp(`\\b${PART}[\\s-]+${YEAR}\\b(?!\\s*[-–/]?\\d)`, 'gi'),
    build: (m) => ({ kind: 'part-of-year', part: partOf(m[1]!), year: Number(m[2]) }),
  },
  {
    name: 'bare-year',
    // in 2023, during 2022, throughout 2021 (a bare year only after such words: ids and counts are not years)
    pattern:
      /\b(?:in|during|throughout)\s+((?:19|20)\d\d)\b(?![\s-]*(?:\d|%|px|x\d|people|troops|soldiers|refugees|families|tons|tonnes|km|kilomet))/gi,
    build: (m) => ({ kind: 'date', year: Number(m[1]) }),
  },
];

/** A Solar Hijri day and month with a weekday: the one year of the site's window where they fit, else none. */
function solarDayOnWeekday(
  month: number,
  day: number,
  weekday: number,
): Omit<DateMention, 'index' | 'text' | 'quoted'> | null {
  const fits = [1399, 1400, 1401, 1402, 1403, 1404]
    .map((jy) => solarComponents(jy, month, day))
    .filter((c): c is NonNullable<typeof c> => c !== null)
    .filter((c) => {
      const iso = isoOf(c.year!, c.month!, c.day!);
      return iso >= SITE_WINDOW.from && iso <= SITE_WINDOW.to && weekdayOf(iso) === weekday;
    });
  return fits.length === 1 ? { ...fits[0]!, weekday } : null;
}

/**
 * A Solar Hijri month, or the part of it from one day to another (0: to its end), as a span of Gregorian days;
 * without its year, in the usual year (1401) and yearless.
 */
function solarMonthSpan(
  month: number,
  year: number | null,
  fromDay = 1,
  toDay = 0,
): Omit<DateMention, 'index' | 'text' | 'quoted'> | null {
  const last = month <= 6 ? 31 : month <= 11 ? 30 : 29;
  const first = solarComponents(year ?? 1401, month, fromDay);
  const end = solarComponents(year ?? 1401, month, toDay || last);
  if (!first || !end) return null;
  const span = {
    kind: 'date' as const,
    month: first.month,
    day: first.day,
    endMonth: end.month,
    endDay: end.day,
    wholeMonth: true,
    ...(fromDay === 1 && !toDay ? {} : { monthPart: true }),
  };
  return year === null ? span : { ...span, year: first.year, endYear: end.year, solar: true };
}

/** A Solar Hijri day without a year: a year whose Nowruz falls on 21 March gives the usual day until it is known. */
function yearlessSolarDay(month: number, day: number): Omit<DateMention, 'index' | 'text' | 'quoted'> | null {
  const usual = solarComponents(1401, month, day);
  return usual
    ? { kind: 'date', month: usual.month, day: usual.day, solar: true, solarMonthDay: { month, day } }
    : null;
}

function solarComponents(jy: number, jm: number, jd: number): Omit<DateMention, 'index' | 'text' | 'quoted'> | null {
  const iso = solarToIso(jy, jm, jd);
  if (!iso) return null;
  return { kind: 'date', year: yearOf(iso), month: monthOf(iso), day: dayOf(iso), solar: true };
}

const parser = chrono.en.casual.clone();
// Letters of alphabets written with spaces (not CJK, which a date may touch directly).
const INSIDE_WORD = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{M}]/u;

/** The expression kinds chrono reports that we keep: anything else relative is a duration or relative to another event. */
function fromChrono(result: chrono.ParsedResult): Omit<DateMention, 'index' | 'text' | 'quoted'> | null {
  const text = result.text.trim();
  const tags = result.tags();
  const lower = text.toLowerCase();
  // 'Now …' opening a headline, 'currently': the moment of writing, not a date.
  if (tags.has('casualReference/now') || /^(now|right now|currently|at present)$/i.test(text)) return null;
  if (tags.has('casualReference/today') || /^(today|this morning|this afternoon|this evening|tonight)$/i.test(text)) {
    return { kind: 'today' };
  }
  if (tags.has('casualReference/yesterday') || /^(yesterday|last night)$/i.test(text)) return { kind: 'yesterday' };
  if (tags.has('casualReference/tomorrow') || /^tomorrow$/i.test(text)) return { kind: 'tomorrow' };

  // 'about a week ago', 'nearly two months ago': an 'ago' is approximate anyway.
  const ago = new RegExp(
    `^(?:about|around|roughly|nearly|almost|some|over|more than|less than)?\\s*(\\d+|${NUMBER_PATTERN}|a couple of|a few)\\s+(day|week|month|year)s?\\s+ago$`,
    'i',
  ).exec(lower);
  if (ago) {
    const amount = countOf(ago[1]!);
    return amount ? { kind: 'ago', amount, unit: ago[2] as RelativeUnit } : null;
  }
  const unit = /^(last|previous|this|next|past)\s+(week|month|year)$/i.exec(lower);
  if (unit) {
    const which = unit[1]!.toLowerCase();
    if (which === 'past') return null; // 'the past year' is a span, not a date
    const kind = which === 'previous' ? 'last' : (which as 'last' | 'this' | 'next');
    return { kind, unit: unit[2] as RelativeUnit };
  }
  if (tags.has('result/relativeDate')) return null; // 'after 20 years', 'a day earlier', 'years later'
  // 'the last day of the month', 'by the end of the month': of a month the text names elsewhere, or a deadline;
  // chrono counts it from its own reference day.
  if (tags.has('parser/ENEndOfCurrentMonthParser')) return null;

  const s = result.start;
  const known = (c: chrono.Component) => s.isCertain(c);
  // Gregorian years before 1900 are Solar Hijri numbers in a shape we do not read, or not dates at all.
  if (known('year') && s.get('year')! < 1900) return null;
  if (!known('year') && !known('month') && !known('day') && !known('weekday')) return null; // times of day, ids
  if (known('weekday') && !known('month') && !known('day')) {
    // 'sat down', 'wed', 'sun': a weekday is a capitalised word, or spelt out in full.
    if (
      !/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(text) ||
      !/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)|day\b/.test(text)
    )
      return null;
    const nextWeek = NEXT_WEEK_AFTER.test(text.slice(text.search(/day\b/i) + 3));
    return { kind: 'weekday', weekday: s.get('weekday')!, ...(nextWeek ? { nextWeek } : {}) };
  }
  if (!known('month')) return null;
  // 'Zendeh Jan district', 'Mohammad Abdullah Jan': an abbreviated month alone is a name, not a date.
  if (
    !known('day') &&
    !known('year') &&
    /^(?:in\s+)?(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[.,]?$/i.test(text)
  )
    return null;
  const mention: Omit<DateMention, 'index' | 'text' | 'quoted'> = { kind: 'date', month: s.get('month')! };
  if (known('year')) mention.year = s.get('year')!;
  if (known('day')) mention.day = s.get('day')!;
  if (known('weekday')) mention.weekday = s.get('weekday')!;
  const e = result.end;
  if (e && e.isCertain('day')) {
    mention.endDay = e.get('day')!;
    mention.endMonth = e.get('month')!;
    if (e.isCertain('year')) {
      mention.endYear = e.get('year')!;
      mention.year ??= mention.endYear;
    }
  }
  return mention;
}

const CASUAL_HEAD = /^(?:today|this morning|this afternoon|this evening|tonight|yesterday|last night)\b[\s,(]*/i;
const TIME_OF_DAY_OF = /^(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+/i;

/**
 * chrono's results with their offsets. chrono reads 'this morning (Saturday, May 20)' and 'evening of Sunday,
 * October 13' as one expression with no known part: the casual word and the date are read apart.
 */
function chronoResults(text: string, offset = 0): Array<{ result: chrono.ParsedResult; start: number }> {
  const out: Array<{ result: chrono.ParsedResult; start: number }> = [];
  for (const result of parser.parse(text, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 })) {
    const timeOfDay = TIME_OF_DAY_OF.exec(result.text);
    if (timeOfDay && timeOfDay[0].length < result.text.length) {
      const restStart = offset + result.index + timeOfDay[0].length;
      out.push(...chronoResults(text.slice(restStart - offset, result.index + result.text.length), restStart));
      continue;
    }
    const head = CASUAL_HEAD.exec(result.text);
    if (head && head[0].length < result.text.length && offset === 0) {
      const casual = parser.parse(result.text.slice(0, head[0].length), {
        instant: new Date(Date.UTC(2000, 0, 1)),
        timezone: 0,
      })[0];
      if (casual) out.push({ result: casual, start: result.index + casual.index });
      const restStart = result.index + head[0].length;
      out.push(...chronoResults(text.slice(restStart, result.index + result.text.length), restStart));
      continue;
    }
    out.push({ result, start: offset + result.index });
  }
  return out;
}

/** Every dated expression in a sentence, in order, without overlaps. */
export function findDateMentions(
  sentence: string,
  quotes: ReadonlyArray<[number, number]> = quotedRanges(sentence),
): DateMention[] {
  // The stages read the same sentences again and again: remember the last answers (copies, so none is shared).
  const key = quotes.length === 0 ? sentence : `${sentence}\u0000${quotes.flat().join(',')}`;
  let mentions = MENTIONS.get(key);
  if (!mentions) {
    if (MENTIONS.size > 20_000) MENTIONS.clear();
    MENTIONS.set(key, (mentions = readDateMentions(sentence, quotes)));
  }
  return mentions.map((m) => ({ ...m }));
}

const MENTIONS = new Map<string, readonly DateMention[]>();

function readDateMentions(sentence: string, quotes: ReadonlyArray<[number, number]>): DateMention[] {
  const text = toLatinDigits(sentence);
  const found: DateMention[] = [];
  const taken = (a: number, b: number) => found.some((m) => a < m.index + m.text.length && m.index < b);

  for (const finder of FINDERS) {
    finder.pattern.lastIndex = 0;
    for (let m = finder.pattern.exec(text); m; m = finder.pattern.exec(text)) {
      // Years 1300–1499 are Solar Hijri, but only in a shape that says so.
      const built = finder.build(m);
      if (!built || taken(m.index, m.index + m[0].length)) continue;
      found.push({ ...built, text: sentence.slice(m.index, m.index + m[0].length), index: m.index, quoted: false });
    }
  }

  // 'France 24 22/09/2021': a number before a numeric date keeps chrono from reading the date; it is hidden.
  for (const { result, start } of chronoResults(
    text.replace(NUMBER_BEFORE_SLASHED_DATE, (m) => ' '.repeat(m.length)),
  )) {
    const end = start + result.text.length;
    if (taken(start, end)) continue;
    // 'Według' read as 'Wed': chrono's word edges are ASCII; a match inside a longer word is not a date. (A
    // number glued to a word, 'Báo Quốc Tế27/05/2023', is a stamp run into the outlet's name by the copy.)
    if (
      (INSIDE_WORD.test(text[start - 1] ?? '') && INSIDE_WORD.test(text[start]!)) ||
      (INSIDE_WORD.test(text[end] ?? '') && INSIDE_WORD.test(text[end - 1]!))
    )
      continue;
    const built = fromChrono(result);
    if (!built) continue;
    // 'Resolution 2593', 'No. 12', '#2021': numbers that only look like dates.
    if (/(?:\b(?:resolution|no\.|number|id|code)|#)\s*$/i.test(text.slice(Math.max(0, start - 12), start))) continue;
    // 'open 24/7': round the clock, not the 24th of July.
    if (/^24\/7$/.test(result.text)) continue;
    found.push({ ...built, text: sentence.slice(start, end), index: start, quoted: false });
  }

  found.sort((a, b) => a.index - b.index);
  let mentions = found;
  for (const refiner of REFINERS) mentions = refiner.refine(mentions, { sentence, text, quotes });
  return mentions;
}

interface RefinerContext {
  sentence: string;
  /** The sentence with Latin digits, offsets as in `sentence`. */
  text: string;
  quotes: ReadonlyArray<[number, number]>;
}

/** 'هفته گذشته': a week of the calendars that start it on Saturday. */
const SATURDAY_WEEK = new RegExp(alternation(SATURDAY_WEEK_WORDS), 'u');

/** A number just before a numeric date ('France 24 22/09/2021'), which chrono reads as part of it. */
const NUMBER_BEFORE_SLASHED_DATE = /(?<![\d/.])\d{1,3} (?=\d{1,2}\/\d{1,2}\/(?:19|20)\d\d(?!\d))/g;

/** A named refiner: reads the mentions found in a sentence together (chrono's refiners, in one order). */
interface Refiner {
  name: string;
  refine(mentions: DateMention[], context: RefinerContext): DateMention[];
}

export const REFINERS: readonly Refiner[] = [
  {
    name: 'day-first-outside-english',
    // 'lansir Tolo News (8/7/2024)': outside English, numbers are written day first (chrono reads them month first).
    refine: (mentions, { text }) => (writtenInEnglish(text) ? mentions : mentions.map(readDayFirst)),
  },
  {
    name: 'weekday-with-date',
    // 'Monday (February 10)', 'Monday, February 10': one expression, with a weekday to check.
    refine: (mentions, { text }) => joinWeekdayWithDate(mentions, text),
  },
  {
    name: 'weekday-in-period',
    // 'Sunday night, late July', 'on Sunday in early March': the weekday falls inside the period named with it.
    refine: (mentions, { text }) => joinWeekdayWithPeriod(mentions, text),
  },
  {
    name: 'date-of-now',
    // 'Yesterday on May 27th, 2023', 'this morning (Saturday, May 20)', 'News Today August 28', 'Today is May 11',
    // 'از فردا دوشنبه ۲۸ تیر' (from tomorrow, Monday 28 Tir): the text says how far the written date lies before the
    // day of writing.
    refine: (mentions, { sentence, text }) => markDateOfNow(mentions, sentence, text),
  },
  {
    name: 'today-with-weekday',
    // 'was held today Tuesday', 'امروز شنبه', 'أمس الجمعة' (yesterday, Friday): the weekday says which day 'today'
    // or 'yesterday' was, when a copy runs a day late.
    refine: (mentions, { sentence, text }) => {
      const out: DateMention[] = [];
      for (let i = 0; i < mentions.length; i++) {
        const [a, b] = [mentions[i]!, mentions[i + 1]];
        const between = b ? text.slice(a.index + a.text.length, b.index) : '';
        if ((a.kind === 'today' || a.kind === 'yesterday') && b?.kind === 'weekday' && /^[\s,،(]*$/.test(between)) {
          out.push({
            ...b,
            index: a.index,
            text: sentence.slice(a.index, b.index + b.text.length),
            daysBeforeNow: a.kind === 'today' ? 0 : 1,
          });
          i++;
        } else out.push(a);
      }
      return out;
    },
  },
  {
    name: 'friday-prayer-leader',
    // 'Friday Prayers Imam of Tabriz', 'Tehran's Friday prayer leader', 'امام جمعه تبریز': a title, not a day ('during
    // Friday prayers' is one).
    refine: (mentions, { text }) =>
      mentions.filter(
        (m) =>
          !(
            m.kind === 'weekday' &&
            m.weekday === 5 &&
            (FRIDAY_PRAYER_TITLE_AFTER.test(text.slice(m.index + m.text.length)) ||
              FRIDAY_PRAYER_TITLE_BEFORE.test(text.slice(0, m.index)))
          ),
      ),
  },
  {
    name: 'nine-eleven',
    // 'two days before the 9/11 attacks', 'since 9/11': the name of the attacks of 11 September 2001, not a
    // yearless day.
    // The French write it '11-Septembre', with a hyphen and a capital ('les attentats du 11-Septembre').
    refine: (mentions) =>
      mentions.map((m) =>
        (m.text === '9/11' || /^11[-‑]Septembre[\s,;:.]*$/u.test(m.text)) && m.year == null ? { ...m, year: 2001 } : m,
      ),
  },
  {
    name: 'trailing-punctuation',
    refine: (mentions) => mentions.map((m) => ({ ...m, text: m.text.replace(/[\s,;:.]+$/, '') })),
  },
  {
    name: 'day-of-relative-year',
    // 'هفتم شهریور ماه سال جاری', '5 de marzo de este año', 'पिछले साल 15 अगस्त': the year counted from publication.
    refine: (mentions, { text }) => withRelativeYearBefore(withRelativeYearAfter(mentions, text), text),
  },
  {
    name: 'shared-year',
    // 'in September and October 2021', 'between March and May 2023': the year written once is both months'.
    refine: (mentions, { text }) => mentions.map((a, i) => withYearOfNext(a, mentions[i + 1], text)),
  },
  {
    name: 'quoted',
    // Inside quotation marks: rhetorical 'today' and the like are not events.
    refine: (mentions, { quotes }) => mentions.map((m) => ({ ...m, quoted: inRanges(m.index, quotes) })),
  },
  {
    name: 'earlier-in',
    // 'earlier in January', 'earlier this week': the publication lies in the same period. chrono reads 'earlier
    // this week' as 'this week'; the expression as written keeps 'earlier'.
    refine: (mentions, { sentence, text }) =>
      mentions.map((m) => {
        const before = text.slice(Math.max(0, m.index - 16), m.index).toLowerCase();
        const earlier = m.kind === 'this' ? /earlier\s+$/i.exec(before) : null;
        if (earlier) {
          const index = m.index - earlier[0].length;
          return {
            ...m,
            earlierIn: true,
            index,
            text: sentence.slice(index, index + earlier[0].length + m.text.length),
          };
        }
        return /earlier (in|this)\s*$/.test(before) || /^earlier this/i.test(m.text) ? { ...m, earlierIn: true } : m;
      }),
  },
];

function markDateOfNow(mentions: DateMention[], sentence: string, text: string): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1];
    if (
      (a.kind === 'today' || a.kind === 'yesterday' || a.kind === 'tomorrow') &&
      b &&
      b.kind === 'date' &&
      b.month !== undefined &&
      b.day !== undefined
    ) {
      const gap = text.slice(a.index + a.text.length, b.index);
      // (the date may stand in brackets or, for emphasis, in quotation marks: 'امروز «دوشنبه، ۲۴ عقرب»')
      if (/^\s*(?:,|\(|on|is|[—–-])?\s*[«“]?$/i.test(gap)) {
        const close = text.slice(b.index + b.text.length).match(/^\s*[)»”]/)?.[0] ?? '';
        const end = b.index + b.text.length + close.length;
        out.push({
          ...b,
          daysBeforeNow: a.kind === 'today' ? 0 : a.kind === 'yesterday' ? 1 : -1,
          index: a.index,
          text: sentence.slice(a.index, end),
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

const JOINS_TWO_DATES = new RegExp(`^\\s*(?:${alternation(RANGE_JOINERS)}|[-–—])\\s*$`, 'iu');

/** A yearless month before 'and'/'to' and a month with its year: the year is the later month's (or the one before). */
function withYearOfNext(a: DateMention, b: DateMention | undefined, text: string): DateMention {
  if (a.kind !== 'date' || a.year !== undefined || a.yearOffset !== undefined || a.month === undefined) return a;
  if (b?.kind !== 'date' || (b.year === undefined && b.yearOffset === undefined) || b.month === undefined) return a;
  if (!JOINS_TWO_DATES.test(text.slice(a.index + a.text.length, b.index))) return a;
  // ('from 8 Mordad to 7 Shahrivar of this year': the year counted from publication, too)
  if (b.year === undefined) return { ...a, yearOffset: b.yearOffset! - (a.month <= b.month ? 0 : 1) };
  return { ...a, year: a.month <= b.month ? b.year : b.year - 1 };
}

/** 'هفتم شهریور ماه سال جاری', '5 de marzo de este año': a day of a year counted from publication. */
function withRelativeYearAfter(mentions: DateMention[], text: string): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const yearless = a.kind === 'date' && a.month !== undefined && a.year === undefined && a.yearOffset === undefined;
    const after = yearless ? RELATIVE_YEAR_AFTER.exec(text.slice(a.index + a.text.length)) : null;
    if (!after) {
      out.push(a);
      continue;
    }
    const end = a.index + a.text.length + after[0].length;
    out.push({ ...a, yearOffset: YEAR_AFTER_DAY[after[1]!.toLowerCase()]!, text: text.slice(a.index, end) });
    // (the year's own mention, 'سال جاری', is part of the day's)
    while (mentions[i + 1] && mentions[i + 1]!.index < end) i++;
  }
  return out;
}

/** 'पिछले साल 15 अगस्त', 'گزشتہ سال 15 اگست' (last year, 15 August): a year counted from publication, said first. */
function withRelativeYearBefore(mentions: DateMention[], text: string): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1];
    const ofYear = (a.kind === 'last' || a.kind === 'this') && a.unit === 'year' && (a.amount ?? 1) === 1;
    const yearless = b?.kind === 'date' && b.month !== undefined && b.year === undefined && b.yearOffset === undefined;
    if (ofYear && yearless && /^\s+$/.test(text.slice(a.index + a.text.length, b.index))) {
      out.push({
        ...b,
        yearOffset: a.kind === 'last' ? -1 : 0,
        index: a.index,
        text: text.slice(a.index, b.index + b.text.length),
      });
      i++;
    } else out.push(a);
  }
  return out;
}

/** 'of this year', 'ماه سال جاری', 'من العام الجاري' right after a day. */
const RELATIVE_YEAR_AFTER = new RegExp(
  `^[\\s,]*(?:(?:of|de|del|di|du|d'|d’|ماه|من)\\s+)?(${alternation(Object.keys(YEAR_AFTER_DAY))})(?![\\p{L}])`,
  'iu',
);

/** 'Sunday night, late July': one expression, a period with the weekday in it. */
function joinWeekdayWithPeriod(mentions: DateMention[], text: string): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1];
    const period =
      b && (b.kind === 'part-of-month' || b.kind === 'date') && b.month !== undefined && b.day === undefined;
    if (a.kind === 'weekday' && period && b.weekday === undefined) {
      const gap = text.slice(a.index + a.text.length, b.index);
      if (/^\s*(?:night|morning|evening|afternoon)?\s*[,(]?\s*(?:in\s+)?(?:the\s+)?$/i.test(gap)) {
        out.push({ ...b, weekday: a.weekday!, index: a.index, text: text.slice(a.index, b.index + b.text.length) });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** 'Monday (February 10)' and 'Monday, February 10' are one expression with a weekday to check. */
function joinWeekdayWithDate(mentions: DateMention[], text: string): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1];
    if (a.kind === 'weekday' && b && b.kind === 'date' && b.day !== undefined && b.weekday === undefined) {
      const gap = text.slice(a.index + a.text.length, b.index);
      if (WEEKDAY_THEN_DATE_GAP.test(gap)) {
        const close = text.slice(b.index + b.text.length).match(/^\s*\)/)?.[0] ?? '';
        const textEnd = b.index + b.text.length + close.length;
        out.push({
          ...readByWeekday(b, a.weekday!),
          weekday: a.weekday!,
          index: a.index,
          text: text.slice(a.index, textEnd),
        });
        i++;
        continue;
      }
    }
    // 'پنج شنبه هفته گذشته (17 تیر)', 'Thursday last week (July 8)': the week named between them is the date's.
    const c = mentions[i + 2];
    if (
      a.kind === 'weekday' &&
      (b?.kind === 'last' || b?.kind === 'this') &&
      b.unit === 'week' &&
      c?.kind === 'date' &&
      c.day !== undefined &&
      c.weekday === undefined &&
      /^\s*$/.test(text.slice(a.index + a.text.length, b.index)) &&
      /^\s*[,(]?\s*$/.test(text.slice(b.index + b.text.length, c.index))
    ) {
      const close = text.slice(c.index + c.text.length).match(/^\s*\)/)?.[0] ?? '';
      out.push({
        ...readByWeekday(c, a.weekday!),
        weekday: a.weekday!,
        index: a.index,
        text: text.slice(a.index, c.index + c.text.length + close.length),
      });
      i += 2;
      continue;
    }
    // The weekday after the date, as Urdu and Persian write it: '31 دسمبر بروز جمعہ' (31 December, on Friday), and
    // English's 'on January 2, Sunday,' (not 'since August 15, on Monday, …', where the weekday is another day).
    if (
      a.kind === 'date' &&
      a.day !== undefined &&
      a.weekday === undefined &&
      b?.kind === 'weekday' &&
      (ARABIC_SCRIPT.test(b.text) || /^\p{L}+,?$/u.test(b.text))
    ) {
      const gap = text.slice(a.index + a.text.length, b.index);
      if (DATE_THEN_WEEKDAY_GAP.test(gap)) {
        out.push({
          ...readByWeekday(a, b.weekday!),
          weekday: b.weekday!,
          text: text.slice(a.index, b.index + b.text.length),
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** Between a date and the weekday after it: a comma, a bracket, or the word for 'on the day' ('بروز', 'روز'). */
const DATE_THEN_WEEKDAY_GAP = /^\s*[,،(]?\s*(?:بروز|روز)?\s*$/u;
/** 'Monday, the 4th', 'Sunday (July 4)', Pashto 'د جمعې ورځ د (جون ۱۰)' (the day of Friday, of 10 June). */
const WEEKDAY_THEN_DATE_GAP = /^\s*[,(]?\s*(?:the\s+)?$|^\s*(?:په\s+)?ورځ[\s,،]*(?:د\s*)?\(?\s*$/u;

const FRIDAY_PRAYER_TITLE_AFTER = /^\s+prayers?\s+(?:leader|imam)\b/i;
const FRIDAY_PRAYER_TITLE_BEFORE = /(?:امام|خطیب)[\s\u200c]*$/u;

/** Words only an English sentence has: without them, a sentence is written in a language that puts the day first. */
const ENGLISH_WORD = /\b(?:the|and|of|was|were|has|have|said|says|with|from|that|which)\b/i;

/** Whether a sentence is written in English (else numeric dates in it are read day first). */
export function writtenInEnglish(text: string): boolean {
  return ENGLISH_WORD.test(text);
}

/** '8/7/2024', 'Minggu (9/1)' read day first: the 8th of July, the 9th of January. */
function readDayFirst(m: DateMention): DateMention {
  const numeric = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}))?$/.exec(toLatinDigits(m.text.trim()));
  if (!numeric || m.month === undefined || m.day === undefined || m.day > 12) return m;
  return Number(numeric[1]) === m.month ? { ...m, month: m.day, day: m.month } : m;
}

/**
 * 'Monday (10/1/2022)': a numeric date whose two first numbers could each be the month is read the way its weekday
 * fits (chrono reads it month-first; 10 January 2022 was a Monday, 1 October a Saturday).
 */
function readByWeekday(m: DateMention, weekday: number): DateMention {
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(toLatinDigits(m.text.trim()));
  if (!numeric || m.year === undefined || m.month === undefined || m.day === undefined) return m;
  if (weekdayOf(isoOf(m.year, m.month, m.day)) === weekday || m.day > 12) return m;
  const swapped = isoOf(m.year, m.day, m.month);
  return weekdayOf(swapped) === weekday ? { ...m, month: m.day, day: m.month } : m;
}

const FUTURE = new RegExp(
  `(?<![\\p{L}'’])(?:${alternation(withPageSpellings([...FUTURE_MARKERS, ...SCHEDULE_PRESENT]))}|` +
    `(?<!\\b(?:${alternation(NOUN_DETERMINERS)})\\s+)(?:${alternation(PLAN_VERBS)})|` +
    `(?:${alternation(FUTURE_STEMS)})\\p{L}*)(?![\\p{L}])`,
  'iu',
);

const PAST_PLANS = new RegExp(`(?<![\\p{L}'’])(?:${alternation(PAST_PLAN_MARKERS)})(?![\\p{L}])`, 'giu');

/**
 * True when the text speaks of a plan as it stood in the past ('was to meet', 'were due to leave'); not when the
 * plan belongs to a relative clause ('went to Tehran for talks which were to deal with …').
 */
export function isPastPlan(text: string): boolean {
  for (const m of text.matchAll(PAST_PLANS)) {
    const before = text.slice(0, m.index);
    // ('worries about how safe it was to trade': a quality, not a plan)
    if (/\bhow\s+\p{L}+\s+it\s+$/iu.test(before)) continue;
    if (!/\b(?:which|who)\b[^.;]{0,60}$/i.test(before)) return true;
  }
  return false;
}

const FUTURE_ALL = new RegExp(FUTURE.source, 'giu');
const PAST_VERB = new RegExp(
  `(?<![\\p{L}'’-])(?<!\\b(?:the|a|an|newly|recently|is|are|be|to|will|would|not)\\s+)` +
    `(?:${alternation(IRREGULAR_PAST_VERBS)}|(?!(?:${alternation(PLAN_PARTICIPLES)})\\b)\\p{Ll}{2,}ed)(?![\\p{L}'’-])`,
  'u',
);

/**
 * In a sentence about a plan, whether a past verb stands between the last plan word and this place: 'will send
 * relief after an earthquake hit the east on Wednesday', 'spoke by phone on Monday, and agreed that they will …'.
 */
export function pastVerbBefore(text: string, index: number): boolean {
  // A marker may run into the date ('being held on Wednesday').
  const last = [...text.matchAll(FUTURE_ALL)].filter((m) => m.index < index).at(-1);
  const from = last ? last.index + last[0].length : 0;
  return from < index && PAST_VERB.test(text.slice(from, index));
}

/** True when the sentence (outside quotations) speaks of what is still to come. */
export function isFutureTense(
  sentence: string,
  quotes: ReadonlyArray<[number, number]> = quotedRanges(sentence),
): boolean {
  return futureIndex(sentence, quotes) >= 0;
}

/** Where the first word that puts a sentence in the future stands ('… and intend to lengthen it'), or -1. */
export function futureIndex(
  sentence: string,
  quotes: ReadonlyArray<[number, number]> = quotedRanges(sentence),
): number {
  let outside = '';
  for (let i = 0; i < sentence.length; i++) outside += inRanges(i, quotes) ? ' ' : sentence[i];
  const found = [FUTURE.exec(outside)?.index, PROGRESSIVE_ON_WEEKDAY.exec(outside)?.index].filter(
    (i): i is number => i !== undefined,
  );
  return found.length > 0 ? Math.min(...found) : -1;
}

/** 'Iran is hosting a gathering … on Wednesday': a present progressive with a weekday is a plan of that day. */
const PROGRESSIVE_ON_WEEKDAY = new RegExp(
  `\\b(?:is|are)\\s+(?:${alternation(PROGRESSIVE_PLAN_VERBS)})\\b[^.,;:"“”]{0,80}?\\bon\\s+(?:${WEEKDAY_PATTERN})\\b`,
  'i',
);

function weekdayNote(iso: string, weekday: number, text: string): string | undefined {
  const actual = weekdayOf(iso);
  if (actual === weekday) return undefined;
  const [y, m, d] = [yearOf(iso), monthOf(iso), dayOf(iso)];
  return `article says ${WEEKDAY_NAMES[weekday]} ('${text}'); ${d} ${monthName(m)} ${y} was a ${WEEKDAY_NAMES[actual]}`;
}

/**
 * 'On Wednesday, November 1', written on 2 December 2021: 1 November was a Monday, 1 December a Wednesday. The
 * weekday and the day both fit the same day of the month before or after, in the two weeks before writing.
 */
function misprintedMonth(iso: string, weekday: number, ref: Reference): string | null {
  if (weekdayOf(iso) === weekday) return null;
  for (const step of [1, -1]) {
    const [y, mo] = addMonths(yearOf(iso), monthOf(iso), step);
    if (dayOf(iso) > lastDayOfMonth(y, mo)) continue;
    const other = isoOf(y, mo, dayOf(iso));
    if (weekdayOf(other) === weekday && other <= ref.date && other >= addDays(ref.date, -14)) return other;
  }
  return null;
}

/** A plan for a day this close before the reference is of that year: the stamp came after the writing. */
const PLAN_BEFORE_STAMP_DAYS = 7;

/** The year that puts month/day on the right side of the reference date. */
function yearFor(month: number, day: number, ref: Reference): number {
  const y = yearOf(ref.date);
  const candidate = isoOf(y, month, Math.min(day, lastDayOfMonth(y, month)));
  if (ref.future) return candidate < addDays(ref.date, -PLAN_BEFORE_STAMP_DAYS) ? y + 1 : y;
  return candidate > ref.date ? y - 1 : y;
}

/** A Solar Hijri day without its year: the latest on or before publication, or the next one for a plan. */
function solarDayFor(md: { month: number; day: number }, ref: Reference): string | null {
  const sy = isoToSolar(ref.date).year;
  const days = [sy - 1, sy, sy + 1].map((jy) => solarToIso(jy, md.month, md.day)).filter((d): d is string => !!d);
  return ref.future ? (days.find((d) => d >= ref.date) ?? null) : (days.filter((d) => d <= ref.date).pop() ?? null);
}

function partRange(year: number, month: number, part: Part): [string, string] {
  if (part === 'early') return [isoOf(year, month, 1), isoOf(year, month, 10)];
  if (part === 'mid') return [isoOf(year, month, 11), isoOf(year, month, 20)];
  return [isoOf(year, month, 21), monthEnd(year, month)];
}

function addMonths(year: number, month: number, delta: number): [number, number] {
  const index = year * 12 + (month - 1) + delta;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/**
 * Resolves a mention against the publication date. Returns null for expressions that do not name
 * a date of their own (rhetorical 'today' inside a quotation).
 */
export function resolveMention(m: DateMention, ref: Reference): ResolvedDate | null {
  const resolved = resolvePeriodOrDay(m, ref);
  return resolved && m.weekday !== undefined && m.day === undefined ? weekdayWithin(resolved, m.weekday) : resolved;
}

/** A period with a weekday in it ('Sunday, late July'): the one such day, else the days from the first to the last. */
function weekdayWithin(r: ResolvedDate, weekday: number): ResolvedDate {
  const days: string[] = [];
  for (let d = r.date; d <= r.end; d = addDays(d, 1)) if (weekdayOf(d) === weekday) days.push(d);
  if (days.length === 0) return r;
  const [first, last] = [days[0]!, days[days.length - 1]!];
  return { ...r, date: first, end: last, precision: first === last ? 'day' : r.precision };
}

function resolvePeriodOrDay(m: DateMention, ref: Reference): ResolvedDate | null {
  if (m.yearOffset !== undefined && m.year === undefined) {
    // 'December last year': the year is counted from publication, so the date is relative to it.
    const { yearOffset, solarMonthDay, ...rest } = m;
    // ('۷ شهریور سال جاری': of this Solar year, which may end in the next Gregorian one)
    const solar =
      solarMonthDay && solarToIso(isoToSolar(ref.date).year + yearOffset, solarMonthDay.month, solarMonthDay.day);
    const resolved = resolvePeriodOrDay(
      solar
        ? { ...rest, year: yearOf(solar), month: monthOf(solar), day: dayOf(solar) }
        : { ...rest, year: yearOf(ref.date) + yearOffset },
      ref,
    );
    return (
      resolved && { ...resolved, basis: 'relative-to-publication', confidence: Math.min(resolved.confidence, 0.8) }
    );
  }
  const explicitYear = m.year !== undefined;
  if (m.quoted && !(explicitYear && m.month !== undefined)) return null;
  const pub = ref.date;
  const base = { date_text: m.text.trim(), approximate: false } as const;
  const relative = (r: Omit<ResolvedDate, 'date_text' | 'basis'> & { approximate: boolean }): ResolvedDate => ({
    ...base,
    ...r,
    basis: 'relative-to-publication',
  });

  switch (m.kind) {
    case 'today':
      return relative({ date: pub, end: pub, precision: 'day', approximate: false, confidence: 0.85 });
    case 'yesterday': {
      const d = addDays(pub, -1);
      return relative({ date: d, end: d, precision: 'day', approximate: false, confidence: 0.85 });
    }
    case 'tomorrow': {
      const d = addDays(pub, 1);
      return relative({ date: d, end: d, precision: 'day', approximate: false, confidence: 0.7 });
    }
    case 'weekday': {
      const wd = m.weekday!;
      // 'last Thursday' on a Thursday is a week back; plain 'on Thursday' may be the day itself.
      const back = (weekdayOf(pub) - wd + 7) % 7 || (m.gone || LAST_BEFORE.test(m.text) ? 7 : 0);
      // Forward, the same weekday is the day itself: 'set to take place on Sunday', written on that Sunday; but
      // 'samedi prochain' written on a Saturday is a week ahead.
      const ahead = (wd - weekdayOf(pub) + 7) % 7 || (m.coming || m.nextWeek ? 7 : 0);
      let d = ref.future || m.coming || m.nextWeek ? addDays(pub, ahead) : addDays(pub, -back);
      // Of next week: not before the Monday after the day of writing (Saturday where the week starts then).
      const weekStart = ARABIC_SCRIPT.test(m.text) ? 6 : 1;
      if (m.nextWeek && d < addDays(pub, (weekStart - weekdayOf(pub) + 7) % 7 || 7)) d = addDays(d, 7);
      return relative({ date: d, end: d, precision: 'day', approximate: false, confidence: 0.8 });
    }
    case 'past-span': {
      // 'in the past ten days': from that long before publication up to it.
      const n = m.amount!;
      const days = m.unit === 'day' ? n : m.unit === 'week' ? 7 * n : 30 * n;
      const precision: Precision = days <= 14 ? 'week' : days <= 62 ? 'month' : 'year';
      return relative({ date: addDays(pub, -days), end: pub, precision, approximate: true, confidence: 0.55 });
    }
    case 'ago': {
      const n = m.amount!;
      if (m.unit === 'day') {
        const d = addDays(pub, -n);
        return relative({ date: d, end: d, precision: 'day', approximate: n > 2, confidence: 0.75 });
      }
      if (m.unit === 'week') {
        const centre = addDays(pub, -7 * n);
        return relative({
          date: addDays(centre, -3),
          end: minIso(addDays(centre, 3), pub),
          precision: 'week',
          approximate: true,
          confidence: 0.6,
        });
      }
      if (m.unit === 'month') {
        const [y, mo] = addMonths(yearOf(pub), monthOf(pub), -n);
        return relative({
          date: monthStart(y, mo),
          end: minIso(monthEnd(y, mo), pub),
          precision: 'month',
          approximate: true,
          confidence: 0.55,
        });
      }
      // 'a year ago': around the same time of that year, a couple of months either way.
      const [fy, fm] = addMonths(yearOf(pub) - n, monthOf(pub), -2);
      const [ty, tm] = addMonths(yearOf(pub) - n, monthOf(pub), 2);
      return relative({
        date: monthStart(fy, fm),
        end: monthEnd(ty, tm),
        precision: 'year',
        approximate: true,
        confidence: 0.5,
      });
    }
    case 'last':
    case 'this':
    case 'next': {
      const step = m.kind === 'last' ? -1 : m.kind === 'next' ? 1 : 0;
      // 'earlier this month' is past even in a sentence about a plan.
      const upToPub = m.kind === 'this' && (!ref.future || m.earlierIn === true);
      if (m.unit === 'week') {
        const start = addDays(SATURDAY_WEEK.test(m.text) ? saturdayWeekStart(pub) : weekStart(pub), 7 * step);
        const end = upToPub ? pub : addDays(start, 6);
        return relative({ date: start, end, precision: 'week', approximate: false, confidence: 0.7 });
      }
      if (m.unit === 'month') {
        const [y, mo] = addMonths(yearOf(pub), monthOf(pub), step);
        return relative({
          date: monthStart(y, mo),
          end: upToPub ? pub : monthEnd(y, mo),
          precision: 'month',
          approximate: false,
          confidence: 0.7,
        });
      }
      const y = yearOf(pub) + step;
      return relative({
        date: isoOf(y, 1, 1),
        end: upToPub ? pub : isoOf(y, 12, 31),
        precision: 'year',
        approximate: false,
        confidence: 0.7,
      });
    }
    case 'weekend': {
      // The latest Saturday–Sunday before the publication day; 'this weekend', written on one, that one.
      const thisOne = /^this weekend$/i.test(m.text.trim()) && (weekdayOf(pub) === 6 || weekdayOf(pub) === 0);
      const saturday = thisOne
        ? addDays(pub, weekdayOf(pub) === 6 ? 0 : -1)
        : addDays(pub, -((weekdayOf(pub) - 6 + 7) % 7 || 7));
      return relative({
        date: saturday,
        end: minIso(addDays(saturday, 1), pub),
        precision: 'week',
        approximate: true,
        confidence: 0.6,
      });
    }
    case 'week-of-month': {
      const y = m.year ?? yearFor(m.month!, m.week === -1 ? 22 : (m.week! - 1) * 7 + 1, ref);
      const last = lastDayOfMonth(y, m.month!);
      const first = m.week === -1 ? last - 6 : (m.week! - 1) * 7 + 1;
      const date = isoOf(y, m.month!, first);
      const end = isoOf(y, m.month!, m.week === -1 ? last : Math.min(first + 6, last));
      return {
        ...base,
        date,
        end,
        precision: 'week',
        approximate: false,
        basis: explicitYear ? 'explicit' : 'relative-to-publication',
        confidence: explicitYear ? 0.85 : 0.75,
      };
    }
    case 'part-of-year': {
      const [from, to] = m.months ?? (m.part === 'early' ? [1, 4] : m.part === 'mid' ? [5, 8] : [9, 12]);
      const py = yearOf(pub);
      const pm = monthOf(pub);
      // A season named from publication: the latest one already over ('last'), this year's, or the coming one.
      const y =
        m.year ??
        (m.season === 'last' ? (pm > to ? py : py - 1) : m.season === 'next' ? (pm < from ? py : py + 1) : py);
      const end = m.season === 'this' && !ref.future ? minIso(monthEnd(y, to), pub) : monthEnd(y, to);
      return {
        ...base,
        date: monthStart(y, from),
        end: maxIso(monthStart(y, from), end),
        precision: 'year',
        approximate: true,
        basis: explicitYear ? 'explicit' : 'relative-to-publication',
        confidence: explicitYear ? 0.7 : 0.6,
      };
    }
    case 'part-of-month': {
      if (m.monthOffset !== undefined) {
        const [y, mo] = addMonths(yearOf(pub), monthOf(pub), m.monthOffset);
        const [date, end] = partRange(y, mo, m.part!);
        return relative({
          date,
          end: m.monthOffset === 0 && !ref.future ? minIso(end, pub) : end,
          precision: 'part-of-month',
          approximate: false,
          confidence: 0.7,
        });
      }
      const y = m.year ?? yearFor(m.month!, m.part === 'early' ? 1 : m.part === 'mid' ? 11 : 21, ref);
      const [date, end] = partRange(y, m.month!, m.part!);
      return {
        ...base,
        date,
        end,
        precision: 'part-of-month',
        approximate: false,
        basis: explicitYear ? 'explicit' : 'relative-to-publication',
        confidence: explicitYear ? 0.85 : 0.75,
      };
    }
    case 'date':
      return resolveCalendarDate(m, ref);
    case 'day-of-month': {
      // The latest such day up to the day of writing (the next one, of a plan), in a month that has it.
      const step = ref.future ? 1 : -1;
      // '8日土曜': the month in which the 8th was a Saturday, if one of the three is; else the nearest.
      const days: string[] = [];
      for (let k = 0; k <= 2; k++) {
        const [y, mo] = addMonths(yearOf(pub), monthOf(pub), step * k);
        if (m.day! > lastDayOfMonth(y, mo)) continue;
        const d = isoOf(y, mo, m.day!);
        if (ref.future ? d >= pub : d <= pub) days.push(d);
      }
      const d = days.find((x) => m.weekday === undefined || weekdayOf(x) === m.weekday) ?? days[0];
      return d ? relative({ date: d, end: d, precision: 'day', approximate: false, confidence: 0.75 }) : null;
    }
  }
}

function resolveCalendarDate(m: DateMention, ref: Reference): ResolvedDate | null {
  const explicitYear = m.year !== undefined;
  const date_text = m.text.trim();
  if (m.month === undefined) {
    const y = m.year!;
    return {
      date: isoOf(y, 1, 1),
      end: isoOf(y, 12, 31),
      precision: 'year',
      approximate: false,
      date_text,
      basis: 'explicit',
      confidence: 0.8,
    };
  }
  const month = m.month;
  if (m.day === undefined) {
    // 'in August': the most recent past August, or the next one in a future-tense sentence; 'last August' written
    // in August is the one a year back.
    const lastYears = !explicitYear && /^last\s/i.test(date_text) && month === monthOf(ref.date) ? 1 : 0;
    const y = m.year ?? yearFor(month, 1, ref) - lastYears;
    const end =
      !explicitYear && !ref.future && y === yearOf(ref.date) && month === monthOf(ref.date)
        ? ref.date
        : monthEnd(y, month);
    return {
      date: monthStart(y, month),
      end: maxIso(monthStart(y, month), end),
      precision: 'month',
      approximate: false,
      date_text,
      basis: explicitYear ? 'explicit' : 'relative-to-publication',
      confidence: explicitYear ? 0.85 : 0.75,
    };
  }
  // Without a year, a leap year's month lengths: 29 February may yet be right.
  if (m.day > lastDayOfMonth(m.year ?? LEAP_YEAR, month)) return null;
  const y = m.year ?? yearFor(month, m.day, ref);
  const written = (!explicitYear && m.solarMonthDay && solarDayFor(m.solarMonthDay, ref)) || isoOf(y, month, m.day);
  const date =
    (!explicitYear && !ref.future && m.weekday !== undefined && misprintedMonth(written, m.weekday, ref)) || written;
  let end = date;
  if (m.endDay !== undefined) {
    const endMonth = m.endMonth ?? month;
    const endYear = m.endYear ?? (endMonth < month ? y + 1 : y);
    if (m.endDay <= lastDayOfMonth(endYear, endMonth)) end = maxIso(date, isoOf(endYear, endMonth, m.endDay));
  }
  if (m.wholeMonth) {
    // The month of writing, named without its year, runs up to the day of writing.
    const upTo = !explicitYear && !ref.future && date <= ref.date ? minIso(end, ref.date) : end;
    return {
      date,
      end: upTo,
      precision: m.monthPart ? 'part-of-month' : 'month',
      approximate: false,
      date_text,
      basis: explicitYear ? 'explicit' : 'relative-to-publication',
      confidence: explicitYear ? 0.85 : 0.75,
    };
  }
  const note =
    date !== written
      ? `read as ${date}: '${date_text}' names a weekday ${written} was not on, and the same day a month apart was`
      : m.weekday !== undefined
        ? weekdayNote(date, m.weekday, date_text)
        : undefined;
  const confidence = (explicitYear ? 0.95 : 0.85) - (note ? 0.2 : 0);
  return {
    date,
    end,
    precision: 'day',
    approximate: false,
    date_text,
    basis: explicitYear ? 'explicit' : 'relative-to-publication',
    confidence,
    ...(note ? { note } : {}),
  };
}
