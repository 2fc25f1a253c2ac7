// The add step against pages served from 127.0.0.1: metadata of every kind, redirects, failures, feeds,
// a legacy encoding, robots.txt, idempotence, and nothing already in the articles folder lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontMatter } from '../../src/lib/front-matter';
import { addArticles, feedLinks, runLimited } from '../../src/add/add';
import { loadFeedMatcher, matcherFromPattern, parseFeed } from '../../src/add/feeds';
import { allowedByRobots, parseRobots } from '../../src/add/robots';
import { decodeBody } from '../../src/add/fetch';
import { runIngest } from '../../src/ingest/pipeline';

const PAGES = 'tests/fixtures/web';
const hits = new Map<string, number>();
let inFlight = 0;
let maxInFlight = 0;
let flakyServed = 0;
let version = 1;
let server: Server;
let base = '';

const page = (file: string) => readFileSync(join(PAGES, file));

before(async () => {
  server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(body);
    };
    if (path === '/robots.txt') return send(200, 'text/plain', 'User-agent: *\nDisallow: /private/\n');
    if (path === '/moved') return send(301, 'text/html', '', { location: '/time.html' });
    if (path === '/missing') return send(404, 'text/html', 'not here');
    if (path === '/slow') return void setTimeout(() => send(200, 'text/html', page('meta.html')), 2000);
    if (path === '/huge') return send(200, 'text/html', `<html><body>${'<p>word </p>'.repeat(30_000)}</body></html>`);
    if (path === '/huge-stream') {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 40; i++) res.write(`<p>${'x'.repeat(5000)}</p>`);
      return void res.end();
    }
    if (path === '/paper.pdf') return send(200, 'application/pdf', '%PDF-1.4 …');
    if (path === '/legacy.html') return send(200, 'text/html', page('legacy.html'));
    if (path === '/flaky') {
      flakyServed++;
      return flakyServed === 1
        ? send(503, 'text/plain', 'busy', { 'retry-after': '0' })
        : send(
            200,
            'text/html; charset=utf-8',
            page('meta.html').toString().replace('/stories/iran-reopens-islam-qala', '/stories/flaky'),
          );
    }
    if (path === '/changing') {
      const html = page('none.html')
        .toString()
        .replace('three-day visit', version === 1 ? 'three-day visit' : 'four-day visit');
      return send(200, 'text/html', html);
    }
    if (path === '/copy-of-none') return send(200, 'text/html', page('none.html'));
    if (path.startsWith('/busy/')) {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      return void setTimeout(() => {
        inFlight--;
        send(200, 'text/html', page('none.html').toString().replace('Monday', `Monday (${path})`));
      }, 150);
    }
    const file = path.slice(1);
    if (/^[\w.-]+\.(html|rss|atom)$/.test(file) && readdirSync(PAGES).includes(file)) {
      const type = file.endsWith('.rss')
        ? 'application/rss+xml'
        : file.endsWith('.atom')
          ? 'application/atom+xml'
          : 'text/html; charset=utf-8';
      return send(200, type, page(file));
    }
    send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

after(() => server.close());

function folderWithOneArticle(): { dir: string; handWritten: string; bytes: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'add-'));
  const handWritten = join(dir, 'hand-copied.txt');
  writeFileSync(
    handWritten,
    'Iran and Taliban hold talks\n\nKABUL, May 3 (Test) - An article an editor copied by hand.\n',
  );
  return { dir, handWritten, bytes: readFileSync(handWritten) };
}

function frontMatterOf(dir: string, file: string) {
  return parseFrontMatter(readFileSync(join(dir, file), 'utf8'));
}

const fast = { timeoutMs: 2000, retries: 1, backoffMs: 10 };

