// Clauses: which part of a sentence reports which happening — the main clause and reported speech, references,
// subordinate and relative clauses, coordinated clauses, closing attributions. Offsets are kept by blanking.
import type { EventType } from '../lib/event-schema';
import type { DateMention } from './dates';
import type { Gazetteer } from './gazetteer';
import type { TypeRule } from './knowledge';
import type { Sentence } from './types';
import { blank, outsideQuotes } from './sentences';
import { JOINER, withPageSpellings } from '../lib/scripts';
import {
  FIRST_PERSON,
  MESSAGE_NOUNS,
  NUMBER_PATTERN,
  RELATIVE_PRONOUNS,
  SPEECH_VERBS,
  THEN_WORDS,
  WEEKDAY_PATTERN,
  alternation,
} from './words';

export { outsideQuotes };

// Word edges that hold for Persian letters too (\\b does not).
// Persian's joiner is inside a word: 'گفت‌وگو' (talks) is not 'گفت' (said); a verb with one is also found as
// copies write it, without it or with a space ('می گوید').
export const SPEECH_VERB = new RegExp(
  `(?<![\\p{L}\\p{N}_${JOINER}])(${alternation(withPageSpellings(SPEECH_VERBS))})(?![\\p{L}\\p{N}_${JOINER}])`,
  'iu',
);
export const SPEECH_TYPES: ReadonlySet<EventType> = new Set([
  'statement',
  'interview',
  'accusation',
  'appeal',
  'threat',
]);

/**
 * Where a sentence names happenings as the time of something else: 'since the takeover', ', who took power in …,'
 * (', que tomaram o poder …', ', который …': a relative clause in other languages too).
 */
const BACKGROUND_SPANS = [
  new RegExp(`,\\s+(?:${alternation([...RELATIVE_PRONOUNS, 'when', 'where'])})(?![\\p{L}])[^,;]*`, 'giu'),
  // Case-sensitive on purpose: 'before the takeover', 'since August', not 'Never before have …'.
  /\b(?:[Ee]ver since|[Ss]ince|[Ff]ollowing|[Aa]fter|[Aa]mid|[Bb]efore|[Uu]ntil)\s+(?=(?:the|its|their|his|her|a|an|it|they|he|she)\b|\p{Lu}|\d)[^,;]*/gu,
];

export function backgroundSpans(text: string): Array<[number, number]> {
  return BACKGROUND_SPANS.flatMap((re) =>
    [...text.matchAll(re)].map((m): [number, number] => [m.index, m.index + m[0].length]),
  );
}

/** 'a tweet that': a relative clause of the message, not reported speech. */
const MESSAGE_BEFORE_THAT = new RegExp(`\\b(?:${alternation(MESSAGE_NOUNS)})s?\\s+that$`, 'i');

/** Reported speech after 'X said that …' does not decide what kind of happening the sentence reports. */
export function mainClause(text: string): string {
  const speech = SPEECH_VERB.exec(text);
  if (!speech) return text;
  const after = text.slice(speech.index + speech[0].length);
  // '… said that', or a colon right after the verb ('می‌گوید: …', 'said: …'); not 'according to a tweet that he
  // posted', a relative clause of the message.
  const that = /^[^.;]{0,100}?\bthat\b|^\s*:/.exec(after);
  if (that && MESSAGE_BEFORE_THAT.test(that[0])) return text.slice(0, speech.index + speech[0].length);
  return text.slice(0, speech.index + speech[0].length + (that ? that[0].length : 0));
}

/** 'that' in English, Persian, Urdu, Hindi and Pashto: a reported or subordinate clause opens. */
const THAT_WORDS = ['that', 'که', 'کہ', 'कि', 'چې'];

/** 'that', 'که', 'کہ', 'أن': a reported clause opens (Arabic 'أن' also means 'to', so only here). */
export const REPORTED_OPENER = new RegExp(
  `(?<![\\p{L}])(?:${[...THAT_WORDS, 'أن', 'بأن'].join('|')})(?![\\p{L}])`,
  'u',
);

