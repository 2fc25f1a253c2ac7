import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareImageSvg, wrap } from '../../src/build/share-image';
import { relativeUrl, relativiseHtml, inlineScriptHashes, rootPrefix } from '../../src/build/portable';

test('titles wrap by width, and long text is cut with an ellipsis', () => {
  assert.deepEqual(wrap('Hassan Kazemi Qomi meets Jeenbek Kulubaev in Bishkek', 20, 3), [
    'Hassan Kazemi Qomi',
    'meets Jeenbek',
    'Kulubaev in Bishkek',
  ]);
  const cut = wrap('a '.repeat(100), 10, 2);
  assert.equal(cut.length, 2);
  assert.ok(cut[1]!.endsWith('…'));
});

test('share image SVG escapes article text', () => {
  const svg = shareImageSvg({
    id: '2024-01-01-x',
    title: 'A <b>title</b>',
    date: '2024-01-01',
    end: '2024-01-01',
    precision: 'day',
    approximate: false,
    date_text: '',
    date_basis: 'explicit',
    status: 'happened',
    type: 'statement',
    scope: 'core',
    actors: [],
    places: [],
    confidence: 1,
    reviewed: false,
    sources: [{ article: 'a', quote: '<script>alert(1)</script> & more' }],
  });
  assert.ok(!svg.includes('<script>'));
  assert.ok(svg.includes('&lt;script&gt;'));
});

test('portable links: relative, ending in index.html, with the right depth', () => {
  assert.equal(rootPrefix('index.html'), './');
  assert.equal(rootPrefix('events/x/index.html'), '../../');
  assert.equal(relativeUrl('/events/x/', '../../'), '../../events/x/index.html');
  assert.equal(relativeUrl('/', './'), './index.html');
  assert.equal(relativeUrl('/events.csv', '../'), '../events.csv');
  assert.equal(relativeUrl('//cdn.example/x.js', './'), '//cdn.example/x.js');
  assert.equal(relativeUrl('/?q=a#b', './'), './index.html?q=a#b');
  const html = relativiseHtml(
    '<html data-root="/"><a href="/about/">a</a><style>a{background:url(/x.png)}</style>',
    'events/x/index.html',
  );
  assert.equal(
    html,
    '<html data-root="../../"><a href="../../about/index.html">a</a><style>a{background:url(../../x.png)}</style>',
  );
});

test('CSP hashes cover inline scripts that run, not JSON data', () => {
  const hashes = inlineScriptHashes(
    '<script>run()</script><script type="application/json">{"a":1}</script><script src="x.js"></script>',
  );
  assert.equal(hashes.length, 1);
  assert.match(hashes[0]!, /^'sha256-[A-Za-z0-9+/=]+'$/);
});
