import type { APIRoute } from 'astro';
import { eventsToCsv } from '../lib/exports';
import { loadEvents } from '../lib/site-data';

export const GET: APIRoute = async () =>
  new Response(eventsToCsv(await loadEvents()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
