// Links in what leaves the site (feeds, calendars, TimelineJS, oEmbed, embed snippets): absolute when the site's
// address is known (SITE_URL), else relative to the site's base path. Never an invented host.

export function isAbsoluteBase(base: string): boolean {
  return /^https?:\/\//i.test(base);
}

/** `path` (site-relative, no leading slash) under `base`, an absolute URL or a base path such as '/'. */
export function linkTo(base: string, path: string): string {
  return isAbsoluteBase(base)
    ? new URL(path, base).toString()
    : `${base.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;
}
