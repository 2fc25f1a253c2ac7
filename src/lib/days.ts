// ISO calendar-day arithmetic in UTC: no time zones, no clocks, so results are deterministic.

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function fromIso(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function isoOf(year: number, month: number, day: number): string {
  return toIso(new Date(Date.UTC(year, month - 1, day)));
}

export function addDays(iso: string, days: number): string {
  const d = fromIso(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** The same day `months` months later (or earlier), the month's last day where it is shorter. */
export function addMonths(iso: string, months: number): string {
  const index = yearOf(iso) * 12 + monthOf(iso) - 1 + months;
  const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
  return isoOf(year, month, Math.min(dayOf(iso), lastDayOfMonth(year, month)));
}

/** Whole days from one day to another (negative when 'to' is earlier). */
export function daysFrom(from: string, to: string): number {
  return Math.round((fromIso(to).getTime() - fromIso(from).getTime()) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return fromIso(iso).getUTCDay();
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function monthStart(year: number, month: number): string {
  return isoOf(year, month, 1);
}

export function monthEnd(year: number, month: number): string {
  return isoOf(year, month, lastDayOfMonth(year, month));
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function monthOf(iso: string): number {
  return Number(iso.slice(5, 7));
}

export function dayOf(iso: string): number {
  return Number(iso.slice(8, 10));
}

/** Monday of the ISO week holding the day. */
export function weekStart(iso: string): string {
  const wd = weekdayOf(iso);
  return addDays(iso, wd === 0 ? -6 : 1 - wd);
}

/** Saturday of the Saturday-to-Friday week holding the day (the week of Iran and Afghanistan). */
export function saturdayWeekStart(iso: string): string {
  return addDays(iso, -((weekdayOf(iso) + 1) % 7));
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function maxIso(a: string, b: string): string {
  return a > b ? a : b;
}

export function minIso(a: string, b: string): string {
  return a < b ? a : b;
}

export function overlaps(a: { date: string; end: string }, b: { date: string; end: string }): boolean {
  return a.date <= b.end && b.date <= a.end;
}

/** Whether every day of `inner` lies in `outer`. */
export function contains(outer: { date: string; end: string }, inner: { date: string; end: string }): boolean {
  return outer.date <= inner.date && inner.end <= outer.end;
}

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
