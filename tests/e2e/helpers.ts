import { readdirSync, readFileSync } from 'node:fs';
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