test('a page with JSON-LD: headline, publisher, canonical address and datePublished; captions, share bars and related stories left out', async () => {
  const { dir, handWritten, bytes } = folderWithOneArticle();
  const [r] = await addArticles([`${base}/jsonld.html`], { articlesDir: dir, fetch: fast });
  assert.equal(r!.status, 'added', r!.reason);
  const { data, content } = frontMatterOf(dir, r!.file!);
  assert.equal(data.title, 'Iran and Taliban officials discuss Helmand water in Kabul');
  assert.equal(data.outlet, 'Kabul Daily Test');
  assert.equal(data.url, 'https://news.example.org/2023/05/iran-taliban-helmand-water');
  assert.equal(data.fetched_from, `${base}/jsonld.html`);
  assert.equal(data.published, '2023-05-28');
  assert.match(String(data.published_from), /^JSON-LD datePublished/);
  assert.match(String(data.fetched), /^\d{4}-\d\d-\d\dT/);
  assert.match(content, /met the Taliban's acting foreign minister in Kabul on Sunday/);
  assert.doesNotMatch(content, /Photo:|Share on|Pakistan and India|Football|Home \|/);
  assert.deepEqual(readFileSync(handWritten), bytes, 'the hand-copied article is untouched');
});

test('an article added from a page with datePublished keeps that date through ingest, whatever its text says', async () => {
  const { dir } = folderWithOneArticle();
  const [r] = await addArticles([`${base}/jsonld.html`], { articlesDir: dir, fetch: fast });
  const out = mkdtempSync(join(tmpdir(), 'add-out-'));
  const report = runIngest({
    articlesDir: dir,
    outDir: out,
    sourcesDir: null,
    window: { from: '2021-01-01', to: '2024-12-31' },
  });
  const article = report.articles.find((a) => r!.file!.startsWith(a.article));
  assert.ok(article, report.articles.map((a) => a.article).join(', '));
  assert.equal(article.publication.date, '2023-05-28');
  assert.equal(article.publication.basis, 'front-matter');
  // 'on Sunday' is counted from the page's own date: the Sunday of 28 May 2023 itself.
  assert.ok(
    article.events.some((e) => e.date === '2023-05-28'),
    JSON.stringify(article.events),
  );
});

test('only meta tags: article:published_time, og:site_name, a relative canonical link, the site name cut from the title', async () => {
  const { dir } = folderWithOneArticle();
  const [r] = await addArticles([`${base}/meta.html`], { articlesDir: dir, fetch: fast });
  assert.equal(r!.status, 'added', r!.reason);
  const { data } = frontMatterOf(dir, r!.file!);
  assert.equal(data.title, 'Iran reopens Islam Qala crossing after two days');
  assert.equal(data.outlet, 'Herat Wire Test');
  assert.equal(data.url, `${base}/stories/iran-reopens-islam-qala`);
  assert.equal(data.published, '2022-04-25');
  assert.match(String(data.published_from), /^meta article:published_time/);
});

test('only a <time> element; a redirect is followed and the final address kept', async () => {
  const { dir } = folderWithOneArticle();
  const [r] = await addArticles([`${base}/moved`], { articlesDir: dir, fetch: fast });
  assert.equal(r!.status, 'added', r!.reason);
  const { data } = frontMatterOf(dir, r!.file!);
  assert.equal(data.url, `${base}/time.html`);
  assert.equal(data.fetched_from, `${base}/moved`);
  assert.equal(data.published, '2022-01-09');
  assert.match(String(data.published_from), /^<time datetime>/);
  assert.equal(data.outlet, '127.0.0.1', 'without a site name, the host names the outlet');
});

test('no metadata at all: no published field, so the text rules date it (its wire dateline)', async () => {
  const { dir } = folderWithOneArticle();
  const [r] = await addArticles([`${base}/none.html`], { articlesDir: dir, fetch: fast });
  assert.equal(r!.status, 'added', r!.reason);
  const { data, content } = frontMatterOf(dir, r!.file!);
  assert.equal(data.published, undefined);
  assert.match(content, /^KABUL, Nov 16 \(Test Agency\) -/m);
});

test('a page in a legacy encoding is decoded in the charset its meta tag names', async () => {
  const { dir } = folderWithOneArticle();
  const [r] = await addArticles([`${base}/legacy.html`], { articlesDir: dir, fetch: fast });
  assert.equal(r!.status, 'added', r!.reason);
  const { data, content } = frontMatterOf(dir, r!.file!);
  assert.equal(data.title, 'Kazemi Qomi’s visit to Kabul');
  assert.match(content, /“frank and useful”, and that the café owners/);
  assert.equal(
    decodeBody(Buffer.from([0x93, 0x68, 0x69, 0x94]), 'text/plain').text,
    '“hi”',
    'invalid UTF-8 without a charset: Windows-1252',
  );
});

test('failures are reported by address with the reason, and the other addresses still go through', async () => {
  const { dir, handWritten, bytes } = folderWithOneArticle();
  const urls = [
    `${base}/missing`,
    `${base}/slow`,
    `${base}/huge`,
    `${base}/huge-stream`,
    `${base}/paper.pdf`,
    `${base}/private/secret.html`,
    'ftp://example.org/x',
    `${base}/meta.html`,
  ];
  const results = await addArticles(urls, {
    articlesDir: dir,
    fetch: { timeoutMs: 300, retries: 0, maxBytes: 100_000 },
  });
  const by = new Map(results.map((r) => [r.url.replace(base, ''), r]));
  assert.equal(by.get('/missing')!.failure, 'http');
  assert.match(by.get('/missing')!.reason!, /HTTP 404/);
  assert.equal(by.get('/slow')!.failure, 'timeout');
  assert.equal(by.get('/huge')!.failure, 'too-large');
  assert.equal(by.get('/huge-stream')!.failure, 'too-large');
  assert.equal(by.get('/paper.pdf')!.failure, 'not-html');
  assert.match(by.get('/paper.pdf')!.reason!, /application\/pdf/);
  assert.equal(by.get('/private/secret.html')!.failure, 'robots');
  assert.equal(hits.get('/private/secret.html'), undefined, 'a disallowed page is never requested');
  assert.equal(by.get('ftp://example.org/x')!.failure, 'bad-url');
  assert.equal(by.get('/meta.html')!.status, 'added');
  assert.deepEqual(
    readdirSync(dir)
      .filter((f) => !f.startsWith('.'))
      .sort(),
    ['hand-copied.txt', by.get('/meta.html')!.file!].sort(),
  );
  assert.deepEqual(readFileSync(handWritten), bytes);
});

test('a busy answer (503) is retried after a wait, then added', async () => {
  const { dir } = folderWithOneArticle();
  const [r] = await addArticles([`${base}/flaky`], {
    articlesDir: dir,
    fetch: { timeoutMs: 2000, retries: 2, backoffMs: 20 },
  });
  assert.equal(r!.status, 'added', r!.reason);
  assert.equal(hits.get('/flaky'), 2);
});

test('idempotent: a present address is skipped without a request; the same text under another address too', async () => {
  const { dir } = folderWithOneArticle();
  await addArticles([`${base}/none.html`], { articlesDir: dir, fetch: fast });
  const before = hits.get('/none.html');
  const again = await addArticles([`${base}/none.html`, `${base}/copy-of-none`], { articlesDir: dir, fetch: fast });
  assert.equal(hits.get('/none.html'), before, 'no second request for a known address');
  assert.deepEqual(
    again.map((r) => r.status),
    ['skipped', 'skipped'],
  );
  assert.match(again[1]!.reason!, /already in /);
  assert.equal(readdirSync(dir).filter((f) => f.endsWith('.md')).length, 1);
});

test('--refresh updates a changed page, leaves an unchanged one, and never overwrites a file changed by hand', async () => {
  const { dir } = folderWithOneArticle();
  version = 1;
  const [first] = await addArticles([`${base}/changing`], { articlesDir: dir, fetch: fast });
  assert.equal(first!.status, 'added');
  const [same] = await addArticles([`${base}/changing`], { articlesDir: dir, fetch: fast, refresh: true });
  assert.equal(same!.status, 'unchanged');
  version = 2;
  const [updated] = await addArticles([`${base}/changing`], { articlesDir: dir, fetch: fast, refresh: true });
  assert.equal(updated!.status, 'updated');
  assert.match(readFileSync(join(dir, first!.file!), 'utf8'), /four-day visit/);
  // An editor corrects the date by hand: a later refresh keeps the file as it is.
  const path = join(dir, first!.file!);
  const edited = readFileSync(path, 'utf8').replace(/^fetched: .*$/m, '$&\npublished: "2021-11-15"');
  writeFileSync(path, edited);
  version = 1;
  const [kept] = await addArticles([`${base}/changing`], { articlesDir: dir, fetch: fast, refresh: true });
  assert.equal(kept!.status, 'kept');
  assert.equal(readFileSync(path, 'utf8'), edited);
});

test('at most two requests at a time to one host', async () => {
  const { dir } = folderWithOneArticle();
  maxInFlight = 0;
  const results = await addArticles(
    [1, 2, 3, 4, 5, 6].map((n) => `${base}/busy/${n}`),
    { articlesDir: dir, fetch: fast },
  );
  assert.deepEqual(
    results.map((r) => r.status),
    Array(6).fill('added'),
  );
  assert.equal(maxInFlight, 2);
});

test('runLimited keeps order and limits per key and overall', async () => {
  let running = 0;
  let peak = 0;
  const out = await runLimited(
    [1, 2, 3, 4, 5],
    (n) => (n % 2 ? 'a' : 'b'),
    1,
    2,
    async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      return n * 10;
    },
  );
  assert.deepEqual(out, [10, 20, 30, 40, 50]);
  assert.equal(peak, 2);
});

