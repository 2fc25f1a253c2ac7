// Synthetic event files for build and browser benchmarks: exactly N valid events, spread over 2021–2024.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, monthEnd } from '../../lib/days';
import { EVENT_TYPES, type TimelineEventInput } from '../../lib/event-schema';
import { renderEventFile } from '../../ingest/write';
import { SITE_WINDOW } from '../../lib/site';
import { mulberry32, picker } from './random';

const ACTORS = [
  'iran',
  'taliban',
  'hassan-kazemi-qomi',
  'amir-khan-muttaqi',
  'hossein-amir-abdollahian',
  'pakistan',
  'russia',
  'zabihullah-mujahid',
  'alireza-bikdeli',
  'china',
];
const PLACES = ['kabul', 'tehran', 'herat', 'mashhad', 'islamabad', 'doha'];

export function writeSyntheticEvents(eventsDir: string, sourcesDir: string, count: number, seed = 7): void {
  rmSync(eventsDir, { recursive: true, force: true });
  rmSync(sourcesDir, { recursive: true, force: true });
  mkdirSync(eventsDir, { recursive: true });
  mkdirSync(sourcesDir, { recursive: true });
  const random = mulberry32(seed);
  const pick = picker(random);
  const articles = Math.max(1, Math.ceil(count / 3));
  const paragraphs = new Map<string, string[]>();
  for (let i = 0; i < count; i++) {
    const date = addDays(SITE_WINDOW.from, Math.floor((i / count) * 1460));
    const monthly = random() < 0.25;
    const type = pick(EVENT_TYPES.filter((t) => t !== 'other'));
    const a = pick(ACTORS);
    const b = pick(ACTORS.filter((x) => x !== a));
    const article = `bench-${String(i % articles).padStart(6, '0')}`;
    const quote = `Officials said ${a.replace(/-/g, ' ')} and ${b.replace(/-/g, ' ')} held talks on ${date} (${i}).`;
    paragraphs.set(article, [...(paragraphs.get(article) ?? []), quote]);
    const start = monthly ? `${date.slice(0, 7)}-01` : date;
    const event: TimelineEventInput = {
      id: `${start}-bench-event-${i}`,
      title: `Bench event ${i}: ${a} and ${b}`,
      date: start,
      end: monthly ? monthEnd(Number(date.slice(0, 4)), Number(date.slice(5, 7))) : date,
      precision: monthly ? 'month' : 'day',
      approximate: false,
      date_text: date,
      date_basis: 'explicit',
      type,
      scope: random() < 0.7 ? 'core' : 'context',
      actors: [a, b],
      places: [pick(PLACES)],
      sources: [{ article, outlet: 'Bench Wire', published: date, quote }],
      confidence: 0.9,
      reviewed: false,
    };
    writeFileSync(join(eventsDir, `${event.id}.md`), renderEventFile(event));
  }
  for (const [article, texts] of paragraphs) {
    writeFileSync(
      join(sourcesDir, `${article}.json`),
      JSON.stringify({
        article,
        title: `Bench article ${article}`,
        outlet: 'Bench Wire',
        url: null,
        published: '2024-01-01',
        publication_basis: 'front-matter',
        publication_precision: 'day',
        paragraphs: texts,
      }),
    );
  }
}
