// Open data exports: CSV, iCalendar, RSS, TimelineJS and JSON Schema, from the validated events.
import { z } from 'astro/zod';
import { addDays } from './days';
import { eventSchema, type TimelineEvent } from './event-schema';
import { formatEventDate } from './format';
import { linkTo, isAbsoluteBase } from './links';
import { escapeXml } from './markup';
import { sourceCitation } from './sources';
import { SITE_HEADLINE, SITE_NAME, SITE_WINDOW } from './site';

const CSV_COLUMNS = [
  'id',
  'title',
  'date',
  'end',
  'precision',
  'approximate',
  'date_text',
  'date_basis',
  'date_note',
  'status',
  'type',
  'cameo',
  'scope',
  'actors',
  'places',
  'confidence',
  'reviewed',
  'source_articles',
  'source_outlets',
  'source_headlines',
  'source_urls',
  'quotes',
] as const;

function csvField(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  // A leading = + - @ would run as a formula in spreadsheets: prefix it.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function eventsToCsv(events: readonly TimelineEvent[]): string {
  const rows = events.map((e) => [
    e.id,
    e.title,
    e.date,
    e.end,
    e.precision,
    e.approximate,
    e.date_text,
    e.date_basis,
    e.date_note ?? '',
    e.status,
    e.type,
    e.cameo ?? '',
    e.scope,
    e.actors.join('; '),
    e.places.join('; '),
    e.confidence,
    e.reviewed,
    e.sources.map((s) => s.article).join('; '),
    e.sources.map((s) => s.outlet ?? '').join('; '),
    e.sources.map((s) => s.headline ?? '').join('; '),
    e.sources.map((s) => s.url ?? '').join('; '),
    e.sources.map((s) => s.quote).join(' | '),
  ]);
  return [CSV_COLUMNS.join(','), ...rows.map((r) => r.map(csvField).join(','))].join('\r\n') + '\r\n';
}

function icsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds content lines at 75 octets, as RFC 5545 asks. */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = new TextEncoder().encode(ch).length;
    if (size + n > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (iso: string) => iso.replace(/-/g, '');

export function eventsToIcs(events: readonly TimelineEvent[], siteUrl: string): string {
  // A UID needs only to be unique and stable: the site's host when known, else the site's name.
  const host = isAbsoluteBase(siteUrl) ? new URL(siteUrl).host : 'iran-taliban-timeline';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${SITE_NAME}//EN`,
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${SITE_NAME}`,
  ];
  for (const e of events) {
    const stamp =
      e.sources
        .map((s) => s.published ?? '')
        .filter(Boolean)
        .sort()
        .pop() ?? e.end;
    const date = formatEventDate(e.date, e.end, e.precision);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.id}@${host}`,
      `DTSTAMP:${compact(stamp)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(e.date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(e.end, 1))}`,
      `SUMMARY:${icsText(e.status === 'scheduled' ? `Scheduled: ${e.title}` : e.title)}`,
      `STATUS:${e.status === 'scheduled' ? 'TENTATIVE' : 'CONFIRMED'}`,
      `DESCRIPTION:${icsText(`${date}. ${e.sources.map((s) => `“${s.quote}” (${sourceCitation(s)})`).join(' ')}`)}`,
      ...(isAbsoluteBase(siteUrl) ? [`URL:${linkTo(siteUrl, `events/${e.id}/`)}`] : []),
      `CATEGORIES:${icsText(e.type)},${e.scope}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

export function eventsToRss(events: readonly TimelineEvent[], siteUrl: string): string {
  const items = [...events].reverse().map((e) => {
    const link = linkTo(siteUrl, `events/${e.id}/`);
    const permalink = isAbsoluteBase(siteUrl);
    const published = new Date(`${e.date}T00:00:00Z`).toUTCString();
    const body = `${formatEventDate(e.date, e.end, e.precision)}. ${e.sources.map((s) => `“${s.quote}” — ${sourceCitation(s)}`).join(' ')}`;
    return `    <item>\n      <title>${escapeXml(e.title)}</title>\n      <link>${escapeXml(link)}</link>\n      <guid isPermaLink="${permalink}">${escapeXml(permalink ? link : e.id)}</guid>\n      <pubDate>${published}</pubDate>\n      <category>${escapeXml(e.type)}</category>\n      <description>${escapeXml(body)}</description>\n    </item>`;
  });
  const last = events.reduce<string>((m, e) => (e.date > m ? e.date : m), SITE_WINDOW.from);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0">',
    '  <channel>',
    `    <title>${escapeXml(SITE_NAME)}</title>`,
    `    <link>${escapeXml(linkTo(siteUrl, ''))}</link>`,
    '    <description>Sourced events in relations between Iran and the Taliban, 2021–2024.</description>',
    '    <language>en</language>',
    `    <lastBuildDate>${new Date(`${last}T00:00:00Z`).toUTCString()}</lastBuildDate>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

function tjsDate(iso: string, precision: TimelineEvent['precision']): TimelineJsDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  if (precision === 'year') return { year };
  if (precision === 'month') return { year, month };
  return { year, month, day };
}

/** The TimelineJS JSON format, so the data can be loaded into TimelineJS as it is. */
export function eventsToTimelineJs(events: readonly TimelineEvent[], siteUrl: string) {
  return {
    title: {
      text: { headline: SITE_HEADLINE, text: 'Events taken from news articles, each with its source sentence.' },
    },
    events: events.map((e) => ({
      unique_id: e.id,
      start_date: tjsDate(e.date, e.precision),
      ...(e.date !== e.end ? { end_date: tjsDate(e.end, e.precision) } : {}),
      display_date: formatEventDate(e.date, e.end, e.precision),
      group: e.scope === 'core' ? 'Iran–Afghanistan' : 'Context',
      text: {
        headline: e.title,
        text:
          e.sources
            .map((s) => `<blockquote>${escapeXml(s.quote)}</blockquote><p>${escapeXml(sourceCitation(s))}</p>`)
            .join('') + `<p><a href="${escapeXml(linkTo(siteUrl, `events/${e.id}/`))}">Event page</a></p>`,
      },
    })),
  };
}

export function eventsJsonSchema(): unknown {
  const schema = z.toJSONSchema(z.array(eventSchema), { io: 'output', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return { $id: 'events.schema.json', title: `${SITE_NAME} events`, ...schema };
}
