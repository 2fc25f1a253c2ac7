// Site-relative URLs that respect Astro's base path.
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export function href(path: string): string {
  return `${base}${path.replace(/^\//, '')}`;
}
