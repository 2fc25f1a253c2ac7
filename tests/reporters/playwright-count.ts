// Playwright reporter: writes the final outcome counts to a JSON file for scripts/run-tests.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class CountReporter implements Reporter {
  private readonly outcomes = new Map<string, TestCase>();

  onTestEnd(test: TestCase, _result: TestResult): void {
    this.outcomes.set(test.id, test);
  }

  onEnd(_result: FullResult): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const test of this.outcomes.values()) {
      const outcome = test.outcome();
      if (outcome === 'skipped') skipped++;
      else if (outcome === 'expected' || outcome === 'flaky') passed++;
      else failed++;
    }
    const file = process.env.PW_COUNT_FILE ?? '.test-results/e2e.json';
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ passed, failed, skipped }));
  }
}