/**
 * The clause a happening's trigger stands in, up to a reported clause after it: 'Muttaqi assured Iran on Monday
 * that its diplomats will be safe', 'متقی دوشنبه … اطمینان داد که … خواهد بود' (its tense is the assuring's).
 */
export function beforeReportedClause(text: string, from: number): string {
  const m = REPORTED_OPENER.exec(text.slice(from));
  return m ? text.slice(0, from + m.index) : text;
}

/**
 * 'since the takeover', 'after the 2021 takeover', '…, where the Taliban seized control last month', 'on the fourth
 * day of his visit': a happening named only as a reference point.
 */
const REFERENCE_BEFORE =
  /(?:\b(?:since|after|before|until|following|amid|during|once|when)\s+(?:the|its|their|his|her)\s+([\p{L}\p{N}'’-]+\s+){0,2}|\b(?:day|sidelines|margins?|course|end|eve)\s+of\s+(?:the|its|their|his|her)\s+([\p{L}\p{N}'’-]+\s+){0,2}|\b(?:retaliation|revenge|reprisal|response|condolences?|sympathy)\s+(?:for|to|over|on)\s+(?:the|an?|its|their|his|her)\s+([\p{L}\p{N}'’-]+\s+){0,3}|,\s+(?:where|which)\s+([\p{L}\p{N}'’-]+\s+){0,3})$/iu;
const globalPatterns = new WeakMap<TypeRule, RegExp>();

const NAME_OF_BODY =
  /\b(?:ministry|minister|ministers|department|directorate|commission|commissioner|office|committee|council|agency)\s+(?:of|for)\s+(?:(?:[\w-]+\s+){1,2}(?:and|&)\s+)?$/i;

export function classify(text: string, rules: readonly TypeRule[]): { rule: TypeRule; index: number } | null {
  // Asked of the same clauses by several stages: remember the last answers, per list of rules.
  let memo = CLASSIFIED.get(rules);
  if (!memo) CLASSIFIED.set(rules, (memo = new Map()));
  let found = memo.get(text);
  if (found === undefined) {
    if (memo.size > 20_000) memo.clear();
    memo.set(text, (found = classifyClause(text, rules)));
  }
  return found && { ...found };
}

const CLASSIFIED = new WeakMap<readonly TypeRule[], Map<string, { rule: TypeRule; index: number } | null>>();

function classifyClause(text: string, rules: readonly TypeRule[]): { rule: TypeRule; index: number } | null {
  const clause = mainClause(text);
  let reference: { rule: TypeRule; index: number } | null = null;
  for (const rule of rules) {
    // Specific statements ('sent condolences', 'a day of mourning') are the happening wherever they stand.
    const target = rule.type === 'statement' && rule.with !== undefined ? text : clause;
    let pattern = globalPatterns.get(rule);
    if (!pattern) globalPatterns.set(rule, (pattern = new RegExp(rule.pattern.source, `${rule.pattern.flags}g`)));
    for (const m of target.matchAll(pattern)) {
      // 'the Ministry of Refugees and Repatriation': a trigger word in the name of a body is no happening.
      if (NAME_OF_BODY.test(target.slice(Math.max(0, m.index - 60), m.index))) continue;
      if (!REFERENCE_BEFORE.test(target.slice(Math.max(0, m.index - 50), m.index))) return { rule, index: m.index };
      reference ??= { rule, index: m.index };
    }
  }
  // Only references: the sentence may still be about that happening ('… after the Taliban seized power on 15 August').
  return reference;
}

const SUBORDINATE = /\b(after|when|since|before|until|because|while|following|as)\s+/gi;

