// Snapshot corpus of single sentences (as observablehq/framework's test/input → test/output): each
// tests/fixtures/sentences/<name>.txt (a 'published:' line, a blank line, then one paragraph a line) is extracted and
// compared with <name>.json. A new date rule comes with a new pair. UPDATE_SNAPSHOTS=1 writes the .json files,
// which are then read and checked by hand before they are committed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractEvents } from '../../src/ingest/extract';
import { mergeWithinArticle } from '../../src/ingest/merge';
import { splitSentences } from '../../src/ingest/sentences';
import { gazetteer, knowledge, publishedOn, window } from './support';

const DIR = 'tests/fixtures/sentences';

function snapshot(input: string) {
  const match = /^published: (\d{4}-\d{2}-\d{2})\n\n([\s\S]*)$/.exec(input);
  if (!match) throw new Error('expected a "published: YYYY-MM-DD" line, a blank line, then the text');
  const paragraphs = match[2]!
    .split('\n')
    .filter((l) => l.trim())
    .map((text) => ({ text }));
  const r = extractEvents('a', splitSentences(paragraphs), publishedOn(match[1]!), { knowledge, gazetteer, window });
  return {
    events: mergeWithinArticle(r.events, gazetteer).map((e) => ({
      date: e.date,
      end: e.end,
      precision: e.precision,
      type: e.type,
      status: e.status,
      rule: e.rule,
      actors: e.actors,
      title: e.title,
    })),
    undated: r.undated.map((u) => ({ type: u.type, reason: u.reason })),
  };
}

for (const file of readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  test(`sentences/${file}`, () => {
    const actual = snapshot(readFileSync(join(DIR, file), 'utf8'));
    const expectedFile = join(DIR, file.replace(/\.txt$/, '.json'));
    if (process.env.UPDATE_SNAPSHOTS === '1') writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    assert.ok(existsSync(expectedFile), `${expectedFile} is missing: run with UPDATE_SNAPSHOTS=1 and review it`);
    assert.deepEqual(actual, JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
}
