// The site's base for links in exports and embed code: absolute from SITE_URL, else the base path.

/** The absolute base (SITE_URL plus the base path), or the base path alone when SITE_URL is not set. */
export function siteBase(site: URL | undefined): string {
  return site ? new URL(import.meta.env.BASE_URL, site).toString() : import.meta.env.BASE_URL;
}

/** What embed snippets on the site's own pages show until the page fills in the address it is served from. */
export const UNKNOWN_SITE = 'https://timeline.invalid/';
