// Per-event share images (Open Graph, 1200×630), drawn as SVG and rendered to PNG at build time.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { TimelineEvent } from '../lib/event-schema';
import { formatEventDate } from '../lib/format';
import { escapeXml } from '../lib/markup';
import { SITE_NAME } from '../lib/site';

const require = createRequire(import.meta.url);
const FONTS = ['Vazirmatn-Regular.ttf', 'Vazirmatn-Bold.ttf'].map((f) => require.resolve(`vazirmatn/fonts/ttf/${f}`));

/** Greedy word wrap by character count; long words are cut. */
export function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const raw of text.split(/\s+/).filter(Boolean)) {
    const word = raw.length > width ? `${raw.slice(0, width - 1)}…` : raw;
    if ((line ? line.length + 1 : 0) + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/…$/, '')}…`;
    return kept;
  }
  return lines;
}

export function shareImageSvg(event: TimelineEvent): string {
  const title = wrap(event.title, 34, 3);
  const quote = wrap(`“${event.sources[0]?.quote ?? ''}”`, 62, 3);
  const date = formatEventDate(event.date, event.end, event.precision);
  const text = (lines: string[], x: number, y: number, size: number, gap: number, attrs: string) =>
    lines
      .map((l, i) => `<text x="${x}" y="${y + i * gap}" font-size="${size}" ${attrs}>${escapeXml(l)}</text>`)
      .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#fdfcf9"/>
<rect x="0" y="0" width="16" height="630" fill="${event.scope === 'core' ? '#0b5e7a' : '#7a5a0b'}"/>
<text x="70" y="90" font-size="30" fill="#5a574f" font-family="Vazirmatn">${escapeXml(date)}</text>
${text(title, 70, 170, 60, 72, 'font-weight="700" fill="#1c1b19" font-family="Vazirmatn"')}
${text(quote, 70, 170 + title.length * 72 + 40, 30, 42, 'fill="#3a3833" font-family="Vazirmatn"')}
<text x="70" y="590" font-size="26" fill="#0b5e7a" font-family="Vazirmatn" font-weight="700">${escapeXml(SITE_NAME)}</text>
</svg>`;
}

// Rendering is the slow part of a build with thousands of events: images are kept by the hash of their
// SVG, so a rebuild only draws the cards that changed.
const CACHE_DIR = join('node_modules', '.cache', 'share-images');

export function shareImagePng(event: TimelineEvent): Uint8Array {
  const svg = shareImageSvg(event);
  const cached = join(CACHE_DIR, `${createHash('sha256').update(svg).digest('hex')}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'Vazirmatn' },
    fitTo: { mode: 'width', value: 1200 },
  });
  const png = resvg.render().asPng();
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(cached, png);
  } catch {
    // A read-only tree still builds; it just draws every image.
  }
  return png;
}
