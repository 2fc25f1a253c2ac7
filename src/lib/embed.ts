// Embed snippets for journalists: responsive iframe, and a plain blockquote for hosts that strip iframes.
import type { TimelineEvent } from './event-schema';
import { formatEventDate } from './format';

export const EMBED_MESSAGE_TYPE = 'iran-taliban-timeline:height';
export const EMBED_DEFAULT_HEIGHT = 320;

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function iframeSnippet(event: TimelineEvent, siteUrl: string): string {
  const src = new URL(`embed/${event.id}/`, siteUrl).toString();
  const script = new URL('embed.js', siteUrl).toString();
  return [
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(`${event.title} — timeline card`)}" loading="lazy" data-timeline-embed`,
    `  style="width:100%;max-width:700px;height:${EMBED_DEFAULT_HEIGHT}px;border:0;overflow:hidden"></iframe>`,
    `<script src="${escapeAttr(script)}" async></script>`,
  ].join('\n');
}

export function blockquoteSnippet(event: TimelineEvent, siteUrl: string): string {
  const page = new URL(`events/${event.id}/`, siteUrl).toString();
  const date = formatEventDate(event.date, event.end, event.precision);
  const sources = event.sources
    .map((s) => (s.url ? `<a href="${escapeAttr(s.url)}">${escapeAttr(s.outlet ?? s.article)}</a>` : escapeAttr(s.outlet ?? s.article)))
    .join(', ');
  return [
    `<blockquote class="timeline-event" cite="${escapeAttr(page)}">`,
    `  <p><strong>${escapeAttr(event.title)}</strong> — ${escapeAttr(date)}</p>`,
    `  <p>“${escapeAttr(event.sources[0]?.quote ?? '')}”</p>`,
    `  <p>Sources: ${sources}. <a href="${escapeAttr(page)}">Iran–Taliban diplomacy timeline</a></p>`,
    `</blockquote>`,
  ].join('\n');
}
