// Scores extracted events against a gold annotation (the format of shared/eval/seeds-gold.json).
import { addDays } from '../lib/days';

export interface GoldEvent {
  lo: string;
  hi: string;
  precision: string;
  required: boolean;
  summary?: string;
  evidence?: string;
}

export interface GoldArticle {
  file: string;
  published: [string, string];
  events: GoldEvent[];
  forbidden?: Array<{ lo: string; hi: string; why?: string }>;
}

export interface ScoredEvent {
  id: string;
  date: string;
  end: string;
  articles: string[];
}

interface ArticleScore {
  article: string;
  published: { found: string | null; expected: [string, string]; ok: boolean } | null;
  missed: GoldEvent[];
  extras: ScoredEvent[];
  forbidden: ScoredEvent[];
  required: number;
  found: number;
  extracted: number;
  matched: number;
}

export interface EvalResult {
  recall: number;
  precision: number;
  publicationAccuracy: number | null;
  requiredFound: number;
  required: number;
  matched: number;
  extracted: number;
  forbiddenHits: number;
  articles: ArticleScore[];
}

function addMonth(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m, Math.min(d, 28)));
  return next.toISOString().slice(0, 10);
}

/** The matching rule of the gold file's README. */
export function matchesGold(event: Pick<ScoredEvent, 'date' | 'end'>, gold: GoldEvent): boolean {
  const slack = gold.precision === 'day' ? addDays(gold.hi, 1) : addMonth(gold.hi);
  return event.date >= gold.lo && event.date <= gold.hi && event.end <= slack;
}

export function articleName(file: string): string {
  return file.replace(/\.[^.]+$/, '');
}

export function evaluate(
  gold: GoldArticle[],
  events: ScoredEvent[],
  published: Map<string, string | null>,
): EvalResult {
  const articles: ArticleScore[] = [];
  for (const g of gold) {
    const name = articleName(g.file);
    const mine = events.filter((e) => e.articles.includes(name));
    const missed = g.events.filter((ge) => ge.required && !mine.some((e) => matchesGold(e, ge)));
    const extras = mine.filter((e) => !g.events.some((ge) => matchesGold(e, ge)));
    // A gold event inside a forbidden range (a meeting set for after publication) is what the gold asks for.
    const forbidden = extras.filter((e) => (g.forbidden ?? []).some((f) => e.date <= f.hi && e.end >= f.lo));
    const found = published.has(name) ? (published.get(name) ?? null) : undefined;
    articles.push({
      article: name,
      published:
        found === undefined
          ? null
          : { found, expected: g.published, ok: found !== null && found >= g.published[0] && found <= g.published[1] },
      missed,
      extras,
      forbidden,
      required: g.events.filter((e) => e.required).length,
      found: g.events.filter((e) => e.required).length - missed.length,
      extracted: mine.length,
      matched: mine.length - extras.length,
    });
  }
  const sum = (f: (a: ArticleScore) => number) => articles.reduce((n, a) => n + f(a), 0);
  const withPub = articles.filter((a) => a.published);
  return {
    recall: sum((a) => a.required) ? sum((a) => a.found) / sum((a) => a.required) : 1,
    precision: sum((a) => a.extracted) ? sum((a) => a.matched) / sum((a) => a.extracted) : 1,
    publicationAccuracy: withPub.length ? withPub.filter((a) => a.published!.ok).length / withPub.length : null,
    requiredFound: sum((a) => a.found),
    required: sum((a) => a.required),
    matched: sum((a) => a.matched),
    extracted: sum((a) => a.extracted),
    forbiddenHits: sum((a) => a.forbidden.length),
    articles,
  };
}
