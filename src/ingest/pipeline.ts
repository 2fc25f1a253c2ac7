// The ingest pipeline: read → clean → sentences → dates → clauses → publication → extract → merge → write.
import { lstatSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { extname, join } from 'node:path';
import { eventSchema, type TimelineEventInput } from '../lib/event-schema';
import { sortEvents } from '../lib/events';
import { processFilesInParallel, type ArticleReport, type ProcessedArticle } from './articles';
import { Gazetteer } from './gazetteer';
import { loadKnowledge } from './knowledge';
import { mergeAcrossArticles, type MergedEvent } from './merge';
import { sourceName } from '../lib/sources';
import { leadStampLength } from './publication';
import { ARTICLE_EXTENSIONS, MAX_ARTICLE_BYTES } from './read';
import { slugify } from './titles';
import type { ArticleMeta, CleanArticle, Publication } from './types';
import { previousIds, sourceKey, writeEvents, writeFileAtomic, type WriteResult } from './write';

export interface IngestOptions {
  articlesDir: string;
  outDir: string;
  /** Where cleaned article texts go for the site's source pages; null to skip. */
  sourcesDir: string | null;
  window: { from: string; to: string };
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface IngestReport {
  window: { from: string; to: string };
  summary: { articles: number; failed: number; events: number; merged: number; skipped: number; warnings: number };
  articles: ArticleReport[];
  errors: Array<{ file: string; error: string }>;
  files: WriteResult;
}

/** The cleaned article as the site shows it on its source page. */
interface SourceText {
  article: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  publication_basis: Publication['basis'];
  publication_precision: Publication['precision'];
  paragraphs: string[];
}

/** The headline, else the lead's opening words: what a reader would quote to name the article. */
function headlineOf(clean: CleanArticle): string | undefined {
  if (clean.title) return clean.title;
  const words = (clean.paragraphs[0]?.text ?? '')
    .slice(leadStampLength(clean.paragraphs[0]?.text ?? ''))
    .split(/\s+/)
    .filter(Boolean);
  return words.length > 0
    ? `${words
        .slice(0, 10)
        .join(' ')
        .replace(/[,;:.]$/, '')}${words.length > 10 ? ' …' : ''}`
    : undefined;
}

/** 'https://www.tehrantimes.com/news/1' → 'tehrantimes.com': a site's name as a reader sees it in the address bar. */
function siteHost(url: string): string | undefined {
  return /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase();
}

function sourceMeta(
  meta: ArticleMeta,
  clean: CleanArticle,
  pub: Publication,
): { outlet?: string; headline?: string; url?: string; published?: string } {
  // The outlet as the article names it (front matter, 'Bayan News –', a wire tag), else the host of its address.
  const outlet = meta.outlet ?? clean.leadOutlet ?? (meta.url ? siteHost(meta.url) : undefined) ?? undefined;
  return {
    ...(outlet ? { outlet } : {}),
    ...(headlineOf(clean) ? { headline: headlineOf(clean) } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    ...(pub.date && pub.precision === 'day' ? { published: pub.date } : {}),
  };
}

/**
 * Stable ids: an event keeps the id it was written under when one of its source sentences was in it before
 * (so embeds and links survive a better title or date); a new event gets date + slug of the title, numbered
 * in a fixed order when two collide.
 */
export function assignIds(
  events: MergedEvent[],
  previous: ReadonlyMap<string, string> = new Map(),
): Array<MergedEvent & { id: string }> {
  const ordered = [...events].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.title.localeCompare(b.title) ||
      a.sources[0]!.article.localeCompare(b.sources[0]!.article) ||
      a.sources[0]!.quote.localeCompare(b.sources[0]!.quote),
  );
  const used = new Set<string>();
  const kept = ordered.map((e) => {
    const id = e.sources
      .map((s) => previous.get(sourceKey(s)))
      .find((candidate) => candidate !== undefined && !used.has(candidate));
    if (id) used.add(id);
    return id;
  });
  return ordered.map((e, i) => {
    let id = kept[i];
    if (!id) {
      const base = `${e.date}-${slugify(e.title)}`;
      id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
    }
    return { ...e, id };
  });
}

/** Article files in a folder, in a fixed order; anything that is not a regular article file is reported. */
function listArticles(dir: string, errors: IngestReport['errors']): string[] {
  const files: string[] = [];
  const seen = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const ext = extname(name).toLowerCase();
    if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(ext)) {
      if (name.toLowerCase() !== 'readme.md')
        errors.push({ file: name, error: `not an article: expected ${ARTICLE_EXTENSIONS.join(', ')}` });
      continue;
    }
    const stat = lstatSync(join(dir, name));
    if (stat.isSymbolicLink()) {
      errors.push({ file: name, error: 'is a symbolic link; articles must be regular files' });
      continue;
    }
    if (!stat.isFile()) {
      errors.push({ file: name, error: 'is a directory, not an article file' });
      continue;
    }
    const key = name.slice(0, name.length - ext.length).toLowerCase();
    const previous = seen.get(key);
    if (previous) {
      errors.push({
        file: name,
        error: `has the same name as ${previous} apart from case or extension; event sources could not tell them apart, so it was skipped`,
      });
      continue;
    }
    seen.set(key, name);
    if (stat.size > MAX_ARTICLE_BYTES) {
      errors.push({
        file: name,
        error: `the file is ${(stat.size / 1048576).toFixed(1)} MB; articles are limited to ${MAX_ARTICLE_BYTES / 1048576} MB`,
      });
      continue;
    }
    files.push(name);
  }
  return files;
}

