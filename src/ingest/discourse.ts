// Discourse: news is written around a temporal focus. The lead dates a happening (or, undated, reports the news
// of the day); the sentences after it elaborate that happening ('During the meeting, …', 'Both sides also
// discussed …') without repeating its date, or add a separate act dated from it ('He also met …'). The state
// passed through an article, and the chain that dates a happening: its own date ?? its focus ?? the news day.
import type { Status } from '../lib/event-schema';
import { addDays, weekdayOf } from '../lib/days';
import { VERB_LAST_SCRIPT } from '../lib/scripts';
import { findDateMentions, futureIndex, isFutureTense, resolveMention, type ResolvedDate } from './dates';
import { REPORTED_OPENER, SPEECH_VERB, classify } from './clauses';
import type { TypeRule } from './knowledge';
import type { DraftEvent, Publication, Sentence } from './types';
import { HAPPENING_NOUNS, SPEECH_VERBS, alternation } from './words';

/** The happening a passage is about. */
export interface Focus {
  event: DraftEvent;
  sentence: number;
  paragraph: number;
}

/** A happening dated to a day (or a few days): what 'a day later' counts from. */
export interface DayAnchor {
  date: string;
  end: string;
  text: string;
  sentence: number;
}

/** What the extractor knows at a point of an article, carried from sentence to sentence. */
export interface Discourse {
  pub: Publication;
  focus: Focus | null;
  lastDay: DayAnchor | null;
  /** Who a later 'he' or 'she' is. */
  lastPerson: string | null;
  /** Who a later 'the group' or 'the movement' is: the last organisation named. */
  lastGroup: string | null;
  /** The parties of the last sentence that named two: who 'the two sides' are. */
  lastParties: string[];
  /** The paragraph of the first sentence that reports a happening: the lead. */
  leadParagraph: number | null;
  /** Weekdays the text tells as past days before publication ('early Thursday'): days of the week it was written. */
  pastWeekdays: () => ReadonlySet<number>;
}

export function startDiscourse(pub: Publication, sentences: readonly Sentence[] = []): Discourse {
  let told: ReadonlySet<number> | undefined;
  return {
    pub,
    focus: null,
    lastDay: null,
    lastPerson: null,
    lastGroup: null,
    lastParties: [],
    leadParagraph: null,
    // Found only when a plan asks: it reads every sentence's dates again.
    pastWeekdays: () => (told ??= weekdaysToldAsPast(sentences, pub)),
  };
}

/** 'In a tweet early Thursday …': the weekdays past sentences name, other than the publication's own. */
function weekdaysToldAsPast(sentences: readonly Sentence[], pub: Publication): Set<number> {
  const days = new Set<number>();
  if (!pub.date || pub.precision !== 'day') return days;
  for (const s of sentences) {
    // 'In a tweet early Thursday, he said Muttaqi is expected to …': told before the sentence's plan, it is past.
    // Persian, Pashto, Urdu, Hindi, Bengali, Japanese and Korean put the verb (and the plan with it) last: there, only
    // when a reported clause ('که …', that …) or a speech verb stands between ('دوشنبه … اطمینان داد که … خواهد بود').
    const plan = futureIndex(s.text, s.quotes);
    const before = (i: number) =>
      i < plan &&
      (!VERB_LAST_SCRIPT.test(s.text) ||
        REPORTED_OPENER.test(s.text.slice(i, plan)) ||
        SPEECH_VERB.test(s.text.slice(i, plan)));
    for (const m of findDateMentions(s.text, s.quotes))
      if (
        !m.quoted &&
        m.kind === 'weekday' &&
        !m.coming &&
        !m.nextWeek &&
        m.weekday !== weekdayOf(pub.date) &&
        (plan < 0 || before(m.index))
      )
        days.add(m.weekday!);
  }
  return days;
}

/** How a sentence with no date of its own relates to the focus. */
export type Link = 'elaborates' | 'adds' | 'none';

