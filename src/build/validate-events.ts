// Checks event files the way the site will read them, with messages an editor can act on.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATE_BASES, EVENT_TYPES, PRECISIONS, STATUSES, eventSchema } from '../lib/event-schema';
import { parseFrontMatter } from '../lib/front-matter';
import { lastDayOfMonth } from '../lib/days';
import { monthName } from '../lib/format';

export interface EventFileProblem {
  file: string;
  field: string;
  message: string;
}

const FIXES: Record<string, string> = {
  date: 'write the first day the date can stand for, as YYYY-MM-DD',
  end: 'write the last day the date can stand for, as YYYY-MM-DD, not before `date`',
  precision: `use one of ${PRECISIONS.join(', ')}`,
  type: `use one of ${EVENT_TYPES.join(', ')}`,
  scope: 'use core or context',
  date_basis: `use one of ${DATE_BASES.join(', ')}`,
  status: `use one of ${STATUSES.join(', ')} (or leave it out for happened)`,
  id: 'make it YYYY-MM-DD-short-title and equal to the file name',
  sources: 'give at least one source with article and quote',
  confidence: 'use a number from 0 to 1',
};

/** Why a value is not a calendar day: '30 February 2023 does not exist (February 2023 has 28 days)'. */
function whyNotADay(value: unknown): string | null {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!m) return `it is not written YYYY-MM-DD`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const length = lastDayOfMonth(year, month);
  if (day < 1 || day > length)
    return `${day} ${monthName(month)} ${year} does not exist (${monthName(month)} ${year} has ${length} days)`;
  return null;
}

/** The value an issue is about, as the editor wrote it. */
function valueAt(data: Record<string, unknown>, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path)
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function validateEventFile(file: string, text: string): EventFileProblem[] {
  let data: Record<string, unknown>;
  try {
    data = parseFrontMatter(text).data;
  } catch (error) {
    return [
      { file, field: '(front matter)', message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` },
    ];
  }
  const problems: EventFileProblem[] = [];
  const result = eventSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.join('.') || '(front matter)';
      const fix = FIXES[String(issue.path[0])];
      const value = valueAt(data, issue.path);
      const shown = value === undefined ? 'is missing' : `is ${JSON.stringify(value)}`;
      const dateField = /(^|\.)(date|end|published)$/.test(field);
      const why = dateField && value !== undefined ? whyNotADay(value) : null;
      const reason = why ?? (issue.code === 'invalid_value' ? 'not one of the allowed values' : issue.message);
      problems.push({ file, field, message: `${shown}: ${reason}${fix ? ` — fix: ${fix}` : ''}` });
    }
  }
  const name = file.replace(/^.*\//, '').replace(/\.md$/, '');
  if (typeof data.id === 'string' && data.id !== name) {
    problems.push({
      file,
      field: 'id',
      message: `is "${data.id}" but the file is named "${name}.md" — fix: ${FIXES.id}`,
    });
  }
  return problems;
}

export function validateEventDir(dir: string): EventFileProblem[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .flatMap((f) => validateEventFile(join(dir, f), readFileSync(join(dir, f), 'utf8')));
}
