// Write: events → Markdown files, never losing an editor's work, and never leaving a half-written folder.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TimelineEventInput } from '../lib/event-schema';
import { parseFrontMatter } from '../lib/front-matter';
import { formatEventDate } from '../lib/format';
import { sourceCitation } from '../lib/sources';

const STATE_FILE = '.ingest-state.json';
const STAGING = '.ingest-staging';

export interface WriteResult {
  written: string[];
  unchanged: string[];
  keptReviewed: string[];
  keptEdited: string[];
  removed: string[];
  orphanedEdited: string[];
  errors: string[];
}

interface State {
  version: 1;
  files: Record<string, string>;
}

/** A source sentence's key in the id index. */
export function sourceKey(source: { article: string; quote: string }): string {
  return `${source.article}#${sha256(source.quote).slice(0, 16)}`;
}

/**
 * Source sentence → id of the event file that quotes it, read from the files themselves (after finishing any
 * interrupted write), so ids outlive a better title or date. Files an editor broke are skipped here.
 */
export function previousIds(dir: string): Map<string, string> {
  const ids = new Map<string, string>();
  if (!existsSync(dir)) return ids;
  recoverInterruptedWrite(dir);
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.md')) continue;
    try {
      const data = parseFrontMatter(readFileSync(join(dir, name), 'utf8')).data as { id?: unknown; sources?: unknown };
      if (typeof data.id !== 'string' || !Array.isArray(data.sources)) continue;
      for (const source of data.sources as Array<{ article?: unknown; quote?: unknown }>) {
        if (typeof source.article !== 'string' || typeof source.quote !== 'string') continue;
        const key = sourceKey({ article: source.article, quote: source.quote });
        if (!ids.has(key)) ids.set(key, data.id);
      }
    } catch {
      continue;
    }
  }
  return ids;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function yamlString(value: string): string {
  return JSON.stringify(value);
}

/** Deterministic front matter: fixed key order, JSON-quoted strings (valid YAML). */
export function renderEventFile(event: TimelineEventInput): string {
  const lines: string[] = ['---'];
  const scalar = (key: string, value: unknown) => {
    if (value === undefined) return;
    lines.push(`${key}: ${typeof value === 'string' ? yamlString(value) : String(value)}`);
  };
  scalar('id', event.id);
  scalar('title', event.title);
  scalar('date', event.date);
  scalar('end', event.end);
  scalar('precision', event.precision);
  scalar('approximate', event.approximate ?? false);
  scalar('date_text', event.date_text ?? '');
  scalar('date_basis', event.date_basis);
  scalar('date_note', event.date_note);
  scalar('status', event.status ?? 'happened');
  scalar('type', event.type);
  scalar('cameo', event.cameo);
  scalar('scope', event.scope);
  lines.push(`actors: [${(event.actors ?? []).map(yamlString).join(', ')}]`);
  lines.push(`places: [${(event.places ?? []).map(yamlString).join(', ')}]`);
  lines.push('sources:');
  for (const s of event.sources) {
    lines.push(`  - article: ${yamlString(s.article)}`);
    if (s.outlet) lines.push(`    outlet: ${yamlString(s.outlet)}`);
    if (s.headline) lines.push(`    headline: ${yamlString(s.headline)}`);
    if (s.url) lines.push(`    url: ${yamlString(s.url)}`);
    if (s.published) lines.push(`    published: ${yamlString(String(s.published))}`);
    lines.push(`    quote: ${yamlString(s.quote)}`);
  }
  scalar('confidence', event.confidence);
  scalar('reviewed', event.reviewed ?? false);
  lines.push('---', '');
  const date = formatEventDate(String(event.date), String(event.end), event.precision);
  const outlets = [
    ...new Set(
      event.sources.map((s) => sourceCitation({ ...s, published: s.published ? String(s.published) : undefined })),
    ),
  ].join('; ');
  lines.push(`${event.title} — ${date}. Reported by ${outlets}.`, '');
  return lines.join('\n');
}

function readState(dir: string): State {
  try {
    const state = JSON.parse(readFileSync(join(dir, STATE_FILE), 'utf8')) as State;
    return state && state.files ? state : { version: 1, files: {} };
  } catch {
    return { version: 1, files: {} };
  }
}

interface Plan {
  ready: boolean;
  write: string[];
  remove: string[];
}

