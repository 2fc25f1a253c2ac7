// Sentences: paragraphs → sentences, with quotations that span sentence ends kept as quotations.
import type { Paragraph, Sentence } from './types';
import { anyMonthNumber, FIRST_PERSON } from './words';

/** Ranges [start, end) of text inside quotation marks. */
export function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const pairs: Record<string, string> = { '“': '”', '«': '»', '"': '"', '„': '“' };
  let i = 0;
  while (i < text.length) {
    const open = text[i]!;
    const close = pairs[open];
    if (close) {
      const j = text.indexOf(close, i + 1);
      if (j > i) {
        ranges.push([i, j + 1]);
        i = j + 1;
        continue;
      }
      // An opening mark with no close quotes to the end (paragraph-long quotations).
      if (open !== '"') {
        ranges.push([i, text.length]);
        break;
      }
    }
    i++;
  }
  return ranges;
}

/** '… on Sunday has killed one person, an Afghan police official said.': an attribution of its own inside a quote. */
const REPORTED_ATTRIBUTION = /,\s+(?:an?|the)\s+[^,“”"]{0,60}?\b(?:said|says|told|reported)\b/;

/**
 * A paragraph that is one quotation from start to end, with its own third-person attributions inside, is a news
 * report quoted whole (a digest citing another outlet), not someone's words: its happenings are read.
 */
function isQuotedReport(text: string, [from, to]: [number, number]): boolean {
  // Nothing but a date may follow it ('… to the east.” (07/31/22)').
  return from === 0 && !/\p{L}/u.test(text.slice(to)) && REPORTED_ATTRIBUTION.test(text.slice(from, to));
}

/** ', the company said in a statement on Thursday.', ', the statement added': a written statement's words, closing the quotation. */
const STATEMENT_ATTRIBUTION =
  /^,?\s*(?:(?:the|an?|its)?\s*[^,.“”"]{0,50}?\b(?:said|stated|announced)\s+in\s+(?:a|its|the)\s+(?:written\s+)?statement\b|(?:the|its|a)\s+(?:[\p{L}-]+\s+){0,2}statement\s+(?:said|added|read|stated)\b)/iu;

/** A written statement quoted whole, in the third person, is a report of what happened, not someone's words. */
function isQuotedStatement(text: string, [from, to]: [number, number]): boolean {
  const opensSentence = from === 0 || /[.!?]\s+$/.test(text.slice(0, from));
  return opensSentence && STATEMENT_ATTRIBUTION.test(text.slice(to)) && !FIRST_PERSON.test(text.slice(from, to));
}

/**
 * 'وصرّح "ميثم برازندة" لوكالة "إرنا"', 'the so-called "Islamic Emirate"': a name or a term in quotation marks (up
 * to three words, no figure, no punctuation) is the writer's, not someone's words.
 */
function isQuotedName(text: string, [from, to]: [number, number]): boolean {
  const inner = text.slice(from + 1, to - 1).trim();
  return inner.length > 0 && inner.split(/\s+/).length <= 3 && !/[\p{N}\p{P}]/u.test(inner);
}

/** Words whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'brig',
  'sgt',
  'gov',
  'sen',
  'rep',
  'st',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'vol',
  'fig',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'etc',
  'vs',
  'approx',
  'est',
  'inc',
  'ltd',
  'co',
  'corp',
  'jr',
  'sr',
]);

function endsWithAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)\.$/u.exec(before)?.[1]?.toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  return /^\p{L}$/u.test(word); // an initial: 'Amir K. Muttaqi'
}

/** '26. Oktober 2021', '3. mai': a day written with a dot before the month's name, as German and Norwegian do. */
function dottedDayOfMonth(text: string, dot: number, next: number): boolean {
  if (!/(?<![\p{N}.])\p{N}{1,2}$/u.test(text.slice(0, dot))) return false;
  const word = /^\p{L}+/u.exec(text.slice(next))?.[0];
  return word !== undefined && anyMonthNumber(word) !== null;
}

/** Offsets where sentences start in a paragraph. */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  // Urdu ends a sentence with '۔', Armenian with '։', Hindi and Bengali with '।'; scripts without capitals start
  // the next one with any of their letters.
  const boundary =
    /([.!?؟۔։।]+)(["”’»)]*)\s+(?=["“‘«(]?[\p{Lu}\p{N}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Hangul}])/gu;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[1] === '.' && endsWithAbbreviation(text.slice(0, m.index + 1))) continue;
    if (m[1] === '.' && dottedDayOfMonth(text, m.index, m.index + m[0].length)) continue;
    starts.push(m.index + m[0].length);
  }
  // Chinese and Japanese end a sentence with '。', '！' or '？' and start the next with no space.
  const ideographic = /[。！？]+[”’」』）)]*\s*(?=\S)/gu;
  for (let m = ideographic.exec(text); m; m = ideographic.exec(text)) starts.push(m.index + m[0].length);
  // Paragraphs a copy ran together: 'the Iranian side had started the incident.An interim government …', a
  // caption and a wire's dateline: 'at Kabul University in Kabul.MOSCOW (Sputnik) –'.
  const glued = /(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll}+\s|\p{Lu}{3,}[\s,(])/gu;
  for (let m = glued.exec(text); m; m = glued.exec(text)) {
    if (!endsWithAbbreviation(text.slice(0, m.index))) starts.push(m.index);
    glued.lastIndex++;
  }
  // The same in Arabic script, where no capital marks the start: 'في أغسطس 2021.وأفاد ذاكر جلالي …'.
  const gluedArabic = /(?<=[\p{Script=Arabic}\p{N}]{2}[.!?؟۔])(?=\p{Script=Arabic}{2})/gu;
  for (let m = gluedArabic.exec(text); m; m = gluedArabic.exec(text)) {
    starts.push(m.index);
    gluedArabic.lastIndex++;
  }
  return [...new Set(starts)].sort((a, b) => a - b);
}

/** The text with what `keep` rejects blanked out (same length, so offsets still hold). */
export function blank(text: string, keep: (i: number) => boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += keep(i) ? text[i] : ' ';
  return out;
}

/** The sentence with quotations blanked out. */
export function outsideQuotes(sentence: Pick<Sentence, 'text' | 'quotes'>): string {
  return blank(sentence.text, (i) => !sentence.quotes.some(([a, b]) => i >= a && i < b));
}

export function splitSentences(paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    const text = paragraph.text;
    const quotes = quotedRanges(text).filter(
      (q) => !isQuotedReport(text, q) && !isQuotedStatement(text, q) && !isQuotedName(text, q),
    );
    const starts = sentenceStarts(text);
    starts.forEach((start, k) => {
      const stop = starts[k + 1] ?? text.length;
      const raw = text.slice(start, stop);
      const sentenceText = raw.trim();
      if (!sentenceText) return;
      const offset = start + raw.indexOf(sentenceText);
      const local: Array<[number, number]> = [];
      for (const [a, b] of quotes) {
        const from = Math.max(a, offset) - offset;
        const to = Math.min(b, offset + sentenceText.length) - offset;
        if (to > from) local.push([from, to]);
      }
      sentences.push({ text: sentenceText, paragraph: p, index: sentences.length, quotes: local });
    });
  });
  return sentences;
}
