// Extract: sentences → happenings (type, actors, places, scope, quote), each dated by the chain
// own date ?? its focus ?? the news day, with the rule that dated it; what cannot be dated is reported.
import type { EventType, Scope } from '../lib/event-schema';
import { addDays } from '../lib/days';
import {
  findDateMentions,
  isFutureTense,
  isPastPlan,
  pastVerbBefore,
  resolveMention,
  type DateMention,
  type ResolvedDate,
  writtenInEnglish,
} from './dates';
import {
  anchorDay,
  dateFocusByReference,
  fromFocus,
  inLead,
  linkToFocus,
  newsDay,
  newsWeek,
  startDiscourse,
  type DayAnchor,
  type Dating,
  type Discourse,
  type Focus,
} from './discourse';
import type { Gazetteer, NameMatch } from './gazetteer';
import {
  SPEECH_TYPES,
  SPEECH_VERB,
  TRAILING_ATTRIBUTION,
  afterClause,
  backgroundSpans,
  beforeReportedClause,
  classify,
  mainClause,
  outsideQuotes,
  passiveAgent,
  reportedHappening,
  splitCoordinated,
  splitSinceHappening,
  splitInForceSince,
  splitSubordinate,
  quotedReports,
  toldInQuote,
  splitTrailingCounted,
  toldHappening,
  subordinateSubject,
  viewsOf,
  type View,
} from './clauses';
import { anchorFits, anniversaryOf, leadStampLength } from './publication';
import { matchAnchors, matchAnchorsButOne, type Actor, type Anchor, type Knowledge, type TypeRule } from './knowledge';
import { borderHeadline, buildTitle, MAX_TITLE, migrationKind } from './titles';
import type { DraftEvent, OutOfWindow, Publication, Sentence, UndatedMention } from './types';
import {
  COMPARED_WITH_BEFORE,
  FOREIGN_PRONOUN_SUBJECTS,
  HAPPENING_NOUNS,
  QUESTION_OPENERS,
  CROSSING_NOUNS,
  FOREIGN_CROSSING_NOUNS,
  PLACE_LEAD_WORDS,
  PLACE_PREPOSITIONS,
  NUMBER_WORDS,
  NUMBER_PATTERN,
  VAGUE_TIMES,
  alternation,
  FIRST_PERSON,
  SPAN_EDGE_WORDS,
  FOREIGN_DAY_AFTER_OR_BEFORE,
  AND_WORDS,
} from './words';

export interface ExtractOptions {
  knowledge: Knowledge;
  gazetteer: Gazetteer;
  window: { from: string; to: string };
  /** Names of the publishing outlet ('Arab News'): what someone told it is the news of the day. */
  outlets?: string[];
}

const RECENT = /\b(?:recently|lately|in recent days)\b/i;
const EARLIER = /\b(?:earlier|previously|in the past)\b/i;

const TOLD =
  /\b(?:told|telling|said to|in an interview with|speaking to|speaking with|in a statement to)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/gu;
const compact = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** 'told Arab News', 'in an interview with Amu TV', for the outlet that published the story ('arabnews.pk'). */
function toThisOutlet(text: string, outlet: string): boolean {
  const mine = compact(outlet);
  if (mine.length < 3) return false;
  return [...text.matchAll(TOLD)].some((m) => compact(m[1]!) === mine || compact(m[1]!).startsWith(mine));
}

export interface Extraction {
  events: DraftEvent[];
  undated: UndatedMention[];
  outOfWindow: OutOfWindow[];
  unknownNames: string[];
}

// 'an earlier Israeli attack': after an article the word describes a thing, not when the clause happened.
const VAGUE_TIME = new RegExp(
  `(?<!\\b(?:an?|the|its|their|his|her)\\s+)\\b(?:${alternation(VAGUE_TIMES.filter((w) => w !== 'long' && w !== 'once'))})\\b`,
  'i',
);
/** ', previously the ministry's deputy for consular affairs,': someone's former post, not when anything happened. */
const PAST_POST = /,\s*(?:previously|formerly)\s+(?:the|a|an|his|her|its)\s[^,;]{0,80},/gi;
/** ', an Afghan prisoner who had earlier been arrested …,': what a relative clause tells of someone. */
const RELATIVE_ASIDE = /,\s*(?:[^,;]{0,40}\s)?(?:who|whom)\s[^,;]{0,120},/gi;

/** The clause without the asides that tell of someone's past, unless the trigger lies inside one. */
function withoutAsides(text: string, trigger: number): string {
  const blank = (m: string, at: number) => (trigger >= at && trigger < at + m.length ? m : ',');
  return text.replace(PAST_POST, blank).replace(RELATIVE_ASIDE, blank);
}
/** 'He …', '…, he …', 'and she …', or after a fronted time ('The next day he met …', 'On Sunday she said …'). */
const PRONOUN_SUBJECT =
  /(^|,\s*|\band\s+|^\W*(?:the (?:next|following) day|later|then|afterwards|on \w+(?: \w+)?|[\w-]+ (?:days?|weeks?) later)\s+)(he|she)\b/i;
/** 'او روز یکشنبه … گفت', 'Er sagte am Montag': the same, opening a sentence in another language. */
const FOREIGN_PRONOUN_SUBJECT = new RegExp(
  `^[\\s\\p{P}]*(${alternation(FOREIGN_PRONOUN_SUBJECTS)})(?![\\p{L}\\p{M}\u200c])`,
  'u',
);
/** 'The group announced …', 'The hardline movement has …': the organisation last named, as a pronoun would be. */
const GROUP_SUBJECT =
  /^\W*The\s+(?:(?:hardline|hard-line|Islamist|militant|insurgent|Sunni|armed)\s+)?(?:group|movement)\b/;
const DEFINITE_PARTY =
  /^\W*(?:The|This|That)\s+(?:visiting\s+|high-level\s+|two\s+)?(?:delegation|delegations|team|envoy|ambassador|minister|ministers|officials|visitors|delegates|diplomats|guests)\b/;
const HABITUAL =
  /\b(?:often|frequently|repeatedly|regularly|routinely|occasionally|sometimes|usually|time and again|has long|have long|had long)\b/i;
/** Happenings a place alone can carry ('A blast tore through a mosque in Kandahar'). */
const PLACE_EVENTS: ReadonlySet<EventType> = new Set([
  'attack',
  'border',
  'border-clash',
  'trade',
  'migration',
  'strike',
]);

export function scopeOf(actors: string[], places: string[], gazetteer: Gazetteer): Scope {
  const sides = new Set<string>();
  let focus = false;
  for (const id of actors) {
    const actor = gazetteer.actor(id);
    if (!actor) continue;
    sides.add(actor.side);
    if (actor.focus === 'afghanistan') focus = true;
  }
  for (const id of places) {
    const country = gazetteer.place(id)?.country;
    const side = country ? gazetteer.actor(country)?.side : undefined;
    if (side) sides.add(side);
  }
  return (sides.has('iran') && sides.has('afghanistan')) || focus ? 'core' : 'context';
}

/**
 * 'in the western city of Herat', 'near the Islam Qala crossing', 'in der Stadt Herat', 'dans la ville de Hérat':
 * what may stand between a preposition and the place.
 */
const PLACE_LEAD = new RegExp(
  `(?<![\\p{L}])(?:${alternation([...PLACE_PREPOSITIONS, 'of', 'from'])})\\s+((?:\\p{Lu}[\\p{L}’'-]*|(?:north|south|east|west|central)\\p{L}*|${alternation(PLACE_LEAD_WORDS)})\\s+){0,4}$`,
  'u',
);
/** … of which these say where something happened ('from Herat' and 'of Herat' do not). */
const PLACE_PREPOSITION = new RegExp(`(?<![\\p{L}])(?:${alternation(PLACE_PREPOSITIONS)})(?![\\p{L}])`, 'iu');
/** 'the Helmand water issue', 'Kabul talks': a name used as a modifier of a topic is not where anything happened. */
const TOPIC_AFTER =
  /^[\s-]+(water|waters|river|dispute|issue|issues|treaty|rights|basin|agreement|deal|file|question|case|talks|process|format|peace)\b/i;

/** 'آیا سفارت … سپرده شد؟!', 'Will Iran hand over the embassy?': a yes-or-no question, which reports nothing. */
const ASKED = new RegExp(`^\\s*(?:${alternation(QUESTION_OPENERS)})\\s[^?؟]*[?؟][!?؟"'”’»)\\s]*$`, 'u');

