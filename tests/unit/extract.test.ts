import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Gazetteer } from '../../src/ingest/gazetteer';
import { loadKnowledge } from '../../src/ingest/knowledge';
import { classify, mainClause, scopeOf } from '../../src/ingest/extract';
import { compatibleTypes } from '../../src/ingest/merge';
import { evaluate, matchesGold } from '../../src/ingest/evaluate';

const knowledge = loadKnowledge();
const gazetteer = new Gazetteer(knowledge);
const ids = (text: string) => gazetteer.findActors(text).map((m) => m.entry.id);

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
