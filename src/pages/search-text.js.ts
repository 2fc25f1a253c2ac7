import type { APIRoute } from 'astro';
import { loadSources } from '../lib/site-data';

// Each article's headline and text for search, as a classic script (fetch and modules do not work from a disk),
// loaded only when a reader first searches.
export const GET: APIRoute = async () => {
  const texts = Object.fromEntries(
    (await loadSources()).map((s) => [s.article, [s.title ?? '', ...s.paragraphs].join(' ')]),
  );
  // '<' escaped so no text can close the script when a page inlines it.
  const json = JSON.stringify(texts).replace(/</g, '\\u003c');
  return new Response(`window.__timelineArticleText=${json};\n`, {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
};
