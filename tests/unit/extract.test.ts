import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Gazetteer } from '../../src/ingest/gazetteer';
import { loadKnowledge } from '../../src/ingest/knowledge';
import { extractEvents, scopeOf } from '../../src/ingest/extract';
import { splitSentences } from '../../src/ingest/sentences';
import { classify, mainClause } from '../../src/ingest/clauses';
import { compatibleTypes } from '../../src/ingest/merge';
import { evaluate, matchesGold } from '../../src/ingest/evaluate';

const knowledge = loadKnowledge();
const gazetteer = new Gazetteer(knowledge);
const ids = (text: string) => gazetteer.findActors(text).map((m) => m.entry.id);

/** Extracts from sentences of one article published on `date` (front matter), in the default window. */
function extractFrom(texts: string[], date: string) {
  const pub = { date, precision: 'day' as const, basis: 'front-matter' as const, rule: 'front-matter', confidence: 1, evidence: '', warnings: [] };
  return extractEvents('a', splitSentences(texts.map((text) => ({ text }))), pub, { knowledge, gazetteer, window: { from: '2021-01-01', to: '2024-12-31' } });
}

test('gazetteer: aliases and transliterations name one actor', () => {
  for (const spelling of ['Hassan Kazemi Qomi', 'Kazemi-Qomi', 'Qomi', 'Kazemi Ghomi']) {
    assert.deepEqual(ids(`${spelling} spoke.`), ['hassan-kazemi-qomi'], spelling);
  }
  assert.deepEqual(ids('Mottaqi and Muttaqi'), ['amir-khan-muttaqi', 'amir-khan-muttaqi']);
  assert.deepEqual(ids('Bigdeli met Bikdeli'), ['alireza-bikdeli', 'alireza-bikdeli']);
  assert.deepEqual(ids('Estanikzai and Stanikzai'), ['abbas-stanikzai', 'abbas-stanikzai']);
  assert.deepEqual(ids('Iranian border guards'), ['iran']);
  assert.deepEqual(ids('Kyrgyzstani'), []);
  assert.deepEqual(gazetteer.unknownNames('Then Zeynab Alipour met Hassan Kazemi Qomi.'), ['Zeynab Alipour']);
});

test('classify: the main clause decides, reported speech does not', () => {
  const type = (s: string) => classify(s, knowledge.typeRules)?.rule.type;
  assert.equal(mainClause('He said that the visit was useful.'), 'He said that');
  assert.equal(type('A spokesperson says a recent visit by Muttaqi was important.'), 'statement');
  assert.equal(type('Muttaqi visited Iran and held talks with Amir Abdollahian.'), 'visit');
  assert.equal(type('Asked about a border skirmish in early December, he said it was a misunderstanding.'), 'border-clash');
  assert.equal(type('Today, Iran launched missiles into Pakistan.'), 'strike');
  assert.equal(type('Pakistan has recalled its ambassador from Tehran.'), 'downgrade');
  assert.equal(type('The Taliban took over Kabul.'), 'takeover');
  assert.equal(type('The weather was cold.'), undefined);
});

test('scope: core needs both sides, or an official whose work is Afghanistan', () => {
  assert.equal(scopeOf(['taliban', 'iran'], [], gazetteer), 'core');
  assert.equal(scopeOf(['iran', 'pakistan'], ['balochistan'], gazetteer), 'context');
  assert.equal(scopeOf(['taliban'], ['kabul'], gazetteer), 'context');
  assert.equal(scopeOf(['iran'], ['kabul'], gazetteer), 'core');
  assert.equal(scopeOf(['hassan-kazemi-qomi', 'jeenbek-kulubaev'], ['bishkek'], gazetteer), 'core');
});

test('merge: compatible types', () => {
  assert.equal(compatibleTypes('statement', 'interview'), true);
  assert.equal(compatibleTypes('visit', 'meeting'), true);
  assert.equal(compatibleTypes('visit', 'statement'), false);
  assert.equal(compatibleTypes('strike', 'border-clash'), false);
});

