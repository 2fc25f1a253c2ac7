// One article through every stage but the cross-article merge, and many articles at once: articles do not depend
// on each other until the merge, so on a machine with two or more cores a worker thread reads part of them.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { cleanArticle } from './clean';
import { extractEvents } from './extract';
import { Gazetteer } from './gazetteer';
import { loadKnowledge, type Knowledge } from './knowledge';
import { mergeWithinArticle } from './merge';
import { findPublication } from './publication';
import { ArticleError, parseArticle } from './read';
import { splitSentences } from './sentences';
import type { CleanArticle, DraftEvent, OutOfWindow, Publication, RemovedLine, UndatedMention } from './types';

interface DateWindow {
  from: string;
  to: string;
}

export interface ArticleReport {
  article: string;
  file: string;
  title: string | null;
  outlet: string | null;
  publication: Publication;
  /** Each event the article gave, with the rule of the dating chain that dated it. */
  events: Array<{ id: string; date: string; end: string; basis: string; rule: string }>;
  undated: UndatedMention[];
  outOfWindow: OutOfWindow[];
  unknownNames: string[];
  removedLines: RemovedLine[];
  warnings: string[];
}

export interface ProcessedArticle {
  clean: CleanArticle;
  publication: Publication;
  drafts: DraftEvent[];
  report: ArticleReport;
}

/** One article through every stage but the cross-article merge. Pure apart from its inputs. */
function processArticle(
  file: string,
  bytes: Uint8Array,
  knowledge: Knowledge,
  gazetteer: Gazetteer,
  window: DateWindow,
): ProcessedArticle {
  const article = parseArticle(file, bytes);
  const clean = cleanArticle(article);
  const sentences = splitSentences(clean.paragraphs);
  if (sentences.length === 0)
    throw new ArticleError(article.file, 'no sentences of article text were found (only headings or page chrome)');
  const publication = findPublication(clean, sentences, {
    anchors: knowledge.anchors,
    offices: knowledge.offices,
    numbering: knowledge.numbering,
    reports: knowledge.reports,
    typeRules: knowledge.typeRules,
    window,
  });
  const outlets = [clean.meta.outlet, clean.leadOutlet, clean.meta.url ? hostName(clean.meta.url) : null].filter(
    (o): o is string => Boolean(o),
  );
  const extraction = extractEvents(article.name, sentences, publication, { knowledge, gazetteer, window, outlets });
  const drafts = mergeWithinArticle(extraction.events, gazetteer);
  const report: ArticleReport = {
    article: article.name,
    file: article.file,
    title: clean.title,
    outlet: clean.meta.outlet ?? clean.leadOutlet,
    publication,
    events: [],
    undated: extraction.undated,
    outOfWindow: extraction.outOfWindow,
    unknownNames: extraction.unknownNames,
    removedLines: clean.removed,
    warnings: [...article.warnings, ...publication.warnings],
  };
  return { clean, publication, drafts, report };
}

/** 'https://www.arabnews.pk/node/1' → 'arabnews': the outlet's name as its address spells it. */
function hostName(url: string): string | null {
  const host = /^https?:\/\/([^/:]+)/i.exec(url)?.[1]?.toLowerCase();
  if (!host) return null;
  const labels = host.replace(/^(www|en|m|amp)\./, '').split('.');
  return labels.length >= 2 ? labels[labels.length - 2]! : labels[0]!;
}

/** An article read, or the reason it could not be. */
export type ArticleOutcome = { file: string; processed: ProcessedArticle } | { file: string; error: string };

/** Articles in the order given, each read on its own: one bad article never stops the others. */
export function processFiles(
  dir: string,
  files: readonly string[],
  window: DateWindow,
  shared?: { knowledge: Knowledge; gazetteer: Gazetteer },
  onProgress?: (done: number, file: string) => void,
): ArticleOutcome[] {
  let next = 0;
  return processClaimed(dir, files, window, () => next++, shared, onProgress).map(([, outcome]) => outcome);
}

/**
 * The articles whose indices `claim` hands out, until it hands out one past the last, each with its index: two
 * threads claiming from one shared counter share the work whatever each one's speed.
 */
