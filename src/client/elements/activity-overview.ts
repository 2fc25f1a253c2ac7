import { axisBottom, brushX, max, scaleBand, scaleLinear, select, type BrushBehavior } from 'd3';
import {
  FILTER_EVENT,
  RANGE_EVENT,
  SHOW_ALL_EVENT,
  filterState,
  type FilterChangeDetail,
  type RangeChangeDetail,
} from '../event-bus';
import { readInlineEvents } from '../inline-data';
import { countByMonth } from '../../lib/overview';
import { monthsBetween } from '../../lib/days';

/** D3 bar chart of events per month, split by scope, with a brush that sets the timeline window. */
class ActivityOverview extends HTMLElement {
  private events = readInlineEvents();
  private visible: Set<string> | null = null;
  /** The months the brush covers, as indices into the chart's months; null: none chosen. */
  private range: [number, number] | null = null;
  private months: string[] = [];
  private moveBrush: ((range: [number, number] | null) => void) | null = null;

  connectedCallback(): void {
    const chart = this.querySelector<HTMLElement>('.chart')!;
    chart.addEventListener('keydown', (e) => this.onKey(e));
    // 'Show all' on the timeline clears the brush here too.
    document.addEventListener(SHOW_ALL_EVENT, () => {
      this.range = null;
      this.moveBrush?.(null);
      this.querySelector('.brush-status')!.textContent = '';
    });
    if (filterState.visible) this.visible = new Set(filterState.visible);
    document.addEventListener(FILTER_EVENT, (e) => {
      this.visible = new Set((e as CustomEvent<FilterChangeDetail>).detail.visible);
      this.draw();
    });
    new ResizeObserver(() => this.draw()).observe(this);
    this.draw();
  }

  /** The timeline's window as months of the chart; null is everything. */
  private setRange(range: [number, number] | null, moveBrush = true): void {
    this.range = range;
    if (moveBrush) this.moveBrush?.(range);
    const status = this.querySelector('.brush-status')!;
    if (!range) {
      status.textContent = 'Timeline window: all events';
      document.dispatchEvent(new CustomEvent<RangeChangeDetail>(RANGE_EVENT, { detail: { start: '', end: '' } }));
      return;
    }
    const start = `${this.months[range[0]]}-01`;
    const last = this.months[range[1]]!;
    const end = new Date(Date.UTC(Number(last.slice(0, 4)), Number(last.slice(5, 7)), 0)).toISOString().slice(0, 10);
    status.textContent = `Timeline window: ${start} to ${end}`;
    document.dispatchEvent(new CustomEvent<RangeChangeDetail>(RANGE_EVENT, { detail: { start, end } }));
  }

  /** Arrow keys move the window by a month, + and − change its length, Home shows everything. */
  private onKey(e: KeyboardEvent): void {
    const last = this.months.length - 1;
    if (last < 0) return;
    const [a, b] = this.range ?? [Math.max(0, last - 11), last];
    const clamp = (n: number) => Math.min(last, Math.max(0, n));
    const next: Record<string, () => [number, number] | null> = {
      ArrowLeft: () => (a > 0 ? [a - 1, b - 1] : [a, b]),
      ArrowRight: () => (b < last ? [a + 1, b + 1] : [a, b]),
      '+': () => (b > a ? [a + 1, b] : [a, b]),
      '=': () => (b > a ? [a + 1, b] : [a, b]),
      '-': () => [clamp(a - 1), clamp(b + 1)],
      Home: () => null,
    };
    const step = next[e.key];
    if (!step) return;
    e.preventDefault();
    this.setRange(step());
  }

  private draw(): void {
    const chart = this.querySelector<HTMLElement>('.chart')!;
    const width = Math.max(280, chart.clientWidth || 600);
    const height = 150;
    const margin = { top: 8, right: 8, bottom: 24, left: 28 };
    const months = monthsBetween(this.dataset.from!, this.dataset.to!);
    this.months = months;
    const shown = this.events.filter((e) => !this.visible || this.visible.has(e.id));
    const counts = countByMonth(shown);
    const x = scaleBand<string>()
      .domain(months)
      .range([margin.left, width - margin.right])
      .padding(0.15);
    const y = scaleLinear()
      .domain([0, Math.max(1, max(months, (m) => (counts.get(m)?.core ?? 0) + (counts.get(m)?.context ?? 0)) ?? 1)])
      .nice()
      .range([height - margin.bottom, margin.top]);
    chart.replaceChildren();
    const svg = select(chart)
      .append('svg')
      .attr('viewBox', `0 0 ${width} ${height}`)
      .attr('width', '100%')
      .attr('height', height)
      .attr('aria-hidden', 'true');
    // Stacked bars: context at the bottom, core events on top.
    const context = (m: string) => counts.get(m)?.context ?? 0;
    const core = (m: string) => counts.get(m)?.core ?? 0;
    for (const scope of ['context', 'core'] as const) {
      const top = scope === 'core' ? (m: string) => context(m) + core(m) : context;
      const size = scope === 'core' ? core : context;
      svg
        .append('g')
        .attr('class', `bars ${scope}`)
        .selectAll('rect')
        .data(months)
        .join('rect')
        .attr('x', (m) => x(m)!)
        .attr('width', x.bandwidth())
        .attr('y', (m) => y(top(m)))
        .attr('height', (m) => y(0) - y(size(m)))
        .attr('fill', scope === 'core' ? 'var(--core)' : 'var(--context)');
    }
    const years = months.filter((m) => m.endsWith('-01'));
    svg
      .append('g')
      .attr('transform', `translate(0,${height - margin.bottom})`)
      .call(
        axisBottom(x)
          .tickValues(years)
          .tickFormat((m) => m.slice(0, 4))
          .tickSizeOuter(0),
      )
      // d3 writes 10px labels; years must read at a glance, on a phone too.
      .attr('font-size', 13)
      .attr('color', 'var(--muted)');
    const brush: BrushBehavior<unknown> = brushX()
      .extent([
        [margin.left, margin.top],
        [width - margin.right, height - margin.bottom],
      ])
      .on('end', (event: { selection: [number, number] | null; sourceEvent?: unknown }) => {
        // Only what a reader did: moves made by this code are announced by it.
        if (!event.sourceEvent) return;
        if (!event.selection) {
          // A cleared brush: the timeline shows everything again.
          this.setRange(null);
          return;
        }
        const [a, b] = event.selection;
        const picked = months
          .map((m, i) => [m, i] as const)
          .filter(([m]) => {
            const c = x(m)! + x.bandwidth() / 2;
            return c >= a && c <= b;
          });
        if (picked.length === 0) return;
        this.setRange([picked[0]![1], picked[picked.length - 1]![1]], false);
      });
    const g = svg
      .append('g')
      .attr('class', 'brush')
      .call(brush as never);
    // A vertical swipe over the chart scrolls the page on a phone; a horizontal one still brushes.
    g.selectAll('.overlay, .selection, .handle').style('touch-action', 'pan-y');
    this.moveBrush = (range) => {
      const move = brush.move as unknown as (group: unknown, selection: [number, number] | null) => void;
      move(g, range ? [x(months[range[0]]!)!, x(months[range[1]]!)! + x.bandwidth()] : null);
    };
    if (this.range) this.moveBrush(this.range);
  }
}

customElements.define('activity-overview', ActivityOverview);
