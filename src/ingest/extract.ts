// Extract: sentences → dated events (type, actors, places, scope, quote) and undated mentions.
import type { EventType, Scope } from '../lib/event-schema';
import { addDays, monthEnd, monthOf, monthStart, yearOf } from '../lib/days';
import { findDateMentions, isFutureTense, resolveMention, type DateMention, type ResolvedDate } from './dates';
import type { Gazetteer, NameMatch } from './gazetteer';
import {
  SPEECH_TYPES,
  TRAILING_ATTRIBUTION,
  afterClauseStart,
  classify,
  mainClause,
  outsideQuotes,
  reportedHappening,
  splitCoordinated,
  subordinateSubject,
  viewsOf,
} from './clauses';
import { anchorFits, anniversaryOf, leadStampLength } from './publication';
import { matchAnchors, type Actor, type Knowledge } from './knowledge';
import { buildTitle } from './titles';
import type { DraftEvent, OutOfWindow, Publication, Sentence, UndatedMention } from './types';

export interface ExtractOptions {
  knowledge: Knowledge;
  gazetteer: Gazetteer;
  window: { from: string; to: string };
}

export interface Extraction {
  events: DraftEvent[];
  undated: UndatedMention[];
  outOfWindow: OutOfWindow[];
  unknownNames: string[];
}

const VAGUE_TIME = /\b(recently|earlier|previously|lately|in recent (days|weeks|months)|in the past|had previously|at the time)\b/i;
const PRONOUN_SUBJECT = /(^|,\s*|\band\s+)(he|she)\b/i;

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

