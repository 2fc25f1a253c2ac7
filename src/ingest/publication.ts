// Publication date: the day a story was published, which every relative date in it is counted from.
// Named finders each propose candidates (front matter, the page's own stamp, stamp lines, a wire dateline,
// the address); a chooser weighs them against each other and against what the text itself reports; without
// any candidate the date is inferred from the text and from knowledge (anchors, office-holders' terms, the
// article number in the address).
import {
  addDays,
  addMonths,
  dayOf,
  daysFrom,
  isoOf,
  lastDayOfMonth,
  maxIso,
  minIso,
  monthOf,
  weekdayOf,
  WEEKDAY_NAMES,
  yearOf,
} from '../lib/days';
import { monthName } from '../lib/format';
import { isIsoDay } from '../lib/event-schema';
import { solarToIso, toLatinDigits } from '../lib/solar-hijri';
import { CJK_SCRIPT, withArabicClitics } from '../lib/scripts';
import {
  findDateMentions,
  futureIndex,
  isFutureTense,
  isPastPlan,
  pastVerbBefore,
  resolveMention,
  writtenInEnglish,
  type DateMention,
} from './dates';
import {
  matchAnchors,
  matchOffices,
  type Anchor,
  type ArticleNumbering,
  type Office,
  type TypeRule,
} from './knowledge';
import { SPEECH_VERB, backgroundSpans, classify } from './clauses';
import { sameStoryOnDay, sameStoryReport, type ReportIndex, type SameStory } from './reports';
import { blank, outsideQuotes } from './sentences';
import type { CleanArticle, Publication, Sentence } from './types';
import {
  AHEAD_MARKERS,
  MONTHS,
  MONTH_PATTERN,
  FOREIGN_MONTH_PATTERN,
  FOREIGN_MERIDIEM_WORDS,
  NUMBER_PATTERN,
  ORDINAL_WORDS,
  ANNIVERSARY_WORDS,
  FOREIGN_WEEKDAY_PATTERN,
  LAST_BEFORE,
  NEXT_BEFORE,
  NAVIGATION_LABELS,
  FOREIGN_RELATIVE_DAYS,
  DEADLINE_BEFORE,
  DEADLINE_BEFORE_END,
  OPENS_WITH_END,
  DEADLINE_EXPLAINED,
  PLANNED_FOR_BEFORE,
  SPECULATION_MARKERS,
  DENIAL_MARKERS,
  ISSUE_LABELS,
  SPELLED_NUMBER_WORDS,
  TALIBAN_IN_POWER,
  DOCUMENT_NOUNS,
  STAMP_LABELS,
  CLOCK_WORDS,
  UPDATE_LABELS,
  TODAY_LABELS,
  LUNAR_HIJRI_MONTHS,
  VAGUE_AMOUNTS,
  BACKGROUND_CUE_WORDS,
  WEEKDAY_PATTERN,
  WIRE_AGENCIES,
  alternation,
  anyMonthNumber,
  anyWeekdayNumber,
  countOf,
  escapeRegExp,
  monthNumber,
  weekdayNumber,
  BYLINE_OPENERS,
  TODAY_IS,
} from './words';

export interface PublicationOptions {
  anchors: readonly Anchor[];
  offices?: readonly Office[];
  /** The headline: it may name what a sentence leaves out ('the embassy' of 'the Afghan embassy in Tehran'). */
  title?: string | null;
  /** The corpus window; dates far outside it are not publication dates unless the text states the year. */
  window: { from: string; to: string };
  /** Sites whose article numbers date a page. */
  numbering?: readonly ArticleNumbering[];
  /** Kinds of happening, to tell which of a month's known happenings a lead reports. */
  typeRules?: readonly TypeRule[];
  /** The page's month and year are known (its address, its stamp): no known happening need give the year. */
  yearKnown?: boolean;
  /** Reports whose day is known: a page with no date that tells the same story was written that day. */
  reports?: ReportIndex;
}

/** Years around the window a story may plausibly be published in. */
const PLAUSIBLE_YEARS_BEFORE = 0;
const PLAUSIBLE_YEARS_AFTER = 1;
const VAGUE_AMOUNT = new RegExp(`(?<![\\p{L}])(?:${alternation(VAGUE_AMOUNTS)})(?![\\p{L}])`, 'iu');
/** 'after', 'since' earlier in the clause (no comma or full stop between): what follows is background. */
// ('منذ أن بسطت طالبان سيطرتها على البلاد، في آب/أغسطس الماضي': 'since … took over the country, in August')
const YEAR_AS_BACKGROUND = new RegExp(
  `(?<![\\p{L}])(?:${alternation(BACKGROUND_CUE_WORDS)})\\s[^,.;،:]*(?:[,،]\\s*(?:in|en|em|im|в|في|در)\\s+)?$`,
  'iu',
);
/** A year of this century standing alone ('a 2016 strike'), not part of a longer number. */
const BARE_YEAR = new RegExp(
  String.raw`(?<![\d,.$€£/-])\b(20[0-3]\d)\b(?![\d,.%/-])(?!\s+(?:[\w-]+\s+){0,2}(?:${alternation(DOCUMENT_NOUNS)})s?\b)`,
  'g',
);

function plausibleRange(window: { from: string; to: string }): [string, string] {
  return [
    isoOf(yearOf(window.from) - PLAUSIBLE_YEARS_BEFORE, 1, 1),
    isoOf(yearOf(window.to) + PLAUSIBLE_YEARS_AFTER, 12, 31),
  ];
}

function fullDate(m: Pick<DateMention, 'year' | 'month' | 'day'>): string | null {
  if (m.year === undefined || m.month === undefined || m.day === undefined) return null;
  if (m.day > lastDayOfMonth(m.year, m.month)) return null;
  return isoOf(m.year, m.month, m.day);
}

/** 'On 6 and 7 March': the story reports the range, so it was written on or after its last day. */
function lastDayOf<T extends Pick<DateMention, 'year' | 'month' | 'day' | 'endDay' | 'endMonth' | 'endYear'>>(m: T): T {
  if (m.endDay === undefined) return m;
  return { ...m, day: m.endDay, month: m.endMonth ?? m.month, year: m.endYear ?? m.year };
}

// ---------------------------------------------------------------------------------------------------------
// Stamps and datelines

