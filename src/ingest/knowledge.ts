// Knowledge lives in data files: the gazetteer, event-type triggers and anchor events.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { EVENT_TYPES, isIsoDay, type EventType } from '../lib/event-schema';
import {
  ARABIC_SCRIPT,
  CJK_SCRIPT,
  JOINER,
  patternWithoutHarakat,
  withArabicClitics,
  withPageSpellings,
  wordEnd,
  wordStart,
} from '../lib/scripts';
import { buildReportIndex, type ReportIndex } from './reports';
import { LEAVING_OFFICE, NOT_LEAVING_OFFICE, TAKING_OFFICE, THOUSAND_WORDS, alternation, escapeRegExp } from './words';

const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

const actorSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['person', 'country', 'organization']),
  side: z.enum(['iran', 'afghanistan', 'other']),
  aliases: z.array(z.string()).min(1),
  affiliation: z.string().optional(),
  focus: z.string().optional(),
  plural: z.boolean().optional(),
  roles: z.array(z.object({ title: z.string(), from: z.string().nullable(), to: z.string().nullable() })).optional(),
});
const placeSchema = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string(),
  aliases: z.array(z.string()).min(1),
  /** A capital standing for its government when it opens a sentence ('Tehran hosted …'). */
  government: z.string().optional(),
});
const gazetteerSchema = z.object({ actors: z.array(actorSchema), places: z.array(placeSchema) });

/** The side a type rule may name as acting, whoever its sentence names first. */
const ACTING_SIDES = ['iran', 'afghanistan'] as const;
export type ActingSide = (typeof ACTING_SIDES)[number];

const typeRuleSchema = z.object({
  type: z.enum(EVENT_TYPES),
  cameo: z.string().optional(),
  headline: z.string(),
  /** A specific headline ('presents credentials') used in titles, with this word before the other party ('to'). */
  with: z.string().optional(),
  /** The side that acts, whoever the sentence names first ('US vehicles taken to Tehran after the Taliban …'). */
  by: z.enum(ACTING_SIDES).optional(),
  triggers: z.array(z.string()).min(1),
});
const anchorSchema = z.object({
  id: z.string(),
  date: z.string(),
  name: z.string(),
  match: z.array(z.array(z.string()).min(1)).min(1),
  /** Named only as background ('since the takeover'): it bounds a story's date, never sets it. */
  background: z.boolean().optional(),
  /** Opens a period the news speaks of for months (an order, a ban): naming it does not put a story in its week. */
  lasting: z.boolean().optional(),
  /** What someone announced of a plan ('two million will be deported'): told in the future, it is still past. */
  announced: z.boolean().optional(),
  /** Patterns of a sentence that speaks of something else in its words ('the Taliban takeover of Herat'). */
  unless: z.array(z.string()).optional(),
});
/** One thing in many languages ('clash', 'درگیری', 'столкновени'): a happening's group naming it takes every phrase. */
const wordsSchema = z.object({ id: z.string(), phrases: z.array(z.string()).min(2) });
const officeSchema = z.object({
  person: z.string(),
  title: z.string(),
  /** Words that name the office near the person's name ('foreign minister'). */
  cues: z.array(z.string()).min(1),
  from: z.string(),
  to: z.string().nullable(),
  /** Edges known only roughly: they bound a story's date but are no day a text can report. */
  approximate: z.array(z.enum(['from', 'to'])).optional(),
});

const topicSchema = z.object({ label: z.string(), patterns: z.array(z.string()).min(1) });

