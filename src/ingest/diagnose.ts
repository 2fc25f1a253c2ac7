// Why an evaluation missed or added an event: each miss is traced to the sentence that states it and to what the
// pipeline did with that sentence; each extra to the rule that dated it. The causes are counted in a table.
import type { GoldArticle, GoldEvent, ScoredEvent } from './evaluate';
import type { OutOfWindow, Publication, UndatedMention } from './types';

/** What the evaluator needs of one article's ingest report. */
export interface ArticleTrace {
  article: string;
  publication: Pick<Publication, 'date' | 'basis' | 'rule' | 'evidence'>;
  events: Array<{ id: string; date: string; end: string; rule: string }>;
  undated: UndatedMention[];
  outOfWindow: OutOfWindow[];
}

/** An extracted event with the sentences it quotes. */
export interface QuotedEvent extends ScoredEvent {
  quotes: string[];
}

export interface Explanation {
  cause: string;
  detail: string;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 2);
}

/** How much of the evidence's wording a sentence holds (0–1); evidence may be elided with '…' or '...'. */
function overlap(evidence: string, sentence: string): number {
  const want = words(evidence);
  if (want.length === 0) return 0;
  const have = new Set(words(sentence));
  return want.filter((w) => have.has(w)).length / want.length;
}

function best<T>(items: T[], score: (item: T) => number): T | undefined {
  let top: T | undefined;
  let topScore = 0.6;
  for (const item of items) {
    const s = score(item);
    if (s > topScore) {
      top = item;
      topScore = s;
    }
  }
  return top;
}

/** Why a required gold event was not matched. */
export function explainMiss(
  gold: GoldEvent,
  trace: ArticleTrace | undefined,
  events: QuotedEvent[],
  published: [string, string],
): Explanation {
  if (!trace) return { cause: 'article not ingested', detail: '' };
  const pub = trace.publication;
  const pubWrong = pub.date === null || pub.date < published[0] || pub.date > published[1];
  const evidence = gold.evidence ?? gold.summary ?? '';
  const event = best(events, (e) => Math.max(...e.quotes.map((q) => overlap(evidence, q))));
  if (event) {
    const rule = trace.events.find((e) => e.id === event.id)?.rule ?? '?';
    const cause =
      pubWrong && ['relative-to-publication', 'news-day', 'from-focus', 'scheduled'].includes(rule)
        ? 'wrong publication date'
        : `dated wrong (${rule})`;
    return { cause, detail: `extracted as ${event.id} ${event.date}..${event.end} by '${rule}'` };
  }
  const undated = best(trace.undated, (u) => overlap(evidence, u.quote));
  if (undated) {
    const cause =
      pubWrong && /publication date|could not be resolved/.test(undated.reason)
        ? 'no or wrong publication date'
        : `undated: ${undated.reason.replace(/\s*\(.*$/, '').replace(/'.*$/, '')}`;
    return { cause, detail: `${undated.type}: ${undated.reason}` };
  }
  const outside = best(trace.outOfWindow, (o) => overlap(evidence, o.quote));
  if (outside)
    return {
      cause: pubWrong ? 'wrong publication date' : 'outside the window',
      detail: `${outside.date}..${outside.end} '${outside.date_text}'`,
    };
  return {
    cause: pubWrong ? 'no or wrong publication date (no event)' : 'no trigger or no actor in the sentence',
    detail: evidence.slice(0, 90),
  };
}

/** Why an extracted event matched no gold event. */
export function explainExtra(event: QuotedEvent, trace: ArticleTrace | undefined, gold: GoldArticle): Explanation {
  const rule = trace?.events.find((e) => e.id === event.id)?.rule ?? '?';
  const pub = trace?.publication;
  const pubWrong = pub ? pub.date === null || pub.date < gold.published[0] || pub.date > gold.published[1] : false;
  const near = gold.events.some((g) => event.quotes.some((q) => overlap(g.evidence ?? '', q) > 0.6));
  const cause = pubWrong
    ? 'wrong publication date'
    : near
      ? `dated wrong (${rule})`
      : `not an event of the gold (${rule})`;
  return { cause, detail: `${event.id} ${event.date}..${event.end} by '${rule}'` };
}

/** Counts of causes, most frequent first. */
export function causeTable(explanations: Explanation[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const e of explanations) counts.set(e.cause, (counts.get(e.cause) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