export function runIngest(options: IngestOptions): IngestReport {
  const knowledge = loadKnowledge();
  const gazetteer = new Gazetteer(knowledge);
  const errors: IngestReport['errors'] = [];
  const files = listArticles(options.articlesDir, errors);
  const processed: ProcessedArticle[] = [];
  const outcomes = processFilesInParallel(
    options.articlesDir,
    files,
    options.window,
    { knowledge, gazetteer },
    (done, file) => options.onProgress?.(done, files.length, file),
  );
  for (const outcome of outcomes)
    if ('processed' in outcome) processed.push(outcome.processed);
    else errors.push({ file: outcome.file, error: outcome.error });

  const drafts = processed.flatMap((p) => p.drafts);
  const merged = mergeAcrossArticles(drafts, gazetteer);
  const byArticle = new Map(processed.map((p) => [p.report.article, p]));
  // Notes name the articles by their ids while merging; readers get their outlets or headlines.
  const nameOf = (id: string) => {
    const p = byArticle.get(id);
    return p ? sourceName(sourceMeta(p.clean.meta, p.clean, p.publication)) : id;
  };
  const readableNote = (note: string | undefined) =>
    note?.replace(/\(([^()]+)\)/g, (whole, inner: string) =>
      inner.split(', ').every((id) => byArticle.has(id)) ? `(${inner.split(', ').map(nameOf).join(', ')})` : whole,
    );
  const events: TimelineEventInput[] = [];
  for (const e of assignIds(merged, previousIds(options.outDir))) {
    const { sources, ...rest } = e;
    const note = readableNote(rest.date_note);
    const candidate: TimelineEventInput = {
      ...rest,
      ...(note !== undefined ? { date_note: note } : {}),
      sources: sources.map((s) => {
        const p = byArticle.get(s.article)!;
        return { article: s.article, ...sourceMeta(p.clean.meta, p.clean, p.publication), quote: s.quote };
      }),
      reviewed: false,
    };
    const valid = eventSchema.safeParse(candidate);
    if (!valid.success) {
      const issue = valid.error.issues[0]!;
      errors.push({
        file: sources[0]!.article,
        error: `event "${e.id}" was not written: ${issue.path.join('.')}: ${issue.message}`,
      });
      continue;
    }
    events.push(candidate);
    for (const s of sources)
      byArticle
        .get(s.article)!
        .report.events.push({ id: e.id, date: e.date, end: e.end, basis: e.date_basis, rule: s.rule });
  }

  const written = writeEvents(
    options.outDir,
    sortEvents(events as Array<TimelineEventInput & { date: string; end: string; id: string }>),
  );
  if (options.sourcesDir) writeSourceTexts(options.sourcesDir, processed);

  const reports = processed.map((p) => p.report);
  const warnings = reports.reduce((n, r) => n + r.warnings.length, 0) + written.errors.length;
  return {
    window: options.window,
    summary: {
      articles: processed.length,
      failed: errors.filter((e) => !e.error.startsWith('event ')).length,
      events: events.length,
      merged: drafts.length - merged.length,
      skipped: reports.reduce((n, r) => n + r.undated.length + r.outOfWindow.length, 0),
      warnings,
    },
    articles: reports,
    errors,
    files: written,
  };
}

function writeSourceTexts(dir: string, processed: readonly ProcessedArticle[]): void {
  mkdirSync(dir, { recursive: true });
  const keep = new Set<string>();
  for (const p of processed) {
    const text: SourceText = {
      article: p.report.article,
      title: p.clean.title,
      outlet: p.report.outlet,
      url: p.clean.meta.url ?? null,
      published: p.publication.date,
      publication_basis: p.publication.basis,
      publication_precision: p.publication.precision,
      paragraphs: p.clean.paragraphs.map((para) => para.text),
    };
    const name = `${p.report.article}.json`;
    keep.add(name);
    writeFileAtomic(join(dir, name), `${JSON.stringify(text, null, 2)}\n`);
  }
  for (const name of readdirSync(dir))
    if (name.endsWith('.json') && !keep.has(name)) rmSync(join(dir, name), { force: true });
}
