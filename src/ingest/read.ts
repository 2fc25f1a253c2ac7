// Read: bytes on disk → decoded text and metadata. Bad input throws ArticleError naming the problem.
import { isIsoDay } from '../lib/event-schema';
import { parseFrontMatter } from '../lib/front-matter';
import type { Article, ArticleMeta } from './types';

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;

export class ArticleError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ArticleError';
  }
}

/** Persian and Arabic words in a legacy code page are runs of high bytes; accented Latin letters stand alone. */
function looksArabicScript(bytes: Uint8Array): boolean {
  let high = 0;
  let inRuns = 0;
  let run = 0;
  const close = () => {
    if (run >= 3) inRuns += run;
    run = 0;
  };
  for (const b of bytes) {
    if (b >= 0x80) {
      high++;
      run++;
    } else close();
  }
  close();
  return high > 0 && inRuns / high >= 0.5;
}

/** Decodes bytes: BOMs, UTF-8, UTF-16, and legacy Windows code pages for Persian/Arabic and Latin text. */
function decodeArticle(file: string, bytes: Uint8Array, warnings: string[]): string {
  if (bytes.length === 0) throw new ArticleError(file, 'the file is empty');
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new ArticleError(
      file,
      `the file is ${(bytes.length / 1048576).toFixed(1)} MB; articles are limited to ${MAX_ARTICLE_BYTES / 1048576} MB`,
    );
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  const nuls = sample.reduce((n, b) => n + (b === 0 ? 1 : 0), 0);
  if (nuls > 0) {
    // UTF-16 without a BOM puts a NUL beside every ASCII character.
    const evenNuls = sample.filter((b, i) => i % 2 === 0 && b === 0).length;
    const oddNuls = sample.filter((b, i) => i % 2 === 1 && b === 0).length;
    if (nuls > sample.length / 4 && (evenNuls === 0 || oddNuls === 0)) {
      warnings.push('no byte-order mark: decoded as UTF-16');
      return new TextDecoder(oddNuls > 0 ? 'utf-16le' : 'utf-16be').decode(bytes);
    }
    throw new ArticleError(file, 'the file is binary (it contains NUL bytes), not text');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    const encoding = looksArabicScript(bytes) ? 'windows-1256' : 'windows-1252';
    warnings.push(`not valid UTF-8: decoded as ${encoding}`);
    return new TextDecoder(encoding).decode(bytes);
  }
}

function stringField(data: Record<string, unknown>, key: string, warnings: string[]): string | undefined {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
  warnings.push(`front matter "${key}" should be text; ignored`);
  return undefined;
}

function publishedField(value: unknown, warnings: string[]): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  let iso: string | undefined;
  if (value instanceof Date && !Number.isNaN(value.getTime())) iso = value.toISOString().slice(0, 10);
  else if (typeof value === 'string') iso = /^\d{4}-\d{2}-\d{2}/.exec(value.trim())?.[0];
  if (iso && isIsoDay(iso)) return iso;
  warnings.push(
    `front matter "published" is not a calendar date (${JSON.stringify(String(value)).slice(0, 40)}); ignored`,
  );
  return undefined;
}

