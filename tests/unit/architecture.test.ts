// The pipeline's stages in the order the data flows: each imports only earlier stages or shared code, so a
// stage can be read knowing only what comes before it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const STAGES = [
  'read',
  'clean',
  'sentences',
  'dates',
  'clauses',
  'publication',
  'extract',
  'merge',
  'write',
  'pipeline',
];
/** Parts of a stage, and code every stage may use. */
const PART_OF: Record<string, string> = {
  discourse: 'extract',
  titles: 'extract',
  articles: 'pipeline',
  'ingest-worker': 'pipeline',
};
const SHARED = new Set(['types', 'words', 'knowledge', 'gazetteer', 'reports']);
/** Tools that read the pipeline's output or keep its data, not stages of it. */
const TOOLS = new Set(['evaluate', 'diagnose', 'score', 'article-numbers']);

test('each pipeline stage imports only earlier stages and shared code', () => {
  const problems: string[] = [];
  for (const file of readdirSync('src/ingest').filter((f) => f.endsWith('.ts'))) {
    const name = file.replace(/\.ts$/, '');
    if (SHARED.has(name) || TOOLS.has(name)) continue;
    const stage = STAGES.indexOf(PART_OF[name] ?? name);
    assert.ok(stage >= 0, `${file} is neither a stage, a part of one, shared code nor a tool`);
    const imports = [...readFileSync(`src/ingest/${file}`, 'utf8').matchAll(/from '\.\/([\w-]+)'/g)].map((m) => m[1]!);
    for (const target of imports) {
      if (SHARED.has(target) || PART_OF[target] === (PART_OF[name] ?? name)) continue;
      const at = STAGES.indexOf(PART_OF[target] ?? target);
      if (at < 0 || at >= stage) problems.push(`${name} imports ${target}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('shared code in src/lib runs anywhere: no node built-ins', () => {
  const nodeOnly = readdirSync('src/lib')
    .filter((f) => f.endsWith('.ts'))
    .filter((f) => /from 'node:/.test(readFileSync(`src/lib/${f}`, 'utf8')));
  assert.deepEqual(nodeOnly, []);
});