/** 'Iran kept its embassy open after the Taliban seized power': the actor of a subordinate clause holding the trigger. */
export function subordinateSubject<T extends { index: number }>(
  text: string,
  triggerIndex: number,
  found: readonly T[],
): T | undefined {
  let start = -1;
  for (const m of text.slice(0, triggerIndex).matchAll(SUBORDINATE)) start = m.index + m[0].length;
  if (start < 0 || triggerIndex - start > 80 || /[,;]/.test(text.slice(start, triggerIndex))) return undefined;
  const inside = found.find((m) => m.index >= start && m.index < triggerIndex);
  if (inside) return inside;
  // '… the Taliban government since it seized power': 'it' or 'they' is the name just before the conjunction.
  if (/^(it|they)\b/i.test(text.slice(start)))
    return [...found].filter((m) => m.index < start).sort((a, b) => b.index - a.index)[0];
  return undefined;
}

/** 'was sent to Afghanistan by the Iranian Red Crescent': a passive verb and its agent after 'by'. */
const PASSIVE_BY =
  /\b(?:was|were|has been|have been|had been|is being|are being)\s+(?:\w+ly\s+)?(?:\w+ed|sent|given|made|held|taken|shot|hit|struck|built|brought|caught|sold|thrown|beaten|led|paid|won|signed)\b[^.;]{0,80}?\bby\s+/gi;

/** The agent of a passive happening ('… was sent to Afghanistan by Iran'): the first name after its 'by'. */
export function passiveAgent<T extends { index: number }>(
  text: string,
  triggerIndex: number,
  found: readonly T[],
): T | undefined {
  for (const m of text.matchAll(PASSIVE_BY)) {
    const by = m.index + m[0].length;
    // The trigger is the passive verb or its subject ('aid was sent'), or lies between the verb and its 'by'.
    if (triggerIndex < m.index - 40 || triggerIndex >= by) continue;
    return [...found].filter((x) => x.index >= by && x.index <= by + 30).sort((a, b) => a.index - b.index)[0];
  }
  return undefined;
}

/** ', the Taliban said in a statement on Sunday.': the attribution closing a sentence (not 'reported': media do not act). */
export const TRAILING_ATTRIBUTION =
  /,\s+(?:[^,]{0,80}?\s)?(?:said|says|told|announced|stated|added|confirmed)\b[^,]*$/i;

const AFTER_CLAUSE = new RegExp(
  String.raw`\b(?:came|comes|come|happened|occurred|took place)\s+((?:just|only|shortly|barely)\s+)?((?:(?:${NUMBER_PATTERN}|several|a few|some)\s+)?(?:days?|weeks?|hours?|months?)\s+)?(after|before|following)\s+`,
  'i',
);

/**
 * 'The clash came days after X …': where the happening the sentence dates starts (after 'came … after'), when
 * the subject only refers back, and how far it lies from the happening referred to ('two days earlier').
 */
/** 'The move follows by days Qasemi's statement …': the same, with the span before the happening. */
const FOLLOWS_BY = new RegExp(
  String.raw`\b(?:follows|followed|comes|came)\s+by\s+((?:(?:${NUMBER_PATTERN}|several|a few|some)\s+)?(?:days|weeks|hours))\s+`,
  'i',
);

export function afterClause(text: string): { start: number; offset: string | null } | null {
  const by = FOLLOWS_BY.exec(text);
  if (by && by.index <= 60 && /^\s*(the|this|that|these|it|its|his|her|their)\b/i.test(text)) {
    return { start: by.index + by[0].length, offset: `${by[1]!.trim()} earlier` };
  }
  const m = AFTER_CLAUSE.exec(text);
  if (!m || m.index > 60) return null;
  // Only when the subject refers back ('The clash', 'This', 'It'), not a new happening with its own date.
  if (!/^\s*(the|this|that|these|it|its|his|her|their)\b/i.test(text)) return null;
  const span = m[2]?.trim();
  const direction = m[3]!.toLowerCase() === 'before' ? 'later' : 'earlier';
  return { start: m.index + m[0].length, offset: span ? `${span} ${direction}` : null };
}

