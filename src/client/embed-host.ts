// embed.js, for the pages of other sites that embed timeline cards: resizes every card iframe to the height its
// card reports. Datawrapper's {"datawrapper-height": {id: height}} is understood too, so hosts that already
// listen for it work.
import { EMBED_HEIGHT_MESSAGE, EMBED_REQUEST_MESSAGE } from '../lib/site';

type Watched = HTMLIFrameElement & { timelineWatched?: boolean };
const flags = window as unknown as { timelineEmbedResizer?: boolean };

const SELECTOR = 'iframe[data-timeline-embed], iframe[src*="/embed/"]';
const MAX_HEIGHT = 10_000;

/** Cards that reported their height before this script ran are asked again, now and whenever one loads. */
function ask(frame: HTMLIFrameElement): void {
  try {
    frame.contentWindow?.postMessage({ type: EMBED_REQUEST_MESSAGE }, '*');
  } catch {
    // Not ready yet: its load event asks again.
  }
}

function watch(): void {
  for (const frame of document.querySelectorAll<Watched>(SELECTOR)) {
    if (!frame.timelineWatched) {
      frame.timelineWatched = true;
      frame.addEventListener('load', () => ask(frame));
    }
    ask(frame);
  }
}

function heightOf(data: unknown): number | null {
  if (!data || typeof data !== 'object') return null;
  const message = data as { type?: unknown; height?: unknown; 'datawrapper-height'?: Record<string, unknown> };
  if (message.type === EMBED_HEIGHT_MESSAGE && typeof message.height === 'number') return message.height;
  const dw = message['datawrapper-height'];
  if (dw && typeof dw === 'object') {
    const values = Object.values(dw);
    const last = values[values.length - 1];
    if (typeof last === 'number') return last;
  }
  return null;
}

if (!flags.timelineEmbedResizer) {
  flags.timelineEmbedResizer = true;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch);
  else watch();
  window.addEventListener('message', (event) => {
    const height = heightOf(event.data);
    if (height === null || !(height > 0) || height > MAX_HEIGHT) return;
    for (const frame of document.querySelectorAll<HTMLIFrameElement>(SELECTOR)) {
      if (frame.contentWindow === event.source) frame.style.height = `${height}px`;
    }
  });
}
