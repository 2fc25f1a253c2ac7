import { FOCUS_EVENT } from '../events-data';

/** As the reader scrolls the list, the card nearest the top is announced so the timeline can follow. */
class EventList extends HTMLElement {
  connectedCallback(): void {
    let current = '';
    const observer = new IntersectionObserver((entries) => {
      const top = entries.filter((e) => e.isIntersecting).sort((a, b) => a.boundingClientRect.top - b.boundingClientRect.top)[0];
      const id = (top?.target as HTMLElement | undefined)?.dataset.id;
      if (id && id !== current) {
        current = id;
        document.dispatchEvent(new CustomEvent(FOCUS_EVENT, { detail: id }));
      }
    }, { rootMargin: '0px 0px -60% 0px' });
    this.querySelectorAll('.event-card').forEach((card) => observer.observe(card));
  }
}

customElements.define('event-list', EventList);
