// The absolute base URL of the site, for exports that need full links.
export function siteBase(site: URL | undefined): string {
  return new URL(import.meta.env.BASE_URL, site ?? 'https://example.org').toString();
}
