// Scores a folder of articles against a gold file: ingests them into a scratch folder (the site's content is never
// touched), evaluates, and explains every miss and extra. Used by `npm run eval` and by the corpus tests.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontMatter } from '../lib/front-matter';
import { SITE_WINDOW } from '../lib/site';
import {
  causeTable,
  explainExtra,
  explainMiss,
  type ArticleTrace,
  type Explanation,
  type QuotedEvent,
} from './diagnose';
import { articleName, evaluate, type EvalResult, type GoldArticle } from './evaluate';
import { runIngest, type IngestReport } from './pipeline';

export interface GoldEntry extends GoldArticle {
  url?: string;
  outlet?: string;
}

export interface CorpusScore {
  result: EvalResult;
  report: IngestReport;
  misses: Array<{ article: string; gold: GoldArticle['events'][number]; why: Explanation }>;
  extras: Array<{ article: string; event: QuotedEvent; why: Explanation }>;
  causes: Array<[string, number]>;
}

/** Reads the event files of a folder as the evaluator sees them. */
export function readScoredEvents(dir: string): QuotedEvent[] {
  const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const data = parseFrontMatter(readFileSync(join(dir, f), 'utf8')).data as {
        id: string;
        date: unknown;
        end: unknown;
        sources: Array<{ article: string; quote: string }>;
      };
      return {
        id: data.id,
        date: day(data.date),
        end: day(data.end),
        articles: data.sources.map((s) => s.article),
        quotes: data.sources.map((s) => s.quote),
      };
    });
}

/** Evaluation with every miss and extra explained. */
export function explainScore(
  gold: GoldArticle[],
  events: QuotedEvent[],
  report: Pick<IngestReport, 'articles'>,
): Omit<CorpusScore, 'report'> {
  const traces = new Map<string, ArticleTrace>(report.articles.map((a) => [a.article, a]));
  const result = evaluate(gold, events, new Map(report.articles.map((a) => [a.article, a.publication.date])));
  const misses: CorpusScore['misses'] = [];
  const extras: CorpusScore['extras'] = [];
  for (const g of gold) {
    const name = articleName(g.file);
    const score = result.articles.find((a) => a.article === name)!;
    const mine = events.filter((e) => e.articles.includes(name));
    for (const m of score.missed)
      misses.push({ article: name, gold: m, why: explainMiss(m, traces.get(name), mine, g.published) });
    for (const x of score.extras) {
      const event = mine.find((e) => e.id === x.id)!;
      extras.push({ article: name, event, why: explainExtra(event, traces.get(name), g) });
    }
  }
  return { result, misses, extras, causes: causeTable([...misses.map((m) => m.why), ...extras.map((x) => x.why)]) };
}

/**
 * Ingests the gold's articles from `articlesDir` into a scratch folder and scores them. With `withUrl`, each
 * article gets the page address of its gold entry as front matter, as articles copied from the web would.
 */
export function scoreCorpus(gold: GoldEntry[], articlesDir: string, options: { withUrl?: boolean } = {}): CorpusScore {
  const scratch = mkdtempSync(join(tmpdir(), 'iran-taliban-eval-'));
  try {
    const input = join(scratch, 'articles');
    const output = join(scratch, 'events');
    mkdirSync(input);
    for (const g of gold) {
      const text = readFileSync(join(articlesDir, g.file), 'utf8');
      const front =
        options.withUrl && g.url && !text.startsWith('---') ? `---\nurl: ${JSON.stringify(g.url)}\n---\n` : '';
      writeFileSync(join(input, g.file), front + text);
    }
    const report = runIngest({ articlesDir: input, outDir: output, sourcesDir: null, window: SITE_WINDOW });
    return { ...explainScore(gold, readScoredEvents(output), report), report };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
