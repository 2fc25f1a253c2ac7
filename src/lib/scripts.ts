// Scripts a page is written in, and the spellings one name or word takes across them on real pages.
import { withRussianCases } from './russian-cases';

/** A letter of the Arabic script (Persian, Arabic, Urdu, Pashto), of the Cyrillic, and of any other script. */
export const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
export const CYRILLIC_SCRIPT = /\p{Script=Cyrillic}/u;
/** Scripts of languages that put the verb last (Persian, Urdu, Pashto, Hindi, Bengali, Japanese, Korean), and Arabic. */
export const VERB_LAST_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gujarati}\p{Script=Gurmukhi}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
export const OTHER_SCRIPT = /[^\P{L}\p{Script=Arabic}\p{Script=Cyrillic}]/u;

/**
 * Chinese and Japanese write no space between words, and Korean joins its particles to them ('탈레반과'): in these
 * scripts a name or a word has no edge to look for.
 */
const CJK_LETTERS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
export const CJK_SCRIPT = new RegExp(`[${CJK_LETTERS}]`, 'u');
/** Not just after a letter (or `more`) of a script that spaces its words: a word's start. */
export const wordStart = (more = '') => `(?<!(?![${CJK_LETTERS}])[\\p{L}\\p{N}${more}])`;
/** Not just before a letter (or `more`) of a script that spaces its words: a word's end. */
export const wordEnd = (more = '') => `(?!(?![${CJK_LETTERS}])[\\p{L}\\p{N}${more}])`;

/** The zero-width non-joiner of Persian ('گفت‌وگو'), which copies often drop or turn into a space. */
export const JOINER = '\u200c';

/**
 * Arabic vowel marks, tanwin, shadda and sukun (and the tatweel that stretches a word): optional in writing, so
 * 'صرّح' is 'صرح' and 'كابُل' is 'كابل'. The text drops them, and so do the words looked for in it.
 */
const HARAKAT = '[\\u0640\\u064B-\\u0652]';
const MARK = new RegExp(HARAKAT, 'g');
export function withoutHarakat(text: string): string {
  return text.replace(MARK, '');
}
/** In a pattern, a mark may be made optional ('طُ?رِ?دوا'): the mark goes with its '?'. */
const MARK_IN_PATTERN = new RegExp(`${HARAKAT}\\??`, 'g');
export function patternWithoutHarakat(pattern: string): string {
  return pattern.replace(MARK_IN_PATTERN, '');
}

/** Persian written with Arabic yeh and kaf ('تير', 'يكشنبه'), as some sites and keyboards do. */
export function persianSpelling(word: string): string {
  return word.replace(/\u064A/g, '\u06CC').replace(/\u0643/g, '\u06A9');
}

/**
 * A word as Arabic script may write it: Persian yeh and kaf as Arabic ones, and alef with hamza as bare alef
 * ('ايران', 'الى'), as many Arabic pages do.
 */
export function withArabicLetters(words: readonly string[]): string[] {
  const arabic = (w: string) => w.replace(/\u06CC/g, '\u064A').replace(/\u06A9/g, '\u0643');
  const bareAlef = (w: string) => w.replace(/[\u0623\u0625]/g, '\u0627');
  return [...new Set(words.flatMap((w) => [w, arabic(w), bareAlef(w), bareAlef(arabic(w))]))];
}

/**
 * A Persian word as Pashto writes it: its own gaf ('ګ' for 'گ') and, at the end, its own yehs ('قونسلګرۍ' for
 * 'قونسلگری'), so a name or phrase known in Persian is found on Pashto pages.
 */
function withPashtoLetters(words: readonly string[]): string[] {
  const gaf = (w: string) => w.replace(/\u06AF/g, '\u06AB');
  const finalYeh = (w: string, yeh: string) => w.replace(new RegExp(`\u06CC(?=$|[\\s${JOINER}])`, 'g'), yeh);
  return [
    ...new Set(
      words.flatMap((w) =>
        /[\u06AF\u06CC]/.test(w) ? [w, gaf(w), finalYeh(gaf(w), '\u06CD'), finalYeh(gaf(w), '\u06D0')] : [w],
      ),
    ),
  ];
}

/** A plural in '-ān' as Pashto's oblique case writes it ('د طالبانو', of the Taliban). */
function withPashtoObliquePlural(words: readonly string[]): string[] {
  return [...new Set(words.flatMap((w) => (/\u0627\u0646$/.test(w) && !/\s/.test(w) ? [w, `${w}\u0648`] : [w])))];
}

/** Persian words with a zero-width non-joiner also as copies write them: without it, or with a space. */
function withJoinerVariants(words: readonly string[]): string[] {
  return [
    ...new Set(
      words.flatMap((w) => (w.includes(JOINER) ? [w, w.split(JOINER).join(''), w.split(JOINER).join(' ')] : [w])),
    ),
  ];
}

/**
 * Names and phrases in every spelling pages give them: Russian names in their cases, Persian ones in Arabic and
 * Pashto letters (and Pashto's oblique plural), with or without their joiners, without vowel marks.
 */
export function withPageSpellings(words: readonly string[]): string[] {
  const bare = [...new Set(words.map(withoutHarakat))];
  return withJoinerVariants(withPashtoObliquePlural(withPashtoLetters(withArabicLetters(withRussianCases(bare)))));
}

/**
 * 'بزيارة', 'اللقاء', 'والاشتباكات': Arabic writes its conjunctions, prepositions and article on the word. A trigger
 * in Arabic script (none of Persian's and Urdu's own letters) may carry them.
 */
export function withArabicClitics(trigger: string): string {
  if (
    !/^(?:\(\?:)?[\u0621-\u064A]/u.test(trigger) ||
    /[\u067E\u0686\u0698\u06AF\u06A9\u06CC\u06C1\u06BE]/u.test(trigger)
  )
    return trigger;
  return `(?:[وفبلك]{1,2})?(?:ال)?(?:${trigger})`;
}
