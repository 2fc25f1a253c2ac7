// The events a page carries inline (no fetch, so pages also work from file://).
import type { ClientEvent } from '../lib/timeline';

export function readInlineEvents(id = 'events-data'): ClientEvent[] {
  const node = document.getElementById(id);
  if (!node?.textContent) return [];
  return JSON.parse(node.textContent) as ClientEvent[];
}