/** A site that numbers its articles in their addresses, with pages whose number and day are known. */
const articleNumberingSchema = z
  .object({
    host: z.string(),
    /** Other sites of the same publisher that number their articles in the same sequence ('darivoa.com'). */
    sameAs: z.array(z.string()).optional(),
    /** Where the number sits in the path and query (one capture group); by default the last run of 4–12 digits. */
    pattern: z.string().optional(),
    /**
     * The number is the day itself ('yymmdd', or the Solar Hijri 'solar-yyyymmdd'), or the id holds its time
     * ('base64-time': base64url whose first four bytes are Unix seconds): no points are needed.
     */
    dated: z.enum(['yymmdd', 'solar-yyyymmdd', 'base64-time']).optional(),
    points: z
      .array(z.tuple([z.number().int().positive(), z.string().refine(isIsoDay, 'expected a calendar day YYYY-MM-DD')]))
      .default([]),
  })
  .refine((site) => site.dated !== undefined || site.points.length >= 2, 'expected at least two points');
const reportIndexSchema = z.object({
  terms: z.array(z.tuple([z.string(), z.number().nonnegative()])),
  reports: z.array(
    z.object({
      day: z.string().refine(isIsoDay, 'expected a calendar day YYYY-MM-DD'),
      name: z.string(),
      url: z.string().optional(),
      terms: z.array(z.number().int().nonnegative()),
    }),
  ),
});
export type ArticleNumbering = {
  host: string;
  pattern: RegExp | null;
  dated?: 'yymmdd' | 'solar-yyyymmdd' | 'base64-time';
  points: Array<[number, string]>;
};

export type Actor = z.infer<typeof actorSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Anchor = z.infer<typeof anchorSchema> & {
  /** Groups of `match` that name a place of the gazetteer. */
  placeGroups?: readonly number[];
  /** `unless`, compiled. */
  exceptions?: readonly RegExp[];
};
/** An office-holder's term, with a pattern that finds the person named with the office. */
export interface Office extends z.infer<typeof officeSchema> {
  pattern: RegExp;
  /** The holder's names alone: most sentences name no one, and this is cheap to rule out. */
  named: RegExp;
}
export interface TypeRule {
  type: EventType;
  cameo?: string;
  headline: string;
  with?: string;
  by?: ActingSide;
  pattern: RegExp;
}

export interface Knowledge {
  actors: Actor[];
  places: Place[];
  typeRules: TypeRule[];
  anchors: Anchor[];
  offices: Office[];
  /** What statements are about, in order of precedence. */
  topics: Array<{ label: string; pattern: RegExp }>;
  /** Sites whose article numbers date a page (data/article-numbers.json). */
  numbering: ArticleNumbering[];
  /** Reports whose day is known, to date a page that tells the same story (data/reports.json). */
  reports: ReportIndex;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(`${DATA_DIR}${file}`, 'utf8'));
}

