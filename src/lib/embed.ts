// Embed snippets for journalists: responsive iframe, and a plain blockquote for hosts that strip iframes.
import type { TimelineEvent } from './event-schema';
import { formatEventDate } from './format';
import { linkTo } from './links';
import { sourceCitation } from './sources';
import { escapeHtml } from './markup';
import { SITE_NAME } from './site';

export const EMBED_DEFAULT_HEIGHT = 320;

export function iframeSnippet(event: TimelineEvent, siteUrl: string): string {
  const src = linkTo(siteUrl, `embed/${event.id}/`);
  const script = linkTo(siteUrl, 'embed.js');
  return [
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(`${event.title} — timeline card`)}" loading="lazy" data-timeline-embed`,
    `  style="width:100%;max-width:700px;height:${EMBED_DEFAULT_HEIGHT}px;border:0;overflow:hidden"></iframe>`,
    `<script src="${escapeHtml(script)}" async></script>`,
  ].join('\n');
}

export function blockquoteSnippet(event: TimelineEvent, siteUrl: string): string {
  const page = linkTo(siteUrl, `events/${event.id}/`);
  const date = formatEventDate(event.date, event.end, event.precision);
  const sources = event.sources
    .map((s) =>
      s.url ? `<a href="${escapeHtml(s.url)}">${escapeHtml(sourceCitation(s))}</a>` : escapeHtml(sourceCitation(s)),
    )
    .join(', ');
  return [
    `<blockquote class="timeline-event" cite="${escapeHtml(page)}">`,
    `  <p><strong>${escapeHtml(event.title)}</strong> — ${escapeHtml(date)}</p>`,
    `  <p>“${escapeHtml(event.sources[0]?.quote ?? '')}”</p>`,
    `  <p>Sources: ${sources}. <a href="${escapeHtml(page)}">${SITE_NAME}</a></p>`,
    `</blockquote>`,
  ].join('\n');
}