const LEAD_STAMP =
  /^\s*\p{Lu}[\p{L}\s.'’-]{1,40}(?:\s*\[[^\]]{1,30}\])?,\s*[\p{L}\p{Nd}\s,./]{3,40}?(?:\s*\([^)]{1,40}\))?\s*(?::|\s[–—-]{1,2}|[–—_]|(?<=\))\.[–—-]|(?<=\d\s*\([\p{Lu}\p{L} .&]{2,30}\))(?=\s+\p{Lu}))\s*/u;
/**
 * 'MOSCOW (UrduPoint News / Sputnik - 01st December, 2021)', 'ISLAMABAD, (… - 19th Oct, 2021 ) :', and with no city
 * ('(پاکستان پوائنٹ نیوز / سبوتنيك - 09 كانون الثاني 2022ء)'): the date inside the agency's brackets.
 */
const LEAD_STAMP_BRACKETED = /^\s*(?:\p{Lu}[\p{Lu}\s.'’-]{1,30},?\s*)?\([^()]{1,60}\)\s*(?:[:–—-]{1,2}\s*)?/u;
/** 'КАБУЛ, 5 октября. /ТАСС/.': TASS's dateline, the agency between slashes (a wire's, of the day it reports). */
const LEAD_STAMP_SLASHED_AGENCY =
  /^\s*\p{Lu}[\p{Lu}\s.'’-]{1,30},\s*\d{1,2}\s+\p{L}{3,10}\.?\s*\/[\p{L}\s-]{2,20}\/\.?\s*/u;
/**
 * 'नई दिल्ली, 17 अक्टूबर (भाषा)': an Indian wire's dateline in a script without capitals (the agency in brackets,
 * no dash after it), taken only when it holds a day and month.
 */
const LEAD_STAMP_CASELESS =
  /^\s*\p{Lo}[\p{L}\p{M}\s.'’-]{1,40},\s*[\p{L}\p{M}\p{Nd}\s,./]{3,30}?\s*\([^()]{1,40}\)\s*(?:[:–—-]{1,2}\s*)?/u;
/** 'حرية – (13/8/2021)': an outlet's or a city's name, a dash, and the day in brackets. */
const LEAD_STAMP_DASHED = /^\s*\p{L}[\p{L}\s.'’-]{0,30}?\s[–—-]\s*\(\s*\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d\s*\)\s*/u;

/** Length of a wire dateline opening the lead ('KABUL, May 28, 2023 (Pajhwok):'), or 0. Its date is the story's, not an event's. */
export function leadStampLength(lead: string): number {
  const plain = LEAD_STAMP.exec(lead)?.[0].length ?? 0;
  if (plain > 0) return plain;
  const agency = LEAD_STAMP_SLASHED_AGENCY.exec(lead)?.[0].length ?? 0;
  if (agency > 0) return agency;
  const dashed = LEAD_STAMP_DASHED.exec(toLatinDigits(lead))?.[0].length ?? 0;
  if (dashed > 0) return dashed;
  const caseless = LEAD_STAMP_CASELESS.exec(lead);
  if (caseless && findDateMentions(caseless[0], []).some((m) => m.month !== undefined && m.day !== undefined))
    return caseless[0].length;
  const bracketed = LEAD_STAMP_BRACKETED.exec(lead);
  // Only when the brackets hold a date: 'DUBAI (AP):' is an agency tag, kept to the text.
  if (bracketed && findDateMentions(bracketed[0], []).some((m) => m.month !== undefined)) return bracketed[0].length;
  return openingDateLength(lead);
}

// (the weekday may be run into the lead's first word)
const OPENING_WEEKDAY = new RegExp(`^[\\s,،]*(?:${WEEKDAY_PATTERN}|${FOREIGN_WEEKDAY_PATTERN})\\s*[:–—|-]?\\s*`, 'iu');
/**
 * '۱۴۰۰ تیر ۱۸, جمعهطالبان …', '9 July 2021 – The Taliban …': a full date the copy ran into the lead, set off by its
 * weekday or a dash ('On 27 July 2024, footage appeared' and '15 sierpnia 2021 roku talibowie' are the lead's own).
 */
function openingDateLength(text: string): number {
  // ('(Muqdisho) 28 Maajo 2023 – …': after the city in brackets)
  const city = /^\s*\(\p{L}[\p{L} .'’-]{1,30}\)\s*/u.exec(text)?.[0].length ?? 0;
  const lead = text.slice(city);
  const [first] = findDateMentions(lead.slice(0, 80), []);
  if (!first || !/^\s*\p{Nd}/u.test(lead) || lead.slice(0, first.index).trim() !== '' || fullDate(first) === null)
    return 0;
  const end = city + first.index + first.text.length;
  const weekday = OPENING_WEEKDAY.exec(text.slice(end));
  if (weekday) return end + weekday[0].length;
  const dash = /^\s*[:–—|-]\s*/.exec(text.slice(end));
  return dash ? end + dash[0].length : 0;
}

// '10/04/2022', and '01-12-2021' as Turkish, Indian and Pakistani sites stamp it.
const LATIN_LETTERS = /\p{Script=Latin}{3}/u;
const SLASHED = /(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/-])/;
const WEEKDAY_WORD = new RegExp(`\\b(${WEEKDAY_PATTERN})\\b`, 'i');

/**
 * '10/04/2022' can be 10 April or 4 October. A weekday beside it decides; else the reading just after the latest
 * month the text names wins (an article is published after what it reports); with no hint, day first.
 */
export function readSlashedDate(line: string, sentences: readonly Sentence[]): { date: string; note?: string } | null {
  const latin = toLatinDigits(line);
  const m = SLASHED.exec(latin);
  if (!m) return null;
  const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
  const valid = (mo: number, d: number) => mo >= 1 && mo <= 12 && d >= 1 && d <= lastDayOfMonth(y, mo);
  const dayFirst = valid(b, a) ? isoOf(y, b, a) : null;
  const monthFirst = valid(a, b) ? isoOf(y, a, b) : null;
  if (!dayFirst || !monthFirst || dayFirst === monthFirst)
    return (dayFirst ?? monthFirst) ? { date: (dayFirst ?? monthFirst)! } : null;
  const weekdayWord = WEEKDAY_WORD.exec(latin)?.[1];
  const weekday = weekdayWord === undefined ? null : weekdayNumber(weekdayWord);
  if (weekday !== null) {
    const fits = [dayFirst, monthFirst].filter((d) => weekdayOf(d) === weekday);
    if (fits.length === 1) return { date: fits[0]! };
  }
  // '2/3/2021 1:19:11 AM': a twelve-hour clock with seconds is the American stamp of a publishing system.
  if (/\d\s+\d{1,2}:\d\d:\d\d\s*[AP]M\b/i.test(latin.slice(m.index))) return { date: monthFirst };
  // A page in a European language other than English ('12/04/2022 06:13 ‧ por Lusa') writes the day first (sites in
  // Arabic script may stamp month first: '4/12/2022' of 12 April).
  const latinNotEnglish = sentences.filter((s) => !writtenInEnglish(s.text) && LATIN_LETTERS.test(s.text)).length;
  if (sentences.length >= 2 && latinNotEnglish * 4 >= sentences.length * 3)
    return { date: dayFirst, note: `ambiguous date '${m[0]}': read day first, as a page not in English writes it` };
  const reported = sentences
    .filter((s) => !isFutureTense(s.text, s.quotes))
    .flatMap((s) => findDateMentions(s.text, s.quotes))
    .filter((x) => !x.quoted && x.month !== undefined && (x.year === undefined || x.year === y))
    .map((x) => isoOf(y, x.month!, Math.min(x.day ?? 1, lastDayOfMonth(y, x.month!))));
  const latest = reported.length ? reported.reduce((p, q) => (q > p ? q : p)) : null;
  const fits = (d: string) => latest === null || d >= latest;
  const gap = (d: string) => (latest === null ? 0 : Date.parse(d) - Date.parse(latest));
  const pick =
    fits(dayFirst) && (!fits(monthFirst) || gap(dayFirst) <= gap(monthFirst))
      ? dayFirst
      : fits(monthFirst)
        ? monthFirst
        : dayFirst;
  const why = latest ? `the text reports ${latest.slice(0, 7)} as past` : 'day first, with no hint in the text';
  return {
    date: pick,
    note: `ambiguous date '${m[0]}': read as ${pick} (${why}; the other reading is ${pick === dayFirst ? monthFirst : dayFirst})`,
  };
}

/** A byline's opening word, capitalised as written ('by the …' opens a sentence, not a byline). */
const BYLINE_OPENING = new RegExp(`^\\s*(?:${alternation(BYLINE_OPENERS)})\\s+\\p{Lu}`, 'u');
// A bullet may open the line ('- انتشار: ۸ میزان ۱۴۰۲'); the label may end in a letter \\b does not know.
const STAMP_LABEL = new RegExp(`^[-•*]?\\s*\\(?\\s*(?:${alternation(STAMP_LABELS)})(?![\\p{L}\\p{N}])\\s*:?\\s*`, 'iu');
const ISSUE_NUMBER = new RegExp(
  `(?<![\\p{L}])(?:${alternation(ISSUE_LABELS)})\\s+(?:\\d+|(?:(?:${alternation(SPELLED_NUMBER_WORDS)})(?:[\\s-]+|$))+)`,
  'giu',
);
const UPDATE_LABEL = new RegExp(`(?<![\\p{L}])(?:${alternation(UPDATE_LABELS)})(?![\\p{L}])`, 'iu');
const STAMP_LABEL_ANYWHERE = new RegExp(`(?<![\\p{L}])(?:${alternation(STAMP_LABELS)})(?![\\p{L}\\p{N}])`, 'giu');
const CLOCK = new RegExp(
  String.raw`\b\d{1,2}[:.]\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|${alternation(FOREIGN_MERIDIEM_WORDS)})?(?:\s*(?:IST|JST|GMT|UTC|EDT|EST|PDT|PST|CET|CEST|BST|AST|IRST|AFT|PKT|MSK)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?`,
  'gi',
);
/** A clock right after a line's date ('17 May 2022 | 07:53'). */
const CLOCK_AFTER_DATE = new RegExp(`^[\\s|,–—-]*${CLOCK.source}`, 'i');
/** A clock the date's own text holds ('2021-08-27 00:00:00.0'): with a colon, so no dotted date ('14.02.2024'). */
const CLOCK_WITHIN_DATE = /\d{1,2}:\d\d/;
/** A clock, maybe after its word, ending the line ('… 13 ثور 1403 ساعت 17:25'). */
const CLOCK_CLOSING_LINE = new RegExp(
  `^[\\s|,–—-]*(?:(?:${alternation(CLOCK_WORDS)})\\s+)?${CLOCK.source}[\\s|]*$`,
  'iu',
);
const ZONE =
  /\b(?:IST|JST|GMT|UTC|EDT|EST|PDT|PST|CET|CEST|BST|AST|IRST|AFT|PKT|MSK)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\b/g;
/**
 * A tweet embedded in a page ends with '— Name (@handle) December 30, 2021': that is the tweet's date. A bulleted
 * field with its label ('- Publication date : 25/09/2024 10:20') is not one.
 */
const EMBED_SIGNATURE = /@\w{2,}|pic\.twitter|^\s*[—–-]\s(?![^:]{1,40}:\s*\d)/u;
/** 'Today: Saturday, 18 May 2024': the site's clock on the day of the copy, labelled so. */
const TODAY_LABEL = new RegExp(`^\\s*(?:(?:${alternation(TODAY_LABELS)})\\s*:|(?:${alternation(TODAY_IS)}))`, 'iu');
/** '— rasoul mousavi (@rasmou) December 24, 2022': the signature of a post the page embeds, with its day. */
const EMBEDDED_POST = /^\s*[—–-]\s*[^()]{1,80}\(@\w{2,}\)\s*(.{6,40})$/u;

/** 'posted onJuly 7, 2021' → 'posted on July 7, 2021'. */
const GLUED_MONTH = new RegExp(
  `(\\p{Ll})((?:${Object.keys(MONTHS)
    .map((m) => m[0]!.toUpperCase() + m.slice(1))
    .join('|')})\\.?)(?=[\\s\\d])`,
  'gu',
);

const DASHED_DAY_MONTH = new RegExp(`\\b(\\d{1,2})\\s+-\\s+(${MONTH_PATTERN})`, 'gi');

function normaliseStamp(line: string): string {
  // 'Publish date15 Aug 2022 - 22:58': a label run into the day.
  return (
    toLatinDigits(line)
      .replace(GLUED_MONTH, '$1 $2')
      // 'Wed 12 - May 2021 - 19:37': a dash between day and month.
      .replace(DASHED_DAY_MONTH, '$1 $2')
      .replace(/\b(date|published|posted|updated)(?=\d)/gi, '$1 ')
  );
}

interface Stamp {
  date: string;
  text: string;
  /** The stamp gives a clock time: a publishing system wrote it. */
  clock: boolean;
  /** 'Published', 'Updated', 'date': a label says what it is. */
  labelled: boolean;
  /** A weekday printed beside the date fits it (true), contradicts it (false) or is absent (undefined). */
  weekdayFits?: boolean;
  note?: string;
}

const FIELD_SEPARATOR = /\s+[•·]\s+/;

/** 'Aug 15, 2021 • 26 minutes ago • 1 minute read • Join the conversation': a bar of short fields, one the date. */
function fieldWith(text: string, dateText: string): string {
  const fields = text.split(FIELD_SEPARATOR);
  if (fields.length < 2 || fields.some((f) => f.trim().split(/\s+/).length > 5)) return text;
  return fields.find((f) => f.includes(dateText)) ?? text;
}

/** '68.4 F', '16.9 C': a weather widget's reading. */
const TEMPERATURE = /^\s*-?\d{1,3}(?:[.,]\d)?\s*°?\s*[CF]\s*$/;

/** '16.9 C' then 'Tuesday, September 28, 2021' (a city may stand between): the site's clock beside its weather. */
function afterWeather(lines: readonly string[], i: number): boolean {
  return lines.slice(Math.max(0, i - 2), i).some((line) => TEMPERATURE.test(line));
}

/** 'Main Menu', 'Search', 'جستجو': a site's navigation, whose bar often shows the day the page was copied. */
const NAVIGATION_LINE = new RegExp(`^(?:${alternation(NAVIGATION_LABELS)})[.:]?$`, 'i');

/** 'Tuesday, November 5, 2024' then 'Main Menu': the date in a site's top bar is its clock, not the story's. */
function beforeNavigation(lines: readonly string[], i: number): boolean {
  return NAVIGATION_LINE.test(lines[i + 1]?.trim() ?? '');
}

/** 'Reporter: Jane Doe', 'LAPORAN: ALIFIA DWI': a label and a name, a field of a stamp line. */
const BYLINE_FIELD = /^\s*\p{L}+\s*:\s*\p{L}[\p{L}\s.'’-]*$/u;

/** 'stando alle informazioni diffuse... 08.03.2022, Sputnik Italia': a page's description cut short, then its date. */
const CUT_DESCRIPTION_STAMP = /(?:\.\.\.|…)\s+(\d(?:(?!\.\.\.|…).){5,60})$/u;

/** A line that is mostly a date ('Tuesday 26 April 2022 - 20:00', 'Kabul | January 3, 2022 9:20 AM IST'), not a caption. */
function readStampLine(line: string, sentences: readonly Sentence[] = [], dateline = false): Stamp | null {
  const cut = CUT_DESCRIPTION_STAMP.exec(line);
  if (cut && cut.index > 0) return readStampLine(cut[1]!, sentences, dateline);
  if ((EMBED_SIGNATURE.test(line) && !STAMP_LABEL.test(line)) || TODAY_LABEL.test(line) || line.length > 120)
    return null;
  const text = normaliseStamp(line);
  const labelled = STAMP_LABEL.test(text.trim());
  const slashed = readSlashedDate(text, sentences);
  const mentions = findDateMentions(text, []);
  // 'Modified Date: November 29, 2022 / …, Published Date : April 12, 2022': the date of publication, not of an edit.
  const fulls = mentions.map((m) => ({ m, date: fullDate(m) })).filter((x) => x.date !== null);
  const edited = (x: { m: DateMention }) => {
    const before = fulls.filter((y) => y.m.index < x.m.index).at(-1);
    const from = before ? before.m.index + before.m.text.length : 0;
    return UPDATE_LABEL.test(text.slice(from, x.m.index));
  };
  const full = fulls.find((x) => !edited(x)) ?? fulls[0];
  const date = slashed?.date ?? full?.date ?? null;
  if (!date) return null;
  let rest = (full ? fieldWith(text, full.m.text) : text)
    .replace(CLOCK, ' ')
    .replace(ZONE, ' ')
    .replace(STAMP_LABEL, ' ')
    .replace(SLASHED, ' ');
  // 'Anadolu Ajansı 18.08.2021 - 13:36 Son Güncelleme : 18.08.2021 - 14:11': every date and label in it.
  for (const m of mentions) rest = rest.replace(m.text, ' ');
  rest = rest
    .replace(ISSUE_NUMBER, ' ')
    .replace(STAMP_LABEL_ANYWHERE, ' ')
    .replace(new RegExp(`\\b(?:${WEEKDAY_PATTERN})\\b`, 'gi'), ' ');
  // '… 08:02 WIB | LAPORAN: ALIFIA DWI RAMANDHITA': a byline in a field of its own beside the stamp.
  rest = rest
    .split('|')
    .filter((field) => !BYLINE_FIELD.test(field))
    .join(' ');
  const words = rest
    .split(/[\s|,;:()[\]/–—-]+/)
    .filter((w) => /\p{L}/u.test(w) && !/^(?:at|on|by|of|the|am|pm)$/i.test(w));
  // A byline may carry the stamp: 'By Fidel Rahmati in The Khaama Press Online, May 16, 2023'; so may a wire
  // dateline cut from the lead: 'KABUL (Pakistan Point News / Sputnik - 29th September, 2022)'.
  // '17 May 2022 | 07:53 Code : 2011949 From the Other Media …': a date and its clock opening the line are the
  // stamp, whatever metadata follows them.
  // ('2021-08-27 00:00:00.0 Экономика и бизнес': the date may hold its clock)
  const opensWithClock =
    full !== undefined &&
    text.slice(0, full.m.index).trim() === '' &&
    (CLOCK_AFTER_DATE.test(text.slice(full.m.index + full.m.text.length)) || CLOCK_WITHIN_DATE.test(full.m.text));
  // 'خبرگزاری صدای افغان(آوا) تهران , 13 ثور 1403 ساعت 17:25': so do they closing it, after the outlet and its city.
  // ('نشر الخبر اول مرة بتاريخ : 2024-03-06 13:21:55': or the date holding its clock ends the line)
  const after = full === undefined ? '' : text.slice(full.m.index + full.m.text.length);
  const closesWithClock =
    full !== undefined &&
    (CLOCK_CLOSING_LINE.test(after) || (CLOCK_WITHIN_DATE.test(full.m.text) && after.trim() === '')) &&
    words.length <= 10;
  if (!opensWithClock && !closesWithClock && words.length > (dateline || BYLINE_OPENING.test(text) ? 10 : 4))
    return null;
  const weekdayWord = WEEKDAY_WORD.exec(text)?.[1];
  // 'جمعه ۷ اردیبهشت ۱۴۰۳': a weekday of another language, read with its date.
  const weekday =
    weekdayWord !== undefined
      ? weekdayNumber(weekdayWord)
      : (full?.m.weekday ??
        findDateMentions(full ? text.replace(full.m.text, ' ') : text, []).find((m) => m.kind === 'weekday')?.weekday ??
        null);
  CLOCK.lastIndex = 0;
  return {
    date,
    text: line.trim(),
    clock: CLOCK.test(text),
    labelled,
    ...(weekday !== null ? { weekdayFits: weekdayOf(date) === weekday } : {}),
    ...(slashed?.note ? { note: slashed.note } : {}),
  };
}

/** 'TEHRAN, Jan. 16 (MNA) –' or a line 'TEHRAN, Iran, Jan. 19': a day and month but no year. */
/** A day and month without a year; a Solar Hijri one keeps its own, converted once the year is known. */
interface YearlessDay {
  month: number;
  day: number;
  text: string;
  solarMonthDay?: { month: number; day: number };
}

/** A stamp's words besides its date in a script without spaces: an outlet's name, a clock, a label. */
const MAX_CJK_STAMP_LETTERS = 12;

function yearlessStamp(line: string): YearlessDay | null {
  if (EMBED_SIGNATURE.test(line) || line.length > 90) return null;
  const text = normaliseStamp(line);
  const m = findDateMentions(text, []).find(
    (x) => x.kind === 'date' && x.year === undefined && x.month !== undefined && x.day !== undefined,
  );
  if (!m) return null;
  // '11-22 ноября', 'March 5–7': a span of days is an event's (a conference in a widget), not a page's stamp.
  // ('28 May - 14:22' is a day and its clock.)
  const span = /\d\s*[-–—]\s*\d{1,2}(?![\d:.])/;
  if (span.test(m.text) || span.test(text.slice(Math.max(0, m.index - 4), m.index + m.text.length + 4))) return null;
  // A place, an agency and a label at most: 'Taliban warn of attacks if troops stay past May 1' is a headline.
  const rest = (text.slice(0, m.index) + ' ' + text.slice(m.index + m.text.length)).replace(STAMP_LABEL, ' ');
  const words = rest.split(/[\s|,;:()[\]/–—-]+/).filter((w) => /\p{L}/u.test(w));
  // Chinese, Japanese and Korean write a sentence without spaces: count its letters ('ライシ大統領は5月18日、…').
  const cjkLetters = [...rest].filter((c) => CJK_SCRIPT.test(c)).length;
  return words.length <= 6 && cjkLetters <= MAX_CJK_STAMP_LETTERS ? yearlessDay(m, line.trim()) : null;
}

/** 'today, Saturday', 'Saturday, today', 'امروز شنبه' (back 0); 'tomorrow, Tuesday', 'فردا سه‌شنبه' (back -1). */
function weekdayWithRelativeDay(english: string, back: 0 | -1): RegExp {
  const foreign = Object.keys(FOREIGN_RELATIVE_DAYS).filter((word) => FOREIGN_RELATIVE_DAYS[word] === back);
  return new RegExp(
    `\\b${english}\\s*[,(]?\\s*(${WEEKDAY_PATTERN})\\b|\\b(${WEEKDAY_PATTERN})\\s*[,(]?\\s*${english}\\b|(?<![\\p{L}])(?:${alternation(foreign)})\\s*[,،(]?\\s*(?:روز\\s+|يوم\\s+)?(${FOREIGN_WEEKDAY_PATTERN})(?![\\p{L}])`,
    'iu',
  );
}
const TODAYS_WEEKDAY = weekdayWithRelativeDay('today', 0);
/** 'la mañana de este miércoles', 'ce mercredi', 'nesta quarta-feira': Spanish, French and Portuguese news so names its own day. */
const THIS_WEEKDAY = new RegExp(
  `(?<![\\p{L}])(?:est[ea]|ce|nest[ea])\\s+(${FOREIGN_WEEKDAY_PATTERN})(?![\\p{L}])`,
  'iu',
);
const TOMORROWS_WEEKDAY = weekdayWithRelativeDay('tomorrow', -1);

/** The weekday the sentences give beside such a relative day, if they do. */
function weekdayNamedWith(sentences: readonly Sentence[], pattern: RegExp): number | null {
  for (const s of sentences) {
    const m = pattern.exec(outsideQuotes(s));
    if (m) return anyWeekdayNumber(m[1] ?? m[2] ?? m[3]!);
  }
  return null;
}

/** The weekday the opening gives its 'tomorrow' ('the ceremony is held tomorrow, Tuesday'), if it does. */
function leadTomorrowsWeekday(sentences: readonly Sentence[]): number | null {
  return weekdayNamedWith(sentences.slice(0, 4), TOMORROWS_WEEKDAY);
}

/** The weekday the lead gives its 'today' ('met … today, Saturday'), if it does. */
function leadTodaysWeekday(sentences: readonly Sentence[]): number | null {
  return weekdayNamedWith(
    sentences.filter((s) => s.paragraph === sentences[0]?.paragraph),
    TODAYS_WEEKDAY,
  );
}

/** 'News Today August 28': a day of writing without its year, read like a yearless stamp. */
function yearlessDateOfWriting(
  sentences: readonly Sentence[],
  window: { from: string; to: string },
): YearlessDay | null {
  const found = datesOfWriting(sentences, window).find((d) => d.date === null && d.mention.daysBeforeNow === 0);
  return found ? yearlessDay(found.mention, found.mention.text) : null;
}

function yearlessDay(m: DateMention, text: string): YearlessDay {
  return { month: m.month!, day: m.day!, text, ...(m.solarMonthDay ? { solarMonthDay: m.solarMonthDay } : {}) };
}

/** The day of a yearless day in a Gregorian year: '۸ دلو' in 2021 is 27 January (1399), not the usual 28th. */
function yearlessDayIn(p: YearlessDay, y: number): string {
  const solar = p.solarMonthDay;
  if (solar) {
    const day = [y - 622, y - 621]
      .map((jy) => solarToIso(jy, solar.month, solar.day))
      .find((d) => d?.startsWith(`${y}-`));
    if (day) return day;
  }
  return isoOf(y, p.month, Math.min(p.day, lastDayOfMonth(y, p.month)));
}

// ---------------------------------------------------------------------------------------------------------
// The address

/** The epoch of the time-ordered post ids of social sites (Twitter's 'snowflake' ids), in Unix milliseconds. */
const POST_ID_EPOCH = 1288834974657;
/** The folders of a post's address whose id is time-ordered ('/status/1662490243378057216'). */
const POST_FOLDERS = 'status|statuses|thread|scrolly';
const POST_ID = new RegExp(`\\/(?:${POST_FOLDERS})\\/(\\d{18,20})(?=[/?#]|$)`);
/** Unix seconds followed by the digits of milliseconds (or a counter) or of nanoseconds, not a post's id. */
const UNIX_TIME_AND_MORE = new RegExp(
  `(?<!(?:${POST_FOLDERS})\\/)(?<=[-_/=])(1[67]\\d{8})(?:\\d{1,6}|\\d{9})(?=[/?#.-]|$)`,
);

/** Month names in Latin letters of the other languages, as a slug writes them. */
const LATIN_FOREIGN_MONTH_PATTERN = FOREIGN_MONTH_PATTERN.split('|')
  .filter((name) => /^[a-z]+$/.test(name))
  .join('|');
const URL_DAY_PATTERNS: Array<{ re: RegExp; order: 'ymd' | 'yMd' | 'dmy' | 'dmy?' | 'dMy' | 'Mdy' | 'solar' }> = [
  // /2023/12/11/, /2023/5/27/ (not /2024/01/11-afghans-killed…, a month folder and a slug)
  { re: /\/((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})(?=[/.]|$)/, order: 'ymd' },
  // /2023-12-11-, _2023_12_11
  { re: /[/_-]((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?=[/_.-]|$)/, order: 'ymd' },
  { re: /[/_-]((?:19|20)\d\d)_(\d{1,2})_(\d{1,2})(?=[/_.-]|$)/, order: 'ymd' },
  // /20240109/, /en/202302274067, /en/20210918335888e, /article/202305273853Y (an id that begins with the date)
  { re: /\/((?:19|20)\d\d)(\d\d)(\d\d)(?=\d{0,8}[a-zA-Z]?(?:[/_.?#-]|$))/, order: 'ymd' },
  // /20210707120533151983.html, ?story=20230717201358188, …-guardia-20220731134020.html: the date and a time of day
  { re: /[/=_-]((?:19|20)\d\d)(\d\d)(\d\d)(?=(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d*(?:[/_.?#&-]|$))/, order: 'ymd' },
  // /1400/04/16/: Solar Hijri year, month and day as folders (Afghan and Iranian sites)
  { re: /\/(1(?:39|4[01])\d)\/(\d{1,2})\/(\d{1,2})(?=[/.]|$)/, order: 'solar' },
  // /1402-09-23/news=901425: a Solar Hijri date as one folder
  { re: /[/_-](1(?:39|4[01])\d)-(\d{1,2})-(\d{1,2})(?=[/_.-]|$)/, order: 'solar' },
  // /news/1402030604523/: an Iranian agency's id that begins with the Solar Hijri date (1402/03/06)
  { re: /\/(1(?:39|4[01])\d)(\d\d)(\d\d)(?=\d{3,8}(?:[/_.?#-]|$))/, order: 'solar' },
  // …-in-tehran20220109003150/: a timestamp glued to the end of the slug
  { re: /[a-z-]((?:19|20)\d\d)(\d\d)(\d\d)\d{4,6}(?=[/?#]|$)/, order: 'ymd' },
  // /archives/22/06/2022/34769/ (day, month, year as folders)
  { re: /\/(\d{2})\/(\d{2})\/((?:19|20)\d\d)(?=\/)/, order: 'dmy' },
  // /blog-09-09-2022-the-emerging… (day, month and year as words of the slug; read only when the order is clear)
  { re: /[/_-](\d{1,2})-(\d{1,2})-((?:19|20)\d\d)(?=[/_.-]|$)/, order: 'dmy?' },
  // /25112021-iran-and-taliban, …-shcho-vidbuvayetsya-28052023-480377 (day, month, year)
  { re: /[/_-](\d\d)(\d\d)((?:19|20)\d\d)(?=[-_/.])/, order: 'dmy' },
  // /20-May-2024/
  { re: new RegExp(`[/_-](\\d{1,2})[-_](${MONTH_PATTERN})[-_]((?:19|20)\\d\\d)(?=[/_.-]|$)`, 'i'), order: 'dMy' },
  // /wednesday-march-24-2021/ (month, day, year in the slug)
  { re: new RegExp(`[/_-](${MONTH_PATTERN})[-_](\\d{1,2})[-_]((?:19|20)\\d\\d)(?=[/_.-]|$)`, 'i'), order: 'Mdy' },
  // '…-in-iranapril-13,-2022,-9:09-am': a stamp with its commas, glued to the slug.
  {
    re: new RegExp(`(${MONTH_PATTERN})[-_](\\d{1,2})(?:,|%2C)[-_]((?:19|20)\\d\\d)(?=[/_.,-]|%2C|$)`, 'i'),
    order: 'Mdy',
  },
  // /n3/2023/1026/: the year as a folder, then month and day together
  { re: /\/((?:19|20)\d\d)\/(\d\d)(\d\d)(?=\/)/, order: 'ymd' },
  // /a/202310/26/: year and month together, then the day
  { re: /\/(20[12]\d)(\d\d)\/(\d\d)(?=\/)/, order: 'ymd' },
  // …-border-20210213-64ryv…, …-kill-2-afghans-20241031: the date as a word of the slug
  { re: /[-_]((?:19|20)\d\d)(\d\d)(\d\d)(?=[-_./?#]|$)/, order: 'ymd' },
  // /story20210821-1184804, /dmf20211111_93791855: an id whose letters the date follows
  { re: /[a-z](20[12]\d)(\d\d)(\d\d)(?=[-_/.?#]|$)/i, order: 'ymd' },
  // /blog/2021/sep/09/: the year, the month's name and the day as folders
  { re: new RegExp(`\\/((?:19|20)\\d\\d)\\/(${MONTH_PATTERN})\\/(\\d{1,2})(?=\\/)`, 'i'), order: 'yMd' },
  // /afghanistan-iran-26-aprile-2022/: a day, a month in another language and a year closing the slug
  {
    re: new RegExp(`[/_-](\\d{1,2})[-_](${LATIN_FOREIGN_MONTH_PATTERN})[-_]((?:19|20)\\d\\d)(?=[/_.]|$)`, 'i'),
    order: 'dMy',
  },
];

/**
 * The day an article's address gives: '/2023/12/11/', '/20240109/', an id beginning with the date (Gregorian or Solar
 * Hijri), '/20-May-2024/', a Unix timestamp.
 */
export function urlDate(url: string): string | null {
  const path = url.replace(/^https?:\/\/[^/]+/i, '');
  for (const { re, order } of URL_DAY_PATTERNS) {
    const m = re.exec(path);
    if (!m) continue;
    if (order === 'solar') {
      const iso = solarToIso(Number(m[1]), Number(m[2]), Number(m[3]));
      if (iso) return iso;
      continue;
    }
    if (order === 'dmy?') {
      // '09-09-2022', '25-11-2021', '11-25-2021': day and month told apart by a number above 12, or equal.
      const [a, b] = [Number(m[1]), Number(m[2])];
      if (a <= 12 && b <= 12 && a !== b) continue;
      const [mo, d] = a > 12 ? [b, a] : [a, b];
      const y = Number(m[3]);
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= lastDayOfMonth(y, mo)) return isoOf(y, mo, d);
      continue;
    }
    const [y, mo, d] =
      order === 'ymd'
        ? [Number(m[1]), Number(m[2]), Number(m[3])]
        : order === 'dmy'
          ? [Number(m[3]), Number(m[2]), Number(m[1])]
          : order === 'Mdy'
            ? [Number(m[3]), monthNumber(m[1]!) ?? 0, Number(m[2])]
            : order === 'yMd'
              ? [Number(m[1]), monthNumber(m[2]!) ?? 0, Number(m[3])]
              : [Number(m[3]), anyMonthNumber(m[2]!) ?? 0, Number(m[1])];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= lastDayOfMonth(y, mo)) return isoOf(y, mo, d);
  }
  // /status/1662490243378057216, /thread/…: a post id whose high bits are its time in milliseconds since 2010-11-04.
  const post = POST_ID.exec(path);
  if (post) return new Date(Number(BigInt(post[1]!) >> 22n) + POST_ID_EPOCH).toISOString().slice(0, 10);
  // …-crossing-with-iran-1625800278, /1641824186-iran-not-at…: a Unix timestamp (seconds) closing or opening a slug;
  // /news/162879828071555: one in milliseconds or with a counter after it, /articles/1612111990568389900 in
  // nanoseconds (from 2020 on: '14…' is a Solar date id), not a post's id ('/thread/1662490243378057216.html').
  const unix = /[-_/=](1[4-7]\d{8})(?=[/?#.-]|$)/.exec(path) ?? UNIX_TIME_AND_MORE.exec(path);
  if (unix) return new Date(Number(unix[1]) * 1000).toISOString().slice(0, 10);
  // …_61d9d7b340a3cc2e361d1678, /WS643962f8a310b6054facdbfc.html: a database object id, whose first eight hex digits
  // are its creation time in Unix seconds (2012–2029).
  const object = /(?<![0-9a-fA-F])([56][0-9a-f]{7})[0-9a-f]{16}(?![0-9a-fA-F])/.exec(path);
  if (object) return new Date(parseInt(object[1]!, 16) * 1000).toISOString().slice(0, 10);
  // /2024/iran-240207-irna04.htm: six digits whose first two are the year a folder names.
  const year = /\/(20[12]\d)\//.exec(path)?.[1];
  const short = year ? new RegExp(`[/_-]${year.slice(2)}(\\d\\d)(\\d\\d)(?=[-_.])`).exec(path) : null;
  if (year && short) {
    const [y, mo, d] = [Number(year), Number(short[1]), Number(short[2])];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= lastDayOfMonth(y, mo)) return isoOf(y, mo, d);
  }
  return null;
}

/** '/2023/07/' or '/202109/': a month only. */
function urlMonth(url: string): { year: number; month: number } | null {
  const path = url.replace(/^https?:\/\/[^/]+/i, '');
  // A six-digit folder is a month only in this century's twenties: '/195408/' is an article number. After the
  // month, an article number may follow ('/2022/02/1465074.html'), not a day.
  const m =
    /\/((?:19|20)\d\d)\/(\d{1,2})\/(?!\d{1,2}(?:[/_.-]|$))/.exec(path) ??
    /\/(202\d)(0[1-9]|1[0-2])\//.exec(path) ??
    // '…-after-afghanistan-blackouts-2021-11': a slug closed by its year and month.
    /[a-z]-(20[12]\d)-(0[1-9]|1[0-2])\/?(?:[?#]|$)/.exec(path);
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : null;
}

/** How far a page's day may stray from the line between its site's two known pages around it (share of the gap). */
const NUMBERING_SPREAD = 0.06;
/** Beyond the site's first or last known page, a number is followed this many days at most. */
const NUMBERING_REACH_DAYS = 45;
/** Known pages further apart than this leave the days between them unknown. */
const NUMBERING_MAX_GAP_DAYS = 750;

export interface NumberedDate {
  date: string;
  /** The days the page may fall on. */
  from: string;
  to: string;
  /** How many days either side of the date the page most likely falls. */
  likely: number;
  evidence: string;
}

/** An address's site ('www.' left out) and what follows it. */
export function hostAndPath(url: string): { host: string; rest: string } | null {
  const m = /^https?:\/\/([^/?#]+)(.*)$/i.exec(url);
  return m ? { host: m[1]!.toLowerCase().replace(/^www\./, ''), rest: m[2]! } : null;
}

/** The article number in an address: the site's own pattern, else the last run of 4–12 digits. */
export function articleNumber(rest: string, site: Pick<ArticleNumbering, 'pattern'>): number | null {
  if (site.pattern) {
    const m = site.pattern.exec(rest);
    return m ? Number(m[1]) : null;
  }
  const runs = [...rest.matchAll(/(?<!\d)(\d{4,12})(?!\d)/g)];
  return runs.length ? Number(runs[runs.length - 1]![1]) : null;
}

/** '/a/ZK7kAi7GBXj9z9C2': an id in base64url whose first four bytes are its creation time in Unix seconds. */
function dateFromEncodedId(rest: string, site: ArticleNumbering): NumberedDate | null {
  const id = site.pattern?.exec(rest)?.[1];
  if (!id) return null;
  const bytes = atob(id.replace(/-/g, '+').replace(/_/g, '/'));
  const seconds = [...bytes.slice(0, 4)].reduce((n, c) => n * 256 + c.charCodeAt(0), 0);
  const date = new Date(seconds * 1000).toISOString().slice(0, 10);
  return { date, from: date, to: date, likely: 0, evidence: `id ${id} of ${site.host}: its first bytes are its time` };
}

/**
 * 'tolonews.com/afghanistan-177486': sites number their articles in order, so a number between two known pages
 * of the same site puts the page between their days (interpolated, with a margin that grows with the gap).
 */
export function dateFromArticleNumber(url: string, sites: readonly ArticleNumbering[]): NumberedDate | null {
  const at = hostAndPath(url);
  if (!at) return null;
  const { host, rest } = at;
  const site = sites.find((s) => host === s.host || host.endsWith(`.${s.host}`));
  if (site?.dated === 'base64-time') return dateFromEncodedId(rest, site);
  const id = site ? articleNumber(rest, site) : null;
  if (!site || !id) return null;
  if (site.dated) {
    // '…-121070800054_1.html': a 1, then 21-07-08, then the day's count; '/news/14000704000439': 1400/07/04, then
    // the day's count.
    const digits = String(id);
    const six = digits.padStart(6, '0');
    const date =
      site.dated === 'yymmdd'
        ? `20${six.slice(0, 2)}-${six.slice(2, 4)}-${six.slice(4, 6)}`
        : digits.length === 8
          ? solarToIso(Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6, 8)))
          : null;
    if (!date || !isIsoDay(date)) return null;
    return { date, from: date, to: date, likely: 0, evidence: `article ${id} of ${site.host}: its number is its day` };
  }
  const points = site.points;
  const exact = points.find((p) => p[0] === id);
  if (exact)
    return { date: exact[1], from: exact[1], to: exact[1], likely: 0, evidence: `article ${id} of ${site.host}` };
  const next = points.findIndex((p) => p[0] > id);
  // Between two known pages, or following the nearest pair beyond the ends.
  const [a, b] =
    next === -1
      ? [points[points.length - 2]!, points[points.length - 1]!]
      : next === 0
        ? [points[0]!, points[1]!]
        : [points[next - 1]!, points[next]!];
  const gap = daysFrom(a[1], b[1]);
  if (gap < 0 || b[0] === a[0]) return null;
  const offset = Math.round(((id - a[0]) / (b[0] - a[0])) * gap);
  const date = addDays(a[1], offset);
  const inside = next > 0;
  const beyond = inside ? 0 : offset < 0 ? -offset : offset - gap;
  // Too far from a known page, or between two too far apart, a number says too little.
  if (beyond > NUMBERING_REACH_DAYS || gap > NUMBERING_MAX_GAP_DAYS) return null;
  const likely = Math.max(1, Math.ceil(NUMBERING_SPREAD * gap + 0.5 * beyond));
  // Sites publish unevenly: twice the likely error is what the text may still prove.
  const margin = 2 * likely;
  const from = inside ? maxIso(a[1], addDays(date, -margin)) : addDays(date, -margin);
  const to = inside ? minIso(b[1], addDays(date, margin)) : addDays(date, margin);
  return {
    date,
    from,
    to,
    likely,
    evidence: `article ${id} of ${site.host}, ${inside ? 'between' : 'beyond'} ${a[0]} (${a[1]}) and ${b[0]} (${b[1]})`,
  };
}

// ---------------------------------------------------------------------------------------------------------
// What the text reports

/** '45th', '45-й', '45.', '45º', '45e', '۴۵مین': a written ordinal (a bare number is a date: 'سالگرد ۲۲ بهمن'). */
const NUMBERED_ORDINAL = '\\d{1,3}(?:st|nd|rd|th|e|er|ème|º|ª|°|\\.|-?(?:й|я|ю|ой|ый|ей|مین|ین|ویں))';
const ORDINAL_WORD = alternation(Object.keys(ORDINAL_WORDS));
const ANNIVERSARY = [
  `(${NUMBERED_ORDINAL}|${ORDINAL_WORD})[\\s-]+(?:${alternation(ANNIVERSARY_WORDS.afterOrdinal)})`,
  // ('الذكرى الـ45')
  `(?:${alternation(ANNIVERSARY_WORDS.beforeOrdinal)})\\s+(الـ?\\d{1,3}|${NUMBERED_ORDINAL}|${ORDINAL_WORD})`,
].map((p) => new RegExp(`(?<![\\p{L}\\p{N}])${p}(?![\\p{L}\\p{N}])`, 'iu'));

/** 'the 45th anniversary', 'دومین سالگرد', 'الذكرى السنوية الأولى': the sentence is about a later year than its anchor. */
export function anniversaryOf(sentence: string): { years: number; text: string } | null {
  const text = toLatinDigits(sentence);
  for (const pattern of ANNIVERSARY) {
    const m = pattern.exec(text);
    if (!m) continue;
    const years = ORDINAL_WORDS[m[1]!.toLowerCase()] ?? parseInt(m[1]!.replace(/^\D+/, ''), 10);
    if (years > 0) return { years, text: m[0] };
  }
  return null;
}

/** A mention can stand for an anchor event when it names the anchor's month (and day, if it gives one). */
export function anchorFits(anchor: Anchor, m: DateMention): boolean {
  if (m.month === undefined || monthOf(anchor.date) !== m.month) return false;
  return m.day === undefined || dayOf(anchor.date) === m.day;
}

interface Fact {
  date: string;
  precision: 'day' | 'month' | 'year';
  text: string;
  /** A happening known from data/anchors.json, not a date the text writes. */
  known?: boolean;
  /** Named as background ('since August 2021', 'after the takeover'): the story is later, but not then. */
  background?: boolean;
  /** A known happening that opens a long period (the takeover, Pakistan's deportation order), named months on. */
  era?: boolean;
}

/**
 * 'Some claimed the trip would result in the embassy being handed over', 'rumours keep arriving': speculation, to the
 * end of its clause, and a denial, to the end of its sentence ('denied … , adding …' spans commas), report no
 * happening (an Arabic marker may carry the clitics Arabic joins to a word: 'وكذّبت').
 */
const SPECULATION = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:(?:${alternation(SPECULATION_MARKERS, withArabicClitics)})(?![\\p{L}\\p{N}_])[^,;،]*|` +
    `(?:${alternation(DENIAL_MARKERS, withArabicClitics)})(?![\\p{L}\\p{N}_]).*)`,
  'giu',
);

const AHEAD = new RegExp(`\\b(?:${alternation(AHEAD_MARKERS)})\\b[^,;]*`, 'gi');

/** 'as the militants seize territory ahead of the full withdrawal': what a sentence names as still ahead, blanked. */
function withoutAhead(text: string): string {
  return text.replace(AHEAD, (m) => ' '.repeat(m.length));
}

/** What a sentence reports as having come to pass: nothing of speculation, and not what it names as ahead. */
function reportedPart(text: string): string {
  let part = REPORTED_PARTS.get(text);
  if (part === undefined) {
    part = withoutAhead(text).replace(SPECULATION, (m) => ' '.repeat(m.length));
    // A small memo: the same sentence is asked of once per known happening (the denial words cost a fifth of ingest).
    if (REPORTED_PARTS.size > 2000) REPORTED_PARTS.clear();
    REPORTED_PARTS.set(text, part);
  }
  return part;
}
const REPORTED_PARTS = new Map<string, string>();

/**
 * The known happenings a sentence reports as past; the headline completes a happening only when nothing of the
 * sentence was set aside as still ahead (else it would complete the one set aside).
 */
function pastHappeningsIn(s: Sentence, anchors: readonly Anchor[], context: string | null | undefined, text: string) {
  const reported = reportedPart(text);
  return knownHappeningsIn(s, anchors, reported === text ? context : null, reported);
}

/**
 * 'On Monday, the minister said Iran will host the talks', 'امروز سه‌شنبه گفته که … آغاز خواهد شد': a day before the
 * speech verb, with nothing still to come before that verb, is the day of the speaking.
 */
function saidOn(text: string, index: number): boolean {
  const verb = SPEECH_VERB.exec(text);
  return verb !== null && index < verb.index && !isFutureTense(text.slice(0, verb.index + verb[0].length), []);
}

/** 'since', 'after the', 'following its' … just before a date or happening: background, not the news. */
const BACKGROUND_CUE =
  /\b(?:since|until|till|by|following|after|before|amid)\s+(?:(?:the|its|their|his|her|a|an|early|mid|late)\s+)?$/i;
const SOON_AFTER = /\b(?:shortly|soon|just|hours|days|a day)\s+after\b/i;
const DAYS_AFTER = new RegExp(`\\b(${NUMBER_PATTERN}|\\d{1,2})\\s+(days?|weeks?)\\s+after\\b`, 'i');
/** 'two days after', 'shortly after' this happening, named after the words ('… but five days after their arrival' is not). */
function countedAfter(pattern: RegExp, text: string, anchor: Anchor): RegExpExecArray | null {
  const m = pattern.exec(text);
  return m && matchAnchors(text.slice(m.index + m[0].length), [anchor]).length > 0 ? m : null;
}
/** 'Now, four months after the Taliban seized power': the time of writing, counted from the happening. */
const MONTHS_AFTER = new RegExp(`\\b(${NUMBER_PATTERN}|\\d{1,2})\\s+months?\\s+(?:after|since)\\b`, 'i');
/** The months counted from this happening, named after them ('… comes three months after exams' is not). */
function monthsAfter(text: string, anchor: Anchor): { months: number; text: string } | null {
  const m = MONTHS_AFTER.exec(text);
  if (!m || matchAnchors(text.slice(m.index + m[0].length), [anchor]).length === 0) return null;
  return { months: countOf(m[1]!) ?? 1, text: m[0] };
}

/** A known happening named inside such a span: one span names it whole ('after the Taliban captured Islam Qala'). */
function namedAsBackground(text: string, anchor: Anchor): boolean {
  if (anchor.background) return true;
  return backgroundSpans(text).some(([a, b]) => matchAnchors(text.slice(a, b), [anchor]).length > 0);
}

/**
 * 'Back on February 13, dozens of tankers were damaged …': a sentence that looks back names a happening of another
 * time, as an era's start is named: the lead's weekday is not the days after it.
 */
const RETROSPECTIVE_OPENING = /^\s*(?:back\s+(?:on|in)|as far back as)\b/i;

/** 'last year', 'two years ago', 'this year' in a sentence about a known happening: how many years before writing it was. */
function yearsSinceHappening(s: Sentence): { years: number; text: string } | null {
  const years = findDateMentions(s.text, s.quotes)
    .filter((m) => !m.quoted)
    .flatMap((m) =>
      m.unit === 'year' && (m.kind === 'last' || m.kind === 'this' || m.kind === 'ago')
        ? [{ years: m.kind === 'last' ? 1 : m.kind === 'ago' ? (m.amount ?? 1) : 0, text: m.text }]
        : // 'in August last year'
          m.year === undefined && m.month !== undefined && /\b(?:last|this) year$/i.test(m.text)
          ? [{ years: /last/i.test(m.text) ? 1 : 0, text: m.text }]
          : [],
    );
  return years.length === 1 ? years[0]! : null;
}

/** Bounds that knowledge puts on the publication date: a named office-holder in office, a happening already past. */
interface Bounds {
  from: string;
  to: string;
  evidence: string[];
}

/** Characters of the sentence before that may hold the title of the person a sentence opens with. */
const TITLE_BEFORE_CHARS = 80;

/**
 * The offices a sentence names their holders in, also by a title that ends the sentence before it ('…, the
 * country's education minister says. Yousef Nouri told a gathering …').
 */
function officesNamedIn(s: Sentence, before: Sentence | undefined, offices: readonly Office[]): Office[] {
  const named = matchOffices(s.text, offices);
  if (!before) return named;
  const opened = offices.filter((o) => !named.includes(o) && o.named.exec(s.text)?.index === 0);
  const tail = before.text.slice(-TITLE_BEFORE_CHARS).replace(/[.!?]\s*$/u, '');
  // ('… said Foreign Minister Amir-Abdollahian. Muttaqi replied …': the title is that of the name before it.)
  if (opened.length === 0 || offices.some((o) => o.named.test(tail))) return named;
  return [...named, ...matchOffices(`${tail}, ${s.text}`, opened)];
}

function knowledgeBounds(sentences: readonly Sentence[], options: PublicationOptions): Bounds {
  const [low, high] = plausibleRange(options.window);
  const bounds: Bounds = { from: low, to: high, evidence: [] };
  for (const [i, s] of sentences.entries()) {
    for (const o of officesNamedIn(s, sentences[i - 1], options.offices ?? [])) {
      if (o.from > bounds.from) {
        bounds.from = o.from;
        bounds.evidence.push(`${o.person} is ${o.title} (from ${o.from})`);
      }
      if (o.to && o.to < bounds.to) {
        bounds.to = o.to;
        bounds.evidence.push(`${o.person} is ${o.title} (until ${o.to})`);
      }
    }
  }
  const takeover = options.anchors.find((a) => a.id === 'taliban-takeover');
  const ruling = takeover ? sentences.find((s) => TALIBAN_IN_POWER.test(s.text)) : undefined;
  if (takeover && ruling && takeover.date > bounds.from) {
    bounds.from = takeover.date;
    bounds.evidence.push(`the Taliban rule ('${TALIBAN_IN_POWER.exec(ruling.text)![0]}', from ${takeover.date})`);
  }
  if (bounds.from > bounds.to)
    return { from: low, to: high, evidence: ['office-holders named with contradictory terms: ignored'] };
  return bounds;
}

/** The years from `first` to `last` in which a yearless day falls within the bounds the office-holders set. */
function yearsInBounds(dayIn: (year: number) => string, first: number, last: number, bounds: Bounds): number[] {
  const years: number[] = [];
  for (let y = first; y <= last; y++) if (dayIn(y) >= bounds.from && dayIn(y) <= bounds.to) years.push(y);
  return years;
}

/**
 * The known happenings a sentence names, less those its own years rule out: 'the first section of the Khaf-Herat
 * railway was inaugurated in December 2020' is not the line's 2023 launch.
 */
function knownHappeningsIn(s: Sentence, anchors: readonly Anchor[], context?: string | null, text = s.text): Anchor[] {
  const matched = matchAnchors(text, anchors, context);
  if (matched.length === 0) return matched;
  // '… the movement that seized power after the US withdrawal in August 2021': a year told as the time of
  // something else does not date what the sentence reports.
  const own = (index: number) => !YEAR_AS_BACKGROUND.test(s.text.slice(Math.max(0, index - 60), index));
  const years = [
    ...findDateMentions(s.text, s.quotes).flatMap((m) =>
      !m.quoted && m.year !== undefined && own(m.index) ? [m.year] : [],
    ),
    // 'died in a 2016 U.S. drone strike': a year used as an adjective dates the happening too.
    ...[...outsideQuotes(s).matchAll(BARE_YEAR)].filter((m) => own(m.index)).map((m) => Number(m[1])),
  ];
  const ofYears = years.length === 0 ? matched : matched.filter((a) => years.includes(yearOf(a.date)));
  // 'In late February, Taliban forces detained an Iranian border guard': months told only before the happening's
  // month (of its year, or of none) are of another such happening, an earlier one.
  const months = findDateMentions(s.text, s.quotes).filter(
    (m) => !m.quoted && m.month !== undefined && m.yearOffset === undefined && own(m.index),
  );
  if (months.length === 0) return ofYears;
  return ofYears.filter((a) =>
    months.some((m) => (m.year !== undefined && m.year !== yearOf(a.date)) || m.month! >= monthOf(a.date)),
  );
}

/** The latest known happening (not one named as background) that the lead paragraph reports as past. */
function leadKnownHappening(
  sentences: readonly Sentence[],
  anchors: readonly Anchor[],
  title: string | null,
  paragraphs = 1,
): Anchor | null {
  const first = sentences[0]?.paragraph ?? 0;
  const lead = sentences.filter((s) => s.paragraph < first + paragraphs);
  const found = lead
    .filter((s) => !isFutureTense(s.text, s.quotes) && !anniversaryOf(s.text))
    .flatMap((s) => pastHappeningsIn(s, anchors, title, outsideQuotes(s)).filter((a) => !a.background));
  return found.length ? found.reduce((a, b) => (b.date > a.date ? b : a)) : null;
}

/** The one day, years after a full date the text writes before the window, that falls within the window. */
function anniversaryOfDatedPast(
  sentences: readonly Sentence[],
  years: number,
  window: { from: string; to: string },
): { date: string; of: string } | null {
  const days = new Map<string, string>();
  for (const s of sentences)
    for (const m of findDateMentions(s.text, s.quotes)) {
      const date = fullDate(m);
      if (!date || date >= window.from) continue;
      const day = isoOf(yearOf(date) + years, monthOf(date), dayOf(date));
      if (day >= window.from && day <= window.to) days.set(day, m.text);
    }
  if (days.size !== 1) return null;
  const [date, of] = [...days][0]!;
  return { date, of };
}

function anniversaryDay(anchor: Anchor, years: number): string {
  return isoOf(yearOf(anchor.date) + years, monthOf(anchor.date), dayOf(anchor.date));
}

/**
 * Days the text fixes without writing their year: 'closed on Monday, July 31' (the one year of the window where
 * the weekday fits), 'marking the first anniversary of the takeover' (a known happening's day, years on).
 */
function daysTheTextFixes(sentences: readonly Sentence[], options: PublicationOptions): string[] {
  const { window, anchors } = options;
  const latest = plausibleRange(window)[1];
  return sentences.flatMap((s) => {
    const anniversary = anniversaryOf(s.text);
    const anniversaries = anniversary
      ? knownHappeningsIn(s, anchors, options.title)
          .map((a) => anniversaryDay(a, anniversary.years))
          .filter((d) => d <= latest)
      : [];
    const weekdays = findDateMentions(s.text, s.quotes).flatMap((m) => dayFixedByWeekday(m, window) ?? []);
    return [...anniversaries, ...weekdays];
  });
}

/** 'Monday, July 31' with no year: the day, when its weekday fits one year of the window only. */
function dayFixedByWeekday(m: DateMention, window: { from: string; to: string }): string | null {
  if (m.quoted || m.year !== undefined || m.month === undefined || m.day === undefined || m.weekday === undefined)
    return null;
  const fits = yearsWhereWeekdayFits(m.month, m.day, m.weekday, yearOf(window.from), yearOf(window.to));
  return fits.length === 1 ? isoOf(fits[0]!, m.month, m.day) : null;
}

/**
 * 'by the end of March 2025', 'until 30 June 2023', 'by the end of this year (March 2025 …)': the date at index is a
 * deadline or a target, not a day the story reports.
 */
function isDeadlineAt(text: string, index: number): boolean {
  return (
    DEADLINE_BEFORE.test(text.slice(0, index)) ||
    (DEADLINE_BEFORE_END.test(text.slice(0, index)) && OPENS_WITH_END.test(text.slice(index))) ||
    DEADLINE_EXPLAINED.test(text.slice(Math.max(0, index - 60), index))
  );
}

/** Full dates the text reports as past, unquoted: the story was published on or after them. */
function explicitPastDates(sentences: readonly Sentence[]): Fact[] {
  const out: Fact[] = [];
  for (const s of sentences) {
    if (isFutureTense(s.text, s.quotes)) continue;
    for (const m of findDateMentions(s.text, s.quotes)) {
      // 'the card is valid until 30 June 2023': a deadline, not a day the story reports.
      const date = m.quoted || isDeadlineAt(s.text, m.index) ? null : fullDate(m);
      if (date) out.push({ date, precision: 'day', text: m.text });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Choosing

interface Candidate {
  rule: string;
  date: string;
  basis: Publication['basis'];
  evidence: string;
  score: number;
  note?: string;
  /** Read below the start of the story: a stamp under the text, or a teaser's. */
  below?: boolean;
  /**
   * A date above the story, no time, no label, that may be the site's own 'today': with a weekday that fits it (how a
   * top bar shows the day), or bare.
   */
  todayWidget?: 'weekday' | 'bare';
  /** Behind a label ('Published:', 'Tarix:'). */
  labelled?: boolean;
}

/** This many bare date lines in a row are a list of the days a text tells, not its stamp. */
const DATE_LIST_LINES = 3;

/** How long the run of true values through index i is (0 when it is false). */
function runOfTrue(values: readonly boolean[], i: number): number {
  if (!values[i]) return 0;
  let from = i;
  let to = i;
  while (from > 0 && values[from - 1]) from--;
  while (to < values.length - 1 && values[to + 1]) to++;
  return to - from + 1;
}

/** Everything the page says about its own date, each with a prior weight. */
function candidatesOf(
  clean: CleanArticle,
  sentences: readonly Sentence[],
  window: { from: string; to: string },
  latestReported: Fact | null,
): Candidate[] {
  const out: Candidate[] = [];
  // A bare 1 January, without a time, is what a site's template shows when a story has no date of its own.
  if (clean.pageStamp && !isTemplateDay(clean.pageStamp)) {
    out.push({
      rule: 'page-stamp',
      date: clean.pageStamp.date,
      basis: 'dateline',
      evidence: clean.pageStamp.text,
      score: 0.97,
    });
  }
  // A wire dateline opens the lead, which a teaser or a repeated standfirst may precede.
  const leads = clean.paragraphs
    .slice(0, 3)
    .map((p) => p.text.slice(0, leadStampLength(p.text)).trim())
    .filter(Boolean);
  const lines = [
    ...clean.headerLines
      .filter((_, i) => !afterWeather(clean.headerLines, i) && !beforeNavigation(clean.headerLines, i))
      .map((line) => ({ line, lead: false, below: false })),
    ...leads.map((line) => ({ line, lead: true, below: false })),
    // (the opening paragraphs: a description cut short ends in the page's date and site; a byline carries it)
    ...clean.paragraphs
      .slice(0, 3)
      .filter((p) => CUT_DESCRIPTION_STAMP.test(p.text) || BYLINE_OPENING.test(p.text))
      .map((p) => ({ line: p.text, lead: false, below: false })),
    ...clean.footerLines.map((line) => ({ line, lead: false, below: true })),
  ];
  // The stamp each line above and below the text gives, read once.
  const stampOf = new Map([...clean.headerLines, ...clean.footerLines].map((l) => [l, readStampLine(l, sentences)]));
  // A run of bare date lines is a list of days the text tells ('10اذر 1400', '17اسفند1400', …), not a stamp.
  const listed = new Set(
    [clean.headerLines, clean.footerLines].flatMap((block) => {
      const dated = block.map((line) => {
        const stamp = stampOf.get(line);
        return stamp != null && !stamp.clock && !stamp.labelled;
      });
      return block.filter((_, i) => runOfTrue(dated, i) >= DATE_LIST_LINES);
    }),
  );
  for (const { line, lead: isLead, below } of lines) {
    if (listed.has(line)) continue;
    const stamp = !isLead && stampOf.has(line) ? stampOf.get(line)! : readStampLine(line, sentences, isLead);
    if (!stamp) continue;
    let score = isLead ? 0.86 : 0.84;
    if (stamp.clock) score += 0.06;
    if (stamp.labelled) score += 0.03;
    if (stamp.weekdayFits === true) score += 0.02;
    if (stamp.weekdayFits === false) score -= 0.1;
    if (stamp.note) score -= 0.15;
    out.push({
      rule: isLead ? 'dateline' : 'stamp',
      date: stamp.date,
      basis: 'dateline',
      evidence: stamp.text,
      score,
      ...(stamp.note ? { note: stamp.note } : {}),
      ...(below ? { below } : {}),
      ...(stamp.labelled ? { labelled: true } : {}),
      // A bare date above the story, with no clock or label, may be the site's clock too; fewer signs unmask it.
      ...(!isLead && !below && !stamp.clock && !stamp.labelled
        ? { todayWidget: stamp.weekdayFits === true || LUNAR_DAY.test(line) ? 'weekday' : 'bare' }
        : {}),
    });
  }
  // 'HERAT, Sep. 22 –' under a stamp of 28 September 2022: the story was filed on the dateline's day, which its
  // 'on Tuesday' counts from; the stamp (a later posting) gives the year.
  // 'KABUL, Jan 10 (Reuters) –' on a page whose address is of 30 January: a wire story posted again later.
  const fromUrl = clean.meta.url ? urlDate(clean.meta.url) : null;
  const dated = [
    ...out.filter((c) => c.rule === 'stamp' || c.rule === 'page-stamp'),
    ...(fromUrl ? [{ date: fromUrl, evidence: `url: ${clean.meta.url}`, score: 0.88 }] : []),
  ];
  for (const line of leads) {
    const partial = yearlessStamp(line);
    if (!partial) continue;
    for (const c of dated) {
      const day = yearlessDayIn(partial, yearOf(c.date));
      // A day apart is the same story across time zones; the stamp stands. A dateline before a day the story
      // reports as past is a misprint ('4 Apr (ZXS) -- On 14 April …').
      const reportedLater = reportsDayBetween(sentences, day, c.date);
      if (day < addDays(c.date, -1) && day >= addDays(c.date, -31) && !reportedLater)
        out.push({
          rule: 'dateline',
          date: day,
          basis: 'dateline',
          evidence: `${partial.text} (year from ${c.evidence})`,
          score: c.score + 0.01,
        });
    }
  }
  // '8 Jul' above 'HERAT, Afghanistan (AP) — The Taliban on Thursday captured …': a stamp without its year, which
  // the lead's weekday fixes when one year of the window alone has that day on it (or, but for a wire's, the next).
  if (dated.length === 0) {
    const lead = leadWeekday(sentences.slice(0, 3));
    // ('КАБУЛ, 5 октября. /ТАСС/. … во вторник': or the wire's dateline opening the lead)
    const inHeader = clean.headerLines.map(yearlessStamp).filter((p): p is YearlessDay => p !== null);
    const stamps =
      inHeader.length > 0 ? inHeader : leads.map(yearlessStamp).filter((p): p is YearlessDay => p !== null);
    if (lead?.weekday !== undefined && stamps.length === 1) {
      const [stamp] = stamps as [YearlessDay];
      const year = yearOfWeekday(
        stamp,
        lead.weekday,
        leadWeekdayLags(sentences),
        yearOf(window.from),
        yearOf(window.to),
      );
      if (year !== null)
        out.push({
          rule: 'stamp',
          date: yearlessDayIn(stamp, year),
          basis: 'dateline',
          evidence: `${stamp.text} (year from the lead's '${lead.text}')`,
          score: 0.8,
        });
    }
  }
  // 'Afghanistan situation: Emergency response in Iran, 19 August 2021': a report titled with its own date.
  const headings = [clean.title, ...clean.headerLines.slice(0, 3)].filter((h): h is string => Boolean(h));
  const titled = headings.map((h) => titleDate(h, sentences)).find((t) => t !== null);
  if (titled)
    out.push({ rule: 'title-date', date: titled.date, basis: 'dateline', evidence: titled.text, score: 0.82 });
  if (fromUrl) out.push({ rule: 'url', date: fromUrl, basis: 'url', evidence: `url: ${clean.meta.url}`, score: 0.88 });
  // The latest full date the text reports as past: a yearless day of writing is not before it.
  const pastFloor = latestReported?.date ?? null;
  for (const { mention, date } of datesOfWriting(sentences, window)) {
    // 'dün (26 Ağustos)' under '31 Ağustos 2021' reported as past: the first 26 August after it.
    const afterFloor = date ? null : yearlessWritingAfter(mention, pastFloor, window);
    if (!date && !afterFloor) continue;
    const fixedBy =
      mention.year !== undefined ? '' : date ? ' (year from its weekday)' : ` (the first such day after ${pastFloor})`;
    out.push({
      rule: 'date-of-writing',
      date: (date ?? afterFloor)!,
      basis: 'inferred',
      evidence: `${mention.text}${fixedBy}`,
      score: mention.year !== undefined ? 0.8 : date ? 0.74 : 0.7,
    });
  }
  return out;
}

/** Whether the text reports as past a day after `from`, up to `to` ('On 14 April', under a dateline of 4 April). */
function reportsDayBetween(sentences: readonly Sentence[], from: string, to: string): boolean {
  const year = yearOf(to);
  return sentences.some(
    (s) =>
      !isFutureTense(s.text, s.quotes) &&
      findDateMentions(s.text, s.quotes).some((m) => {
        if (m.quoted || m.month === undefined || m.day === undefined || (m.year !== undefined && m.year !== year))
          return false;
        const day = isoOf(year, m.month, Math.min(m.day, lastDayOfMonth(year, m.month)));
        return day > from && day <= to;
      }),
  );
}

/**
 * 'TEHERAN, 31 LUG -', 'MADRID, 18 (EUROPA PRESS) -': a wire's dateline with the day and at most a short month;
 * 'Teherán 27. mája (TASR) -': a place in capitals and small letters, with the month and the agency.
 */
const DATELINE_DAY = new RegExp(
  [
    /^\s*(?:\([^()]{1,30}\)\s*[–—-]\s*)?\p{Lu}[\p{Lu}\s.'’-]{1,30},\s*(\d{1,2})(?:\s+(\p{L}{3,10})\.?)?\s*(?:\([^()]{1,40}\)\s*)?(?:[–—-]|$)/u,
    /^\s*\p{Lu}[\p{L}'’-]{1,20}(?:\s\p{Lu}[\p{L}'’-]{1,20})?,?\s+(\d{1,2})\.?\s+(\p{L}{3,10})\.?\s*\([\p{Lu}\s/-]{2,20}\)\s*[–—-]/u,
  ]
    .map((r) => r.source)
    .join('|'),
  'u',
);

/** The dateline's day in the month the page or its address gives (not when it names another month). */
function leadDatelineDay(lead: string, month: { year: number; month: number }): { date: string; text: string } | null {
  const m = DATELINE_DAY.exec(toLatinDigits(lead));
  if (!m) return null;
  const day = Number(m[1] ?? m[3]);
  const monthWord = m[2] ?? m[4];
  const named = monthWord ? anyMonthNumber(monthWord) : null;
  if (named !== null && named !== month.month) return null;
  // (in the second form the word after the day must be a month)
  if (m[4] && named === null) return null;
  if (day < 1 || day > lastDayOfMonth(month.year, month.month)) return null;
  return { date: isoOf(month.year, month.month, day), text: m[0].trim() };
}

/** A full date closing a headline, after a comma or dash, or run into the place before it. */
export function titleDate(title: string, sentences: readonly Sentence[] = []): { date: string; text: string } | null {
  // 'Ties of friendship … — EADaily, May 28, 2023 — Politics': a part of the title set apart by dashes or bars.
  const [, ...parts] = title.split(/\s+[—–|]\s+/);
  for (const part of parts) {
    const found = closingDate(part, sentences);
    if (found) return found;
  }
  return closingDate(title, sentences);
}

/** A full date that closes a headline (or a part of it), set apart by a comma or a dash. */
function closingDate(title: string, sentences: readonly Sentence[]): { date: string; text: string } | null {
  const trimmed = normaliseStamp(title).replace(/[\s.)]+$/, '');
  const m = findDateMentions(trimmed, []).at(-1);
  if (!m || m.index + m.text.length < trimmed.length) return null;
  // 'Tehran, IranDecember 23, 2023': a template that runs the place and the date together sets it apart as well.
  const glued = new RegExp(`\\p{Ll}${escapeRegExp(m.text.split(/\s/)[0]!)}`, 'u').test(title);
  if (!glued && !/[,–—-]\s*$/.test(trimmed.slice(0, m.index))) return null;
  // 'Kompas.com - 02/12/2021, 14:46 WIB': a numeric date that reads both ways, read as a stamp is.
  const date = SLASHED.test(toLatinDigits(m.text)) ? readSlashedDate(m.text, sentences)?.date : fullDate(m);
  return date ? { date, text: m.text } : null;
}

/** How many days after the lead's weekday a stamp may be: the day itself, or (but for a wire's) the day after. */
function leadWeekdayLags(sentences: readonly Sentence[]): readonly number[] {
  return wireDateline(sentences) ? [0] : [0, 1];
}

/**
 * The one year in [from, to] in which a yearless stamp's day lies one of the lags (in days) after a weekday, or
 * when none does, a day more or less (see nearlyFitting); null when none or several fit.
 */
function yearOfWeekday(
  stamp: YearlessDay,
  weekday: number,
  lags: readonly number[],
  from: number,
  to: number,
): number | null {
  const fitting = (ls: readonly number[]) => {
    const fits: number[] = [];
    for (let y = from; y <= to; y++) {
      const day = yearlessDayIn(stamp, y);
      if (ls.some((lag) => weekdayOf(addDays(day, -lag)) === weekday)) fits.push(y);
    }
    return fits;
  };
  const fits = nearlyFitting(fitting, lags);
  return fits.length === 1 ? fits[0]! : null;
}

/**
 * The years that fit with the lags; when none does, those that fit a day off ('Thursday (February 28)' of a
 * Wednesday): a site's time zone or a weekday carried over from the Solar calendar, still the nearest year.
 */
function nearlyFitting(fitting: (lags: readonly number[]) => number[], lags: readonly number[]): number[] {
  const exact = fitting(lags);
  if (exact.length > 0) return exact;
  return fitting([...new Set(lags.flatMap((l) => [l - 1, l + 1]))].filter((l) => !lags.includes(l)));
}

/** The years in [from, to] in which a day of a month falls on a weekday (a lag of days after it). */
export function yearsWhereWeekdayFits(
  month: number,
  day: number,
  weekday: number,
  from: number,
  to: number,
  lags: readonly number[] = [0],
): number[] {
  return yearsWhereDayFallsOn(
    (y) => (day <= lastDayOfMonth(y, month) ? isoOf(y, month, day) : null),
    weekday,
    from,
    to,
    lags,
  );
}

/** The years in [from, to] whose day (as `dayIn` finds it in each) falls on a weekday, a lag of days after it. */
function yearsWhereDayFallsOn(
  dayIn: (year: number) => string | null,
  weekday: number,
  from: number,
  to: number,
  lags: readonly number[],
): number[] {
  const fits: number[] = [];
  for (let y = from; y <= to; y++) {
    const iso = dayIn(y);
    if (iso && lags.some((lag) => weekdayOf(addDays(iso, -lag)) === weekday)) fits.push(y);
  }
  return fits;
}

/** A Solar Hijri day of the month in a Gregorian year: '7 Qaws' is 28 November in 2022 and 27 November in 2024. */
function solarDayInYear(year: number, day: { month: number; day: number }): string | null {
  for (const jy of [year - 622, year - 621]) {
    const iso = solarToIso(jy, day.month, day.day);
    if (iso && yearOf(iso) === year) return iso;
  }
  return null;
}

/**
 * 'Yesterday on May 27th, 2023', 'since this morning (Saturday, May 20)': a date written beside the day of writing.
 * Its year, if not written, from its weekday when only one year of the window fits; else left to the caller.
 */
function datesOfWriting(
  sentences: readonly Sentence[],
  window: { from: string; to: string },
): Array<{ mention: DateMention; date: string | null }> {
  const out: Array<{ mention: DateMention; date: string | null }> = [];
  for (const s of sentences) {
    // (what a plan sets for 'tomorrow' or 'today' is still said on the day of writing)
    const future = isFutureTense(s.text, s.quotes);
    for (const m of findDateMentions(s.text, s.quotes)) {
      if (m.quoted || m.daysBeforeNow === undefined || m.month === undefined || m.day === undefined) continue;
      if (future && m.daysBeforeNow === 1) continue;
      let year = m.year;
      if (year === undefined && m.weekday !== undefined) {
        const fits = yearsWhereWeekdayFits(m.month, m.day, m.weekday, yearOf(window.from), yearOf(window.to));
        if (fits.length === 1) year = fits[0];
      }
      const written = year !== undefined ? fullDate({ year, month: m.month, day: m.day }) : null;
      out.push({ mention: m, date: written ? addDays(written, m.daysBeforeNow) : null });
    }
  }
  return out;
}

/** The first day of writing a yearless 'yesterday (26 August)' gives on or after a date the text reports as past. */
function yearlessWritingAfter(
  mention: DateMention,
  floor: string | null,
  window: { from: string; to: string },
): string | null {
  if (floor === null || mention.year !== undefined || mention.month === undefined || mention.day === undefined)
    return null;
  for (let y = yearOf(floor); y <= yearOf(window.to); y++) {
    const written = fullDate({ year: y, month: mention.month, day: mention.day });
    const day = written ? addDays(written, mention.daysBeforeNow ?? 0) : null;
    if (day && day >= floor) return day;
  }
  return null;
}

/**
 * Weighs the candidates: two that agree support each other; one that the text contradicts (it reports a later
 * day as past) or that lies far after everything the text reports while another does not (a site's own 'today'
 * in its top bar) loses; dates outside the plausible years are not candidates.
 */
function choose(candidates: Candidate[], reported: Fact[], window: { from: string; to: string }): Candidate | null {
  const [low, high] = plausibleRange(window);
  const usable = candidates.filter((c) => c.date >= low && c.date <= high);
  if (usable.length === 0) return null;
  const latestReported = reported.length ? reported.reduce((a, b) => (b.date > a.date ? b : a)).date : null;
  for (const c of usable) {
    if (
      usable.some(
        (o) => o !== c && o.date !== c.date && Math.abs(Date.parse(o.date) - Date.parse(c.date)) <= 2 * 86_400_000,
      )
    )
      c.score += 0.1;
    if (usable.some((o) => o !== c && o.date === c.date)) c.score += 0.15;
    if (latestReported && addDays(c.date, 1) < latestReported) c.score -= 0.5;
    const far = (d: string) => latestReported !== null && Date.parse(d) - Date.parse(latestReported) > 300 * 86_400_000;
    if (far(c.date) && usable.some((o) => o.date < c.date && !far(o.date))) c.score -= 0.3;
  }
  // 'Today (Friday, June 28)' under a stamp of 26 June: nothing is written before its own day, so the stamp is
  // an earlier version's (or the site's) and the day the text says it is wins.
  for (const c of usable.filter((x) => x.rule === 'date-of-writing')) {
    const earlier = usable.filter(
      (o) => o.rule !== 'date-of-writing' && o.date < c.date && addDays(o.date, 7) >= c.date,
    );
    if (earlier.length > 0) c.score = Math.max(c.score, ...earlier.map((o) => o.score + 0.01));
  }
  // The site's 'today' heads the page, above the story's own stamp: of two stamps more than a week apart (an
  // update comes within days), the first and later one loses.
  const stamps = usable.filter((c) => (c.rule === 'stamp' || c.rule === 'page-stamp') && !c.below);
  if (stamps.length >= 2) {
    const [first, ...rest] = stamps;
    if (rest.some((o) => Date.parse(first!.date) - Date.parse(o.date) > 7 * 86_400_000)) first!.score -= 0.2;
  }
  // A stamp above the story days or weeks before the day in its address ('2021年11月09日付 Hamshahri 紙' on a page
  // posted on 2 December): the story was written then, and the address is of its posting again.
  for (const c of stamps)
    if (usable.some((o) => o.rule === 'url' && o.date > addDays(c.date, 2) && o.date <= addDays(c.date, 45)))
      c.score = Math.max(c.score, ...usable.filter((o) => o.rule === 'url').map((o) => o.score + 0.01));
  // Below the story, a stamp a month or more from every stamp above it, and from the day in the page's address,
  // dates a teaser of another story.
  const monthApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) > 30 * 86_400_000;
  const pageOwn = [...stamps, ...usable.filter((x) => x.rule === 'url')];
  // But a labelled stamp under the story ('Tarix: 23-08-2021, 21:51') under a header date with no label (the
  // site's clock, '23:06 / 20-11-2024') and no address to date the page is the story's own.
  const ownBelow = (c: Candidate) =>
    c.labelled && !usable.some((x) => x.rule === 'url') && stamps.every((o) => !o.labelled);
  for (const c of usable.filter((x) => x.below))
    if (pageOwn.length > 0 && pageOwn.every((o) => monthApart(o.date, c.date)) && !ownBelow(c)) c.score -= 0.5;
  return usable.reduce((a, b) => (b.score > a.score ? b : a));
}

export function findPublication(
  clean: CleanArticle,
  sentences: readonly Sentence[],
  options: PublicationOptions,
): Publication {
  return onLeadsWeekdayAndDay(publicationWithReports(clean, sentences, options), sentences, options.window);
}

function publicationWithReports(
  clean: CleanArticle,
  sentences: readonly Sentence[],
  options: PublicationOptions,
): Publication {
  const found = notBeforeEmbeddedPost(publicationOfPage(clean, sentences, options), clean);
  if (!options.reports) return found;
  // No date of its own, or only the year: a dated report of the same story says more.
  if (found.date === null)
    return (
      ofSameStory(clean, options.reports, found) ?? ofSameStoryOnNamedDay(clean, sentences, options.reports, found)
    );
  if (found.precision === 'year') return ofSameStory(clean, options.reports, found) ?? found;
  // An article number gives the likely days, not the day: a report of the same story among them does.
  if (found.rule === 'article-number' && clean.meta.url) {
    const numbered = dateFromArticleNumber(clean.meta.url, options.numbering ?? []);
    const same = numbered && sameStoryReport(clean, options.reports);
    if (same && same.report.day !== found.date && Math.abs(daysFrom(numbered.date, same.report.day)) <= numbered.likely)
      return { ...found, date: same.report.day, evidence: `${found.evidence}; ${storyEvidence(same)}` };
  }
  // Only the month is known (its address, its page): a dated report of the same story that month gives the day.
  if (found.precision === 'month') {
    const same = ofSameStory(clean, options.reports, found);
    if (same && same.date!.slice(0, 7) === found.date.slice(0, 7)) return { ...same, basis: found.basis };
  }
  // The latest day the text reports, or the known happening it tells, is only the earliest the story can be: the
  // day of a dated report of the same story after it, even the next day, is the better guess.
  if (found.basis === 'inferred' && FLOOR_RULES.has(found.rule)) {
    const same = ofSameStory(clean, options.reports, found);
    const lag = toldWithWeekday(found) ? WEEKDAY_STORY_LAG_DAYS : STORY_LAG_DAYS;
    if (same && same.date! > found.date && same.date! <= addDays(found.date, lag)) return same;
  }
  return found;
}

/** How far the lead's day of the month with its weekday ('sábado (8)') may move an inferred publication day. */
const NEAR_LEAD_DAY = 7;
/** How far after the latest day the text reports a story of a given day and weekday may be. */
const AFTER_FLOOR_DAYS = 92;

/**
 * 'O chefe da diplomacia do Talibã esteve no Irã neste sábado (8)': the lead names its day of the month with its
 * weekday, which few days in the window share. An inferred day (or only a month) gives way to the nearest of them;
 * an earliest day (the latest the text reports) to the first after it.
 */
function onLeadsWeekdayAndDay(
  found: Publication & { floor?: string | null },
  sentences: readonly Sentence[],
  window: { from: string; to: string },
): Publication {
  if (found.date === null || (found.basis !== 'inferred' && found.precision !== 'month')) return found;
  const lead = sentences
    .slice(0, 3)
    .filter((s) => !isFutureTense(s.text, s.quotes))
    .flatMap((s) => findDateMentions(s.text, s.quotes))
    .find((m) => !m.quoted && m.kind === 'day-of-month' && m.weekday !== undefined && m.day !== undefined);
  if (!lead) return found;
  const [low, high] = plausibleRange(window);
  const fits = (d: string) => dayOf(d) === lead.day && weekdayOf(d) === lead.weekday;
  const date = found.date;
  const first = (days: Iterable<string>) => [...days].find(fits) ?? null;
  const [year, month] = [yearOf(date), monthOf(date)];
  const ofMonth = lead.day! <= lastDayOfMonth(year, month) ? isoOf(year, month, lead.day!) : null;
  const firstAfter = (floor: string) =>
    first(daysAfter(addDays(floor, -1), minIso(addDays(floor, AFTER_FLOOR_DAYS), high)));
  // (an inferred day placed after the latest day the text reports keeps that day as its floor)
  const day =
    found.precision === 'month'
      ? first(ofMonth ? [ofMonth] : [])
      : FLOOR_RULES.has(found.rule)
        ? firstAfter(date)
        : (first(daysAround(date, NEAR_LEAD_DAY)) ?? (found.floor ? firstAfter(found.floor) : null));
  if (day === null || day === date || day < low) return found;
  // ('8日土曜 … 10日': a later day of the month the text names is not before the story)
  if (day < date && latestDayOfMonthFrom(day, sentences) !== null) return found;
  return {
    ...found,
    date: day,
    precision: 'day',
    rule: 'lead-weekday-and-day',
    evidence: `${lead.text} (the ${found.precision === 'month' ? 'day of that month' : Math.abs(daysFrom(day, date)) <= NEAR_LEAD_DAY ? 'nearest such day to' : 'first such day after'} ${found.evidence})`,
  };
}

/** Inferred publication days that are only the earliest the story can be written. */
const FLOOR_RULES = new Set(['latest-reported-date', 'story-of-known-happening']);
/** A story is told within weeks of the latest day it reports. */
const STORY_LAG_DAYS = 30;
/** A latest day told with its weekday ('روز یکشنبه، ۲۴ دی') is that week's news: a report weeks on is another story. */
const WEEKDAY_STORY_LAG_DAYS = 7;
const toldWithWeekday = (found: Publication) =>
  found.rule === 'latest-reported-date' && findDateMentions(found.evidence).some((m) => m.weekday !== undefined);
/** Relays of one story run a day or two apart. */
const SAME_DAY_SLACK = 2;

/** No date of its own, but the same story as a report whose day is known (a relay, a rewrite): that day. */
function ofSameStory(clean: CleanArticle, reports: ReportIndex, found: Publication): Publication | null {
  const same = sameStoryReport(clean, reports);
  return same ? onReportsDay(same, found, 'same-story-as-report', 0.6, storyEvidence(same)) : null;
}

/** The page dated by a report of its story: the report's day, no surer than what they share. */
function onReportsDay(
  same: SameStory,
  found: Publication,
  rule: string,
  maxConfidence: number,
  evidence: string,
): Publication {
  return {
    date: same.report.day,
    precision: 'day',
    basis: 'inferred',
    rule,
    confidence: Math.min(maxConfidence, same.score),
    evidence,
    warnings: found.warnings.filter((w) => !w.startsWith('no publication date')),
  };
}

const storyEvidence = (same: SameStory) =>
  `the same story as ${same.report.url ?? same.report.name} (${same.report.day}): ${same.shared.slice(0, 6).join(', ')}`;

/**
 * No date of its own, but a day without its year ('on 29 June') and a report of that day, or of a day or two
 * after it as relays are, telling much the same story. Only a weekday ('on Wednesday') fits one day in seven, so
 * the report must share more.
 */
function ofSameStoryOnNamedDay(
  clean: CleanArticle,
  sentences: readonly Sentence[],
  reports: ReportIndex,
  found: Publication,
): Publication {
  const mentions = sentences.flatMap((s) => findDateMentions(s.text, s.quotes));
  const days = mentions.filter(
    (m) => m.year === undefined && m.month !== undefined && m.day !== undefined && !m.solarMonthDay,
  );
  const weekdays = mentions.filter((m) => m.weekday !== undefined && m.month === undefined && m.day === undefined);
  const onOrBefore = (day: string) => Array.from({ length: SAME_DAY_SLACK + 1 }, (_, k) => addDays(day, -k));
  const fitting = (day: string) =>
    days.length > 0
      ? days.find((m) => onOrBefore(day).includes(isoOf(yearOf(day), m.month!, m.day!)))
      : weekdays.find((m) => onOrBefore(day).some((d) => weekdayOf(d) === m.weekday));
  if (days.length === 0 && weekdays.length === 0) return found;
  const same = sameStoryOnDay(clean, reports, (day) => fitting(day) !== undefined, days.length === 0);
  if (!same) return found;
  const evidence = `'${fitting(same.report.day)!.text}' and ${storyEvidence(same)}`;
  return onReportsDay(same, found, 'same-story-on-named-day', 0.5, evidence);
}

/**
 * A story quotes the post it embeds, so it was written on or after the post's day: an inferred date (or none)
 * before it gives way to it, and so does a month atop the page months after it. Stamps and addresses stand.
 */
function notBeforeEmbeddedPost(found: Publication, clean: CleanArticle): Publication {
  const pageMonth = found.rule === 'page-month';
  if (found.basis !== 'inferred' && found.basis !== 'none' && !pageMonth) return found;
  const lines = [...clean.headerLines, ...clean.footerLines, ...clean.paragraphs.flatMap((p) => p.text.split('\n'))];
  const posted = lines
    .flatMap((line) => {
      const signature = EMBEDDED_POST.exec(line);
      const m = signature ? findDateMentions(signature[1]!, []).find((x) => fullDate(x) !== null) : undefined;
      return m ? [{ date: fullDate(m)!, text: line.trim() }] : [];
    })
    .reduce<{ date: string; text: string } | null>((a, b) => (a === null || b.date > a.date ? b : a), null);
  if (!posted) return found;
  // A month atop the page long after the post it embeds is the site's clock ('date 2025-03' over a tweet of 2023).
  if (
    pageMonth
      ? found.date! < addDays(posted.date, PAGE_MONTH_LAG_DAYS)
      : found.date !== null && found.date >= posted.date
  )
    return found;
  return {
    date: posted.date,
    precision: 'day',
    basis: 'inferred',
    rule: 'embedded-post',
    confidence: 0.5,
    evidence: posted.text,
    warnings: found.warnings.filter((w) => !w.startsWith('no publication date')),
  };
}

/** Days the text's known happenings must narrow the story to before a bare date above it gives way. */
const PLACED_WITHIN_DAYS = 31;
/** How far outside the terms of the office-holders a text names a site's clock above it may be before it is taken for chrome. */
const OUTSIDE_TERM_DAYS = 180;

function publicationOfPage(
  clean: CleanArticle,
  sentences: readonly Sentence[],
  options: PublicationOptions,
): Publication {
  const warnings: string[] = [];
  const reported = explicitPastDates(sentences);
  const latest = reported.length ? reported.reduce((a, b) => (b.date > a.date ? b : a)) : null;

  if (clean.meta.published) {
    const found: Publication = {
      date: clean.meta.published,
      precision: 'day',
      basis: 'front-matter',
      rule: 'front-matter',
      confidence: 1,
      evidence: `published: ${clean.meta.published}`,
      warnings,
    };
    if (latest && latest.date > addDays(found.date!, 1)) {
      // Metadata an editor supplied is kept, but the contradiction is reported.
      warnings.push(
        `the front-matter date ${found.date} is earlier than '${latest.text}' (${latest.date}), which the text reports as past`,
      );
      return { ...found, confidence: 0.6 };
    }
    return found;
  }

  // '/2022/04/' in the address: the site filed the story that month, so a stamp of another month is chrome.
  const filed = (clean.meta.url ? urlMonth(clean.meta.url) : null) ?? clean.pageMonth;
  const inFiledMonth = (c: Candidate) =>
    !filed ||
    (c.date >= isoOf(filed.year, filed.month, 1) &&
      c.date <= addDays(isoOf(filed.year, filed.month, lastDayOfMonth(filed.year, filed.month)), 2));
  // An article number that places the page within weeks: a stamp far outside those days is the site's clock (a
  // date in the address itself stays).
  const numbered = clean.meta.url ? dateFromArticleNumber(clean.meta.url, options.numbering ?? []) : null;
  const inNumberedDays = (c: Candidate) =>
    !numbered ||
    c.basis === 'url' ||
    numbered.likely > NUMBERED_MARGIN ||
    (c.date >= addDays(numbered.from, -NUMBERED_SLACK_DAYS) && c.date <= addDays(numbered.to, NUMBERED_SLACK_DAYS));
  // A site's 'today' above a story is chrome when the lead reports a known happening half a year or more before
  // it, or when what the text says of known happenings ('last month … the US withdrawal') puts the story elsewhere.
  const candidates = candidatesOf(clean, sentences, options.window, latest)
    .filter(inFiledMonth)
    .filter(inNumberedDays)
    .filter((c) => fitsWeekdayOfWriting(c, sentences));
  // ' date 2021-11-19' on the first line, above a lead that reports a known happening of January 2022 as past: the
  // page's date is a forum's or an archive's, not the story's (a story is not written before what it reports).
  let leadsNews: Anchor | null | undefined;
  const leadNewsOnce = () => (leadsNews ??= leadKnownHappening(sentences, options.anchors, clean.title));
  const page = candidates.find((c) => c.rule === 'page-stamp');
  if (page && candidates.length > 1) {
    const leadNews = leadNewsOnce();
    if (leadNews && leadNews.date > addDays(page.date, 1)) candidates.splice(candidates.indexOf(page), 1);
  }
  const widgets = candidates.filter((c) => c.todayWidget);
  if (widgets.length > 0) {
    const leadNews = leadNewsOnce();
    const openingNews = leadKnownHappening(sentences, options.anchors, clean.title, 3);
    // Anywhere in the text, when the lead tells its news by another weekday than the date's ('said on Sunday' under
    // a site's 'Saturday, April 13, 2024'): a story's own date fits its lead, a recollection further down does not.
    const told = leadWeekday(sentences)?.weekday;
    const storyNews = leadKnownHappening(sentences, options.anchors, clean.title, Number.POSITIVE_INFINITY);
    const storyNewsFor = (c: Candidate) => (told !== undefined && told !== weekdayOf(c.date) ? storyNews : null);
    const [low, high] = plausibleRange(options.window);
    const placed = daysOfKnownHappenings(sentences, options.anchors, clean.title, low, high);
    const fixedDays = daysTheTextFixes(sentences, { ...options, title: clean.title });
    // Half a year or more outside the terms of the office-holders the text names as in office ('Prime Minister
    // Imran Khan today called …' under a site's 'May 30, 2024'): the site's clock.
    const terms = knowledgeBounds(sentences, options);
    const outsideTerms = (c: Candidate) =>
      terms.evidence.length > 0 &&
      (c.date > addDays(terms.to, OUTSIDE_TERM_DAYS) || c.date < addDays(terms.from, -OUTSIDE_TERM_DAYS));
    // What the text says of known happenings ('last week', 'on Friday' of a known bombing) puts the story
    // elsewhere, by more than a week ('last week' may be of another happening than the one it names). A bare date
    // gives way to that only when it narrows the story to a month ('in August' of the takeover fits a year of days).
    // Both kinds give way to a lead reporting a known happening half a year before them; the other signs below
    // unmask only a date shown with its weekday.
    const elsewhere = (c: Candidate) =>
      placed.reasons.length > 0 &&
      (c.todayWidget === 'weekday' || daysFrom(placed.lo, placed.hi) <= PLACED_WITHIN_DAYS) &&
      (c.date < addDays(placed.lo, -7) || c.date > addDays(placed.hi, 7));
    for (const c of widgets)
      if (
        (leadNews && c.date > addDays(leadNews.date, 180)) ||
        elsewhere(c) ||
        outsideTerms(c) ||
        (c.todayWidget === 'weekday' &&
          // … or the first paragraphs do, or anywhere the text does, with no day the text writes out near it.
          (([openingNews, storyNewsFor(c)].some((news) => news && c.date > addDays(news.date, 180)) &&
            (!latest || c.date > addDays(latest.date, 90))) ||
            // Half a year or more after every day the text writes out: the site's clock, not the story's.
            (latest && c.date > addDays(latest.date, 180)) ||
            // A fortnight after every day the text fixes by its weekday or an anniversary ("on Sunday, April 14th").
            (fixedDays.length > 0 && fixedDays.every((d) => c.date > addDays(d, 14)))))
      )
        candidates.splice(candidates.indexOf(c), 1);
  }
  const chosen = choose(candidates, reported, options.window);
  if (chosen) {
    if (chosen.note) warnings.push(chosen.note);
    if (latest && latest.date > addDays(chosen.date, 1)) {
      warnings.push(
        `the ${chosen.rule} date ${chosen.date} is earlier than '${latest.text}' (${latest.date}), which the text reports as past; using ${latest.date}`,
      );
      return {
        date: latest.date,
        precision: 'day',
        basis: 'inferred',
        rule: 'latest-reported-date',
        confidence: 0.5,
        evidence: latest.text,
        warnings,
      };
    }
    const confidence = Math.max(0.5, Math.min(0.95, chosen.score));
    return {
      date: chosen.date,
      precision: 'day',
      basis: chosen.basis,
      rule: chosen.rule,
      confidence,
      evidence: chosen.evidence,
      warnings,
    };
  }

  const bounds = withinNumbered(knowledgeBounds(sentences, options), numbered);
  const inferred = inferPublication(
    sentences,
    { ...options, title: clean.title, yearKnown: filed !== null },
    [],
    bounds,
  );
  // What the inference could not find is a warning only when nothing else finds the date either.
  const settled = inferred.warnings.filter((w) => !w.startsWith('no publication date'));
  const partial =
    [
      ...clean.headerLines,
      ...clean.footerLines,
      ...(leadStampLength(clean.paragraphs[0]?.text ?? '') > 0
        ? [clean.paragraphs[0]!.text.slice(0, leadStampLength(clean.paragraphs[0]!.text))]
        : []),
    ]
      .map(yearlessStamp)
      .find((p) => p !== null) ?? yearlessDateOfWriting(sentences, options.window);
  const addressMonth = clean.meta.url ? urlMonth(clean.meta.url) : null;
  const fromAddress = addressMonth !== null;
  const month = addressMonth ?? clean.pageMonth;
  if (partial) {
    // A stamp with day and month: the year from the address, else the first year on or after what the text reports.
    const on = (y: number) => yearlessDayIn(partial, y);
    let year: number | null = month && month.month === partial.month ? month.year : null;
    let how = year !== null ? 'year from the address' : '';
    const firstYear = Math.max(yearOf(options.window.from), yearOf(bounds.from));
    const lastYear = Math.min(yearOf(options.window.to), yearOf(bounds.to));
    const today = leadTodaysWeekday(sentences);
    if (year === null && today !== null) {
      // 'KABUL, Oct. 22 – … met … today, Saturday': the stamp's day is that weekday.
      year = yearOfWeekday(partial, today, [0], firstYear, lastYear);
      if (year !== null) how = "the only year in the window where the lead's 'today' fits";
    }
    const lead = year === null ? leadWeekday(sentences.slice(0, 3)) : undefined;
    if (year === null && lead?.weekday !== undefined) {
      // 'KABUL, July 24 (Xinhua) -- … announced on Sunday': the dateline's day is that weekday.
      year = yearOfWeekday(partial, lead.weekday, leadWeekdayLags(sentences), firstYear, lastYear);
      if (year !== null) how = `the only year in the window where the lead's '${lead.text}' fits`;
    }
    if (year === null) {
      const floor = maxIso(bounds.from, inferred.date ?? inferred.floor ?? bounds.from);
      // The year that puts the day nearest the floor, a few days before it included: what the text reports
      // (a deadline read as past, a weekday counted from the wrong year) is rougher than a written stamp.
      year = [yearOf(floor) - 1, yearOf(floor), yearOf(floor) + 1]
        .filter((y) => on(y) >= addDays(floor, -7) && on(y) >= bounds.from)
        .reduce(
          (a, b) =>
            Math.abs(Date.parse(on(b)) - Date.parse(floor)) < Math.abs(Date.parse(on(a)) - Date.parse(floor)) ? b : a,
          yearOf(floor) + 1,
        );
      how = inferred.date
        ? `year from ${inferred.evidence}`
        : inferred.floor
          ? `the first such day after ${inferred.floor}, the latest the text reports`
          : bounds.evidence.length
            ? `year from ${bounds.evidence.join('; ')}`
            : '';
      // A stamp or 'today, February 1' outranks a happening the text recalls: when the year nearest that
      // happening falls outside what the office-holders allow, the one year they allow decides.
      const allowed = yearsInBounds(on, firstYear, lastYear, bounds);
      if (yearsInBounds(on, year, year, bounds).length === 0 && allowed.length === 1 && bounds.evidence.length > 0) {
        year = allowed[0]!;
        how = `year from ${bounds.evidence.join('; ')}`;
      }
    }
    if (how && on(year) <= bounds.to) {
      return {
        date: on(year),
        precision: 'day',
        basis: 'dateline',
        rule: 'yearless-stamp',
        confidence: 0.6,
        evidence: `${partial.text} (${how})`,
        warnings: [...warnings, ...settled],
      };
    }
  }
  const monthEvidence = !month
    ? ''
    : fromAddress
      ? `url: ${clean.meta.url}`
      : `date ${isoOf(month.year, month.month, 1).slice(0, 7)}`;
  // 'TEHERAN, 31 LUG -', 'MADRID, 18 (EUROPA PRESS) -': the dateline's day, of the month the page or its address
  // gives; written out, it outranks a day inferred in that month.
  const datelineDay = !month
    ? undefined
    : [clean.paragraphs[0]?.text ?? '', ...clean.headerLines]
        .map((line) => leadDatelineDay(line, month))
        .find((d) => d !== null);
  // ' date 2022-05' atop a page is when it was shown, not always when it was written: a day the text itself
  // places in the weeks before that month stands.
  const pageMonthAfterStory =
    month !== null &&
    !fromAddress &&
    !datelineDay &&
    inferred.date !== null &&
    inferred.precision === 'day' &&
    inferred.date < isoOf(month.year, month.month, 1) &&
    inferred.date >= addDays(isoOf(month.year, month.month, 1), -PAGE_MONTH_LAG_DAYS);
  if (
    month &&
    !pageMonthAfterStory &&
    (datelineDay ||
      inferred.date === null ||
      inferred.precision !== 'day' ||
      monthOf(inferred.date) !== month.month ||
      yearOf(inferred.date) !== month.year)
  ) {
    if (datelineDay)
      return {
        date: datelineDay.date,
        precision: 'day',
        basis: 'dateline',
        rule: 'dateline',
        confidence: 0.8,
        evidence: `${datelineDay.text} (month and year from ${monthEvidence})`,
        warnings: [...warnings, ...settled],
      };
    // '/2023/07/': the month from the address; the day is the latest the text reports in it, else unknown.
    const inAddressMonth = (d: string | null) => d !== null && yearOf(d) === month.year && monthOf(d) === month.month;
    // Inferred just past the month ('Friday' of a happening on its last day): the month's last day, if the
    // happening itself lies in the month.
    const monthLast = isoOf(month.year, month.month, lastDayOfMonth(month.year, month.month));
    // 'Le 1er décembre … a annoncé mercredi' under '2021-12': the month's own days, written without a year,
    // are of the address's year (not of another the office-holders allow); the story follows the latest.
    const yearlessFloor = latestYearlessDayIn(sentences, month);
    // The latest fact in the month, without the lead's weekday, is the next day's report (as placeAfter has it).
    const inMonth = inAddressMonth(inferred.date)
      ? inferred.date
      : inferred.precision === 'day' && inAddressMonth(inferred.floor) && inferred.date! > monthLast
        ? monthLast
        : inAddressMonth(inferred.floor)
          ? (firstDayAfterLeadWeekday(daysAfter(inferred.floor!, monthLast), sentences) ??
            minIso(addDays(inferred.floor!, 1), monthLast))
          : yearlessFloor
            ? firstDayAfterLeadWeekday(daysAfter(yearlessFloor, monthLast), sentences)
            : null;
    // A lead reporting a kind of happening the month knows only once ('a firefight at the border' under
    // '2023-05'): the story is of that happening, reported that day or the next.
    const onlyOfKind =
      (inMonth ?? yearlessFloor)
        ? null
        : onlyHappeningOfLeadKindBetween(isoOf(month.year, month.month, 1), monthLast, clean.title, sentences, options);
    const ofKind = onlyOfKind ? reportOfHappening(onlyOfKind, monthLast, sentences) : null;
    // Without a weekday to count from, the latest such day is the best guess, though only the month is sure.
    const guess = inMonth ?? yearlessFloor ?? ofKind;
    // The article number places it within the month, to the day or near it.
    if (inMonth === null && numbered && inAddressMonth(numbered.date))
      return {
        ...byArticleNumber(numbered, sentences, [...warnings, ...settled]),
        confidence: 0.4,
        evidence: `${numbered.evidence}, in the month ${fromAddress ? 'of its address' : 'the page gives'}`,
      };
    return {
      date: guess ?? isoOf(month.year, month.month, 15),
      // (ofKind is only sought when inMonth and yearlessFloor are null, so it is the guess when set)
      precision: inMonth || ofKind ? 'day' : 'month',
      ...(fromAddress
        ? { basis: 'url' as const, rule: 'url-month' }
        : { basis: 'dateline' as const, rule: 'page-month' }),
      evidence:
        ofKind && onlyOfKind
          ? `${monthEvidence}; the month's one ${onlyOfKind.name} (${onlyOfKind.date}), the kind of happening the lead reports`
          : monthEvidence,
      confidence: 0.5,
      warnings: [...warnings, ...settled],
    };
  }
  if (
    numbered &&
    numbered.likely <= NUMBERED_MARGIN &&
    !(inferred.date && inferred.precision === 'day' && within(inferred.date, numbered))
  ) {
    // The lead reports a kind of happening the numbered days hold once ('today's clash in Kang'): its report.
    const onlyOfKind = onlyHappeningOfLeadKindBetween(numbered.from, numbered.to, clean.title, sentences, options);
    if (onlyOfKind)
      return byArticleNumber(numbered, sentences, [...warnings, ...settled], {
        date: reportOfHappening(onlyOfKind, numbered.to, sentences),
        evidence: `the one ${onlyOfKind.name} (${onlyOfKind.date}) in those days, the kind of happening the lead reports`,
      });
    // The text places the story nowhere inside the days its article number allows: the number decides, to the
    // day, so that 'on Sunday' resolves (usually a few days off at most; the confidence says how close). The lead's
    // 'on Friday' moves it to the nearest day after a Friday within the likely days.
    return byArticleNumber(numbered, sentences, [...warnings, ...settled]);
  }
  // Nothing else dates the page: its template's 1 January is as likely as not the story's own day.
  if (inferred.date === null && clean.pageStamp && isTemplateDay(clean.pageStamp)) {
    return {
      date: clean.pageStamp.date,
      precision: 'day',
      basis: 'dateline',
      rule: 'page-stamp',
      confidence: 0.3,
      evidence: clean.pageStamp.text,
      warnings: [...warnings, ...inferred.warnings.filter((w) => !w.startsWith('no publication date'))],
    };
  }
  return { ...inferred, warnings: [...warnings, ...inferred.warnings] };
}

/**
 * The day a report of a known happening was written: that day when the lead says 'today', else the day after the
 * lead's weekday, else the next day (never after `last`).
 */
function reportOfHappening(happening: Anchor, last: string, sentences: readonly Sentence[]): string {
  return leadSaysToday(sentences)
    ? happening.date
    : (firstDayAfterLeadWeekday([happening.date, ...daysAfter(happening.date, last)], sentences) ??
        minIso(addDays(happening.date, 1), last));
}

/** The day an article number gives, moved by the lead's weekday ('on Friday') to the day after it when near. */
function byArticleNumber(
  numbered: NumberedDate,
  sentences: readonly Sentence[],
  warnings: string[],
  placed?: { date: string; evidence: string },
): Publication {
  return {
    date:
      placed?.date ?? firstDayAfterLeadWeekday(daysAround(numbered.date, numbered.likely), sentences) ?? numbered.date,
    precision: 'day',
    basis: 'url',
    rule: 'article-number',
    confidence: numbered.likely <= 3 ? 0.4 : 0.3,
    evidence: placed ? `${numbered.evidence}; ${placed.evidence}` : numbered.evidence,
    warnings,
  };
}

/** A bare 1 January without a time: what a site's template shows when a story has no date of its own. */
function isTemplateDay(stamp: { date: string; text: string }): boolean {
  return stamp.date.endsWith('-01-01') && !/\d:\d\d/.test(stamp.text);
}

/** A page's month this many days or more after the day its story reports is its site's clock, not the story's. */
const PAGE_MONTH_LAG_DAYS = 90;

/** '۱۹ رمضان ۱۴۴۵': a day of the lunar Hijri year, which a site's 'today' bar shows and a story's stamp does not. */
const LUNAR_DAY = new RegExp(`(?:${alternation(LUNAR_HIJRI_MONTHS)})\\s*(?:۱۴|14)[\\d۰-۹]{2}`, 'u');

/** An article number dates a page when it most likely lies within this many days; beyond, it only bounds the text. */
const NUMBERED_MARGIN = 30;
/** A stamp this many days outside an article number's days is still the page's own (sites publish unevenly). */
const NUMBERED_SLACK_DAYS = 3;

function within(date: string, range: { from: string; to: string }): boolean {
  return date >= range.from && date <= range.to;
}

/** The days an article number allows narrow what the text and knowledge allow (unless they contradict). */
function withinNumbered(bounds: Bounds, numbered: NumberedDate | null): Bounds {
  if (!numbered) return bounds;
  const from = maxIso(bounds.from, numbered.from);
  const to = minIso(bounds.to, numbered.to);
  return from > to ? bounds : { from, to, evidence: [...bounds.evidence, numbered.evidence] };
}

/**
 * Without a stamp: the latest date the text reports, with years taken from anniversaries, anchors, office-holders'
 * terms and weekdays. Nothing outside the plausible years unless the text states the year.
 */
function inferPublication(
  sentences: readonly Sentence[],
  options: PublicationOptions,
  warnings: string[] = [],
  bounds: Bounds = knowledgeBounds(sentences, options),
): Publication & { floor: string | null } {
  // 'will be hosted by Tehran on October 27': a day still to come is no known happening's past elsewhere.
  const toCome = happeningsToCome(sentences, options);
  const publication = inferFromFacts(sentences, options, warnings, bounds, toCome);
  const ahead = dayBeforeHappeningTomorrow(sentences, options) ?? beforeHappeningToCome(sentences, toCome);
  if (ahead) return { ...ahead, warnings, floor: publication.floor };
  // The story is written before a day still to come; nothing fixes it better than a guess (confidence 0.3).
  const before = (date: string, rule: string, evidence: string) => ({
    date,
    precision: 'day' as const,
    basis: 'inferred' as const,
    rule,
    confidence: 0.3,
    evidence,
    warnings: warnings.filter((w) => !w.startsWith('no publication date')),
    floor: null,
  });
  // A known happening 'next week', when what else the text tells does not put the story in the fortnight before it.
  const nextWeek = weekBeforeHappeningNextWeek(sentences, options);
  if (
    nextWeek &&
    (publication.date === null ||
      publication.date > addDays(nextWeek.day, 6) ||
      publication.date < addDays(nextWeek.day, -6))
  )
    return before(
      nextWeek.day,
      'before-happening-to-come',
      `'${nextWeek.text}' of a known happening still to come on ${addDays(nextWeek.day, 7)}`,
    );
  if (publication.date !== null) return publication;
  // With nothing else to date the story, one that tells a known happening to come by its weekday is of the day before;
  // so is one that tells a plan's day whose weekday fixes its year.
  const weekdayToCome = weekdayOfHappeningToCome(sentences, options);
  if (weekdayToCome)
    return before(
      addDays(weekdayToCome.day, -1),
      'before-happening-to-come',
      `'${weekdayToCome.text}' of a known happening still to come on ${weekdayToCome.day}`,
    );
  const planned = plannedDayByWeekday(sentences, options.window);
  if (planned)
    return before(
      addDays(planned.day, -1),
      'before-planned-day',
      `'${planned.text}', still to come, falls on its weekday only in ${yearOf(planned.day)}`,
    );
  return publication;
}

/**
 * 'Tehran will host the meeting on Saturday, June 8': a plan's day with its weekday, with no year, that fits one
 * year of the window only; the story is written before it.
 */
function plannedDayByWeekday(
  sentences: readonly Sentence[],
  window: { from: string; to: string },
): { day: string; text: string } | null {
  for (const s of sentences) {
    const future = futureIndex(s.text, s.quotes);
    if (future < 0) continue;
    for (const m of findDateMentions(s.text, s.quotes)) {
      const day = m.index > future ? dayFixedByWeekday(m, window) : null;
      if (day) return { day, text: m.text };
    }
  }
  return null;
}

/**
 * 'Iran is hosting a gathering of Afghanistan's neighbours on Wednesday': the opening tells a known happening still
 * to come by its weekday.
 */
function weekdayOfHappeningToCome(
  sentences: readonly Sentence[],
  options: PublicationOptions,
): { day: string; text: string } | null {
  // (the opening completes the sentence: 'on Wednesday' … 'in the Iranian capital Tehran')
  const opening = [options.title ?? '', ...sentences.slice(0, 4).map((x) => x.text)].join(' ');
  for (const s of sentences.slice(0, 4)) {
    const future = futureIndex(s.text, s.quotes);
    if (future < 0) continue;
    // (the plan's verb before the weekday: 'on Wednesday, speaking at the inauguration, said … will stay' is past)
    const weekdays = findDateMentions(s.text, s.quotes).filter(
      (m) => !m.quoted && m.kind === 'weekday' && m.index > future,
    );
    if (weekdays.length !== 1) continue;
    const days = new Set(
      matchAnchors(outsideQuotes(s), options.anchors, opening)
        .map((a) => a.date)
        .filter((d) => weekdayOf(d) === weekdays[0]!.weekday),
    );
    if (days.size === 1) return { day: [...days][0]!, text: weekdays[0]!.text };
  }
  return null;
}

/** 'Tomorrow, Iran will host a meeting of Afghanistan's neighbours': a known happening told as tomorrow's. */
function dayBeforeHappeningTomorrow(
  sentences: readonly Sentence[],
  options: PublicationOptions,
): (Publication & { date: string }) | null {
  for (const s of sentences) {
    if (futureIndex(s.text, s.quotes) < 0) continue;
    const tomorrow = findDateMentions(s.text, s.quotes).find((m) => !m.quoted && m.kind === 'tomorrow');
    if (!tomorrow) continue;
    const paragraph = sentences.filter((x) => x.paragraph === s.paragraph).map((x) => x.text);
    const days = new Set(
      matchAnchors(outsideQuotes(s), options.anchors, [options.title ?? '', ...paragraph].join(' ')).map((a) => a.date),
    );
    // Two known happenings of other days in one sentence: which one is tomorrow's cannot be told.
    if (days.size !== 1) continue;
    const [day] = [...days] as [string];
    return {
      date: addDays(day, -1),
      precision: 'day',
      basis: 'inferred',
      rule: 'day-before-happening-to-come',
      confidence: 0.45,
      evidence: `'${tomorrow.text}' of a known happening on ${day}`,
      warnings: [],
    };
  }
  return null;
}

/**
 * 'Tehran will be the venue of a meeting on 27 October, Khatibzadeh announced on Monday … "Next Wednesday …"': a
 * known happening still to come on its own day, and the lead's weekday in the week before its week, date the story.
 */
function beforeHappeningToCome(
  sentences: readonly Sentence[],
  toCome: ReadonlySet<string>,
): (Publication & { date: string }) | null {
  const day = [...toCome].sort()[0];
  const lead = leadWeekday(sentences) ?? saidOnWeekday(sentences);
  // 'Next Wednesday in Tehran, we will bring together …': the week before that week. Without it the weekday may be
  // of either week (a ministers' meeting is often announced ten days ahead): no day.
  const nextWeek = (m: DateMention) =>
    (m.kind === 'next' && m.unit === 'week') || (m.kind === 'weekday' && NEXT_BEFORE.test(m.text));
  // (Quoted or not: the announcement is often quoted.)
  if (!day || !lead || !sentences.some((s) => findDateMentions(s.text, []).some(nextWeek))) return null;
  for (let d = addDays(day, -7); d >= addDays(day, -13); d = addDays(d, -1))
    if (weekdayOf(d) === lead.weekday)
      return {
        date: d,
        precision: 'day',
        basis: 'inferred',
        rule: 'before-happening-to-come',
        confidence: 0.4,
        evidence: `'${lead.text}' before a known happening still to come on ${day}`,
        warnings: [],
      };
  return null;
}

/** '… will host the meeting, the spokesman announced on Monday': the opening's weekday of a speech verb. */
function saidOnWeekday(sentences: readonly Sentence[]): DateMention | undefined {
  return sentences
    .slice(0, 8)
    .flatMap((s) => findDateMentions(s.text, s.quotes).map((m) => ({ m, s })))
    .find(({ m, s }) => !m.quoted && m.kind === 'weekday' && SAID_BEFORE.test(s.text.slice(0, m.index)))?.m;
}
const SAID_BEFORE = new RegExp(`${SPEECH_VERB.source}\\s+(?:on\\s+)?$`, 'iu');

/** 'will be hosted by Tehran on October 27': the days of known happenings a sentence tells as still to come. */
function happeningsToCome(sentences: readonly Sentence[], options: PublicationOptions): Set<string> {
  return new Set(
    sentences.flatMap((s) => {
      if (futureIndex(s.text, s.quotes) < 0) return [];
      const days = findDateMentions(s.text, s.quotes).filter((m) => !m.quoted && m.day !== undefined);
      return toldHappenings(s, sentences, options)
        .filter((a) => days.some((m) => anchorFits(a, m)))
        .map((a) => a.date);
    }),
  );
}

/**
 * The known happenings a sentence tells; its paragraph completes it ('a ministerial meeting on 27 October' …
 * 'Afghanistan's neighbours').
 */
function toldHappenings(s: Sentence, sentences: readonly Sentence[], options: PublicationOptions): Anchor[] {
  const paragraph = sentences.filter((x) => x.paragraph === s.paragraph).map((x) => x.text);
  return matchAnchors(outsideQuotes(s), options.anchors, [options.title ?? '', ...paragraph].join(' '));
}

/**
 * '"The foreign ministers of Afghanistan's neighbours are to meet in Tehran next week"': a known happening still to
 * come next week (quoted or not) puts the story in the week before its week; a week before its day is in that week.
 */
function weekBeforeHappeningNextWeek(
  sentences: readonly Sentence[],
  options: PublicationOptions,
): { day: string; text: string } | null {
  for (const s of sentences) {
    if (futureIndex(s.text, []) < 0) continue;
    const next = findDateMentions(s.text, []).find((m) => m.kind === 'next' && m.unit === 'week');
    if (!next) continue;
    const days = [...new Set(toldHappenings({ ...s, quotes: [] }, sentences, options).map((a) => a.date))];
    if (days.length === 1) return { day: addDays(days[0]!, -7), text: next.text };
  }
  return null;
}

function inferFromFacts(
  sentences: readonly Sentence[],
  options: PublicationOptions,
  warnings: string[],
  bounds: Bounds,
  toCome: ReadonlySet<string>,
): Publication & { floor: string | null } {
  const facts: Fact[] = [];
  const yearHints: Array<{ year: number; text: string }> = [];
  const undatedDays: Array<DateMention & { sentence: string }> = [];
  const undatedMonths: Array<DateMention & { sentence: string }> = [];
  let currentMonth: number | null = null;
  let upcoming: string | null = null;
  const happeningsBySentence = sentences.map((s) => pastHappeningsIn(s, options.anchors, options.title, s.text));
  const named = happeningsBySentence.flat();

  for (const [i, s] of sentences.entries()) {
    const anchors = happeningsBySentence[i]!;
    const anniversary = anniversaryOf(s.text);
    for (const a of anchors)
      if (anniversary) {
        // 'marking the first anniversary of the takeover': the story is of that day or after it. Not 'the fourth
        // anniversary of his killing' beside a happening of this year: no later than the plausible years.
        const day = anniversaryDay(a, anniversary.years);
        if (day > plausibleRange(options.window)[1]) continue;
        yearHints.push({ year: yearOf(day), text: anniversary.text });
        if (!isFutureTense(s.text, s.quotes))
          facts.push({ date: day, precision: 'day', text: `${anniversary.text} of ${a.name} (${day})`, known: true });
      }
    // 'Tuesday marks the 25th anniversary of the incident', of an attack the text dates 'Aug. 8, 1998'.
    if (anniversary && anchors.length === 0) {
      const day = anniversaryOfDatedPast(sentences, anniversary.years, options.window);
      if (day) {
        yearHints.push({ year: yearOf(day.date), text: anniversary.text });
        if (!isFutureTense(s.text, s.quotes))
          facts.push({ date: day.date, precision: 'day', text: `${anniversary.text} of ${day.of} (${day.date})` });
      }
    }
    // 'since the Islamic Emirate took power last year': the year of writing, counted from the happening's.
    const yearsSince = anchors.length === 1 && !anniversary ? yearsSinceHappening(s) : null;
    // Not 'since it last held power more than 20 years ago' beside the takeover: no later than the plausible years.
    if (yearsSince && isoOf(yearOf(anchors[0]!.date) + yearsSince.years, 1, 1) <= plausibleRange(options.window)[1])
      yearHints.push({
        year: yearOf(anchors[0]!.date) + yearsSince.years,
        text: `${yearsSince.text} (${anchors[0]!.name})`,
      });
    const futureAt = futureIndex(s.text, s.quotes);
    const future = futureAt >= 0;
    // 'Iran has finished building a 10-km wall … and intends to lengthen it': told before the plan, it is past. Not
    // where the future comes last in its clause, as in Persian ('… در مراسم تحلیف … شرکت خواهد کرد').
    const toldBefore = (a: Anchor) =>
      futureAt > 0 &&
      /\p{Script=Latin}/u.test(s.text[futureAt] ?? '') &&
      pastHappeningsIn(s, [a], options.title, s.text.slice(0, futureAt)).length > 0;
    // 'On Sunday, 2 Aban, he welcomed the Tehran meeting': a happening later than the day its sentence tells of.
    const toldOn = findDateMentions(s.text, s.quotes)
      .map((m) => (m.quoted ? null : fullDate(m)))
      .reduce<string | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null);
    // A known happening the text reports: the story is published on or after it (before it, if still to come).
    for (const a of anchors) {
      if (anniversary) continue;
      // '… will provide an alternative, a boost that comes shortly after an agreement …': what it came after is past.
      const later = monthsAfter(outsideQuotes(s), a);
      const daysCounted = countedAfter(DAYS_AFTER, outsideQuotes(s), a);
      const soonAfter = countedAfter(SOON_AFTER, outsideQuotes(s), a);
      const ahead = toldOn !== null && a.date > toldOn && a.date <= addDays(toldOn, 30);
      if ((future || ahead) && !a.announced && !SOON_AFTER.test(outsideQuotes(s)) && !toldBefore(a)) {
        upcoming = upcoming === null ? a.date : minIso(upcoming, a.date);
      } else if (later) {
        facts.push({
          date: addMonths(a.date, later.months),
          precision: 'day',
          text: `${later.text} ${a.name} (${a.date})`,
          known: true,
        });
      } else if (daysCounted) {
        // 'Iran closed the crossing two days after the Taliban overran Nimroz': the news, counted from the happening.
        const n = countOf(daysCounted[1]!) ?? 1;
        facts.push({
          date: addDays(a.date, daysCounted[2]!.toLowerCase().startsWith('week') ? 7 * n : n),
          precision: 'day',
          text: `${daysCounted[0]} ${a.name} (${a.date})`,
          known: true,
        });
      } else if (soonAfter) {
        // 'a boost that comes shortly after an agreement granted India the port': the news of the days after it.
        facts.push({
          date: addDays(a.date, 1),
          precision: 'day',
          text: `${soonAfter[0]} ${a.name} (${a.date})`,
          known: true,
        });
      } else {
        const retrospective = RETROSPECTIVE_OPENING.test(s.text);
        facts.push({
          date: a.date,
          precision: 'day',
          text: `${a.name} (${a.date}, a known happening)`,
          known: true,
          background: retrospective || namedAsBackground(outsideQuotes(s), a),
          ...(a.background || a.lasting || retrospective ? { era: true } : {}),
        });
      }
    }
    // 'US troops were to leave by May 2021': a plan's date is not a day the story reports as past; but 'stated on
    // Saturday, July 15, that they will not give up': a day before the plan, after a past verb, is past.
    if (isPastPlan(outsideQuotes(s))) continue;
    for (const m of findDateMentions(s.text, s.quotes)) {
      // 'ماه حمل': a whole month of the Solar calendar is not a day the story reports, nor the month of writing.
      if (m.wholeMonth) continue;
      if (future && !pastVerbBefore(s.text, m.index) && !saidOn(s.text, m.index)) continue;
      // A quoted letter's 'December 26, 2022' is still a past date; a quoted 'today' is rhetoric.
      if (m.quoted && !(m.year !== undefined && m.month !== undefined)) continue;
      // 'to deport two million by the end of March 2025': a target, not a day the story reports.
      if (isDeadlineAt(s.text, m.index)) continue;
      if (PLANNED_FOR_BEFORE.test(s.text.slice(Math.max(0, m.index - 40), m.index))) continue;
      if (m.earlierIn && m.month !== undefined) currentMonth = m.month;
      const background = BACKGROUND_CUE.test(s.text.slice(Math.max(0, m.index - 30), m.index));
      if (m.year !== undefined) {
        if (m.month !== undefined && m.day !== undefined) {
          const d = fullDate(lastDayOf(m));
          if (d) facts.push({ date: d, precision: 'day', text: m.text, background });
        } else if (m.month !== undefined) {
          // 'a report released in October 2023': a month with its year bounds the story, but is rarely its news.
          facts.push({ date: isoOf(m.year, m.month, 1), precision: 'month', text: m.text, background: true });
        } else if (m.kind === 'date')
          facts.push({ date: isoOf(m.year, 1, 1), precision: 'year', text: m.text, background: true });
        continue;
      }
      // 'Since Kabul's government fell on Aug. 15': a yearless day of a known happening the text names elsewhere.
      const anchor = anniversary
        ? undefined
        : (anchors.find((a) => anchorFits(a, m)) ??
          (m.day !== undefined ? named.find((a) => anchorFits(a, m)) : undefined));
      if (anchor) {
        const date = isoOf(yearOf(anchor.date), m.month!, m.day ?? 1);
        facts.push({
          date,
          precision: m.day ? 'day' : 'month',
          text: `${m.text} (${anchor.name})`,
          background: background || namedAsBackground(outsideQuotes(s), anchor),
        });
        continue;
      }
      // 'since June 20': the edge of a span, not a day the story reports.
      if (background) continue;
      if (m.kind === 'date' && m.month !== undefined && m.day !== undefined)
        undatedDays.push({ ...m, sentence: s.text });
      else if ((m.kind === 'date' || m.kind === 'part-of-month') && m.month !== undefined)
        undatedMonths.push({ ...m, sentence: s.text });
    }
  }

  // A known happening another sentence tells as still to come is not one this story reports as past.
  for (let i = facts.length - 1; i >= 0; i--) if (facts[i]!.known && toCome.has(facts[i]!.date)) facts.splice(i, 1);
  const [low, high] = plausibleRange(options.window);
  const inBounds = (y: number) => y >= yearOf(bounds.from) && y <= yearOf(bounds.to);
  const knownYears = facts.filter((f) => f.date >= low && f.date <= high).map((f) => yearOf(f.date));
  // A day whose year only its weekday (or an anniversary) fixes is the news itself: the story is written then.
  let newsDay: Fact | null = null;
  // (only where nothing else the text tells dates it: a known happening's day is a weak cue to a year; a year
  // long before the window, the 1973 treaty, says nothing of the story's)
  const nothingElse = knownYears.length === 0 && yearHints.length === 0;
  for (const m of undatedDays) {
    let year: number | undefined;
    let how = '';
    let ofKind: Anchor | null = null;
    const firstYear = Math.max(yearOf(options.window.from), yearOf(bounds.from));
    const lastYear = Math.min(yearOf(options.window.to), yearOf(bounds.to));
    const solar = m.solarMonthDay;
    const fits =
      m.weekday !== undefined
        ? nearlyFitting(
            (lags) =>
              solar
                ? yearsWhereDayFallsOn((y) => solarDayInYear(y, solar), m.weekday!, firstYear, lastYear, lags)
                : yearsWhereWeekdayFits(m.month!, m.day!, m.weekday!, firstYear, lastYear, lags),
            [0],
          )
        : [];
    const dayIn = (y: number) =>
      (solar && solarDayInYear(y, solar)) || isoOf(y, m.month!, Math.min(m.day!, lastDayOfMonth(y, m.month!)));
    // ('On 31 January' beside a March 2021 dam and a Taliban administration: not the January before it.)
    const inTerm = (y: number) => yearsInBounds(dayIn, y, y, bounds).length === 1;
    // 'on June 18, 2021. - Raisi on June 19 was named …': a year the same sentence writes is the nearest hint,
    // unless it is a deadline's ('On 10 September, he said they would deport two million by the end of March 2025').
    const sameSentence = findDateMentions(m.sentence, []).find(
      (x) => x.year !== undefined && x.month !== undefined && !isDeadlineAt(m.sentence, x.index),
    );
    // 'On August 15 last year … and on September 7': the year the same sentence counts back.
    const countedBack = findDateMentions(m.sentence, []).find(
      (x) => x.yearOffset !== undefined && x.month !== undefined,
    );
    if (sameSentence) {
      year = sameSentence.year!;
      how = `year of '${sameSentence.text}' in the same sentence`;
    } else if (countedBack && yearHints.length > 0) {
      year = yearHints[0]!.year + countedBack.yearOffset!;
      how = `year of '${countedBack.text}' in the same sentence, counted from '${yearHints[0]!.text}'`;
    } else if (yearHints.length > 0) {
      year = yearHints[0]!.year;
      how = `year from '${yearHints[0]!.text}'`;
    } else if (fits.length === 1) {
      year = fits[0];
      how = `the only year in the window where ${m.text} fits`;
    } else if (nothingElse && (ofKind = knownHappeningOfKindOnDay(m, options)) && within(ofKind.date, bounds)) {
      year = yearOf(ofKind.date);
      how = `the one known happening of its kind on that day, ${ofKind.name}`;
    } else if (toCome.size > 0) {
      // … and it gives the year of the days the text tells without one.
      year = yearOf([...toCome].sort()[0]!);
      how = 'year of a known happening still to come';
    } else if (
      knownYears.length > 0 &&
      (bounds.evidence.length === 0 || (inBounds(Math.max(...knownYears)) && inTerm(Math.max(...knownYears))))
    ) {
      year = Math.max(...knownYears);
      how = 'year of the latest explicit date';
    } else if (bounds.evidence.length > 0) {
      // Office-holders' terms: the one such day in office (with two or more, guessing the first put a third of
      // the pages a year or two early).
      const inOffice = yearsInBounds(
        dayIn,
        Math.max(yearOf(bounds.from), yearOf(options.window.from)),
        Math.min(yearOf(bounds.to), yearOf(options.window.to)),
        bounds,
      );
      if (inOffice.length === 1) year = inOffice[0];
      how = `year from ${bounds.evidence.join('; ')}`;
    }
    const last = lastDayOf(m);
    if (year !== undefined && last.day! <= lastDayOfMonth(year, last.month!)) {
      const fact: Fact = {
        // (a Solar Hijri day as that year's calendar places it)
        date: m.endDay === undefined ? dayIn(year) : isoOf(year, last.month!, last.day!),
        precision: 'day',
        text: `${m.text} (${how})`,
        // (a known happening's day: the story is written of it, from the next day on, as of one named)
        ...(ofKind ? { known: true } : {}),
      };
      facts.push(fact);
      if ((yearHints.length > 0 || fits.length === 1) && (!newsDay || fact.date > newsDay.date)) newsDay = fact;
    }
  }

  // Only what lies in the plausible years.
  const usable = facts.filter((f) => f.date >= low && f.date <= high);
  // Nothing dated in any one sentence: the story as a whole may still speak of one known happening ('The Doha
  // meeting …' and, paragraphs later, 'the Taliban declined to take part'); only background: its opening may.
  const storyOfKnownHappening = (openingOnly = false): (Publication & { floor: string | null }) | null => {
    const lead = [
      options.title ?? '',
      ...sentences.filter((x) => x.paragraph === sentences[0]?.paragraph).map((x) => x.text),
    ].join(' ');
    const whole = [
      ...new Set(
        (openingOnly ? [] : sentences).flatMap((x) => {
          const text = outsideQuotes(x);
          const past = withoutAhead(text);
          return knownHappeningsIn(x, options.anchors, past === text ? lead : null, past);
        }),
      ),
    ].filter((a) => !a.background && !toCome.has(a.date));
    // 'Taliban hold talks with an Afghan group … over the weekend in Iran' and then 'The alliance is headed by …
    // Massoud': a sentence of the opening may leave one name of a known happening to the others.
    if (whole.length === 0) {
      // (only what the opening reports as past when the rest is background: 'will be hosted on March 30-31')
      const first = sentences.slice(0, 4).filter((x) => !openingOnly || !isFutureTense(x.text, x.quotes));
      const opening = [options.title ?? '', ...first.map((x) => withoutAhead(outsideQuotes(x)))].join(' ');
      const found = [
        ...matchAnchors(options.title ?? '', options.anchors, opening),
        ...first.flatMap((x) => knownHappeningsIn(x, options.anchors, opening, withoutAhead(outsideQuotes(x)))),
      ];
      whole.push(...new Set(found.filter((a) => !a.background && !toCome.has(a.date))));
    }
    // Happenings of one fortnight ('Iran's strikes … In response, Pakistan struck …'): the story follows the last.
    const last = whole.reduce<Anchor | null>((a, b) => (a === null || b.date > a.date ? b : a), null);
    if (last && whole.every((a) => addDays(a.date, 14) >= last.date)) {
      const story: Fact = {
        date: last.date,
        precision: 'day',
        text: `${last.name} (${last.date}, a known happening the story speaks of)`,
        known: true,
      };
      // '8日土曜 … 到着', then '10日': days of the month after the happening say when the story was written.
      const ofMonth = latestDayOfMonthFrom(last.date, sentences);
      const placed = ofMonth
        ? { date: ofMonth, evidence: `${story.text}; the latest day of its month the text names` }
        : placeAfter(story, sentences, options.anchors, options.title);
      if (placed)
        return {
          date: placed.date,
          precision: 'day',
          basis: 'inferred',
          rule: 'story-of-known-happening',
          confidence: 0.35,
          evidence: placed.evidence,
          warnings,
          floor: story.date,
        };
    }
    return null;
  };
  if (usable.length === 0) {
    const story = storyOfKnownHappening();
    if (story) return story;
    const ofDay = options.yearKnown ? null : knownHappeningOfKindOnDayOfMonth(sentences, options);
    if (ofDay)
      return {
        date: latestDayOfMonthFrom(ofDay.anchor.date, sentences) ?? ofDay.anchor.date,
        precision: 'day',
        basis: 'inferred',
        rule: 'relative-to-known-happening',
        confidence: 0.35,
        evidence: `'${ofDay.text}' in a sentence of the kind of ${ofDay.anchor.name} (${ofDay.anchor.date}), the one known happening of that kind on day ${dayOf(ofDay.anchor.date)} of a month`,
        warnings,
        floor: ofDay.anchor.date,
      };
    warnings.push('no publication date: no front matter, no dateline, and nothing in the text fixes a year');
    return {
      date: null,
      precision: 'day',
      basis: 'none',
      rule: 'none',
      confidence: 0,
      evidence: '',
      warnings,
      floor: null,
    };
  }

  // A happening named as background in one sentence ('After the blaze at …') and told in another is told; a day
  // that is a known background happening ('15 August 2021', the takeover) stays background however it is written.
  const latestFact = usable.reduce((a, b) =>
    b.date > a.date || (b.date === a.date && a.background && !a.era && !b.background) ? b : a,
  );
  const floor = latestFact.date;
  if (newsDay && newsDay.date >= latestFact.date && currentMonth === null) {
    // 'condemned it on Friday … On Wednesday (October 26) a gunman …': the lead's other weekday is the news, after it.
    const placed =
      leadWeekday(sentences)?.weekday === weekdayOf(newsDay.date) ? null : placeAfter(newsDay, sentences, [], null);
    // 'last Saturday, November 4': written a day or more after it.
    const earliest = LAST_BEFORE.test(newsDay.text) ? addDays(newsDay.date, 1) : newsDay.date;
    return {
      date: maxIso(placed?.date ?? newsDay.date, earliest),
      precision: 'day',
      basis: 'inferred',
      rule: 'weekday-fixes-year',
      confidence: 0.5,
      evidence: placed?.evidence ?? newsDay.text,
      warnings,
      floor,
    };
  }
  // Months named without a year: after a background month ('in August', the takeover) the first such month
  // after it; before a happening known to the day, the story is about that day and the months lie before it.
  const base = latestFact.date;
  let latest = latestFact;
  if (latestFact.precision !== 'day') {
    for (const m of undatedMonths) {
      const year = m.month! >= monthOf(base) ? yearOf(base) : yearOf(base) + 1;
      const date = isoOf(year, m.month!, 1);
      if (date > latest.date && date <= bounds.to) latest = { date, precision: 'month', text: m.text };
    }
  }
  if (currentMonth !== null && monthOf(latest.date) !== currentMonth) {
    const year = currentMonth >= monthOf(latest.date) ? yearOf(latest.date) : yearOf(latest.date) + 1;
    latest = { date: isoOf(year, currentMonth, 1), precision: 'month', text: `earlier in ${monthName(currentMonth)}` };
  }
  if (upcoming && latest.date > upcoming)
    warnings.push(`the text speaks of ${upcoming} as still to come, yet reports ${latest.date}`);
  // What the text says of known happenings ('will hand over the embassy on Sunday') may still place it in bounds.
  // '8日土曜 … 到着', then '10日': days of the month after the happening say when the story was written.
  const ofMonth = latest.known ? latestDayOfMonthFrom(latest.date, sentences) : null;
  const placedLatest = ofMonth
    ? { date: ofMonth, evidence: `${latest.text}; the latest day of its month the text names`, dayAfter: false }
    : latest.precision === 'day' || latest.background
      ? placeAfter(latest, sentences, options.anchors, options.title)
      : null;
  // 'since August 2021' says the story is later, not when: a background date never becomes the publication date,
  // but a known happening the opening reports as past after it may.
  const story = latest.background ? storyOfKnownHappening(true) : null;
  const afterBackground = story?.floor && story.floor > latest.date ? story : null;
  if (latest.date < bounds.from && !(placedLatest && within(placedLatest.date, bounds))) {
    if (afterBackground && within(afterBackground.date!, bounds)) return afterBackground;
    // Everything reported lies before a named office-holder took office: the story is later, but not when (the
    // start of the term was never the day on dev).
    warnings.push(`no publication date: everything the text reports lies before ${bounds.evidence.join('; ')}`);
    return { date: null, precision: 'day', basis: 'none', rule: 'none', confidence: 0, evidence: '', warnings, floor };
  }
  if (latest.precision === 'day' || latest.background) {
    const placed = placedLatest;
    if (placed)
      return {
        date: placed.date,
        precision: 'day',
        basis: 'inferred',
        rule: 'relative-to-known-happening',
        confidence: 0.45,
        evidence: placed.evidence,
        warnings,
        floor,
        ...(placed.dayAfter ? { dayAfterHappening: true } : {}),
      };
  }
  if (latest.background) {
    if (afterBackground) return afterBackground;
    warnings.push(
      `no publication date: the latest date the text reports ('${latest.text}') is background, not the news`,
    );
    return { date: null, precision: 'day', basis: 'none', rule: 'none', confidence: 0, evidence: '', warnings, floor };
  }
  if (latest.precision === 'month') {
    const y = yearOf(latest.date);
    const mo = monthOf(latest.date);
    const date = maxIso(isoOf(y, mo, 15), latest.date);
    return {
      date,
      precision: 'month',
      basis: 'inferred',
      rule: 'latest-reported-month',
      confidence: 0.4,
      evidence: latest.text,
      warnings,
      floor,
    };
  }
  return {
    date: latest.date,
    precision: latest.precision,
    basis: 'inferred',
    rule: 'latest-reported-date',
    confidence: 0.5,
    evidence: latest.text,
    warnings,
    floor,
  };
}

/**
 * 'The clash went on until 7 pm yesterday, Sunday': the text says on which weekday it was written, the Monday. A
 * stamp more than a day from it is the site's clock or another story's; the address and article numbers stand.
 */
function fitsWeekdayOfWriting(c: Candidate, sentences: readonly Sentence[]): boolean {
  if (c.rule !== 'stamp' && c.rule !== 'page-stamp' && c.rule !== 'title-date') return true;
  const weekday = weekdayOfWriting(sentences);
  if (weekday === null) return true;
  // A day either way: a late-evening stamp of another time zone, a copy a day late.
  return [6, 0, 1].includes((weekdayOf(c.date) - weekday + 7) % 7);
}

/** 'today, Tuesday', 'yesterday (Sunday)' in the opening: the weekday the story was written on, if only one. */
function weekdayOfWriting(sentences: readonly Sentence[]): number | null {
  const written = new Set(
    sentences
      .slice(0, 8)
      .flatMap((s) => findDateMentions(s.text, s.quotes))
      .flatMap((m) =>
        !m.quoted && m.kind === 'weekday' && m.weekday !== undefined && m.daysBeforeNow !== undefined
          ? [(m.weekday + m.daysBeforeNow + 7) % 7]
          : [],
      ),
  );
  return written.size === 1 ? [...written][0]! : null;
}

/** 'last weekend', 'am vergangenen Wochenende' told in the opening's sentences of the past, with no 'today' beside. */
function openingNamesPastWeekend(sentences: readonly Sentence[]): boolean {
  const mentions = sentences
    .slice(0, 8)
    .filter((s) => !isFutureTense(s.text, s.quotes))
    .flatMap((s) => findDateMentions(s.text, s.quotes).filter((m) => !m.quoted));
  return mentions.some((m) => m.kind === 'weekend') && !mentions.some((m) => m.kind === 'today');
}

/** The weekday the lead first names for something past ('… said Monday'), among the sentences and mentions kept. */
function leadWeekday(
  sentences: readonly Sentence[],
  keep: (s: Sentence, key: string, m: DateMention) => boolean = () => true,
): DateMention | undefined {
  // Not a weekday of a plan; but 'said on Wednesday that a team will go …' tells the plan on that day.
  const toldOfPlan = (s: Sentence, m: DateMention) => {
    const future = futureIndex(s.text, s.quotes);
    // ('… signalled that they plan to seek asylum, the agency said on Friday': the saying's day, after the plan)
    return future < 0 || SAID_BEFORE.test(s.text.slice(0, m.index));
  };
  return sentences
    .slice(0, 8)
    .flatMap((s) => findDateMentions(s.text, s.quotes).map((m) => ({ m, s, key: `${s.index}:${m.index}` })))
    .find(
      ({ m, s, key }) =>
        toldOfPlan(s, m) &&
        !m.quoted &&
        m.kind === 'weekday' &&
        !LAST_BEFORE.test(m.text) &&
        !m.gone &&
        !toldInPluperfect(s.text.slice(0, m.index)) &&
        keep(s, key, m),
    )?.m;
}

/**
 * 'A delegation had arrived in Tehran on Saturday': a weekday of an act told in the pluperfect lies before the news;
 * not one a state or a span runs up to ('had been in touch …', 'had talked until late Monday night').
 */
function toldInPluperfect(before: string): boolean {
  return PLUPERFECT_BEFORE.test(before) && !/\b(?:until|till|up to)\s+(?:late\s+|early\s+)?$/i.test(before);
}
const PLUPERFECT_BEFORE = /\bhad\s+(?:already\s+)?(?!been\b)\p{L}+(?:ed|en|t|n)\b[^.;:"“]{0,60}$/iu;

/**
 * 'Afghanistan's president on Wednesday inaugurated a dam … Ghani opened the Kamal Khan Dam': a happening most
 * pages name as background is the news when the opening tells it, not as background, on the weekday the lead names.
 */
function leadTellsOnItsWeekday(
  date: string,
  sentences: readonly Sentence[],
  anchors: readonly Anchor[],
  title?: string | null,
): boolean {
  if (leadWeekday(sentences.slice(0, 3))?.weekday !== weekdayOf(date)) return false;
  return [title ?? '', ...sentences.slice(0, 3).map((s) => withoutAhead(outsideQuotes(s)))].some((text) => {
    if (RETROSPECTIVE_OPENING.test(text)) return false;
    const told = blank(text, (i) => !backgroundSpans(text).some(([a, b]) => i >= a && i < b));
    // 'seized power on 15 August 2021': a happening told with its year is background, years on.
    const withYear = findDateMentions(told, []).some((m) => m.year !== undefined) || told.match(BARE_YEAR) !== null;
    return !withYear && !isFutureTense(told, []) && matchAnchors(told, anchors).some((a) => a.date === date);
  });
}

/** 'Le 1er décembre' on a page of '2021-12': the latest day the text writes in the page's month, without its year. */
function latestYearlessDayIn(sentences: readonly Sentence[], month: { year: number; month: number }): string | null {
  const days = sentences.flatMap((s) =>
    isFutureTense(s.text, s.quotes)
      ? []
      : findDateMentions(s.text, s.quotes).flatMap((m) =>
          !m.quoted && m.year === undefined && m.month === month.month && m.day !== undefined
            ? [isoOf(month.year, month.month, m.day)]
            : [],
        ),
  );
  return days.length ? days.reduce((a, b) => (a > b ? a : b)) : null;
}

/**
 * Of the days given, in order, the first that follows the weekday the lead names ('… said on Friday'), or is that
 * weekday ('today, Friday').
 */
function firstDayAfterLeadWeekday(days: Iterable<string>, sentences: readonly Sentence[]): string | null {
  const lead = leadWeekday(sentences);
  if (!lead) return null;
  // 'today, Friday' is the day of writing itself; 'on Friday' the day before it.
  const lag = lead.daysBeforeNow ?? 1;
  for (const p of days) if (weekdayOf(addDays(p, -lag)) === lead.weekday) return p;
  return null;
}

/** The opening tells of 'today' ('this afternoon', 'Hoje de manhã'): written the day of what it reports. */
function leadSaysToday(sentences: readonly Sentence[]): boolean {
  return sentences
    .slice(0, 8)
    .some(
      (s) =>
        !isFutureTense(s.text, s.quotes) &&
        findDateMentions(s.text, s.quotes).some((m) => !m.quoted && m.kind === 'today'),
    );
}

/**
 * Kinds rare enough that a month's one known happening of them stands for the lead's: a clash between the two
 * sides at the border (visits, meetings and statements fill every month).
 */
const KINDS_OF_ONE_A_MONTH: ReadonlySet<string> = new Set(['border-clash']);
/** Kinds of happening rare enough that one on a given day and month names its year (not meetings, statements). */
const KINDS_OF_ONE_DAY: ReadonlySet<string> = new Set([
  'border-clash',
  'attack',
  'strike',
  'takeover',
  'handover',
  'border',
  'aid',
  'downgrade',
]);

/**
 * 'Le 27 mai, talibans et Iraniens se sont livré un échange de tirs': a day told without its year, in a sentence of
 * the kind of the one known happening on that day in the window (its kind read from its name), is that happening's.
 */
function knownHappeningOfKindOnDay(m: DateMention & { sentence: string }, options: PublicationOptions): Anchor | null {
  const rules = options.typeRules;
  if (!rules || options.yearKnown || m.day === undefined) return null;
  const kind = classify(m.sentence, rules)?.rule.type;
  if (kind === undefined || !KINDS_OF_ONE_DAY.has(kind)) return null;
  const ofKind = knownOfKindWhere(kind, options, (a) => anchorFits(a, m));
  return new Set(ofKind.map((a) => yearOf(a.date))).size === 1 ? ofKind[0]! : null;
}

/** The window's known happenings of a kind (its name classified as that kind) that are news, not background. */
function knownOfKindWhere(kind: string, options: PublicationOptions, fits: (a: Anchor) => boolean): Anchor[] {
  const { from, to } = options.window;
  return options.anchors.filter(
    (a) =>
      a.date >= from &&
      a.date <= to &&
      !a.background &&
      !a.lasting &&
      fits(a) &&
      classify(a.name, options.typeRules ?? [])?.rule.type === kind,
  );
}

/**
 * '31日、イランの国境警備隊とタリバン暫定政権の兵士が衝突した': a day of the month alone (its month the page's), in a
 * sentence of a rare kind, names the one known happening of that kind on such a day in the window, if there is one;
 * with its weekday ('8日土曜夕方、テヘランに到着'), a happening of any kind on such a day and weekday.
 */
function knownHappeningOfKindOnDayOfMonth(
  sentences: readonly Sentence[],
  options: PublicationOptions,
): { anchor: Anchor; text: string } | null {
  const rules = options.typeRules;
  if (!rules) return null;
  const found = new Map<string, { anchor: Anchor; text: string }>();
  // (the opening's sentences: what the story reports, not the background further down)
  for (const s of sentences.slice(0, 6)) {
    if (isFutureTense(s.text, s.quotes)) continue;
    const kind = classify(s.text, rules)?.rule.type;
    if (kind === undefined) continue;
    for (const m of findDateMentions(s.text, s.quotes))
      // ('8日土曜': a day with its weekday is rare enough for any kind of happening)
      if (!m.quoted && m.kind === 'day-of-month' && (m.weekday !== undefined || KINDS_OF_ONE_DAY.has(kind)))
        for (const a of knownOfKindWhere(
          kind,
          options,
          (a) => dayOf(a.date) === m.day && (m.weekday === undefined || weekdayOf(a.date) === m.weekday),
        ))
          if (!found.has(a.date)) found.set(a.date, { anchor: a, text: m.text });
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/** The latest day of the month the text reports as past ('10日月曜'), after a known happening's day in it, if any. */
function latestDayOfMonthFrom(date: string, sentences: readonly Sentence[]): string | null {
  const days = sentences
    .filter((s) => !isFutureTense(s.text, s.quotes))
    .flatMap((s) => findDateMentions(s.text, s.quotes))
    .filter((m) => !m.quoted && m.kind === 'day-of-month' && m.day! > dayOf(date))
    .filter((m) => m.day! <= lastDayOfMonth(yearOf(date), monthOf(date)))
    .filter((m) => m.weekday === undefined || weekdayOf(isoOf(yearOf(date), monthOf(date), m.day!)) === m.weekday)
    .map((m) => m.day!);
  return days.length ? isoOf(yearOf(date), monthOf(date), Math.max(...days)) : null;
}

/** The two sides, named in a known happening's name. */
const BOTH_SIDES = [/\bIran/, /\b(?:Taliban|Afghan)/];

/**
 * The one known happening between two days (a month, an article number's days) of the kind the lead reports (its
 * headline or first paragraph), if they hold one such day (and its aftermath): 'Schusswechsel an der Grenze' under
 * '2023-05' is the clash of 27 May.
 */
function onlyHappeningOfLeadKindBetween(
  from: string,
  to: string,
  title: string | null | undefined,
  sentences: readonly Sentence[],
  options: PublicationOptions,
): Anchor | null {
  const rules = options.typeRules;
  if (!rules || sentences.length === 0) return null;
  const lead = [
    title ?? '',
    ...sentences
      .filter((x) => x.paragraph === sentences[0]!.paragraph && !isFutureTense(x.text, x.quotes))
      .map((x) => x.text),
  ];
  const kind = lead
    .map((t) => classify(t, rules)?.rule.type)
    .find((t) => t !== undefined && KINDS_OF_ONE_A_MONTH.has(t));
  if (kind === undefined) return null;
  const ofKind = options.anchors.filter(
    (a) =>
      !a.background &&
      !a.lasting &&
      a.date >= from &&
      a.date <= to &&
      BOTH_SIDES.every((side) => side.test(a.name)) &&
      classify(a.name, rules)?.rule.type === kind,
  );
  // (its reactions and aftermath, days later, name the same kind: the first day is the happening's)
  const first = ofKind.reduce<Anchor | null>((a, b) => (a === null || b.date < a.date ? b : a), null);
  return first && ofKind.every((a) => a.date <= addDays(first.date, 3)) ? first : null;
}

/** The days after `floor` up to `last`: '/2023/11/' in the address and a trip of 5 November, to the month's end. */
function* daysAfter(floor: string, last: string): Generator<string> {
  for (let p = addDays(floor, 1); p <= last; p = addDays(p, 1)) yield p;
}

/** `date`, then the days around it, nearest first, at most `reach` days away: an article number's likely days. */
function* daysAround(date: string, reach: number): Generator<string> {
  yield date;
  for (let k = 1; k <= reach; k++) yield* [addDays(date, k), addDays(date, -k)];
}

/**
 * 'Last month, Iran halted flights amid the US withdrawal': each relative expression beside a known happening
 * narrows the days the story can be published on, starting from [lo, hi]; one that contradicts the others is
 * left out.
 */
function daysOfKnownHappenings(
  sentences: readonly Sentence[],
  anchors: readonly Anchor[],
  title: string | null | undefined,
  lo: string,
  hi: string,
): { lo: string; hi: string; reasons: string[]; used: Set<string>; byWeekday: boolean; wide: [string, string] } {
  const reasons: string[] = [];
  // The days without the 'a week or more before' reading of 'last week', 'earlier this month'.
  const wide: [string, string] = [lo, hi];
  const used = new Set<string>();
  let byWeekday = false;
  const writtenOn = weekdayOfWriting(sentences);
  // 'Earlier today, Mujahid declared …' fixes the day: it counts before 'last night's attacks' elsewhere.
  const today = (s: Sentence) => findDateMentions(s.text, s.quotes).some((m) => !m.quoted && m.kind === 'today');
  for (const s of [...sentences.filter(today), ...sentences.filter((x) => !today(x))]) {
    const matched = pastHappeningsIn(s, anchors, title, s.text);
    if (matched.length === 0 || anniversaryOf(s.text)) continue;
    const relative = findDateMentions(s.text, s.quotes).filter(
      (m) =>
        !m.quoted &&
        m.year === undefined &&
        ((m.month === undefined && RELATIVE_KINDS.has(m.kind)) ||
          // 'came last August after the Taliban takeover': a month without its year is the latest one.
          (m.kind === 'date' && m.month !== undefined && m.day === undefined && m.yearOffset === undefined)),
    );
    if (relative.length !== 1) continue;
    // '… captured by the Taliban last week - say … amid fears the Islamists will soon return': what is still to come
    // after the date does not make it a plan.
    const marker = futureIndex(s.text, s.quotes);
    const future = marker >= 0 && marker < relative[0]!.index;
    // 'last month, in the turmoil around the US withdrawal and the Taliban takeover': the days that fit them all.
    // 'A few days ago': two days to a week.
    const vague = relative[0]!.kind === 'ago' && relative[0]!.unit === 'day' && VAGUE_AMOUNT.test(relative[0]!.text);
    const fitting = matched.map((anchor) => {
      const days: string[] = [];
      // 'This week' in news is the past seven days as often as the calendar week.
      const rolling = !future && relative[0]!.kind === 'this' && relative[0]!.unit === 'week';
      for (let p = addDays(anchor.date, future ? -30 : 0); p <= addDays(anchor.date, 400); p = addDays(p, 1)) {
        const r = rolling
          ? { date: addDays(p, -6), end: p }
          : vague
            ? { date: addDays(p, -6), end: addDays(p, -2) }
            : resolveMention(relative[0]!, { date: p, future });
        // 'روز گذشته (چهارشنبه)', 'yesterday (Wednesday)': the day before the story, not any Wednesday of the week.
        const exact = relative[0]!.daysBeforeNow === undefined || r?.date === addDays(p, -relative[0]!.daysBeforeNow);
        if (r && exact && r.date <= anchor.date && anchor.date <= r.end) days.push(p);
      }
      // 'Earlier this month, Raisi warned …': news names a happening of the past week by its weekday, so one called
      // 'earlier this month' ('last month', 'last week') lies a week or more before the story, when the span allows.
      const rel = relative[0]!;
      if (
        rel.kind !== 'weekday' &&
        (rel.unit === 'month' || rel.unit === 'year' || (rel.unit === 'week' && rel.kind === 'last'))
      ) {
        const weekOn = days.filter((p) => p >= addDays(anchor.date, 7));
        if (weekOn.length > 0) return { days: weekOn, all: days };
      }
      return { days, all: days };
    });
    // 'today, Tuesday' elsewhere: 'left today to attend the Tunxi meeting' (a Thursday) is not the happening's day.
    const feasible = fitting
      .map((f) => f.days)
      .reduce((a, b) => a.filter((p) => b.includes(p)))
      .filter((p) => writtenOn === null || weekdayOf(p) === writtenOn);
    if (feasible.length === 0) continue;
    const [from, to] = [feasible[0]!, feasible[feasible.length - 1]!];
    if (to < lo || from > hi) continue;
    lo = maxIso(lo, from);
    hi = minIso(hi, to);
    const all = fitting.map((f) => f.all).reduce((a, b) => a.filter((p) => b.includes(p)));
    wide[0] = maxIso(wide[0], all[0]!);
    wide[1] = minIso(wide[1], all[all.length - 1]!);
    used.add(`${s.index}:${relative[0]!.index}`);
    // Not when the weekday dates something else before it ('a post on Sunday, hours before the summit').
    // Nor is a happening of 'this week' written of on its own day: that would be 'today'.
    const thisWeek = relative[0]!.kind === 'this' && relative[0]!.unit === 'week';
    if ((relative[0]!.kind === 'weekday' || thisWeek) && !future && !/\b(?:before|ahead of|prior to)\b/i.test(s.text))
      byWeekday = true;
    reasons.push(`'${relative[0]!.text}' of ${matched.map((a) => `${a.name} (${a.date})`).join(' and ')}`);
  }
  return { lo, hi, reasons, used, byWeekday, wide };
}

/**
 * 'Last week's bombings in Kerman', 'Last month, the two sides traded fire after a misunderstanding': a relative
 * expression beside a known happening says how long before publication it was. The publication days for which
 * the expression covers the happening; the earliest of them, or the day after the weekday the lead names.
 */
function placeAfter(
  latest: Fact,
  sentences: readonly Sentence[],
  anchors: readonly Anchor[],
  title?: string | null,
): { date: string; evidence: string; dayAfter?: boolean } | null {
  const {
    lo: from,
    hi: until,
    reasons,
    used,
    byWeekday,
    wide,
  } = daysOfKnownHappenings(sentences, anchors, title, latest.date, addDays(latest.date, 400));
  let [lo, hi] = [from, until];
  // 'a year ago' of the takeover fits months of days: no one of them is the story's.
  if (reasons.length > 0 && daysFrom(lo, hi) > 31) return null;
  if (reasons.length === 0) {
    // A known happening the lead reports, or the latest day the text writes out, with nothing relative beside it:
    // the story follows within the week, on the day its lead's weekday says.
    // 'On Sunday, firefighters battled the blaze since a tanker exploded': the lead's weekday is the news, days after
    // the happening it names as background, unless that is an era's start (the takeover), named years on.
    if (
      latest.background &&
      !(latest.known && !latest.era && leadWeekday(sentences)) &&
      !leadTellsOnItsWeekday(latest.date, sentences, anchors, title)
    )
      return null;
    hi = addDays(lo, 6);
    reasons.push(latest.text);
  }
  // A paragraph that writes out a day far from the story (a photo caption of another day) keeps its weekdays.
  const elsewhere = new Set(
    sentences
      .filter((s) =>
        findDateMentions(s.text, s.quotes).some((m) => {
          const day = fullDate(m);
          return day !== null && (day < addDays(lo, -7) || day > hi);
        }),
      )
      .map((s) => s.paragraph),
  );
  // The lead's first weekday ('… said Monday'), other than one that dated a known happening above: the story
  // was published the day after it, or that day.
  // Nor the weekday of a known happening the sentence names beside another weekday ('detained 11 suspected of ties
  // to the twin bombings in Kerman on Wednesday, the ministry said on Friday').
  const ofItsHappening = (s: Sentence, m: DateMention) =>
    findDateMentions(s.text, s.quotes).some((o) => o.kind === 'weekday' && !o.quoted && o.weekday !== m.weekday) &&
    pastHappeningsIn(s, anchors, title, s.text).some(
      (a) => weekdayOf(a.date) === m.weekday && a.date >= addDays(lo, -7) && a.date <= hi,
    );
  const lead = leadWeekday(
    sentences,
    (s, key, m) => !elsewhere.has(s.paragraph) && !used.has(key) && !ofItsHappening(s, m),
  );
  // 'said on Monday … last week': the lead's weekday outweighs reading 'last week' as a week or more before.
  const weekdayWithin = (a: string, b: string) => {
    for (let d = addDays(a, -1); d <= b; d = addDays(d, 1)) if (weekdayOf(d) === lead?.weekday) return true;
    return false;
  };
  if (lead && !weekdayWithin(lo, hi) && weekdayWithin(wide[0], wide[1])) [lo, hi] = wide;
  // 'Last month' of a December clash, and 'on January 8' without a year: the story is of that day or after it.
  const toldDay = [lo, hi]
    .map((d) => latestYearlessDayIn(sentences, { year: yearOf(d), month: monthOf(d) }))
    .filter((d): d is string => d !== null && d > lo && d <= hi)
    .reduce<string | null>((a, b) => (a === null || b > a ? b : a), null);
  if (toldDay) {
    lo = toldDay;
    reasons.push(`${toldDay}, a day the text tells without its year`);
  }
  // 'clashed last weekend' of a Saturday's happening: written once the weekend was over, on the Monday or after.
  const monday = addDays(lo, (8 - weekdayOf(lo)) % 7);
  if ([0, 6].includes(weekdayOf(lo)) && monday <= hi && openingNamesPastWeekend(sentences)) {
    lo = monday;
    reasons.push("the opening's 'last weekend'");
  }
  const days: string[] = [];
  for (let p = lo; p <= hi; p = addDays(p, 1)) days.push(p);
  // Without a weekday, a story that names a known happening without its day is the next day's report of it,
  // unless its lead says 'this afternoon' or 'today': then it is the same day's.
  const sameDay = leadSaysToday(sentences);
  // A happening named by its weekday ('handed over on Sunday') is written of from the next day on, too.
  const nextDay = (latest.known && reasons.length === 1 && reasons[0] === latest.text) || byWeekday;
  const wire = wireDateline(sentences);
  const fallback = nextDay && days.length > 1 && !sameDay && !wire ? days[1]! : lo;
  // 'فردا سه‌شنبه', 'tomorrow, Tuesday': written the day before that weekday.
  const tomorrow = leadTomorrowsWeekday(sentences);
  // Only the first days after the happening: a week on, 'tomorrow' would name another week's weekday.
  const dayBefore = tomorrow === null ? undefined : days.slice(0, 2).find((p) => weekdayOf(addDays(p, 1)) === tomorrow);
  if (dayBefore) return { date: dayBefore, evidence: `${reasons.join('; ')}; the lead's 'tomorrow' before a weekday` };
  // 'اليوم الأربعاء', 'today, Saturday' in the opening: written that weekday, even where it dated the happening.
  const today =
    weekdayNamedWith(sentences.slice(0, 8), TODAYS_WEEKDAY) ??
    weekdayNamedWith(
      sentences.slice(0, 8).filter((s) => !isFutureTense(s.text, s.quotes)),
      THIS_WEEKDAY,
    );
  const ofToday = today === null ? undefined : days.find((p) => weekdayOf(p) === today);
  if (ofToday)
    return { date: ofToday, evidence: `${reasons.join('; ')}; the opening's 'today' (${WEEKDAY_NAMES[today!]})` };
  if (!latest.known && !lead) return null;
  // A wire's lead weekday is the day of writing itself.
  const ofThatDay = lead !== undefined && wire ? days.find((p) => weekdayOf(p) === lead.weekday) : undefined;
  const nextDayOf = lead ? days.find((p) => weekdayOf(addDays(p, -1)) === lead.weekday) : undefined;
  const date = lead ? (ofThatDay ?? nextDayOf ?? days.find((p) => weekdayOf(p) === lead.weekday) ?? lo) : fallback;
  // Written the day after by this reasoning, it may be of that very day (a wire's), which news of the day allows.
  const dayAfter = lead ? ofThatDay === undefined && date === nextDayOf : fallback !== lo;
  return { date, evidence: `${reasons.join('; ')}${lead ? `; the lead's '${lead.text}'` : ''}`, dayAfter };
}

/** 'TEHRAN, Iran (AP) —': a wire's dateline; wires write of a weekday's happening on that very day. */
const WIRE_DATELINE = new RegExp(
  `^\\p{Lu}[\\p{L}\\p{Nd} .,'-]{1,40}\\((?:${alternation(WIRE_AGENCIES)})\\)\\s*[—–-]`,
  'u',
);
function wireDateline(sentences: readonly Sentence[]): boolean {
  return sentences.slice(0, 3).some((s) => WIRE_DATELINE.test(s.text) || LEAD_STAMP_SLASHED_AGENCY.test(s.text));
}

const RELATIVE_KINDS: ReadonlySet<DateMention['kind']> = new Set([
  'weekday',
  'today',
  'yesterday',
  'ago',
  'last',
  'this',
  'weekend',
  'part-of-month',
  // 'will host the meeting next week', 'arrives tomorrow': a known happening still to come, counted from the day.
  'next',
  'tomorrow',
]);
