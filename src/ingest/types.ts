// Shapes passed between the pipeline stages.
import type { DateBasis, EventType, Precision, Scope, Status } from '../lib/event-schema';

export interface ArticleMeta {
  title?: string;
  outlet?: string;
  url?: string;
  /** ISO day from front matter or HTML metadata. */
  published?: string;
}

/** An article as read from disk: decoded text, front matter split off. */
export interface Article {
  /** File name without extension: the id sources refer to. */
  name: string;
  file: string;
  format: 'txt' | 'md' | 'html';
  meta: ArticleMeta;
  body: string;
  warnings: string[];
}

export interface RemovedLine {
  line: string;
  reason: string;
}

export interface Paragraph {
  text: string;
}

/** An article after cleaning: title, the lines around the text, and the body paragraphs. */
export interface CleanArticle {
  name: string;
  meta: ArticleMeta;
  title: string | null;
  /** Outlet named in a lead such as 'Bayan News – …' or a 'TEHRAN-' style dateline city. */
  leadOutlet: string | null;
  /** Short non-body lines (bylines, stamps, labels) above the story, where datelines live. */
  headerLines: string[];
  /** The same kind of lines once the story is under way: a stamp below the text, or the stamps of teasers. */
  footerLines: string[];
  /** A stamp the copy of the page begins with (' date 2023-11-05 …'), taken off the text. */
  pageStamp: { date: string; text: string } | null;
  /** The same with the month only (' date 2024-02 …'): the site filed the story that month. */
  pageMonth: { year: number; month: number } | null;
  paragraphs: Paragraph[];
  removed: RemovedLine[];
}

export interface Sentence {
  text: string;
  paragraph: number;
  /** Position among all sentences of the article. */
  index: number;
  /** Quotation ranges inside `text`, including quotations opened in an earlier sentence. */
  quotes: Array<[number, number]>;
}

export interface Publication {
  date: string | null;
  precision: 'day' | 'month' | 'year';
  basis: 'front-matter' | 'dateline' | 'url' | 'inferred' | 'none';
  /** The named finder that decided ('page-stamp', 'stamp', 'dateline', 'url', 'latest-reported-date', …). */
  rule: string;
  confidence: number;
  evidence: string;
  warnings: string[];
  /** Inferred as the day after a happening it reports: the story may be of that day itself, as a wire's would be. */
  dayAfterHappening?: boolean;
}

/** One event as the extractor found it in one article, before merging. */
export interface DraftEvent {
  article: string;
  title: string;
  date: string;
  end: string;
  precision: Precision;
  approximate: boolean;
  date_text: string;
  date_basis: DateBasis;
  date_note?: string;
  status: Status;
  type: EventType;
  cameo?: string;
  scope: Scope;
  actors: string[];
  places: string[];
  quote: string;
  confidence: number;
  /** Sentence position, for ordering and in-article merging. */
  sentence: number;
  /** Dated as the news of the day (an undated lead). */
  fromLead?: boolean;
  /** The rule of the dating chain that dated it ('explicit', 'news-day', 'from-focus', …), for the report. */
  rule: string;
}

export interface UndatedMention {
  article: string;
  quote: string;
  type: EventType;
  actors: string[];
  reason: string;
}

export interface OutOfWindow {
  article: string;
  quote: string;
  date: string;
  end: string;
  date_text: string;
}
