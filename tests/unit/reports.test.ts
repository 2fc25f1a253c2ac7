import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { cleanArticle } from '../../src/ingest/clean';
import { parseArticle } from '../../src/ingest/read';
import { findPublication } from '../../src/ingest/publication';
import { splitSentences } from '../../src/ingest/sentences';
import { buildReportIndex, reportIndexData, sameStoryReport } from '../../src/ingest/reports';
import { knowledge, window } from './support';
import { reportsOfCorpus } from '../../scripts/reports';

const clean = (name: string, text: string) => cleanArticle(parseArticle(name, Buffer.from(text)));

// Three dated reports of different stories, and filler pages that make the common words common.
const FILLER = Array.from({ length: 30 }, (_, i) =>
  clean(
    `filler-${i}.txt`,
    `Iran and the Taliban talked about trade on Monday.\n\nOfficials in Kabul said relations were good (${i}).`,
  ),
);
const REPORTS = [
  {
    clean: clean(
      'wire-a.txt',
      'Iran halts consular services in Afghanistan\n\nIran suspended all consular services at its embassy in Kabul and its consulate in Herat after protesters threw stones at the missions, its foreign ministry said.',
    ),
    day: '2022-04-12',
    url: 'https://wire.example/2022/04/12/consular',
  },
  {
    clean: clean(
      'wire-b.txt',
      'Kabul railway deal\n\nThe Taliban railway authority and an Iranian consortium signed a contract to finish the Khaf-Herat railway, the ministry of public works said.',
    ),
    day: '2023-07-11',
  },
  ...FILLER.map((c) => ({ clean: c, day: null })),
];
const index = buildReportIndex(reportIndexData(REPORTS));

test('a page with no date that tells the story of a dated report takes its day, named in the evidence', () => {
  const relay = clean(
    'relay.txt',
    'Consular services halted\n\nTehran suspended consular services at its Kabul embassy and Herat consulate after stones were thrown at the missions by protesters.',
  );
  const same = sameStoryReport(relay, index);
  assert.equal(same?.report.day, '2022-04-12');
  assert.ok(same!.shared.includes('consular'));

  const pub = findPublication(relay, splitSentences(relay.paragraphs), {
    anchors: [],
    window,
    reports: index,
  });
  assert.equal(pub.date, '2022-04-12');
  assert.equal(pub.rule, 'same-story-as-report');
  assert.match(pub.evidence, /wire\.example.*consular/);
});

test('a looser relay, which shares the rare names but not the wording, tells the same story', () => {
  const loose = clean(
    'loose.txt',
    'Herat line\n\nAn Iranian consortium signed for the Khaf-Herat line, Kabul officials said of a project delayed for years by funding gaps and insecurity in the western provinces.',
  );
  const same = sameStoryReport(loose, index);
  assert.equal(same?.report.day, '2023-07-11');
  assert.ok(same!.score < 0.36, `score ${same!.score}: a relay this loose was missed before`);
});

test("a day without its year ('On 11 July') and a report of that day sharing less of the story date the page", () => {
  const page = (day: string) =>
    clean(
      'rail.txt',
      `Rail link to Herat\n\n${day}an Iranian consortium agreed to build the last section of the Khaf line, officials in the west of the country told reporters amid hopes for cargo traffic.`,
    );
  const pubOf = (c: ReturnType<typeof clean>) =>
    findPublication(c, splitSentences(c.paragraphs), { anchors: [], window, reports: index });
  const named = pubOf(page('On 11 July '));
  assert.equal(named.date, '2023-07-11');
  assert.equal(named.rule, 'same-story-on-named-day');
  assert.match(named.evidence, /On 11 July.*wire-b/);
  // Too little in common on its own, and a day the report does not fit, say nothing.
  assert.equal(sameStoryReport(page(''), index), null);
  assert.equal(pubOf(page('')).date, null);
  assert.equal(pubOf(page('On 20 July ')).date, null);
});

