// Clean: decoded text → title, header lines and body paragraphs, without page chrome.
import { isIsoDay } from '../lib/event-schema';
import { withoutHarakat } from '../lib/scripts';
import type { Article, CleanArticle, Paragraph, RemovedLine } from './types';
import {
  alternation,
  ENGLISH_MONTH_ABBREVIATION_PATTERN,
  FOREIGN_RELATED_LABELS,
  MONTH_PATTERN,
  PERMALINK_LABELS,
  STAMP_LABELS,
  TICKER_LABELS,
  WEEKDAY_PATTERN,
} from './words';

/** Headings after which a page has only other stories and widgets. */
const END_OF_ARTICLE = new RegExp(
  String.raw`^(related( articles| news| stories| posts| content| links)?|read more|more (stories|news|on this|from [\p{L} ]+)|you may also (like|be interested in)|recommended( for you| stories)?|most (read|popular|viewed|shared)|latest( news| stories)?|also read|see also|trending|top stories|more in [\p{L} ]+|comments?( \(\d+\))?|leave a (reply|comment)|${alternation(FOREIGN_RELATED_LABELS)})\s*:?$`,
  'iu',
);

/** Of those headings, the ones a site also sets inside a story, over a headline or a few of other stories. */
const INLINE_RELATED =
  /^(related( articles| news| stories| posts| content| links)?|read more|also read|read also|see also|more (stories|news|on this))\s*:?$/iu;

/**
 * 'Read more:' over up to four headlines, then two paragraphs of running text: a box of other stories set inside
 * the story, which goes on below it. The index of the story's next line, or -1 when the heading ends the story
 * (a list of headlines, or of headlines each with its blurb).
 */
function storyAfterInlineBox(lines: readonly string[], heading: number): number {
  if (!INLINE_RELATED.test(lines[heading]!)) return -1;
  let i = heading + 1;
  while (i < lines.length && i - heading <= 4 && !isProse(lines[i]!)) i++;
  const teasers = i - heading - 1;
  return teasers >= 1 && isProse(lines[i] ?? '') && isProse(lines[i + 1] ?? '') ? i : -1;
}