function parseData<T>(schema: z.ZodType<T>, file: string, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`data/${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}

/** A trigger's Persian joiners ('گفت‌وگو') made optional or a space, as copies write them. */
function withOptionalJoiners(trigger: string): string {
  return trigger.replace(new RegExp(`${JOINER}(?![?*])`, 'g'), `[${JOINER} ]?`);
}

function buildTypeRules(rules: z.infer<typeof typeRuleSchema>[]): TypeRule[] {
  return rules.map((rule) => ({
    type: rule.type,
    ...(rule.cameo ? { cameo: rule.cameo } : {}),
    headline: rule.headline,
    ...(rule.with !== undefined ? { with: rule.with } : {}),
    ...(rule.by !== undefined ? { by: rule.by } : {}),
    // Word edges that know letters beyond ASCII ('chargé d’affaires') and Persian's joiner inside a word ('گفت‌وگو' is
    // not 'گفت'); a joiner in a trigger may be dropped or a space.
    pattern: new RegExp(
      `${wordStart(`_${JOINER}`)}(?:${rule.triggers.map((t) => withArabicClitics(withOptionalJoiners(patternWithoutHarakat(t)))).join('|')})${wordEnd(`_${JOINER}`)}`,
      'iu',
    ),
  }));
}

/**
 * Words for a past holder before the title ('former', 'бывший', 'l'ancien', 'late') and after it ('سابق', 'الراحل'),
 * and for one not yet in office ('president-elect', 'избранный президент', 'رئیس‌جمهور منتخب').
 */
const FORMER_BEFORE = String.raw`former|ex-|then|late|previous|outgoing|erstwhile|бывш\p{L}*|покойн\p{L}*|ancien(?:ne)?|feu|ehemalige[nr]?|verstorbene[nr]?|eski|merhum|ex|expresidente|ex presidente|شهید|الراحل|избранн\p{L}*|gewählte[nr]?`;
const FORMER_AFTER = String.raw`سابق|السابق|الأسبق|الاسبق|پیشین|قبلی|شهید|الراحل|fallecido|defunto|[-‑]?elect\b|[-‑]?designate\b|منتخب|المنتخب|élu|electo|eletto|eleito|seçilmiş`;

/** 'and' before the next person named in a list: the Arabic 'و' written onto the word it joins ('وسفير'). */
const AND_NEXT = String.raw`\s(?:(?:and|et|und|y|e|и|ve)\s|و\s?(?=\p{L}))`;

/** 'Iranian Foreign Minister Hossein Amir-Abdollahian', 'Amir-Abdollahian, Iran's foreign minister': name and office close together, not 'former'. */
function buildOffices(offices: z.infer<typeof officeSchema>[], actors: readonly Actor[]): Office[] {
  return offices.map((office) => {
    const person = actors.find((a) => a.id === office.person);
    if (!person)
      throw new Error(`data/anchors.json: offices: unknown person "${office.person}" (add it to data/gazetteer.json)`);
    // Names and titles as the gazetteer finds them: in Arabic letters ('خطيب زاده'), Russian cases, and so on.
    const names = withPageSpellings(person.aliases)
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
    const cues = withPageSpellings(office.cues).map(escapeRegExp).join('|');
    const notFormer = String.raw`(?<!(?:${FORMER_BEFORE})\s*(?:[\p{L}'’]+\s+){0,4})`;
    // 'وزیر خارجه سابق', 'الرئيس الراحل': the word for former follows the title.
    const notFormerAfter = String.raw`(?![\s\u200c]*(?:${FORMER_AFTER}))`;
    const before = String.raw`${notFormer}(?:${cues})${notFormerAfter}[^.;]{0,40}?(?<![\p{L}])(?:${names})(?![\p{L}])`;
    // 'حسن كاظمي قمي" وسفير إيران "بهادر أمينيان"': a title after 'and' is the next person's.
    const after = String.raw`(?<![\p{L}])(?:${names})(?![\p{L}])(?:(?!${AND_NEXT})[^.;]){0,40}?${notFormer}(?:${cues})${notFormerAfter}`;
    return {
      ...office,
      pattern: new RegExp(`${before}|${after}`, 'u'),
      named: new RegExp(String.raw`(?<![\p{L}])(?:${names})(?![\p{L}])`, 'u'),
    };
  });
}

/** The offices a sentence names their holders in. */
export function matchOffices(sentence: string, offices: readonly Office[]): Office[] {
  return offices.filter((o) => o.named.test(sentence) && o.pattern.test(sentence));
}

/**
 * Each term's edges as known happenings: 'Iran relieved Kazemi Qomi of his posts' is the day his term ends,
 * 'Araghchi was sworn in' the day it begins (only edges inside the terms data, never a guess).
 */
function termAnchors(offices: readonly Office[], actors: readonly Actor[]): Anchor[] {
  const out: Anchor[] = [];
  const push = (a: Anchor) => {
    if (!out.some((b) => b.date === a.date && b.match[0] === a.match[0] && b.match[1] === a.match[1])) out.push(a);
  };
  for (const o of offices) {
    const names = actors.find((a) => a.id === o.person)?.aliases ?? [];
    if (names.length === 0) continue;
    // Of one whose offices began (or ended) on different days, the sentence names which: 'was appointed special
    // envoy' is not the start of his term as ambassador.
    const others = offices.filter((x) => x.person === o.person && x !== o);
    const which = (edge: 'from' | 'to') => (others.some((x) => x[edge] !== o[edge]) ? [o.cues] : []);
    if (!o.approximate?.includes('from'))
      push({
        id: `${o.person}-takes-office`,
        date: o.from,
        name: `${names[0]} takes office as ${o.title}`,
        match: [names, TAKING_OFFICE, ...which('from')],
      });
    if (o.to && !o.approximate?.includes('to'))
      push({
        id: `${o.person}-leaves-office`,
        date: o.to,
        name: `${names[0]} leaves office as ${o.title}`,
        unless: NOT_LEAVING_OFFICE,
        match: [names, LEAVING_OFFICE, ...which('to')],
      });
  }
  return out;
}

/**
 * A group naming a person or place of the gazetteer takes all its spellings ('Mottaki' for 'Muttaqi', 'سمرقند'); a
 * group holding a country's own name ('Iran') takes all its names, one with only some of them ('Iranians') does not.
 */
function withAllSpellings(
  group: readonly string[],
  named: readonly { aliases: string[] }[],
  countries: readonly { name: string; aliases: string[] }[],
): string[] {
  const spellings = [
    ...named.filter((p) => p.aliases.some((alias) => group.includes(alias))),
    ...countries.filter((c) => group.includes(c.name)),
  ].flatMap((p) => p.aliases);
  return [...new Set([...group, ...spellings])];
}

/**
 * Each known happening as matched: every spelling of its names, every language of its words, every spelling pages
 * give its phrases; and which of its groups name places.
 */
function asMatched(
  anchors: Anchor[],
  places: readonly Place[],
  actors: readonly Actor[],
  words: readonly z.infer<typeof wordsSchema>[],
): Anchor[] {
  const names = new Set(places.flatMap((p) => p.aliases));
  const named = [
    ...actors.filter((a) => a.kind === 'person'),
    ...places,
    ...words.map((w) => ({ aliases: w.phrases })),
  ];
  const countries = actors.filter((a) => a.kind === 'country');
  return anchors.map((a) => ({
    ...a,
    match: a.match.map((group) => withPageSpellings(withAllSpellings(group, named, countries))),
    placeGroups: a.match.flatMap((group, i) => (group.some((phrase) => names.has(phrase)) ? [i] : [])),
    ...(a.unless ? { exceptions: a.unless.map((u) => new RegExp(foldArabicScript(u), 'u')) } : {}),
  }));
}

let cached: Knowledge | null = null;

/** Loads and validates the data files once per process. */
export function loadKnowledge(): Knowledge {
  if (cached) return cached;
  const gazetteer = parseData(gazetteerSchema, 'gazetteer.json', readJson('gazetteer.json'));
  const types = parseData(
    z.object({ types: z.array(typeRuleSchema) }),
    'event-types.json',
    readJson('event-types.json'),
  );
  const anchors = parseData(
    z.object({ words: z.array(wordsSchema), happenings: z.array(anchorSchema), offices: z.array(officeSchema) }),
    'anchors.json',
    readJson('anchors.json'),
  );
  const topics = parseData(z.object({ topics: z.array(topicSchema) }), 'topics.json', readJson('topics.json'));
  const offices = buildOffices(anchors.offices, gazetteer.actors);
  const numbering = parseData(
    z.object({ sites: z.array(articleNumberingSchema) }),
    'article-numbers.json',
    readJson('article-numbers.json'),
  );
  const reports = parseData(reportIndexSchema, 'reports.json', readJson('reports.json'));
  cached = {
    reports: buildReportIndex(reports),
    actors: gazetteer.actors,
    places: gazetteer.places,
    typeRules: buildTypeRules(types.types),
    anchors: asMatched(
      [...anchors.happenings, ...termAnchors(offices, gazetteer.actors)],
      gazetteer.places,
      gazetteer.actors,
      anchors.words,
    ),
    offices,
    topics: topics.topics.map((t) => ({
      label: t.label,
      pattern: new RegExp(`(?<![\\p{L}\\p{N}_])(?:${t.patterns.join('|')})(?![\\p{L}\\p{N}_])`, 'iu'),
    })),
    numbering: numbering.sites.flatMap((site) =>
      [site.host, ...(site.sameAs ?? [])].map((host) => ({
        host,
        pattern: site.pattern ? new RegExp(site.pattern) : null,
        ...(site.dated ? { dated: site.dated } : {}),
        points: [...site.points].sort((a, b) => a[0] - b[0]),
      })),
    ),
  };
  return cached;
}

/**
 * Persian, Arabic, Dari and Urdu pages spell one word with different letters ('رئیسی', 'رييسي'), marks and joiners
 * ('کاظمی‌قمی'), and digits ('۸۵', '٨٥'): happenings are matched on one spelling of each.
 */
export function foldArabicScript(text: string): string {
  if (!ARABIC_SCRIPT.test(text)) return text;
  return text.replace(ARABIC_SCRIPT_VARIANTS, (c) => ARABIC_SCRIPT_FOLD[c] ?? '');
}

const ARABIC_SCRIPT_FOLD: Readonly<Record<string, string>> = {
  ي: 'ی',
  ى: 'ی',
  ئ: 'ی',
  ك: 'ک',
  ة: 'ه',
  ۀ: 'ه',
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ؤ: 'و',
  ...Object.fromEntries([...'٠١٢٣٤٥٦٧٨٩'].map((d, i) => [d, String(i)])),
  ...Object.fromEntries([...'۰۱۲۳۴۵۶۷۸۹'].map((d, i) => [d, String(i)])),
};
/** The letters above, and what folds to nothing: short vowels and other marks, the tatweel, the joiner. */
const ARABIC_SCRIPT_VARIANTS = /[يىئكةۀأإآٱؤ٠-٩۰-۹\u064B-\u065F\u0670\u0640\u200C]/gu;

/** Each phrase as matched: lower-cased, or null for an acronym matched as written. */
const FOLDED = new Map<string, string | null>();

/** Lower case, each letter in its place: the Turkish 'İ' ('İran') would otherwise become two characters. */
function lowerCase(text: string): string {
  return text.replace(/İ/g, 'I').toLowerCase();
}

/**
 * Acronyms ('US ', 'UN') match as written; other phrases whatever their case ('Embassy', 'embassy'). A phrase
 * begins a word ('bomb' in 'bombing', not 'ban' in 'Taliban').
 */
function contains(sentence: string, lower: string, phrase: string): boolean {
  let folded = FOLDED.get(phrase);
  if (folded === undefined) FOLDED.set(phrase, (folded = /\p{Ll}/u.test(phrase) ? lowerCase(phrase) : null));
  const text = folded === null ? sentence : lower;
  const wanted = folded ?? phrase;
  const first = text.indexOf(wanted);
  if (first < 0) return false;
  if (!/^[\p{L}\p{N}]/u.test(wanted)) return true;
  // A name begins with a capital in the text too: 'Raisi' is not the start of 'raising'.
  const capital = folded !== null && /^\p{Lu}/u.test(phrase);
  // … and an acronym ends its word: 'female UN' is not the start of 'female university'.
  let acronymLast = ACRONYM_LAST.get(phrase);
  if (acronymLast === undefined) ACRONYM_LAST.set(phrase, (acronymLast = ENDS_WITH_ACRONYM.test(phrase)));
  for (let i = first; i >= 0; i = text.indexOf(wanted, i + 1))
    if (
      beginsWord(text, i) &&
      (!capital || /\p{Lu}/u.test(sentence[i] ?? '')) &&
      !(acronymLast && /[\p{L}\p{N}]/u.test(text[i + wanted.length] ?? ''))
    )
      return true;
  return false;
}

const ENDS_WITH_ACRONYM = /(?<![\p{L}])\p{Lu}{2,}$/u;
const ACRONYM_LAST = new Map<string, boolean>();

/**
 * The phrases of a list of happenings, filed by their first three characters as matched (lower-cased, or as written
 * for acronyms and scripts without case): a sentence is searched only for the phrases whose opening it contains,
 * not for each of some twenty thousand.
 */
interface PhraseIndex {
  /** Where each happening's groups start in a flat list of all groups. */
  firstGroup: number[];
  groups: number;
  folded: Map<string, Array<[group: number, phrase: string]>>;
  asWritten: Map<string, Array<[group: number, phrase: string]>>;
  /** Phrases of one or two characters, looked for in every sentence. */
  short: Array<[group: number, phrase: string]>;
  /** The last sentences' answers. */
  said: Map<string, Uint8Array>;
}

const PHRASE_INDEXES = new WeakMap<readonly Anchor[], PhraseIndex>();

function phraseIndex(anchors: readonly Anchor[]): PhraseIndex {
  const known = PHRASE_INDEXES.get(anchors);
  if (known) return known;
  const index: PhraseIndex = {
    firstGroup: [],
    groups: 0,
    folded: new Map(),
    asWritten: new Map(),
    short: [],
    said: new Map(),
  };
  for (const a of anchors) {
    index.firstGroup.push(index.groups);
    for (const group of a.match) {
      for (const written of group) {
        const phrase = foldArabicScript(written);
        const folded = /\p{Ll}/u.test(phrase) ? lowerCase(phrase) : null;
        const wanted = folded ?? phrase;
        const filed = folded === null ? index.asWritten : index.folded;
        if (wanted.length < 3) index.short.push([index.groups, phrase]);
        else {
          const key = wanted.slice(0, 3);
          const list = filed.get(key);
          if (list) list.push([index.groups, phrase]);
          else filed.set(key, [[index.groups, phrase]]);
        }
      }
      index.groups++;
    }
  }
  PHRASE_INDEXES.set(anchors, index);
  return index;
}

/** Which groups of which happenings the sentence says a phrase of, as flags by the index's group numbers. */
function groupsSaid(sentence: string, lower: string, index: PhraseIndex): Uint8Array {
  const known = index.said.get(sentence);
  if (known) return known;
  const said = new Uint8Array(index.groups);
  // Many happenings share a phrase ('Iran', 'Taliban'): each is looked for once.
  const present = new Map<string, boolean>();
  const look = (entries: ReadonlyArray<[number, string]> | undefined) => {
    if (!entries) return;
    for (const [group, phrase] of entries) {
      if (said[group]) continue;
      let found = present.get(phrase);
      if (found === undefined) present.set(phrase, (found = contains(sentence, lower, phrase)));
      if (found) said[group] = 1;
    }
  };
  const openings = (text: string) => {
    const seen = new Set<string>();
    for (let i = 0; i + 3 <= text.length; i++) seen.add(text.slice(i, i + 3));
    return seen;
  };
  for (const key of openings(lower)) look(index.folded.get(key));
  for (const key of openings(sentence)) look(index.asWritten.get(key));
  look(index.short);
  if (index.said.size > 5_000) index.said.clear();
  index.said.set(sentence, said);
  return said;
}

/** 'وطالبان', 'لإيران': Arabic writes 'and', 'with', 'for', 'so' as one letter joined to the word after it. */
const PROCLITIC = /^[وبلف]$/;

function beginsWord(text: string, i: number): boolean {
  const letter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  if (!letter(text[i - 1]) || CJK_SCRIPT.test(text[i]!)) return true;
  return PROCLITIC.test(text[i - 1]!) && !letter(text[i - 2]) && ARABIC_SCRIPT.test(text[i]!);
}

const OTHER_PLACE =
  /\b(?:city|town|province|district|village) of \p{Lu}|\p{Lu}[\p{L}-]+(?:['’]s)? (?:province|district)\b/u;

/**
 * The known happenings a sentence speaks of. With a context (the headline), one of an anchor's groups may be
 * found there instead: 'Iran will hand over the embassy on Sunday' under 'Iran set to give Afghan embassy in Tehran …'.
 */
export function matchAnchors(sentence: string, anchors: readonly Anchor[], context?: string | null): Anchor[] {
  // The stages ask about the same sentences again and again: remember the last answers, per list of happenings.
  let memo = MATCHED.get(anchors);
  if (!memo) MATCHED.set(anchors, (memo = new Map()));
  const key = context == null ? sentence : `${sentence}\u0000${context}`;
  const known = memo.get(key);
  if (known) return [...known];
  if (memo.size > 20_000) memo.clear();
  const found = findAnchors(sentence, anchors, context);
  memo.set(key, found);
  return [...found];
}

const MATCHED = new WeakMap<readonly Anchor[], Map<string, Anchor[]>>();

/**
 * The known happenings a sentence names all but one part of ('the Taliban … on 15 August': who, not what they did):
 * enough only beside the happening's own day.
 */
export function matchAnchorsButOne(text: string, anchors: readonly Anchor[]): Anchor[] {
  const { sentence, index, said } = groupsOf(text, anchors);
  return anchors.filter((a, n) => {
    const first = index.firstGroup[n]!;
    let missing = 0;
    for (let i = 0; i < a.match.length; i++) if (!said[first + i]) missing++;
    return missing <= 1 && missing < a.match.length && !a.exceptions?.some((e) => e.test(sentence));
  });
}

/** '14 ہزار 480' as '14,480': a count the happenings list in figures, written with a word for its thousands. */
const THOUSANDS = new RegExp(
  `(?<![\\p{Nd},.])(\\p{Nd}{1,3})\\s*(?:${alternation(THOUSAND_WORDS)})\\s*(?:و\\s*)?(\\p{Nd}{3})(?![\\p{Nd}])`,
  'gu',
);

/** The sentence as matched (folded, its counts in figures) and which groups of which happenings it says. */
function groupsOf(text: string, anchors: readonly Anchor[]) {
  const sentence = foldArabicScript(text.replace(THOUSANDS, '$1,$2'));
  const index = phraseIndex(anchors);
  return { sentence, index, said: groupsSaid(sentence, lowerCase(sentence), index) };
}

function findAnchors(text: string, anchors: readonly Anchor[], unfoldedContext?: string | null): Anchor[] {
  const { sentence, index, said } = groupsOf(text, anchors);
  const context = unfoldedContext == null ? unfoldedContext : foldArabicScript(unfoldedContext);
  const contextLower = context ? lowerCase(context) : '';
  // At most one group may be missing, and only with a headline to find it in.
  const allowed = context == null ? 0 : 1;
  return anchors.filter((a, n) => {
    const first = index.firstGroup[n]!;
    const missing: number[] = [];
    for (let i = 0; i < a.match.length && missing.length <= allowed; i++) if (!said[first + i]) missing.push(i);
    if (missing.length > allowed) return false;
    if (a.exceptions?.some((e) => e.test(sentence))) return false;
    if (missing.length === 0) return true;
    // A place the headline names stands in only when the sentence names no other ('the city of Firuz Koh').
    if (a.placeGroups?.includes(missing[0]!) && OTHER_PLACE.test(sentence)) return false;
    // The headline may name who or where ('the embassy' of 'the Afghan embassy in Tehran'), not what happened:
    // the last group, the happening itself, is said in the sentence.
    return (
      context != null &&
      missing.length === 1 &&
      a.match.length > 2 &&
      missing[0] !== a.match.length - 1 &&
      a.match[missing[0]!]!.some((phrase) => contains(context, contextLower, foldArabicScript(phrase)))
    );
  });
}
