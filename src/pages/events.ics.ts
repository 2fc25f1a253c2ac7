import type { APIRoute } from 'astro';
import { eventsToIcs } from '../lib/exports';
import { loadEvents } from '../lib/site-data';
import { siteBase } from '../lib/site-url';

export const GET: APIRoute = async ({ site }) =>
  new Response(eventsToIcs(await loadEvents(), siteBase(site)), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
