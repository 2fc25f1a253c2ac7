import type { APIRoute } from 'astro';
import { eventsJsonSchema } from '../lib/exports';

// events.json is {"$schema", "events": [...]}: the schema describes that wrapper.
export const GET: APIRoute = () => {
  const list = eventsJsonSchema() as Record<string, unknown>;
  const { $schema, $id, title, ...items } = list;
  const schema = {
    $schema,
    $id,
    title,
    type: 'object',
    required: ['events'],
    properties: { $schema: { type: 'string' }, events: items },
  };
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json' },
  });
};