/** Finishes (or abandons) a write that was interrupted: the folder ends up as before or complete. */
export function recoverInterruptedWrite(dir: string): 'none' | 'completed' | 'discarded' {
  const staging = join(dir, STAGING);
  if (!existsSync(staging)) return 'none';
  let plan: Plan | null = null;
  try {
    plan = JSON.parse(readFileSync(join(staging, 'plan.json'), 'utf8')) as Plan;
  } catch {
    plan = null;
  }
  if (!plan?.ready) {
    rmSync(staging, { recursive: true, force: true });
    return 'discarded';
  }
  applyPlan(dir, plan);
  return 'completed';
}

function applyPlan(dir: string, plan: Plan): void {
  const staging = join(dir, STAGING);
  for (const name of plan.write) {
    const from = join(staging, name);
    if (existsSync(from)) renameSync(from, join(dir, name));
  }
  for (const name of plan.remove) rmSync(join(dir, name), { force: true });
  rmSync(staging, { recursive: true, force: true });
}

/**
 * Writes the events: reviewed files and hand-edited generated files are kept, files no longer produced
 * are removed only if nobody edited them. Everything is staged first, then moved into place.
 */
export function writeEvents(dir: string, events: readonly TimelineEventInput[]): WriteResult {
  mkdirSync(dir, { recursive: true });
  recoverInterruptedWrite(dir);
  const result: WriteResult = {
    written: [],
    unchanged: [],
    keptReviewed: [],
    keptEdited: [],
    removed: [],
    orphanedEdited: [],
    errors: [],
  };
  const state = readState(dir);
  const existing = new Map<string, string>();
  for (const name of readdirSync(dir))
    if (name.endsWith('.md')) existing.set(name, readFileSync(join(dir, name), 'utf8'));

  const protectedFiles = new Set<string>();
  for (const [name, text] of existing) {
    let reviewed = false;
    try {
      reviewed = parseFrontMatter(text).data.reviewed === true;
    } catch {
      reviewed = false; // unreadable front matter: an editor's work in progress, kept below as edited
    }
    if (reviewed) {
      protectedFiles.add(name);
      result.keptReviewed.push(name);
    } else if (state.files[name] !== sha256(text)) {
      protectedFiles.add(name);
      result.keptEdited.push(name);
    }
  }

  const nextState: State = { version: 1, files: {} };
  const toWrite = new Map<string, string>();
  for (const event of events) {
    const name = `${event.id}.md`;
    if (protectedFiles.has(name)) continue;
    const text = renderEventFile(event);
    nextState.files[name] = sha256(text);
    if (existing.get(name) === text) result.unchanged.push(name);
    else toWrite.set(name, text);
  }
  const produced = new Set(events.map((e) => `${e.id}.md`));
  const toRemove: string[] = [];
  for (const name of existing.keys()) {
    if (produced.has(name)) continue;
    if (protectedFiles.has(name)) result.orphanedEdited.push(name);
    else toRemove.push(name);
  }
  // Keep the editors' files recorded as they are, so a later run still recognises them.
  for (const name of protectedFiles) if (state.files[name]) nextState.files[name] = state.files[name]!;

  const staging = join(dir, STAGING);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const plan: Plan = { ready: false, write: [...toWrite.keys(), STATE_FILE].sort(), remove: toRemove.sort() };
  try {
    writeFileSync(join(staging, 'plan.json'), JSON.stringify(plan));
    for (const [name, text] of toWrite) writeFileSync(join(staging, name), text);
    const sortedState: State = {
      version: 1,
      files: Object.fromEntries(Object.entries(nextState.files).sort(([a], [b]) => a.localeCompare(b))),
    };
    writeFileSync(join(staging, STATE_FILE), `${JSON.stringify(sortedState, null, 2)}\n`);
    writeFileSync(join(staging, 'plan.json'), JSON.stringify({ ...plan, ready: true }));
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    result.errors.push(`could not stage event files in ${dir}: ${(error as Error).message}; nothing was changed`);
    return result;
  }
  applyPlan(dir, { ...plan, ready: true });
  result.written = [...toWrite.keys()].sort();
  result.removed = toRemove;
  return result;
}

/** Writes small data files (article texts for the site) atomically, one by one. */
export function writeFileAtomic(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}
