// The story's own text: page chrome removed (captions, share bars, related stories, comments, menus), the
// article found by Mozilla's Readability, then written as plain paragraphs.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { AddError } from './errors';

/** Parts of a page that are never the story, whatever the site. */
const CHROME_SELECTORS = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'form',
  'button',
  'select',
  'nav',
  'aside',
  'footer',
  'figcaption',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="contentinfo"]',
  '[aria-hidden="true"]',
].join(',');

/** Class or id words of blocks that hold chrome: removed when they are short, not when they wrap the story. */
const CHROME_NAME =
  /(?:^|[\s_-])(?:share|sharing|social|related|recommended|comments?|newsletter|subscribe|promo|advert|ads?|breadcrumbs?|tags|author-bio|caption|sidebar|popular|trending|most-read|read-more|also-read|more-stories|taboola|outbrain)(?:$|[\s_-])/i;

const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre';

/** Paragraph texts of an HTML fragment: the innermost blocks, white space collapsed. */
function paragraphsOf(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll('figure, figcaption')) el.remove();
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  return blocks.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).filter((t) => /\p{L}/u.test(t));
}

export function articleParagraphs(html: string, url: string): { title: string | null; paragraphs: string[] } {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll(CHROME_SELECTORS)) el.remove();
  for (const el of document.querySelectorAll('[class], [id]')) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (CHROME_NAME.test(names) && (el.textContent ?? '').length < 1500) el.remove();
  }
  let parsed: { title?: string | null; content?: string | null } | null = null;
  try {
    parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  } catch (error) {
    throw new AddError('no-body', `${url}: the article text could not be read (${(error as Error).message})`);
  }
  const paragraphs = parsed?.content ? paragraphsOf(parsed.content) : [];
  const length = paragraphs.join(' ').length;
  if (length < 200) throw new AddError('no-body', `${url}: no article body found (${length} characters of text)`);
  return { title: parsed?.title?.trim() || null, paragraphs };
}
