import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { eventSchema } from './lib/event-schema';

// The id is the file name; a front-matter id that disagrees is an editing mistake worth stopping the build for.
function idFromFileName({ entry, data }: { entry: string; data: Record<string, unknown> }): string {
  const fileId = entry.replace(/^.*\//, '').replace(/\.md$/, '');
  if (data.id !== undefined && data.id !== fileId) {
    throw new Error(
      `${process.env.EVENTS_DIR ?? 'content/events'}/${entry}: field "id" is "${String(data.id)}" but must equal the file name "${fileId}" (rename the file or fix the id)`,
    );
  }
  return fileId;
}

const events = defineCollection({
  loader: glob({ pattern: '**/*.md', base: process.env.EVENTS_DIR ?? './content/events', generateId: idFromFileName }),
  schema: eventSchema,
});

// Cleaned article texts written by ingest, for the source pages (the site never parses articles itself).
const sources = defineCollection({
  loader: glob({ pattern: '*.json', base: process.env.SOURCES_DIR ?? './content/sources' }),
  schema: z.object({
    article: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    url: z.string().nullable(),
    published: z.string().nullable(),
    publication_basis: z.enum(['front-matter', 'dateline', 'url', 'inferred', 'none']),
    publication_precision: z.enum(['day', 'month', 'year']),
    paragraphs: z.array(z.string()),
  }),
});

export const collections = { events, sources };
