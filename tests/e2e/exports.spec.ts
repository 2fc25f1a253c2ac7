import { test, expect } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import { csvParse } from 'd3';
import ICAL from 'ical.js';
import { eventFiles } from './helpers';

const events = eventFiles();
const byId = new Map(events.map((e) => [e.id, e]));

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

test('events.json validates against its JSON Schema and holds every event', async ({ request }) => {
  const data = await (await request.get('/events.json')).json();
  const schema = await (await request.get('/events.schema.json')).json();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const validate = ajv.compile(schema);
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  expect(data.events.map((e: { id: string }) => e.id).sort()).toEqual([...byId.keys()].sort());
  for (const e of data.events) expect([e.date, e.end]).toEqual([byId.get(e.id)!.date, byId.get(e.id)!.end]);
});

test('events.csv parses and holds every event with its dates', async ({ request }) => {
  const rows = csvParse(await (await request.get('/events.csv')).text());
  expect(rows.length).toBe(events.length);
  for (const row of rows) {
    const e = byId.get(row.id!)!;
    expect([row.date, row.end, row.title]).toEqual([e.date, e.end, e.title]);
  }
});

test('events.ics parses; all-day events, coarse dates as ranges', async ({ request }) => {
  const text = await (await request.get('/events.ics')).text();
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevents = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(vevents.length).toBe(events.length);
  for (const v of vevents) {
    const id = v.uid.split('@')[0]!;
    const e = byId.get(id)!;
    expect(v.startDate.isDate).toBe(true);
    expect(v.startDate.toString()).toBe(e.date);
    expect(v.endDate.toString()).toBe(nextDay(e.end));
  }
});

test('rss.xml and timelinejs.json parse and hold every event', async ({ page, request }) => {
  const rss = await (await request.get('/rss.xml')).text();
  await page.goto('/about/');
  const titles = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.querySelector('parsererror')) throw new Error('RSS is not well-formed XML');
    return [...doc.querySelectorAll('item > title')].map((t) => t.textContent);
  }, rss);
  expect(titles.sort()).toEqual(events.map((e) => e.title).sort());
  const tjs = await (await request.get('/timelinejs.json')).json();
  expect(tjs.events.length).toBe(events.length);
  for (const item of tjs.events) {
    const e = byId.get(item.unique_id)!;
    expect(item.start_date.year).toBe(Number(e.date.slice(0, 4)));
  }
});