test('eval: the gold matching rule and the scores', () => {
  const gold = { lo: '2024-01-01', hi: '2024-01-31', precision: 'month', required: true };
  assert.equal(matchesGold({ date: '2024-01-01', end: '2024-01-31' }, gold), true);
  assert.equal(matchesGold({ date: '2023-12-31', end: '2024-01-31' }, gold), false);
  assert.equal(matchesGold({ date: '2024-01-10', end: '2024-03-15' }, gold), false);
  const result = evaluate(
    [{ file: 'a.txt', published: ['2024-02-01', '2024-02-03'], events: [gold, { lo: '2024-02-01', hi: '2024-02-01', precision: 'day', required: true }] }],
    [{ id: 'x', date: '2024-01-01', end: '2024-01-31', articles: ['a'] }, { id: 'y', date: '2022-01-01', end: '2022-01-01', articles: ['a'] }],
    new Map([['a', '2024-02-02']]),
  );
  assert.equal(result.recall, 0.5);
  assert.equal(result.precision, 0.5);
  assert.equal(result.publicationAccuracy, 1);
});

test('a role after a group names who acted: "A Taliban spokesperson says …"', async () => {
  const { roleLabel } = await import('../../src/ingest/extract');
  const text = 'A Taliban spokesperson says the trip was important.';
  const subject = gazetteer.findActors(text)[0]!;
  assert.deepEqual(roleLabel(text, subject), { text: 'Taliban spokesperson', plural: false });
  const forces = 'Iranian border guards fired first.';
  assert.deepEqual(roleLabel(forces, gazetteer.findActors(forces)[0]!), { text: 'Iranian border guards', plural: true });
  const minister = "Iran's foreign minister met them.";
  assert.deepEqual(roleLabel(minister, gazetteer.findActors(minister)[0]!), { text: "Iran's foreign minister", plural: false });
  assert.equal(roleLabel('Iran said on Monday.', gazetteer.findActors('Iran said on Monday.')[0]!), undefined);
});

test('a wire dateline opening the lead is the story date, not an event date', async () => {
  const { leadStampLength } = await import('../../src/ingest/publication');
  const lead = 'KABUL, May 28, 2023 (Pajhwok): Two Iranian border guards were killed in a clash on Saturday.';
  assert.equal(lead.slice(0, leadStampLength(lead)), 'KABUL, May 28, 2023 (Pajhwok): ');
  assert.equal(leadStampLength('TEHRAN, Jan. 9 (Xinhua) -- Iran said …'), 'TEHRAN, Jan. 9 (Xinhua) -- '.length);
  assert.equal(leadStampLength('Iran and the Taliban met on Monday, officials said.'), 0);
});

test('relative dates resolve only as finely as the publication date is known', async () => {
  const { resolvableAgainst } = await import('../../src/ingest/extract');
  const { findDateMentions } = await import('../../src/ingest/dates');
  const first = (s: string) => findDateMentions(s)[0]!;
  const day = { date: '2023-05-28', precision: 'day' as const };
  const month = { date: '2023-05-01', precision: 'month' as const };
  const year = { date: '2023-01-01', precision: 'year' as const };
  assert.ok(resolvableAgainst(first('They met on Monday.'), day));
  assert.ok(!resolvableAgainst(first('They met on Monday.'), month));
  assert.ok(resolvableAgainst(first('They met last month.'), month));
  assert.ok(resolvableAgainst(first('They met in March.'), month));
  assert.ok(!resolvableAgainst(first('They met in March.'), year));
  assert.ok(!resolvableAgainst(first('They met last week.'), year));
  assert.ok(resolvableAgainst(first('They met in May 2022.'), year));
});

