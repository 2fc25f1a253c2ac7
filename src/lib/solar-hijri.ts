// Solar Hijri (Iranian and Afghan) calendar: conversion, month names, digits.
import jalaali from 'jalaali-js';
import { persianSpelling, withArabicLetters } from './scripts';

/** Iranian month names, in order, with common Latin spellings. */
const IRANIAN_MONTHS: readonly (readonly string[])[] = [
  ['Farvardin'],
  ['Ordibehesht', 'Ordibehasht'],
  ['Khordad'],
  ['Tir'],
  ['Mordad', 'Amordad'],
  ['Shahrivar', 'Shahrivur'],
  ['Mehr'],
  ['Aban'],
  ['Azar'],
  ['Dey', 'Dei'],
  ['Bahman'],
  ['Esfand', 'Isfand', 'Espand'],
];

/** Afghan (Dari) solar month names, in order, with common Latin spellings. */
const AFGHAN_MONTHS: readonly (readonly string[])[] = [
  ['Hamal'],
  ['Sawr', 'Saur', 'Sowr', 'Thawr'],
  ['Jawza', 'Jauza', 'Jowza', 'Jawzā', 'Juza', 'Jauzā'],
  ['Saratan'],
  ['Asad'],
  ['Sunbula', 'Sonbola', 'Sumbula', 'Sunbulah'],
  ['Mizan', 'Meezan'],
  ['Aqrab', 'Akrab'],
  ['Qaws', 'Qaus', 'Qawss'],
  ['Jadi', 'Jaddi', 'Jady'],
  ['Dalw', 'Dalv', 'Dalwa'],
  ['Hut', 'Hoot', 'Hout'],
];

/** Iranian, Dari and Pashto names in Persian script (Pashto's own gaf, 'ګ', as well). */
const PERSIAN_SCRIPT_NAMES: readonly (readonly string[])[] = [
  ['فروردین', 'حمل', 'وری'],
  ['اردیبهشت', 'ثور', 'غویی', 'غوایی'],
  ['خرداد', 'جوزا', 'غبرگولی', 'غبرګولی'],
  ['تیر', 'سرطان', 'چنگاښ', 'چنګاښ'],
  ['مرداد', 'اسد', 'زمری'],
  ['شهریور', 'سنبله', 'وږی'],
  ['مهر', 'میزان', 'تله'],
  ['آبان', 'عقرب', 'لړم'],
  ['آذر', 'قوس', 'لیندۍ'],
  ['دی', 'جدی', 'مرغومی'],
  ['بهمن', 'دلو', 'سلواغه'],
  ['اسفند', 'حوت', 'کب'],
];

/**
 * …with the Iranian name's 'month' joined to it, as Iranian pages write it ('چهارم تیرماه', 'دی‌ماه'), and a name
 * in '-a' or '-i' in Pashto's oblique case ('د تلې ۲۲مه', the 22nd of Tala; 'د سلواغې', 'د جدې ۱۱ مه').
 */
const PERSIAN_SCRIPT_MONTHS = PERSIAN_SCRIPT_NAMES.map((names) => [
  ...names,
  `${names[0]}ماه`,
  `${names[0]}\u200cماه`,
  // ('دې', this, is not Dey's.)
  ...names.filter((n) => /[هی]$/.test(n) && n.length > 2).map((n) => `${n.slice(0, -1)}ې`),
  // 'اذر', 'ابان': the madda left off, as posts and channels type them.
  ...names.filter((n) => n.startsWith('آ')).map((n) => `ا${n.slice(1)}`),
]);

const IRANIAN_DISPLAY = IRANIAN_MONTHS.map((names) => names[0]!);
const AFGHAN_DISPLAY = AFGHAN_MONTHS.map((names) => names[0]!);

/** Maps a month name in any listed spelling (case-insensitive) to 1–12, or null. */
export function solarMonthNumber(name: string): number | null {
  const wanted = persianSpelling(name.normalize('NFC')).toLowerCase();
  for (const table of [IRANIAN_MONTHS, AFGHAN_MONTHS, PERSIAN_SCRIPT_MONTHS]) {
    const index = table.findIndex((names) => names.some((n) => n.toLowerCase() === wanted));
    if (index >= 0) return index + 1;
  }
  return null;
}

/** Every month spelling, longest first, for building regular expressions. */
export function allSolarMonthSpellings(): string[] {
  return withArabicLetters([...IRANIAN_MONTHS, ...AFGHAN_MONTHS, ...PERSIAN_SCRIPT_MONTHS].flat()).sort(
    (a, b) => b.length - a.length,
  );
}

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits to Latin, one character for one, so offsets are kept. */
export function toLatinDigits(text: string): string {
  // Persian and Arabic-Indic digits, and Devanagari and Bengali ones (Hindi and Bengali pages).
  return text.replace(/[\u06F0-\u06F9\u0660-\u0669\u0966-\u096F\u09E6-\u09EF]/g, (c) => {
    const code = c.charCodeAt(0);
    const zero = code >= 0x09e6 ? 0x09e6 : code >= 0x0966 ? 0x0966 : code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - zero);
  });
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Solar Hijri year, month, day to an ISO Gregorian day, or null for an impossible date. */
export function solarToIso(jy: number, jm: number, jd: number): string | null {
  if (!Number.isInteger(jy) || !Number.isInteger(jm) || !Number.isInteger(jd)) return null;
  if (!jalaali.isValidJalaaliDate(jy, jm, jd)) return null;
  const g = jalaali.toGregorian(jy, jm, jd);
  return `${g.gy}-${pad(g.gm)}-${pad(g.gd)}`;
}

export interface SolarDate {
  year: number;
  month: number;
  day: number;
}

export function isoToSolar(iso: string): SolarDate {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const j = jalaali.toJalaali(y, m, d);
  return { year: j.jy, month: j.jm, day: j.jd };
}

/** '21 Bahman 1402 (Iran) · 21 Dalw 1402 (Afghanistan)' for display. */
export function formatSolar(iso: string): { iranian: string; afghan: string } {
  const s = isoToSolar(iso);
  return {
    iranian: `${s.day} ${IRANIAN_DISPLAY[s.month - 1]} ${s.year}`,
    afghan: `${s.day} ${AFGHAN_DISPLAY[s.month - 1]} ${s.year}`,
  };
}
