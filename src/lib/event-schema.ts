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
  /** Trade, transit, fuel and water deals and deliveries. */
  'trade',
  'cooperation',
  'aid',
  'appointment',
  /** An embassy or consulate handed to the other side's diplomats. */
  'handover',
  'downgrade',
  'threat',
  'border-clash',
  /** A border crossing closed or reopened. */
  'border',
  /** Deportations and returns of migrants. */
  'migration',
  /** Attacks and bombings, on diplomats and missions among them. */
  'attack',
  'strike',
  'takeover',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const PRECISIONS = ['day', 'week', 'part-of-month', 'month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

/**
 * How the date was found: written out ('explicit'), the story's dateline ('dateline'), a relative expression
 * counted from publication ('relative-to-publication'), the happening the paragraph or lead dated
 * ('from-context'), an undated lead taken as the news of the publication day ('news-day'), or else 'inferred'.
 */
export const DATE_BASES = [
  'explicit',
  'dateline',
  'relative-to-publication',
  'from-context',
  'news-day',
  'inferred',
] as const;
export type DateBasis = (typeof DATE_BASES)[number];

/** 'scheduled': set for a named day in an article written before it, until a later report says it took place. */
export const STATUSES = ['happened', 'scheduled'] as const;
export type Status = (typeof STATUSES)[number];

const SCOPES = ['core', 'context'] as const;
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

const sourceSchema = z.object({
  article: z.string().min(1, 'expected the article file name without extension'),
  outlet: z.string().optional(),
  /** The article's headline, or its opening words when it has none. */
  headline: z.string().optional(),
  url: z
    .string()
    .regex(/^https?:\/\/\S+$/, 'expected an absolute http(s) URL')
    .optional(),
  published: isoDay.optional(),
  quote: z.string().min(1, 'expected the exact sentence(s) stating the event'),
});

export const eventSchema = z
  .object({
    id: z
      .string()
      .regex(
        /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/,
        'expected YYYY-MM-DD-short-title (lower case, digits, hyphens)',
      ),
    title: z.string().min(3, 'expected a short headline'),
    date: isoDay,
    end: isoDay,
    precision: z.enum(PRECISIONS),
    approximate: z.boolean().default(false),
    date_text: z.string().default(''),
    date_basis: z.enum(DATE_BASES),
    date_note: z.string().optional(),
    status: z.enum(STATUSES).default('happened'),
    type: z.enum(EVENT_TYPES),
    cameo: z
      .string()
      .regex(/^\d{2,4}$/, 'expected a CAMEO code such as 042')
      .optional(),
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