/** Single lines of page furniture. */
const PERMALINK_LINE = new RegExp(
  `^(?:${alternation(PERMALINK_LABELS)})\\s*:?\\s*((?:https?:\\/\\/)?(?:[\\w-]+\\.)+[a-z]{2,}\\/\\S+)$`,
  'iu',
);
const CHROME_LINE =
  /^(back to top( button)?|share( this( article| story)?)?( on [\p{L}]+)?|print( this)?( article| page)?|email|advertisement|sponsored|subscribe\b.*|sign up\b.*|sign in|log ?in|log out|войти( в почту)?|вход|регистрация|follow us\b.*|click here\b.*|download (the )?app\b.*|tags?:.*|keywords?:.*|categor(y|ies):.*|source:?|photo:.*|image:.*|file photo.*|\(?photo( by| credit)?:?.*|page generated in\b.*|لینک مطلب:?.*|copyright\b.*|©.*|all rights reserved.*|(also read|read also|read more|related|see also|watch|listen|more on this)\s*:.*|(correction|clarification|editor['’]s note|update|updated)\s*:.*|this (article|story|report) (was|has been) (updated|corrected|amended)\b.*)$/iu;

/** 'Update: 2023-08-08 18:21 GMT', 'Updated: MAY 29, 2023 13:38': a labelled stamp, not an editor's update note. */
const LABELLED_STAMP = /^(?:update|updated)\s*:\s*(?=.*(?<!\d)(?:19|20)\d\d(?!\d))(?:\S+\s*){1,8}$/iu;

/** 'سه‌شنبه ۰۶ آذر ۱۴۰۳ - ساعت :': a date and a label whose value the copy lost (a clock), not a sentence. */
const EMPTY_CLOCK = /^(?=.*\p{Nd}{4})(?:\S+\s+){1,6}\S*\s*:$/u;

/** A clock and a year: a line that carries a stamp. */
const STAMPED = /^(?=.*(?<!\d)\d{1,2}:\d\d(?!\d))(?=.*(?<!\d)(?:19|20)\d\d(?!\d))/;
const TERMINAL = /[.!?؟۔։।。"”’»)\]:]$/;
/** 'Tuesday 16 de Nov.': a day and an abbreviated month, whose full stop does not end a sentence. */
const ABBREVIATED_STAMP = new RegExp(`^(?=.*\\d)(?:\\S+\\s+){0,5}(?:${ENGLISH_MONTH_ABBREVIATION_PATTERN})\\.$`, 'iu');

/** 'punjabkesari.in Thursday, Feb 23, 2023 - 03:15 PM (IST)': a year and a clock, ending in its time zone. */
const CLOCK_STAMP = /^(?=.*(?:19|20)\d\d)(?=.*\b\d{1,2}:\d\d)\S*(?:\s+\S+){0,9}\s*\(\s*\p{Lu}{2,5}\s*\)$/u;

/** 'BAKU, Azerbaijan, Feb.2': a wire dateline on a line of its own (a city in capitals), not a headline. */
const DATELINE_END = new RegExp(`,\\s*(?:${MONTH_PATTERN})\\.?\\s*\\d{1,2}(?:,?\\s*\\d{4})?\\s*$`, 'i');
const isDatelineLine = (line: string) => /^\p{Lu}{3,}\b/u.test(line) && DATELINE_END.test(line);
/** '(Last Updated On: August 28, 2023)': a labelled stamp in brackets ends like a sentence but is none. */
const BRACKETED_STAMP = new RegExp(
  `^\\(\\s*(?:${alternation(STAMP_LABELS)})\\s*:?\\s*[^()]{0,40}\\d[^()]{0,20}\\)$`,
  'i',
);

/**
 * Who took a photo, closing its caption: '… near Afghanistan. AFP', '… in Kabul in May. (IRNA)', '(Photo by X / AFP)',
 * '[Name/AFP]', '(Foto: TASS)', '(Site/Supplied)'.
 */
const PHOTO_CREDIT =
  /(?:[.)]\s+|\(\s*|[–—-]\s+|Photo:\s*|©\s*)(?:AFP|AP|Reuters|REUTERS|EPA|EPA-EFE|Getty Images|IRNA|Xinhua|Anadolu(?: Agency)?|AA|WANA|ISNA|Tasnim|Mehr|Fars|TOLOnews|Shutterstock|File)(?:\s*(?:Photo|photo|Images|via Getty Images))?(?:\s*\/\s*[\p{L} .,'-]{2,40})?\)?\.?\s*$|\((?:Photo|photo|Image|image)\s+(?:by|credit|courtesy)[^)]*\)\s*$|\((?:Photo|photo|Foto|foto|Фото|фото|Image|image)\s*:\s*[^()]{2,60}\)\s*$|\([^()]{2,40}\/\s*(?:Supplied|supplied|Handout|handout)\)\s*$|[([]\p{Lu}[\p{L}.'’ -]{1,40}\/\s*(?:AFP|AP|Reuters|REUTERS|EPA|Getty Images|IRNA|Xinhua|Anadolu(?: Agency)?|AA|WANA|ISNA|Tasnim|Mehr|Fars|TOLOnews)[)\]]\s*$|\((?:Credit|credit|Courtesy|courtesy)\s*:\s*[^()]*(?:\([^()]*\)[^()]*)*\)\s*$|[.!?]\s+(?:Photo|Image|Picture)s?\s*(?:courtesy of|by|credit:?|via)\s*[^!?]{2,80}$|REUTERS\/\p{Lu}|\svia\s+(?:REUTERS|Reuters|Getty Images)\s*$/u;
/** '… in Tehran on Jan. 31, 2021. (Salman Balkhi)': a sentence closed by a person's name in brackets. */
const PHOTOGRAPHER = /[.!?]\s*\(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}\)\s*$/u;
/** A wire photo's caption closing on where and when it was taken: '…, Razavi Khorasan Province, Iran August 29, 2021.' */
const PLACE_AND_DAY_TAKEN = new RegExp(
  `^(?!By\\b)[^.!?]{20,300},\\s+(?:\\p{Lu}[\\p{L}-]+,?\\s+){1,3}(?<!(?:${capitalised(WEEKDAY_PATTERN)}),?\\s+)(?:${capitalised(MONTH_PATTERN)})\\s+\\d{1,2},\\s+\\d{4}\\.?$`,
  'u',
);
/** A caption's own opening: an agency's photo number or a 'FILE PHOTO' label. */
const CAPTION_START = /^(?:epa\d{5,}|EPA\d{5,}|FILE PHOTO\b|File photo\b|\(?File\)?\s*[:–-]|©\s*\p{Lu})/u;

/**
 * A photo caption: it speaks of another moment (a file photo, another story's picture), never of this story's news.
 * Four sentences or more closed by an agency ('… auf dem Vormarsch. (AFP/jW)') are a wire's story, not a caption.
 */
function isCaption(line: string): boolean {
  if (CAPTION_START.test(line) || PLACE_AND_DAY_TAKEN.test(line)) return true;
  const sentences = line.split(/[.!?][”"’)]?\s+(?=\p{Lu})/u).length;
  return PHOTO_CREDIT.test(line) && line.split(/\s+/).length <= 90 && sentences < 4;
}
/** 'august|sept\\.?' → 'August|Sept\\.?': word lists as written at the start of a name. */
function capitalised(pattern: string): string {
  return pattern.replace(/(^|\|)(\p{Ll})/gu, (_, bar: string, first: string) => bar + first.toUpperCase());
}
const INVISIBLE = /[\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

const EZAFE_HEH = /\u06C0|\u0647\u0654/g;
/**
 * Removes bidi overrides, zero-width characters (ZWNJ, part of Persian spelling, stays) and Arabic vowel marks, and
 * writes Persian heh with the ezafe's hamza ('هفتۀ گذشته', 'هفتهٔ گذشته': last week) as plain heh, as most pages do.
 */
function normaliseText(text: string): string {
  return withoutHarakat(text.normalize('NFC').replace(INVISIBLE, ''))
    .replace(EZAFE_HEH, '\u0647')
    .replace(/[ \t\u00a0]+/g, ' ');
}

/** Joins hard-wrapped lines of a block into paragraphs. */
function unwrap(block: string[]): string[] {
  const out: string[] = [];
  for (const line of block) {
    const prev = out[out.length - 1];
    if (prev !== undefined && !TERMINAL.test(prev) && (continues(prev, line) || /^[(“"‘]/u.test(line)))
      out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

/** A line that goes on with the sentence above: a small letter, or a letter of a script without capitals after one. */
function continues(above: string, line: string): boolean {
  return /^\p{Ll}/u.test(line) || (/^\p{Lo}/u.test(line) && /\p{Lo}[^\p{L}]{0,3}$/u.test(above));
}

/** A text copy whose lines break mid-sentence at a fixed width ('… from the Taliban' / 'government. Emboldened …'). */
function hardWrapped(block: string[]): boolean {
  let breaks = 0;
  for (let i = 1; i < block.length; i++)
    if (block[i - 1]!.length >= 50 && !TERMINAL.test(block[i - 1]!) && continues(block[i - 1]!, block[i]!)) breaks++;
  return breaks >= 2 && breaks * 2 >= block.length - 1;
}

/**
 * Rejoins a sentence a copied page broke around a link: 'clashed on Saturday' / 'an exchange of fire' / '. The
 * reason …'. A line opening with a full stop or comma continues the text above, and so does the link's own short
 * line between them when the line above it is not ended.
 */
function joinLinkBreaks(block: string[]): string[] {
  const out: string[] = [];
  for (const line of block) {
    if (!/^[.,;:](?:\s|$)/.test(line) || out.length === 0) {
      out.push(line);
      continue;
    }
    let joined = line;
    const link = out.at(-1)!;
    if (!TERMINAL.test(link)) {
      joined = `${out.pop()}${joined}`;
      const above = out.at(-1);
      if (above !== undefined && !TERMINAL.test(above) && wordCount(link) <= 8) joined = `${out.pop()} ${joined}`;
    }
    out.push(joined);
  }
  return out;
}

/** A line of running text: a sentence of a dozen words or more, ended. */
function isProse(line: string): boolean {
  return TERMINAL.test(line) && wordCount(line) >= 12;
}

/** A headline: a few words, no final full stop, not a stamp such as '1401/4/6 19:41' or 'Code: 123'. */
function looksLikeHeadline(line: string): boolean {
  const words = wordCount(line);
  const digits = (line.match(/\p{Nd}/gu) ?? []).length; // Persian and Arabic-Indic digits too
  return (
    !TERMINAL.test(line) &&
    // '| Welcome to …', 'Translate This News In |': a title's tail or a table's cell, not a headline.
    !/^[|»·•]/.test(line) &&
    !/\|\s*$/.test(line) &&
    !isDatelineLine(line) &&
    words >= 3 &&
    words <= 30 &&
    digits < 4 &&
    !/:\s*\p{Nd}/u.test(line) &&
    !/[–-]\s*$/.test(line)
  );
}

/** ' date 2023-11-05 …' at the very start of a copied page: the page's own stamp behind a short metadata word. */
const PAGE_STAMP =
  /^\s*(?:date|published|posted|updated|dated)\s*:?\s*((?:19|20)\d\d-\d\d-\d\d)(?:[T ]\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?\s*/i;

/** ' date 2024-02 …': the same artefact with the month only. */
const PAGE_MONTH = /^\s*date\s+((?:19|20)\d\d)-(0[1-9]|1[0-2])(?![\d-])\s*/;

function takePageStamp(body: string): {
  stamp: CleanArticle['pageStamp'];
  month: CleanArticle['pageMonth'];
  body: string;
} {
  const month = PAGE_MONTH.exec(body);
  if (month)
    return {
      stamp: null,
      month: { year: Number(month[1]), month: Number(month[2]) },
      body: body.slice(month[0].length),
    };
  const m = PAGE_STAMP.exec(body);
  if (!m || !isIsoDay(m[1]!)) return { stamp: null, month: null, body };
  return { stamp: { date: m[1]!, text: m[0].trim() }, month: null, body: body.slice(m[0].length) };
}

/** 'تازه خبر' ('latest news') above the story: the line after it is the site's clock or its latest item's time. */
const TICKER_LINE = new RegExp(`^(?:${alternation(TICKER_LABELS)})[.:!]?$`, 'iu');

/** Paragraphs after which the story has begun: a tagline or standfirst may come before the stamp. */
const STORY_BEGUN = 2;

export function cleanArticle(article: Article): CleanArticle {
  const removed: RemovedLine[] = [];
  const headerLines: string[] = [];
  const footerLines: string[] = [];
  const paragraphs: Paragraph[] = [];
  const setAside = (line: string) => void (paragraphs.length >= STORY_BEGUN ? footerLines : headerLines).push(line);
  const { stamp: pageStamp, month: pageMonth, body } = takePageStamp(normaliseText(article.body));
  const blocks = body.split(/\n\s*\n/).map((block) =>
    block
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );
  const lines = blocks
    .map(joinLinkBreaks)
    .flatMap((block) => (article.format === 'txt' && !hardWrapped(block) ? block : unwrap(block)));

  let title: string | null = article.meta.title ? normaliseText(article.meta.title).trim() : null;
  let meta: string | undefined = article.meta.url;
  let ended = false;
  let resumeAt = -1;
  // Lines above the story: its headline, shown again after a list heading, starts the story proper below a standfirst.
  const aboveStory = new Set<string>();
  for (const [i, line] of lines.entries()) {
    if (ended && paragraphs.length === 1 && (line === title || aboveStory.has(line)) && looksLikeHeadline(line)) {
      ended = false;
      removed.push({ line, reason: 'repeated title' });
      continue;
    }
    if (ended) {
      removed.push({ line, reason: 'after the end of the article (related stories, comments)' });
      continue;
    }
    if (paragraphs.length === 0) aboveStory.add(line);
    // 'تازه خبر' then 'دوشنبه ۵ لیندۍ ۱۴۰۳ کابل ۰۱:۵۹': the day of the copy, not the story's stamp.
    if (paragraphs.length === 0 && TICKER_LINE.test(lines[i - 1] ?? '') && /\p{N}/u.test(line) && line.length <= 80) {
      removed.push({ line, reason: "page chrome (a news ticker's clock)" });
      continue;
    }
    if (i < resumeAt) {
      removed.push({ line, reason: 'teaser of another story (a box of related stories inside the story)' });
      continue;
    }
    const boxEnd = END_OF_ARTICLE.test(line) && paragraphs.length > 0 ? storyAfterInlineBox(lines, i) : -1;
    if (boxEnd > 0) {
      resumeAt = boxEnd;
      removed.push({ line, reason: 'heading of a box of related stories inside the story' });
      continue;
    }
    if (END_OF_ARTICLE.test(line)) {
      // 'Latest news', 'Related' above the story are the site's menu; below it, they end the article. Above the
      // headline, after a single paragraph (a newsletter's pitch), it is still the menu.
      ended = paragraphs.length > 1 || (paragraphs.length > 0 && title !== null);
      removed.push({ line, reason: ended ? 'end-of-article heading' : 'page chrome (a list heading above the story)' });
      continue;
    }
    // Not a line below the story's first sentences: a copy without a headline may leave a sentence's full stop off.
    if (
      title === null &&
      i < 3 &&
      looksLikeHeadline(line) &&
      !CHROME_LINE.test(line) &&
      !lines.slice(0, i).some(isProse)
    ) {
      title = line;
      continue;
    }
    if (title !== null && line === title) {
      removed.push({ line, reason: 'repeated title' });
      continue;
    }
    // A bare stamp such as '1402/11/21 - 19:41': no words, but a dateline candidate.
    if (!/\p{L}/u.test(line) && /\p{Nd}{1,4}\s*[/.\\-]\s*\p{Nd}{1,2}\s*[/.\\-]\s*\p{Nd}{1,4}/u.test(line)) {
      setAside(line);
      continue;
    }
    const permalink = PERMALINK_LINE.exec(line);
    if (permalink) {
      // The page's own address, printed on the page: read as the address front matter would give.
      meta ??= `https://${permalink[1]!.replace(/^https?:\/\//i, '')}`;
      removed.push({ line, reason: "page chrome (the page's own address)" });
      continue;
    }
    if (
      (CHROME_LINE.test(line) && !LABELLED_STAMP.test(line)) ||
      /^(https?:\/\/|www\.)\S+$/i.test(line) ||
      !/\p{L}/u.test(line)
    ) {
      removed.push({ line, reason: 'page chrome' });
      continue;
    }
    // Above the story, a line closing with a photographer's name in brackets is the lead picture's caption.
    if (isCaption(line) || (paragraphs.length === 0 && PHOTOGRAPHER.test(line))) {
      removed.push({ line, reason: 'photo caption' });
      continue;
    }
    if (/(…|\.\.\.)$/.test(line)) {
      // A long excerpt cut off mid-sentence (an aggregator's copy) keeps its whole sentences; a teaser has none.
      const whole = /^.*[.!?][”"’)]?(?=\s+\p{Lu})/su.exec(line)?.[0];
      if (whole && wordCount(line) >= 40 && wordCount(whole) >= 25 && paragraphs.length === 0) {
        removed.push({ line: line.slice(whole.length).trim(), reason: 'cut off mid-sentence' });
        paragraphs.push({ text: whole });
        continue;
      }
      removed.push({ line, reason: 'teaser of another story (truncated)' });
      continue;
    }
    // Between two paragraphs of running text, a line of fifteen words or more is text too, whatever its last character;
    // not a caption whose credit follows its last sentence ('… June 21, 2021. Majid Asgaripour/WANA via REUTERS').
    const inText =
      isProse(paragraphs.at(-1)?.text ?? '') && isProse(lines[i + 1] ?? '') && !/[.!?]\s+\p{Lu}/u.test(line);
    // Under the headline, a standfirst of a dozen words or more is the story's first line even without its full stop.
    // Not a stamp of many words ('Modified Date: November 29, 2022 / 08:56 PM IST, Published Date : April 12, …').
    const standfirst =
      paragraphs.length === 0 &&
      title !== null &&
      lines[i - 1] === title &&
      wordCount(line) >= 15 &&
      !STAMPED.test(line);
    // The page's last line, cut off mid-word after running text ('… voiced hope that its result would bene'): the
    // copy's end, not a heading.
    const cutAtEnd =
      lines.slice(i + 1).every((l) => l.trim() === '') &&
      isProse(paragraphs.at(-1)?.text ?? '') &&
      wordCount(line) >= 12 &&
      /\p{Ll}$/u.test(line);
    const shortLine = !standfirst && !cutAtEnd && wordCount(line) < (inText ? 15 : 25);
    if (
      (!TERMINAL.test(line) && shortLine) ||
      ABBREVIATED_STAMP.test(line) ||
      BRACKETED_STAMP.test(line) ||
      EMPTY_CLOCK.test(line) ||
      CLOCK_STAMP.test(line)
    ) {
      // Bylines, stamps, desks, captions: kept aside for dateline detection, never events.
      setAside(line);
      continue;
    }
    if (paragraphs.some((p) => p.text === line)) {
      removed.push({ line, reason: 'repeated paragraph (a standfirst or pull quote shown twice)' });
      continue;
    }
    paragraphs.push({ text: line });
  }

  const lead = paragraphs[0]?.text ?? '';
  const outletMatch = /^((?:\p{Lu}[\p{L}.&']*)(?:\s+\p{Lu}[\p{L}.&']*){0,4})\s*[–—-]\s+\p{Lu}/u.exec(lead);
  const agencyMatch = /^\p{Lu}[\p{Lu} ]+,?\s*(?:[^()]{0,30})?\((\p{Lu}[\p{L} .&]+)\)\s*[–—-]/u.exec(lead);
  let leadOutlet: string | null = agencyMatch?.[1] ?? null;
  const candidate = outletMatch?.[1];
  // 'TEHRAN-' is a dateline city, not an outlet.
  if (!leadOutlet && candidate && candidate !== candidate.toUpperCase()) leadOutlet = candidate;

  return {
    name: article.name,
    meta: meta === article.meta.url ? article.meta : { ...article.meta, url: meta },
    title,
    leadOutlet,
    headerLines,
    footerLines,
    pageMonth,
    pageStamp,
    paragraphs,
    removed,
  };
}
