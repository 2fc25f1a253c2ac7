// Events as vis-timeline items: exact days are points, coarse dates are ranges.
import type { ClientEvent } from './timeline';

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

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function toTimelineItems(events: readonly ClientEvent[]): TimelineItem[] {
  return events.map((e) => {
    const exact = e.precision === 'day' && e.date === e.end;
    return {
      id: e.id,
      // vis-timeline renders content as HTML: article text is escaped here, always.
      content: escapeHtml(e.title),
      title: escapeHtml(`${e.title} (${e.date === e.end ? e.date : `${e.date} – ${e.end}`})`),
      start: exact ? `${e.date}T12:00:00Z` : `${e.date}T00:00:00Z`,
      ...(exact ? {} : { end: `${nextDay(e.end)}T00:00:00Z` }),
      type: exact ? 'point' : 'range',
      group: e.scope,
      className: `scope-${e.scope} type-${e.type}`,
    };
  });
}
