// The event file contract (DESIGN.md): one schema shared by the pipeline and the site.
import { z } from 'astro/zod';

export const EVENT_TYPES = [
  'visit',
  'meeting',
  'call',
  'statement',
  'interview',
  'accusation',
  'appeal',
  'agreement',
  'cooperation',
  'aid',
  'appointment',
  'downgrade',
  'threat',
  'border-clash',
  'strike',
  'takeover',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const PRECISIONS = ['day', 'week', 'part-of-month', 'month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const DATE_BASES = ['explicit', 'dateline', 'relative-to-publication', 'inferred'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

export const SCOPES = ['core', 'context'] as const;
export type Scope = (typeof SCOPES)[number];

/** True for a real calendar day written as YYYY-MM-DD (rejects 2023-02-30). */
export function isIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

// YAML turns an unquoted 2024-02-10 into a Date; editors may write either form.
const isoDay = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().refine(isIsoDay, { message: 'expected a calendar day written YYYY-MM-DD, e.g. 2024-02-10' }),
);

export const sourceSchema = z.object({
  article: z.string().min(1, 'expected the article file name without extension'),
  outlet: z.string().optional(),
  url: z.string().regex(/^https?:\/\/\S+$/, 'expected an absolute http(s) URL').optional(),
  published: isoDay.optional(),
  quote: z.string().min(1, 'expected the exact sentence(s) stating the event'),
});
export type EventSource = z.infer<typeof sourceSchema>;

export const eventSchema = z
  .object({
    id: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected YYYY-MM-DD-short-title (lower case, digits, hyphens)'),
    title: z.string().min(3, 'expected a short headline'),
    date: isoDay,
    end: isoDay,
    precision: z.enum(PRECISIONS),
    approximate: z.boolean().default(false),
    date_text: z.string().default(''),
    date_basis: z.enum(DATE_BASES),
    date_note: z.string().optional(),
    type: z.enum(EVENT_TYPES),
    cameo: z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code such as 042').optional(),
    scope: z.enum(SCOPES),
    actors: z.array(z.string().min(1)).default([]),
    places: z.array(z.string().min(1)).default([]),
    sources: z.array(sourceSchema).min(1, 'expected at least one source'),
    confidence: z.number().min(0).max(1),
    reviewed: z.boolean().default(false),
  })
  .refine((e) => e.end >= e.date, { message: '`end` must not be before `date`', path: ['end'] });

export type TimelineEvent = z.infer<typeof eventSchema>;
export type TimelineEventInput = z.input<typeof eventSchema>;
