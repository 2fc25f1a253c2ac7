// How a source is named for people: its outlet, else its headline, else the day it was published. The article's
// file id is for links only, never for reading.
import type { TimelineEvent } from './event-schema';

type Source = TimelineEvent['sources'][number];

/** 'Bayan News', '“Iran, Kyrgyzstan discuss …”', or 'an article of 2022-01-10'. */
export function sourceName(s: Pick<Source, 'outlet' | 'headline' | 'published'>): string {
  if (s.outlet) return s.outlet;
  if (s.headline) return `“${shorten(s.headline, 70)}”`;
  return s.published ? `an article of ${s.published}` : 'an unnamed article';
}

/** The outlet and the headline together, as a citation line reads them: 'Bayan News, “Iran’s ambassador …”'. */
export function sourceCitation(s: Pick<Source, 'outlet' | 'headline' | 'published'>): string {
  const parts = [s.outlet, s.headline ? `“${shorten(s.headline, 90)}”` : undefined].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : sourceName(s);
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** An article's title for its source page: its headline, else its opening words. */
export function articleTitle(source: { title?: string | null; paragraphs?: readonly string[] }): string {
  if (source.title) return source.title;
  const words = (source.paragraphs?.[0] ?? '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return 'An untitled article';
  return `${words.slice(0, 12).join(' ')}${words.length > 12 ? ' …' : ''}`;
}
