// Actors and places named in a sentence, found through the gazetteer's aliases.
import type { Actor, Knowledge, Place } from './knowledge';
import { ARABIC_SCRIPT, CYRILLIC_SCRIPT, OTHER_SCRIPT, withPageSpellings, wordEnd, wordStart } from '../lib/scripts';
import { BAN_NOTICE, escapeRegExp } from './words';

export interface NameMatch<T> {
  entry: T;
  index: number;
  text: string;
}

interface AliasIndex<T> {
  /** A pattern per script (Arabic, Cyrillic, any other): a sentence is searched only for names in its scripts. */
  patterns: Array<{ script: RegExp; pattern: RegExp }>;
  byAlias: Map<string, T>;
}

const SCRIPTS = [ARABIC_SCRIPT, CYRILLIC_SCRIPT, OTHER_SCRIPT];

/** '-run', '-led' …: compounds in which a name still names its bearer. */
const COMPOUND_SUFFIXES =
  'run|led|controlled|appointed|backed|affiliated|linked|ruled|administered|allied|sponsored|supported|funded';

function buildIndex<T extends { aliases: string[] }>(
  entries: readonly T[],
  spellingsOf: (entry: T) => string[] = (entry) => entry.aliases,
): AliasIndex<T> {
  const byAlias = new Map<string, T>();
  // Every spelling pages give a name ('كاظمي قمي' for 'کاظمی قمی', 'Барадара' for 'Барадар').
  for (const entry of entries)
    for (const alias of withPageSpellings(spellingsOf(entry))) if (!byAlias.has(alias)) byAlias.set(alias, entry);
  // Longest alias first, so 'Hassan Kazemi Qomi' wins over 'Qomi'.
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length);
  // 'Taliban-run', 'Iran-backed': the name acts through what it runs; 'Khaf-Herat' names neither town alone.
  const patternOf = (names: string[]) =>
    new RegExp(
      `${wordStart('-')}(?:${names.map(escapeRegExp).join('|')})${wordEnd()}(?!-(?!(?:${COMPOUND_SUFFIXES})\\b)(?=\\p{L}))`,
      'gu',
    );
  const scriptOf = (alias: string) => SCRIPTS.find((script) => script.test(alias)) ?? OTHER_SCRIPT;
  return {
    patterns: SCRIPTS.map((script) => ({ script, pattern: patternOf(aliases.filter((a) => scriptOf(a) === script)) })),
    byAlias,
  };
}