test('RSS and Atom feeds: the items about Iran and Afghanistan, or what --match asks for', async () => {
  const topic = loadFeedMatcher();
  const rss = await feedLinks(`${base}/feed.rss`, topic, fast);
  assert.equal(rss.items.length, 3);
  assert.deepEqual(
    rss.taken.map((i) => i.link),
    [`${base}/jsonld.html`, `${base}/meta.html`],
  );
  const atom = await feedLinks(`${base}/feed.atom`, topic, fast);
  assert.deepEqual(
    atom.taken.map((i) => i.link),
    [`${base}/time.html`],
  );
  const football = await feedLinks(`${base}/feed.rss`, matcherFromPattern('football'), fast);
  assert.deepEqual(
    football.taken.map((i) => i.title),
    ['Football league results'],
  );
  assert.throws(() => parseFeed('<html><body>hi</body></html>', `${base}/x`), /not an RSS or Atom feed/);
  assert.throws(() => matcherFromPattern('(unclosed'), /--match "\(unclosed" is not a regular expression/);
  await assert.rejects(feedLinks(`${base}/jsonld.html`, topic, fast), /not a feed|not an RSS or Atom feed/);
});

test('robots.txt: the longest rule wins, Allow on a tie, our own group before *', () => {
  const rules = parseRobots(
    'User-agent: *\nDisallow: /news/\nAllow: /news/public/\n\nUser-agent: other-bot\nDisallow: /\n',
    'iran-taliban-timeline',
  );
  assert.equal(allowedByRobots(rules, '/news/2023/story'), false);
  assert.equal(allowedByRobots(rules, '/news/public/story'), true);
  assert.equal(allowedByRobots(rules, '/about'), true);
  const ours = parseRobots(
    'User-agent: *\nDisallow:\n\nUser-agent: iran-taliban-timeline\nDisallow: /private\n',
    'iran-taliban-timeline',
  );
  assert.equal(allowedByRobots(ours, '/private/x'), false);
  assert.equal(allowedByRobots(ours, '/public'), true);
  assert.equal(allowedByRobots(parseRobots('User-agent: *\nDisallow: /*.pdf$\n', 'x'), '/a/b.pdf'), false);
});
