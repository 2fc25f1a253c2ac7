import { FILTER_EVENT, FOCUS_EVENT, RANGE_EVENT, filterState, loadClassicScript, pageUrl, readInlineEvents, siteRoot, type FilterChangeDetail, type RangeChangeDetail } from '../events-data';
import { toTimelineItems } from '../../lib/vis-items';

// The standalone UMD bundle (window.vis): loaded as a classic script so it also works from file://.
interface VisDataSet { clear(): void; add(items: unknown[]): void }
interface VisTimeline {
  setWindow(start: Date, end: Date, options?: { animation: boolean }): void;
  moveTo(time: Date, options?: { animation: boolean }): void;
  on(event: 'select', handler: (props: { items: Array<string | number> }) => void): void;
}
interface VisModule {
  Timeline: new (host: HTMLElement, items: VisDataSet, groups: VisDataSet, options: object) => VisTimeline;
  DataSet: new (items: unknown[]) => VisDataSet;
}

/** vis-timeline, loaded lazily (it is large) and kept in step with the filters, the brush and the list. */
class TimelineView extends HTMLElement {
  private events = readInlineEvents();
  private timeline: VisTimeline | null = null;
  private items: VisDataSet | null = null;
  private loading: Promise<void> | null = null;

  connectedCallback(): void {
    this.querySelector('.load')?.addEventListener('click', () => void this.load());
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        void this.load();
      }
    }, { rootMargin: '200px' });
    observer.observe(this);
    document.addEventListener(FILTER_EVENT, (e) => this.show((e as CustomEvent<FilterChangeDetail>).detail.visible));
    document.addEventListener(RANGE_EVENT, async (e) => {
      await this.load();
      const { start, end } = (e as CustomEvent<RangeChangeDetail>).detail;
      this.timeline?.setWindow(new Date(`${start}T00:00:00Z`), new Date(`${end}T23:59:59Z`), { animation: false });
      this.dataset.window = `${start}..${end}`;
    });
    document.addEventListener(FOCUS_EVENT, (e) => {
      const id = (e as CustomEvent<string>).detail;
      const event = this.events.find((x) => x.id === id);
      if (this.timeline && event) this.timeline.moveTo(new Date(`${event.date}T12:00:00Z`), { animation: false });
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
    // Start with what the filters already show: adding the items once is much cheaper than twice.
    const visible = filterState.visible ? new Set(filterState.visible) : null;
    const initial = visible ? this.events.filter((e) => visible.has(e.id)) : this.events;
    this.items = new vis.DataSet(toTimelineItems(initial));
    this.shown = initial.map((e) => e.id).join(',');
    this.dataset.count = String(initial.length);
    const groups = new vis.DataSet([
      { id: 'core', content: 'Iran–Afghanistan' },
      { id: 'context', content: 'Context' },
    ]);
    this.timeline = new vis.Timeline(host, this.items, groups, {
      stack: true,
      zoomMin: 1000 * 60 * 60 * 24 * 7,
      cluster: { maxItems: 4, titleTemplate: '{count} events — zoom in to see them' },
      tooltip: { followMouse: true },
      orientation: 'top',
      margin: { item: 6 },
      maxHeight: 420,
      xss: { disabled: false },
    });
    this.timeline.on('select', ({ items }) => {
      const id = items[0];
      if (typeof id !== 'string') return;
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

  private show(visible: string[]): void {
    if (!this.items) return;
    const key = visible.join(',');
    if (key === this.shown) return;
    this.shown = key;
    const keep = new Set(visible);
    this.items.clear();
    this.items.add(toTimelineItems(this.events.filter((e) => keep.has(e.id))));
    this.dataset.count = String(keep.size);
  }
}

customElements.define('timeline-view', TimelineView);
