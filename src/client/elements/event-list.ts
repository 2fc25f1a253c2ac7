import { FOCUS_EVENT } from '../event-bus';

/**
 * As the reader scrolls the list, the card nearest the top is announced so the timeline can follow.
 * A hit test after each scroll frame, not an IntersectionObserver on every card: with thousands of cards the
 * observer costs time in every frame, even while the reader is only panning the timeline.
 */
class EventList extends HTMLElement {
  private current = '';
  private scheduled = false;

  connectedCallback(): void {
    const onScroll = () => {
      if (this.scheduled) return;
      this.scheduled = true;
      requestAnimationFrame(() => {
        this.scheduled = false;
        this.announce();
      });
    };
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('resize', onScroll, { passive: true });
  }

  /** The first card found in the top 40% of the viewport. */
  private announce(): void {
    const rect = this.getBoundingClientRect();
    if (rect.bottom <= 0 || rect.top >= innerHeight) return;
    const x = Math.min(rect.left + 24, rect.right - 1);
    for (let y = Math.max(rect.top, 0) + 8; y < innerHeight * 0.4; y += 24) {
      const card = document.elementFromPoint(x, y)?.closest<HTMLElement>('.event-card');
      if (!card || !this.contains(card)) continue;
      const id = card.dataset.id;
      if (id && id !== this.current) {
        this.current = id;
        document.dispatchEvent(new CustomEvent(FOCUS_EVENT, { detail: id }));
      }
      return;
    }
  }
}

customElements.define('event-list', EventList);
