import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PARALLEL_MIN_ARTICLES, processFiles, processFilesInParallel } from '../../src/ingest/articles';
import { Gazetteer } from '../../src/ingest/gazetteer';
import { loadKnowledge } from '../../src/ingest/knowledge';
import { writeCorpus } from '../../src/build/bench/corpus';
import { window } from './support';

test('articles read in two threads give the same outcomes, in the same order, as read in one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallel-'));
  try {
    writeCorpus(dir, PARALLEL_MIN_ARTICLES + 20);
    // A bad article, read by either thread: its error comes back in its place, the others still go through.
    writeFileSync(join(dir, 'zz-only-chrome.md'), '---\ntitle: Menu\n---\n\nHome | World | Sport\n');
    const files = readdirSync(dir).sort();
    const knowledge = loadKnowledge();
    const shared = { knowledge, gazetteer: new Gazetteer(knowledge) };
    const one = processFiles(dir, files, window, shared);
    const two = processFilesInParallel(dir, files, window, shared);
    assert.equal(two.length, files.length);
    assert.deepEqual(
      two.map((o) => o.file),
      files,
    );
    const bad = two.at(-1)!;
    assert.ok('error' in bad && /no sentences/.test(bad.error), JSON.stringify(bad));
    assert.ok(two.filter((o) => 'processed' in o).length >= PARALLEL_MIN_ARTICLES);
    assert.deepEqual(JSON.parse(JSON.stringify(two)), JSON.parse(JSON.stringify(one)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
