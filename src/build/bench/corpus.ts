// Generates realistic articles for benchmarks: datelines in several styles, dated and relative sentences,
// quotations, undated mentions and page chrome. Its output is written under .bench/ and never committed.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, weekdayOf, WEEKDAY_NAMES } from '../../lib/days';
import { isoToSolar } from '../../lib/solar-hijri';
import { monthName } from '../../lib/format';
import { mulberry32, picker } from './random';

const IRANIANS = [
  'Hassan Kazemi Qomi',
  'Hossein Amir Abdollahian',
  'Alireza Bikdeli',
  'Ebrahim Raisi',
  'Ali Bagheri Kani',
  'Nasser Kanaani',
];
const TALIBAN = [
  'Amir Khan Muttaqi',
  'Zabihullah Mujahid',
  'Abdul Ghani Baradar',
  'Mohammad Abdul Kabir',
  'Abbas Stanikzai',
  'Bilal Karimi',
];
const OTHERS = ['Zamir Kabulov', 'Jeenbek Kulubaev'];
const PLACES = [
  'Kabul',
  'Tehran',
  'Herat',
  'Mashhad',
  'Islamabad',
  'Doha',
  'Moscow',
  'Tashkent',
  'Kandahar',
  'Zahedan',
];
const TOPICS = [
  'water rights on the Helmand River',
  'border security',
  'trade through Islam Qala',
  'Afghan refugees in Iran',
  'the regional contact group',
  'railway links',
  'fuel exports',
];
const TEASERS = [
  'An Israeli attack targeting a building in central Beirut has killed…',
  'Blasts rang out across Ukraine’s capital Kyiv early on Sunday, as Russia…',
  'Outgoing US President Joe Biden met Chinese President Xi Jinping in Lima, Peru, to discuss…',
  'Brigadier General Aziz Nasirzadeh met Syrian President Bashar al-Assad in…',
];

function englishDate(iso: string): string {
  return `${monthName(Number(iso.slice(5, 7)))} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`;
}

export function generateArticle(index: number, seed = 1): { name: string; text: string } {
  const random = mulberry32(seed * 100_003 + index);
  const pick = picker(random);
  const pub = addDays('2021-03-01', Math.floor(random() * 1400));
  const a = pick(IRANIANS);
  const b = pick(TALIBAN);
  const place = pick(PLACES);
  const topic = pick(TOPICS);
  const weekdayBack = Math.floor(random() * 6);
  const weekdayDate = addDays(pub, -weekdayBack);
  const weekday = WEEKDAY_NAMES[weekdayOfIso(weekdayDate)]!;
  const earlier = addDays(pub, -Math.floor(20 + random() * 300));
  const lines: string[] = [];
  const style = random();
  const title = `${a.split(' ').slice(-1)[0]} and ${b.split(' ').slice(-1)[0]} discuss ${topic}`;
  if (style < 0.3)
    lines.push('---', `title: "${title}"`, `outlet: Bench Wire ${index % 7}`, `published: ${pub}`, '---');
  lines.push(title, '');
  if (style >= 0.3 && style < 0.6)
    lines.push(`${englishDate(pub)} - ${10 + (index % 12)}:${String(index % 60).padStart(2, '0')}`);
  else if (style >= 0.6 && style < 0.8) {
    const s = isoToSolar(pub);
    lines.push(`کد خبر: ${100000 + index}تاریخ: ${s.year}/${s.month}/${s.day} 19:41`);
  }
  lines.push(
    `${place.toUpperCase()} – ${a}, a senior Iranian official, met ${b} in ${place} on ${weekday}, officials said.`,
    `The two sides discussed ${topic} and agreed to continue talks, according to a statement.`,
    `“Today we want good relations with all neighbours,” ${a.split(' ').slice(-1)[0]} said, adding that the region needs stability.`,
  );
  const extra = Math.floor(random() * 5);
  for (let k = 0; k < extra; k++) {
    const choice = random();
    if (choice < 0.2)
      lines.push(`Last month, ${pick(TALIBAN)} visited ${pick(PLACES)} for talks with Iranian officials.`);
    else if (choice < 0.4)
      lines.push(`On ${englishDate(earlier)}, Iran and the Taliban signed an agreement on ${pick(TOPICS)}.`);
    else if (choice < 0.55)
      lines.push(`Two weeks ago, ${pick(IRANIANS)} held a phone call with ${pick(OTHERS)} about Afghanistan.`);
    else if (choice < 0.7)
      lines.push(
        `Asked about a border clash between Taliban forces and Iranian border guards in early ${monthName(Number(earlier.slice(5, 7)))}, he said it was a misunderstanding.`,
      );
    else if (choice < 0.8 && pub > '2021-09-01') lines.push('The Taliban took over Kabul on August 15, 2021.');
    else if (choice < 0.9) lines.push(`${pick(IRANIANS)} had previously warned of instability in the past two years.`);
    else lines.push(`Afghanistan has faced hardship after 20 years of war, and UN Resolution 2593 called for access.`);
  }
  lines.push('', 'Related Articles', pick(TEASERS), pick(TEASERS), 'Back to top button');
  return { name: `bench-${String(index).padStart(6, '0')}`, text: `${lines.join('\n')}\n` };
}

function weekdayOfIso(iso: string): number {
  return weekdayOf(iso);
}

export function writeCorpus(dir: string, count: number, seed = 1): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const { name, text } = generateArticle(i, seed);
    writeFileSync(join(dir, `${name}.${text.startsWith('---') ? 'md' : 'txt'}`), text);
  }
}
