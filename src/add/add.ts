// Adding articles from the web: each address fetched (at most two at a time per host, robots.txt respected),
// its story and its own metadata read, and one file written to the articles folder. Never overwrites what an
// editor changed; a failure is reported by address and the others still go through.
import { parseHTML } from 'linkedom';
import { AddError, type AddFailure } from './errors';
import { DEFAULT_FETCH, fetchPage, type FetchOptions } from './fetch';
import { articleParagraphs } from './body';
import { pageMetadata } from './metadata';
import { allowedByRobots, parseRobots, type RobotsRules } from './robots';
import {
  articleFile,
  fileNameFor,
  findByText,
  findByUrl,
  normaliseUrl,
  readStore,
  textHash,
  writeArticle,
} from './store';
import { parseFeed, type FeedItem } from './feeds';

type AddStatus = 'added' | 'updated' | 'unchanged' | 'skipped' | 'kept' | 'failed';

export interface AddResult {
  url: string;
  status: AddStatus;
  file?: string;
  /** Why it was skipped, kept or failed. */
  reason?: string;
  failure?: AddFailure;
  published?: { date: string; how: string };
  title?: string;
}

export interface AddOptions {
  articlesDir: string;
  /** Fetch again what is present and update it when the page changed (never a file changed by hand). */
  refresh?: boolean;
  fetch?: Partial<FetchOptions>;
  /** At most this many requests at a time to one host. */
  perHost?: number;
  /** At most this many requests at a time in all. */
  concurrency?: number;
  respectRobots?: boolean;
  onResult?: (result: AddResult, done: number, total: number) => void;
  /** The clock, for the `fetched` stamp. */
  now?: () => Date;
}

/** Runs tasks with a limit per key (host) and overall, in the order given. */
export async function runLimited<T, R>(
  items: readonly T[],
  keyOf: (item: T) => string,
  perKey: number,
  total: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  const active = new Map<string, number>();
  let running = 0;
  const waiting = items.map((item, index) => ({ item, index }));
  return new Promise((resolve) => {
    let finished = 0;
    const pump = () => {
      if (finished === items.length) return resolve(results);
      for (let i = 0; i < waiting.length && running < total;) {
        const { item, index } = waiting[i]!;
        const key = keyOf(item);
        if ((active.get(key) ?? 0) >= perKey) {
          i++;
          continue;
        }
        waiting.splice(i, 1);
        active.set(key, (active.get(key) ?? 0) + 1);
        running++;
        void task(item).then((r) => {
          results[index] = r;
          active.set(key, active.get(key)! - 1);
          running--;
          finished++;
          pump();
        });
      }
    };
    pump();
  });
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/** robots.txt per origin, fetched once; a missing or unreadable file allows everything. */
function robotsChecker(options: FetchOptions): (url: string) => Promise<boolean> {
  const cache = new Map<string, Promise<RobotsRules | null>>();
  const load = async (origin: string): Promise<RobotsRules | null> => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs);
    try {
      const response = await fetch(`${origin}/robots.txt`, {
        headers: { 'user-agent': options.userAgent },
        signal: controller.signal,
      });
      if (!response.ok) return null;
      return parseRobots(await response.text(), options.userAgent.split('/')[0]!);
    } catch {
      return null;
    } finally {
      clearTimeout(timer);
    }
  };
  return async (url) => {
    const u = new URL(url);
    if (!cache.has(u.origin)) cache.set(u.origin, load(u.origin));
    const rules = await cache.get(u.origin)!;
    return rules === null || allowedByRobots(rules, `${u.pathname}${u.search}`);
  };
}

export async function addArticles(urls: readonly string[], options: AddOptions): Promise<AddResult[]> {
  const fetchOptions: FetchOptions = { ...DEFAULT_FETCH, ...options.fetch, accept: 'html' };
  const store = readStore(options.articlesDir);
  const allowed = robotsChecker(fetchOptions);
  const now = options.now ?? (() => new Date());
  const unique = [...new Set(urls.map((u) => u.trim()).filter(Boolean))];
  let done = 0;
  const report = (result: AddResult) => {
    done++;
    options.onResult?.(result, done, unique.length);
    return result;
  };

  const addOne = async (requested: string): Promise<AddResult> => {
    if (!/^https?:\/\/[^\s/]+/i.test(requested))
      return report({ url: requested, status: 'failed', failure: 'bad-url', reason: 'not an http(s) address' });
    const known = findByUrl(store, requested);
    if (known && !options.refresh)
      return report({ url: requested, status: 'skipped', file: known.file, reason: `already in ${known.file}` });
    try {
      if (options.respectRobots !== false && !(await allowed(requested)))
        throw new AddError('robots', `${requested}: robots.txt of ${hostOf(requested)} disallows it`);
      const page = await fetchPage(requested, fetchOptions);
      const { document } = parseHTML(page.text);
      const meta = pageMetadata(document as unknown as Document, page.url);
      const body = articleParagraphs(page.text, page.url);
      const url = meta.canonical ?? page.url;
      const title = meta.title ?? body.title ?? url;
      const hash = textHash(body.paragraphs);
      const existing = known ?? findByUrl(store, url, page.url) ?? findByText(store, hash);
      const base = { url: requested, title, ...(meta.published ? { published: meta.published } : {}) };
      if (existing && !options.refresh)
        return report({ ...base, status: 'skipped', file: existing.file, reason: `already in ${existing.file}` });
      if (existing && !existing.untouched)
        return report({
          ...base,
          status: 'kept',
          file: existing.file,
          reason: `${existing.file} was changed by hand (or not added by this command); not overwritten`,
        });
      if (existing && existing.textHash === hash) return report({ ...base, status: 'unchanged', file: existing.file });
      const file = existing?.file ?? fileNameFor({ title, url }, (name) => store.has(name));
      const text = articleFile({
        title,
        ...(meta.outlet ? { outlet: meta.outlet } : {}),
        url,
        requestedUrl: requested,
        ...(meta.published ? { published: meta.published } : {}),
        fetched: now().toISOString(),
        paragraphs: body.paragraphs,
      });
      writeArticle(options.articlesDir, file, text);
      store.set(file, { file, urls: [normaliseUrl(url), normaliseUrl(requested)], textHash: hash, untouched: true });
      return report({ ...base, status: existing ? 'updated' : 'added', file });
    } catch (error) {
      if (error instanceof AddError)
        return report({
          url: requested,
          status: 'failed',
          failure: error.kind,
          reason: error.message.replace(`${requested}: `, ''),
        });
      return report({ url: requested, status: 'failed', reason: (error as Error).message });
    }
  };

  return runLimited(unique, hostOf, options.perHost ?? 2, options.concurrency ?? 8, addOne);
}

/** The items of a feed that pass the topic test. */
export async function feedLinks(
  feedUrl: string,
  matches: (text: string) => boolean,
  fetch?: Partial<FetchOptions>,
): Promise<{ items: FeedItem[]; taken: FeedItem[] }> {
  const page = await fetchPage(feedUrl, { ...fetch, accept: 'feed' });
  const items = parseFeed(page.text, page.url);
  return { items, taken: items.filter((i) => matches(`${i.title} ${i.summary}`)) };
}
