// Fetching one page politely: a clear User-Agent, a time limit, a size limit, redirects followed, retries with
// back-off on answers that may pass (429, 5xx, a dropped connection), and the text decoded in its own charset.
import { AddError } from './errors';

const USER_AGENT = 'iran-taliban-timeline/0.1 (+https://github.com/; adds news articles to a timeline)';

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  /** Further attempts after the first, for answers that may pass. */
  retries: number;
  /** The first wait before a retry; each next wait doubles. */
  backoffMs: number;
  userAgent: string;
  /** What the caller can read: pages, or feeds. */
  accept: 'html' | 'feed';
}

export const DEFAULT_FETCH: FetchOptions = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  retries: 2,
  backoffMs: 500,
  userAgent: USER_AGENT,
  accept: 'html',
};

export interface Fetched {
  /** The address after redirects. */
  url: string;
  status: number;
  contentType: string;
  text: string;
  charset: string;
  attempts: number;
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;
const FEED_TYPES = /^(application\/(rss|atom|rdf)\+xml|application\/xml|text\/xml)\b/i;
const RETRY_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The charset a response declares: its header, else a meta tag or XML declaration in its first bytes. */
function declaredCharset(contentType: string, head: Uint8Array): string | null {
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  const start = new TextDecoder('latin1').decode(head.subarray(0, 4096));
  const meta =
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(start)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(start)?.[1];
  return meta ? meta.toLowerCase() : null;
}

/** Decodes in the declared charset; without one, UTF-8 if it is valid, else Windows-1252 as browsers do. */
export function decodeBody(bytes: Uint8Array, contentType: string): { text: string; charset: string } {
  const declared = declaredCharset(contentType, bytes);
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return { text: new TextDecoder(declared).decode(bytes), charset: declared };
    } catch {
      // An unknown label: fall through to the guess.
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), charset: 'windows-1252' };
  }
}

async function readLimited(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new AddError(
      'too-large',
      `${url}: the page is ${(declared / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(1)} MB`,
    );
  }
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AddError(
        'too-large',
        `${url}: the page is larger than ${(maxBytes / 1048576).toFixed(1)} MB, the limit`,
      );
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

async function attempt(url: string, options: FetchOptions): Promise<Fetched & { retryAfterMs?: number }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const response = await fetch(url, {
      redirect: 'follow',
      signal: controller.signal,
      headers: {
        'user-agent': options.userAgent,
        accept:
          options.accept === 'html'
            ? 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5'
            : 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.8,*/*;q=0.5',
      },
    });
    const contentType = response.headers.get('content-type') ?? '';
    if (!response.ok) {
      await response.body?.cancel();
      const retryAfter = Number(response.headers.get('retry-after'));
      const error = new AddError(
        'http',
        `${url}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      );
      if (RETRY_STATUSES.has(response.status))
        Object.assign(error, {
          retryable: true,
          retryAfterMs: Number.isFinite(retryAfter) ? retryAfter * 1000 : undefined,
        });
      throw error;
    }
    const wanted = options.accept === 'html' ? HTML_TYPES : FEED_TYPES;
    // A feed is sometimes served as text/html or text/plain; its first bytes decide then.
    if (!wanted.test(contentType) && !(options.accept === 'feed' && /^text\//i.test(contentType))) {
      await response.body?.cancel();
      const what = options.accept === 'html' ? 'not an HTML page' : 'not a feed';
      throw new AddError(
        options.accept === 'html' ? 'not-html' : 'not-a-feed',
        `${url}: ${what} (Content-Type: ${contentType || 'none'})`,
      );
    }
    const bytes = await readLimited(response, options.maxBytes, url);
    const { text, charset } = decodeBody(bytes, contentType);
    return { url: response.url || url, status: response.status, contentType, text, charset, attempts: 1 };
  } catch (error) {
    if (error instanceof AddError) throw error;
    if (controller.signal.aborted)
      throw Object.assign(
        new AddError('timeout', `${url}: no answer within ${(options.timeoutMs / 1000).toFixed(1)} s`),
        { retryable: true },
      );
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw Object.assign(
      new AddError('network', `${url}: ${cause?.code ?? cause?.message ?? (error as Error).message}`),
      { retryable: true },
    );
  } finally {
    clearTimeout(timer);
  }
}

/** Fetches a page, retrying what may pass with a doubling wait (or the server's Retry-After, up to 30 s). */
export async function fetchPage(url: string, partial: Partial<FetchOptions> = {}): Promise<Fetched> {
  const options = { ...DEFAULT_FETCH, ...partial };
  let wait = options.backoffMs;
  for (let n = 0; ; n++) {
    try {
      const fetched = await attempt(url, options);
      return { ...fetched, attempts: n + 1 };
    } catch (error) {
      const retryable = (error as { retryable?: boolean }).retryable === true;
      if (!retryable || n >= options.retries) throw error;
      const asked = (error as { retryAfterMs?: number }).retryAfterMs;
      await sleep(Math.min(30_000, asked ?? wait));
      wait *= 2;
    }
  }
}
