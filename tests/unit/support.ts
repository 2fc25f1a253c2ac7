// Shared by the unit tests: the knowledge and gazetteer loaded once, and extraction from a few sentences.
import { Gazetteer } from '../../src/ingest/gazetteer';
import { loadKnowledge } from '../../src/ingest/knowledge';
import { extractEvents } from '../../src/ingest/extract';
import { splitSentences } from '../../src/ingest/sentences';
import type { Publication } from '../../src/ingest/types';
import { SITE_WINDOW } from '../../src/lib/site';

export const knowledge = loadKnowledge();
export const gazetteer = new Gazetteer(knowledge);
export const window = { ...SITE_WINDOW };

/** A publication date known to the day, as front matter gives it. */
export function publishedOn(date: string): Publication {
  return {
    date,
    precision: 'day',
    basis: 'front-matter',
    rule: 'front-matter',
    confidence: 1,
    evidence: '',
    warnings: [],
  };
}

/** Extracts from sentences of one article published on `date` (front matter), in the site's window. */
export function extractFrom(texts: string[], date: string) {
  return extractEvents('a', splitSentences(texts.map((text) => ({ text }))), publishedOn(date), {
    knowledge,
    gazetteer,
    window,
  });
}
