// Shared by the page scripts: inlined data (no fetch, so pages also work from file://), event names, site root.
import type { ClientEvent } from '../lib/timeline';

export function readInlineEvents(id = 'events-data'): ClientEvent[] {
  const node = document.getElementById(id);
  if (!node?.textContent) return [];
  return JSON.parse(node.textContent) as ClientEvent[];
}

export interface FilterChangeDetail {
  visible: string[];
}

export interface RangeChangeDetail {
  start: string;
  end: string;
}

export const FILTER_EVENT = 'timeline:filter';
export const RANGE_EVENT = 'timeline:range';
export const FOCUS_EVENT = 'timeline:focus';

/** The latest filter result, for views that start after the filters ran. */
export const filterState: { visible: string[] | null } = { visible: null };

/** Relative path from this page to the site root ('../../'), set on <html> by the build. */
export function siteRoot(): string {
  return document.documentElement.dataset.root ?? '/';
}

/** A page of the site, as a link that works on a web server and from a disk alike. */
export function pageUrl(path: string): string {
  return `${siteRoot()}${path.replace(/^\//, '').replace(/\/?$/, '/')}index.html`;
}

/** Loads a classic script once (module scripts and import() do not run from file://). */
export function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}
