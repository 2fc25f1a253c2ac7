import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateEventDir } from '../../src/build/validate-events';

test('a wrong event file is reported with its value, why it is wrong and the fix', () => {
  const dir = mkdtempSync(join(tmpdir(), 'events-'));
  const good = readFileSync('content/events/2021-08-15-taliban-take-over-kabul.md', 'utf8');
  writeFileSync(
    join(dir, '2021-08-15-taliban-take-over-kabul.md'),
    good.replace(/^date: ".*"$/m, 'date: "2023-02-30"').replace(/^type: ".*"$/m, 'type: "coup"'),
  );
  const problems = validateEventDir(dir);
  const date = problems.find((p) => p.field === 'date')!;
  assert.match(date.message, /^is "2023-02-30": 30 February 2023 does not exist \(February 2023 has 28 days\) — fix: /);
  const type = problems.find((p) => p.field === 'type')!;
  assert.match(type.message, /^is "coup": not one of the allowed values — fix: use one of visit, meeting/);
  assert.ok(
    problems.every((p) => p.file.startsWith(dir)),
    'every problem names the file in the events folder',
  );
});
