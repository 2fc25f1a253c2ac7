import type { APIRoute } from 'astro';
import { eventsToRss } from '../lib/exports';
import { loadEvents } from '../lib/site-data';
import { siteBase } from '../lib/site-url';

export const GET: APIRoute = async ({ site }) =>
  new Response(eventsToRss(await loadEvents(), siteBase(site)), {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
  });