export function afterClauseStart(text: string): number {
  return afterClause(text)?.start ?? 0;
}

/**
 * 'X told IRNA that Taliban forces opened fire … on Saturday': when a date lies in the reported clause, the
 * sentence dates what was reported, not the speaking.
 */
export function reportedHappening(
  text: string,
  classified: { rule: TypeRule; index: number } | null,
  resolvable: readonly DateMention[],
  rules: readonly TypeRule[],
): { classified: { rule: TypeRule; index: number }; clause: [number, number] } | null {
  if (!SPEECH_VERB.test(text)) return null;
  // ('said yesterday (Thursday) that 2,245 Afghans entered Herat on Wednesday': the speaking's day before 'that' too.)
  return reportedClause(text, classified, resolvable, rules, (m, end) => m.index >= end, 'some');
}

/** Kinds of happening a speaker may report as done: contacts, deals, aid, clashes, closures. */
const TOLD_TYPES: ReadonlySet<EventType> = new Set([
  'visit',
  'meeting',
  'call',
  'agreement',
  'aid',
  'border-clash',
  'border',
  'handover',
  'appointment',
]);
const DONE =
  /\b(?:has|have|had)\s+(?:\p{L}+ly\s+)?(?:been\s+)?\p{L}+(?:ed|en|met|held|sent|made|gone|left|come|signed|reached)\b/iu;

/**
 * 'In a statement on Tuesday, X wrote that a delegation has travelled to Kabul': every date belongs to the speaking,
 * and the reported clause tells of a contact, deal or clash as done (present perfect or pluperfect).
 */
export function toldHappening(
  text: string,
  classified: { rule: TypeRule; index: number } | null,
  resolvable: readonly DateMention[],
  rules: readonly TypeRule[],
): { classified: { rule: TypeRule; index: number }; clause: [number, number] } | null {
  const told = reportedClause(text, classified, resolvable, rules, (m, end) => m.index < end);
  if (
    !told ||
    !TOLD_TYPES.has(told.classified.rule.type) ||
    !DONE.test(' '.repeat(told.clause[0]) + text.slice(told.clause[0]))
  )
    return null;
  return told;
}

/** The happening a statement's reported clause tells of, when every date stands where `datesWhere` asks. */
function reportedClause(
  text: string,
  classified: { rule: TypeRule; index: number } | null,
  resolvable: readonly DateMention[],
  rules: readonly TypeRule[],
  datesWhere: (m: DateMention, clauseEnd: number) => boolean,
  quantifier: 'every' | 'some' = 'every',
): { classified: { rule: TypeRule; index: number }; clause: [number, number] } | null {
  if (!classified || !SPEECH_TYPES.has(classified.rule.type) || resolvable.length === 0) return null;
  const clauseEnd = mainClause(text).length;
  if (clauseEnd >= text.length || !resolvable[quantifier]((m) => datesWhere(m, clauseEnd))) return null;
  const reported = classify(' '.repeat(clauseEnd) + text.slice(clauseEnd), rules);
  if (!reported || SPEECH_TYPES.has(reported.rule.type)) return null;
  return { classified: reported, clause: [clauseEnd, text.length] };
}

export interface View {
  /** The sentence with what this view does not read blanked out (offsets kept). */
  text: string;
  main: boolean;
  /** '… and met Raisi on Sunday': a coordinated clause whose subject is the sentence's. */
  elided?: boolean;
  /** ', a day after Tehran hailed …': how far this clause's happening lies from the main clause's ('a day earlier'). */
  offset?: string;
  /** 'said on Thursday that … next week': the speaking's date, which the clause's 'next week' counts from. */
  spokenOn?: DateMention;
  /** 'a ban … that had been in force since August 6': the span's start is this view's happening, dated by it. */
  spanStart?: boolean;
  /** The measure that started then ('ban on fuel exports'), for the title. */
  measure?: string;
  /** '“… the Milak terminal was shut on August 5,” he said': a quotation that dates what it reports. */
  quoted?: boolean;
}

