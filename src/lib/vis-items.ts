// Events as vis-timeline items: exact days are points, coarse dates are ranges.
import type { ClientEvent } from './timeline';
import { escapeHtml } from './markup';

export interface TimelineItem {
  id: string;
  content: string;
  title: string;
  start: string;
  end?: string;
  type: 'point' | 'range';
  group: string;
  className: string;
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The id of the band that shows a coarse event's span, drawn under its labelled point. */
export const SPAN_PREFIX = 'span:';

/**
 * Every event is a labelled point at its first day, so its full title is always legible (a month drawn as a
 * range is a few pixels wide); a coarse date adds a thin unlabelled band for the span it may fall in.
 */
function toTimelineItems(events: readonly ClientEvent[]): TimelineItem[] {
  return events.flatMap((e) => {
    const exact = e.precision === 'day' && e.date === e.end;
    const when = e.date === e.end ? e.date : `${e.date} – ${e.end}`;
    const classes = `scope-${e.scope} type-${e.type}${e.status === 'scheduled' ? ' scheduled' : ''}`;
    const point: TimelineItem = {
      id: e.id,
      // vis-timeline renders content as HTML: article text is escaped here, always.
      content: escapeHtml(e.title),
      title: escapeHtml(`${e.title} (${when})`),
      start: `${e.date}T12:00:00Z`,
      type: 'point',
      group: e.scope,
      className: `${classes}${exact ? '' : ' coarse'}`,
    };
    if (exact) return [point];
    const span: TimelineItem = {
      id: `${SPAN_PREFIX}${e.id}`,
      content: '',
      title: escapeHtml(`${e.title} (${when})`),
      start: `${e.date}T00:00:00Z`,
      end: `${nextDay(e.end)}T00:00:00Z`,
      type: 'range',
      group: e.scope,
      className: `span ${classes}`,
    };
    return [point, span];
  });
}

/** The days the events cover, for the timeline's first window and the limits of panning. */
export function eventsExtent(events: readonly ClientEvent[]): { start: string; end: string } | null {
  if (events.length === 0) return null;
  return {
    start: events.reduce((m, e) => (e.date < m ? e.date : m), events[0]!.date),
    end: events.reduce((m, e) => (e.end > m ? e.end : m), events[0]!.end),
  };
}

/** More events than this in view are drawn as counts per month, week or day instead. */
const MAX_TIMELINE_ITEMS = 120;

function bucketKey(iso: string, unit: 'month' | 'week' | 'day'): { key: string; start: string; end: string } {
  if (unit === 'day') return { key: iso, start: iso, end: iso };
  if (unit === 'month') {
    const start = `${iso.slice(0, 7)}-01`;
    const d = new Date(`${start}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + 1, 0);
    return { key: iso.slice(0, 7), start, end: d.toISOString().slice(0, 10) };
  }
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  const start = d.toISOString().slice(0, 10);
  d.setUTCDate(d.getUTCDate() + 6);
  return { key: `w${start}`, start, end: d.toISOString().slice(0, 10) };
}

/**
 * The items to draw for a window: every event when few are in view, otherwise one count per lane and
 * month (or week, or day, as the window narrows). Keeps the DOM small so panning stays smooth at any size.
 */
export function itemsForWindow(
  events: readonly ClientEvent[],
  from: string,
  to: string,
  max = MAX_TIMELINE_ITEMS,
): TimelineItem[] {
  const inView = events.filter((e) => e.end >= from && e.date <= to);
  if (inView.length <= max) return toTimelineItems(inView);
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  const unit = days > 180 ? 'month' : days > 21 ? 'week' : 'day';
  const buckets = new Map<string, { scope: string; start: string; end: string; count: number }>();
  for (const e of inView) {
    const b = bucketKey(e.date, unit);
    const id = `bucket:${e.scope}:${b.key}`;
    const bucket = buckets.get(id) ?? { scope: e.scope, start: b.start, end: b.end, count: 0 };
    bucket.count++;
    buckets.set(id, bucket);
  }
  // A count is a labelled point too, so '12 events' stays legible however narrow its month is drawn.
  return [...buckets].map(([id, b]) => ({
    id,
    content: `${b.count} event${b.count === 1 ? '' : 's'}`,
    title: `${b.count} events from ${b.start} to ${b.end}: select to zoom in`,
    start: `${b.start}T00:00:00Z`,
    type: 'point' as const,
    group: b.scope,
    className: `bucket scope-${b.scope}`,
  }));
}
