// Facts about the site that several rooms use, each written once (as Starlight's constants.ts).

/** The years the timeline covers: ingest keeps events inside this window and reports the others. */
export const SITE_WINDOW = { from: '2021-01-01', to: '2024-12-31' } as const;
