import type { APIRoute } from 'astro';
import { eventsToTimelineJs } from '../lib/exports';
import { loadEvents } from '../lib/site-data';
import { siteBase } from '../lib/site-url';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(eventsToTimelineJs(await loadEvents(), siteBase(site)), null, 2)}\n`, {
    headers: { 'content-type': 'application/json' },
  });
