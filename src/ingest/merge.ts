// Merge: one event per happening, within an article (lead + dated sentence) and across articles.
import type { EventType, Precision } from '../lib/event-schema';
import { addDays, contains, monthsBetween, overlaps } from '../lib/days';
import type { Gazetteer } from './gazetteer';
import type { DraftEvent } from './types';

interface SourceRef {
  article: string;
  quote: string;
  date_text: string;
  /** The rule of the dating chain that dated this source's report. */
  rule: string;
}

export interface MergedEvent extends Omit<DraftEvent, 'article' | 'quote' | 'sentence' | 'fromLead' | 'rule'> {
  sources: SourceRef[];
}

/**
 * How many days before publication an undated lead's happening may lie, for folding it into a dated report: a day or
 * two, as news goes (a week folded 'a second consignment' into the first, sent five days before).
 */
const NEWS_DAY_REACH = 3;

const PRECISION_RANK: Record<Precision, number> = { day: 0, week: 1, 'part-of-month': 2, month: 3, year: 4 };
const SPEECH: ReadonlySet<EventType> = new Set(['statement', 'interview', 'accusation', 'appeal', 'threat']);
const CONTACT: ReadonlySet<EventType> = new Set(['meeting', 'visit', 'call']);

/** Types that may name the same happening: identical, or in the same family (speech acts, contacts). */
export function compatibleTypes(a: EventType, b: EventType): boolean {
  return a === b || (SPEECH.has(a) && SPEECH.has(b)) || (CONTACT.has(a) && CONTACT.has(b));
}

/** The more telling of two compatible types: a visit over a meeting, an interview over a statement. */
function specificType(a: EventType, b: EventType): EventType {
  const order: EventType[] = ['visit', 'call', 'meeting', 'interview', 'accusation', 'threat', 'appeal', 'statement'];
  const ia = order.indexOf(a);
  const ib = order.indexOf(b);
  if (ia < 0 || ib < 0) return a;
  return ia <= ib ? a : b;
}

function finer(
  a: { precision: Precision; date: string; end: string },
  b: { precision: Precision; date: string; end: string },
): boolean {
  const ra = PRECISION_RANK[a.precision];
  const rb = PRECISION_RANK[b.precision];
  if (ra !== rb) return ra < rb;
  return a.end.localeCompare(a.date) < b.end.localeCompare(b.date);
}

function people(actors: string[], gazetteer: Gazetteer): string[] {
  return actors.filter((id) => gazetteer.actor(id)?.kind === 'person');
}

/**
 * The same participants. Within one article ('bySide'), parties are compared by side: the story's 'Iran and the
 * Taliban' and its 'Afghan and Iranian officials' are the same two sides.
 */
function shareActors(a: string[], b: string[], gazetteer: Gazetteer, bySide = false): boolean {
  const pa = people(a, gazetteer);
  const pb = people(b, gazetteer);
  // 'Muttaqi met Amir-Abdollahian' and 'He also met Massoud': one person in common is not one meeting.
  if (pa.length > 1 && pb.length > 1) return pa.filter((id) => pb.includes(id)).length >= 2;
  if (pa.length > 0 && pb.length > 0) return pa.some((id) => pb.includes(id));
  const key = (id: string) => {
    const side = gazetteer.actor(id)?.side;
    return bySide && side && side !== 'other' ? side : id;
  };
  const [ka, kb] = [new Set(a.map(key)), new Set(b.map(key))];
  const shared = [...ka].filter((k) => kb.has(k));
  return shared.length >= Math.min(2, ka.size, kb.size);
}

/** No place, or a shared one: 'met in Kabul on Monday' and 'during Monday's meeting' can be one happening. */
function placesAgree(a: string[], b: string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((p) => b.includes(p));
}

function union(a: string[], b: string[]): string[] {
  return [...a, ...b.filter((x) => !a.includes(x))];
}

/** Two speech acts in one article are one only when the same speaker is dated to the same interval. */
function sameSpeech(a: DraftEvent, b: DraftEvent): boolean {
  return a.date === b.date && a.end === b.end && a.actors[0] === b.actors[0];
}

/**
 * One sentence's plan told twice, 'next week, … on October 27': the day inside the week is the plan's day. The
 * clause that carries the day may read as a speech act ('a report said'), so the plan keeps the other's kind.
 */
function sameSchedule(a: DraftEvent, b: DraftEvent): boolean {
  return (
    a.sentence === b.sentence &&
    a.status === 'scheduled' &&
    b.status === 'scheduled' &&
    (contains(a, b) || contains(b, a))
  );
}