export function processClaimed(
  dir: string,
  files: readonly string[],
  window: DateWindow,
  claim: () => number,
  shared?: { knowledge: Knowledge; gazetteer: Gazetteer },
  onProgress?: (done: number, file: string) => void,
): Array<[number, ArticleOutcome]> {
  const knowledge = shared?.knowledge ?? loadKnowledge();
  const gazetteer = shared?.gazetteer ?? new Gazetteer(knowledge);
  const outcomes: Array<[number, ArticleOutcome]> = [];
  for (let i = claim(); i < files.length; i = claim()) {
    const file = files[i]!;
    onProgress?.(i + 1, file);
    try {
      const processed = processArticle(file, readFileSync(join(dir, file)), knowledge, gazetteer, window);
      outcomes.push([i, { file, processed }]);
    } catch (error) {
      const reason =
        error instanceof ArticleError
          ? error.message.replace(`${file}: `, '')
          : `unexpected error: ${(error as Error).message}`;
      outcomes.push([i, { file, error: reason }]);
    }
  }
  return outcomes;
}

/** Below this many articles a worker's start (loading the knowledge again) costs more than it saves. */
export const PARALLEL_MIN_ARTICLES = 200;
/** How often the worker's progress is told while this thread waits for it. */
const PROGRESS_MS = 250;

/** What the worker is given; the flags are [0] started, [1] done, [2] the next article to claim. */
export interface WorkerInput {
  dir: string;
  files: readonly string[];
  window: DateWindow;
  flags: Int32Array;
}

/**
 * The same outcomes as processFiles, in the same order: this thread and a worker thread claim the articles one by
 * one from a shared counter; this thread then waits for the worker's (synchronously, so callers stay synchronous).
 * A worker that has not started by then claimed nothing; one that fails as a whole has its articles read here.
 */
export function processFilesInParallel(
  dir: string,
  files: readonly string[],
  window: DateWindow,
  shared: { knowledge: Knowledge; gazetteer: Gazetteer },
  onProgress?: (done: number, file: string) => void,
): ArticleOutcome[] {
  if (files.length < PARALLEL_MIN_ARTICLES || availableParallelism() < 2)
    return processFiles(dir, files, window, shared, onProgress);
  const flags = new Int32Array(new SharedArrayBuffer(12));
  const { port1, port2 } = new MessageChannel();
  const input: WorkerInput = { dir, files, window, flags };
  const worker = new Worker(new URL('./ingest-worker.ts', import.meta.url), {
    workerData: { ...input, port: port2 },
    transferList: [port2],
  });
  const claimed = () => Math.min(Atomics.load(flags, 2), files.length);
  // Progress counts the articles both threads have begun.
  const mine = processClaimed(
    dir,
    files,
    window,
    () => Atomics.add(flags, 2, 1),
    shared,
    (_, file) => onProgress?.(claimed(), file),
  );
  let theirs: Array<[number, ArticleOutcome]> = [];
  if (Atomics.load(flags, 0) === 1) {
    while (Atomics.load(flags, 1) === 0) {
      Atomics.wait(flags, 1, 0, PROGRESS_MS);
      onProgress?.(claimed(), files[claimed() - 1]!);
    }
    const message = receiveMessageOnPort(port1)?.message as { outcomes?: Array<[number, ArticleOutcome]> } | undefined;
    theirs = message?.outcomes ?? [];
  }
  void worker.terminate();
  port1.close();
  const outcomes: ArticleOutcome[] = new Array(files.length);
  for (const [i, outcome] of [...mine, ...theirs]) outcomes[i] = outcome;
  // What the worker claimed and did not give back (it failed as a whole) is read here.
  const missing = files.flatMap((_, i) => (outcomes[i] === undefined ? [i] : []));
  let next = 0;
  const claimMissing = () => missing[next++] ?? files.length;
  for (const [i, outcome] of processClaimed(dir, files, window, claimMissing, shared)) outcomes[i] = outcome;
  onProgress?.(files.length, files.at(-1)!);
  return outcomes;
}
