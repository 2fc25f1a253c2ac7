import MiniSearch from 'minisearch';
import { filtersToSearch, matchesFacets, parseFilters, type Filters } from '../../lib/timeline';
import { FILTER_EVENT, filterState, type FilterChangeDetail } from '../event-bus';
import { readInlineEvents } from '../inline-data';
import { loadClassicScript, siteRoot } from '../site-paths';

/** Set by search-text.js: each article's headline and paragraphs, by article id. */
type ArticleTexts = Record<string, string>;
const textHolder = window as unknown as { __timelineArticleText?: ArticleTexts };

/** Filters and search over the event list; the URL holds the state so any view can be shared. */
class EventFilters extends HTMLElement {
  private form!: HTMLFormElement;
  private index: MiniSearch | null = null;
  /** Cards currently hidden, so a change touches only the cards whose state changes. */
  private hiddenIds = new Set<string>();
  /** The articles' text, loaded when a reader first searches (it is too big to inline in every home page). */
  private articleText: ArticleTexts | null = null;
  private loadingText = false;

  private loadArticleText(): void {
    if (this.articleText || this.loadingText) return;
    this.loadingText = true;
    loadClassicScript(`${siteRoot()}search-text.js`)
      .then(() => {
        this.articleText = textHolder.__timelineArticleText ?? {};
        this.index = null;
        this.apply(false);
      })
      .catch(() => {
        // Without it, search still reads titles, quotes, names and places.
      });
  }

  /** The search index is built on first use: most readers never search, and it is costly for large sets. */
  private get search(): MiniSearch {
    if (!this.index) {
      this.index = new MiniSearch({
        fields: ['title', 'quotes', 'actorNames', 'places', 'type', 'articleText'],
        storeFields: ['id'],
        extractField: (doc, field) => {
          const record = doc as Record<string, unknown>;
          if (field === 'articleText')
            return ((record.articles as string[]) ?? []).map((id) => this.articleText?.[id] ?? '').join(' ');
          const value = record[field];
          return Array.isArray(value) ? value.join(' ') : String(value ?? '');
        },
        // Typos are forgiven in longer words only: 'water' must not match 'later' in an article's text.
        searchOptions: {
          prefix: true,
          fuzzy: (term: string) => (term.length >= 6 ? 0.2 : false),
          combineWith: 'AND',
          boost: { title: 3, quotes: 2, actorNames: 2 },
        },
      });
      this.index.addAll(this.events);
    }
    return this.index;
  }

  connectedCallback(): void {
    const events = readInlineEvents();
    this.form = this.querySelector('form')!;
    this.writeForm(parseFilters(location.search));
    this.form.addEventListener('input', () => this.apply(true));
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.apply(true);
    });
    this.form.addEventListener('reset', () => setTimeout(() => this.apply(true)));
    window.addEventListener('popstate', () => {
      this.writeForm(parseFilters(location.search));
      this.apply(false);
    });
    this.events = events;
    this.apply(false);
  }

  private events: ReturnType<typeof readInlineEvents> = [];

  private readForm(): Filters {
    const data = new FormData(this.form);
    const one = (k: string) => (data.get(k) ? [String(data.get(k))] : []);
    return {
      type: one('type'),
      actor: one('actor'),
      scope: one('scope'),
      year: one('year'),
      q: String(data.get('q') ?? '').trim(),
    };
  }

  private writeForm(f: Filters): void {
    for (const key of ['type', 'actor', 'scope', 'year'] as const) {
      const select = this.form.elements.namedItem(key) as HTMLSelectElement;
      select.value = f[key][0] ?? '';
    }
    (this.form.elements.namedItem('q') as HTMLInputElement).value = f.q;
  }

  private apply(updateUrl: boolean): void {
    const f = this.readForm();
    if (f.q) this.loadArticleText();
    const found = f.q ? new Set(this.search.search(f.q).map((r) => r.id as string)) : null;
    const visible = this.events.filter((e) => matchesFacets(e, f) && (!found || found.has(e.id))).map((e) => e.id);
    const shown = new Set(visible);
    const nowHidden = new Set(this.events.filter((e) => !shown.has(e.id)).map((e) => e.id));
    const changed = [...this.hiddenIds, ...nowHidden].filter((id) => this.hiddenIds.has(id) !== nowHidden.has(id));
    if (changed.length > 0) {
      for (const id of changed) {
        const card = document.getElementById(`event-${id}`);
        if (card) card.hidden = nowHidden.has(id);
      }
      document.querySelectorAll<HTMLElement>('[data-group]').forEach((group) => {
        group.hidden = !group.querySelector('.event-card:not([hidden])');
      });
    }
    this.hiddenIds = nowHidden;
    const empty = document.getElementById('empty-state');
    if (empty) empty.hidden = visible.length > 0;
    const count = this.querySelector('.result-count')!;
    count.textContent =
      visible.length === this.events.length
        ? `${visible.length} events`
        : `${visible.length} of ${this.events.length} events`;
    if (updateUrl) history.replaceState(null, '', `${location.pathname}${filtersToSearch(f)}${location.hash}`);
    filterState.visible = visible;
    document.dispatchEvent(new CustomEvent<FilterChangeDetail>(FILTER_EVENT, { detail: { visible } }));
  }
}

customElements.define('event-filters', EventFilters);