test('"The clash came days after X …" dates X; a new subject keeps its own happening', async () => {
  const { afterClauseStart } = await import('../../src/ingest/clauses');
  const s = 'The clash came days after Raisi warned the Taliban on May 18 not to violate water rights.';
  assert.equal(s.slice(afterClauseStart(s)).startsWith('Raisi warned'), true);
  assert.equal(afterClauseStart('Muttaqi came to Tehran after talks in Moscow on Monday.'), 0);
});

test('reported happenings: the date in the reported clause dates what was reported', async () => {
  const text = [
    "Iran's deputy police chief told the news agency IRNA that Taliban forces opened fire on an Iranian border post on Saturday morning.",
    'The Taliban foreign ministry spokesman said the delegation will also meet Hassan Kazemi Qomi on Monday.',
    'Officials from Iran and the Islamic Emirate signed an agreement in Herat.',
    'The two sides held talks in Herat on Wednesday evening.',
  ];
  const result = extractFrom(text, '2023-05-28');
  const clash = result.events.find((e) => e.type === 'border-clash');
  assert.equal(clash?.date, '2023-05-27');
  // A plan for a named day is a scheduled happening (2023-05-28 was a Sunday: the coming Monday).
  const plan = result.events.find((e) => e.status === 'scheduled')!;
  assert.deepEqual([plan.type, plan.date, plan.rule], ['meeting', '2023-05-29', 'scheduled']);
  const talks = result.events.find((e) => e.type === 'meeting' && e.status === 'happened');
  assert.equal(talks?.date, '2023-05-24');
  assert.deepEqual([...talks!.actors].sort(), ['iran', 'taliban']);
});

test('a relative clause is a second happening about the name before it', async () => {
  const { viewsOf } = await import('../../src/ingest/clauses');
  const s = 'Muttaqi, who visited Tehran in January, met Amir-Abdollahian in Tashkent on Tuesday.';
  const [main, relative] = viewsOf(s, gazetteer);
  assert.equal(main!.text.replace(/\s+/g, ' '), 'Muttaqi, , met Amir-Abdollahian in Tashkent on Tuesday.');
  assert.equal(relative!.text.replace(/\s+/g, ' ').trim(), 'Muttaqi who visited Tehran in January');
  assert.equal(viewsOf('Iran and the Taliban met.', gazetteer).length, 1);
});

test('references to a happening ("since the takeover") do not decide the type', () => {
  const type = (s: string) => classify(s, knowledge.typeRules)?.rule.type;
  assert.equal(type('Muttaqi visited Tehran on January 8-10, 2022, the first such visit since the takeover.'), 'visit');
  assert.equal(type('Iran kept its embassy open after the Taliban seized power on 15 August 2021.'), 'takeover');
  assert.equal(type("Iran summoned the Taliban's chargé d'affaires in Tehran."), 'accusation');
});

test('publication dates from an address, and numeric stamps that read both ways', async () => {
  const { urlDate, readSlashedDate } = await import('../../src/ingest/publication');
  assert.equal(urlDate('https://example.com/news/2023/12/11/iran-envoy'), '2023-12-11');
  assert.equal(urlDate('https://example.com/2023-02-30-story'), null);
  assert.equal(urlDate('https://example.com/story/123456'), null);
  const sentences = (texts: string[]) => texts.map((text, index) => ({ text, index, paragraph: 0, quotes: [] }));
  const spring = sentences(['They spoke by phone on March 21.']);
  assert.equal(readSlashedDate('10/04/2022', spring)?.date, '2022-04-10');
  const autumn = sentences(['They met on September 28.']);
  assert.equal(readSlashedDate('10/04/2022', autumn)?.date, '2022-10-04');
  assert.equal(readSlashedDate('10/04/2022', [])?.date, '2022-04-10', 'day first without a hint');
  assert.equal(readSlashedDate('25/04/2022', [])?.date, '2022-04-25');
  assert.equal(readSlashedDate('25/04/2022', [])?.note, undefined, 'only one reading: no ambiguity noted');
});

