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
  const knowledge = shared?.knowledge ?? loadKnowledge();
  const gazetteer = shared?.gazetteer ?? new Gazetteer(knowledge);
  return files.map((file, i) => {
    onProgress?.(i + 1, file);
    try {
      return { file, processed: processArticle(file, readFileSync(join(dir, file)), knowledge, gazetteer, window) };
    } catch (error) {
      return {
        file,
        error:
          error instanceof ArticleError
            ? error.message.replace(`${file}: `, '')
            : `unexpected error: ${(error as Error).message}`,
      };
    }
  });
}

/** Below this many articles a worker's start (loading the knowledge again) costs more than it saves. */
export const PARALLEL_MIN_ARTICLES = 200;
/** How long a worker may take to start before this thread reads its share itself. */
const WORKER_START_MS = 60_000;
/** How often the worker's progress is told while this thread waits for it. */
const PROGRESS_MS = 250;

/** What the worker is given, and the flags it raises: [0] started, [1] done; [2] counts the articles it has begun. */
export interface WorkerInput {
  dir: string;
  files: string[];
  window: DateWindow;
  flags: Int32Array;
}

/**
 * The same outcomes as processFiles, in the same order: the last part of the files goes to a worker thread while
 * this thread reads the first, then waits for the worker's (synchronously, so callers stay synchronous).
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
  // The worker loads the knowledge before it reads: it takes a little less than half.
  const mine = files.slice(0, Math.ceil(files.length * 0.55));
  const theirs = files.slice(mine.length);
  const flags = new Int32Array(new SharedArrayBuffer(12));
  const { port1, port2 } = new MessageChannel();
  const input: WorkerInput = { dir, files: theirs, window, flags };
  const worker = new Worker(new URL('./ingest-worker.ts', import.meta.url), {
    workerData: { ...input, port: port2 },
    transferList: [port2],
  });
  // Progress counts both threads' articles.
  const first = processFiles(dir, mine, window, shared, (done, file) =>
    onProgress?.(done + Atomics.load(flags, 2), file),
  );
  const started = Atomics.load(flags, 0) === 1 || Atomics.wait(flags, 0, 0, WORKER_START_MS) !== 'timed-out';
  if (started) {
    while (Atomics.load(flags, 1) === 0) {
      Atomics.wait(flags, 1, 0, PROGRESS_MS);
      const theirsDone = Atomics.load(flags, 2);
      if (theirsDone > 0) onProgress?.(mine.length + theirsDone, theirs[theirsDone - 1]!);
    }
    const message = receiveMessageOnPort(port1)?.message as { outcomes?: ArticleOutcome[]; error?: string } | undefined;
    void worker.terminate();
    port1.close();
    if (message?.outcomes) {
      onProgress?.(files.length, theirs.at(-1)!);
      return [...first, ...message.outcomes];
    }
  } else {
    void worker.terminate();
    port1.close();
  }
  // The worker could not start or failed as a whole: read its share here.
  return [
    ...first,
    ...processFiles(dir, theirs, window, shared, (done, file) => onProgress?.(mine.length + done, file)),
  ];
}
