// Who appears with whom: nodes and weighted links for the actor network.
import type { TimelineEvent } from './event-schema';

export interface NetworkNode {
  id: string;
  count: number;
}

export interface NetworkLink {
  source: string;
  target: string;
  weight: number;
}

export function coActorNetwork(events: readonly TimelineEvent[]): { nodes: NetworkNode[]; links: NetworkLink[] } {
  const counts = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const e of events) {
    const actors = [...new Set(e.actors)].sort();
    for (const a of actors) counts.set(a, (counts.get(a) ?? 0) + 1);
    for (let i = 0; i < actors.length; i++) {
      for (let j = i + 1; j < actors.length; j++) {
        const key = `${actors[i]}|${actors[j]}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  return {
    nodes: [...counts]
      .map(([id, count]) => ({ id, count }))
      .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
    links: [...pairs]
      .map(([key, weight]) => {
        const [source, target] = key.split('|') as [string, string];
        return { source, target, weight };
      })
      .sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target)),
  };
}