/** An undated lead ('X says …') folds into the sentence that dates the same statement. */
export function mergeWithinArticle(events: DraftEvent[], gazetteer: Gazetteer): DraftEvent[] {
  const out: DraftEvent[] = [];
  const leads = events.filter((e) => e.fromLead);
  const dated = events.filter((e) => !e.fromLead);
  for (const lead of leads) {
    // The news of the day may have happened a day or two before it was published.
    const days = { date: addDays(lead.date, -NEWS_DAY_REACH), end: lead.end };
    // The dated report of the same happening: the same kind, the same people, or the same place when it names nobody.
    const samePeople = (e: DraftEvent) =>
      shareActors(e.actors, lead.actors, gazetteer) ||
      (e.actors.length === 0 && e.places.some((p) => lead.places.includes(p)));
    // Not a span that only contains it ('the 11th shipment in the past two months').
    const host = dated.find(
      (e) =>
        e.status === 'happened' &&
        PRECISION_RANK[e.precision] <= PRECISION_RANK.week &&
        compatibleTypes(e.type, lead.type) &&
        overlaps(e, days) &&
        samePeople(e),
    );
    if (host) {
      host.actors = union(host.actors, lead.actors);
      host.places = union(host.places, lead.places);
      host.type = specificType(host.type, lead.type);
    } else {
      out.push(lead);
    }
  }
  // Two sentences of one article about the same happening: keep the finer date.
  for (const event of dated) {
    const twin = out.find(
      (e) =>
        !e.fromLead &&
        (e.type === event.type || sameSchedule(e, event)) &&
        overlaps(e, event) &&
        shareActors(e.actors, event.actors, gazetteer, true) &&
        placesAgree(e.places, event.places) &&
        (!SPEECH.has(e.type) || sameSpeech(e, event)),
    );
    if (!twin) out.push(event);
    else if (finer(event, twin))
      out.splice(out.indexOf(twin), 1, {
        ...event,
        type: SPEECH.has(event.type) ? twin.type : event.type,
        actors: union(event.actors, twin.actors),
        places: union(event.places, twin.places),
      });
    else {
      twin.actors = union(twin.actors, event.actors);
      twin.places = union(twin.places, event.places);
    }
  }
  return out.sort((a, b) => a.sentence - b.sentence);
}

function canMergeAcross(m: MergedEvent, e: DraftEvent, gazetteer: Gazetteer): boolean {
  if (m.sources.some((s) => s.article === e.article)) return false;
  // One report's days must fit inside the other's: 'this year' up to a report in August and 'the first eight
  // months of the Iranian year' overlap, but merged, the event would move past the day the first was written.
  if (!compatibleTypes(m.type, e.type) || !(contains(m, e) || contains(e, m))) return false;
  // Officials speak often: statements merge only when both sources give the same day.
  if (SPEECH.has(e.type) && !(m.precision === 'day' && e.precision === 'day' && m.date === e.date)) return false;
  // Returns are counted per period: 'in the past seven days' is not part of 'from July 23 to November 19'.
  if (e.type === 'migration' && !(m.date === e.date && m.end === e.end)) return false;
  if (!placesAgree(m.places, e.places)) return false;
  return shareActors(m.actors, e.actors, gazetteer);
}

function toMerged(e: DraftEvent): MergedEvent {
  const { article, quote, sentence: _sentence, fromLead: _lead, rule, ...rest } = e;
  return { ...rest, sources: [{ article, quote, date_text: e.date_text, rule }] };
}

/** The same happening reported by several articles becomes one event with several sources. */
export function mergeAcrossArticles(events: readonly DraftEvent[], gazetteer: Gazetteer): MergedEvent[] {
  const ordered = [...events].sort(
    (a, b) => a.date.localeCompare(b.date) || a.article.localeCompare(b.article) || a.sentence - b.sentence,
  );
  const merged: MergedEvent[] = [];
  // Candidates are found through the months an event covers, so large corpora do not compare every pair.
  const byMonth = new Map<string, number[]>();
  const register = (index: number, from: string, to: string) => {
    for (const key of monthsBetween(from, to)) {
      const list = byMonth.get(key);
      if (list) {
        if (list[list.length - 1] !== index) list.push(index);
      } else byMonth.set(key, [index]);
    }
  };
  for (const e of ordered) {
    const candidates = new Set<number>();
    for (const key of monthsBetween(e.date, e.end)) for (const i of byMonth.get(key) ?? []) candidates.add(i);
    const first = [...candidates].sort((a, b) => a - b).find((i) => canMergeAcross(merged[i]!, e, gazetteer));
    const target = first === undefined ? undefined : merged[first];
    if (!target) {
      merged.push(toMerged(e));
      register(merged.length - 1, e.date, e.end);
      continue;
    }
    register(first!, e.date, e.end);
    const notes = new Set((target.date_note ?? '').split('; ').filter(Boolean));
    if (finer(e, target)) {
      notes.add(
        `also reported as '${target.date_text || target.precision}' (${target.sources.map((s) => s.article).join(', ')})`,
      );
      Object.assign(target, {
        title: e.title,
        date: e.date,
        end: e.end,
        precision: e.precision,
        approximate: e.approximate,
        date_text: e.date_text,
        date_basis: e.date_basis,
      });
    } else {
      notes.add(`also reported as '${e.date_text || e.precision}' (${e.article})`);
    }
    if (e.date_note) notes.add(e.date_note);
    target.date_note = [...notes].join('; ');
    target.type = specificType(target.type, e.type);
    target.actors = union(target.actors, e.actors);
    target.places = union(target.places, e.places);
    target.confidence = Math.min(1, Math.round((Math.max(target.confidence, e.confidence) + 0.05) * 100) / 100);
    if (target.scope !== e.scope) target.scope = 'core';
    // A report that it took place outranks the plan.
    if (e.status === 'happened' && target.status === 'scheduled') {
      target.status = 'happened';
      notes.add(
        `scheduled in ${target.sources.map((s) => s.article).join(', ')}; reported as taken place in ${e.article}`,
      );
      target.date_note = [...notes].join('; ');
    }
    target.sources.push({ article: e.article, quote: e.quote, date_text: e.date_text, rule: e.rule });
    target.sources.sort((a, b) => a.article.localeCompare(b.article));
  }
  return merged;
}
