import type { ClientEvent } from '../../lib/timeline';
import {
  FILTER_EVENT,
  FOCUS_EVENT,
  RANGE_EVENT,
  SHOW_ALL_EVENT,
  filterState,
  type FilterChangeDetail,
  type RangeChangeDetail,
} from '../event-bus';
import { loadClassicScript, pageUrl, siteRoot } from '../site-paths';
import { readInlineEvents } from '../inline-data';
import { eventsExtent, itemsForWindow, SPAN_PREFIX, type TimelineItem } from '../../lib/vis-items';
import { SITE_WINDOW } from '../../lib/site';

const DAY = 86_400_000;
const NARROW = '(max-width: 600px)';
/** A label's widest, in pixels (15em of 0.8rem, 11em on a phone, as the component's styles say) and the dot. */
const LABEL_PX = { wide: 15 * 12.8 + 16, narrow: 11 * 12.8 + 16 };
/** The lane names' column, roughly. */
const LANES_PX = { wide: 140, narrow: 70 };

// The standalone UMD bundle (window.vis): loaded as a classic script so it also works from file://.
interface VisDataSet {
  add(items: unknown[]): void;
  remove(ids: Array<string | number>): void;
}
interface VisTimeline {
  setWindow(start: Date, end: Date, options?: { animation: boolean }): void;
  moveTo(time: Date, options?: { animation: boolean }): void;
  getWindow(): { start: Date; end: Date };
  setSelection(ids: string[], options?: { focus: boolean; animation: boolean }): void;
  getSelection(): Array<string | number>;
  setGroups(groups: VisDataSet): void;
  setOptions(options: object): void;
  on(event: 'select', handler: (props: { items: Array<string | number> }) => void): void;
  on(event: 'rangechanged', handler: () => void): void;
}
interface VisModule {
  Timeline: new (host: HTMLElement, items: VisDataSet, groups: VisDataSet, options: object) => VisTimeline;
  DataSet: new (items: unknown[]) => VisDataSet;
}

/** What an item looks like: a bucket keeps its id while its count changes. */
function signature(item: TimelineItem): string {
  return `${item.content}|${item.start}|${item.end ?? ''}`;
}

/** vis-timeline, loaded lazily (it is large) and kept in step with the filters, the brush and the list. */
class TimelineView extends HTMLElement {
  private events = readInlineEvents();
  private timeline: VisTimeline | null = null;
  private items: VisDataSet | null = null;
  private loading: Promise<void> | null = null;