test("only a weekday ('On Tuesday'): a report of that day with more in common dates the page, one of another day does not", () => {
  const page = (weekday: string) =>
    clean(
      'rail-weekday.txt',
      `Herat rail plan\n\nOn ${weekday} an Iranian consortium signed to build the Khaf-Herat line, officials in the west of the country told reporters amid hopes for cargo traffic.`,
    );
  const pubOf = (c: ReturnType<typeof clean>) =>
    findPublication(c, splitSentences(c.paragraphs), { anchors: [], window, reports: index });
  // 11 July 2023 was a Tuesday; Friday fits neither that day nor the two before it.
  const tuesday = pubOf(page('Tuesday'));
  assert.equal(tuesday.date, '2023-07-11');
  assert.equal(tuesday.rule, 'same-story-on-named-day');
  assert.equal(pubOf(page('Friday')).date, null);
  assert.equal(sameStoryReport(page('Tuesday'), index), null, 'too little in common without the weekday');
});

test('an article number gives the likely days; a report of the same story among them gives the day', () => {
  const numbering = [
    {
      host: 'news.example',
      pattern: null,
      points: [
        [1000, '2023-07-01'],
        [2000, '2023-07-31'],
      ] as Array<[number, string]>,
    },
  ];
  const relay = clean(
    'numbered.txt',
    '---\nurl: https://news.example/story-1300\n---\nHerat railway\n\nAn Iranian consortium signed to finish the Khaf-Herat railway, officials told reporters amid hopes for cargo traffic.',
  );
  const pubOf = (reports?: typeof index) =>
    findPublication(relay, splitSentences(relay.paragraphs), { anchors: [], window, numbering, reports });
  assert.equal(pubOf().date, '2023-07-10', 'the number alone: 30 % of the way through July');
  const both = pubOf(index);
  assert.equal(both.date, '2023-07-11');
  assert.equal(both.rule, 'article-number');
  assert.match(both.evidence, /article 1300 of news\.example.*the same story as wire-b/);
});

test('common words alone do not make the same story, and a page is not dated by its own entry', () => {
  const other = clean(
    'other.txt',
    'Iran and the Taliban talked about trade on Monday.\n\nOfficials in Kabul said relations were good.',
  );
  assert.equal(sameStoryReport(other, index), null);
  assert.equal(sameStoryReport(REPORTS[1]!.clean, index), null, 'its own entry');
  const copy = { ...REPORTS[1]!.clean, name: 'a-copy-elsewhere' };
  assert.equal(sameStoryReport(copy, index)?.report.day, '2023-07-11');
});

test("a term's first day is no publication date; the same story gives it", () => {
  const story = (name: string) =>
    clean(
      name,
      "Shamkhani to attend Delhi dialogue\n\nAli Shamkhani, the secretary of Iran's Supreme National Security Council, will attend the regional security dialogue in New Delhi, Taliban deputy spokesman Inamullah Samangani said. The Taliban took over Kabul in August 2021.",
    );
  const withShamkhani = buildReportIndex(
    reportIndexData([
      { clean: story('wire-c.txt'), day: '2021-11-08' },
      ...FILLER.map((c) => ({ clean: c, day: null })),
    ]),
  );
  const page = story('relay-c.txt');
  const options = { anchors: knowledge.anchors, offices: knowledge.offices, window };
  const alone = findPublication(page, splitSentences(page.paragraphs), options);
  assert.deepEqual([alone.date, alone.rule], [null, 'none']);
  assert.match(alone.warnings.join(' '), /lies before .*ali-shamkhani/);
  const pub = findPublication(page, splitSentences(page.paragraphs), { ...options, reports: withShamkhani });
  assert.deepEqual([pub.date, pub.rule], ['2021-11-08', 'same-story-as-report']);
});

/** A relay page's publication, alone or beside known reports: its wire copy dated `reportDay`, and filler. */
function relayPublication(text: string) {
  const page = clean('relay.txt', text);
  const options = { anchors: knowledge.anchors, offices: knowledge.offices, window };
  const withReport = (day: string) =>
    buildReportIndex(
      reportIndexData([{ clean: clean('wire.txt', text), day }, ...FILLER.map((c) => ({ clean: c, day: null }))]),
    );
  return (reportDay?: string) =>
    findPublication(page, splitSentences(page.paragraphs), {
      ...options,
      ...(reportDay ? { reports: withReport(reportDay) } : {}),
    });
}

