import type { APIRoute, GetStaticPaths } from 'astro';
import { EMBED_DEFAULT_HEIGHT, iframeSnippet } from '../../lib/embed';
import type { TimelineEvent } from '../../lib/event-schema';
import { loadEvents } from '../../lib/site-data';
import { siteBase } from '../../lib/site-url';
import { isAbsoluteBase } from '../../lib/links';
import { SITE_NAME } from '../../lib/site';

export const getStaticPaths = (async () =>
  (await loadEvents()).map((event) => ({ params: { id: event.id }, props: { event } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: TimelineEvent }> = ({ props, site }) => {
  const base = siteBase(site);
  const { event } = props;
  const body = {
    version: '1.0',
    type: 'rich',
    title: event.title,
    provider_name: SITE_NAME,
    ...(isAbsoluteBase(base) ? { provider_url: base } : {}),
    html: iframeSnippet(event, base),
    width: 700,
    height: EMBED_DEFAULT_HEIGHT,
    cache_age: 86400,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'content-type': 'application/json+oembed' } });
};
