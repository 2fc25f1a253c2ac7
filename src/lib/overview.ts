// Month buckets for the activity overview.
import type { ClientEvent } from './timeline';

export function countByMonth(
  events: readonly Pick<ClientEvent, 'date' | 'scope'>[],
): Map<string, { core: number; context: number }> {
  const counts = new Map<string, { core: number; context: number }>();
  for (const e of events) {
    const key = e.date.slice(0, 7);
    const c = counts.get(key) ?? { core: 0, context: 0 };
    c[e.scope]++;
    counts.set(key, c);
  }
  return counts;
}
