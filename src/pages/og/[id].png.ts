import type { APIRoute, GetStaticPaths } from 'astro';
import type { TimelineEvent } from '../../lib/event-schema';
import { loadEvents } from '../../lib/site-data';
import { shareImagePng } from '../../build/share-image';

export const getStaticPaths = (async () =>
  (await loadEvents()).map((event) => ({ params: { id: event.id }, props: { event } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: TimelineEvent }> = ({ props }) =>
  new Response(shareImagePng(props.event) as BodyInit, { headers: { 'content-type': 'image/png' } });
