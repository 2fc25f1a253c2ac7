// Reads the events the page inlined as JSON (no fetch, so it also works from file://).
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
