// Dated reports: a page with no date of its own that tells the same story as a report whose day is known
// (a relay of the same wire copy, a rewrite of the same agency item) was written that day.
import type { CleanArticle } from './types';

/** A report whose day is known, by the rarest words of its headline and lead. */
interface DatedReport {
  day: string;
  /** The page it was read from: a page is not dated by its own entry. */
  name: string;
  url?: string;
  /** Indices into the index's terms. */
  terms: number[];
}

/** data/reports.json: the terms with their rarity (inverse document frequency), and the reports. */
export interface ReportIndexData {
  terms: Array<[string, number]>;
  reports: DatedReport[];
}

export interface ReportIndex {
  weight: Map<string, number>;
  /** The weight of a term no report has: the rarest. */
  unseenWeight: number;
  reports: Array<DatedReport & { words: string[]; norm: number }>;
  byTerm: Map<string, number[]>;
}

/** How much of the headline and lead is read: a relay keeps its source's opening, not its ending. */
const STORY_HEAD_CHARS = 1500;
/** Terms kept of a report and of a page: the rarest ones. */
const STORY_TERMS = 80;
/** Share of the rarer side's weight two pages must have in common to tell one story (measured on dev). */
const SAME_STORY_SCORE = 0.3;
/** Less in common tells the same story when the report's day is one the page names without its year. */
const DAY_AGREES_SCORE = 0.1;
/** A weekday ('on Wednesday') fits one day in seven: more in common is needed. */
const WEEKDAY_AGREES_SCORE = 0.25;
/** Reports this close to the closest one tell the same story too. */
const CLOSEST_SHARE = 0.8;
/** Words on this many pages are kept with their weight; rarer ones a page has and no report has weigh the most. */
const COMMON_DF = 3;

// Years and days of a month are not the story's words: every report of a month shares them.
const NOT_A_TERM = /^(?:(?:19|20)\d\d|1[34]\d\d|\d{1,2})$/u;
const WORD = /[\p{L}\p{M}\p{N}]{4,}/gu;

/** The words of a page's headline and opening paragraphs, lower-cased, each once. */
function storyWords(clean: Pick<CleanArticle, 'title' | 'paragraphs'>): Set<string> {
  let head = clean.title ? `${clean.title}\n` : '';
  for (const p of clean.paragraphs) {
    if (head.length > STORY_HEAD_CHARS) break;
    head += `${p.text}\n`;
  }
  const words =
    head
      .slice(0, STORY_HEAD_CHARS + 300)
      .toLowerCase()
      .match(WORD) ?? [];
  return new Set(words.filter((w) => !NOT_A_TERM.test(w)));
}

/** The rarest of a page's words, by the weights given. */
function rarest(words: Iterable<string>, weightOf: (w: string) => number): string[] {
  return [...words].sort((a, b) => weightOf(b) - weightOf(a) || (a < b ? -1 : 1)).slice(0, STORY_TERMS);
}

export function buildReportIndex(data: ReportIndexData): ReportIndex {
  const weight = new Map(data.terms);
  const unseenWeight = Math.max(0, ...weight.values());
  const byTerm = new Map<string, number[]>();
  const reports = data.reports.map((r, i) => {
    const words = r.terms.map((t) => data.terms[t]![0]);
    for (const w of words) {
      const holders = byTerm.get(w);
      if (holders) holders.push(i);
      else byTerm.set(w, [i]);
    }
    return { ...r, words, norm: words.reduce((s, w) => s + (weight.get(w) ?? 0) ** 2, 0) };
  });
  return { weight, unseenWeight, reports, byTerm };
}

export interface SameStory {
  report: DatedReport;
  score: number;
  shared: string[];
}

