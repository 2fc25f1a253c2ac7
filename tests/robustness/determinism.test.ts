import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { recoverInterruptedWrite } from '../../src/ingest/write';
import { validateEventDir } from '../../src/build/validate-events';

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  return { ok: r.status === 0, out: `${r.stdout}\n${r.stderr}` };
}

function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(dir, full), readFileSync(full).toString('base64'));
    }
  };
  walk(dir);
  return files;
}

function ingest(articles: string, out: string, sources: string) {
  return run('npx', [
    'tsx',
    'scripts/ingest.ts',
    '--articles',
    articles,
    '--out',
    out,
    '--sources',
    sources,
    '--report',
    join(out, '..', 'report.json'),
    '--quiet',
  ]);
}

test('two ingests and two builds of the same articles are byte-identical', () => {
  const work = mkdtempSync(join(tmpdir(), 'determinism-'));
  assert.ok(run('npx', ['tsx', 'scripts/build-client.ts']).ok);
  const sites: Array<Map<string, string>> = [];
  for (const n of [1, 2]) {
    const events = join(work, `events-${n}`);
    const sources = join(work, `sources-${n}`);
    assert.ok(ingest('content/articles', events, sources).ok);
    const built = run('npx', ['astro', 'build', '--outDir', join(work, `dist-${n}`)], {
      EVENTS_DIR: events,
      SOURCES_DIR: sources,
    });
    assert.ok(built.ok, built.out);
    assert.ok(run('npx', ['tsx', 'scripts/postbuild.ts', join(work, `dist-${n}`)]).ok);
    sites.push(snapshot(join(work, `dist-${n}`)));
  }
  assert.deepEqual(snapshot(join(work, 'events-1')), snapshot(join(work, 'events-2')));
  assert.deepEqual([...sites[0]!.keys()], [...sites[1]!.keys()]);
  for (const [file, bytes] of sites[0]!) assert.equal(sites[1]!.get(file), bytes, `${file} differs between builds`);
});

test('an invalid hand-edited event file stops the build with the file, the field and the fix', () => {
  const work = mkdtempSync(join(tmpdir(), 'invalid-'));
  const events = join(work, 'events');
  cpSync('content/events', events, { recursive: true });
  const name = readdirSync(events).find((f) => f.endsWith('.md'))!;
  const file = join(events, name);
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace(/^precision: .*$/m, 'precision: "fortnight"')
      .replace(/^date: .*$/m, 'date: 2023-02-30'),
  );
  const checked = run('npx', ['tsx', 'scripts/check-events.ts', events]);
  assert.equal(checked.ok, false);
  assert.match(checked.out, new RegExp(`${name}: field "precision": .*fix: use one of day, week`));
  assert.match(checked.out, new RegExp(`${name}: field "date": .*fix:`));
  // Astro's own schema check says the same if the step is skipped.
  const built = run('npx', ['astro', 'build', '--outDir', join(work, 'dist')], { EVENTS_DIR: events });
  assert.equal(built.ok, false);
  assert.match(built.out, /precision/);
});

test('an ingest killed half-way leaves the events folder as before or complete, never half-written', async () => {
  const work = mkdtempSync(join(tmpdir(), 'killed-'));
  const base = readFileSync('content/articles/001_328e154e63764b37.txt', 'utf8');
  const corpus = (dir: string, count: number, shift: number) => {
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < count; i++) {
      const day = new Date(Date.UTC(2021, 0, 1 + i * 2 + shift)).toISOString().slice(0, 10);
      writeFileSync(
        join(dir, `a${String(i).padStart(4, '0')}.md`),
        `---\npublished: ${day}\n---\n${base.split('\n').slice(3).join('\n')}`,
      );
    }
  };
  corpus(join(work, 'old'), 150, 0);
  corpus(join(work, 'new'), 300, 1);
  const before = join(work, 'before');
  const complete = join(work, 'complete');
  assert.ok(ingest(join(work, 'old'), before, join(work, 's0')).ok);
  cpSync(before, complete, { recursive: true });
  assert.ok(ingest(join(work, 'new'), complete, join(work, 's1')).ok);
  const stateBefore = snapshot(before);
  const stateComplete = snapshot(complete);
  assert.notDeepEqual(stateBefore, stateComplete);

  const started = Date.now();
  const full = ingest(join(work, 'new'), join(work, 'timing'), join(work, 's2'));
  assert.ok(full.ok);
  const duration = Date.now() - started;
  let sawBefore = 0;
  let sawComplete = 0;
  for (const fraction of [0.5, 0.7, 0.8, 0.9, 0.95, 1.0]) {
    const out = join(work, `trial-${fraction}`);
    cpSync(before, out, { recursive: true });
    const child = spawn(
      'npx',
      [
        'tsx',
        'scripts/ingest.ts',
        '--articles',
        join(work, 'new'),
        '--out',
        out,
        '--sources',
        join(work, `s-${fraction}`),
        '--report',
        join(work, `r-${fraction}.json`),
        '--quiet',
      ],
      { detached: true, stdio: 'ignore' },
    );
    const exited = new Promise((r) => child.once('exit', r));
    await new Promise((r) => setTimeout(r, duration * fraction));
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already finished
    }
    await exited;
    assert.deepEqual(validateEventDir(out), [], 'no event file is half-written');
    recoverInterruptedWrite(out);
    const state = snapshot(out);
    const isBefore = JSON.stringify([...state]) === JSON.stringify([...stateBefore]);
    const isComplete = JSON.stringify([...state]) === JSON.stringify([...stateComplete]);
    assert.ok(
      isBefore || isComplete,
      `after a kill at ${Math.round(fraction * 100)}% the folder is neither as before nor complete`,
    );
    if (isBefore) sawBefore++;
    else sawComplete++;
    rmSync(out, { recursive: true, force: true });
  }
  assert.equal(sawBefore + sawComplete, 6);
});
