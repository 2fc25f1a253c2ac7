// Letters that Persian and Arabic write differently: one word, two spellings on real pages.

/** Persian written with Arabic yeh and kaf ('تير', 'يكشنبه'), as some sites and keyboards do. */
export function persianSpelling(word: string): string {
  return word.replace(/\u064A/g, '\u06CC').replace(/\u0643/g, '\u06A9');
}

/** A Persian word and its spelling with Arabic yeh and kaf, when that differs. */
export function withArabicLetters(words: readonly string[]): string[] {
  return [...new Set(words.flatMap((w) => [w, w.replace(/\u06CC/g, '\u064A').replace(/\u06A9/g, '\u0643')]))];
}
