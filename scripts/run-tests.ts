// `npm test`: type checks, unit tests, a build, end-to-end tests in Chromium; ends with one summary line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium, HOW_TO_GET_A_BROWSER, installDebianChromium } from '../src/build/browser';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const RESULTS = '.test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function readCounts(file: string): Counts | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Counts;
  } catch {
    return null;
  }
}

function add(label: string, counts: Counts | null, ok: boolean): void {
  if (!counts) {
    console.log(`${label}: no results recorded`);
    total.failed += 1;
    return;
  }
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  // A runner that crashed outside any test still fails the run.
  if (!ok && counts.failed === 0) total.failed += 1;
}

// Checks that are one test each: types, formatting, unused files and exports.
for (const [label, command, args] of [
  ['type check', 'astro', ['check']],
  ['format check', 'prettier', ['--check', '--log-level', 'warn', '.']],
  ['unused files, exports and dependencies', 'knip', []],
] as const) {
  const ok = run(label, command, [...args]);
  add(label, { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 }, ok);
}

const unitOk = run('unit tests', process.execPath, [
  '--import',
  'tsx',
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=./tests/reporters/node-count.mjs',
  `--test-reporter-destination=${RESULTS}/unit.json`,
  'tests/unit/**/*.test.ts',
  'tests/robustness/**/*.test.ts',
]);
add('unit tests', readCounts(`${RESULTS}/unit.json`), unitOk);

const built = run('build', 'npm', ['run', 'build']);
// A browser for the end-to-end tests: found, else installed where this machine allows, else one clear line.
let browser = await findChromium();
if (!browser && installDebianChromium((line) => console.log(line))) browser = await findChromium();
if (built && !browser) {
  console.log(`\nend-to-end tests not run: ${HOW_TO_GET_A_BROWSER}`);
  total.failed += 1;
} else if (built && browser) {
  console.log(`\nChromium: ${browser.path} (${browser.from})`);
  process.env.CHROMIUM_PATH = browser.path;
  const e2eOk = run('end-to-end tests', 'playwright', ['test']);
  add('end-to-end tests', readCounts(`${RESULTS}/e2e.json`), e2eOk);
} else {
  console.log('build failed: end-to-end tests not run');
  total.failed += 1;
}

console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed === 0 ? 0 : 1);
