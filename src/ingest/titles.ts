// Short plain titles and stable slugs for events.
import type { EventType } from '../lib/event-schema';
import type { Gazetteer } from './gazetteer';
import type { ActingSide } from './knowledge';
import { FLIGHT_WORDS, REOPENING_WORDS, alternation } from './words';

export interface TitleParts {
  type: EventType;
  /** Actor ids in the order the sentence names them, the subject first. */
  actors: string[];
  places: string[];
  /** A country or place named right after 'visit to', 'took over', 'into' … */
  target?: string;
  /** A rule's own headline ('presents credentials') and the word before the other party ('to'). */
  headline?: { verb: string; with: string; by?: ActingSide };
  /** What a statement or interview is about ('Helmand water rights'). */
  topic?: string;
  /** The statement is a warning. */
  warning?: boolean;
  /** 'Taliban spokesperson', 'Iranian delegation': who acted, when the text names a role, not a person. */
  subjectLabel?: { text: string; plural: boolean };
  /** What a statement says, when the sentence reports it as a clause ('said that the talks were useful'). */
  said?: string;
  /** Of migration: a country sending people back, or people coming back. */
  migration?: 'deports' | 'returns';
  /** What an English sentence says, its days left out, when no rule names the happening. */
  told?: string;
}

/** What a migration trigger says happened: deportation, or return. */
export function migrationKind(trigger: string): 'deports' | 'returns' {
  // Persian: 'اخراج' (expelled), 'دیپورت' (deported), 'رد مرز' (pushed back over the border).
  return /deport|expel|forc|pushed back|turned back|sent back|handed over|اخراج|دیپورت|رد مرز/i.test(trigger)
    ? 'deports'
    : 'returns';
}

/** Titles stay within a line of a card or a timeline label. */
export const MAX_TITLE = 80;

