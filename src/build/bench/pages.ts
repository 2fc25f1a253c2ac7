// Generated news pages for the add step's benchmark: each generated article as an HTML page with JSON-LD,
// a menu, a share bar, a caption and related stories, served from 127.0.0.1 by the benchmark.
import { escapeHtml } from '../../lib/markup';
import { generateArticle } from './corpus';

export function generatePage(index: number): string {
  const { text } = generateArticle(index, 7);
  const [title, ...rest] = text.split('\n').filter((l) => l.trim());
  const paragraphs = rest.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n');
  const published = `2023-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 27) + 1).padStart(2, '0')}T08:00:00+04:30`;
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: published,
    publisher: { '@type': 'Organization', name: 'Bench News' },
  });
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title} | Bench News</title><script type="application/ld+json">${ld}</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><div class="share-bar">Share Tweet Email</div>
<article><h1>${title}</h1>${paragraphs}<figure><img src="x.jpg"><figcaption>Photo: archive</figcaption></figure>
<div class="related">Related: another story about the weather</div></article><footer>© Bench News</footer></body></html>`;
}
