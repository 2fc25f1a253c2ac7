// npm run add -- URL [URL…] | --file urls.txt | --feed FEED_URL [--match REGEX] [--articles DIR] [--refresh]
//   [--timeout SECONDS] [--quiet]
// Fetches news pages and writes each as an article (front matter from the page's own metadata, then its text).
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { addArticles, feedLinks, type AddResult } from '../src/add/add';
import { loadFeedMatcher, matcherFromPattern } from '../src/add/feeds';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    file: { type: 'string', multiple: true, default: [] },
    feed: { type: 'string', multiple: true, default: [] },
    match: { type: 'string' },
    articles: { type: 'string', default: 'content/articles' },
    refresh: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '15' },
    'ignore-robots': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

const fail = (message: string): never => {
  console.error(`add: ${message}`);
  process.exit(2);
};

const timeoutMs = Number(values.timeout) * 1000;
if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
  fail(`--timeout must be a number of seconds, got "${values.timeout}"`);

const urls = [...positionals];
for (const file of values.file) {
  if (!existsSync(file)) fail(`the list "${file}" does not exist`);
  urls.push(
    ...readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .map((l) => l.replace(/#.*/, '').trim())
      .filter(Boolean),
  );
}
let matches: (text: string) => boolean = () => true;
try {
  matches = values.match !== undefined ? matcherFromPattern(values.match) : loadFeedMatcher();
} catch (error) {
  fail((error as Error).message);
}
let feedFailed = false;
for (const feed of values.feed) {
  try {
    const { items, taken } = await feedLinks(feed, matches, { timeoutMs });
    if (!values.quiet)
      console.log(
        `feed ${feed}: ${items.length} items, ${taken.length} on the topic${values.match ? ` (--match ${values.match})` : ''}`,
      );
    urls.push(...taken.map((i) => i.link));
  } catch (error) {
    feedFailed = true;
    console.error(`failed  ${feed}: ${(error as Error).message.replace(`${feed}: `, '')}`);
  }
}
if (urls.length === 0 && !feedFailed) fail('give one or more addresses, --file LIST or --feed FEED_URL');

const interactive = process.stderr.isTTY && !values.quiet;
const line = (r: AddResult) =>
  `${r.status.padEnd(9)} ${r.url}${r.file ? ` → ${r.file}` : ''}${r.published ? ` (published ${r.published.date}, ${r.published.how.split(' ').slice(0, 2).join(' ')})` : ''}${r.reason ? `: ${r.reason}` : ''}`;
const started = performance.now();
const results = await addArticles(urls, {
  articlesDir: values.articles,
  refresh: values.refresh,
  respectRobots: !values['ignore-robots'],
  fetch: { timeoutMs },
  onResult: (result, done, total) => {
    if (interactive) process.stderr.write(`\r${' '.repeat(100)}\r`);
    if (!values.quiet || result.status === 'failed')
      (result.status === 'failed' ? console.error : console.log)(line(result));
    if (interactive && done < total) process.stderr.write(`  ${done}/${total} pages…`);
  },
});

const count = (s: AddResult['status']) => results.filter((r) => r.status === s).length;
const rows: Array<[string, number]> = [
  ['added', count('added')],
  ['updated', count('updated')],
  ['unchanged', count('unchanged')],
  ['skipped (already present)', count('skipped')],
  ['kept (changed by hand)', count('kept')],
  ['failed', count('failed') + (feedFailed ? 1 : 0)],
];
if (!values.quiet) {
  console.log(
    `\n${results.length} addresses in ${((performance.now() - started) / 1000).toFixed(1)} s, into ${values.articles}/`,
  );
  for (const [label, n] of rows) console.log(`  ${label.padEnd(26)} ${n}`);
  if (count('added') + count('updated') > 0) console.log('\nNext: npm run ingest (or npm start) to find their events.');
}
process.exit(count('failed') > 0 || feedFailed ? 1 : 0);