const HAPPENING = alternation(HAPPENING_NOUNS);
const SPEECH = alternation(SPEECH_VERBS);
/** 'During the meeting', 'In this meeting', 'At the beginning of the talks', 'Addressing the ceremony'. */
const ELABORATION_OPENER = new RegExp(
  String.raw`^\W*(?:During|In|At|Addressing|Throughout|Speaking (?:at|during|in|to)|On the sidelines of|At the (?:beginning|start|end|close|opening) of|In the course of|Following|After)\s+(?:the|this|that|these|those|his|her|their|today's|yesterday's|\p{Lu}\p{Ll}+day's)\s+(?:[\p{L}-]+\s+){0,2}(?:${HAPPENING})\b`,
  'u',
);
/** 'Both sides …', 'The two sides also discussed …', 'The two ministers …'. */
const BOTH_SIDES =
  /^(?:[^,]{0,40},\s*)?(?:both sides|the two sides|both countries|the two countries|the two (?:ministers|officials|delegations|leaders|men)|the sides|both parties|the parties|the two)\b/i;
/** 'He also said …', 'She added …', 'They stressed …': the speaker goes on. */
const PRONOUN_SPEECH = new RegExp(
  String.raw`^\W*(?:He|She|They)\s+(?:also\s+|further\s+|then\s+|later\s+|additionally\s+)?(?:${SPEECH})\b`,
  'u',
);
/** 'The meeting was …', 'The talks focused on …', 'The visit comes …'. */
const DEFINITE_REFERENCE = new RegExp(
  String.raw`^\W*(?:The|This|That|These)\s+(?:[\p{L}-]+\s+){0,2}(?:${HAPPENING})\s+(?:was|were|is|are|took place|came|comes|focused|focuses|centred|centered|covered|addressed|lasted|ended|began|has|had)\b`,
  'u',
);
/** 'He also met …', 'In another meeting …', 'Separately, …': a second act of the same occasion. */
const SEPARATE_ACT =
  /\balso\s+(?:met|held|visited|signed|received|travell?ed|hosted|inaugurated|opened|attended)\b|\b(?:in addition|additionally)\s+(?:met|held|visited|signed)\b|^\W*(?:In another meeting|Separately|Later|Earlier in the day|On the same day)\b/i;

/**
 * Elaborates: the sentence says more about the focus (its opener, 'the two sides', the speaker going on, 'the
 * meeting was …'). Adds: a separate act of the same occasion ('he also met …'), or another happening in the
 * focus's own paragraph.
 */
export function linkToFocus(sentence: Sentence, focus: Focus | null, speech: boolean): Link {
  if (!focus) return 'none';
  const text = sentence.text;
  if (SEPARATE_ACT.test(text)) return 'adds';
  if (ELABORATION_OPENER.test(text) || BOTH_SIDES.test(text) || DEFINITE_REFERENCE.test(text)) return 'elaborates';
  if (PRONOUN_SPEECH.test(text)) return 'elaborates';
  // Words said of a known happening of an earlier day are a reaction to it, a happening of their own.
  const reaction = speech && focus.event.rule === 'known-happening';
  if ((sentence.paragraph === focus.paragraph || sentence.index === focus.sentence + 1) && !reaction)
    return speech ? 'elaborates' : 'adds';
  return 'none';
}

/** The result of dating a happening: a date and the rule that gave it, or the reason there is none. */
export type Dating =
  | { resolved: ResolvedDate; rule: DatingRule; status: Status }
  | { join: Focus; rule: 'elaborates-focus' }
  | { reason: string };

/** The rules of the dating chain; every event names the one that dated it. */
export const DATING_RULES = [
  'explicit',
  'relative-to-publication',
  'counted-from-happening',
  'reported-on',
  'scheduled',
  'from-focus',
  'news-day',
  'known-happening',
  'remarks-of-lead',
  'named-later',
  'after-dated-happening',
] as const;

type DatingRule = (typeof DATING_RULES)[number];

/** The focus's own date, for a separate act of the same occasion. */
export function fromFocus(focus: Focus): ResolvedDate {
  const e = focus.event;
  return {
    date: e.date,
    end: e.end,
    precision: e.precision,
    approximate: e.approximate,
    date_text: e.date_text,
    basis: 'explicit',
    note: `the sentence gives no date; dated by the happening it follows ('${e.date_text || e.title}')`,
    confidence: Math.max(0.05, e.confidence - 0.15),
  };
}

/**
 * The news day: an undated lead ('X has held talks with Y') reports the news of the publication day. It is
 * dated to that day, which it may precede by a day or two; a month-precise publication gives the month.
 */
