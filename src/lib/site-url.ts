// The absolute base URL of the site, for exports and embed code that need full links.
const LOCAL_SITE = 'http://localhost:4321/';

export function siteBase(site: URL | undefined): string {
  return new URL(import.meta.env.BASE_URL, site ?? LOCAL_SITE).toString();
}
