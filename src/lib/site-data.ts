// Build-time data for pages: events, actors, places and sources, with the lookups pages need.
import { getCollection } from 'astro:content';
import gazetteer from '../../data/gazetteer.json';
import type { TimelineEvent } from './event-schema';
import { sortEvents } from './events';

export interface ActorInfo {
  id: string;
  name: string;
  kind: string;
  side: string;
}

const actorInfo = new Map<string, ActorInfo>(
  gazetteer.actors.map((a) => [a.id, { id: a.id, name: a.name, kind: a.kind, side: a.side }]),
);
const placeNames = new Map<string, string>(gazetteer.places.map((p) => [p.id, p.name]));

export function actorName(id: string): string {
  return actorInfo.get(id)?.name ?? id;
}

export function actor(id: string): ActorInfo {
  return actorInfo.get(id) ?? { id, name: id, kind: 'unknown', side: 'other' };
}

export function placeName(id: string): string {
  return placeNames.get(id) ?? id;
}

export async function loadEvents(): Promise<TimelineEvent[]> {
  return sortEvents((await getCollection('events')).map((e) => e.data));
}

export async function loadSources() {
  return (await getCollection('sources')).map((s) => s.data).sort((a, b) => a.article.localeCompare(b.article));
}
