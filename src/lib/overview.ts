// Month buckets for the activity overview.
import type { ClientEvent } from './timeline';

/** 'YYYY-MM' for every month from the month of `from` to the month of `to`. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endKey = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= endKey) break;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

export function countByMonth(events: readonly Pick<ClientEvent, 'date' | 'scope'>[]): Map<string, { core: number; context: number }> {
  const counts = new Map<string, { core: number; context: number }>();
  for (const e of events) {
    const key = e.date.slice(0, 7);
    const c = counts.get(key) ?? { core: 0, context: 0 };
    c[e.scope]++;
    counts.set(key, c);
  }
  return counts;
}
