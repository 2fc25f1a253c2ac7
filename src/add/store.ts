// The articles folder as the add step sees it: which addresses and texts it already holds, which files an editor
// changed since they were added, and how a new article is written (front matter, then plain paragraphs).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync, renameSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { parseFrontMatter } from '../lib/front-matter';
import { ARTICLE_EXTENSIONS } from '../ingest/read';
import { slugify } from '../ingest/titles';

export interface StoredArticle {
  file: string;
  urls: string[];
  /** Hash of the paragraphs' text, to find the same story under another address. */
  textHash: string;
  /** The file as the add step wrote it is unchanged (false: an editor changed it, or it was not added by us). */
  untouched: boolean;
}

export interface NewArticle {
  title: string;
  outlet?: string;
  url: string;
  requestedUrl: string;
  published?: { date: string; how: string };
  fetched: string;
  paragraphs: string[];
}

const SHA_LINE = /^sha256: .*\n/m;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** An address without its fragment and with a lowercase host: the same page, however it is written. */
export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

export function textHash(paragraphs: readonly string[]): string {
  return sha256(paragraphs.map((p) => p.replace(/\s+/g, ' ').trim().toLowerCase()).join('\n'));
}

function paragraphsOfBody(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** What the folder holds, read once. Files that cannot be read are left out (ingest reports them). */
export function readStore(dir: string): Map<string, StoredArticle> {
  const store = new Map<string, StoredArticle>();
  if (!existsSync(dir)) return store;
  for (const file of readdirSync(dir).sort()) {
    if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(file.slice(file.lastIndexOf('.')).toLowerCase())) continue;
    let text: string;
    try {
      text = readFileSync(join(dir, file), 'utf8');
    } catch {
      continue;
    }
    let data: Record<string, unknown> = {};
    let body = text;
    if (/^---\r?\n/.test(text)) {
      try {
        ({ data, content: body } = parseFrontMatter(text));
      } catch {
        // Broken front matter: the body still counts for duplicate texts.
      }
    }
    const urls = [data.url, data.fetched_from].filter((u): u is string => typeof u === 'string').map(normaliseUrl);
    const stored = typeof data.sha256 === 'string' ? data.sha256 : null;
    store.set(file, {
      file,
      urls,
      textHash: textHash(paragraphsOfBody(body)),
      untouched: stored !== null && sha256(text.replace(SHA_LINE, '')) === stored,
    });
  }
  return store;
}

export function findByUrl(store: Map<string, StoredArticle>, ...urls: string[]): StoredArticle | undefined {
  const wanted = new Set(urls.map(normaliseUrl));
  return [...store.values()].find((a) => a.urls.some((u) => wanted.has(u)));
}

export function findByText(store: Map<string, StoredArticle>, hash: string): StoredArticle | undefined {
  return [...store.values()].find((a) => a.textHash === hash);
}

/** A file name from the headline and a short hash of the address: readable, stable, unique. */
export function fileNameFor(article: Pick<NewArticle, 'title' | 'url'>, taken: (name: string) => boolean): string {
  const base = `${slugify(article.title, 8)}-${sha256(normaliseUrl(article.url)).slice(0, 6)}`;
  let name = `${base}.md`;
  for (let n = 2; taken(name); n++) name = `${base}-${n}.md`;
  return name;
}

/** Front matter and paragraphs; the file's own hash last, so a later change by hand can be told. */
export function articleFile(article: NewArticle): string {
  const front: Record<string, string> = { title: article.title };
  if (article.outlet) front.outlet = article.outlet;
  front.url = article.url;
  if (normaliseUrl(article.requestedUrl) !== normaliseUrl(article.url)) front.fetched_from = article.requestedUrl;
  if (article.published) {
    front.published = article.published.date;
    front.published_from = article.published.how;
  }
  front.fetched = article.fetched;
  const text = `---\n${yaml.dump(front, { lineWidth: -1, quotingType: '"' })}---\n\n${article.paragraphs.join('\n\n')}\n`;
  return text.replace(/\n---\n\n/, `\nsha256: ${sha256(text)}\n---\n\n`);
}

/** Writes through a temporary file, so a failure never leaves half an article. */
export function writeArticle(dir: string, file: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${file}.tmp`);
  writeFileSync(tmp, text);
  renameSync(tmp, join(dir, file));
}
