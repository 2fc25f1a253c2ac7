import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsToIcs, eventsToRss, eventsToTimelineJs } from '../../src/lib/exports';
import { blockquoteSnippet, iframeSnippet } from '../../src/lib/embed';
import { linkTo } from '../../src/lib/links';
import type { TimelineEvent } from '../../src/lib/event-schema';

const event = {
  id: '2022-01-09-muttaqi-meets-amir-abdollahian',
  title: 'Muttaqi meets Amir-Abdollahian in Tehran',
  date: '2022-01-09',
  end: '2022-01-09',
  precision: 'day',
  approximate: false,
  date_text: 'on Sunday',
  date_basis: 'relative-to-publication',
  status: 'happened',
  type: 'meeting',
  scope: 'core',
  actors: ['amir-khan-muttaqi', 'hossein-amir-abdollahian'],
  places: ['tehran'],
  sources: [{ article: 'a', quote: 'They met on Sunday.', published: '2022-01-10', outlet: 'Example News' }],
  confidence: 0.8,
  reviewed: false,
} as unknown as TimelineEvent;

test('links: absolute under a SITE_URL, else under the base path; never an invented host', () => {
  assert.equal(linkTo('https://example.org/timeline/', 'events/x/'), 'https://example.org/timeline/events/x/');
  assert.equal(linkTo('/', 'events/x/'), '/events/x/');
  assert.equal(linkTo('/timeline', '/embed.js'), '/timeline/embed.js');
});

test('without SITE_URL the feed, calendar, TimelineJS file and embed code carry relative links only', () => {
  const outputs = [
    eventsToRss([event], '/'),
    eventsToIcs([event], '/'),
    JSON.stringify(eventsToTimelineJs([event], '/')),
    iframeSnippet(event, '/'),
    blockquoteSnippet(event, '/'),
  ];
  for (const out of outputs) assert.doesNotMatch(out, /https?:\/\/(?!schema)|localhost/, out.slice(0, 200));
  assert.match(
    eventsToRss([event], '/'),
    /<guid isPermaLink="false">2022-01-09-muttaqi-meets-amir-abdollahian<\/guid>/,
  );
  assert.doesNotMatch(eventsToIcs([event], '/'), /^URL:/m);
  assert.match(iframeSnippet(event, '/'), /src="\/embed\/2022-01-09-muttaqi-meets-amir-abdollahian\/"/);
});

test('with SITE_URL every link is absolute and the feed has permalinks', () => {
  const site = 'https://example.org/timeline/';
  assert.match(
    eventsToRss([event], site),
    /<guid isPermaLink="true">https:\/\/example\.org\/timeline\/events\/2022-01-09-muttaqi-meets-amir-abdollahian\/<\/guid>/,
  );
  assert.match(eventsToIcs([event], site), /^UID:2022-01-09-muttaqi-meets-amir-abdollahian@example\.org$/m);
  assert.match(eventsToIcs([event], site), /^URL:https:\/\/example\.org\/timeline\/events\//m);
  assert.match(iframeSnippet(event, site), /src="https:\/\/example\.org\/timeline\/embed\//);
});
