// Russian declines names: 'Зариф' is 'Зарифа', 'Зарифом' … and 'Ахундзада' 'Ахундзады' in running text.

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Endings of the singular cases after a name's final consonant, and after a final 'а' or 'я' dropped. */
const AFTER_CONSONANT = ['а', 'у', 'ом', 'е'];
const AFTER_A = ['ы', 'е', 'у', 'ой'];
const AFTER_YA = ['и', 'е', 'ю', 'ей'];

/** The case forms of one capitalised Russian word; names ending in other vowels ('Раиси', 'Хатибзаде') do not decline. */
function caseForms(word: string): string[] {
  if (!/^\p{Lu}/u.test(word) || !CYRILLIC.test(word)) return [];
  const stem = word.slice(0, -1);
  if (/[бвгджзклмнпрстфхцчшщ]$/u.test(word)) return AFTER_CONSONANT.map((e) => word + e);
  // Russian spelling writes 'и' for 'ы' after г, к, х and the hushing letters ('Дохи').
  if (word.endsWith('а')) return AFTER_A.map((e) => stem + (e === 'ы' && /[гкхжчшщ]$/u.test(stem) ? 'и' : e));
  if (word.endsWith('я')) return AFTER_YA.map((e) => stem + e);
  return [];
}

/**
 * Names written in Cyrillic with the case forms of their last word ('Барадара'); a declined first name before it is
 * left to the surname's own alias.
 */
export function withRussianCases(words: readonly string[]): string[] {
  const out = new Set(words);
  for (const name of words) {
    if (!CYRILLIC.test(name)) continue;
    const parts = name.split(' ');
    const last = parts.pop()!;
    for (const form of caseForms(last)) out.add([...parts, form].join(' '));
  }
  return [...out];
}