/** The dated report that tells the same story as the page, if one is close enough. */
export function sameStoryReport(
  clean: Pick<CleanArticle, 'name' | 'title' | 'paragraphs' | 'meta'>,
  index: ReportIndex,
): SameStory | null {
  const close = storyReports(clean, index, SAME_STORY_SCORE);
  if (close.length === 0) return null;
  // Relays of one story run a day or two apart: the earliest of the closest is the day it was first told.
  const top = Math.max(...close.map((c) => c.score));
  return close
    .filter((c) => c.score >= top * CLOSEST_SHARE)
    .reduce((a, b) => (b.report.day < a.report.day || (b.report.day === a.report.day && b.score > a.score) ? b : a));
}

/**
 * 'on 29 June', with no year: a report that shares less of the story, but was dated that day or a day or two
 * after it, tells the same story (two signs agree), the closest first.
 */
export function sameStoryOnDay(
  clean: Pick<CleanArticle, 'name' | 'title' | 'paragraphs' | 'meta'>,
  index: ReportIndex,
  fits: (day: string) => boolean,
  onlyWeekday = false,
): SameStory | null {
  const close = storyReports(clean, index, onlyWeekday ? WEEKDAY_AGREES_SCORE : DAY_AGREES_SCORE).filter((c) =>
    fits(c.report.day),
  );
  return close.length ? close.reduce((a, b) => (b.score > a.score ? b : a)) : null;
}

function storyReports(
  clean: Pick<CleanArticle, 'name' | 'title' | 'paragraphs' | 'meta'>,
  index: ReportIndex,
  minScore: number,
): SameStory[] {
  const weightOf = (w: string) => index.weight.get(w) ?? index.unseenWeight;
  const words = rarest(storyWords(clean), weightOf);
  const norm = words.reduce((s, w) => s + weightOf(w) ** 2, 0);
  const common = new Map<number, number>();
  for (const w of words)
    for (const i of index.byTerm.get(w) ?? []) common.set(i, (common.get(i) ?? 0) + weightOf(w) ** 2);
  const own = (r: DatedReport) =>
    r.name === clean.name || (!!r.url && !!clean.meta.url && sameAddress(r.url, clean.meta.url));
  const close: SameStory[] = [];
  for (const [i, shared] of common) {
    const r = index.reports[i]!;
    const score = shared / Math.max(r.norm, norm);
    if (score >= minScore && !own(r))
      close.push({ report: r, score, shared: words.filter((w) => r.words.includes(w)) });
  }
  return close;
}

function sameAddress(a: string, b: string): boolean {
  const bare = (u: string) =>
    u
      .replace(/^https?:\/\/(?:www\.)?/u, '')
      .replace(/[?#].*$/u, '')
      .replace(/\/$/u, '');
  return bare(a) === bare(b);
}

/** Builds the index data from pages whose day is known (used by scripts/reports.ts). */
export function reportIndexData(
  pages: ReadonlyArray<{
    clean: Pick<CleanArticle, 'name' | 'title' | 'paragraphs'>;
    day: string | null;
    url?: string;
  }>,
): ReportIndexData {
  const wordsOf = pages.map((p) => storyWords(p.clean));
  const df = new Map<string, number>();
  for (const words of wordsOf) for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.round(Math.log(pages.length / (df.get(w) ?? 1)) * 100) / 100;
  const termIndex = new Map<string, number>();
  const terms: Array<[string, number]> = [];
  const reports: DatedReport[] = [];
  const termOf = (w: string) => {
    if (!termIndex.has(w)) {
      termIndex.set(w, terms.length);
      terms.push([w, idf(w)]);
    }
    return termIndex.get(w)!;
  };
  // Words many pages share keep their weight, so a page's rarest words are picked as the reports' were.
  for (const [w, n] of [...df].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n >= COMMON_DF) termOf(w);
  pages.forEach((p, i) => {
    if (!p.day) return;
    const ids = rarest(wordsOf[i]!, idf).map(termOf);
    reports.push({ day: p.day, name: p.clean.name, ...(p.url ? { url: p.url } : {}), terms: ids });
  });
  return { terms, reports };
}