/** A reported clause fit for a headline: short, no quotation, not opening on a pronoun that needs the sentence. */
function sayable(clause: string | undefined): string | undefined {
  const c = clause
    ?.replace(/\s+/g, ' ')
    .replace(/[\s,.;:]+$/, '')
    .trim();
  if (!c || /["“”«»]/.test(c) || !/^\p{Ll}|^(?:Iran|Afghanistan|Tehran|Kabul|the Taliban)\b/u.test(c)) return undefined;
  if (/^(?:he|she|it|they|this|that|these|those|there|we|i|you)\b/i.test(c)) return undefined;
  if (c.split(' ').length < 4) return undefined;
  return c;
}

function nameOf(id: string, gazetteer: Gazetteer): string {
  return gazetteer.actor(id)?.name ?? gazetteer.place(id)?.name ?? id;
}

function isPlural(id: string, gazetteer: Gazetteer): boolean {
  return gazetteer.actor(id)?.plural === true;
}

/** Third-person verb agreeing with the subject: 'Iran strikes', 'Taliban take over'. */
function verb(subject: string, singular: string, gazetteer: Gazetteer): string {
  if (!isPlural(subject, gazetteer)) return singular;
  const [first, ...rest] = singular.split(' ');
  const plural = first!.endsWith('ies')
    ? first!.slice(0, -3) + 'y'
    : first!.endsWith('es') && /(sh|ch|ss|x)es$/.test(first!)
      ? first!.slice(0, -2)
      : first!.replace(/s$/, '');
  return [plural, ...rest].join(' ');
}

function list(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The people first, then organisations and countries, skipping a person's own affiliation. */
function participants(actors: string[], gazetteer: Gazetteer): string[] {
  const people = actors.filter((id) => gazetteer.actor(id)?.kind === 'person');
  const affiliations = new Set(people.map((id) => gazetteer.actor(id)?.affiliation));
  const others = actors.filter((id) => gazetteer.actor(id)?.kind !== 'person' && !affiliations.has(id));
  // The subject is the first name of the main clause; then people, then organisations and countries.
  const subject = actors[0];
  const rest = [...people, ...others].filter(
    (id) => id !== subject && id !== gazetteer.actor(subject ?? '')?.affiliation,
  );
  return subject ? [subject, ...rest] : rest;
}

/**
 * A rule's acting side first, whoever the sentence names first ('US vehicles … after the Taliban passed them on'),
 * then the other side: of each, a government or group before someone named for the background ('the army Ghani left').
 */
function actingSideFirst(actors: string[], by: ActingSide, gazetteer: Gazetteer): string[] | null {
  const of = (fits: (side: string | undefined) => boolean) => {
    const ids = actors.filter((id) => fits(gazetteer.actor(id)?.side));
    return ids.find((id) => gazetteer.actor(id)?.kind !== 'person') ?? ids[0];
  };
  const acting = of((side) => side === by);
  const other = of((side) => side !== by && side !== 'other');
  return acting ? [acting, ...(other ? [other] : [])] : null;
}

export function buildTitle(parts: TitleParts, gazetteer: Gazetteer): string {
  const title = draftTitle(parts, gazetteer);
  if (title.length <= MAX_TITLE) return title;
  // Too long for a line: without the place, then with fewer parties, then cut at a word.
  if (parts.places.length > 0) return buildTitle({ ...parts, places: [] }, gazetteer);
  if (parts.actors.length > 2) return buildTitle({ ...parts, actors: parts.actors.slice(0, 2) }, gazetteer);
  return `${title.slice(0, MAX_TITLE - 1).replace(/\s+\S*$/, '')}…`;
}

function draftTitle(parts: TitleParts, gazetteer: Gazetteer): string {
  if (parts.told) return parts.told;
  const acting = parts.headline?.by ? actingSideFirst(parts.actors, parts.headline.by, gazetteer) : null;
  const who = acting ?? participants(parts.actors, gazetteer);
  const subject = who[0];
  const place = parts.places[0] ? nameOf(parts.places[0], gazetteer) : undefined;
  const target = parts.target ? nameOf(parts.target, gazetteer) : undefined;
  const other = who[1] ? nameOf(who[1], gazetteer) : undefined;
  const inPlace = place ? ` in ${place}` : '';
  if (!subject) {
    // 'The Milak border was shut': with nobody named, what happened at the place.
    const passive = parts.headline && WITHOUT_SUBJECT[parts.headline.verb];
    if (passive) return `${passive}${place ? ` at ${place}` : ''}`;
    return `${capitalise(parts.type.replace('-', ' '))}${inPlace}`;
  }
  const label = acting ? undefined : parts.subjectLabel;
  const s = label?.text ?? nameOf(subject, gazetteer);
  const v = (singular: string) =>
    label ? (label.plural ? verb('taliban', singular, gazetteer) : singular) : verb(subject, singular, gazetteer);
  if (parts.type === 'migration') {
    // Who sends back is the side of the border they are sent from; who returns are the migrants.
    const senders = parts.actors
      .filter((id) => gazetteer.actor(id)?.side === 'iran')
      .sort((x, y) => Number(gazetteer.actor(x)?.kind === 'person') - Number(gazetteer.actor(y)?.kind === 'person'));
    const from = senders[0] ? nameOf(senders[0], gazetteer) : 'Iran';
    return parts.migration === 'deports'
      ? `${from} ${verb(senders[0] ?? 'iran', 'deports', gazetteer)} Afghan migrants${inPlace}`
      : `Afghan migrants return${senders[0] || parts.actors.includes('iran') ? ` from ${from}` : ''}${inPlace}`;
  }
  // In this timeline a takeover is the Taliban's, whoever else the sentence names.
  if (parts.type === 'takeover' && parts.actors.includes('taliban') && subject !== 'taliban') {
    return buildTitle(
      { ...parts, actors: ['taliban', ...parts.actors.filter((id) => id !== 'taliban')], subjectLabel: undefined },
      gazetteer,
    );
  }
  if (parts.headline) {
    const { verb: h, with: w } = parts.headline;
    return `${s} ${v(h)}${other && w ? ` ${w} ${other}` : ''}${inPlace}`;
  }
  switch (parts.type) {
    case 'visit':
      return `${s} ${v('visits')} ${target ?? place ?? other ?? 'abroad'}`;
    case 'meeting':
      if (!label && who.length >= 3 && gazetteer.actor(subject)?.kind !== 'person') {
        return `${list(who.map((id) => nameOf(id, gazetteer)))} meet${inPlace}`;
      }
      if (other && gazetteer.actor(who[1]!)?.kind !== 'person')
        return `${s} ${v('holds')} talks with ${other}${inPlace}`;
      if (other) return `${s} ${v('meets')} ${other}${inPlace}`;
      return `${s} ${v('holds')} talks${inPlace}`;
    case 'call':
      return other ? `${s} ${v('speaks')} by phone with ${other}` : `${s} ${v('holds')} a phone call`;
    case 'interview':
      return `${s} ${v('gives')} an interview${parts.topic ? ` on ${parts.topic}` : ''}${inPlace}`;
    case 'statement':
      if (parts.warning) return other ? `${s} ${v('warns')} ${other}` : `${s} ${v('issues')} a warning${inPlace}`;
      {
        // As a desk writes it: what was said, if it is short, else what it was about.
        // Only of a named speaker: a country 'says' what its officials said, which a title should not guess.
        const said = gazetteer.actor(subject)?.kind === 'person' || label ? sayable(parts.said) : undefined;
        const says = said ? `${s} ${v('says')} ${said}` : undefined;
        if (says && says.length <= MAX_TITLE) return says;
        if (parts.topic) return `${s} on ${parts.topic}`;
        return other ? `${s} on ${other}${inPlace}` : `${s} ${v('issues')} a statement${inPlace}`;
      }
    case 'accusation':
      return other ? `${s} ${v('accuses')} ${other}` : `${s} ${v('makes')} accusations`;
    case 'appeal':
      return other ? `${s} ${v('urges')} ${other}` : `${s} ${v('makes')} an appeal`;
    case 'threat':
      return other ? `${s} ${v('threatens')} ${other}` : `${s} ${v('issues')} a threat`;
    case 'agreement':
      return other ? `${s} and ${other} reach an agreement` : `${s} ${v('signs')} an agreement`;
    case 'cooperation':
      return other ? `${s} and ${other} cooperate${inPlace}` : `${s} ${v('launches')} a joint project${inPlace}`;
    case 'aid':
      return `${s} ${v('sends')} aid${other ? ` to ${other}` : place ? ` to ${place}` : ''}`;
    case 'appointment':
      if (gazetteer.actor(subject)?.kind === 'person' && !label) return `${s} appointed${inPlace}`;
      // A government appoints someone: the person it names, else a new official.
      return who[1] && gazetteer.actor(who[1])?.kind === 'person'
        ? `${s} ${v('appoints')} ${other}${inPlace}`
        : `${s} ${v('names')} a new official${inPlace}`;
    case 'downgrade':
      return other ? `${s} ${v('downgrades')} ties with ${other}` : `${s} ${v('downgrades')} diplomatic ties`;
    case 'attack':
      // Who the sentence names is as often the target as the attacker: where it happened says what it was.
      return place ? `Attack in ${place}` : `Attack involving ${s}`;
    case 'border-clash': {
      // Across the border: 'Taliban' and 'Afghanistan' are one side of it.
      const side = gazetteer.actor(subject)?.side;
      const across = who.slice(1).find((id) => side === undefined || gazetteer.actor(id)?.side !== side);
      return across ? `Border clash between ${list([s, nameOf(across, gazetteer)])}` : `Border clash involving ${s}`;
    }
    case 'trade':
      return other ? `Trade between ${list([s, other])}${inPlace}` : `Trade involving ${s}${inPlace}`;
    case 'strike':
      return `${s} ${v('strikes')} ${target ?? other ?? place ?? 'targets'}`;
    case 'takeover':
      return `${s} ${v('takes')} over ${target ?? place ?? 'power'}`;
    default:
      return other ? `${s} and ${other}${inPlace}` : `${s}${inPlace}`;
  }
}

/** A border headline told without whoever acted. */
const WITHOUT_SUBJECT: Record<string, string> = {
  'reopens the border': 'Border reopened',
  'closes the border': 'Border closed',
  'resumes visas': 'Visas resumed',
  'suspends visas': 'Visas suspended',
  'resumes flights': 'Flights resumed',
  'suspends flights': 'Flights suspended',
};

// 'боз' (Tajik, open) is a short word: whole words, in any script.
const REOPENING = new RegExp(`(?<![\\p{L}])(?:${alternation(REOPENING_WORDS)})`, 'iu');
const FLIGHT = new RegExp(alternation(FLIGHT_WORDS), 'iu');

/** A border rule's headline from what its trigger says: closing or reopening, a crossing or visas. */
export function borderHeadline(trigger: string): { verb: string; with: string } {
  const reopens = REOPENING.test(trigger);
  if (/visa/i.test(trigger)) return { verb: reopens ? 'resumes visas' : 'suspends visas', with: '' };
  if (FLIGHT.test(trigger))
    return { verb: reopens || /flew|flown/i.test(trigger) ? 'resumes flights' : 'suspends flights', with: '' };
  return { verb: reopens ? 'reopens the border' : 'closes the border', with: '' };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** 'Hassan Kazemi Qomi meets Jeenbek Kulubaev in Bishkek' → 'kazemi-qomi-meets-kulubaev-bishkek'-style slug. */
export function slugify(title: string, maxWords = 7): string {
  const stop = new Set(['a', 'an', 'the', 'in', 'on', 'of', 'and', 'to', 'with', 'by', 'for']);
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !stop.has(w));
  return words.slice(0, maxWords).join('-') || 'event';
}