/** 'the Dogharoun crossing', 'گذرگاه دوغارون', 'معبر إسلام قلعة': a crossing named by its place is where it happened. */
const CROSSING_AFTER = new RegExp(`^\\s+(?:border\\s+)?(?:${alternation(CROSSING_NOUNS)})\\b`, 'i');
const CROSSING_BEFORE = new RegExp(`(?:${alternation(FOREIGN_CROSSING_NOUNS)})\\s*[«"“]?$`, 'u');

/** Places where the happening was: those named after 'in', 'at', 'to', 'into', 'near', 'through', or a crossing's. */
function placesOf(text: string, gazetteer: Gazetteer): string[] {
  const ids: string[] = [];
  for (const m of gazetteer.findPlaces(text)) {
    const before = text.slice(Math.max(0, m.index - 50), m.index);
    if (TOPIC_AFTER.test(text.slice(m.index + m.text.length))) continue;
    const crossing = CROSSING_AFTER.test(text.slice(m.index + m.text.length)) || CROSSING_BEFORE.test(before);
    if (crossing || (PLACE_LEAD.test(before) && PLACE_PREPOSITION.test(before.slice(-40)))) {
      if (!ids.includes(m.entry.id)) ids.push(m.entry.id);
    }
  }
  return ids;
}

/** What a visit, strike or takeover is aimed at: the name right after its trigger. */
function targetOf(text: string, type: EventType, gazetteer: Gazetteer): string | undefined {
  const cue = {
    visit: /\b(visited|visit to|trip to|travell?ed to|arrived in)\s+(the\s+)?$/i,
    strike: /\b(into|on|in|against)\s+(the\s+)?$/i,
    takeover: /\b(took over|took control of|seized|invaded|fall of|captured)\s+(the\s+)?$/i,
  }[type as 'visit' | 'strike' | 'takeover'];
  if (!cue) return undefined;
  const names = [...gazetteer.findActors(text), ...gazetteer.findPlaces(text)].sort((a, b) => a.index - b.index);
  const hit = names.find((n) => cue.test(text.slice(Math.max(0, n.index - 30), n.index)));
  return hit?.entry.id;
}