/** 'in the western city of Herat', 'near the Islam Qala crossing': what may stand between a preposition and the place. */
const PLACE_LEAD =
  /\b(in|at|to|into|of|near)\s+(the\s+)?((?:\p{Lu}[\p{L}’'-]*|of|city|province|capital|town|district|region|port|crossing|border|(?:north|south|east|west|central)\p{L}*)\s+){0,4}$/u;
/** 'the Helmand water issue', 'Kabul talks': a name used as a modifier of a topic is not where anything happened. */
const TOPIC_AFTER = /^[\s-]+(water|waters|river|dispute|issue|issues|treaty|rights|basin|agreement|deal|file|question|case|talks|process|format|peace)\b/i;

/** Places where the happening was: those named after 'in', 'at', 'to', 'into', 'near'. */
function placesOf(text: string, gazetteer: Gazetteer): string[] {
  const ids: string[] = [];
  for (const m of gazetteer.findPlaces(text)) {
    const before = text.slice(Math.max(0, m.index - 50), m.index);
    if (TOPIC_AFTER.test(text.slice(m.index + m.text.length))) continue;
    if (PLACE_LEAD.test(before) && /\b(in|at|to|into|near)\b/i.test(before.slice(-40))) {
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

const ROLE = /^(?:['’]s)?\s+((?:deputy |acting |foreign |senior |chief |media )?(?:technical |trade |economic |high-ranking |high-level |political |military |security |official |parliamentary |border |diplomatic )?(?:spokes(?:person|man|woman)|officials?|diplomats?|delegation|team|experts|envoy|ambassador|minister|commander|leader|border guards|forces|negotiators))\b/i;

/** 'a Taliban spokesperson', 'an Iranian delegation': the role after a country or group that is the subject. */
export function roleLabel(text: string, subject: { index: number; text: string }): { text: string; plural: boolean } | undefined {
  const match = ROLE.exec(text.slice(subject.index + subject.text.length));
  if (!match) return undefined;
  const role = match[1]!;
  // As written ('Iranian border guards', "Iran's foreign minister"), with the group's name capitalised.
  const written = `${subject.text}${match[0].slice(0, match[0].length - role.length).trim()} ${role.toLowerCase()}`;
  return { text: written.replace(/\s+/g, ' '), plural: /(s|forces|guards)$/i.test(role) && !/spokes/i.test(role) };
}

/** The lead's date when the lead sentence gives none: the days up to publication. */
function leadInterval(pub: Publication): ResolvedDate | null {
  if (!pub.date || pub.precision === 'year') return null;
  const basisNote =
    pub.basis === 'front-matter' ? 'the publication date' : pub.basis === 'dateline' ? 'the dateline' : 'the inferred publication date';
  if (pub.precision === 'month') {
    const y = yearOf(pub.date);
    const m = monthOf(pub.date);
    return {
      date: monthStart(y, m), end: monthEnd(y, m), precision: 'month', approximate: true, date_text: '', basis: 'relative-to-publication',
      note: `the text gives no date; reported in the article's month (${basisNote})`, confidence: 0.4 * pub.confidence + 0.2,
    };
  }
  return {
    date: addDays(pub.date, -6), end: pub.date, precision: 'week', approximate: true, date_text: '', basis: 'relative-to-publication',
    note: `the text gives no date; reported as news in the week up to ${pub.date} (${basisNote})`, confidence: 0.5 * pub.confidence + 0.1,
  };
}

function withAnchorYear(m: DateMention, sentence: string, knowledge: Knowledge): DateMention {
  if (m.year !== undefined || m.month === undefined || anniversaryOf(sentence)) return m;
  const anchor = matchAnchors(sentence, knowledge.anchors).find((a) => anchorFits(a, m));
  return anchor ? { ...m, year: yearOf(anchor.date) } : m;
}

/** '… days later': a date counted from another happening. */
const RELATIVE_TO_EVENT =
  /\b((a|one|two|three|four|five|several|a few|some|few)\s+)?(days?|weeks?|months?|hours?)\s+(later|afterwards|earlier|before that|after that)\b|\bthe (next|following|previous) (day|week|month)\b|\bthe day (before|after)\b/gi;
const SENTENCE_OPENING = /^\s*(?:(?:On|In|Last|Earlier|Meanwhile|However|Also|Separately|Yesterday|Today)\b[^,]{0,40},\s*)?/;

/** 'Tehran hosted …', 'Kabul's envoy …': a capital opening the sentence stands for its government. */
function governmentOf(text: string, gazetteer: Gazetteer): Array<NameMatch<Actor>> {
  const start = SENTENCE_OPENING.exec(text)![0].length;
  // Followed by a verb or a possessive ('Tehran hosted', "Kabul's envoy"), not a dateline ('Kabul (Pajhwok):').
  const place = gazetteer.findPlaces(text).find((m) => m.index === start && /^(?:['’]s\b|\s+\p{Ll})/u.test(text.slice(m.index + m.text.length)));
  const actor = place?.entry.government ? gazetteer.actor(place.entry.government) : undefined;
  return place && actor ? [{ entry: actor, index: place.index, text: place.text }] : [];
}

const REMARKS = /\b(these|those|the|his|her|such) (remarks|statements|comments)\b/i;
// As the subject: at the start of the sentence, or after an opening phrase ('On Wednesday, the two sides …').
const TWO_SIDES = /^(?:[^,]{0,40},\s*)?(the two|both) (sides|countries|neighbou?rs|governments|delegations|parties)\b/i;
/** The last happening dated to a day (or a few days): what 'a day later' counts from. */
interface DayAnchor {
  date: string;
  end: string;
  text: string;
  sentence: number;
}

const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/** 'a day earlier', 'two days later', 'the next day', 'days later': a date counted from an anchor day. */
export function countFrom(anchor: Omit<DayAnchor, 'sentence'>, phrase: string): ResolvedDate | null {
  const p = phrase.toLowerCase();
  const note = `'${phrase}', counted from ${anchor.date} ('${anchor.text}') a sentence or two before`;
  const fuzzy = anchor.date !== anchor.end;
  const at = (days: number, approximate = false, span = 0): ResolvedDate => {
    const [from, to] = [addDays(anchor.date, days), addDays(anchor.end, days)];
    const [date, end] = span > 0 ? [from, addDays(to, span)] : span < 0 ? [addDays(from, span), to] : [from, to];
    return {
      date, end, precision: date === end ? 'day' : 'week', approximate: approximate || fuzzy, date_text: phrase, basis: 'relative-to-publication',
      note, confidence: approximate || fuzzy ? 0.45 : 0.6,
    };
  };
  if (/^the (next|following) day$|^the day after$/.test(p)) return at(1);
  if (/^the (previous) day$|^the day before$/.test(p)) return at(-1);
  const counted = /^(a|an|one|two|three|four|five|six|seven)\s+(day|days|week|weeks)\s+(earlier|later|before that|after that|afterwards)$/.exec(p);
  if (counted) {
    const n = COUNT_WORDS[counted[1]!]! * (counted[2]!.startsWith('week') ? 7 : 1);
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
    return (m.kind === 'date' && m.month !== undefined) || ((m.kind === 'part-of-month' || m.kind === 'week-of-month') && m.month !== undefined) || (['last', 'this', 'next', 'ago'].includes(m.kind) && coarseUnit);
  }
  return (m.kind === 'last' || m.kind === 'ago') && m.unit === 'year';
}

function pickMention(mentions: DateMention[], triggerIndex: number): DateMention | undefined {
  return [...mentions].sort((a, b) => Math.abs(a.index - triggerIndex) - Math.abs(b.index - triggerIndex))[0];
}

export function extractEvents(
  article: string,
  sentences: readonly Sentence[],
  pub: Publication,
  options: ExtractOptions,
): Extraction {
  const { gazetteer, knowledge } = options;
  const events: DraftEvent[] = [];
  const undated: UndatedMention[] = [];
  const outOfWindow: OutOfWindow[] = [];
  const unknown = new Set<string>();
  let lastPerson: string | null = null;

  let lastParties: string[] = [];

  let previous: Sentence | undefined;
  let lastDay: DayAnchor | null = null;
  for (const sentence of sentences) {
    const stamp = sentence.index === 0 ? leadStampLength(sentence.text) : 0;
    const allMentions = findDateMentions(sentence.text, sentence.quotes).map((m) => withAnchorYear(m, sentence.text, knowledge));
    let sentenceSubject: string | undefined;
    const views = viewsOf(outsideQuotes(sentence), gazetteer).flatMap((v) => (v.main ? splitCoordinated(v, allMentions, knowledge.typeRules) : [v]));
    for (const view of views) {
      // Tense of what this view reads: a relative or coordinated clause may speak of a plan.
      const future = isFutureTense(view.text, []);
      // 'The clash came days after X warned …': the sentence dates X, not the clash.
      const cut = view.main ? afterClauseStart(view.text) : 0;
      const text = ' '.repeat(cut) + view.text.slice(cut);
      const mentions = allMentions.filter((m) => !m.quoted && m.index >= cut && view.text[m.index] !== ' ');
      // 'since January', 'until March': the edge of a span, not when anything happened.
      const spanEdge = (m: DateMention) => /\b(since|until|till)\s+(the\s+)?$/i.test(sentence.text.slice(Math.max(0, m.index - 12), m.index));
      const resolvable = mentions.filter((m) => m.index >= stamp && !spanEdge(m) && resolvableAgainst(m, pub));

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
      const attribution = !reported && classified && !SPEECH_TYPES.has(classified.rule.type) ? TRAILING_ATTRIBUTION.exec(text) : null;
      const statementRule = knowledge.typeRules.find((r) => r.type === 'statement' && r.with === undefined);
      let reportedOn = false;
      if (attribution && statementRule && resolvable.length > 0 && resolvable.every((m) => m.index > attribution.index)) {
        const speakerNamed = gazetteer.findActors(text.slice(attribution.index)).length > 0;
        if (speakerNamed) {
          classified = { rule: statementRule, index: attribution.index };
          clause = [attribution.index, text.length];
        } else reportedOn = true;
      }
      const inFocus = (m: { index: number }) => m.index >= clause[0] && m.index < clause[1];
      const found = [...gazetteer.findActors(text), ...governmentOf(text, gazetteer)].sort((a, b) => Number(!inFocus(a)) - Number(!inFocus(b)) || a.index - b.index);
      const actors: string[] = [];
      const people = found.filter((m) => m.entry.kind === 'person');
      const pronoun = PRONOUN_SUBJECT.exec(text);
      // 'he' names the last person only as the one acting: before the trigger, or as the speaker of a statement.
      const pronounActs = pronoun !== null && classified !== null && (pronoun.index <= classified.index || SPEECH_TYPES.has(classified.rule.type));
      // 'He met X on Monday': a sentence-initial pronoun is the subject even when others are named after it.
      const pronounLeads = pronoun !== null && pronoun.index <= 1 && !people.some((p) => p.entry.id === lastPerson);
      if (lastPerson && pronounActs && (people.length === 0 || pronounLeads)) actors.push(lastPerson);
      // 'The two sides held talks': the parties of the last sentence that named two.
      if (TWO_SIDES.test(text) && found.filter((m) => m.entry.kind !== 'person').length < 2) {
        for (const id of lastParties) if (!actors.includes(id)) actors.push(id);
      }
      // The subject: a person of the main clause, else its first name, else the first person named.
      const inClause = found.filter(inFocus);
      const subordinate = classified && !reported ? subordinateSubject(text, classified.index, found) : undefined;
      const subject =
        subordinate ?? inClause.find((m) => m.entry.kind === 'person') ?? (actors.length ? undefined : inClause[0] ?? people[0]);
      if (view.elided && sentenceSubject && !actors.includes(sentenceSubject)) actors.unshift(sentenceSubject);
      if (subject && !actors.includes(subject.entry.id)) actors.push(subject.entry.id);
      if (view.main) sentenceSubject = actors[0];
      const subjectLabel = subject && subject.entry.kind !== 'person' ? roleLabel(text, subject) : undefined;
      for (const m of found) {
        // Who reported a happening is a source, not a participant: their side stands in for them.
        const id = reported && m.entry.kind === 'person' && !inFocus(m) ? gazetteer.actor(m.entry.id)?.affiliation : m.entry.id;
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
        if (lastNamed) lastPerson = lastNamed.entry.id;
        const parties = [...new Set(found.filter((m) => m.entry.kind !== 'person').map((m) => m.entry.id))];
        if (parties.length >= 2) lastParties = parties;
      }

      if (!classified || actors.length === 0) {
        continue;
      }
      const { rule } = classified;
      const places = placesOf(text, gazetteer);
      const mention = pickMention(resolvable, classified.index);
      const base = {
        article,
        type: rule.type,
        actors,
        quote: sentence.text,
      };
      // '… days later': dated from another happening, which the nearer date may not be.
      const relativeToEvent = [...text.matchAll(RELATIVE_TO_EVENT)].find(
        (r) => !mention || Math.abs(r.index - classified.index) < Math.abs(mention.index - classified.index),
      );
      if (relativeToEvent && mention) {
        undated.push({ ...base, reason: `dated from another happening ('${relativeToEvent[0]}')` });
        continue;
      }
      let resolved = mention ? resolveMention(mention, { date: pub.date ?? `${mention.year}-12-31`, future }) : null;
      // 'Kazemi Qomi had met Muttaqi a day earlier': counted from the last happening dated to a day, a sentence or two before.
      if (!resolved && relativeToEvent && lastDay && sentence.index - lastDay.sentence <= 2) {
        resolved = countFrom(lastDay, relativeToEvent[0]);
        // Nothing reported as past happens after the story was published.
        if (resolved && pub.date && !future && resolved.end > pub.date) {
          resolved = resolved.date > pub.date ? null : { ...resolved, end: pub.date, precision: resolved.date === pub.date ? 'day' : 'week' };
        }
      }
      if (resolved && reportedOn && resolved.precision === 'day') {
        resolved = {
          ...resolved, date: addDays(resolved.date, -6), precision: 'week', approximate: true, confidence: resolved.confidence * 0.8,
          note: `reported on ${resolved.end} ('${resolved.date_text}'); the happening itself is not dated`,
        };
      }
      let fromLead = false;
      if (!resolved && view.main && sentence.index === 0 && !VAGUE_TIME.test(text) && !future && !mentions.some(spanEdge)) {
        resolved = leadInterval(pub);
        fromLead = resolved !== null;
      }
      if (!resolved) {
        const reason = resolvable.length > 0 || mentions.length > (stamp > 0 ? 1 : 0) ? 'its date could not be resolved' : VAGUE_TIME.test(text) ? 'vague time (recently, earlier)' : 'no date in the sentence';
        undated.push({ ...base, reason });
        continue;
      }
      // A plan is not a happening until a later article reports it.
      if (future && pub.date !== null && resolved.date > pub.date) {
        undated.push({ ...base, reason: `planned (future tense, ${resolved.date_text})` });
        continue;
      }
      if (resolved.end < options.window.from || resolved.date > options.window.to) {
        outOfWindow.push({ article, quote: sentence.text, date: resolved.date, end: resolved.end, date_text: resolved.date_text });
        continue;
      }
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
      const topic = SPEECH_TYPES.has(type) || type === 'interview' ? knowledge.topics.find((t) => t.pattern.test(about))?.label : undefined;
      const pubFactor = pub.basis === 'front-matter' ? 1 : pub.basis === 'dateline' ? 0.95 : 0.8;
      const confidence = resolved.basis === 'explicit' ? resolved.confidence : resolved.confidence * pubFactor;
      const notes = [resolved.note, pub.basis === 'inferred' && resolved.basis === 'relative-to-publication' ? `publication date inferred from the text (${pub.evidence})` : undefined].filter(Boolean);
      events.push({
        ...base,
        type,
        title: buildTitle(
          { type, actors, places, ...(topic ? { topic } : {}), ...(rule.with !== undefined ? { headline: { verb: rule.headline, with: rule.with } } : {}), ...(target ? { target } : {}), ...(subjectLabel ? { subjectLabel } : {}), warning: !reported && type === rule.type && /\bwarn/i.test(mainClause(text)) },
          gazetteer,
        ),
        date: resolved.date,
        end: resolved.end,
        precision: resolved.precision,
        approximate: resolved.approximate,
        date_text: resolved.date_text,
        date_basis: fromLead ? 'inferred' : resolved.basis,
        ...(notes.length ? { date_note: notes.join('; ') } : {}),
        ...(rule.cameo ? { cameo: rule.cameo } : {}),
        scope: scopeOf(actors, places, gazetteer),
        places,
        confidence: Math.round(Math.min(1, Math.max(0.05, confidence)) * 100) / 100,
        sentence: sentence.index,
        ...(fromLead ? { fromLead } : {}),
      });
      if ((resolved.precision === 'day' || resolved.precision === 'week') && !fromLead) {
        lastDay = { date: resolved.date, end: resolved.end, text: resolved.date_text, sentence: sentence.index };
      }
    }
    // A day the sentence names without an event of ours ('On 19 May, Raisi died …') still anchors 'the next day'.
    if (pub.date && lastDay?.sentence !== sentence.index) {
      const day = allMentions
        .filter((m) => !m.quoted && m.index >= stamp && resolvableAgainst(m, pub))
        .map((m) => resolveMention(m, { date: pub.date!, future: isFutureTense(sentence.text, sentence.quotes) }))
        .find((r) => r !== null && r.precision === 'day' && r.date === r.end);
      if (day) lastDay = { date: day.date, end: day.end, text: day.date_text, sentence: sentence.index };
    }
    previous = sentence;
  }
  return { events, undated, outOfWindow, unknownNames: [...unknown].sort() };
}
