// Human wording of dates and precision, shared by pages and tests.
import type { DateBasis, Precision } from './event-schema';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function parts(iso: string): { y: number; m: number; d: number } {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** '10 February 2024', 'early December 2021', 'January 2022 — day not reported', … */
export function formatEventDate(date: string, end: string, precision: Precision): string {
  const a = parts(date);
  const b = parts(end);
  switch (precision) {
    case 'day':
      return date === end
        ? `${a.d} ${monthName(a.m)} ${a.y}`
        : `${a.d} ${monthName(a.m)} – ${b.d} ${monthName(b.m)} ${b.y}`;
    case 'week':
      return `week of ${a.d} ${monthName(a.m)} – ${b.d} ${monthName(b.m)} ${b.y}`;
    case 'part-of-month': {
      const part = a.d <= 1 && b.d <= 10 ? 'early' : a.d >= 21 ? 'late' : 'mid';
      return `${part} ${monthName(a.m)} ${a.y}`;
    }
    case 'month':
      return a.y === b.y && a.m === b.m
        ? `${monthName(a.m)} ${a.y} — day not reported`
        : `${monthName(a.m)} ${a.y} – ${monthName(b.m)} ${b.y} — day not reported`;
    case 'year':
      return a.y === b.y ? `${a.y} — month not reported` : `${a.y}–${b.y} — month not reported`;
  }
}

export const PRECISION_EXPLAINED: Record<Precision, string> = {
  day: 'The sources give the exact day.',
  week: 'The sources place it within a week, not on a particular day.',
  'part-of-month': 'The sources say early, mid or late in the month.',
  month: 'The sources give the month but not the day.',
  year: 'The sources give only the year.',
};

/** ' (approximate)', ' — scheduled': what a reader should know about a date besides the date. */
export function dateQualifier(event: { approximate: boolean; status?: 'happened' | 'scheduled' }): string {
  return `${event.approximate ? ' (approximate)' : ''}${event.status === 'scheduled' ? ' — scheduled' : ''}`;
}

export const STATUS_EXPLAINED = {
  happened: 'Reported as having taken place.',
  scheduled:
    'Set for this date in an article written before it; no source in this timeline reports yet that it took place.',
} as const;

export const BASIS_EXPLAINED: Record<DateBasis, string> = {
  explicit: 'The source states the date in full.',
  dateline: 'Taken from the date line of the article.',
  'relative-to-publication':
    "Worked out from an expression such as 'on Monday' or 'last month', counted from the article's publication date.",
  'from-context': 'The sentence gives no date of its own; it is dated by the happening its paragraph reports.',
  'news-day':
    'The article reports it as the news of the day without a date: dated to the publication day, though it may have happened a day or two before.',
  inferred: "The text gives no date for it; the date is inferred from the article's publication date.",
};

/** 'fa' for text written mostly in Arabic script (Persian, Dari, Pashto, Arabic quotes), else 'en'. */
export function textLang(text: string): 'fa' | 'en' {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 'en';
  const arabic = letters.filter((c) => /\p{Script=Arabic}/u.test(c)).length;
  return arabic / letters.length > 0.3 ? 'fa' : 'en';
}