/**
 * '“Because of the events, the Milak border terminal was shut on August 5,” the official said': a quotation that
 * tells a happening on a day of the calendar is read on its own, as the speaker's report of it.
 */
export function quotedReports(sentence: Sentence, mentions: readonly DateMention[]): View[] {
  return sentence.quotes.flatMap(([a, b]) =>
    mentions.some((m) => m.quoted && m.index >= a && m.index < b && toldInQuote(m, sentence.text.slice(a, b)))
      ? [{ text: blank(sentence.text, (i) => i >= a && i < b), main: false, quoted: true }]
      : [],
  );
}

const QUOTED_REPORT_KINDS: ReadonlySet<DateMention['kind']> = new Set([
  'weekday',
  'yesterday',
  'last',
  'ago',
  'weekend',
  'day-of-month',
]);

/** A day of the calendar, or, in a quotation of what others did, a relative day ('“The visit began on Wednesday”'). */
export function toldInQuote(m: DateMention, quote: string): boolean {
  return (
    (m.month !== undefined && m.day !== undefined) || (QUOTED_REPORT_KINDS.has(m.kind) && !FIRST_PERSON.test(quote))
  );
}

/** ', a day after Tehran hailed …', ', two days before X arrived': a trailing clause counted from the main one. */
const TRAILING_COUNTED = new RegExp(
  String.raw`,\s+(?:just\s+|only\s+|barely\s+)?((?:${NUMBER_PATTERN}|\d{1,2})\s+(?:days?|weeks?))\s+(after|before)\s+`,
  'gi',
);

/**
 * 'Iran's embassy is still open, state media reported on Tuesday, a day after Tehran hailed …': the main clause,
 * and the trailing clause as a happening of its own when it has a kind of its own and no date of its own.
 */
export function splitTrailingCounted(view: View, mentions: readonly DateMention[], rules: readonly TypeRule[]): View[] {
  const m = TRAILING_COUNTED.exec(view.text);
  TRAILING_COUNTED.lastIndex = 0;
  if (!m) return [view];
  const at = m.index + m[0].length;
  const head = blank(view.text, (i) => i < m.index);
  const tail = blank(view.text, (i) => i >= at);
  const dated = (a: number, b: number) => mentions.some((x) => !x.quoted && x.index >= a && x.index < b);
  if (!dated(0, m.index) || dated(at, view.text.length) || !classify(head, rules) || !classify(tail, rules))
    return [view];
  const offset = `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase() === 'after' ? 'earlier' : 'later'}`;
  return [
    { text: head, main: view.main },
    { text: tail, main: false, offset },
  ];
}

/** '; ', ', and ', ' and then ', ' and <verb>ed': where a sentence may join two dated happenings. */
const COORDINATION = new RegExp(
  `;\\s+|,\\s+and\\s+|\\s+and\\s+(?=(?:then\\s+|later\\s+|also\\s+)?(?:\\p{Ll}+ed|met|held|spoke|told|said|made|took|sent|gave|went|came|left|flew|led|struck|sought|brought)\\b)|,\\s+while\\s+|,\\s+whereas\\s+|[,،]\\s*(?:و\\s*)?(?:${alternation(THEN_WORDS)})(?![\\p{L}])\\s*`,
  'gu',
);

/**
 * 'Muttaqi arrived in Tehran on Saturday and met Raisi on Sunday': one view per clause, but only when every
 * clause has its own date and its own kind of happening.
 */
