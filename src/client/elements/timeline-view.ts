import type { ClientEvent } from '../../lib/timeline';
import {
  FILTER_EVENT,
  FOCUS_EVENT,
  RANGE_EVENT,
  filterState,
  type FilterChangeDetail,
  type RangeChangeDetail,
} from '../event-bus';
import { loadClassicScript, pageUrl, siteRoot } from '../site-paths';
import { readInlineEvents } from '../inline-data';
import { itemsForWindow, type TimelineItem } from '../../lib/vis-items';

// The standalone UMD bundle (window.vis): loaded as a classic script so it also works from file://.
interface VisDataSet {
  add(items: unknown[]): void;
  remove(ids: Array<string | number>): void;
}
interface VisTimeline {
  setWindow(start: Date, end: Date, options?: { animation: boolean }): void;
  moveTo(time: Date, options?: { animation: boolean }): void;
  getWindow(): { start: Date; end: Date };
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
    const initial = itemsForWindow(this.visibleEvents, '0000-01-01', '9999-12-31');
    this.items = new vis.DataSet(initial);
    this.drawn = new Map(initial.map((i) => [i.id, signature(i)]));
    this.shown = initial.map((i) => i.id).join(',');
    this.dataset.count = String(this.visibleEvents.length);
    const groups = new vis.DataSet([
      { id: 'core', content: 'Iran–Afghanistan' },
      { id: 'context', content: 'Context' },
    ]);
    this.timeline = new vis.Timeline(host, this.items, groups, {
      stack: true,
      zoomMin: 1000 * 60 * 60 * 24 * 7,
      tooltip: { followMouse: true },
      orientation: 'top',
      margin: { item: 6 },
      maxHeight: 420,
      xss: { disabled: false },
    });
    // Wheel zooming ends many small changes: redraw once they stop.
    let pending: ReturnType<typeof setTimeout> | undefined;
    this.timeline.on('rangechanged', () => {
      clearTimeout(pending);
      pending = setTimeout(() => this.refresh(), 120);
    });
    this.timeline.on('select', ({ items }) => {
      const id = items[0];
      if (typeof id !== 'string') return;
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
    const items = itemsForWindow(this.visibleEvents, day(start.getTime() - margin), day(end.getTime() + margin));
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