/** 'Kazemi-Ghomi', 'Bhutto-Zardari': a person's name in Latin letters written with a hyphen between two of its parts. */
function withHyphenatedParts(aliases: readonly string[]): string[] {
  const hyphenated = aliases
    .filter((alias) => /^[\p{Script=Latin} .']+$/u.test(alias))
    .flatMap((alias) => {
      const parts = alias.split(' ');
      return parts
        .slice(1)
        .map((_, i) => [...parts.slice(0, i), `${parts[i]}-${parts[i + 1]}`, ...parts.slice(i + 2)].join(' '));
    });
  return [...new Set([...aliases, ...hyphenated])];
}

/** Capitalised only because they start a sentence or a title. */
const LEADING_WORDS = new Set([
  'The',
  'A',
  'An',
  'Then',
  'In',
  'On',
  'At',
  'But',
  'And',
  'According',
  'During',
  'When',
  'After',
  'Before',
  'Last',
  'This',
  'That',
  'Meanwhile',
  'However',
  'Asked',
  'Addressing',
  'Earlier',
  'Today',
  'Back',
  'Given',
  'Deputy',
  'Acting',
]);

/** Titles and roles around names: not names themselves. */
const ROLE_WORDS = new Set([
  'President',
  'Vice',
  'Prime',
  'Minister',
  'Deputy',
  'Foreign',
  'Interior',
  'Defence',
  'Defense',
  'Acting',
  'Ambassador',
  'Envoy',
  'Special',
  'Representative',
  'Spokesman',
  'Spokesperson',
  'Spokeswoman',
  'Supreme',
  'Leader',
  'General',
  'Brigadier',
  'Commander',
  'Chief',
  'Head',
  'Senior',
  'Official',
  'Officials',
  'Ministry',
  'Affairs',
  'Political',
  'Advisor',
  'Adviser',
  'Secretary',
  'Council',
  'National',
  'Security',
  'Parliament',
  'Speaker',
  'Mullah',
  'Maulvi',
  'Mawlawi',
  'Sheikh',
  'Dr',
  'Mr',
  'Mrs',
  'Ms',
  'Ayatollah',
  'Governor',
  'Mayor',
  'State',
  'News',
  'Agency',
]);

export class Gazetteer {
  protected readonly actorIndex: AliasIndex<Actor>;
  protected readonly placeIndex: AliasIndex<Place>;
  readonly actorsById: Map<string, Actor>;
  readonly placesById: Map<string, Place>;
  protected readonly knownWords: Set<string>;
  /** 'Afghanistan-Iran', 'Iran-Taliban': a compound of two sides names both. */
  protected readonly pairedSides: RegExp;

  /** From the data files, or sharing the indexes of another gazetteer. */
  constructor(source: Pick<Knowledge, 'actors' | 'places'> | Gazetteer) {
    if (source instanceof Gazetteer) {
      this.actorIndex = source.actorIndex;
      this.placeIndex = source.placeIndex;
      this.actorsById = source.actorsById;
      this.placesById = source.placesById;
      this.knownWords = source.knownWords;
      this.pairedSides = source.pairedSides;
      return;
    }
    this.actorIndex = buildIndex(source.actors, (actor) =>
      actor.kind === 'person' ? withHyphenatedParts(actor.aliases) : actor.aliases,
    );
    const sides = source.actors
      .filter((a) => a.kind !== 'person')
      .flatMap((a) => a.aliases)
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
    this.pairedSides = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${sides})(-)(?=(?:${sides})(?![\\p{L}\\p{N}-]))`, 'gu');
    this.placeIndex = buildIndex(source.places);
    this.actorsById = new Map(source.actors.map((a) => [a.id, a]));
    this.placesById = new Map(source.places.map((p) => [p.id, p]));
    this.knownWords = new Set(
      [...source.actors, ...source.places].flatMap((e) => e.aliases.flatMap((a) => a.split(/[\s-]+/))),
    );
  }

  /** A view for one article that learns short names as it reads: after 'Asif Durrani', 'Durrani' names him too. */
  forArticle(): ArticleGazetteer {
    return new ArticleGazetteer(this);
  }

  private find<T>(index: AliasIndex<T>, text: string): NameMatch<T>[] {
    const found: NameMatch<T>[] = [];
    let searched = 0;
    for (const { script, pattern } of index.patterns) {
      if (!script.test(text)) continue;
      searched++;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const entry = index.byAlias.get(m[0]);
        if (entry) found.push({ entry, index: m.index, text: m[0] });
      }
    }
    return searched > 1 ? found.sort((a, b) => a.index - b.index) : found;
  }

  findActors(text: string): NameMatch<Actor>[] {
    // Same length, so offsets stay those of the text.
    const apart = withoutBanNotice(text).replace(this.pairedSides, (pair) => pair.replace(/-$/, ' '));
    return this.find(this.actorIndex, apart);
  }

  findPlaces(text: string): NameMatch<Place>[] {
    return this.find(this.placeIndex, withoutBanNotice(text));
  }

  actor(id: string): Actor | undefined {
    return this.actorsById.get(id);
  }

  place(id: string): Place | undefined {
    return this.placesById.get(id);
  }

  /** Sequences of two or more capitalised words the gazetteer does not know: names for an editor to review. */
  unknownNames(text: string): string[] {
    const names = new Set<string>();
    const re =
      /(?<![\p{L}])(\p{Lu}[\p{Ll}’'-]*\p{Ll}(?:-\p{Lu}\p{Ll}+)?(?:\s+(?:al-|bin\s+|of\s+the\s+)?\p{Lu}[\p{Ll}’'-]*\p{Ll}(?:-\p{Lu}\p{Ll}+)?)+)/gu;
    for (const m of text.matchAll(re)) {
      const words = m[1]!.split(/\s+/);
      while (
        words.length > 0 &&
        (LEADING_WORDS.has(words[0]!) || ROLE_WORDS.has(words[0]!) || this.knownWords.has(words[0]!))
      )
        words.shift();
      if (words.length < 2) continue;
      if (words.every((w) => this.knownWords.has(w.replace(/[’']s$/, '')) || ROLE_WORDS.has(w))) continue;
      names.add(words.join(' ').replace(/[’']s$/, ''));
    }
    return [...names];
  }
}

/** The gazetteer as one article uses it: a person's surname, once the full name has been read, names that person. */
export class ArticleGazetteer extends Gazetteer {
  private readonly surnames = new Map<string, Actor>();
  private surnamePattern: RegExp | null = null;

  override findActors(text: string): NameMatch<Actor>[] {
    const found = super.findActors(text);
    if (this.surnamePattern) {
      this.surnamePattern.lastIndex = 0;
      for (let m = this.surnamePattern.exec(text); m; m = this.surnamePattern.exec(text)) {
        const covered = found.some((f) => m!.index < f.index + f.text.length && f.index < m!.index + m![0].length);
        if (!covered) found.push({ entry: this.surnames.get(m[0])!, index: m.index, text: m[0] });
      }
      found.sort((a, b) => a.index - b.index);
    }
    for (const m of found) this.learn(m);
    return found;
  }

  private learn(m: NameMatch<Actor>): void {
    if (m.entry.kind !== 'person' || !/\s/.test(m.text)) return;
    const surname = m.text.split(/\s+/).pop()!;
    if (surname.length < 4 || !/^\p{Lu}/u.test(surname) || this.surnames.has(surname)) return;
    // A word that already names someone or something else, or a title, is not this person's surname.
    if (
      this.actorIndex.byAlias.has(surname) ||
      this.placeIndex.byAlias.has(surname) ||
      ROLE_WORDS.has(surname) ||
      LEADING_WORDS.has(surname)
    )
      return;
    this.surnames.set(surname, m.entry);
    this.surnamePattern = new RegExp(
      `(?<![\\p{L}\\p{N}-])(?:${[...this.surnames.keys()].map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
      'gu',
    );
  }
}

/**
 * 'движения «Талибан» (запрещено в России)': the notice Russian media must print names Russia, which is no party to
 * the story. Blanked, same length.
 */
function withoutBanNotice(text: string): string {
  return text.replace(BAN_NOTICE, (m) => ' '.repeat(m.length));
}
