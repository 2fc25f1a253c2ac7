// Pure helpers for the timeline views: grouping, related events, search documents, filters.
import type { TimelineEvent } from './event-schema';
import { monthName } from './format';

interface MonthGroup {
  key: string;
  label: string;
  events: TimelineEvent[];
}

export interface YearGroup {
  year: number;
  months: MonthGroup[];
}

/** Events grouped by the year and month they start in, in chronological order; an event known only to the year
 * is listed under its year, not under January. */
export function groupByYearMonth(events: readonly TimelineEvent[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const event of events) {
    const year = Number(event.date.slice(0, 4));
    const month = Number(event.date.slice(5, 7));
    let y = years.find((g) => g.year === year);
    if (!y) years.push((y = { year, months: [] }));
    const yearOnly = event.precision === 'year';
    const key = yearOnly ? String(year) : event.date.slice(0, 7);
    const label = yearOnly ? `${year}, month not reported` : `${monthName(month)} ${year}`;
    let m = y.months.find((g) => g.key === key);
    if (!m) y.months.push((m = { key, label, events: [] }));
    m.events.push(event);
  }
  return years;
}

/**
 * Events that share the most actors, nearest in time first. `all` is in chronological order; only a window
 * of neighbours is scanned, so building thousands of event pages stays linear.
 */
export function relatedEvents(
  event: TimelineEvent,
  all: readonly TimelineEvent[],
  limit = 5,
  window = 400,
): TimelineEvent[] {
  const at = all.indexOf(event);
  const from = at < 0 ? 0 : Math.max(0, at - window);
  const to = at < 0 ? all.length : Math.min(all.length, at + window + 1);
  const distance = (e: TimelineEvent) => Math.abs(Date.parse(e.date) - Date.parse(event.date));
  const shared = (e: TimelineEvent) => e.actors.filter((a) => event.actors.includes(a)).length;
  return all
    .slice(from, to)
    .filter((e) => e.id !== event.id && shared(e) > 0)
    .sort((a, b) => shared(b) - shared(a) || distance(a) - distance(b) || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** What the browser needs for filters, search and the timeline: small, no article text beyond quotes. */
export interface ClientEvent {
  id: string;
  title: string;
  date: string;
  end: string;
  precision: TimelineEvent['precision'];
  status: TimelineEvent['status'];
  type: TimelineEvent['type'];
  scope: TimelineEvent['scope'];
  actors: string[];
  actorNames: string[];
  places: string[];
  quotes: string;
  /** The articles it was taken from: search also reads their headlines and text (search-text.js). */
  articles: string[];
  year: number;
}

export function toClientEvents(
  events: readonly TimelineEvent[],
  actorName: (id: string) => string,
  placeName: (id: string) => string,
): ClientEvent[] {
  return events.map((e) => ({
    id: e.id,
    title: e.title,
    date: e.date,
    end: e.end,
    precision: e.precision,
    status: e.status,
    type: e.type,
    scope: e.scope,
    actors: e.actors,
    actorNames: e.actors.map(actorName),
    places: e.places.map(placeName),
    quotes: e.sources.map((s) => s.quote).join(' '),
    articles: [...new Set(e.sources.map((s) => s.article))],
    year: Number(e.date.slice(0, 4)),
  }));
}

export interface Filters {
  type: string[];
  actor: string[];
  scope: string[];
  year: string[];
  q: string;
}

export function parseFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  const list = (k: string) =>
    params
      .getAll(k)
      .flatMap((v) => v.split(','))
      .filter(Boolean);
  return {
    type: list('type'),
    actor: list('actor'),
    scope: list('scope'),
    year: list('year'),
    q: params.get('q')?.trim() ?? '',
  };
}

export function filtersToSearch(f: Filters): string {
  const params = new URLSearchParams();
  for (const key of ['type', 'actor', 'scope', 'year'] as const) if (f[key].length) params.set(key, f[key].join(','));
  if (f.q) params.set('q', f.q);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Filters other than free text: each chosen facet must match. */
export function matchesFacets(e: ClientEvent, f: Filters): boolean {
  return (
    (!f.type.length || f.type.includes(e.type)) &&
    (!f.scope.length || f.scope.includes(e.scope)) &&
    (!f.year.length || f.year.includes(String(e.year))) &&
    (!f.actor.length || f.actor.some((a) => e.actors.includes(a)))
  );
}
