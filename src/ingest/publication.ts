// Publication date: front matter, else a dateline, else inferred from what the text itself dates.
import { addDays, isoOf, lastDayOfMonth, maxIso, monthOf, weekdayOf, yearOf } from '../lib/days';
import { monthName } from '../lib/format';
import { toLatinDigits } from '../lib/solar-hijri';
import { findDateMentions, isFutureTense, quotedRanges, type DateMention } from './dates';
import { matchAnchors, type Anchor } from './knowledge';
import type { CleanArticle, Publication, Sentence } from './types';

export interface PublicationOptions {
  anchors: readonly Anchor[];
  /** Years an undated weekday-and-day is tried in first: the corpus window. */
  window: { from: string; to: string };
}

function fullDate(m: DateMention): string | null {
  if (m.year === undefined || m.month === undefined || m.day === undefined) return null;
  if (m.day > lastDayOfMonth(m.year, m.month)) return null;
  return isoOf(m.year, m.month, m.day);
}

const LEAD_STAMP = /^\s*\p{Lu}[\p{L}\s.'’-]{1,40},\s*[\p{L}\p{Nd}\s,./]{3,40}?(?:\s*\([^)]{1,40}\))?\s*(?::|\s[–—-]{1,2}|[–—])\s*/u;

/** Length of a wire dateline opening the lead ('KABUL, May 28, 2023 (Pajhwok):'), or 0. Its date is the story's, not an event's. */
export function leadStampLength(lead: string): number {
  return LEAD_STAMP.exec(lead)?.[0].length ?? 0;
}

/** '/2023/12/11/' or '2023-12-11' in an article's address. */
export function urlDate(url: string): string | null {
  const m = /[/_-]((?:19|20)\d\d)[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$)/.exec(url);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= lastDayOfMonth(y, mo) ? isoOf(y, mo, d) : null;
}

const SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/;

/**
 * '10/04/2022' can be 10 April or 4 October. The reading just after the latest month the text names wins
 * (an article is published after what it reports); with no such hint, day first, as outlets in the region write.
 */
export function readSlashedDate(line: string, sentences: readonly Sentence[]): { date: string; note?: string } | null {
  const m = SLASHED.exec(toLatinDigits(line));
  if (!m) return null;
  const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const valid = (mo: number, d: number) => mo >= 1 && mo <= 12 && d >= 1 && d <= lastDayOfMonth(y, mo);
  const dayFirst = valid(b, a) ? isoOf(y, b, a) : null;
  const monthFirst = valid(a, b) ? isoOf(y, a, b) : null;
  if (!dayFirst || !monthFirst || dayFirst === monthFirst) return dayFirst ?? monthFirst ? { date: (dayFirst ?? monthFirst)! } : null;
  const reported = sentences
    .filter((s) => !isFutureTense(s.text, s.quotes))
    .flatMap((s) => findDateMentions(s.text, s.quotes))
    .filter((x) => !x.quoted && x.month !== undefined && (x.year === undefined || x.year === y))
    .map((x) => isoOf(y, x.month!, Math.min(x.day ?? 1, lastDayOfMonth(y, x.month!))));
  const latest = reported.length ? reported.reduce((p, q) => (q > p ? q : p)) : null;
  const fits = (d: string) => latest === null || d >= latest;
  const gap = (d: string) => (latest === null ? 0 : Date.parse(d) - Date.parse(latest));
  const pick = fits(dayFirst) && (!fits(monthFirst) || gap(dayFirst) <= gap(monthFirst)) ? dayFirst : fits(monthFirst) ? monthFirst : dayFirst;
  const why = latest ? `the text reports ${latest.slice(0, 7)} as past` : 'day first, with no hint in the text';
  return { date: pick, note: `ambiguous date '${m[0]}': read as ${pick} (${why}; the other reading is ${pick === dayFirst ? monthFirst : dayFirst})` };
}

/** A date stamp in the lines around the text or at the start of the lead ('KABUL, 14 Feb 2024 –'). */
function findDateline(clean: CleanArticle, sentences: readonly Sentence[] = []): { date: string; text: string; note?: string } | null {
  const lead = clean.paragraphs[0]?.text.slice(0, 80) ?? '';
  const stamp = leadStampLength(lead);
  const leadStamp = stamp > 0 ? [lead.slice(0, stamp).trim()] : /^[\p{Lu}\s,.]+[,–—-]\s*/u.test(lead) ? [lead.split(/[–—]|\s-\s/)[0] ?? ''] : [];
  for (const line of [...clean.headerLines, ...leadStamp]) {
    const slashed = readSlashedDate(line, sentences);
    if (slashed) return { ...slashed, text: line };
    for (const m of findDateMentions(line, [])) {
      const date = fullDate(m);
      if (date) return { date, text: line };
    }
  }
  return null;
}

/** 'TEHRAN, Jan. 16 (MNA) –': a stamp with a day and month but no year. */
function yearlessDateline(clean: CleanArticle): { month: number; day: number; text: string } | null {
  const lead = clean.paragraphs[0]?.text.slice(0, 80) ?? '';
  const stamp = leadStampLength(lead);
  for (const line of [...clean.headerLines, ...(stamp > 0 ? [lead.slice(0, stamp).trim()] : [])]) {
    const m = findDateMentions(line, []).find((x) => x.kind === 'date' && x.year === undefined && x.month !== undefined && x.day !== undefined);
    if (m) return { month: m.month!, day: m.day!, text: line };
  }
  return null;
}

/** Past-tense, unquoted, fully explicit dates in the text: a publication date before them is suspect. */
function explicitPastDates(sentences: readonly Sentence[]): Array<{ date: string; text: string }> {
  const out: Array<{ date: string; text: string }> = [];
  for (const s of sentences) {
    if (isFutureTense(s.text, s.quotes)) continue;
    for (const m of findDateMentions(s.text, s.quotes)) {
      const date = m.quoted ? null : fullDate(m);
      if (date) out.push({ date, text: m.text });
    }
  }
  return out;
}

/** 'the 45th anniversary': the sentence is about a later year than its anchor. */
export function anniversaryOf(sentence: string): RegExpExecArray | null {
  return /\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\b/i.exec(sentence);
}

/** A mention can stand for an anchor event when it names the anchor's month (and day, if it gives one). */
export function anchorFits(anchor: Anchor, m: DateMention): boolean {
  if (m.month === undefined || monthOf(anchor.date) !== m.month) return false;
  return m.day === undefined || Number(anchor.date.slice(8, 10)) === m.day;
}

export function findPublication(clean: CleanArticle, sentences: readonly Sentence[], options: PublicationOptions): Publication {
  const warnings: string[] = [];
  let found: Publication | null = null;
  if (clean.meta.published) {
    found = { date: clean.meta.published, precision: 'day', basis: 'front-matter', confidence: 1, evidence: `published: ${clean.meta.published}`, warnings };
  } else {
    const dateline = findDateline(clean, sentences);
    const fromUrl = clean.meta.url ? urlDate(clean.meta.url) : null;
    if (dateline) {
      if (dateline.note) warnings.push(dateline.note);
      found = { date: dateline.date, precision: 'day', basis: 'dateline', confidence: dateline.note ? 0.7 : 0.9, evidence: dateline.text, warnings };
    } else if (fromUrl) {
      found = { date: fromUrl, precision: 'day', basis: 'dateline', confidence: 0.85, evidence: `url: ${clean.meta.url}`, warnings };
    }
  }
  if (found?.date) {
    const later = explicitPastDates(sentences).filter((d) => d.date > addDays(found!.date!, 1));
    if (later.length > 0) {
      const latest = later.reduce((a, b) => (b.date > a.date ? b : a));
      if (found.basis === 'front-matter') {
        // Metadata an editor supplied is kept, but the contradiction is reported.
        warnings.push(`the front-matter date ${found.date} is earlier than '${latest.text}' (${latest.date}), which the text reports as past`);
        return { ...found, confidence: 0.6 };
      }
      warnings.push(
        `the ${found.basis} date ${found.date} is earlier than '${latest.text}' (${latest.date}), which the text reports as past; using ${latest.date}`,
      );
      return { date: latest.date, precision: 'day', basis: 'inferred', confidence: 0.5, evidence: latest.text, warnings };
    }
    return found;
  }
  const inferred = inferPublication(sentences, options, warnings);
  const partial = yearlessDateline(clean);
  if (partial && inferred.date) {
    // The story is published on or after everything it reports: the first such year for the stamp's day.
    let year = yearOf(inferred.date);
    const on = (y: number) => isoOf(y, partial.month, Math.min(partial.day, lastDayOfMonth(y, partial.month)));
    if (on(year) < inferred.date) year++;
    return {
      date: on(year), precision: 'day', basis: 'dateline', confidence: 0.6,
      evidence: `${partial.text} (year from ${inferred.evidence})`, warnings: inferred.warnings,
    };
  }
  return inferred;
}

interface Fact {
  date: string;
  precision: 'day' | 'month' | 'year';
  text: string;
}

/** Without a stamp: the latest date the text reports, with years taken from anniversaries, anchors and weekdays. */
export function inferPublication(sentences: readonly Sentence[], options: PublicationOptions, warnings: string[] = []): Publication {
  const facts: Fact[] = [];
  const yearHints: Array<{ year: number; text: string }> = [];
  const undatedDays: Array<DateMention & { sentence: string }> = [];
  const undatedMonths: Array<DateMention & { sentence: string }> = [];
  let currentMonth: number | null = null;

  for (const s of sentences) {
    const outside = s.text;
    const anchors = matchAnchors(outside, options.anchors);
    for (const a of anchors) {
      const anniversary = anniversaryOf(outside);
      if (anniversary) yearHints.push({ year: yearOf(a.date) + Number(anniversary[1]), text: anniversary[0] });
    }
    if (isFutureTense(s.text, s.quotes)) continue;
    for (const m of findDateMentions(s.text, s.quotes.length ? s.quotes : quotedRanges(s.text))) {
      if (m.quoted) continue;
      if (m.earlierIn && m.month !== undefined) currentMonth = m.month;
      if (m.year !== undefined) {
        if (m.month !== undefined && m.day !== undefined) {
          const d = fullDate(m);
          if (d) facts.push({ date: d, precision: 'day', text: m.text });
        } else if (m.month !== undefined) facts.push({ date: isoOf(m.year, m.month, 1), precision: 'month', text: m.text });
        else if (m.kind === 'date') facts.push({ date: isoOf(m.year, 1, 1), precision: 'year', text: m.text });
        continue;
      }
      const anchor = anniversaryOf(outside) ? undefined : anchors.find((a) => anchorFits(a, m));
      if (anchor) {
        facts.push({ date: isoOf(yearOf(anchor.date), m.month!, 1), precision: 'month', text: `${m.text} (${anchor.name})` });
        continue;
      }
      if (m.kind === 'date' && m.month !== undefined && m.day !== undefined) undatedDays.push({ ...m, sentence: s.text });
      else if ((m.kind === 'date' || m.kind === 'part-of-month') && m.month !== undefined) undatedMonths.push({ ...m, sentence: s.text });
    }
  }

  const knownYears = [...facts.map((f) => yearOf(f.date))];
  // A day whose year only its weekday (or an anniversary) fixes is the news itself: the story is written then.
  let newsDay: Fact | null = null;
  for (const m of undatedDays) {
    let year: number | undefined;
    let how = '';
    // A weekday that fits its date in one year only is stronger than the years of background dates.
    const fits: number[] = [];
    if (m.weekday !== undefined) {
      for (let y = yearOf(options.window.from); y <= yearOf(options.window.to); y++) {
        if (m.day! <= lastDayOfMonth(y, m.month!) && weekdayOf(isoOf(y, m.month!, m.day!)) === m.weekday) fits.push(y);
      }
    }
    if (yearHints.length > 0) {
      year = yearHints[0]!.year;
      how = `year from '${yearHints[0]!.text}'`;
    } else if (fits.length === 1) {
      year = fits[0];
      how = `the only year in the window where ${m.text} fits`;
    } else if (knownYears.length > 0) {
      year = Math.max(...knownYears);
      how = 'year of the latest explicit date';
    }
    if (year !== undefined && m.day! <= lastDayOfMonth(year, m.month!)) {
      const fact: Fact = { date: isoOf(year, m.month!, m.day!), precision: 'day', text: `${m.text} (${how})` };
      facts.push(fact);
      if ((yearHints.length > 0 || fits.length === 1) && (!newsDay || fact.date > newsDay.date)) newsDay = fact;
    }
  }

  if (facts.length === 0) {
    warnings.push('no publication date: no front matter, no dateline, and nothing in the text fixes a year');
    return { date: null, precision: 'day', basis: 'none', confidence: 0, evidence: '', warnings };
  }

  // Months named without a year around the news day are in the past ('after the earthquakes in October').
  const latestFact = facts.reduce((a, b) => (b.date > a.date ? b : a));
  if (newsDay && newsDay.date >= latestFact.date && currentMonth === null) {
    return { date: newsDay.date, precision: 'day', basis: 'inferred', confidence: 0.5, evidence: newsDay.text, warnings };
  }
  // Months named without a year: the first such month after the latest dated fact.
  const base = latestFact.date;
  let latest = facts.reduce((a, b) => (b.date > a.date ? b : a));
  for (const m of undatedMonths) {
    const year = m.month! >= monthOf(base) ? yearOf(base) : yearOf(base) + 1;
    const date = isoOf(year, m.month!, 1);
    if (date > latest.date) latest = { date, precision: 'month', text: m.text };
  }
  if (currentMonth !== null && monthOf(latest.date) !== currentMonth) {
    const year = currentMonth >= monthOf(latest.date) ? yearOf(latest.date) : yearOf(latest.date) + 1;
    latest = { date: isoOf(year, currentMonth, 1), precision: 'month', text: `earlier in ${monthName(currentMonth)}` };
  }
  if (latest.precision === 'month') {
    const y = yearOf(latest.date);
    const mo = monthOf(latest.date);
    const date = maxIso(isoOf(y, mo, 15), latest.date);
    return { date, precision: 'month', basis: 'inferred', confidence: 0.4, evidence: latest.text, warnings };
  }
  return { date: latest.date, precision: latest.precision, basis: 'inferred', confidence: 0.5, evidence: latest.text, warnings };
}