test('a capital opening a sentence stands for its government; a closing attribution dates the statement', async () => {
  const text = [
    'Tehran hosted a regional meeting on Afghanistan on Jan. 5, 2023, attended by envoys from Russia and China.',
    'They discussed the return of Afghan refugees, the Taliban said in a statement on Sunday.',
    'Muttaqi met Kazemi Qomi in Kabul, the ministry said on Sunday.',
  ];
  const result = extractFrom(text, '2023-12-11');
  const meeting = result.events.find((e) => e.date === '2023-01-05')!;
  assert.equal(meeting.actors[0], 'iran');
  const statement = result.events.find((e) => e.date === '2023-12-10')!;
  assert.equal(statement.type, 'statement');
  assert.equal(statement.actors[0], 'taliban');
  // An unnamed speaker's date only bounds the happening: the week up to the report.
  const meeting2 = result.events.find((e) => e.type === 'meeting' && e.actors[0] === 'amir-khan-muttaqi')!;
  assert.deepEqual([meeting2.date, meeting2.end, meeting2.precision], ['2023-12-04', '2023-12-10', 'week']);
});

test('coordinated clauses with their own dates are separate happenings; each clause has its own tense', async () => {
  const text = [
    'Muttaqi arrived in Tehran on Saturday and met Raisi on Sunday.',
    'Muttaqi met Amir-Abdollahian on Monday, and Raisi will visit Kabul on Friday.',
    'Muttaqi, who will visit Tehran next week, met Kazemi Qomi on Monday.',
    'Kazemi Qomi met Baradar and Muttaqi on Monday.',
  ];
  const result = extractFrom(text, '2022-01-11');
  const got = result.events.map((e) => `${e.date} ${e.type} ${e.actors[0]} ${e.status}`);
  assert.deepEqual(got, [
    '2022-01-08 visit amir-khan-muttaqi happened',
    '2022-01-09 meeting amir-khan-muttaqi happened',
    '2022-01-10 meeting amir-khan-muttaqi happened',
    // The plan in the second clause is set for a named day: scheduled, not a happening yet.
    '2022-01-14 visit ebrahim-raisi scheduled',
    '2022-01-10 meeting amir-khan-muttaqi happened',
    '2022-01-17 visit amir-khan-muttaqi scheduled',
    '2022-01-10 meeting hassan-kazemi-qomi happened',
  ]);
  assert.equal(result.undated.filter((u) => u.reason.startsWith('planned')).length, 0);
});

test('"a day earlier", "the next day", "days later" count from the last dated happening', async () => {
  const { countFrom } = await import('../../src/ingest/extract');
  const day = { date: '2023-02-02', end: '2023-02-02', text: 'on Thursday' };
  const span = (r: ReturnType<typeof countFrom>) => (r ? `${r.date}..${r.end} ${r.precision}${r.approximate ? ' ~' : ''}` : 'none');
  assert.equal(span(countFrom(day, 'a day earlier')), '2023-02-01..2023-02-01 day');
  assert.equal(span(countFrom(day, 'the next day')), '2023-02-03..2023-02-03 day');
  assert.equal(span(countFrom(day, 'two weeks later')), '2023-02-16..2023-02-16 day ~');
  assert.equal(span(countFrom(day, 'days later')), '2023-02-04..2023-02-09 week ~');
  assert.equal(span(countFrom({ ...day, end: '2023-02-05' }, 'the next day')), '2023-02-03..2023-02-06 week ~');
  assert.equal(countFrom(day, 'years later'), null);
});

test('"since it seized power": the pronoun of a subordinate clause is the name before it', () => {
  const r = extractFrom(['Iran has not recognised the Taliban government since it seized power in August 2021.'], '2023-02-02');
  const takeover = r.events.find((e) => e.type === 'takeover')!;
  assert.equal(takeover.actors[0], 'taliban');
  assert.equal(takeover.title, 'Taliban take over power');
});
