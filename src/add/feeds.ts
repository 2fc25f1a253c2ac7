// RSS 2.0 and Atom feeds: their items' links, and which items are about Iran and Afghanistan.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DOMParser } from 'linkedom';
import { z } from 'astro/zod';
import { escapeRegExp } from '../ingest/words';
import { AddError } from './errors';

export interface FeedItem {
  title: string;
  link: string;
  summary: string;
  published?: string;
}

function childText(el: Element, name: string): string {
  const child = [...el.children].find((c) => c.localName === name || c.tagName.toLowerCase() === name);
  return (child?.textContent ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The items of an RSS 2.0 or Atom document; anything else is not a feed. */
export function parseFeed(xml: string, feedUrl: string): FeedItem[] {
  const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
  const root = document.documentElement;
  const name = root?.localName?.toLowerCase() ?? '';
  const resolve = (href: string) => {
    try {
      return new URL(href, feedUrl).href;
    } catch {
      return '';
    }
  };
  if (name === 'rss' || name === 'rdf:rdf' || name === 'rdf') {
    return [...document.querySelectorAll('item')]
      .map((item) => ({
        title: childText(item, 'title'),
        link: resolve(childText(item, 'link') || childText(item, 'guid')),
        summary: childText(item, 'description'),
        published: childText(item, 'pubdate') || childText(item, 'pubDate') || undefined,
      }))
      .filter((i) => i.link);
  }
  if (name === 'feed') {
    return [...document.querySelectorAll('entry')]
      .map((entry) => {
        const links = [...entry.children].filter((c) => c.localName === 'link');
        const link = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
        return {
          title: childText(entry, 'title'),
          link: resolve(link?.getAttribute('href') ?? ''),
          summary: childText(entry, 'summary') || childText(entry, 'content'),
          published: childText(entry, 'published') || childText(entry, 'updated') || undefined,
        };
      })
      .filter((i) => i.link);
  }
  throw new AddError('not-a-feed', `${feedUrl}: not an RSS or Atom feed (its root element is <${name || 'none'}>)`);
}

const termsSchema = z.object({ groups: z.array(z.array(z.string()).min(1)).min(1) });

/** The topic test of data/feed-terms.json: a term of every group, on word boundaries. */
export function loadFeedMatcher(): (text: string) => boolean {
  const file = fileURLToPath(new URL('../../data/feed-terms.json', import.meta.url));
  const parsed = termsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `data/feed-terms.json: ${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`,
    );
  const patterns = parsed.data.groups.map(
    (g) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${g.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
  );
  return (text) => patterns.every((p) => p.test(text));
}

/** '--match REGEX' as a test; a bad expression is an error naming it. */
export function matcherFromPattern(pattern: string): (text: string) => boolean {
  let re: RegExp;
  try {
    re = new RegExp(pattern, 'iu');
  } catch (error) {
    throw new Error(`--match "${pattern}" is not a regular expression: ${(error as Error).message}`);
  }
  return (text) => re.test(text);
}