export function splitCoordinated(view: View, mentions: readonly DateMention[], rules: readonly TypeRule[]): View[] {
  const cuts = [...view.text.matchAll(COORDINATION)].map((m) => [m.index, m.index + m[0].length] as const);
  if (cuts.length === 0) return [view];
  const bounds: Array<[number, number]> = [];
  let start = 0;
  for (const [a, b] of cuts) {
    bounds.push([start, a]);
    start = b;
  }
  bounds.push([start, view.text.length]);
  const parts = bounds.map(([a, b]) => ({ a, b, text: blank(view.text, (i) => i >= a && i < b) }));
  const dated = (p: { a: number; b: number }) =>
    mentions.some((m) => !m.quoted && m.index >= p.a && m.index < p.b && view.text[m.index] !== ' ');
  if (!parts.every((p) => dated(p) && classify(p.text, rules) !== null)) return [view];
  return parts.map((p, i) => ({
    text: p.text,
    main: i === 0 && view.main,
    ...(i > 0 && /^\s*(?:then\s+|later\s+|also\s+)?\p{Ll}/u.test(view.text.slice(p.a, p.b)) ? { elided: true } : {}),
  }));
}

/** 'a ban on fuel exports …, which had been in place since August 6': a measure, and the day it began. */
const IN_FORCE_SINCE =
  /\b(?:a|the|its)\s+((?:ban|restrictions?|suspension|halt|closure|embargo)\s+on\s+[^,;]{1,80}?),?\s+(?:which|that)\s+had\s+(?:been\s+)?(?:in\s+(?:force|place|effect)|applied)\s+since\s+/gi;

/**
 * 'IRICA lifted a ban on fuel exports to Afghanistan that had been in force since Aug 6': beside the lifting, the
 * ban itself is a happening, on the day the span starts; a view of its own, whose subject is the sentence's.
 */
export function splitInForceSince(view: View, mentions: readonly DateMention[], rules: readonly TypeRule[]): View[] {
  for (const m of view.text.matchAll(IN_FORCE_SINCE)) {
    const at = m.index + m[0].length;
    const since = mentions.find((x) => !x.quoted && x.index === at && x.day !== undefined);
    if (!since) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    const text = blank(view.text, (i) => i >= start && i < at + since.text.length);
    if (!classify(text, rules)) continue;
    const measure = m[1]!.replace(/\s+(?:to|from|into|against)\s.*$/i, '').trim();
    return [view, { text, main: false, elided: true, spanStart: true, measure }];
  }
  return [view];
}

/** 'since the Taliban seized power in August 2021', 'منذ أن أسقطت طالبان … في أغسطس': a span's start told as a
 * happening, up to the next comma. */
const SINCE_HAPPENING = /(?<![\p{L}\p{N}])(?:since|after|following|منذ أن|منذ)\s+[^,;،]+/giu;
/** Kinds a span starts from that the story names as dated background. */
const SPAN_START_TYPES: ReadonlySet<EventType> = new Set(['takeover']);

/**
 * 'This is the third skirmish since the Taliban seized power in August 2021': the happening the span starts from,
 * dated in its own words, is a view of its own beside the whole sentence, which keeps its reading. Tried when nothing
 * else splits it.
 */
export function splitSinceHappening(view: View, mentions: readonly DateMention[], rules: readonly TypeRule[]): View[] {
  const whole = classify(view.text, rules)?.rule.type;
  for (const m of view.text.matchAll(SINCE_HAPPENING)) {
    const [a, b] = [m.index, m.index + m[0].length];
    const tail = blank(view.text, (i) => i >= a && i < b);
    const kind = classify(tail, rules);
    const dated = mentions.some((x) => !x.quoted && x.index > a && x.index < b && view.text[x.index] !== ' ');
    // 'Since Kabul fell to the Taliban on Aug. 15, …': a sentence that already reads as it tells it once.
    if (!kind || !SPAN_START_TYPES.has(kind.rule.type) || kind.rule.type === whole || !dated) continue;
    return [view, { text: tail, main: false }];
  }
  return [view];
}

/** Where a subordinate clause with a happening of its own may begin: 'arrived … to take part in a meeting being held on
 * Wednesday', 'said on Wednesday that a guard had been killed … on Tuesday'. */
