import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../src/ingest/read';
import { cleanArticle } from '../../src/ingest/clean';
import { splitSentences } from '../../src/ingest/sentences';
import { findPublication } from '../../src/ingest/publication';
import { knowledge, window } from './support';

function prepare(name: string, text: string) {
  const clean = cleanArticle(parseArticle(name, Buffer.from(text)));
  const sentences = splitSentences(clean.paragraphs);
  return { clean, sentences, pub: findPublication(clean, sentences, { anchors: knowledge.anchors, window }) };
}

test('HTML articles: main text only, metadata from the head, scripts and asides dropped', () => {
  const html = `<!doctype html><html><head><title>Page</title>
    <meta property="og:title" content="Qomi meets Muttaqi &amp; aides">
    <meta property="og:site_name" content="Example Wire">
    <meta property="article:published_time" content="2023-05-04T10:00:00Z">
    <link rel="canonical" href="https://example.org/story"></head>
    <body><nav>Home | World</nav><article><h1>Qomi meets Muttaqi &amp; aides</h1>
    <p>Iran’s envoy Hassan Kazemi Qomi met Amir Khan Muttaqi in Kabul on Wednesday.</p>
    <script>window.evil = 1</script><figure><img src="x.jpg"><figcaption>Caption of another story, 2019.</figcaption></figure>
    <aside>Related: An attack in Beirut on Monday…</aside></article><footer>© 2023</footer></body></html>`;
  const article = parseArticle('page.html', Buffer.from(html));
  assert.deepEqual(article.meta, {
    title: 'Qomi meets Muttaqi & aides',
    outlet: 'Example Wire',
    url: 'https://example.org/story',
    published: '2023-05-04',
  });
  assert.ok(!article.body.includes('evil'));
  assert.ok(!article.body.includes('Beirut'));
  assert.ok(!article.body.includes('Caption'));
  const { clean, sentences, pub } = prepare('page.html', html);
  assert.equal(clean.title, 'Qomi meets Muttaqi & aides');
  assert.equal(sentences.length, 1);
  assert.equal(pub.date, '2023-05-04');
});
