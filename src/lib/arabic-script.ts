// Letters that Persian and Arabic write differently: one word, two spellings on real pages.

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
