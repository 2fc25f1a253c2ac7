// Facts about the site that several rooms use, each written once (as Starlight's constants.ts).

/** The site's name, as its header, feeds, calendars, embeds and share images write it. */
export const SITE_NAME = 'Iran–Taliban diplomacy timeline';
/** The name where room is short (the installed app's icon). */
export const SITE_SHORT_NAME = 'Iran–Taliban';
/** The home page's heading and the exports' title. */
export const SITE_HEADLINE = 'Iran–Taliban diplomacy, 2021–2024';
export const SITE_DESCRIPTION =
  'A sourced timeline of Iran–Taliban diplomatic events, 2021–2024, built from news articles.';

/** What an embedded card tells its host page (its height), and what the host asks of it. */
export const EMBED_HEIGHT_MESSAGE = 'iran-taliban-timeline:height';
export const EMBED_REQUEST_MESSAGE = 'iran-taliban-timeline:request-height';

/** The years the timeline covers: ingest keeps events inside this window and reports the others. */
export const SITE_WINDOW = { from: '2021-01-01', to: '2024-12-31' } as const;
