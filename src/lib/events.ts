import type { TimelineEvent } from './event-schema';

/** Chronological order: start day, then end day, then id, so the list is stable. */
export function sortEvents<T extends Pick<TimelineEvent, 'date' | 'end' | 'id'>>(events: readonly T[]): T[] {
  return [...events].sort(
    (a, b) => a.date.localeCompare(b.date) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id),
  );
}
