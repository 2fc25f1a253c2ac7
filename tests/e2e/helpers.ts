import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import matter from 'gray-matter';
import { expect, type Page } from '@playwright/test';

export interface EventFile {
  id: string;
  title: string;
  date: string;
  end: string;
  precision: string;
  type: string;
  scope: string;
  actors: string[];
  sources: Array<{ article: string; quote: string; outlet?: string }>;
}

/** The event files the site was built from: tests compare the pages against them. */
export function eventFiles(): EventFile[] {
  return readdirSync('content/events')
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => matter(readFileSync(`content/events/${f}`, 'utf8')).data as EventFile);
}

/** Fails on any request that leaves the site's own origin (or file:// folder). */
export function trackForeignRequests(page: Page, allowedPrefix: string): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (
      !url.startsWith(allowedPrefix) &&
      !url.startsWith('data:') &&
      !url.startsWith('blob:') &&
      !url.startsWith('about:')
    )
      foreign.push(url);
  });
  return foreign;
}

export function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

/** The timeline loads when it scrolls into view; bring it there and wait until it is ready. */
export async function openTimeline(page: Page): Promise<void> {
  await page.locator('timeline-view').scrollIntoViewIfNeeded();
  await expect(page.locator('timeline-view')).toHaveAttribute('data-ready', 'true');
}

const BUILD_LOCK = '.astro-build.lock';

/**
 * Builds another site into `outDir` (events and sources from other folders), one build at a time: two astro builds
 * at once share the project's .astro folder and break each other.
 */
export async function buildSiteExclusively(outDir: string, env: Record<string, string>): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      if (Date.now() - started > 240_000)
        throw new Error(`${BUILD_LOCK} held for 4 minutes: remove it if no test runs`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    for (const [command, args] of [
      ['npx', ['astro', 'build', '--outDir', outDir]],
      ['npx', ['tsx', 'scripts/postbuild.ts', outDir]],
    ] as const) {
      const r = spawnSync(command, [...args], { encoding: 'utf8', env: { ...process.env, ...env } });
      if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
    }
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}