const SUBORDINATE_CUT = new RegExp(
  `\\s+(?:${[...THAT_WORDS, 'to', 'being', 'which', 'who', 'where', 'after', 'when'].join('|')})\\s+|,\\s+`,
  'g',
);

/** 'que …', 'который …': a clause about the name before it opens. */
const RELATIVE_OPENER = new RegExp(`^\\s*(?:${alternation(RELATIVE_PRONOUNS)})(?![\\p{L}])`, 'iu');

/**
 * A second happening in a subordinate clause, with its own date and its own kind: one view for the main clause,
 * one for the subordinate (its subject, when elided, is the sentence's). Tried when no coordination splits it.
 */
export function splitSubordinate(view: View, mentions: readonly DateMention[], rules: readonly TypeRule[]): View[] {
  const first = classify(view.text, rules);
  if (!first) return [view];
  const dated = (a: number, b: number) =>
    mentions.some((m) => !m.quoted && m.index >= a && m.index < b && view.text[m.index] !== ' ');
  for (const cut of view.text.matchAll(SUBORDINATE_CUT)) {
    const at = cut.index + cut[0].length;
    const head = blank(view.text, (i) => i < cut.index);
    // A relative clause keeps the words it is about ('los talibán, que tomaron …'), as its subject.
    const relative = RELATIVE_OPENER.test(view.text.slice(at));
    const about = relative ? (/(?:\S+\s+)?\S+$/u.exec(view.text.slice(0, cut.index))?.index ?? at) : at;
    const tail = blank(view.text, (i) => i >= at || (i >= about && i < cut.index));
    if (!dated(0, cut.index) || !dated(at, view.text.length)) continue;
    const before = classify(head, rules);
    const after = classify(tail, rules);
    if (!before || !after) continue;
    const spokenOn = SPEECH_TYPES.has(before.rule.type)
      ? mentions.find((m) => !m.quoted && m.index < cut.index && view.text[m.index] !== ' ')
      : undefined;
    return [
      { text: head, main: view.main },
      {
        text: tail,
        main: false,
        // (', que tomaron el poder …': a relative clause's subject is the name before it, not the sentence's)
        ...(/^\s*\p{Ll}/u.test(view.text.slice(at)) && !relative ? { elided: true } : {}),
        ...(spokenOn ? { spokenOn } : {}),
      },
    ];
  }
  return [view];
}

/**
 * ', who visited Tehran in January,': a second happening inside the sentence, about the name before it. A comma
 * inside a date ('on Sunday, October 13, 2024') does not close it.
 */
const DATE_COMMA = String.raw`(?:(?<=\b(?:${WEEKDAY_PATTERN})),|,(?=\s*\d{4}\b))`;
const RELATIVE_CLAUSE = new RegExp(
  String.raw`,\s+(?:who|which)\s+(?:[^,;]|${DATE_COMMA}){3,120}?(?<!\b(?:${WEEKDAY_PATTERN})),(?!\s*\d{4}\b)`,
  'gi',
);

/** The main clause without its relative clauses, then each relative clause with the name it belongs to. */
export function viewsOf(text: string, gazetteer: Gazetteer): View[] {
  const clauses = [...text.matchAll(RELATIVE_CLAUSE)].map((m): [number, number] => [m.index, m.index + m[0].length]);
  if (clauses.length === 0) return [{ text, main: true }];
  const inside = (i: number, [a, b]: [number, number]) => i >= a && i < b;
  const views: View[] = [
    { text: blank(text, (i) => !clauses.some((c) => inside(i, c)) || text[i] === ','), main: true },
  ];
  const actors = gazetteer.findActors(text);
  for (const clause of clauses) {
    const antecedent = actors.find((m) => m.index + m.text.length === clause[0]);
    if (!antecedent) continue;
    const name: [number, number] = [antecedent.index, clause[0]];
    views.push({ text: blank(text, (i) => inside(i, name) || (inside(i, clause) && text[i] !== ',')), main: false });
  }
  return views;
}
