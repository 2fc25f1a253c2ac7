import type { APIRoute } from 'astro';
import { loadEvents } from '../lib/site-data';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify({ $schema: './events.schema.json', events: await loadEvents() }, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