const ROLE =
  /^(?:['’]s)?\s+((?:deputy |acting |foreign |senior |chief |media )?(?:technical |trade |economic |high-ranking |high-level |political |military |security |official |parliamentary |border |diplomatic )?(?:spokes(?:person|man|woman)|officials?|diplomats?|delegation|team|experts|envoy|ambassador|minister|commander|leader|border guards|forces|negotiators))\b/i;

/** 'a Taliban spokesperson', 'an Iranian delegation': the role after a country or group that is the subject. */
export function roleLabel(
  text: string,
  subject: { index: number; text: string },
): { text: string; plural: boolean } | undefined {
  const match = ROLE.exec(text.slice(subject.index + subject.text.length));
  if (!match) return undefined;
  const role = match[1]!;
  // As written ('Iranian border guards', "Iran's foreign minister"), with the group's name capitalised.
  const written = `${subject.text}${match[0].slice(0, match[0].length - role.length).trim()} ${role.toLowerCase()}`;
  return { text: written.replace(/\s+/g, ' '), plural: /(s|forces|guards)$/i.test(role) && !/spokes/i.test(role) };
}

/**
 * 'the Kandahar bombing on 15 October': a yearless date of a known happening takes its year, unless the story's
 * own day puts that happening more than a year back (the text would then have named the year).
 */
function withAnchorYear(m: DateMention, sentence: string, knowledge: Knowledge, pub: Publication): DateMention {
  if (m.year !== undefined || m.month === undefined || anniversaryOf(sentence)) return m;
  const recent = (a: Anchor) =>
    !pub.date || pub.basis === 'inferred' || (a.date <= pub.date && addDays(a.date, 366) > pub.date);
  const anchor = matchAnchors(sentence, knowledge.anchors).find((a) => anchorFits(a, m) && recent(a));
  return anchor ? { ...m, year: Number(anchor.date.slice(0, 4)) } : m;
}

/** '… days later': a date counted from another happening. */
const RELATIVE_TO_EVENT = new RegExp(
  String.raw`\b((?:${NUMBER_PATTERN}|some|a few)\s+)?(days?|weeks?|months?|hours?)\s+(later|afterwards|earlier|before that|after that)\b|\bthe (next|following|previous) (day|week|month)\b|\bthe day (before|after)\b`,
  'gi',
);
// Not inside a word of a script with spaces; not 'le lendemain de …', 'یک روز بعد از …' (the day after a
// happening it names).
const FOREIGN_RELATIVE_TO_EVENT = new RegExp(
  String.raw`(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Devanagari}])(?:${alternation(Object.keys(FOREIGN_DAY_AFTER_OR_BEFORE))})(?![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Devanagari}])(?!\s+(?:de|du|des|d['’]|از)\s)`,
  'gu',
);
const SENTENCE_OPENING =
  /^\s*(?:(?:On|In|Last|Earlier|Meanwhile|However|Also|Separately|Yesterday|Today)\b[^,]{0,40},\s*)?/;

/** 'Tehran hosted …', 'Kabul's envoy …': a capital opening the sentence stands for its government. */
function governmentOf(text: string, gazetteer: Gazetteer): Array<NameMatch<Actor>> {
  const start = SENTENCE_OPENING.exec(text)![0].length;
  // Followed by a verb or a possessive ('Tehran hosted', "Kabul's envoy"), not a dateline ('Kabul (Pajhwok):').
  const place = gazetteer
    .findPlaces(text)
    .find((m) => m.index === start && /^(?:['’]s\b|\s+\p{Ll})/u.test(text.slice(m.index + m.text.length)));
  const actor = place?.entry.government ? gazetteer.actor(place.entry.government) : undefined;
  return place && actor ? [{ entry: actor, index: place.index, text: place.text }] : [];
}

const JUST_AND = new RegExp(`^\\s*(?:${alternation(AND_WORDS)})\\s*$`, 'u');

/** 'Tehran and Kabul have agreed …', 'talks between Kabul and Tehran': two capitals joined stand for their governments. */
function conjoinedGovernments(text: string, gazetteer: Gazetteer): Array<NameMatch<Actor>> {
  const capitals = gazetteer.findPlaces(text).filter((m) => m.entry.government);
  return capitals.flatMap((m, i) => {
    const other = capitals.find(
      (o, j) =>
        j !== i &&
        o.entry.government !== m.entry.government &&
        JUST_AND.test(
          o.index > m.index
            ? text.slice(m.index + m.text.length, o.index)
            : text.slice(o.index + o.text.length, m.index),
        ),
    );
    const actor = other ? gazetteer.actor(m.entry.government!) : undefined;
    return actor ? [{ entry: actor, index: m.index, text: m.text }] : [];
  });
}

/**
 * 'the Herat and Khorasan Razavi delegations', 'Nimroz officials', 'Khorasan Razavi province's border police': a
 * province's people stand for its country.
 */
const PLACE_PEOPLE =
  /^(?:\s+and\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?(?:\s+province)?(?:['’]s)?\s+(?:provincial\s+|border\s+)?(?:delegations?|officials|authorities|governor|police|guards|customs|traders|merchants)\b/u;

function peopleOfPlaces(text: string, gazetteer: Gazetteer): Array<NameMatch<Actor>> {
  return gazetteer.findPlaces(text).flatMap((place) => {
    const actor = PLACE_PEOPLE.test(text.slice(place.index + place.text.length))
      ? gazetteer.actor(place.entry.country)
      : undefined;
    return actor ? [{ entry: actor, index: place.index, text: place.text }] : [];
  });
}

const REMARKS = /\b(these|those|the|his|her|such) (remarks|statements|comments)\b/i;
// As the subject: at the start of the sentence, or after an opening phrase ('On Wednesday, the two sides …').
const TWO_SIDES = /^(?:[^,]{0,40},\s*)?(the two|both) (sides|countries|neighbou?rs|governments|delegations|parties)\b/i;

/** 'a day earlier', 'two days later', 'the next day', 'days later': a date counted from an anchor day. */
export function countFrom(anchor: Omit<DayAnchor, 'sentence'>, phrase: string): ResolvedDate | null {
  const foreign = FOREIGN_DAY_AFTER_OR_BEFORE[phrase];
  const p = phrase.toLowerCase();
  const note = `'${phrase}', counted from ${anchor.date} ('${anchor.text}') a sentence or two before`;
  const fuzzy = anchor.date !== anchor.end;
  const at = (days: number, approximate = false, span = 0): ResolvedDate => {
    const [from, to] = [addDays(anchor.date, days), addDays(anchor.end, days)];
    const [date, end] = span > 0 ? [from, addDays(to, span)] : span < 0 ? [addDays(from, span), to] : [from, to];
    return {
      date,
      end,
      precision: date === end ? 'day' : 'week',
      approximate: approximate || fuzzy,
      date_text: phrase,
      basis: 'relative-to-publication',
      note,
      confidence: approximate || fuzzy ? 0.45 : 0.6,
    };
  };
  if (foreign) return at(foreign);
  if (/^the (next|following) day$|^the day after$/.test(p)) return at(1);
  if (/^the (previous) day$|^the day before$/.test(p)) return at(-1);
  const counted = new RegExp(
    `^(${NUMBER_PATTERN})\\s+(day|days|week|weeks)\\s+(earlier|later|before that|after that|afterwards)$`,
  ).exec(p);
  if (counted) {
    const n = NUMBER_WORDS[counted[1]!]! * (counted[2]!.startsWith('week') ? 7 : 1);
    const sign = /earlier|before/.test(counted[3]!) ? -1 : 1;
    return at(sign * n, n > 2);
  }
  if (/^(some |a few |several )?days (later|afterwards|after that)$/.test(p)) return at(2, true, 5);
  if (/^(some |a few |several )?days (earlier|before that)$/.test(p)) return at(-2, true, -5);
  return null;
}

/** A relative expression can only be resolved as finely as the publication date is known. */
export function resolvableAgainst(m: DateMention, pub: Pick<Publication, 'date' | 'precision'>): boolean {
  if (m.year !== undefined) return true;
  if (pub.date === null) return false;
  if (pub.precision === 'day') return true;
  const coarseUnit = m.unit === 'month' || m.unit === 'year';
  if (pub.precision === 'month') {
    return (
      (m.kind === 'date' && m.month !== undefined) ||
      ((m.kind === 'part-of-month' || m.kind === 'week-of-month') && m.month !== undefined) ||
      (['last', 'this', 'next', 'ago'].includes(m.kind) && coarseUnit)
    );
  }
  return (m.kind === 'last' || m.kind === 'ago') && m.unit === 'year';
}

/** 'KABUL, May 31 (Xinhua) --', 'كابول 31 مايو 2023 (شينخوا)': a date between a place opening the text and a wire's name or dash. */
function inOpeningDateline(text: string, m: DateMention): boolean {
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m.text.length);
  return (
    /^\s*\p{L}[\p{L}\s.'’-]{0,30}[,،]?\s*$/u.test(before) &&
    before.trim().split(/\s+/).length <= 3 &&
    /^[\s,،]*(?:\([^()]{2,40}\)|[-–—]{1,2}\s)/u.test(after)
  );
}

function pickMention(mentions: DateMention[], triggerIndex: number): DateMention | undefined {
  return [...mentions].sort((a, b) => Math.abs(a.index - triggerIndex) - Math.abs(b.index - triggerIndex))[0];
}

const SPAN_EDGE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(SPAN_EDGE_WORDS)})\\s+(?:the\\s+)?$`, 'iu');

/** 'since January', 'until March': the edge of a span, not when anything happened ('since three days ago' is when it began). */
function spanEdge(sentence: string, m: DateMention): boolean {
  return (
    (m.kind !== 'ago' && SPAN_EDGE_BEFORE.test(sentence.slice(Math.max(0, m.index - 14), m.index))) ||
    // 'up 50 per cent compared with last year': a baseline the figure is measured against.
    COMPARED_WITH_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index))
  );
}

/** "Monday's attacks": a date in the possessive dates the noun it owns, not another happening of the clause. */
function datesOnlyItsNoun(text: string, m: DateMention, triggerIndex: number): boolean {
  const end = m.index + m.text.length;
  const owned = POSSESSED_HAPPENING.exec(text.slice(end));
  return owned !== null && (triggerIndex < m.index || triggerIndex >= end + owned[0].length);
}
const POSSESSED_HAPPENING = new RegExp(`^['’]s\\s+(?:[\\w-]+\\s+){0,2}?(?:${alternation(HAPPENING_NOUNS)})s?\\b`, 'i');

/** Everything the chain needs to date one clause of one sentence. */
interface Clause {
  sentence: Sentence;
  view: View;
  /** The clause's text, offsets as in the sentence. */
  text: string;
  future: boolean;
  mentions: DateMention[];
  resolvable: DateMention[];
  classified: { rule: TypeRule; index: number };
  /** The date only bounds the happening: an unnamed source said it on that day. */
  reportedOn: boolean;
  /** 'X stressed that …, IRNA reported on Sunday': the date is the outlet's report of the statement. */
  reportedDay: boolean;
  speech: boolean;
  /** A reported happening: the clause dated is the reported one. */
  reported: boolean;
  /** 'came two days after …': how far the clause's happening lies before (or after) the focus. */
  offset: string | null;
}

/** How many days before an unnamed source's report the happening it reports may lie. */
const REPORTED_WITHIN_DAYS = 2;

/** The clause's own date: the nearest date expression, or one counted from the last dated happening. */
function ownDate(c: Clause, d: Discourse): Dating | null {
  // 'Since the Taliban took power in August 2021, Iran has …': a date inside a background clause dates only
  // what that clause names, not the happening outside it.
  // A trailing 'following the withdrawal in August' still dates the main clause; a trailing 'since …' does not.
  // (but in a view of a span's start, 'since Aug 6' is the day it tells)
  const spans = (c.view.spanStart ? [] : backgroundSpans(c.text)).filter(
    ([a]) => a < c.classified.index || /^\W*(?:ever since|since)\b/i.test(c.text.slice(a)),
  );
  const spanOf = (i: number) => spans.find(([a, b]) => i >= a && i < b);
  const triggerSpan = spanOf(c.classified.index);
  // What a statement is about ('… said that exports grew in the year to March') is not when it was said: after
  // 'said that' no date is the speaking's, and after a bare 'said' only a day or week is.
  const own = c.resolvable.filter(
    (m) =>
      (spanOf(m.index) ?? triggerSpan) === triggerSpan &&
      datesTheClause(c, m) &&
      !datesOnlyItsNoun(c.text, m, c.classified.index),
  );
  // 'كابول 31 مايو 2023 (شينخوا) رجع … يوم الثلاثاء': a wire's dateline is the day of writing; the clause's own day
  // is the other one it names.
  const told = own.filter((m) => !inOpeningDateline(c.text, m));
  const mention = pickMention(told.length > 0 ? told : own, c.classified.index);
  // '… days later': dated from another happening, which the nearer date may not be.
  const relativeToEvent = [...c.text.matchAll(RELATIVE_TO_EVENT), ...c.text.matchAll(FOREIGN_RELATIVE_TO_EVENT)].find(
    (r) =>
      !mention ||
      // '… last week, and a day later the envoy was summoned': a count after the trigger starts the next clause.
      (r.index < c.classified.index &&
        Math.abs(r.index - c.classified.index) < Math.abs(mention.index - c.classified.index)),
  );
  if (relativeToEvent && mention) return { reason: `dated from another happening ('${relativeToEvent[0]}')` };
  const pubDate = d.pub.date;
  if (mention) {
    // Reported speech keeps the speaker's point of view: 'said on Thursday that … next week' counts from Thursday.
    const spoken =
      c.view.spokenOn && pubDate && FROM_SPEAKER.has(mention.kind)
        ? resolveMention(c.view.spokenOn, { date: pubDate })
        : null;
    const reference = spoken && spoken.precision === 'day' ? spoken.date : pubDate;
    // 'will send relief after an earthquake hit the east on Wednesday': the day is the past verb's.
    const future = c.future && !pastVerbBefore(c.text, mention.index);
    let resolved = resolveMention(mention, { date: reference ?? `${mention.year}-12-31`, future });
    if (!resolved) return null;
    // 'Iranian media reported on Sunday that …': news reports a happening within a day or two of it.
    if (c.reportedOn && resolved.precision === 'day') {
      resolved = {
        ...resolved,
        date: addDays(resolved.date, -REPORTED_WITHIN_DAYS),
        precision: 'week',
        approximate: true,
        confidence: resolved.confidence * 0.8,
        note: `reported on ${resolved.end} ('${resolved.date_text}'); the happening itself is not dated`,
      };
      return { resolved, rule: 'reported-on', status: 'happened' };
    }
    // 'will be held Thursday' in a story that tells of 'early Thursday': written that Thursday, in a later copy.
    if (
      future &&
      mention.kind === 'weekday' &&
      pubDate !== null &&
      resolved.date > pubDate &&
      d.pastWeekdays().has(mention.weekday!)
    ) {
      const day = addDays(resolved.date, -7);
      resolved = {
        ...resolved,
        date: day,
        end: day,
        note: `the story was written on the ${resolved.date_text} it tells of as past`,
      };
      return { resolved, rule: 'scheduled', status: 'scheduled' };
    }
    // A plan with a past date: the date belongs to something earlier the sentence names ('… since May last year').
    if (future && pubDate !== null && resolved.end < pubDate)
      return { reason: `planned; '${resolved.date_text}' names an earlier happening` };
    // A plan set for a named time is a scheduled happening until a later report says it took place; so is
    // whatever the text dates after its own publication ('expected a delegation next week').
    if (pubDate !== null && (resolved.date > pubDate || (FROM_SPEAKER.has(mention.kind) && resolved.end > pubDate))) {
      if (resolved.precision === 'year') return { reason: `planned (future tense, only '${resolved.date_text}')` };
      return { resolved, rule: 'scheduled', status: 'scheduled' };
    }
    return {
      resolved,
      rule: resolved.basis === 'explicit' ? 'explicit' : 'relative-to-publication',
      status: 'happened',
    };
  }
  // 'Kazemi Qomi had met Muttaqi a day earlier': counted from the last happening dated to a day, a sentence or two before.
  if (relativeToEvent && d.lastDay && c.sentence.index - d.lastDay.sentence <= 2) {
    let resolved = countFrom(d.lastDay, relativeToEvent[0]);
    // Nothing reported as past happens after the story was published.
    if (resolved && pubDate && !c.future && resolved.end > pubDate) {
      resolved =
        resolved.date > pubDate
          ? null
          : { ...resolved, end: pubDate, precision: resolved.date === pubDate ? 'day' : 'week' };
    }
    if (resolved)
      return { resolved: { ...resolved, basis: 'explicit' }, rule: 'counted-from-happening', status: 'happened' };
  }
  return null;
}

/** 'X said (on Sunday) that the talks were useful, adding …': the clause reported, up to a further attribution. */
function saidClause(text: string, original: string): string | undefined {
  const main = mainClause(text);
  if (main.length >= text.trimEnd().length || !SPEECH_VERB.test(main)) return undefined;
  // The view blanks quotations and other clauses; the title reads the sentence as written, quotes excluded.
  if (/\s{3,}/.test(text.slice(main.length).trim())) return undefined;
  const rest = original.slice(main.length).trim();
  // Not a date or place opening it ('said on Sunday the …'), and no second speaker or addition after it.
  if (/^(?:on|in|at|during|after|before|in a|to|told)\b/i.test(rest)) return undefined;
  return rest.split(/,\s+(?:adding|according|he|she|it|they|the (?:ministry|spokesman|official|statement))\b|;\s/i)[0];
}

/** The quotations of a sentence tell what happened, not what the speaker feels: no first person in them. */
function reportsInThirdPerson(sentence: Sentence): boolean {
  return sentence.quotes.length > 0 && sentence.quotes.every(([a, b]) => !FIRST_PERSON.test(sentence.text.slice(a, b)));
}

/** ', IRNA reported on Sunday.': an outlet's report closing the sentence. */
const OUTLET_REPORTED = /,\s+(?:[^,]{0,60}?\s)?(?:reported|quoted)\b[^,]*$/i;

/** ', the ISNA news agency reported, quoting …': an outlet's report of someone's announcement. */
const REPORTED_BY = /\b(?:reported|quoting|quoted)\b/i;

/** Expressions a reported clause counts from the speaking, not from the day of writing. */
const FROM_SPEAKER: ReadonlySet<DateMention['kind']> = new Set(['next', 'tomorrow']);

/** Of a statement, a date of the speaking, not of what was said; of any other clause, any date. */
function datesTheClause(c: Clause, m: DateMention): boolean {
  return !c.speech || c.reported || c.reportedDay || spokenDate(c.text, m);
}

/** Whether a date in a statement can be the speaking's: before the reported content. */
function spokenDate(text: string, m: DateMention): boolean {
  const verb = SPEECH_VERB.exec(text);
  if (!verb || m.index < verb.index) return true;
  const main = mainClause(text);
  if (/\bthat\s*$/.test(main)) return m.index < main.length;
  // Right after the verb ('announced in late February') a date is the speaking's; further on, a day may date the
  // speaking or what was said of that day (which the statement then stands for), a period only what was said.
  const distance = m.index - (verb.index + verb[0].length);
  // '… says goods will start moving in the new year, which starts on March 20': a day of what is still to come.
  if (distance > 25 && isFutureTense(text.slice(verb.index + verb[0].length, m.index))) return false;
  const fine =
    m.kind === 'weekday' ||
    m.kind === 'today' ||
    m.kind === 'yesterday' ||
    (m.day !== undefined && m.endDay === undefined);
  return distance <= 25 || fine;
}

/** Opening a sentence, the happening it follows: 'After the earthquake that struck on 22 June, Iran has sent …'. */
const OPENING_AFTER = /^\W*(?:[Aa]fter|[Ff]ollowing|[Ii]n the (?:wake|aftermath) of)\s[^,;]*/u;

/**
 * 'After the earthquake that struck on the morning of 22 June, Iran has deployed two cargo planes': what the
 * main clause reports came on that day or after it, and (being in the past) by the publication day: the days
 * between, when the story was written within a week of it.
 */
function afterDatedHappening(c: Clause, d: Discourse): ResolvedDate | null {
  const pub = d.pub.date;
  const opening = OPENING_AFTER.exec(c.sentence.text);
  if (!pub || d.pub.precision !== 'day' || c.future || !opening || c.sentence.text.indexOf(c.text) > 0) return null;
  const m = c.resolvable.find((x) => x.index < opening[0].length && !spanEdge(c.sentence.text, x));
  const day = m ? resolveMention(m, { date: pub }) : null;
  if (!day || day.precision !== 'day' || day.date > pub || addDays(day.date, 7) < pub) return null;
  return {
    ...day,
    end: pub,
    precision: day.date === pub ? 'day' : 'week',
    approximate: day.date !== pub,
    note: `on or after '${day.date_text}', which the sentence names as what it follows, and by the publication day`,
    confidence: day.confidence * 0.7,
  };
}

/**
 * 'A Taliban delegation led by Baradar has arrived in Iran', in a story of the day after: an undated lead that is
 * a known happening of the past week takes its day rather than the publication day; an undated happening further
 * on that is a known one, of any day before publication, takes that day.
 */
function knownHappeningDay(c: Clause, d: Discourse, anchors: readonly Anchor[], lead = true): ResolvedDate | null {
  const pub = d.pub.date;
  if (!pub || d.pub.precision !== 'day') return null;
  // In the lead, only a happening of the past week is the news; further on, any earlier one is told as such.
  const recent = matchAnchors(c.text, anchors).filter((a) =>
    lead ? !a.background && a.date <= pub && addDays(a.date, 7) > pub : a.date <= pub,
  );
  if (recent.length === 0 || recent.some((x) => x.date !== recent[0]!.date)) return null;
  const a = recent[0]!;
  return {
    date: a.date,
    end: a.date,
    precision: 'day',
    approximate: false,
    date_text: '',
    basis: 'explicit',
    note: `the text gives no date; it reports ${a.name}, a known happening of ${a.date}`,
    confidence: 0.6,
  };
}

/**
 * 'clashed with the Taliban, … since the former insurgents seized power a year ago': a period that holds the day of
 * the one known happening its sentence names is that day (the sentence, for the clause may leave out who did it).
 */
function onKnownDay(
  dating: Extract<Dating, { resolved: ResolvedDate }>,
  c: Clause,
  anchors: readonly Anchor[],
): Dating {
  const { resolved } = dating;
  const named = () => matchAnchors(c.sentence.text, anchors);
  const onDayOf = (a: Anchor, note: string): Dating => ({
    ...dating,
    resolved: { ...resolved, date: a.date, end: a.date, precision: 'day', approximate: false, note },
  });
  if (resolved.precision === 'day') {
    // 'travelled to Tehran last Tuesday' written on a Wednesday: this week's Tuesday or the one before; the known
    // happening the sentence reports says which.
    const weekEarlier = /^last\s/i.test(resolved.date_text)
      ? named().find((a) => a.date === addDays(resolved.date, -7))
      : undefined;
    if (weekEarlier) return onDayOf(weekEarlier, `'${resolved.date_text}' is the week before: ${weekEarlier.name}`);
    // 'This comes two days after Araghchi appointed Bikdeli': a count from a day known only roughly yields to the
    // known happening the sentence names, when they lie a day or two apart.
    const near =
      dating.rule === 'counted-from-happening'
        ? named().find(
            (a) =>
              a.date !== resolved.date && a.date >= addDays(resolved.date, -2) && a.date <= addDays(resolved.date, 2),
          )
        : undefined;
    if (near)
      return onDayOf(near, `${near.name}, a known happening ('${resolved.date_text}' counted ${resolved.date})`);
    return dating;
  }
  const inside = named().filter((a) => a.date >= resolved.date && a.date <= resolved.end);
  if (inside.length === 0 || inside.some((a) => a.date !== inside[0]!.date)) return dating;
  return onDayOf(
    inside[0]!,
    `'${resolved.date_text}' holds ${inside[0]!.name}, a known happening of ${inside[0]!.date}`,
  );
}

/** How many paragraphs after the lead an undated statement is still the story's news. */
const NEWS_SPEECH_PARAGRAPHS = 3;

/** The chain: the clause's own date, else its focus (elaborated or added to), else the news day of an undated lead. */
function dateOf(c: Clause, d: Discourse, options: { outlets: string[]; anchors: readonly Anchor[] }): Dating {
  // 'Muttaqi was to meet opposition figures': a plan as it stood then, not a happening; set for a weekday
  // ('was due to meet other leaders on Wednesday'), it is that day's scheduled happening, on or after the story's day.
  if (isPastPlan(c.speech && !c.reported ? mainClause(c.text) : c.text)) {
    // (the last weekday: 'had come on Monday … and was due to meet more leaders on Wednesday')
    const weekday = c.resolvable.filter((m) => m.kind === 'weekday').at(-1);
    const planned = weekday && d.pub.date ? resolveMention(weekday, { date: d.pub.date, future: true }) : null;
    if (planned) return { resolved: planned, rule: 'scheduled', status: 'scheduled' };
    return { reason: 'a plan as reported then (was to, were due to)' };
  }
  // 'Taliban forces have often fought with Iran since taking over a year ago': no one happening to date.
  if (HABITUAL.test(c.text) && !c.resolvable.some((m) => m.day !== undefined || m.kind === 'weekday'))
    return { reason: 'habitual (often, repeatedly), not one happening' };
  const own = ownDate(c, d);
  if (own) return 'resolved' in own && own.status === 'happened' ? onKnownDay(own, c, options.anchors) : own;
  if (c.future) return { reason: 'planned (future tense, no named day)' };
  const after = afterDatedHappening(c, d);
  if (after) return { resolved: after, rule: 'after-dated-happening', status: 'happened' };
  // A date that names the edge of a span ('since August 2021') is not the clause's own.
  // (Nor one of what a statement is about: '… said that over the past month 500 trucks crossed'.)
  const unresolved = c.mentions.filter(
    (m) => !spanEdge(c.sentence.text, m) && !datesOnlyItsNoun(c.text, m, c.classified.index) && datesTheClause(c, m),
  );
  if (unresolved.length > 0)
    return {
      reason: d.pub.date ? 'its date could not be resolved' : 'no publication date to resolve its date against',
    };
  if (VAGUE_TIME.test(withoutAsides(c.text, c.classified.index))) {
    // 'A Taliban delegation has recently travelled to Iran', leading the story: the news of the past week.
    const lead =
      c.view.main && inLead(d, c.sentence) && d.focus === null && RECENT.test(c.text) && !EARLIER.test(c.text);
    const week = lead ? newsWeek(d.pub) : null;
    if (week) return { resolved: week, rule: 'news-day', status: 'happened' };
    return { reason: 'vague time (recently, earlier)' };
  }
  if (c.offset !== null && d.focus && d.focus.event.precision === 'day') {
    // 'The meeting came two days after Bikdeli arrived': counted back from the happening referred to.
    const f = d.focus.event;
    const resolved = countFrom({ date: f.date, end: f.end, text: f.date_text || f.date }, c.offset);
    if (resolved)
      return onKnownDay(
        { resolved: { ...resolved, basis: 'explicit' }, rule: 'counted-from-happening', status: 'happened' },
        c,
        options.anchors,
      );
  }
  if (c.offset === null && c.text.trimStart() !== c.sentence.text.trimStart() && afterClause(c.sentence.text)) {
    return { reason: 'named only as what the happening came after' };
  }
  // What someone told the publishing outlet itself is the news of the day, not an elaboration of the last happening.
  const toOutlet = c.speech && options.outlets.some((o) => toThisOutlet(c.text, o));
  const link = toOutlet ? 'none' : linkToFocus(c.sentence, d.focus, c.speech);
  if (link === 'elaborates') return { join: d.focus!, rule: 'elaborates-focus' };
  // A known happening of another day than the story's ('… clashed at the Sasuli border post') is not part of it.
  // Not its anniversary ('referred to the second anniversary of the Taliban's return to power').
  const known =
    c.speech || inLead(d, c.sentence) || anniversaryOf(c.sentence.text)
      ? null
      : knownHappeningDay(c, d, options.anchors, false);
  if (known && known.date !== d.focus?.event.date)
    return { resolved: known, rule: 'known-happening', status: 'happened' };
  if (link === 'adds') return { resolved: fromFocus(d.focus!), rule: 'from-focus', status: 'happened' };
  // The lead's undated happening, or what someone told the publishing outlet itself, is the news of the day.
  if ((c.view.main && inLead(d, c.sentence) && d.focus === null) || toOutlet) {
    const known = toOutlet ? null : knownHappeningDay(c, d, options.anchors);
    if (known) return { resolved: known, rule: 'known-happening', status: 'happened' };
    const resolved = newsDay(d.pub);
    if (resolved) return { resolved, rule: 'news-day', status: 'happened' };
  }
  // 'ISIS-claimed attack on the Shah Cheragh shrine killed 15': an undated happening the text tells, not what
  // someone says, that is a known one takes its day.
  if (known) return { resolved: known, rule: 'known-happening', status: 'happened' };
  // 'Raisi died in a helicopter crash. … Akhund extended his condolences': a story that opens on a known happening
  // of an earlier day tells the reaction to it, the next undated happening near the lead, as the news of the day.
  if (
    link === 'none' &&
    d.focus?.event.rule === 'known-happening' &&
    d.pub.date !== null &&
    d.focus.event.end < d.pub.date &&
    d.leadParagraph !== null &&
    c.sentence.paragraph <= d.leadParagraph + 2
  ) {
    const resolved = newsDay(d.pub);
    if (resolved) return { resolved, rule: 'news-day', status: 'happened' };
  }
  // 'Mujahid said the Taliban were not invited …' near the lead, with no happening dated before it: what is said
  // undated in a story is said as its news, on the day of writing or the days before it.
  if (
    c.speech &&
    c.view.main &&
    link === 'none' &&
    d.focus === null &&
    d.leadParagraph !== null &&
    c.sentence.paragraph <= d.leadParagraph + NEWS_SPEECH_PARAGRAPHS
  ) {
    const resolved = newsDay(d.pub);
    if (resolved) return { resolved, rule: 'news-day', status: 'happened' };
  }
  return {
    reason: d.pub.date
      ? 'no date in the sentence or in the happening it follows'
      : 'no date in the sentence, and no publication date',
  };
}

export function extractEvents(
  article: string,
  sentences: readonly Sentence[],
  pub: Publication,
  options: ExtractOptions,
): Extraction {
  const { knowledge } = options;
  // Names as this article uses them: a surname names the person the article has named in full.
  const gazetteer = options.gazetteer.forArticle();
  const events: DraftEvent[] = [];
  const undated: UndatedMention[] = [];
  const outOfWindow: OutOfWindow[] = [];
  const unknown = new Set<string>();
  const d = startDiscourse(pub, sentences);
  const statementRule = knowledge.typeRules.find((r) => r.type === 'statement' && r.with === undefined);

  let previous: Sentence | undefined;
  // Events of sentences no trigger word classified.
  const noTrigger = new Set<DraftEvent>();
  for (const sentence of sentences) {
    const first = previous === undefined || previous.paragraph !== sentence.paragraph;
    const stamp = first ? leadStampLength(sentence.text) : 0;
    const allMentions = findDateMentions(sentence.text, sentence.quotes).map((m) =>
      withAnchorYear(m, sentence.text, knowledge, pub),
    );
    dateFocusByReference(d, sentence, knowledge.typeRules);
    let sentenceSubject: string | undefined;
    const views = viewsOf(outsideQuotes(sentence), gazetteer).flatMap((v) => {
      if (!v.main) return [v];
      // The first way the main view splits into clauses, then the start of a measure in force since a day, beside it.
      let clauses = [v];
      for (const split of [splitCoordinated, splitSubordinate, splitTrailingCounted, splitSinceHappening]) {
        const parts = split(v, allMentions, knowledge.typeRules);
        if (parts.length > 1) {
          clauses = parts;
          break;
        }
      }
      return [...clauses, ...splitInForceSince(v, allMentions, knowledge.typeRules).slice(1)];
    });
    views.push(...quotedReports(sentence, allMentions));
    let dayInSentence = false;
    for (const view of views) {
      // 'The clash came days after X warned …': the sentence dates X, not the clash; X lies that far before it.
      const after = view.main ? afterClause(view.text) : null;
      const cut = after?.start ?? 0;
      const text = ' '.repeat(cut) + view.text.slice(cut);
      // (of a quotation read on its own, the days it tells, as the speaker's report; the view is that quotation)
      const mentions = allMentions
        .map((m) => (view.quoted && m.quoted && toldInQuote(m, view.text) ? { ...m, quoted: false } : m))
        .filter((m) => !m.quoted && m.index >= cut && view.text[m.index] !== ' ' && m.index >= stamp);
      const resolvable = mentions.filter(
        (m) => (view.spanStart || !spanEdge(sentence.text, m)) && resolvableAgainst(m, pub),
      );

      let classified = classify(text, knowledge.typeRules);
      // Names in the main clause ('X said …') come first: the subject, not the people X spoke about.
      let clause: [number, number] = [cut, mainClause(text).length];
      const reported = reportedHappening(text, classified, resolvable, knowledge.typeRules);
      if (reported) {
        classified = reported.classified;
        clause = reported.clause;
      }
      // ', the Taliban said in a statement on Sunday.': a date only in the closing attribution dates the statement
      // of a named speaker; an unnamed one ('the ministry said on Sunday') only bounds the happening it reports.
      const trailing =
        !reported && classified && !SPEECH_TYPES.has(classified.rule.type) ? TRAILING_ATTRIBUTION.exec(text) : null;
      // Only after the happening: 'X stated on Monday during a visit to Taybad' dates the visit itself.
      const attribution = trailing && classified && trailing.index > classified.index ? trailing : null;
      let reportedOn = false;
      // 'In a statement on Tuesday, Zia wrote that a delegation has travelled to Kabul': the happening reported,
      // no later than the speaking, is the news; the speaking is only how it became known.
      const told = !reported && !attribution ? toldHappening(text, classified, resolvable, knowledge.typeRules) : null;
      if (told) {
        classified = told.classified;
        clause = told.clause;
        reportedOn = true;
      }
      if (
        attribution &&
        statementRule &&
        resolvable.length > 0 &&
        resolvable.every((m) => m.index > attribution.index)
      ) {
        const speakerNamed = gazetteer.findActors(text.slice(attribution.index)).length > 0;
        if (speakerNamed) {
          classified = { rule: statementRule, index: attribution.index };
          clause = [attribution.index, text.length];
        } else reportedOn = true;
      }
      // 'Kazemi Qomi stressed that …, IRNA reported on Sunday': a statement is dated by the outlet's report of it.
      const reportedBy =
        !reported && classified && SPEECH_TYPES.has(classified.rule.type) ? OUTLET_REPORTED.exec(text) : null;
      const reportedDay =
        reportedBy !== null &&
        reportedBy.index > classified!.index &&
        resolvable.length > 0 &&
        resolvable.every((m) => m.index > reportedBy.index);
      const inFocus = (m: { index: number }) => m.index >= clause[0] && m.index < clause[1];
      // Who told of a happening is not among those it happened to.
      const found = [
        ...gazetteer.findActors(text),
        ...governmentOf(text, gazetteer),
        ...conjoinedGovernments(text, gazetteer),
        ...peopleOfPlaces(text, gazetteer),
      ]
        .filter((m) => !told || inFocus(m))
        .sort((a, b) => Number(!inFocus(a)) - Number(!inFocus(b)) || a.index - b.index);
      const actors: string[] = [];
      const people = found.filter((m) => m.entry.kind === 'person');
      const pronoun = PRONOUN_SUBJECT.exec(text) ?? FOREIGN_PRONOUN_SUBJECT.exec(text);
      // 'he' names the last person only as the one acting: before the trigger, or as the speaker of a statement.
      // In 'He said a delegation would travel …' the pronoun is the speaker, not who travels.
      const pronounActs =
        pronoun !== null &&
        classified !== null &&
        !reported &&
        (pronoun.index <= classified.index || SPEECH_TYPES.has(classified.rule.type));
      // 'He met X on Monday': a sentence-initial pronoun is the subject even when others are named after it.
      // 'The next day he met X': a pronoun before the trigger and before every name is the subject too.
      const pronounFirst =
        pronoun !== null &&
        classified !== null &&
        pronoun.index <= classified.index &&
        people.every((p) => p.index > pronoun.index);
      const pronounLeads =
        pronoun !== null && (pronoun.index <= 1 || pronounFirst) && !people.some((p) => p.entry.id === d.lastPerson);
      if (d.lastPerson && pronounActs && (people.length === 0 || pronounLeads)) actors.push(d.lastPerson);
      const groupActs =
        d.lastGroup !== null && classified !== null && !reported && GROUP_SUBJECT.test(text.trimStart());
      if (groupActs && !found.some((m) => m.index < classified!.index && m.entry.kind !== 'person'))
        actors.push(d.lastGroup!);
      // 'The two sides held talks': the parties of the last sentence that named two.
      if (TWO_SIDES.test(text) && found.filter((m) => m.entry.kind !== 'person').length < 2) {
        for (const id of d.lastParties) if (!actors.includes(id)) actors.push(id);
      }
      // The subject: a person of the main clause, else its first name, else the first person named.
      const inClause = found.filter(inFocus);
      const subordinate =
        classified && !reported
          ? (passiveAgent(text, classified.index, found) ?? subordinateSubject(text, classified.index, found))
          : undefined;
      // Not one named in an opening 'After the earthquake that struck Afghanistan, …': that is the backdrop.
      const backdrop = classified ? backgroundSpans(text).filter(([, b]) => b <= classified!.index) : [];
      // Nor, of aid, the one it is for ('the fourth shipment of aid for Afghanistan's quake victims').
      const receives = (m: { index: number }) =>
        classified?.rule.type === 'aid' &&
        /\b(?:for|to)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.index - 12), m.index));
      const onStage = inClause.filter((m) => !backdrop.some(([a, b]) => m.index >= a && m.index < b) && !receives(m));
      const subject =
        subordinate ??
        onStage.find((m) => m.entry.kind === 'person') ??
        inClause.find((m) => m.entry.kind === 'person') ??
        (actors.length ? undefined : (onStage[0] ?? inClause[0] ?? people[0]));
      if (view.elided && sentenceSubject && !actors.includes(sentenceSubject)) actors.unshift(sentenceSubject);
      if (subject && !actors.includes(subject.entry.id)) actors.push(subject.entry.id);
      if (view.main) sentenceSubject = actors[0];
      const subjectLabel = subject && subject.entry.kind !== 'person' ? roleLabel(text, subject) : undefined;
      for (const m of found) {
        // Who reported a happening is a source, not a participant: their side stands in for them.
        const id =
          reported && m.entry.kind === 'person' && !inFocus(m) ? gazetteer.actor(m.entry.id)?.affiliation : m.entry.id;
        if (id && !actors.includes(id)) actors.push(id);
      }
      for (const id of [...actors]) {
        const affiliation = gazetteer.actor(id)?.affiliation;
        if (affiliation && !actors.includes(affiliation)) actors.push(affiliation);
      }
      if (view.main) {
        for (const name of gazetteer.unknownNames(outsideQuotes(sentence))) unknown.add(name);
        const lastNamed = [...people].sort((a, b) => a.index - b.index).pop();
        // The last person named is who a later 'he' or 'she' refers to.
        if (lastNamed) d.lastPerson = lastNamed.entry.id;
        const lastGroup = found
          .filter((m) => m.entry.kind === 'organization')
          .sort((a, b) => a.index - b.index)
          .pop();
        if (lastGroup) d.lastGroup = lastGroup.entry.id;
        const parties = [...new Set(found.filter((m) => m.entry.kind !== 'person').map((m) => m.entry.id))];
        if (parties.length >= 2) d.lastParties = parties;
      }

      // 'Taliban forces and Iranian border guards traded accusations on Saturday': both sides (or an official for
      // Afghanistan, or one side in the other's place) and a day, in words no trigger list holds, still tell that
      // something passed between them that day.
      // (what no trigger word told gives way, at the end, to a triggered happening of its day)
      const untriggered = !classified;
      if (!classified && view.main && !isFutureTense(text, [])) {
        const named = [...actors, ...found.map((m) => m.entry.id)];
        const day = resolvable.find(namesADay);
        if (day && named.length > 0 && scopeOf(named, placesOf(text, gazetteer), gazetteer) === 'core')
          classified = { rule: BETWEEN_SIDES, index: day.index };
        else classified = onKnownHappeningsDay(text, resolvable, pub, knowledge);
      }
      if (!classified) continue;
      // 'آیا سفارت … سپرده شد؟', 'Will Iran hand over the embassy?': a yes-or-no question reports nothing.
      if (ASKED.test(sentence.text)) continue;
      // Where a reported happening took place is said in the reported clause, not where it was reported.
      const places = placesOf(reported ? ' '.repeat(clause[0]) + text.slice(clause[0]) : text, gazetteer);
      if (actors.length === 0) {
        // 'Zakir Jalali, who advises the Taliban's foreign minister, announced …': a speaker the gazetteer does not
        // know acts for the side the sentence names; a line or a deal with a date of its own, for the passage's parties.
        if (!told)
          for (const m of gazetteer.findActors(outsideQuotes(sentence)))
            if (!actors.includes(m.entry.id)) actors.push(m.entry.id);
        // 'The delegation …' refers back to the party of the passage, as a pronoun would.
        const refersBack = DEFINITE_PARTY.test(text);
        const past = !isFutureTense(text, []);
        // An attack or a closure with a place of its own is not the passage's party's doing.
        const ownPlace = PLACE_EVENTS.has(classified.rule.type) && places.length > 0;
        // A speaker the gazetteer does not know ('MP Maleki said on Tuesday') speaks for the passage's parties; an
        // organisation named by its kind ('The group announced'), with none named before it, does not.
        const groupSpeaks = SPEECH_TYPES.has(classified.rule.type) && GROUP_SUBJECT.test(text.trimStart());
        if (
          actors.length === 0 &&
          d.focus &&
          !ownPlace &&
          (refersBack ||
            (resolvable.length > 0 &&
              !groupSpeaks &&
              // 'The conference will be held in Tehran on December 23': the passage's party's meeting to come.
              (past || classified.rule.type === 'meeting')))
        ) {
          // Who travels to a place is the passage's party from elsewhere: the Iranian side, of a visit to Kabul.
          const host = classified.rule.type === 'visit' ? gazetteer.place(places[0] ?? '')?.country : undefined;
          const visitors = host
            ? d.focus.event.actors.filter((id) => gazetteer.actor(id)?.side && gazetteer.actor(id)?.side !== host)
            : [];
          actors.push(...(visitors.length > 0 ? visitors : d.focus.event.actors).slice(0, 2));
        } else if (
          // 'Iran and the Taliban have long argued over the Helmand. The talks ended in Kabul on Monday.': with no
          // happening before it, a dated one no party is named for is the last two sides'.
          actors.length === 0 &&
          !d.focus &&
          !ownPlace &&
          d.lastParties.length > 0 &&
          resolvable.length > 0 &&
          past &&
          !groupSpeaks
        )
          actors.push(...d.lastParties.slice(0, 2));
      }
      // 'Tasnim said on Saturday that “last night, the Taliban handed over …”': a speaker the gazetteer does not know,
      // quoting what happened in the third person, reports on whom the quotation names.
      if (actors.length === 0 && SPEECH_TYPES.has(classified.rule.type) && reportsInThirdPerson(sentence))
        for (const m of gazetteer.findActors(sentence.text)) if (!actors.includes(m.entry.id)) actors.push(m.entry.id);
      if (actors.length === 0 && !(PLACE_EVENTS.has(classified.rule.type) && places.length > 0)) continue;
      if (d.leadParagraph === null) d.leadParagraph = sentence.paragraph;
      const speech = SPEECH_TYPES.has(classified.rule.type);
      // Tense of what this view reports: a relative or coordinated clause may speak of a plan; of a statement,
      // the speaking ('Iran said on Sunday that it will …' was said on a past Sunday).
      // Of any other happening, its own clause: 'assured on Monday that … will be safe' was a Monday's assuring.
      // (a speech verb the word lists lack, 'घोषणा की कि …': the clause before 'that')
      const main = speech && !reported ? mainClause(text) : text;
      const future = isFutureTense(main !== text ? main : beforeReportedClause(text, classified.index), []);
      const c: Clause = {
        sentence,
        view,
        text,
        future,
        mentions,
        resolvable,
        classified,
        reportedOn,
        reportedDay,
        speech,
        reported: reported !== null,
        offset: after?.offset ?? view.offset ?? null,
      };
      const chain = { outlets: options.outlets ?? [], anchors: options.knowledge.anchors };
      let dating = dateOf(c, d, chain);
      // 'Iran is in talks to resume the railway and will invest, an official says': the plan has no day, but its
      // announcement is a happening, dated as a statement is.
      const speaking =
        'reason' in dating && c.future && statementRule && !speech
          ? (SPEECH_VERB.exec(text) ?? REPORTED_BY.exec(text))
          : null;
      if (
        speaking &&
        statementRule &&
        !isFutureTense(text.slice(Math.max(0, speaking.index - 15), speaking.index), [])
      ) {
        const announced = { rule: statementRule, index: speaking.index };
        const said = dateOf({ ...c, classified: announced, speech: true, future: false }, d, chain);
        if (!('reason' in said) && !('join' in said)) [dating, classified] = [said, announced];
      }
      const base = { article, type: classified.rule.type, actors, quote: sentence.text };
      if ('reason' in dating) {
        undated.push({ ...base, reason: dating.reason });
        continue;
      }
      if ('join' in dating) {
        // An elaboration says more about its focus: who took part, where.
        joinFocus(dating.join, actors, places);
        continue;
      }
      const { resolved, rule: datedBy, status } = dating;
      if (resolved.end < options.window.from || resolved.date > options.window.to) {
        outOfWindow.push({
          article,
          quote: sentence.text,
          date: resolved.date,
          end: resolved.end,
          date_text: resolved.date_text,
        });
        continue;
      }
      const { rule } = classified;
      const target = targetOf(text, rule.type, gazetteer);
      // 'He made these remarks on Wednesday …': the undated lead it refers to is this very happening.
      let type = rule.type;
      const remarksOf = REMARKS.test(sentence.text) ? previous : undefined;
      const leadIndex = remarksOf ? events.findIndex((e) => e.fromLead && e.sentence === remarksOf.index) : -1;
      if (leadIndex >= 0) {
        const [lead] = events.splice(leadIndex, 1);
        actors.splice(0, actors.length, ...lead!.actors, ...actors.filter((id) => !lead!.actors.includes(id)));
        // The remarks' own kind when it says more ('an interview'), else what the lead reported.
        if (!SPEECH_TYPES.has(rule.type) && rule.type !== 'interview') type = lead!.type;
        for (const id of lead!.places) if (!places.includes(id)) places.push(id);
      }
      // 'He made these remarks on Monday': the remarks are in the sentence before.
      const about = remarksOf?.text ?? sentence.text;
      const topic =
        SPEECH_TYPES.has(type) || type === 'interview'
          ? knowledge.topics.find((t) => t.pattern.test(about))?.label
          : undefined;
      const pubFactor = pub.basis === 'front-matter' ? 1 : pub.basis === 'dateline' || pub.basis === 'url' ? 0.95 : 0.8;
      const confidence = resolved.basis === 'explicit' ? resolved.confidence : resolved.confidence * pubFactor;
      const basis =
        datedBy === 'news-day'
          ? 'news-day'
          : datedBy === 'known-happening'
            ? 'inferred'
            : datedBy === 'from-focus' || datedBy === 'counted-from-happening'
              ? 'from-context'
              : resolved.basis;
      const notes = [
        resolved.note,
        pub.basis === 'inferred' && (basis === 'relative-to-publication' || basis === 'news-day')
          ? `publication date inferred from the text (${pub.evidence})`
          : undefined,
      ].filter(Boolean);
      const event: DraftEvent = {
        ...base,
        type,
        title: buildTitle(
          {
            type,
            actors,
            places,
            ...(topic ? { topic } : {}),
            ...(view.measure
              ? { headline: { verb: `imposes a ${view.measure}`, with: 'to' } }
              : rule.with !== undefined
                ? { headline: { verb: rule.headline, with: rule.with, ...(rule.by ? { by: rule.by } : {}) } }
                : type === 'border'
                  ? { headline: borderHeadline(rule.pattern.exec(text)?.[0] ?? '') }
                  : {}),
            ...(target ? { target } : {}),
            ...(subjectLabel ? { subjectLabel } : {}),
            ...(type === 'statement' && !reported ? { said: saidClause(text, sentence.text) } : {}),
            ...(type === 'migration' ? { migration: migrationKind(rule.pattern.exec(text)?.[0] ?? '') } : {}),
            warning: !reported && type === rule.type && /\bwarn/i.test(mainClause(text)),
            ...(rule === BETWEEN_SIDES ? { told: toldWithoutDays(sentence.text, allMentions, stamp) } : {}),
          },
          gazetteer,
        ),
        date: resolved.date,
        end: resolved.end,
        precision: resolved.precision,
        approximate: resolved.approximate,
        date_text: resolved.date_text,
        date_basis: basis,
        ...(notes.length ? { date_note: notes.join('; ') } : {}),
        status,
        ...(rule.cameo ? { cameo: rule.cameo } : {}),
        scope: scopeOf(actors, places, gazetteer),
        places,
        confidence: Math.round(Math.min(1, Math.max(0.05, confidence)) * 100) / 100,
        sentence: sentence.index,
        rule: datedBy,
        // The news of the day, or an act dated from it: folded into a dated report of the same happening, if any.
        ...(datedBy === 'news-day' || (datedBy === 'from-focus' && d.focus?.event.rule === 'news-day')
          ? { fromLead: true }
          : {}),
      };
      events.push(event);
      if (untriggered) noTrigger.add(event);
      // 'X has announced that a delegation will visit next week', leading the story: the announcement is the news.
      const nearLead = d.leadParagraph === null || sentence.paragraph <= d.leadParagraph + 1;
      if (reported && status === 'scheduled' && d.focus === null && nearLead && statementRule) {
        const news = newsDay(pub);
        const speakers = found.filter((m) => m.index < clause[0]).map((m) => m.entry.id);
        if (news) {
          const who = speakers.length > 0 ? speakers : actors;
          const announcement: DraftEvent = {
            ...event,
            type: 'statement',
            title: buildTitle({ type: 'statement', actors: who, places: [], ...(topic ? { topic } : {}) }, gazetteer),
            date: news.date,
            end: news.end,
            precision: news.precision,
            approximate: news.approximate,
            date_text: '',
            date_basis: 'news-day',
            ...(news.note ? { date_note: news.note } : {}),
            status: 'happened',
            actors: who,
            places: [],
            rule: 'news-day',
            fromLead: true,
            ...(statementRule.cameo ? { cameo: statementRule.cameo } : {}),
            confidence: Math.round(news.confidence * 100) / 100,
          };
          events.push(announcement);
          d.focus = { event: announcement, sentence: sentence.index, paragraph: sentence.paragraph };
        }
      }
      // A happening with a date of its own (or the news of the day) is what the following sentences are about; not
      // one told in a background clause ('Since the Taliban took over a year ago, the border has seen …').
      const toldAsBackground = backgroundSpans(text).some(([a, b]) => classified.index >= a && classified.index < b);
      if (status === 'happened' && datedBy !== 'from-focus' && !toldAsBackground) {
        d.focus = { event, sentence: sentence.index, paragraph: sentence.paragraph } satisfies Focus;
        const day = datedBy === 'news-day' ? null : anchorDay(resolved, sentence.index);
        if (day) {
          d.lastDay = day;
          dayInSentence = true;
        }
      }
    }
    // A day the sentence names without an event of ours ('On 19 May, Raisi died …') still anchors 'the next day'.
    if (pub.date && !dayInSentence) {
      const day = allMentions
        .filter((m) => !m.quoted && m.index >= stamp && resolvableAgainst(m, pub))
        .map((m) => resolveMention(m, { date: pub.date!, future: isFutureTense(sentence.text, sentence.quotes) }))
        .find((r) => r !== null && r.precision === 'day' && r.date === r.end);
      if (day) d.lastDay = { date: day.date, end: day.end, text: day.date_text, sentence: sentence.index };
    }
    previous = sentence;
  }
  // An event no trigger named stands only for a day no triggered event of the article covers.
  const triggered = events.filter((e) => !noTrigger.has(e));
  const kept = events.filter((e) => !noTrigger.has(e) || !triggered.some((t) => t.date <= e.end && t.end >= e.date));
  // Elaborations may have added the other side: the scope is decided on the whole happening.
  for (const e of kept) e.scope = scopeOf(e.actors, e.places, gazetteer);
  return { events: kept, undated, outOfWindow, unknownNames: [...unknown].sort() };
}

/** What a sentence in core scope with a day is, when no trigger word says more. */
const BETWEEN_SIDES: TypeRule = { type: 'other', headline: '', pattern: /(?!)/ };

/**
 * 'The Taliban entered Kabul on 15 August', in words no trigger list or known happening holds: a sentence that names
 * all but one part of a known happening, beside a day that is that happening's own, tells it (of its kind).
 */
function onKnownHappeningsDay(
  text: string,
  resolvable: readonly DateMention[],
  pub: Publication,
  knowledge: Knowledge,
): { rule: TypeRule; index: number } | null {
  for (const m of resolvable) {
    if (!namesADay(m)) continue;
    const resolved = resolveMention(m, { date: pub.date ?? `${m.year}-12-31` });
    if (!resolved || resolved.precision !== 'day') continue;
    const onDay = (a: Anchor) => a.date === resolved.date && !a.lasting;
    // (one named in full, 'Ghani left the country', before one named in part, 'the Taliban' of their takeover)
    const named = matchAnchors(text, knowledge.anchors).filter(onDay);
    const known = named.length ? named : matchAnchorsButOne(text, knowledge.anchors).filter(onDay);
    const kinds = new Set(known.map((a) => classify(a.name, knowledge.typeRules)?.rule.type ?? 'other'));
    if (kinds.size !== 1) continue;
    const [kind] = kinds;
    const rule = knowledge.typeRules.find((r) => r.type === kind && r.with === undefined) ?? BETWEEN_SIDES;
    return { rule, index: m.index };
  }
  return null;
}

/**
 * 'Taliban forces and Iranian border guards traded accusations on Saturday over the river, officials said.' →
 * 'Taliban forces and Iranian border guards traded accusations over the river': an English sentence as a headline.
 */
function toldWithoutDays(sentence: string, mentions: readonly DateMention[], from = 0): string | undefined {
  if (!writtenInEnglish(sentence)) return undefined;
  let text = sentence;
  for (const m of mentions.filter((m) => m.index >= from).sort((a, b) => b.index - a.index))
    text = `${text.slice(0, m.index)}\u0000${text.slice(m.index + m.text.length)}`;
  const told = text
    .slice(from)
    .replace(TRAILING_ATTRIBUTION, '')
    .replace(/(?:,?\s+(?:on|in|at|last|this|early|late|earlier|later|since|from|by|of|the))*,?\s*\u0000,?/gi, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s,.;:]+$/, '')
    .trim();
  // A headline: short, opening on its subject, with no one else's words and nothing in brackets.
  if (!/^\p{Lu}/u.test(told) || /["“”«»()[\]:\u0000]/.test(told) || told.split(' ').length < 4) return undefined;
  if (told.length > MAX_TITLE || SUBJECT_AFTER.test(told)) return undefined;
  return told;
}

/** 'According to the sources, …', 'In the first quarter, …': a sentence whose subject comes later. */
const SUBJECT_AFTER = /^(?:according|in|on|at|after|before|during|since|while|as|when|amid|following|despite|with)\b/i;

/** Date mentions that name a day: a calendar day, a weekday, 'yesterday', 'three days ago'. */
const DAY_KINDS: ReadonlySet<DateMention['kind']> = new Set(['weekday', 'today', 'yesterday', 'ago']);
const namesADay = (m: DateMention) => m.day !== undefined || DAY_KINDS.has(m.kind);

function joinFocus(focus: Focus, actors: string[], places: string[]): void {
  for (const id of actors) if (!focus.event.actors.includes(id)) focus.event.actors.push(id);
  for (const id of places) if (!focus.event.places.includes(id)) focus.event.places.push(id);
}
