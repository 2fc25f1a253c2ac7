import { test } from 'node:test';
import assert from 'node:assert/strict';
import { borderHeadline, buildTitle, MAX_TITLE, migrationKind, slugify } from '../../src/ingest/titles';
import { gazetteer } from './support';

const title = (parts: Parameters<typeof buildTitle>[0]) => buildTitle(parts, gazetteer);

test('a statement of a named speaker reads what was said when it is short, else what it was about', () => {
  assert.equal(
    title({
      type: 'statement',
      actors: ['hassan-kazemi-qomi', 'iran'],
      places: [],
      said: 'the talks with the Taliban were useful',
    }),
    'Hassan Kazemi Qomi says the talks with the Taliban were useful',
  );
  const long =
    'the goal of establishing a regional contact group is to cooperate with the current Afghan government in Kabul';
  assert.equal(
    title({
      type: 'statement',
      actors: ['hassan-kazemi-qomi'],
      places: [],
      said: long,
      topic: 'the regional contact group',
    }),
    'Hassan Kazemi Qomi on the regional contact group',
  );
  assert.equal(
    title({ type: 'statement', actors: ['iran'], places: [], said: 'the talks were useful and will continue' }),
    'Iran issues a statement',
    'a country does not "say" what its officials said',
  );
  assert.equal(
    title({ type: 'statement', actors: ['hassan-kazemi-qomi'], places: [], said: 'it was useful for both sides' }),
    'Hassan Kazemi Qomi issues a statement',
    'a pronoun needs the sentence',
  );
});

test('a takeover is the Taliban’s; migration says who sends back or who returns; a border title says what happened to it', () => {
  assert.equal(title({ type: 'takeover', actors: ['iran', 'taliban'], places: [] }), 'Taliban take over power');
  assert.equal(
    title({ type: 'migration', actors: ['ahmad-vahidi', 'iran'], places: [], migration: migrationKind('deported') }),
    'Iran deports Afghan migrants',
  );
  assert.equal(
    title({ type: 'migration', actors: ['afghanistan', 'iran'], places: [], migration: migrationKind('returnees') }),
    'Afghan migrants return from Iran',
  );
  assert.equal(
    title({
      type: 'border',
      actors: ['iran'],
      places: [],
      headline: borderHeadline('reopened the Islam Qala crossing'),
    }),
    'Iran reopens the border',
  );
  // Reopening told in other languages: Tajik 'боз кард' (opened), Russian, Turkish; closing stays closing.
  assert.equal(borderHeadline('гузаргоҳи марзиро дар марз бо Эрон боз кард').verb, 'reopens the border');
  assert.equal(borderHeadline('открыл пункт пропуска').verb, 'reopens the border');
  assert.equal(borderHeadline('sınır kapısını yeniden açtı').verb, 'reopens the border');
  assert.equal(borderHeadline('гузаргоҳи марзиро баста кард').verb, 'closes the border');
  assert.equal(borderHeadline('закрыл границу').verb, 'closes the border');
  assert.equal(
    title({ type: 'border', actors: ['iran'], places: [], headline: borderHeadline('suspended visa issuance') }),
    'Iran suspends visas',
  );
  assert.equal(
    title({ type: 'border', actors: ['iran'], places: [], headline: borderHeadline('halted flights') }),
    'Iran suspends flights',
  );
  assert.equal(
    title({
      type: 'border',
      actors: ['iran'],
      places: [],
      headline: borderHeadline('flew 19 passengers from Mashhad'),
    }),
    'Iran resumes flights',
  );
});

test('titles stay within a line and slugs are short and stable', () => {
  assert.ok(MAX_TITLE <= 80);
  assert.equal(
    slugify('Hassan Kazemi Qomi meets Jeenbek Kulubaev in Bishkek'),
    'hassan-kazemi-qomi-meets-jeenbek-kulubaev-bishkek',
  );
  assert.equal(slugify('Iran’s envoy: “talks were useful”'), 'irans-envoy-talks-were-useful');
});

test('a title longer than a line loses its place, then parties, then is cut at a word', () => {
  const many = ['pakistan', 'afghanistan', 'china', 'iran', 'tajikistan', 'turkmenistan', 'uzbekistan', 'russia'];
  const t = buildTitle({ type: 'meeting', actors: many, places: ['tehran'] }, gazetteer);
  assert.ok(t.length <= MAX_TITLE, t);
  assert.doesNotMatch(t, /…$/, 'shortened by dropping parts, not cut');
});

test('an appointment names who was appointed, never "makes an appointment"', () => {
  assert.equal(
    title({ type: 'appointment', actors: ['hassan-kazemi-qomi'], places: [] }),
    'Hassan Kazemi Qomi appointed',
  );
  assert.equal(
    title({ type: 'appointment', actors: ['iran', 'alireza-bikdeli'], places: [] }),
    'Iran appoints Alireza Bikdeli',
  );
  assert.equal(
    title({ type: 'appointment', actors: ['taliban'], places: ['tehran'] }),
    'Taliban name a new official in Tehran',
  );
});

test('who warns whom: the speaker warns the party named after the verb', () => {
  assert.equal(
    title({ type: 'statement', actors: ['ebrahim-raisi', 'iran', 'taliban'], places: [], warning: true }),
    'Ebrahim Raisi warns Taliban',
  );
});

test('trade names its parties, an attack where it happened, a border closing with nobody named the place', () => {
  assert.equal(
    title({ type: 'trade', actors: ['iran', 'afghanistan'], places: [] }),
    'Trade between Iran and Afghanistan',
  );
  assert.equal(title({ type: 'trade', actors: ['iran'], places: [] }), 'Trade involving Iran');
  assert.equal(title({ type: 'attack', actors: ['iran'], places: ['herat'] }), 'Attack in Herat');
  assert.equal(
    title({ type: 'border', actors: [], places: ['milak'], headline: borderHeadline('was shut') }),
    'Border closed at Milak',
  );
});

test('a border clash is between the two sides of the border, not two names of one side', () => {
  assert.equal(
    title({ type: 'border-clash', actors: ['taliban', 'afghanistan', 'iran'], places: [] }),
    'Border clash between Taliban and Iran',
  );
  assert.equal(
    title({ type: 'border-clash', actors: ['taliban', 'afghanistan'], places: [] }),
    'Border clash involving Taliban',
  );
});

test("a rule's acting side leads its headline, whoever the sentence names first, and a government before a person", () => {
  const headline = { verb: 'hands over military equipment', with: 'to', by: 'afghanistan' as const };
  assert.equal(
    title({ type: 'trade', actors: ['united-states', 'taliban', 'iran'], places: [], headline }),
    'Taliban hand over military equipment to Iran',
  );
  assert.equal(
    title({ type: 'trade', actors: ['ashraf-ghani', 'united-states', 'afghanistan', 'iran'], places: [], headline }),
    'Afghanistan hands over military equipment to Iran',
  );
  // Without the side, the first name leads.
  assert.equal(
    title({
      type: 'trade',
      actors: ['united-states', 'taliban', 'iran'],
      places: [],
      headline: { ...headline, by: undefined },
    }),
    'United States hands over military equipment to Taliban',
  );
});