export function newsDay(pub: Publication): ResolvedDate | null {
  // Only a publication day dates the news of the day: a month would stretch it past the story itself.
  if (!pub.date || pub.precision !== 'day') return null;
  const source =
    pub.basis === 'front-matter'
      ? 'the publication date'
      : pub.basis === 'inferred'
        ? 'the inferred publication date'
        : `the publication date (${pub.rule})`;
  return {
    date: pub.dayAfterHappening ? addDays(pub.date, -1) : pub.date,
    end: pub.date,
    precision: 'day',
    approximate: true,
    date_text: '',
    basis: 'relative-to-publication',
    note: `the text gives no date; reported as the news of ${pub.date}, ${source}; it may have happened a day or two before`,
    confidence: 0.5 * pub.confidence + 0.1,
  };
}

/** 'has recently travelled', leading the story: the week up to publication. */
export function newsWeek(pub: Publication): ResolvedDate | null {
  const day = newsDay(pub);
  return (
    day && {
      ...day,
      date: addDays(day.date, -6),
      precision: 'week',
      note: `the lead says only 'recently': the week up to ${pub.date}`,
    }
  );
}

/** True when the sentence lies in the lead: the first paragraph that reports a happening. */
export function inLead(d: Discourse, sentence: Sentence): boolean {
  return d.leadParagraph === null || sentence.paragraph === d.leadParagraph;
}

/** A happening dated to a day or a week becomes what 'a day later' counts from. */
export function anchorDay(resolved: ResolvedDate, sentence: number): DayAnchor | null {
  return resolved.precision === 'day' || resolved.precision === 'week'
    ? { date: resolved.date, end: resolved.end, text: resolved.date_text, sentence }
    : null;
}

/** 'Officials confirmed the clash, which took place on Monday evening': a later sentence names the happening's day. */
const DATED_REFERENCE = new RegExp(
  String.raw`\bthe\s+(?:[\p{L}-]+\s+){0,2}?(${HAPPENING}),?\s+(?:which|that)\s+(?:took place|occurred|happened|was held|erupted|broke out)\s+`,
  'iu',
);

/**
 * The lead's undated happening, dated as the news of the day, takes the day a later sentence gives it by name
 * ('the clash, which took place on Monday evening'), when that day lies in the fortnight before publication.
 */
export function dateFocusByReference(d: Discourse, sentence: Sentence, rules: readonly TypeRule[]): boolean {
  const event = d.focus?.event;
  if (!event || event.rule !== 'news-day' || !d.pub.date) return false;
  const m = DATED_REFERENCE.exec(sentence.text);
  // 'The 10-ton load … was delivered on Friday, October 15.': the next sentence, about the lead's own thing and
  // reporting no happening of its own, gives its day.
  // … or the next sentence, a report of it ('IRNA reported on Saturday that border guards had answered an attack'):
  // its one day is the lead's.
  const kind = classify(sentence.text, rules)?.rule.type;
  const next =
    !m &&
    sentence.index === d.focus!.sentence + 1 &&
    // 'The conference will run from September 28': a plan's days are not the lead's.
    !isFutureTense(sentence.text, sentence.quotes) &&
    ((/^\W*The\s/.test(sentence.text) && kind === undefined) ||
      (kind === 'statement' && findDateMentions(sentence.text, sentence.quotes).filter((x) => !x.quoted).length === 1));
  if (!next && (!m || classify(`the ${m[1]}`, rules)?.rule.type !== event.type)) return false;
  const end = m ? m.index + m[0].length : 0;
  const mention = findDateMentions(sentence.text, sentence.quotes).find((x) =>
    m ? !x.quoted && x.index >= end && x.index <= end + 3 : !x.quoted && (x.day !== undefined || x.kind === 'weekday'),
  );
  const resolved = mention ? resolveMention(mention, { date: d.pub.date }) : null;
  // (a report's day, which may lie after the happening's, only when near the story's)
  const reach = next && kind === 'statement' ? -3 : -14;
  if (!resolved || resolved.end > d.pub.date || resolved.date < addDays(d.pub.date, reach)) return false;
  Object.assign(event, {
    date: resolved.date,
    end: resolved.end,
    precision: resolved.precision,
    approximate: resolved.approximate,
    date_text: resolved.date_text,
    date_basis: resolved.basis,
    date_note: `the lead gives no date; '${m ? `${m[0].trim()} ` : ''}${resolved.date_text}' in a later sentence dates it`,
    rule: 'named-later',
  });
  delete event.fromLead;
  return true;
}