test('the latest day a page reports is only its earliest: a report of the same story weeks later, not months, gives the day', () => {
  const publication = relayPublication(
    'Red Crescent sends second aid consignment\n\nThe Iranian Red Crescent sent a second consignment of aid to Takhar, where a storm struck on March 3, 2023, the society said. The aid plane landed at Kunduz airport carrying tents and blankets for the families of Takhar.',
  );
  const alone = publication();
  assert.deepEqual([alone.date, alone.rule], ['2023-03-03', 'latest-reported-date']);
  const later = publication('2023-03-09');
  assert.deepEqual([later.date, later.rule], ['2023-03-09', 'same-story-as-report']);
  const yearLater = publication('2024-03-04');
  assert.deepEqual(
    [yearLater.date, yearLater.rule],
    ['2023-03-03', 'latest-reported-date'],
    'a year later is another storm',
  );
  // A relay of the next day says the story was told then, not on the day it reports.
  const nextDay = publication('2023-03-04');
  assert.deepEqual([nextDay.date, nextDay.rule], ['2023-03-04', 'same-story-as-report']);
  const sameDay = publication('2023-03-03');
  assert.equal(sameDay.rule, 'latest-reported-date', 'the same day: the relays agree');
});

test("a latest day told with its weekday is that week's news: a report of the same story weeks later is another story", () => {
  const publication = relayPublication(
    'Red Crescent sends second aid consignment\n\nThe Iranian Red Crescent sent a second consignment of aid to Takhar on Friday, March 3, 2023, the society said. The aid plane landed at Kunduz airport carrying tents and blankets for the families of Takhar.',
  );
  const weeksLater = publication('2023-03-20');
  assert.deepEqual([weeksLater.date, weeksLater.rule], ['2023-03-03', 'latest-reported-date']);
  const daysLater = publication('2023-03-06');
  assert.deepEqual([daysLater.date, daysLater.rule], ['2023-03-06', 'same-story-as-report']);
});

test("only the month of a page's address: a report of the same story that month gives the day", () => {
  const page = (url: string) =>
    clean(
      'relay-e.txt',
      `---\nurl: ${url}\n---\nConsular services halted\n\nTehran suspended consular services at its Kabul embassy and Herat consulate after stones were thrown at the missions by protesters.`,
    );
  const publication = (c: ReturnType<typeof clean>) =>
    findPublication(c, splitSentences(c.paragraphs), { anchors: [], window, reports: index });
  const april = publication(page('https://site.example/2022/04/consular-halt'));
  assert.deepEqual([april.date, april.precision, april.basis], ['2022-04-12', 'day', 'url']);
  const may = publication(page('https://site.example/2022/05/consular-halt'));
  assert.deepEqual([may.rule, may.precision], ['url-month', 'month'], 'a report of another month is another telling');
});

test('a date of its own outranks the same story', () => {
  const stamped = clean(
    'stamped.txt',
    'KABUL, April 14, 2022 (Wire) -- Tehran suspended consular services at its Kabul embassy and Herat consulate after stones were thrown at the missions by protesters.',
  );
  const pub = findPublication(stamped, splitSentences(stamped.paragraphs), { anchors: [], window, reports: index });
  assert.equal(pub.date, '2022-04-14');
});

test('data/reports.json is what `npm run reports` writes from the development corpus', () => {
  const written = readFileSync('data/reports.json', 'utf8');
  // Compared as text: a diff of two stale indexes of 60,000 terms takes more memory than the machine has.
  assert.ok(
    written === JSON.stringify(reportsOfCorpus()) + '\n',
    'data/reports.json is stale: run `npm run reports` after changing the real corpus or the cleaner',
  );
  assert.equal(knowledge.reports.reports.length, JSON.parse(written).reports.length);
});