/** Splits YAML front matter off; a broken block is reported and the text after it still read. */
function splitFrontMatter(text: string, warnings: string[]): { meta: ArticleMeta; body: string } {
  if (!/^---\r?\n/.test(text)) return { meta: {}, body: text };
  let parsed: { data: Record<string, unknown>; content: string };
  try {
    parsed = parseFrontMatter(text);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    warnings.push(`front matter is not valid YAML (${reason}); it was ignored`);
    const close = text.indexOf('\n---', 4);
    return { meta: {}, body: close > 0 ? text.slice(text.indexOf('\n', close + 1) + 1) : text };
  }
  const data = parsed.data && typeof parsed.data === 'object' && !Array.isArray(parsed.data) ? parsed.data : {};
  const meta: ArticleMeta = {};
  const title = stringField(data, 'title', warnings);
  const outlet = stringField(data, 'outlet', warnings);
  const url = stringField(data, 'url', warnings);
  const published = publishedField(data.published ?? data.date, warnings);
  if (title) meta.title = title;
  if (outlet) meta.outlet = outlet;
  if (url) {
    if (/^https?:\/\/[^\s]+$/i.test(url)) meta.url = url;
    else warnings.push(`front matter "url" is not an http(s) address; ignored`);
  }
  if (published) meta.published = published;
  return { meta, body: parsed.content };
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  zwnj: '\u200c',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : '';
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

function metaContent(html: string, names: string[]): string | undefined {
  for (const name of names) {
    const re = new RegExp(`<meta[^>]+(?:name|property|itemprop)=["']${name}["'][^>]*>`, 'i');
    const tag = re.exec(html)?.[0];
    const content = tag && /content=["']([^"']*)["']/i.exec(tag)?.[1];
    if (content) return decodeEntities(content).trim();
  }
  return undefined;
}

/** Main text of an HTML page: the article element if any, without scripts, navigation, asides and captions. */
function htmlToText(html: string, warnings: string[]): { meta: ArticleMeta; body: string } {
  const meta: ArticleMeta = {};
  const title = metaContent(html, ['og:title']) ?? /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  if (title) meta.title = decodeEntities(title.replace(/<[^>]+>/g, '')).trim();
  const outlet = metaContent(html, ['og:site_name']);
  if (outlet) meta.outlet = outlet;
  const url =
    /<link[^>]+rel=["']canonical["'][^>]*href=["'](https?:[^"']+)["']/i.exec(html)?.[1] ??
    metaContent(html, ['og:url']);
  if (url && /^https?:\/\//.test(url)) meta.url = url;
  const published =
    metaContent(html, [
      'article:published_time',
      'datePublished',
      'date',
      'pubdate',
      'publishdate',
      'publish-date',
      'dc.date',
      'dc.date.issued',
      'parsely-pub-date',
      'sailthru.date',
    ]) ??
    /"datePublished"\s*:\s*"([^"]+)"/.exec(html)?.[1] ?? // JSON-LD
    /<time[^>]+itemprop=["']datePublished["'][^>]*>/i.exec(html)?.[0].match(/datetime=["']([^"']+)["']/i)?.[1] ??
    /<time[^>]+datetime=["']([^"']+)["']/i.exec(html)?.[1];
  const iso = published ? publishedField(published, warnings) : undefined;
  if (iso) meta.published = iso;

  let main = html.replace(/<!--[\s\S]*?-->/g, '');
  main = main.replace(
    /<(script|style|noscript|template|svg|iframe|nav|header|footer|aside|form|figcaption|button|select)\b[\s\S]*?<\/\1\s*>/gi,
    ' ',
  );
  // Pages list other stories as <article> cards too: the story is the longest one.
  const articles = [...main.matchAll(/<article\b[^>]*>([\s\S]*?)<\/article>/gi)].map((m) => m[1]!);
  const textLength = (h: string) => h.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').length;
  const longest = articles.length ? articles.reduce((a, b) => (textLength(b) > textLength(a) ? b : a)) : undefined;
  const article = longest ?? /<main\b[^>]*>([\s\S]*?)<\/main>/i.exec(main)?.[1];
  const bodyHtml = article ?? /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(main)?.[1] ?? main;
  const text = bodyHtml
    .replace(/<(br|hr)\b[^>]*>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|blockquote|section|tr|dd|dt|figure|time)\s*>/gi, '\n\n')
    .replace(/<[^>]+>/g, '');
  const body = decodeEntities(text)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\n[ \t]+/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
  // The page title heads the text, as in plain-text articles.
  return { meta, body: meta.title && !body.includes(meta.title) ? `${meta.title}\n\n${body}` : body };
}

/** Builds an Article from a file's bytes. */
export function parseArticle(file: string, bytes: Uint8Array): Article {
  const warnings: string[] = [];
  const base = file.replace(/^.*[\\/]/, '');
  const ext = base.slice(base.lastIndexOf('.')).toLowerCase();
  const name = base.slice(0, base.lastIndexOf('.'));
  const text = decodeArticle(base, bytes, warnings)
    .replace(/\r\n?/g, '\n')
    .replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ArticleError(base, 'the file holds only white space');
  const format: Article['format'] = ext === '.html' || ext === '.htm' ? 'html' : ext === '.md' ? 'md' : 'txt';
  const front = splitFrontMatter(text, warnings);
  let meta = front.meta;
  let body = front.body;
  if (format === 'html') {
    const page = htmlToText(body, warnings);
    meta = { ...page.meta, ...meta };
    body = page.body;
  }
  if (body.trim() === '') throw new ArticleError(base, 'no article text after the front matter');
  return { name, file: base, format, meta, body, warnings };
}