  connectedCallback(): void {
    this.querySelector('.load')?.addEventListener('click', () => void this.load());
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          void this.load();
        }
      },
      { rootMargin: '200px' },
    );
    observer.observe(this);
    document.addEventListener(FILTER_EVENT, (e) => this.show((e as CustomEvent<FilterChangeDetail>).detail.visible));
    document.addEventListener(RANGE_EVENT, async (e) => {
      await this.load();
      const { start, end } = (e as CustomEvent<RangeChangeDetail>).detail;
      if (!this.timeline) return;
      if (!start || !end) {
        this.showAll(false);
        this.dataset.window = 'all';
        return;
      }
      this.timeline.setWindow(new Date(`${start}T00:00:00Z`), new Date(`${end}T23:59:59Z`), { animation: false });
      this.dataset.window = `${start}..${end}`;
      // What the timeline now really shows, for tests and curious readers of the DOM.
      const shown = this.timeline.getWindow();
      this.dataset.shown = `${shown.start.toISOString().slice(0, 10)}..${shown.end.toISOString().slice(0, 10)}`;
    });
    document.addEventListener(FOCUS_EVENT, (e) => {
      const id = (e as CustomEvent<string>).detail;
      const event = this.events.find((x) => x.id === id);
      if (this.timeline && event) {
        this.timeline.moveTo(new Date(`${event.date}T12:00:00Z`), { animation: false });
        this.dataset.focus = id;
      }
    });
  }

  load(): Promise<void> {
    this.loading ??= loadClassicScript(`${siteRoot()}_client/vis-timeline.js`).then(() =>
      this.create((window as unknown as { vis: VisModule }).vis),
    );
    return this.loading;
  }

  private create(vis: VisModule): void {
    const host = this.querySelector<HTMLElement>('.vis-host')!;
    // Start with what the filters already show; large sets are drawn as counts until the reader zooms in.
    const visible = filterState.visible ? new Set(filterState.visible) : null;
    this.visibleEvents = visible ? this.events.filter((e) => visible.has(e.id)) : this.events;
    const initial = itemsForWindow(this.visibleEvents, '0000-01-01', '9999-12-31', this.maxLabels());
    this.items = new vis.DataSet(initial);
    this.drawn = new Map(initial.map((i) => [i.id, signature(i)]));
    this.shown = initial.map((i) => i.id).join(',');
    this.dataset.count = String(this.visibleEvents.length);
    // Lane names that fit a phone's width.
    const narrow = window.matchMedia(NARROW).matches;
    const groups = new vis.DataSet([
      { id: 'core', content: narrow ? 'Core' : 'Iran–Afghanistan', title: 'Iran–Afghanistan relations' },
      { id: 'context', content: 'Context', title: 'Context: the wider region' },
    ]);
    const all = this.fullWindow();
    this.timeline = new vis.Timeline(host, this.items, groups, {
      stack: true,
      // The first window fits every event, with room for the last label: never the current week first.
      start: all.start,
      end: all.end,
      // Panning stops at the data; zooming out no further than all of it.
      min: all.min,
      max: all.max,
      zoomMin: 7 * DAY,
      zoomMax: all.max.getTime() - all.min.getTime(),
      // The wheel scrolls the page; zoom with Ctrl + wheel, a pinch, the buttons or the keyboard.
      zoomKey: 'ctrlKey',
      horizontalScroll: false,
      verticalScroll: false,
      tooltip: { followMouse: true },
      orientation: 'top',
      // Today's line would stand far right of a past corpus, with nothing beside it.
      showCurrentTime: false,
      margin: { item: { horizontal: 8, vertical: 6 } },
      format: {
        minorLabels: { month: 'MMM', year: 'YYYY' },
        majorLabels: { month: 'YYYY', day: 'MMMM YYYY', weekday: 'MMMM YYYY' },
      },
      xss: { disabled: false },
    });
    this.querySelector('.show-all')?.addEventListener('click', () => this.showAll());
    this.querySelector('.zoom-in')?.addEventListener('click', () => this.zoom(0.5));
    this.querySelector('.zoom-out')?.addEventListener('click', () => this.zoom(2));
    host.addEventListener('keydown', (e) => this.onKey(e));
    // Wheel zooming ends many small changes: redraw once they stop.
    let pending: ReturnType<typeof setTimeout> | undefined;
    this.timeline.on('rangechanged', () => {
      this.yearAxis();
      const byStep = this.movedByStep;
      this.movedByStep = false;
      clearTimeout(pending);
      pending = setTimeout(() => {
        this.refresh();
        if (!byStep) this.announce();
      }, 120);
    });
    this.yearAxis();
    this.timeline.on('select', ({ items }) => {
      const first = items[0];
      if (typeof first !== 'string') return;
      const id = first.startsWith(SPAN_PREFIX) ? first.slice(SPAN_PREFIX.length) : first;
      if (id.startsWith('bucket:')) {
        this.zoomInto(id);
        return;
      }
      const card = document.getElementById(`event-${id}`);
      if (card && !card.hidden) {
        document.querySelectorAll('.event-card.is-current').forEach((c) => c.classList.remove('is-current'));
        card.classList.add('is-current');
        card.scrollIntoView({ block: 'center' });
        card.querySelector<HTMLAnchorElement>('.event-title a')?.focus({ preventScroll: true });
      } else {
        location.href = pageUrl(`events/${id}`);
      }
    });
    this.querySelector('.placeholder')?.remove();
    this.dataset.ready = 'true';
    // When the timeline became interactive, for the benchmark.
    this.dataset.readyAt = String(Math.round(performance.now()));
  }

  /** All the events, with room for the last label; the limits of panning a little wider. */
  private fullWindow(): { start: Date; end: Date; min: Date; max: Date } {
    const extent = eventsExtent(this.events) ?? { start: SITE_WINDOW.from, end: SITE_WINDOW.to };
    const from = Date.parse(`${extent.start}T00:00:00Z`);
    const to = Date.parse(`${extent.end}T23:59:59Z`);
    const span = Math.max(to - from, 30 * DAY);
    // Room on the right for the last label: its width in pixels, as time at this window's scale.
    const size = window.matchMedia(NARROW).matches ? 'narrow' : 'wide';
    const panel = Math.max(200, (this.querySelector<HTMLElement>('.vis-host')?.clientWidth ?? 800) - LANES_PX[size]);
    const label = LABEL_PX[size];
    const room = (span * label) / Math.max(panel - label, 60);
    const start = new Date(from - span * 0.02);
    const end = new Date(to + room);
    return { start, end, min: new Date(start.getTime() - span * 0.1), max: new Date(end.getTime() + span * 0.1) };
  }

  /** How many titles a window may show before counts stand in for them: fewer on a phone. */
  private maxLabels(): number {
    return window.matchMedia(NARROW).matches ? 40 : 120;
  }

  private yearly = false;

  /** Over years, every year is labelled (vis would step by five on a phone); closer in, vis chooses. */
  private yearAxis(): void {
    if (!this.timeline) return;
    const { start, end } = this.timeline.getWindow();
    const yearly = end.getTime() - start.getTime() > 1.5 * 365 * DAY;
    if (yearly === this.yearly) return;
    this.yearly = yearly;
    this.timeline.setOptions({ timeAxis: yearly ? { scale: 'year', step: 1 } : {} });
  }

  /** Everything again: the window of all events, and (unless the overview asked) its brush cleared. */
  showAll(tellOverview = true): void {
    if (!this.timeline) return;
    const all = this.fullWindow();
    this.timeline.setWindow(all.start, all.end, { animation: false });
    const shown = this.timeline.getWindow();
    this.dataset.shown = `${shown.start.toISOString().slice(0, 10)}..${shown.end.toISOString().slice(0, 10)}`;
    this.refresh();
    this.announce();
    if (tellOverview) document.dispatchEvent(new Event(SHOW_ALL_EVENT));
  }

  private zoom(factor: number): void {
    if (!this.timeline) return;
    const { start, end } = this.timeline.getWindow();
    const middle = (start.getTime() + end.getTime()) / 2;
    const half = ((end.getTime() - start.getTime()) * factor) / 2;
    this.timeline.setWindow(new Date(middle - half), new Date(middle + half), { animation: false });
  }

  private pan(share: number): void {
    if (!this.timeline) return;
    const { start, end } = this.timeline.getWindow();
    const by = (end.getTime() - start.getTime()) * share;
    this.timeline.setWindow(new Date(start.getTime() + by), new Date(end.getTime() + by), { animation: false });
  }

  /** Arrow keys pan, + and − zoom, Home shows all, Page Up/Down and [ ] step through events, Enter opens one. */
  private onKey(e: KeyboardEvent): void {
    if (!this.timeline) return;
    const keys: Record<string, () => void> = {
      ArrowLeft: () => this.pan(-0.2),
      ArrowRight: () => this.pan(0.2),
      '+': () => this.zoom(0.5),
      '=': () => this.zoom(0.5),
      '-': () => this.zoom(2),
      Home: () => this.showAll(),
      ArrowDown: () => this.step(1),
      ArrowUp: () => this.step(-1),
      Enter: () => this.openSelected(),
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  }

  /** The next (or previous) event in time becomes the selected one, brought into view and announced. */
  private step(direction: 1 | -1): void {
    if (!this.timeline) return;
    const ordered = [...this.visibleEvents].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    if (ordered.length === 0) return;
    const current = String(this.timeline.getSelection()[0] ?? '').replace(SPAN_PREFIX, '');
    const at = ordered.findIndex((e) => e.id === current);
    const next =
      ordered[
        at < 0 ? (direction > 0 ? 0 : ordered.length - 1) : Math.min(ordered.length - 1, Math.max(0, at + direction))
      ]!;
    this.movedByStep = true;
    // Already in the middle, the window does not move: the next move is the reader's again.
    setTimeout(() => (this.movedByStep = false), 1000);
    this.timeline.moveTo(new Date(`${next.date}T12:00:00Z`), { animation: false });
    this.refresh();
    this.timeline.setSelection([next.id], { focus: false, animation: false });
    this.status(
      `${next.title}, ${next.date === next.end ? next.date : `${next.date} to ${next.end}`}. Enter opens it.`,
    );
  }

  private openSelected(): void {
    const id = String(this.timeline?.getSelection()[0] ?? '').replace(SPAN_PREFIX, '');
    if (!id) return;
    const card = document.getElementById(`event-${id}`);
    if (card && !card.hidden) {
      card.scrollIntoView({ block: 'center' });
      card.querySelector<HTMLAnchorElement>('.event-title a')?.focus({ preventScroll: true });
    } else location.href = pageUrl(`events/${id}`);
  }

  private status(text: string): void {
    const live = this.querySelector('.timeline-status');
    if (live) live.textContent = text;
  }

  /** The window moved to bring a stepped-to event into view: what stepping said stays. */
  private movedByStep = false;

  /** Says what the timeline shows, for screen readers and for anyone who lost their place. */
  private announce(): void {
    if (!this.timeline) return;
    const { start, end } = this.timeline.getWindow();
    const from = start.toISOString().slice(0, 10);
    const to = end.toISOString().slice(0, 10);
    const count = this.visibleEvents.filter((e) => e.end >= from && e.date <= to).length;
    this.status(`Showing ${from} to ${to}: ${count} event${count === 1 ? '' : 's'}.`);
  }

  private shown = '';
  private drawn = new Map<string, string>();
  private visibleEvents: ClientEvent[] = [];

  private show(visible: string[]): void {
    const keep = new Set(visible);
    this.visibleEvents = this.events.filter((e) => keep.has(e.id));
    this.dataset.count = String(keep.size);
    this.refresh();
  }

  /** Redraws the items for the current window (plus half a window each side, so panning finds them drawn). */
  private refresh(): void {
    if (!this.timeline || !this.items) return;
    const { start, end } = this.timeline.getWindow();
    const margin = (end.getTime() - start.getTime()) / 2;
    const day = (t: number) => new Date(t).toISOString().slice(0, 10);
    const items = itemsForWindow(
      this.visibleEvents,
      day(start.getTime() - margin),
      day(end.getTime() + margin),
      this.maxLabels(),
    );
    const key = items.map((i) => i.id).join(',');
    if (key === this.shown) return;
    this.shown = key;
    // Only what changed: items already drawn stay, so vis-timeline creates few new elements per pan or zoom.
    const next = new Map(items.map((i) => [i.id, signature(i)]));
    this.items.remove([...this.drawn].filter(([id, sig]) => next.get(id) !== sig).map(([id]) => id));
    this.items.add(items.filter((i) => this.drawn.get(i.id) !== next.get(i.id)));
    this.drawn = next;
  }

  private zoomInto(bucketId: string): void {
    const key = bucketId.split(':')[2]!;
    const start = key.startsWith('w') ? key.slice(1) : key.length === 7 ? `${key}-01` : key;
    const days = key.startsWith('w') ? 7 : key.length === 7 ? 31 : 1;
    const from = new Date(`${start}T00:00:00Z`);
    this.timeline?.setWindow(from, new Date(from.getTime() + days * 86_400_000), { animation: false });
    this.refresh();
  }
}

customElements.define('timeline-view', TimelineView);
